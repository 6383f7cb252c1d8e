// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli calc, driven in-process: published test data in, exact stdout / exit code / stderr out.
#include "CliTestSupport.h"
#include "CliVectors.h"

#include <QTest>

using namespace keyladder::clitest;

namespace {

// PROTOCOL.md §7 (S-KgNB and KeNB vectors with their FC 0x69 / 0x15 outputs).
const QString kKenbSk = QStringLiteral("fe7dee808d7f3b882a082cbdc8390d129e5d28af0e8322eb573ada36f21a5a89");
const QString kSkgnb = QStringLiteral("45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628");
const QString kKasme = QStringLiteral("6144c681d1bea9dae1b8cf6cd10a686341db8046a1e7a9ab4d1ea0e33c994ac0");
const QString kKenb = QStringLiteral("c4c7bc798ab94e3d354cd6608e79aa92f5569df46519507850051e36f018ca5f");

QString milenageJson(const MilenageSet& s) {
    return QStringLiteral("{\"opc\":\"%1\",\"f1\":\"%2\",\"f1star\":\"%3\",\"f2\":\"%4\",\"f3\":\"%5\",\"f4\":\"%6\","
                          "\"f5\":\"%7\",\"f5star\":\"%8\"}\n")
        .arg(s.opc, s.f1, s.f1star, s.f2, s.f3, s.f4, s.f5, s.f5star);
}

QStringList streamArgs(const char* command, const StreamSet& s, const QString& data) {
    return {QStringLiteral("calc"),        QString::fromLatin1(command),
            QStringLiteral("--key"),       QString::fromLatin1(s.key),
            QStringLiteral("--count"),     QStringLiteral("0x") + hexNumber(s.count),
            QStringLiteral("--bearer"),    QString::number(s.bearer),
            QStringLiteral("--direction"), QString::number(s.direction),
            QStringLiteral("--length"),    QString::number(s.lengthBits),
            QStringLiteral("--data"),      data};
}

// The published plaintext cut to LENGTH bits, as a deciphered message must come back.
QString maskedToLength(const QString& hex, unsigned bits) {
    QByteArray bytes = QByteArray::fromHex(hex.toLatin1()).left(static_cast<int>((bits + 7) / 8));
    if (bits % 8)
        bytes[bytes.size() - 1] = static_cast<char>(bytes.back() & (0xff << (8 - bits % 8)));
    return QString::fromLatin1(bytes.toHex());
}

void addSuccessColumns() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
}

void checkSuccess(const QStringList& args, const QString& expected) {
    const CliRun run = runCli(args);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, expected);
}

} // namespace

