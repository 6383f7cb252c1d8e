// SPDX-License-Identifier: LGPL-3.0-or-later
// The expected outcomes of the attacker model (one row each), run through the real engine with the
// attacker wired in. Every value the attacker holds is compared with the honest parties' own values,
// which the engine computed without the attacker's code, and KeNB once more with an independent
// computation from the subscriber data.
#include "core/Simulation.h"
#include "core/attack/KnowledgeBase.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Milenage.h"
#include "core/protocol/KnowledgeNames.h"

#include <QtTest>

#include <chrono>
#include <thread>

using namespace keyladder;

namespace {

enum class Expect { Reads, DoesNotRead };

struct Case {
    Scenario scenario;
    bool reads = false;
};

Scenario make(ProcedureMode mode, KeyUsage usage, std::vector<std::string> groups, std::string seed) {
    Scenario s = defaultScenario();
    s.seed = "test-attacker/" + seed;
    s.procedure.mode = mode;
    s.procedure.keyUsage = usage;
    s.ue.dhGroups = groups;
    s.gnb.dhPriority = groups;
    s.ue.minSecurityBits = 0;
    s.attacker.taps = {Link::Uu};
    s.attacker.dlogBudgetSeconds = 60;
    return s;
}

const std::vector<KnowledgeRef>& attackerFinal(const Trace& t) {
    return t.steps().back().knowledge.of(Actor::Attacker);
}

bool hasEvent(const Trace& t, const std::function<bool(const Event&)>& pred) {
    for (const Step& s : t.steps())
        for (const Event& e : s.events)
            if (pred(e))
                return true;
    return false;
}

const TargetVerdict* target(const Trace& t, std::string_view name) {
    for (const TargetVerdict& v : t.summary().attacker.targets)
        if (v.target == name)
            return &v;
    return nullptr;
}

/** KeNB from the subscriber data, computed here with the crypto functions alone. */
SecureBytes independentKenb(const Scenario& s) {
    MilenageResult m = milenage(s.subscriber.k, s.subscriber.opc, s.subscriber.rand, s.subscriber.sqn, s.subscriber.amf);
    Bytes sqnXorAk(6);
    for (std::size_t i = 0; i < 6; ++i)
        sqnXorAk[i] = s.subscriber.sqn[i] ^ m.ak[i];
    SecureBytes kasme = deriveKasme(m.ck, m.ik, snIdFromPlmn(s.subscriber.plmn), sqnXorAk);
    return deriveKenb(kasme, s.subscriber.nasUlCount);
}

} // namespace

Q_DECLARE_METATYPE(keyladder::Scenario)

class TestAttacker : public QObject {
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void passiveValuesEqualTheUes_data();
    void passiveValuesEqualTheUes();
    void kenbMatchesIndependentComputation();
    void nasCountGuessConfirmedByMac();
    void toyGroupBrokenByDiscreteLog();
    void realGroupStatesCostInsteadOfTrying();
    void x2TapReadsIe203InClear();
    void protectedX2MakesMitmImpossible();
    void uuMitmWithoutKStoppedByIntegrityCheck();
    void uuMitmWithKSubstitutesBothValues();
    void x2MitmSharesOneKeyWithEachSide();
    void downgradeStripsToWeakestGroup();
    void downgradeStoppedByUePolicy();
    void leakAfterIsItsOwnFinalStep();
    void verdictTargetsAndChains();
    void cancellationStopsADiscreteLog();
};

