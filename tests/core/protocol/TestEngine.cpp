// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Bytes.h"
#include "core/crypto/Groups.h"
#include "core/crypto/Nea.h"
#include "core/export/TextRenderers.h"
#include "core/protocol/Engine.h"
#include "core/protocol/KnowledgeNames.h"
#include "core/protocol/MessageCodec.h"
#include "core/protocol/MessageInterceptor.h"

#include <botan/hash.h>
#include <botan/mac.h>

#include <QTest>

#include <algorithm>
#include <atomic>

using namespace keyladder;

namespace {

// TS 35.208 test set 1 (PROTOCOL.md §7): the published f3, f4, f5 outputs.
const char* kCk = "b40ba9a3c58b2a05bbf0d987b21bf8cb";
const char* kIk = "f769bcd751044604127672711c6d3441";
const char* kAk = "aa689c648370";
const char* kSqn = "ff9bb4d0b607";

Bytes hex(const char* text) {
    return *parseHex(text);
}

Bytes cat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

Bytes be(std::uint64_t v, std::size_t n) {
    Bytes out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[n - 1 - i] = static_cast<std::uint8_t>(v >> (8 * i));
    return out;
}

/** TS 33.220 B.2.0 written out here with Botan's HMAC, independent of core/crypto/Kdf. */
Bytes hmacKdf(const Bytes& key, std::uint8_t fc, std::initializer_list<Bytes> params) {
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key);
    Bytes s{fc};
    for (const auto& p : params)
        s = cat({s, p, be(p.size(), 2)});
    mac->update(s);
    const auto out = mac->final();
    return Bytes(out.begin(), out.end());
}

Bytes last16(const Bytes& full) {
    return Bytes(full.end() - 16, full.end());
}

Bytes bytesOf(const Value& v) {
    return Bytes(v.bytes().begin(), v.bytes().end());
}

const KnowledgeItem* finalItem(const Trace& t, Actor actor, std::string_view name) {
    return t.steps().back().knowledge.find(actor, name);
}

Bytes finalBytes(const Trace& t, Actor actor, std::string_view name) {
    const KnowledgeItem* item = finalItem(t, actor, name);
    return item == nullptr ? Bytes() : bytesOf(item->value);
}

template <typename T> std::vector<const T*> eventsOf(const Step& step) {
    std::vector<const T*> out;
    for (const auto& e : step.events) {
        if (const auto* p = std::get_if<T>(&e))
            out.push_back(p);
    }
    return out;
}

const Message* messageNamed(const Trace& t, std::string_view name) {
    for (const auto& step : t.steps()) {
        for (const Message* m : eventsOf<Message>(step)) {
            if (m->name == name && !m->sentByAttacker)
                return m;
        }
    }
    return nullptr;
}

Scenario dhScenario(const std::string& group, KeyUsage usage) {
    Scenario s = defaultScenario();
    s.procedure.mode = ProcedureMode::Dh;
    s.procedure.keyUsage = usage;
    s.ue.dhGroups = {group};
    s.ue.minSecurityBits = 0;
    s.gnb.dhPriority = {group};
    s.seed = "test-" + group;
    return s;
}

