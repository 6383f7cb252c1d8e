// SPDX-License-Identifier: LGPL-3.0-or-later
// The strict argument parser on its own: what it accepts, and the one-line message for what it refuses.
#include "app/cli/ArgParser.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace keyladder;
using namespace keyladder::cli;

namespace {

QString usageMessage(const std::function<void()>& f) {
    try {
        f();
    } catch (const UsageError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

ArgParser sample() {
    ArgParser p("demo", "A parser for the tests.");
    p.positional("FILE", "input", false)
        .option("--key", "HEX", "a key", true)
        .option("--param", "HEX", "repeatable", false, true)
        .flag("--json", "switch");
    return p;
}

std::vector<std::string> argv(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace

class TestCliArgs : public QObject {
    Q_OBJECT
private slots:
    void hex_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("octets"); // -1: any length
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("lower") << "00ff" << -1 << "00ff"
                               << "";
        QTest::newRow("upper") << "00FF" << 2 << "00ff"
                               << "";
        QTest::newRow("0x") << "0xAbCd" << 2 << "abcd"
                            << "";
        QTest::newRow("0X") << "0X01" << 1 << "01"
                            << "";
        QTest::newRow("empty any") << "" << -1 << ""
                                   << "";
        QTest::newRow("short") << "00ff" << 3 << ""
                               << "--x: expected 6 hex digits, got 4";
        QTest::newRow("0x counts digits only") << "0x00ff" << 3 << ""
                                               << "--x: expected 6 hex digits, got 4";
        QTest::newRow("odd") << "abc" << -1 << ""
                             << "--x: expected an even number of hex digits, got 3";
        QTest::newRow("bad char") << "12 4" << -1 << ""
                                  << "--x: expected hex digits, got \"12 4\" (bad character at position 3)";
        QTest::newRow("only 0x") << "0x" << 1 << ""
                                 << "--x: expected 2 hex digits, got 0";
    }
    void hex() {
        QFETCH(QString, text);
        QFETCH(int, octets);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const std::optional<std::size_t> want =
            octets < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(octets));
        QString got;
        const QString message =
            usageMessage([&] { got = QString::fromStdString(toHex(parseHexArg("--x", text.toStdString(), want))); });
        QCOMPARE(message, error);
        QCOMPARE(got, expected);
        // The secret variant reports exactly the same problems.
        QCOMPARE(usageMessage([&] { parseSecretHexArg("--x", text.toStdString(), want); }), error);
    }

    void numbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qulonglong>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero") << "0" << 0ULL << true;
        QTest::newRow("decimal") << "31" << 31ULL << true;
        QTest::newRow("hex") << "0x1f" << 31ULL << true;
        QTest::newRow("hex upper") << "0X1F" << 31ULL << true;
        QTest::newRow("max") << "65535" << 65535ULL << true;
        QTest::newRow("over max") << "65536" << 0ULL << false;
        QTest::newRow("negative") << "-1" << 0ULL << false;
        QTest::newRow("plus") << "+1" << 0ULL << false;
        QTest::newRow("empty") << "" << 0ULL << false;
        QTest::newRow("0x alone") << "0x" << 0ULL << false;
        QTest::newRow("space") << " 1" << 0ULL << false;
        QTest::newRow("float") << "1.0" << 0ULL << false;
        QTest::newRow("huge") << "99999999999999999999999" << 0ULL << false;
    }
    void numbers() {
        QFETCH(QString, text);
        QFETCH(qulonglong, expected);
        QFETCH(bool, ok);
        std::uint64_t got = 0;
        const QString message = usageMessage([&] { got = parseNumberArg("--n", text.toStdString(), 0, 65535); });
        QCOMPARE(message.isEmpty(), ok);
        if (ok)
            QCOMPARE(static_cast<qulonglong>(got), expected);
        else
            QVERIFY(message.startsWith("--n: expected a number from 0 to 65535, got \""));
    }

    void seconds() {
        QCOMPARE(parseSecondsArg("--b", "2.5"), 2.5);
        QCOMPARE(parseSecondsArg("--b", "0"), 0.0);
        for (const char* bad : {"", "-1", "1e3", "inf", "nan", "2s", " 1"})
            QVERIFY2(!usageMessage([&] { parseSecondsArg("--b", bad); }).isEmpty(), bad);
    }

    void quoting() {
        QCOMPARE(QString::fromStdString(quoteValue("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
        QCOMPARE(QString::fromStdString(quoteValue("x\ny\t")), QStringLiteral("\"x\\x0ay\\x09\""));
        const std::string longValue(100, 'a');
        QCOMPARE(QString::fromStdString(quoteValue(longValue)), "\"" + QString(48, u'a') + "...\"");
    }

    void parsing() {
        const ArgParser p = sample();
        const ParsedArgs a = p.parse(argv({"in.json", "--key=0a", "--param", "01", "--param=", "--json"}));
        QCOMPARE(a.positionals(), std::vector<std::string>{"in.json"});
        QCOMPARE(a.value("--key"), std::string("0a"));
        QCOMPARE(a.values("--param"), (std::vector<std::string>{"01", ""}));
        QVERIFY(a.has("--json"));
        QVERIFY(!a.helpRequested());
        // "-" is a positional (standard input), and "--" ends the options.
        QCOMPARE(p.parse(argv({"-", "--key", "00"})).positionals(), std::vector<std::string>{"-"});
        QCOMPARE(p.parse(argv({"--key", "00", "--", "--json"})).positionals(), std::vector<std::string>{"--json"});
        // A value may start with a single dash.
        QCOMPARE(p.parse(argv({"--key", "-1"})).value("--key"), std::string("-1"));
        QVERIFY(p.parse(argv({"--nonsense", "--help"})).helpRequested());
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << QStringList{"--key", "00", "--kee", "00"}
                                 << "demo: unknown option \"--kee\" (see --help)";
        QTest::newRow("missing value") << QStringList{"--key"} << "--key: missing value (HEX)";
        QTest::newRow("value is an option") << QStringList{"--key", "--json"} << "--key: missing value (HEX)";
        QTest::newRow("required") << QStringList{"--json"} << "demo: missing required option --key HEX";
        QTest::newRow("twice") << QStringList{"--key", "00", "--key", "01"} << "--key: given more than once";
        QTest::newRow("switch with value")
            << QStringList{"--key", "00", "--json=yes"} << "--json: takes no value, got \"yes\"";
        QTest::newRow("second positional") << QStringList{"a", "b", "--key", "00"} << "demo: unexpected argument \"b\"";
        QTest::newRow("single dash") << QStringList{"-k", "00"} << "demo: unknown option \"-k\" (see --help)";
    }
    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const ArgParser p = sample();
        QCOMPARE(usageMessage([&] { p.parse(argv(args)); }), error);
    }

    void helpText() {
        const std::string help = sample().help();
        QVERIFY(help.rfind("usage: keyladder-cli demo [FILE] --key HEX [--param HEX] [--param HEX ...] [--json]", 0) ==
                0);
        QVERIFY(help.find("--help") != std::string::npos);
        QVERIFY(help.find("A parser for the tests.") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCliArgs)
#include "TestCliArgs.moc"