void TestAttacker::outcomes_data() {
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<bool>("reads");
    using M = ProcedureMode;
    using U = KeyUsage;

    Scenario s = make(M::Baseline, U::None, {"31"}, "baseline-k");
    s.attacker.leaked = {Leak::K};
    QTest::newRow("baseline, K leaked, Uu tap -> reads") << s << true;

    s = make(M::Baseline, U::None, {"31"}, "baseline-nothing");
    QTest::newRow("baseline, nothing leaked -> does not") << s << false;

    s = make(M::Dh, U::Combine, {"31"}, "combine-k");
    s.attacker.leaked = {Leak::K};
    QTest::newRow("D-H combine (X25519), K leaked, passive -> does not") << s << false;

    s = make(M::Dh, U::Replace, {"19"}, "replace-k");
    s.attacker.leaked = {Leak::K};
    QTest::newRow("D-H replace (P-256), K leaked, passive -> does not") << s << false;

    s = make(M::Dh, U::None, {"31"}, "none-k");
    s.attacker.leaked = {Leak::K};
    QTest::newRow("D-H none, K leaked -> reads (D-H key unused)") << s << true;

    s = make(M::Dh, U::Combine, {"toy-40"}, "toy-k");
    s.attacker.leaked = {Leak::K};
    QTest::newRow("D-H combine toy-40, K leaked -> reads after the dlog") << s << true;

    s = make(M::Dh, U::Replace, {"toy-32"}, "toy-replace-k");
    s.attacker.leaked = {Leak::K};
    QTest::newRow("D-H replace toy-32, K leaked -> reads after the dlog") << s << true;

    s = make(M::Baseline, U::None, {"31"}, "x2-baseline");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    QTest::newRow("unprotected X2 tap, baseline -> reads (IE 203)") << s << true;

    s = make(M::Dh, U::Combine, {"31"}, "x2-combine");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    QTest::newRow("unprotected X2 tap, D-H combine passive -> does not") << s << false;

    s = make(M::Dh, U::Combine, {"31"}, "x2-mitm-combine");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.active = ActiveAttack::X2Mitm;
    QTest::newRow("X2 MITM, combine -> reads") << s << true;

    s = make(M::Dh, U::Replace, {"19"}, "x2-mitm-replace");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.active = ActiveAttack::X2Mitm;
    QTest::newRow("X2 MITM, replace -> reads") << s << true;

    s = make(M::Dh, U::Combine, {"31"}, "x2-mitm-protected");
    s.network.x2Protected = true;
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.active = ActiveAttack::X2Mitm;
    QTest::newRow("X2 MITM on a protected X2 -> impossible") << s << false;

    s = make(M::Dh, U::Combine, {"31"}, "uu-mitm-k");
    s.attacker.leaked = {Leak::K};
    s.attacker.active = ActiveAttack::UuMitm;
    QTest::newRow("Uu MITM with K -> reads") << s << true;

    s = make(M::Dh, U::Combine, {"31"}, "uu-mitm");
    s.attacker.active = ActiveAttack::UuMitm;
    QTest::newRow("Uu MITM without K -> fails") << s << false;

    s = make(M::Dh, U::Combine, {"31"}, "k-gnb-private");
    s.attacker.leaked = {Leak::K, Leak::GnbDhPrivate};
    QTest::newRow("K + gNB D-H private leaked -> reads") << s << true;

    s = make(M::Dh, U::Replace, {"14"}, "k-ue-private");
    s.attacker.leaked = {Leak::K, Leak::UeDhPrivate};
    QTest::newRow("K + UE D-H private leaked (MODP-2048) -> reads") << s << true;

    s = make(M::Dh, U::Combine, {"31", "toy-40"}, "downgrade");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.leaked = {Leak::K};
    s.attacker.active = ActiveAttack::X2Downgrade;
    QTest::newRow("downgrade to toy-40 over unprotected X2, K -> reads") << s << true;

    s.seed = "test-attacker/downgrade-policy";
    s.ue.minSecurityBits = 112;
    QTest::newRow("downgrade, UE minSecurityBits 112 -> refused, nothing read") << s << false;

    s = make(M::Baseline, U::None, {"31"}, "later-baseline");
    s.attacker.leaked = {Leak::K};
    s.attacker.leakAfter = true;
    QTest::newRow("baseline, K leaked after the session -> reads (no forward secrecy)") << s << true;

    s = make(M::Dh, U::Combine, {"19"}, "later-combine");
    s.attacker.leaked = {Leak::K};
    s.attacker.leakAfter = true;
    QTest::newRow("D-H combine, K leaked after the session -> does not (forward secrecy)") << s << false;

    s = make(M::Dh, U::Combine, {"31"}, "fallback");
    s.gnb.dhPriority = {"19"};
    s.procedure.fallbackToBaseline = true;
    s.attacker.leaked = {Leak::K};
    QTest::newRow("no common group, fallback to the baseline, K -> reads (bidding-down)") << s << true;

    s = make(M::Dh, U::Combine, {"31"}, "kenb-x25519");
    s.attacker.leaked = {Leak::KeNB};
    QTest::newRow("D-H combine, KeNB leaked -> does not") << s << false;
}