class TestCliCalc : public QObject {
    Q_OBJECT
private slots:
    void milenageSets_data() {
        addSuccessColumns();
        for (const MilenageSet& s : kMilenageSets) {
            const QStringList common = {QStringLiteral("--rand"), s.rand, QStringLiteral("--sqn"), s.sqn,
                                        QStringLiteral("--amf"),  s.amf};
            QTest::addRow("%s, OP", s.name)
                << (QStringList{"calc", "milenage", "--k", s.k, "--op", s.op} + common) << milenageJson(s);
            QTest::addRow("%s, OPc", s.name)
                << (QStringList{"calc", "milenage", "--k", s.k, "--opc", s.opc} + common) << milenageJson(s);
        }
        const MilenageSet& s = kMilenageSets[3];
        QTest::addRow("upper case, 0x prefix, --flag=value")
            << QStringList{"calc",
                           "milenage",
                           QStringLiteral("--k=0X") + QString::fromLatin1(s.k).toUpper(),
                           "--op",
                           QStringLiteral("0x") + QString::fromLatin1(s.op).toUpper(),
                           "--rand",
                           QString::fromLatin1(s.rand).toUpper(),
                           "--sqn",
                           s.sqn,
                           "--amf",
                           s.amf}
            << milenageJson(s);
    }
    void milenageSets() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        checkSuccess(args, expected);
    }

    void derivations_data() {
        addSuccessColumns();
        const auto row = [](const char* name, QStringList args, const QString& hex) {
            QTest::newRow(name) << args << hex + QStringLiteral("\n");
        };
        // PROTOCOL.md §7.
        row("kdf S-KgNB (FC 0x1C)", {"calc", "kdf", "--key", kKenbSk, "--fc", "0x1c", "--param", "0000"}, kSkgnb);
        row("kdf fc without 0x", {"calc", "kdf", "--key", kKenbSk, "--fc", "1C", "--param", "0x0000"}, kSkgnb);
        row("kdf NR RRC-enc NEA2 (FC 0x69)",
            {"calc", "kdf", "--key", kSkgnb, "--fc", "0x69", "--param", "03", "--param", "02"},
            "52a995dff89bc294bd89ffb137a29f2466a09e992386c8d1df7892964c6fb522");
        row("kdf NR UP-enc NEA2 (FC 0x69)",
            {"calc", "kdf", "--key", kSkgnb, "--fc", "0x69", "--param", "05", "--param", "02"},
            "7ce20670bbbcc5904087c0d42653c540152052d3dfbc3f05869b7f920095be68");
        row("kdf KeNB (FC 0x11)", {"calc", "kdf", "--key", kKasme, "--fc", "0x11", "--param", "00000000"}, kKenb);
        row("kdf RRC-int EIA2 (FC 0x15)",
            {"calc", "kdf", "--key", kKenb, "--fc", "0x15", "--param", "04", "--param", "02"},
            "42f4f8c585ae8905a50d0f32a979d8b6fa1d6d1940f1d879cf0189342a8d73c2");
        row("kdf UP-enc EEA0 (FC 0x15)",
            {"calc", "kdf", "--key", kKenb, "--fc", "0x15", "--param", "05", "--param", "00"},
            "22bfb58761ca1dd3b20a281c7eab0c0b9c3c92e1ddc0c8c5706cbb8f955e8263");
        // Independent HMAC-SHA-256 computation: three parameters, the middle one empty (L1 = 0).
        row("kdf empty parameter",
            {"calc", "kdf", "--key", "000102030405060708090a0b0c0d0e0f", "--fc", "7f", "--param", "aa",
             "--param=", "--param", "bbcc"},
            "16f94873452187b3b49e208890c1cff3bf49eb376faafaaf008c64fda5624aa1");

        row("kenb count 0", {"calc", "kenb", "--kasme", kKasme, "--count", "0"}, kKenb);
        row("kenb count 0x12345678", {"calc", "kenb", "--kasme", kKasme, "--count", "0x12345678"},
            "64ba0e6a9e7226719778a3aad3426ea028db2186925d93d790c42e71b02f757b");
        row("kenb count decimal", {"calc", "kenb", "--kasme", kKasme, "--count", "305419896"},
            "64ba0e6a9e7226719778a3aad3426ea028db2186925d93d790c42e71b02f757b");
        row("skgnb counter 0", {"calc", "skgnb", "--kenb", kKenbSk, "--sk-counter", "0"}, kSkgnb);
        row("skgnb counter 258", {"calc", "skgnb", "--kenb", kKenb, "--sk-counter", "258"},
            "0759a04ed20cf4077689dcd6cb853da67c39ed140df6124d3368a1f19e3335e8");
        row("alg-key NR RRC-enc", {"calc", "alg-key", "--key", kSkgnb, "--fc", "0x69", "--type", "3", "--alg", "2"},
            "66a09e992386c8d1df7892964c6fb522");
        row("alg-key NR UP-enc", {"calc", "alg-key", "--key", kSkgnb, "--fc", "0x69", "--type", "5", "--alg", "2"},
            "152052d3dfbc3f05869b7f920095be68");
        row("alg-key RRC-int EIA2", {"calc", "alg-key", "--key", kKenb, "--fc", "0x15", "--type", "4", "--alg", "2"},
            "fa1d6d1940f1d879cf0189342a8d73c2");
        row("alg-key UP-enc EEA0", {"calc", "alg-key", "--key", kKenb, "--fc", "15", "--type", "5", "--alg", "0"},
            "9c3c92e1ddc0c8c5706cbb8f955e8263");

        // KASME of TS 35.208 set 1 (CK, IK, SQN xor AK from the set; SN id of PLMN 001-01), by an
        // independent HMAC-SHA-256 computation.
        const QString kasmeSet1 = QStringLiteral("48579af8781c742d5120e6ed8ccac13193f38c53ab7aa69396f49ca6e1b0562d");
        row("kasme of set 1",
            {"calc", "kasme", "--ck", "b40ba9a3c58b2a05bbf0d987b21bf8cb", "--ik", "f769bcd751044604127672711c6d3441",
             "--snid", "00f110", "--sqn-xor-ak", "55f328b43577"},
            kasmeSet1);
        row("kasme with a PLMN",
            {"calc", "kasme", "--ck", "b40ba9a3c58b2a05bbf0d987b21bf8cb", "--ik", "f769bcd751044604127672711c6d3441",
             "--snid", "001-01", "--sqn-xor-ak", "55f328b43577"},
            kasmeSet1);
        row("kdf kasme",
            {"calc", "kdf", "--key", "b40ba9a3c58b2a05bbf0d987b21bf8cbf769bcd751044604127672711c6d3441", "--fc", "0x10",
             "--param", "00f110", "--param", "55f328b43577"},
            kasmeSet1);
    }
    void derivations() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        checkSuccess(args, expected);
    }

    void nea2Sets_data() {
        addSuccessColumns();
        for (const StreamSet& s : kNea2Sets) {
            QTest::addRow("%s cipher", s.name) << streamArgs("nea2", s, QString::fromLatin1(s.data))
                                               << QString::fromLatin1(s.expected) + QStringLiteral("\n");
            QTest::addRow("%s decipher", s.name)
                << streamArgs("nea2", s, QString::fromLatin1(s.expected))
                << maskedToLength(QString::fromLatin1(s.data), s.lengthBits) + QStringLiteral("\n");
        }
    }
    void nea2Sets() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        checkSuccess(args, expected);
    }

    void nia2Sets_data() {
        addSuccessColumns();
        for (const StreamSet& s : kNia2Sets)
            QTest::addRow("%s", s.name) << streamArgs("nia2", s, QString::fromLatin1(s.data))
                                        << QString::fromLatin1(s.expected) + QStringLiteral("\n");
    }
    void nia2Sets() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        checkSuccess(args, expected);
    }

    void groupOperations_data() {
        addSuccessColumns();
        // RFC 7748 §6.1.
        const QString alicePriv = QStringLiteral("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const QString alicePub = QStringLiteral("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        const QString bobPriv = QStringLiteral("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const QString bobPub = QStringLiteral("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        const QString shared = QStringLiteral("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742\n");
        QTest::newRow("X25519 pub Alice")
            << QStringList{"calc", "pub", "--group", "31", "--priv", alicePriv} << alicePub + "\n";
        QTest::newRow("X25519 pub Bob") << QStringList{"calc", "pub", "--group", "31", "--priv", bobPriv}
                                        << bobPub + "\n";
        QTest::newRow("X25519 dh Alice") << QStringList{"calc",   "dh",      "--group", "31",
                                                        "--priv", alicePriv, "--peer",  bobPub}
                                         << shared;
        QTest::newRow("X25519 dh Bob upper case")
            << QStringList{"calc", "dh", "--group", "31", "--priv", bobPriv.toUpper(), "--peer", alicePub.toUpper()}
            << shared;
        // RFC 5903 §8.1 (group 19).
        const QString i = QStringLiteral("C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433");
        const QString gi = QStringLiteral("04dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180"
                                          "5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3");
        const QString r = QStringLiteral("C6EF9C5D78AE012A011164ACB397CE2088685D8F06BF9BE0B283AB46476BEE53");
        const QString gr = QStringLiteral("04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63"
                                          "56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab");
        const QString z = QStringLiteral("d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de\n");
        QTest::newRow("P-256 pub i") << QStringList{"calc", "pub", "--group", "19", "--priv", i} << gi + "\n";
        QTest::newRow("P-256 pub r") << QStringList{"calc", "pub", "--group", "19", "--priv", "0x" + r} << gr + "\n";
        QTest::newRow("P-256 dh i") << QStringList{"calc", "dh", "--group", "19", "--priv", i, "--peer", gr} << z;
        QTest::newRow("P-256 dh r") << QStringList{"calc", "dh", "--group", "19", "--priv", r, "--peer", gi} << z;
    }
    void groupOperations() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        checkSuccess(args, expected);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString k16 = QStringLiteral("465b5ce8b199b49faa5f0a2ee238a6bc");
        const QString k32 = kKenb;
        const QStringList milenageTail = {"--rand", k16, "--sqn", "ff9bb4d0b607", "--amf", "b9b9"};
        const QStringList nea = {"calc", "nea2", "--key", k16, "--count", "0", "--bearer", "1", "--direction", "0"};
        const auto row = [](const char* name, QStringList args, const char* message) {
            QTest::newRow(name) << args << QString::fromUtf8(message);
        };
        row("no command", {}, "keyladder-cli: no command given");
        row("unknown command", {"frobnicate"}, "keyladder-cli: unknown command \"frobnicate\"");
        row("calc alone", {"calc"}, "calc: missing subcommand (kdf, milenage,");
        row("calc unknown", {"calc", "sha1"}, "calc: unknown subcommand \"sha1\"");
        row("attack unknown", {"attack", "rsa"}, "attack: unknown subcommand \"rsa\"");
        row("--version extra", {"--version", "now"}, "--version: unexpected argument \"now\"");
        row("unknown option", {"calc", "kdf", "--key", k32, "--fc", "1c", "--param", "00", "--verbose"},
            "calc kdf: unknown option \"--verbose\"");
        row("single dash option", {"calc", "kenb", "-k", k32}, "unknown option \"-k\"");
        row("missing value at end", {"calc", "kdf", "--fc", "1c", "--param", "00", "--key"},
            "--key: missing value (HEX)");
        row("option instead of value", {"calc", "kdf", "--key", "--fc", "1c", "--param", "00"},
            "--key: missing value (HEX)");
        row("missing required", {"calc", "kdf", "--key", k32, "--fc", "1c"},
            "calc kdf: missing required option --param HEX");
        row("extra positional", {"calc", "kenb", "--kasme", k32, "--count", "0", "extra"},
            "calc kenb: unexpected argument \"extra\"");
        row("bad hex", {"calc", "kdf", "--key", "zz", "--fc", "1c", "--param", "00"},
            "--key: expected hex digits, got \"zz\" (bad character at position 1)");
        row("bad hex after 0x", {"calc", "kdf", "--key", "0xabg1", "--fc", "1c", "--param", "00"},
            "--key: expected hex digits, got \"0xabg1\" (bad character at position 5)");
        row("odd hex", {"calc", "kdf", "--key", "abc", "--fc", "1c", "--param", "00"},
            "--key: expected an even number of hex digits, got 3");
        row("bad param hex", {"calc", "kdf", "--key", k32, "--fc", "1c", "--param", "00", "--param", "0g"},
            "--param: expected hex digits, got \"0g\"");
        row("fc too large", {"calc", "kdf", "--key", k32, "--fc", "0x100", "--param", "00"},
            "--fc: expected a hex number from 0x0 to 0xff, got \"0x100\"");
        row("fc not hex", {"calc", "kdf", "--key", k32, "--fc", "x1", "--param", "00"},
            "--fc: expected a hex number from 0x0 to 0xff, got \"x1\"");
        row("k too short", QStringList{"calc", "milenage", "--k", k16.left(30), "--op", k16} + milenageTail,
            "keyladder-cli: --k: expected 32 hex digits, got 30");
        row("k too long", QStringList{"calc", "milenage", "--k", k16 + "00", "--op", k16} + milenageTail,
            "--k: expected 32 hex digits, got 34");
        row("op and opc", QStringList{"calc", "milenage", "--k", k16, "--op", k16, "--opc", k16} + milenageTail,
            "calc milenage: give exactly one of --op and --opc");
        row("neither op nor opc", QStringList{"calc", "milenage", "--k", k16} + milenageTail,
            "calc milenage: give exactly one of --op and --opc");
        row("k twice", QStringList{"calc", "milenage", "--k", k16, "--k", k16, "--op", k16} + milenageTail,
            "--k: given more than once");
        row("sqn length",
            {"calc", "milenage", "--k", k16, "--op", k16, "--rand", k16, "--sqn", "ff9b", "--amf", "b9b9"},
            "--sqn: expected 12 hex digits, got 4");
        row("count not a number", {"calc", "kenb", "--kasme", k32, "--count", "abc"},
            "--count: expected a number from 0 to 4294967295, got \"abc\"");
        row("count negative", {"calc", "kenb", "--kasme", k32, "--count", "-1"},
            "--count: expected a number from 0 to 4294967295, got \"-1\"");
        row("count too large", {"calc", "kenb", "--kasme", k32, "--count", "4294967296"},
            "--count: expected a number from 0 to 4294967295, got \"4294967296\"");
        row("count trailing junk", {"calc", "kenb", "--kasme", k32, "--count", "12x"},
            "--count: expected a number from 0 to 4294967295, got \"12x\"");
        row("kasme short", {"calc", "kenb", "--kasme", k16, "--count", "0"}, "--kasme: expected 64 hex digits, got 32");
        row("sk-counter too large", {"calc", "skgnb", "--kenb", k32, "--sk-counter", "65536"},
            "--sk-counter: expected a number from 0 to 65535, got \"65536\"");
        row("alg-key fc", {"calc", "alg-key", "--key", k32, "--fc", "0x16", "--type", "3", "--alg", "2"},
            "--fc: expected 0x15 or 0x69, got \"0x16\"");
        row("alg-key type 0", {"calc", "alg-key", "--key", k32, "--fc", "0x15", "--type", "0", "--alg", "2"},
            "--type: expected a number from 1 to 6, got \"0\"");
        row("alg-key type 7", {"calc", "alg-key", "--key", k32, "--fc", "0x15", "--type", "7", "--alg", "2"},
            "--type: expected a number from 1 to 6, got \"7\"");
        row("alg-key alg 16", {"calc", "alg-key", "--key", k32, "--fc", "0x69", "--type", "3", "--alg", "16"},
            "--alg: expected a number from 0 to 15, got \"16\"");
        row("snid length",
            {"calc", "kasme", "--ck", k16, "--ik", k16, "--snid", "00f1", "--sqn-xor-ak", "55f328b43577"},
            "--snid: expected 6 hex digits, got 4");
        row("snid bad plmn",
            {"calc", "kasme", "--ck", k16, "--ik", k16, "--snid", "1-x", "--sqn-xor-ak", "55f328b43577"}, "--snid: ");
        row("bearer too large",
            {"calc", "nea2", "--key", k16, "--count", "0", "--bearer", "32", "--direction", "0", "--length", "8",
             "--data", "00"},
            "--bearer: expected a number from 0 to 31, got \"32\"");
        row("direction 2",
            {"calc", "nea2", "--key", k16, "--count", "0", "--bearer", "1", "--direction", "2", "--length", "8",
             "--data", "00"},
            "--direction: expected a number from 0 to 1, got \"2\"");
        row("length zero", nea + QStringList{"--length", "0", "--data", "00"},
            "--length: expected a number from 1 to 4294967295, got \"0\"");
        row("data too short", nea + QStringList{"--length", "300", "--data", k32},
            "--data: --length 300 needs at least 38 octets, got 32");
        row("nia2 key short",
            {"calc", "nia2", "--key", "00", "--count", "0", "--bearer", "1", "--direction", "0", "--length", "8",
             "--data", "00"},
            "--key: expected 32 hex digits, got 2");
        row("unknown group", {"calc", "pub", "--group", "99", "--priv", "01"}, "--group: unknown group \"99\"");
        row("empty private value", {"calc", "pub", "--group", "31", "--priv", ""},
            "--priv: expected hex digits, got an empty value");
        row("dh bad peer hex", {"calc", "dh", "--group", "31", "--priv", k32, "--peer", "xyz"},
            "--peer: expected hex digits, got \"xyz\"");
        row("groups --json=1", {"groups", "--json=1"}, "--json: takes no value, got \"1\"");
        row("groups extra", {"groups", "all"}, "groups: unexpected argument \"all\"");
        row("control characters stay on one line", {"calc", "kenb", "--kasme", "ab\ncd", "--count", "0"},
            "--kasme: expected hex digits, got \"ab\\x0acd\"");
        row("dlog not a toy group", {"attack", "dlog", "--group", "19", "--public", "00"},
            "--group: discrete logs are solved live only in toy groups");
        row("dlog bad budget", {"attack", "dlog", "--group", "toy-24", "--public", "01", "--budget", "soon"},
            "--budget: expected a number of seconds (e.g. 2.5), got \"soon\"");
        row("dlog negative budget", {"attack", "dlog", "--group", "toy-24", "--public", "01", "--budget", "-1"},
            "--budget: expected a number of seconds");
        row("dlog threads", {"attack", "dlog", "--group", "toy-24", "--public", "01", "--threads", "x"},
            "--threads: expected a number from 0 to 1024, got \"x\"");
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(isOneLine(run.err), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("keyladder-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void help_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("overview") << QStringList{"--help"} << QStringList{"groups", "calc kdf", "attack dlog"};
        QTest::newRow("calc family") << QStringList{"calc", "--help"} << QStringList{"calc milenage", "calc dh"};
        QTest::newRow("groups") << QStringList{"groups", "--help"} << QStringList{"--json"};
        QTest::newRow("kdf") << QStringList{"calc", "kdf", "--help"} << QStringList{"--key HEX", "--fc HEX", "--param"};
        QTest::newRow("milenage") << QStringList{"calc", "milenage", "--help"}
                                  << QStringList{"--k HEX", "--op HEX", "--opc HEX", "--rand", "--sqn", "--amf"};
        QTest::newRow("kasme") << QStringList{"calc", "kasme", "--help"} << QStringList{"--snid", "--sqn-xor-ak"};
        QTest::newRow("kenb") << QStringList{"calc", "kenb", "--help"} << QStringList{"--kasme HEX", "--count N"};
        QTest::newRow("skgnb") << QStringList{"calc", "skgnb", "--help"} << QStringList{"--kenb", "--sk-counter N"};
        QTest::newRow("alg-key") << QStringList{"calc", "alg-key", "--help"}
                                 << QStringList{"--fc", "--type N", "--alg N"};
        QTest::newRow("nea2") << QStringList{"calc", "nea2", "--help"}
                              << QStringList{"--key",           "--count",       "--bearer",
                                             "--direction 0|1", "--length BITS", "--data HEX"};
        QTest::newRow("nia2") << QStringList{"calc", "nia2", "--help"} << QStringList{"MAC-I", "--length BITS"};
        QTest::newRow("pub") << QStringList{"calc", "pub", "--help"} << QStringList{"--group ID", "--priv HEX"};
        QTest::newRow("dh") << QStringList{"calc", "dh", "--help"} << QStringList{"--peer HEX", "code 3"};
        QTest::newRow("dlog") << QStringList{"attack", "dlog", "--help"}
                              << QStringList{"--public HEX", "--threads N", "--budget SECONDS", "--json"};
        QTest::newRow("help beats errors") << QStringList{"calc", "kdf", "--bogus", "--help"} << QStringList{"--fc"};
    }
    void help() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        const CliRun run = runCli(args);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.startsWith(QStringLiteral("usage: keyladder-cli")));
        for (const QString& m : mentions)
            QVERIFY2(run.out.contains(m), qPrintable(m));
    }

    void version() {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("keyladder-cli " KEYLADDER_VERSION "\n"));
        QCOMPARE(run.err, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliCalc)
#include "TestCliCalc.moc"