bool contains(const Bytes& haystack, const Bytes& needle) {
    return !needle.empty() &&
           std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

/** An active attacker on an unprotected X2 that replaces one IE of one message with a value of its choice. */
class IeReplacer final : public MessageInterceptor {
public:
    IeReplacer(std::string message, std::string ie, Bytes value)
        : m_message(std::move(message)), m_ie(std::move(ie)), m_value(std::move(value)) {}
    std::optional<Message> intercept(const Capture& c, AttackerContext&) override {
        if (c.opaque || c.messageName != m_message || c.link != Link::X2)
            return std::nullopt;
        std::vector<InformationElement> ies = MessageCodec::decode(c.wire);
        for (auto& ie : ies) {
            if (ie.name == m_ie)
                ie = MessageCodec::octetsIe(m_ie, m_value);
        }
        Message m;
        m.name = c.messageName;
        m.interface = c.interface;
        m.protection = Protection::Clear;
        m.ies = ies;
        m.wire = MessageCodec::encode(ies);
        return m;
    }

private:
    std::string m_message, m_ie;
    Bytes m_value;
};

/** A false base station without K: re-protects the RRCConnectionReconfiguration under keys of its own. */
class SrbForger final : public MessageInterceptor {
public:
    std::optional<Message> intercept(const Capture& c, AttackerContext&) override {
        if (c.messageName != "RRCConnectionReconfiguration" || !c.pdcp)
            return std::nullopt;
        PdcpParameters p = *c.pdcp;
        const Bytes wrongKey(16, 0x5a);
        Message m;
        m.name = c.messageName;
        m.interface = c.interface;
        m.protection = Protection::CipheredIntegrity;
        m.ies = {MessageCodec::uintIe("sk-Counter-r15", 7, 2)};
        m.wire =
            MessageCodec::protectPdcp(MessageCodec::PdcpKind::Srb, p, wrongKey, wrongKey, MessageCodec::encode(m.ies));
        m.pdcp = p;
        return m;
    }
};

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private slots:
    void everyGroupEveryKeyUsage_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("usage");
        for (const GroupInfo& g : allGroups()) {
            if (!g.available)
                continue;
            // The largest groups cost about a second per run: one key usage is enough for them.
            const bool large = g.fieldBits >= 6144;
            for (KeyUsage u : {KeyUsage::None, KeyUsage::Combine, KeyUsage::Replace}) {
                if (large && u != KeyUsage::Combine)
                    continue;
                const std::string row = g.id + "/" + std::string(keyUsageName(u));
                QTest::newRow(row.c_str()) << QString::fromStdString(g.id) << static_cast<int>(u);
            }
        }
    }

    void everyGroupEveryKeyUsage() {
        QFETCH(QString, group);
        QFETCH(int, usage);
        const GroupInfo& info = *findGroup(group.toStdString());
        const auto keyUsage = static_cast<KeyUsage>(usage);
        const Trace t = runScenario(dhScenario(info.id, keyUsage));
        const Summary& s = t.summary();
        QCOMPARE(QString::fromStdString(std::string(runStatusName(s.status))), QString("established"));
        QCOMPARE(QString::fromStdString(s.selectedGroup), group);

        const Bytes ueSgnb = finalBytes(t, Actor::Ue, kn::SgNBKey);
        const Bytes gnbSgnb = finalBytes(t, Actor::Gnb, kn::SgNBKey);
        const Bytes ueKup = finalBytes(t, Actor::Ue, kn::KUPenc);
        QCOMPARE(ueSgnb.size(), std::size_t(32));
        QCOMPARE(ueSgnb, gnbSgnb);
        QCOMPARE(ueKup, finalBytes(t, Actor::Gnb, kn::KUPenc));
        const Bytes z = finalBytes(t, Actor::Ue, kn::DHKey);
        QCOMPARE(z, finalBytes(t, Actor::Gnb, kn::DHKey));
        QVERIFY(!z.empty());
        QCOMPARE(finalBytes(t, Actor::Gnb, kn::KEi).size(), info.publicSize);
        QCOMPARE(finalBytes(t, Actor::Ue, kn::KEr).size(), info.publicSize);

        // The eNB relays both public values but never holds the D-H key, at any step.
        for (const Step& step : t.steps()) {
            QVERIFY2(step.knowledge.find(Actor::Enb, kn::DHKey) == nullptr, step.id.c_str());
            QVERIFY(step.knowledge.find(Actor::Core, kn::DHKey) == nullptr);
        }
        QVERIFY(finalItem(t, Actor::Enb, kn::KEi) != nullptr);
        QVERIFY(finalItem(t, Actor::Enb, kn::KEr) != nullptr);

        // The SgNB key per PROTOCOL.md §1, computed here.
        const Bytes skgnb = finalBytes(t, Actor::Ue, kn::SKgNB);
        const Bytes counter = be(0, 2);
        Bytes expected;
        if (keyUsage == KeyUsage::None) {
            expected = skgnb;
        } else if (keyUsage == KeyUsage::Combine) {
            expected = hmacKdf(skgnb, 0xF0, {z, counter});
        } else {
            Bytes zz = z;
            if (zz.size() > 32) {
                auto sha = Botan::HashFunction::create_or_throw("SHA-256");
                const auto digest = sha->process(z);
                zz.assign(digest.begin(), digest.end());
            }
            expected = hmacKdf(zz, 0xF1, {counter});
        }
        QCOMPARE(toHex(ueSgnb), toHex(expected));
        QCOMPARE(toHex(ueKup), toHex(last16(hmacKdf(expected, 0x69, {Bytes{0x05}, Bytes{0x02}}))));

        // The user data arrived.
        const KnowledgeItem* received = finalItem(t, Actor::Gnb, kn::UserData);
        QVERIFY(received != nullptr);
        QCOMPARE(received->value.text(), std::string("Hello from the UE over NR"));
    }

    void baselineSkgnbFromSubscriberData_data() {
        QTest::addColumn<uint>("nasCount");
        QTest::addColumn<uint>("skCounter");
        QTest::newRow("count 0, sk 0") << 0u << 0u;
        QTest::newRow("count 0, sk 1") << 0u << 1u;
        QTest::newRow("count 7, sk 65535") << 7u << 65535u;
    }

    void baselineSkgnbFromSubscriberData() {
        QFETCH(uint, nasCount);
        QFETCH(uint, skCounter);
        Scenario s = defaultScenario();
        s.procedure.mode = ProcedureMode::Baseline;
        s.subscriber.nasUlCount = nasCount;
        s.procedure.skCounter = static_cast<std::uint16_t>(skCounter);
        const Trace t = runScenario(s);
        QVERIFY(t.summary().status == RunStatus::Established);

        // From the published Milenage outputs of TS 35.208 test set 1 down to S-KgNB, by hand.
        const Bytes sqnXorAk = [] {
            Bytes a = hex(kSqn);
            const Bytes ak = hex(kAk);
            for (std::size_t i = 0; i < a.size(); ++i)
                a[i] ^= ak[i];
            return a;
        }();
        const Bytes kasme = hmacKdf(cat({hex(kCk), hex(kIk)}), 0x10, {Bytes{0x00, 0xf1, 0x10}, sqnXorAk});
        const Bytes kenb = hmacKdf(kasme, 0x11, {be(nasCount, 4)});
        const Bytes skgnb = hmacKdf(kenb, 0x1C, {be(skCounter, 2)});

        const Summary& sum = t.summary();
        QCOMPARE(sum.key(Actor::Ue, "KASME")->value.hex(), toHex(kasme));
        QCOMPARE(sum.key(Actor::Enb, "KeNB")->value.hex(), toHex(kenb));
        for (Actor a : {Actor::Ue, Actor::Enb, Actor::Gnb})
            QCOMPARE(sum.key(a, "S-KgNB")->value.hex(), toHex(skgnb));
        // In the baseline the SgNB key is S-KgNB, and it crossed X2 in IE 203.
        QCOMPARE(sum.key(Actor::Gnb, "SgNBKey")->value.hex(), toHex(skgnb));
        const Message* request = messageNamed(t, "SGNB ADDITION REQUEST");
        QVERIFY(request != nullptr);
        const InformationElement* ie = request->findIe("SgNB Security Key");
        QVERIFY(ie != nullptr);
        QCOMPARE(ie->ieId, 203);
        QCOMPARE(ie->value.hex(), toHex(skgnb));
        QVERIFY(request->findIe("UE D-H Capability Groups") == nullptr);
        QVERIFY(sum.key(Actor::Ue, "DHKey") == nullptr);
        // The eNB's RRC keys (FC 0x15, EEA2/EIA2).
        QCOMPARE(sum.key(Actor::Enb, "KRRCint")->value.hex(), toHex(last16(hmacKdf(kenb, 0x15, {Bytes{4}, Bytes{2}}))));
    }

    void srb1IsReallyCipheredAndProtected() {
        const Trace t = runScenario(dhScenario("19", KeyUsage::Combine));
        const Message* m = messageNamed(t, "RRCConnectionReconfiguration");
        QVERIFY(m != nullptr && m->pdcp);
        QVERIFY(m->protection == Protection::CipheredIntegrity);
        const Bytes kei = finalBytes(t, Actor::Gnb, kn::KEi);
        QVERIFY(!contains(m->wire, kei)); // not in clear on the air
        const Bytes krrcEnc = bytesOf(t.summary().key(Actor::Ue, "KRRCenc")->value);
        const Bytes krrcInt = bytesOf(t.summary().key(Actor::Ue, "KRRCint")->value);
        // Decipher with 128-NEA2 (COUNT 1: the second downlink PDU on SRB1; BEARER 0; downlink).
        const Bytes body(m->wire.begin() + 1, m->wire.end());
        const Bytes plain = nea2(krrcEnc, 1, 0, 1, body, body.size() * 8);
        QVERIFY(contains(plain, kei));
        // MAC-I = NIA2 over header || payload.
        Bytes protectedPart{m->wire[0]};
        protectedPart.insert(protectedPart.end(), plain.begin(), plain.end() - 4);
        const Bytes mac = nia2(krrcInt, 1, 0, 1, protectedPart, protectedPart.size() * 8);
        QCOMPARE(toHex(mac), toHex(Bytes(plain.end() - 4, plain.end())));
    }

    void userDataReallyCipheredUnderKupenc() {
        Scenario s = dhScenario("31", KeyUsage::Replace);
        s.userPlane.count = 0x1234;
        s.userPlane.bearer = 5;
        const Trace t = runScenario(s);
        const Message* m = messageNamed(t, "user data");
        QVERIFY(m != nullptr);
        QVERIFY(m->interface == Interface::NrUu);
        const Bytes kup = bytesOf(t.summary().key(Actor::Ue, "KUPenc")->value);
        const Bytes body(m->wire.begin() + 2, m->wire.end());
        const Bytes plain = nea2(kup, 0x1234, 5, 0, body, body.size() * 8);
        QCOMPARE(std::string(plain.begin(), plain.end()), s.userPlane.payload);
        QVERIFY(std::string(body.begin(), body.end()) != s.userPlane.payload);
    }

    void sameSeedSameTrace() {
        const Scenario s = dhScenario("19", KeyUsage::Combine);
        const std::string a = renderJson(runScenario(s), true);
        const std::string b = renderJson(runScenario(s), true);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b);
        QVERIFY(runScenario(s).deterministic());
    }

    void differentSeedsDifferentKei() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        const Trace a = runScenario(s);
        s.seed = "another seed";
        const Trace b = runScenario(s);
        QVERIFY(finalBytes(a, Actor::Gnb, kn::KEi) != finalBytes(b, Actor::Gnb, kn::KEi));
        QVERIFY(finalBytes(a, Actor::Ue, kn::KEr) != finalBytes(b, Actor::Ue, kn::KEr));
        s.seed.reset();
        const Trace c = runScenario(s);
        const Trace d = runScenario(s);
        QVERIFY(!c.deterministic());
        QVERIFY(finalBytes(c, Actor::Gnb, kn::KEi) != finalBytes(d, Actor::Gnb, kn::KEi));
    }

    void noCommonGroupRejects() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.gnb.dhPriority = {"14", "15"};
        const Trace t = runScenario(s);
        QVERIFY(t.summary().status == RunStatus::Rejected);
        QVERIFY(t.summary().selectedGroup.empty());
        QVERIFY(t.findStep("4") == nullptr);
        const Step* step3 = t.findStep("3");
        QVERIFY(step3 != nullptr);
        const auto msgs = eventsOf<Message>(*step3);
        QCOMPARE(msgs.size(), std::size_t(1));
        QCOMPARE(msgs[0]->name, std::string("SGNB ADDITION REQUEST REJECT"));
        QVERIFY(msgs[0]->findIe("Cause") != nullptr);
        const auto rejections = eventsOf<Rejection>(*t.findStep("2"));
        QCOMPARE(rejections.size(), std::size_t(1));
        QCOMPARE(rejections[0]->rule, std::string("no-common-group"));
        QVERIFY(t.summary().key(Actor::Gnb, "SgNBKey") == nullptr);
    }

    void noCommonGroupFallsBackFlagged() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.gnb.dhPriority = {"14", "15"};
        s.procedure.fallbackToBaseline = true;
        const Trace t = runScenario(s);
        QVERIFY(t.summary().status == RunStatus::Established);
        QVERIFY(t.summary().fellBackToBaseline);
        QVERIFY(t.summary().reason.find("bidding-down") != std::string::npos);
        QVERIFY(t.findStep("2")->title.find("bidding-down") != std::string::npos);
        // Baseline keys: SgNB key = S-KgNB, no D-H key anywhere.
        QCOMPARE(t.summary().key(Actor::Ue, "SgNBKey")->value.hex(),
                 t.summary().key(Actor::Enb, "S-KgNB")->value.hex());
        QVERIFY(t.summary().key(Actor::Ue, "DHKey") == nullptr);
        QCOMPARE(t.summary().key(Actor::Ue, "KUPenc")->value.hex(), t.summary().key(Actor::Gnb, "KUPenc")->value.hex());
    }

    void ueRefusesWeakGroup() {
        Scenario s = dhScenario("toy-48", KeyUsage::Combine);
        s.ue.dhGroups = {"31", "toy-48"};
        s.gnb.dhPriority = {"toy-48", "31"};
        s.ue.minSecurityBits = 112;
        const Trace t = runScenario(s);
        QVERIFY(t.summary().status == RunStatus::Rejected);
        const Step* step5 = t.findStep("5");
        QVERIFY(step5 != nullptr);
        const auto rejections = eventsOf<Rejection>(*step5);
        QCOMPARE(rejections.size(), std::size_t(1));
        QVERIFY(rejections[0]->by == Actor::Ue);
        QCOMPARE(rejections[0]->rule, std::string("minSecurityBits"));
        const auto msgs = eventsOf<Message>(*step5);
        QCOMPARE(msgs.size(), std::size_t(2));
        QCOMPARE(msgs[0]->name, std::string("RRCConnectionReestablishmentRequest"));
        QCOMPARE(msgs[1]->name, std::string("SGNB RELEASE REQUEST"));
        QVERIFY(t.findStep("6") == nullptr);
        // The UE made no key pair.
        QVERIFY(finalItem(t, Actor::Ue, kn::KEr) == nullptr);
        // With no policy the same lists go through.
        s.ue.minSecurityBits = 0;
        QVERIFY(runScenario(s).summary().status == RunStatus::Established);
    }

    void invalidPublicValueRefusedWithRule_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("ie");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("refuser");
        QTest::addColumn<QString>("rule");
        const QByteArray zero32(32, '\0');
        QByteArray offCurve(65, '\x01');
        offCurve[0] = '\x04';
        QByteArray one256(256, '\0');
        one256[255] = '\x01';
        const QString ack = "SGNB ADDITION REQUEST ACKNOWLEDGE";
        const QString complete = "SGNB RECONFIGURATION COMPLETE";
        const int ue = static_cast<int>(Actor::Ue);
        const int gnb = static_cast<int>(Actor::Gnb);
        QTest::newRow("X25519 KEi all zero") << "31" << ack << "KEi" << zero32 << ue << "all-zero-result";
        QTest::newRow("X25519 KEi 31 octets") << "31" << ack << "KEi" << QByteArray(31, '\x09') << ue << "length";
        QTest::newRow("P-256 KEi off the curve") << "19" << ack << "KEi" << offCurve << ue << "on-curve";
        QTest::newRow("MODP-2048 KEi = 1") << "14" << ack << "KEi" << one256 << ue << "range";
        QTest::newRow("X25519 KEr all zero") << "31" << complete << "KEr" << zero32 << gnb << "all-zero-result";
        QTest::newRow("P-256 KEr off the curve") << "19" << complete << "KEr" << offCurve << gnb << "on-curve";
    }

    void invalidPublicValueRefusedWithRule() {
        QFETCH(QString, group);
        QFETCH(QString, message);
        QFETCH(QString, ie);
        QFETCH(QByteArray, value);
        QFETCH(int, refuser);
        QFETCH(QString, rule);
        Scenario s = dhScenario(group.toStdString(), KeyUsage::Combine);
        s.network.x2Protected = false;
        s.attacker.taps = {Link::X2};
        s.attacker.active = ActiveAttack::X2Mitm;
        IeReplacer replacer(message.toStdString(), ie.toStdString(), Bytes(value.begin(), value.end()));
        RunOptions options;
        options.interceptor = &replacer;
        const Trace t = runScenario(s, options);
        QVERIFY(t.summary().status == RunStatus::Rejected);
        const Rejection* found = nullptr;
        for (const Step& step : t.steps()) {
            for (const Rejection* r : eventsOf<Rejection>(step))
                found = r;
        }
        QVERIFY(found != nullptr);
        QCOMPARE(static_cast<int>(found->by), refuser);
        QCOMPARE(QString::fromStdString(found->rule), rule);
        QVERIFY2(found->reason.rfind(rule.toStdString(), 0) == 0, found->reason.c_str());
        QVERIFY(t.summary().key(Actor::Gnb, "KUPenc") == nullptr);
    }

    void forgedSrb1RefusedByIntegrity() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.attacker.active = ActiveAttack::UuMitm;
        SrbForger forger;
        RunOptions options;
        options.interceptor = &forger;
        const Trace t = runScenario(s, options);
        QVERIFY(t.summary().status == RunStatus::Rejected);
        const Step* step4 = t.findStep("4");
        QVERIFY(step4 != nullptr);
        const auto msgs = eventsOf<Message>(*step4);
        QVERIFY(msgs.size() >= 2);
        QVERIFY(msgs[0]->intercepted);
        QVERIFY(msgs[1]->sentByAttacker && msgs[1]->substitute && msgs[1]->from == Actor::Attacker);
        const auto rejections = eventsOf<Rejection>(*step4);
        QCOMPARE(rejections.size(), std::size_t(1));
        QCOMPARE(rejections[0]->rule, std::string("integrity"));
        QVERIFY(rejections[0]->by == Actor::Ue);
        // The forged sk-Counter never reached the UE's knowledge.
        QVERIFY(finalItem(t, Actor::Ue, kn::SkCounter) == nullptr);
    }

    void passiveTapOnUu() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.attacker.taps = {Link::Uu};
        const Trace t = runScenario(s);
        const Step& c1 = *t.findStep("C1");
        const auto seen = eventsOf<Observation>(c1);
        QCOMPARE(seen.size(), std::size_t(2)); // Authentication Request and Response
        QVERIFY(!seen[0]->opaque);
        const KnowledgeItem* rand = c1.knowledge.find(Actor::Attacker, kn::RAND);
        QVERIFY(rand != nullptr);
        QVERIFY(rand->provenance == Provenance::Observed);
        QCOMPARE(rand->value.hex(), std::string("23553cbe9637a89d218ae64dae47bf35"));
        const KnowledgeItem* autn = c1.knowledge.find(Actor::Attacker, kn::AUTN);
        QVERIFY(autn != nullptr);
        QCOMPARE(autn->value.hex(), c1.knowledge.find(Actor::Ue, kn::AUTN)->value.hex());
        // Ciphertext only on SRB1: recorded, but neither KEi nor sk-Counter in clear.
        const Step& s4 = *t.findStep("4");
        const auto obs4 = eventsOf<Observation>(s4);
        QCOMPARE(obs4.size(), std::size_t(1));
        QVERIFY(obs4[0]->opaque);
        const KnowledgeItem* ct = s4.knowledge.find(Actor::Attacker, kn::ciphertextOf("RRCConnectionReconfiguration"));
        QVERIFY(ct != nullptr);
        QCOMPARE(ct->value.hex(), toHex(messageNamed(t, "RRCConnectionReconfiguration")->wire));
        QVERIFY(finalItem(t, Actor::Attacker, kn::KEi) == nullptr);
        QVERIFY(finalItem(t, Actor::Attacker, kn::SkCounter) == nullptr);
        // X2 is not tapped; the NR user data is ciphertext.
        QVERIFY(eventsOf<Observation>(*t.findStep("1")).empty());
        QVERIFY(finalItem(t, Actor::Attacker, kn::UserDataCiphertext) != nullptr);
        QVERIFY(finalItem(t, Actor::Attacker, kn::UserData) == nullptr);
        QVERIFY(!t.summary().attacker.readsUserData);
        QVERIFY(finalItem(t, Actor::Attacker, kn::K) == nullptr);
        QCOMPARE(t.lifelines().back(), Actor::Attacker);
    }

    void passiveTapOnUnprotectedX2() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.network.x2Protected = false;
        s.attacker.taps = {Link::X2};
        const Trace t = runScenario(s);
        const KnowledgeItem* skgnb = finalItem(t, Actor::Attacker, kn::SKgNB);
        QVERIFY(skgnb != nullptr);
        QVERIFY(skgnb->provenance == Provenance::Observed);
        QVERIFY(skgnb->value.isSecret());
        QCOMPARE(skgnb->value.hex(), finalItem(t, Actor::Enb, kn::SKgNB)->value.hex());
        QCOMPARE(finalItem(t, Actor::Attacker, kn::KEi)->value.hex(), finalItem(t, Actor::Gnb, kn::KEi)->value.hex());
        QCOMPARE(finalItem(t, Actor::Attacker, kn::KEr)->value.hex(), finalItem(t, Actor::Ue, kn::KEr)->value.hex());
        QVERIFY(finalItem(t, Actor::Attacker, kn::UeDhGroups) != nullptr);
        QVERIFY(finalItem(t, Actor::Attacker, kn::RAND) == nullptr); // Uu not tapped
        QVERIFY(finalItem(t, Actor::Attacker, kn::DHKey) == nullptr);
    }

    void passiveTapOnProtectedX2SeesOnlyEsp() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.attacker.taps = {Link::X2};
        const Trace t = runScenario(s);
        const auto obs = eventsOf<Observation>(*t.findStep("1"));
        QCOMPARE(obs.size(), std::size_t(1));
        QVERIFY(obs[0]->opaque);
        QVERIFY(finalItem(t, Actor::Attacker, kn::SKgNB) == nullptr);
        QVERIFY(finalItem(t, Actor::Attacker, kn::KEi) == nullptr);
        QVERIFY(finalItem(t, Actor::Attacker, "ESP packet, step 1") != nullptr);
        // The S-KgNB octets are nowhere in the ESP packet.
        const Bytes skgnb = finalBytes(t, Actor::Enb, kn::SKgNB);
        QVERIFY(!contains(messageNamed(t, "SGNB ADDITION REQUEST")->wire, skgnb));
    }

    void leaksComeFromTheEngine() {
        Scenario s = dhScenario("31", KeyUsage::Combine);
        s.attacker.leaked = {Leak::K, Leak::KeNB, Leak::UeDhPrivate};
        const Trace now = runScenario(s);
        QVERIFY(now.findStep("C1")->knowledge.find(Actor::Attacker, kn::K)->provenance == Provenance::Leaked);
        QCOMPARE(finalItem(now, Actor::Attacker, kn::KeNB)->value.hex(),
                 finalItem(now, Actor::Enb, kn::KeNB)->value.hex());
        QCOMPARE(finalItem(now, Actor::Attacker, kn::UeDhPrivate)->value.hex(),
                 finalItem(now, Actor::Ue, kn::UeDhPrivate)->value.hex());
        QVERIFY(now.findStep("L") == nullptr);
        s.attacker.leakAfter = true;
        const Trace later = runScenario(s);
        QCOMPARE(later.steps().back().id, std::string("L"));
        QVERIFY(later.findStep("8")->knowledge.find(Actor::Attacker, kn::K) == nullptr);
        QVERIFY(finalItem(later, Actor::Attacker, kn::K) != nullptr);
    }

    void noAttackerNoAttackerKnowledge() {
        const Trace t = runScenario(dhScenario("19", KeyUsage::None));
        for (const Step& step : t.steps()) {
            QVERIFY(step.knowledge.of(Actor::Attacker).empty());
            QVERIFY(eventsOf<Observation>(step).empty());
        }
        const std::vector<Actor> lifelines = t.lifelines();
        QVERIFY(std::find(lifelines.begin(), lifelines.end(), Actor::Attacker) == lifelines.end());
    }

    void cancellationStopsTheRun() {
        std::atomic<bool> cancel{true};
        RunOptions options;
        options.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(Cancelled, runScenario(defaultScenario(), options));

        std::atomic<bool> later{false};
        int calls = 0;
        options.cancel = &later;
        options.progress = [&](const RunProgress& p) {
            ++calls;
            if (p.stepId == "3")
                later = true;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, runScenario(defaultScenario(), options));
        QVERIFY(calls >= 4);
    }

    void progressCoversEveryStep() {
        std::vector<std::string> ids;
        RunOptions options;
        options.progress = [&](const RunProgress& p) {
            if (ids.empty() || ids.back() != p.stepId)
                ids.push_back(p.stepId);
            QVERIFY(p.stepIndex < p.stepsExpected);
        };
        const Trace t = runScenario(defaultScenario(), options);
        QCOMPARE(ids.size(), t.steps().size());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "TestEngine.moc"