void TestAttacker::outcomes() {
    QFETCH(Scenario, scenario);
    QFETCH(bool, reads);
    const Trace t = simulate(scenario);
    const AttackerVerdict& v = t.summary().attacker;
    qInfo("%s | %s | %s", QTest::currentDataTag(), runStatusName(t.summary().status).data(), v.why.c_str());
    QVERIFY2(v.readsUserData == reads, v.why.c_str());
    QVERIFY(!v.why.empty());
    QCOMPARE(v.targets.size(), std::size_t(6));
    if (reads) {
        QVERIFY(v.plaintext.has_value());
        QCOMPARE(*v.plaintext, scenario.userPlane.payload);
    } else {
        QVERIFY(!v.plaintext.has_value());
    }
}

void TestAttacker::passiveValuesEqualTheUes_data() {
    QTest::addColumn<Scenario>("scenario");
    Scenario s = make(ProcedureMode::Baseline, KeyUsage::None, {"31"}, "eq-baseline");
    s.attacker.leaked = {Leak::K};
    s.subscriber.nasUlCount = 7; // the attacker must find it, not assume 0
    QTest::newRow("baseline, K, NAS COUNT 7") << s;
    s = make(ProcedureMode::Dh, KeyUsage::Combine, {"toy-48"}, "eq-toy48");
    s.attacker.leaked = {Leak::K};
    s.procedure.skCounter = 3;
    QTest::newRow("combine toy-48, K, sk-Counter 3") << s;
    s = make(ProcedureMode::Dh, KeyUsage::Replace, {"19"}, "eq-p256");
    s.attacker.leaked = {Leak::K, Leak::GnbDhPrivate};
    QTest::newRow("replace P-256, K + gNB private") << s;
    s = make(ProcedureMode::Dh, KeyUsage::Combine, {"31"}, "eq-x2");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.leaked = {Leak::UeDhPrivate};
    QTest::newRow("combine X25519, unprotected X2 + UE private, no K") << s;
    s = make(ProcedureMode::Dh, KeyUsage::None, {"14"}, "eq-later");
    s.attacker.leaked = {Leak::K};
    s.attacker.leakAfter = true;
    QTest::newRow("none MODP-2048, K leaked later") << s;
}

void TestAttacker::passiveValuesEqualTheUes() {
    QFETCH(Scenario, scenario);
    const Trace t = simulate(scenario);
    const KnowledgeSnapshot& last = t.steps().back().knowledge;
    int compared = 0;
    for (const KnowledgeRef& item : last.of(Actor::Attacker)) {
        const KnowledgeItem* ue = last.find(Actor::Ue, item->name);
        if (!ue || !item->value.hasBytes() || !ue->value.hasBytes())
            continue;
        QVERIFY2(item->value.sameBytes(ue->value), ("attacker's " + item->name + " differs from the UE's").c_str());
        ++compared;
    }
    QVERIFY2(compared >= 8, std::to_string(compared).c_str());
    // The summary's keys as well: each key the attacker holds is the UE's.
    for (std::string_view name : kSummaryKeyNames) {
        const NamedValue* mine = t.summary().key(Actor::Attacker, name);
        const NamedValue* ue = t.summary().key(Actor::Ue, name);
        if (mine && ue)
            QVERIFY2(mine->value.sameBytes(ue->value), std::string(name).c_str());
    }
    QVERIFY(t.summary().attacker.readsUserData);
}

void TestAttacker::kenbMatchesIndependentComputation() {
    Scenario s = make(ProcedureMode::Baseline, KeyUsage::None, {"31"}, "kenb");
    s.attacker.leaked = {Leak::K};
    s.subscriber.nasUlCount = 42;
    const Trace t = simulate(s);
    KnowledgeBase kb(attackerFinal(t));
    const KnowledgeItem* kenb = kb.find(kn::KeNB);
    QVERIFY(kenb);
    QCOMPARE(kenb->provenance, Provenance::Derived);
    SecureBytes expected = independentKenb(s);
    QCOMPARE(toHex(kenb->value.bytes()), toHex(expected));
}

void TestAttacker::nasCountGuessConfirmedByMac() {
    Scenario s = make(ProcedureMode::Baseline, KeyUsage::None, {"31"}, "nas");
    s.attacker.leaked = {Leak::K};
    s.subscriber.nasUlCount = 300;
    const Trace t = simulate(s);
    KnowledgeBase kb(attackerFinal(t));
    const KnowledgeItem* count = kb.find(kn::NasUlCount);
    QVERIFY(count);
    QCOMPARE(count->provenance, Provenance::Guessed);
    QCOMPARE(count->value.display(), std::string("300"));
    QVERIFY(count->note.find("MAC-I") != std::string::npos);
}

void TestAttacker::toyGroupBrokenByDiscreteLog() {
    for (const char* group : {"toy-24", "toy-32", "toy-40", "toy-48", "toy-56"}) {
        Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {group}, std::string("dlog-") + group);
        s.attacker.leaked = {Leak::K};
        const Trace t = simulate(s);
        KnowledgeBase kb(attackerFinal(t));
        const KnowledgeItem* priv = kb.find(kn::GnbDhPrivate);
        QVERIFY2(priv, group);
        QCOMPARE(priv->provenance, Provenance::Derived);
        QVERIFY(priv->rule.find("discrete log") != std::string::npos);
        // The exponent found is the gNB's own private value (same integer; the encodings may differ in padding).
        const KnowledgeItem* truth = t.steps().back().knowledge.find(Actor::Gnb, kn::GnbDhPrivate);
        QVERIFY(truth);
        auto strip = [](std::string h) { return h.erase(0, std::min(h.find_first_not_of('0'), h.size())); };
        QCOMPARE(strip(priv->value.hex()), strip(truth->value.hex()));
        QVERIFY(t.summary().attacker.readsUserData);
    }
}

void TestAttacker::realGroupStatesCostInsteadOfTrying() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"14"}, "cost");
    s.attacker.leaked = {Leak::K};
    const auto start = std::chrono::steady_clock::now();
    const Trace t = simulate(s);
    QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    const TargetVerdict* dh = target(t, "DHKey");
    QVERIFY(dh && !dh->obtained);
    QVERIFY2(dh->missing.find("not attempted") != std::string::npos, dh->missing.c_str());
    QVERIFY2(dh->missing.find("2^") != std::string::npos, dh->missing.c_str());
    QVERIFY(t.summary().attacker.why.find("not attempted") != std::string::npos);
}

void TestAttacker::x2TapReadsIe203InClear() {
    Scenario s = make(ProcedureMode::Baseline, KeyUsage::None, {"31"}, "ie203");
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    const Trace t = simulate(s);
    KnowledgeBase kb(attackerFinal(t));
    const KnowledgeItem* sk = kb.find(kn::SKgNB);
    QVERIFY(sk);
    QCOMPARE(sk->provenance, Provenance::Observed);
    QVERIFY(!kb.has(kn::KeNB)); // no K: the S-KgNB comes from X2 alone
    QVERIFY(t.summary().attacker.readsUserData);
}

void TestAttacker::protectedX2MakesMitmImpossible() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"31"}, "x2-protected");
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.active = ActiveAttack::X2Mitm;
    s.attacker.leaked = {Leak::K};
    const Trace t = simulate(s);
    QVERIFY(!hasEvent(t, [](const Event& e) {
        const Message* m = std::get_if<Message>(&e);
        return m && m->sentByAttacker;
    }));
    QVERIFY(!t.summary().attacker.readsUserData);
    QCOMPARE(t.summary().status, RunStatus::Established);
}

void TestAttacker::uuMitmWithoutKStoppedByIntegrityCheck() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"31"}, "uu-no-k");
    s.attacker.active = ActiveAttack::UuMitm;
    const Trace t = simulate(s);
    QVERIFY(hasEvent(t, [](const Event& e) {
        const Message* m = std::get_if<Message>(&e);
        return m && m->sentByAttacker && m->substitute;
    }));
    QVERIFY(hasEvent(t, [](const Event& e) {
        const Rejection* r = std::get_if<Rejection>(&e);
        return r && r->by == Actor::Ue && r->rule.find("integrity") != std::string::npos;
    }));
    QVERIFY(!t.summary().attacker.readsUserData);
    QVERIFY2(t.summary().attacker.why.find("integrity") != std::string::npos, t.summary().attacker.why.c_str());
}

void TestAttacker::uuMitmWithKSubstitutesBothValues() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Replace, {"19"}, "uu-k");
    s.attacker.active = ActiveAttack::UuMitm;
    s.attacker.leaked = {Leak::K};
    const Trace t = simulate(s);
    QCOMPARE(t.summary().status, RunStatus::Established);
    const KnowledgeSnapshot& last = t.steps().back().knowledge;
    // The UE and the gNB hold different D-H keys: each shares its own with the attacker.
    const KnowledgeItem* ueDh = last.find(Actor::Ue, kn::DHKey);
    const KnowledgeItem* gnbDh = last.find(Actor::Gnb, kn::DHKey);
    QVERIFY(ueDh && gnbDh);
    QVERIFY(!ueDh->value.sameBytes(gnbDh->value));
    const KnowledgeItem* mine = last.find(Actor::Attacker, kn::DHKey);
    QVERIFY(mine && mine->value.sameBytes(ueDh->value));
    QVERIFY(t.summary().attacker.readsUserData);
    // The gNB got the data intact: the attacker re-enciphered it under the gNB-side key.
    const KnowledgeItem* gnbData = last.find(Actor::Gnb, kn::UserData);
    QVERIFY(gnbData);
    QCOMPARE(gnbData->value.display(), s.userPlane.payload);
}

void TestAttacker::x2MitmSharesOneKeyWithEachSide() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"toy-40", "31"}, "x2-mitm");
    s.ue.dhGroups = {"31"};
    s.gnb.dhPriority = {"31"};
    s.network.x2Protected = false;
    s.attacker.taps = {Link::Uu, Link::X2};
    s.attacker.active = ActiveAttack::X2Mitm;
    const Trace t = simulate(s);
    const KnowledgeSnapshot& last = t.steps().back().knowledge;
    const KnowledgeItem* ueKup = last.find(Actor::Ue, kn::KUPenc);
    const KnowledgeItem* gnbKup = last.find(Actor::Gnb, kn::KUPenc);
    const KnowledgeItem* mine = last.find(Actor::Attacker, kn::KUPenc);
    QVERIFY(ueKup && gnbKup && mine);
    QVERIFY(mine->value.sameBytes(ueKup->value));
    QVERIFY(!ueKup->value.sameBytes(gnbKup->value));
    QVERIFY(t.summary().attacker.readsUserData);
    const KnowledgeItem* gnbData = last.find(Actor::Gnb, kn::UserData);
    QVERIFY(gnbData);
    QCOMPARE(gnbData->value.display(), s.userPlane.payload);
    QVERIFY(t.summary().attacker.why.find("KEi replaced") != std::string::npos);

    // sk-Counter crosses only ciphered SRB1: without K the attacker must find it from the NR data.
    s.seed = "test-attacker/x2-mitm-sk";
    s.procedure.skCounter = 5;
    s.procedure.keyUsage = KeyUsage::Replace;
    const Trace t5 = simulate(s);
    QVERIFY2(t5.summary().attacker.readsUserData, t5.summary().attacker.why.c_str());
    const KnowledgeItem* sk = t5.steps().back().knowledge.find(Actor::Attacker, kn::SkCounter);
    QVERIFY(sk);
    QCOMPARE(sk->provenance, Provenance::Guessed);
    QCOMPARE(sk->value.display(), std::string("5"));
    QVERIFY(sk->note.find("confirmed") == 0);
    const KnowledgeItem* gnbData5 = t5.steps().back().knowledge.find(Actor::Gnb, kn::UserData);
    QVERIFY(gnbData5);
    QCOMPARE(gnbData5->value.display(), s.userPlane.payload);
}

void TestAttacker::downgradeStripsToWeakestGroup() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"31", "19", "toy-40"}, "downgrade-strip");
    s.network.x2Protected = false;
    s.attacker.active = ActiveAttack::X2Downgrade;
    s.attacker.leaked = {Leak::K};
    const Trace t = simulate(s);
    QCOMPARE(t.summary().selectedGroup, std::string("toy-40"));
    QVERIFY(t.summary().attacker.readsUserData);
    // Without the attack the gNB would have picked its first choice.
    s.attacker.active = ActiveAttack::None;
    const Trace honest = simulate(s);
    QCOMPARE(honest.summary().selectedGroup, std::string("31"));
    QVERIFY(!honest.summary().attacker.readsUserData);
}

void TestAttacker::downgradeStoppedByUePolicy() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"31", "toy-40"}, "downgrade-policy");
    s.network.x2Protected = false;
    s.attacker.active = ActiveAttack::X2Downgrade;
    s.attacker.leaked = {Leak::K};
    s.ue.minSecurityBits = 112;
    const Trace t = simulate(s);
    QCOMPARE(t.summary().status, RunStatus::Rejected);
    QVERIFY(hasEvent(t, [](const Event& e) {
        const Rejection* r = std::get_if<Rejection>(&e);
        return r && r->by == Actor::Ue && r->rule == "minSecurityBits";
    }));
    QVERIFY(!t.summary().attacker.readsUserData);
    const TargetVerdict* pt = target(t, "plaintext");
    QVERIFY(pt && !pt->obtained);
}

void TestAttacker::leakAfterIsItsOwnFinalStep() {
    Scenario s = make(ProcedureMode::Baseline, KeyUsage::None, {"31"}, "after");
    s.attacker.leaked = {Leak::K};
    s.attacker.leakAfter = true;
    const Trace t = simulate(s);
    const Step& last = t.steps().back();
    QCOMPARE(last.phase, Phase::Aftermath);
    // Before the final step the attacker held recorded traffic only: no key.
    const Step& before = t.steps()[t.steps().size() - 2];
    KnowledgeBase kbBefore(before.knowledge.of(Actor::Attacker));
    QVERIFY(!kbBefore.has(kn::KeNB));
    QVERIFY(!kbBefore.has(kn::K));
    KnowledgeBase kbAfter(last.knowledge.of(Actor::Attacker));
    QVERIFY(kbAfter.has(kn::K));
    QVERIFY(kbAfter.has(kn::UserData));
    QCOMPARE(kbAfter.find(kn::K)->provenance, Provenance::Leaked);
}

void TestAttacker::verdictTargetsAndChains() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::None, {"19"}, "chains");
    s.attacker.leaked = {Leak::K};
    const Trace t = simulate(s);
    QStringList names;
    for (const TargetVerdict& v : t.summary().attacker.targets)
        names << QString::fromStdString(v.target);
    QCOMPARE(names, QStringList({"KeNB", "S-KgNB", "DHKey", "SgNBKey", "KUPenc", "plaintext"}));
    const TargetVerdict* kup = target(t, "KUPenc");
    QVERIFY(kup->obtained);
    QVERIFY(!kup->chain.empty());
    QVERIFY(QString::fromStdString(kup->chain.front()).startsWith("K ") ||
            QString::fromStdString(kup->chain.front()).startsWith("OPc") ||
            QString::fromStdString(kup->chain.front()).startsWith("RAND"));
    QVERIFY(QString::fromStdString(kup->chain.back()).startsWith("KUPenc"));
    // Each line says how the value was obtained; K is a leak and shows no value without secrets.
    QVERIFY(QString::fromStdString(kup->chain.front()).contains("(private)"));
    QVERIFY(std::any_of(kup->chain.begin(), kup->chain.end(),
                        [](const std::string& l) { return l.find("guessed") != std::string::npos; }));
    QVERIFY(std::any_of(kup->chain.begin(), kup->chain.end(),
                        [](const std::string& l) { return l.rfind("KeNB = ", 0) == 0 && l.find("derived") != std::string::npos; }));
    const TargetVerdict* dh = target(t, "DHKey");
    QVERIFY(!dh->obtained);
    QVERIFY(!dh->missing.empty());
    // The knowledge base's chain is in dependency order: every input before what it produced.
    KnowledgeBase kb(attackerFinal(t));
    std::vector<std::string> order = kb.ancestry(kn::KUPenc);
    auto pos = [&](std::string_view n) { return std::find(order.begin(), order.end(), n) - order.begin(); };
    QVERIFY(pos(kn::K) < pos(kn::KASME));
    QVERIFY(pos(kn::KASME) < pos(kn::KeNB));
    QVERIFY(pos(kn::KeNB) < pos(kn::SKgNB));
    QVERIFY(pos(kn::SKgNB) < pos(kn::KUPenc));
}

void TestAttacker::cancellationStopsADiscreteLog() {
    Scenario s = make(ProcedureMode::Dh, KeyUsage::Combine, {"toy-64"}, "cancel");
    s.attacker.leaked = {Leak::K};
    s.attacker.dlogBudgetSeconds = 0;
    std::atomic<bool> cancel{false};
    SimulationOptions opts;
    opts.cancel = &cancel;
    std::atomic<bool> dlogRunning{false};
    opts.progress = [&](const RunProgress& p) {
        if (p.activity.find("discrete log") != std::string::npos)
            dlogRunning = true;
    };
    std::chrono::steady_clock::time_point cancelledAt;
    std::thread canceller([&] {
        for (int i = 0; i < 2000 && !dlogRunning; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        cancelledAt = std::chrono::steady_clock::now();
        cancel = true;
    });
    bool threw = false;
    try {
        (void)simulate(s, opts);
    } catch (const Cancelled&) {
        threw = true;
    }
    const auto end = std::chrono::steady_clock::now();
    canceller.join();
    QVERIFY(dlogRunning);
    QVERIFY(threw);
    // The solver itself stops within 100 ms (its own test); the margin here covers the rest of the run on a
    // loaded machine.
    QVERIFY2(end - cancelledAt < std::chrono::milliseconds(500),
             std::to_string(std::chrono::duration<double, std::milli>(end - cancelledAt).count()).c_str());
}

QTEST_GUILESS_MAIN(TestAttacker)
#include "TestAttacker.moc"
