// SPDX-License-Identifier: LGPL-3.0-or-later
// Every file of tests/data/bad-scenarios through the loader and through `keyladder-cli run`, in-process:
// each is refused with its exact message, quickly, without crashing and without allocating more than a
// small multiple of its size. The allocation bound is measured by counting operator new in this executable.
#include "app/cli/CliMain.h"
#include "core/protocol/Scenario.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <malloc.h>
#include <new>
#include <sstream>

namespace {

std::atomic<long long> g_live{0};
std::atomic<long long> g_peak{0};

void* counted(std::size_t size)
{
    void* p = std::malloc(size ? size : 1);
    if (!p)
        throw std::bad_alloc();
    const long long now = g_live += static_cast<long long>(malloc_usable_size(p));
    long long peak = g_peak.load();
    while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
    }
    return p;
}

void uncounted(void* p) noexcept
{
    if (p) {
        g_live -= static_cast<long long>(malloc_usable_size(p));
        std::free(p);
    }
}

/** Bytes allocated at the high-water mark while @p f ran, above what was live before. */
template <typename F>
long long peakDuring(F&& f)
{
    const long long before = g_live.load();
    g_peak = before;
    f();
    return g_peak.load() - before;
}

} // namespace

void* operator new(std::size_t size) { return counted(size); }
void* operator new[](std::size_t size) { return counted(size); }
void operator delete(void* p) noexcept { uncounted(p); }
void operator delete[](void* p) noexcept { uncounted(p); }
void operator delete(void* p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void* p, std::size_t) noexcept { uncounted(p); }

using namespace keyladder;

namespace {

QString corpusDir() { return QStringLiteral(KEYLADDER_SOURCE_DIR "/tests/data/bad-scenarios"); }

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct CliResult {
    int code;
    std::string err;
};

CliResult runCli(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(args, out, err);
    return {code, err.str()};
}

// Generous for a sanitised debug build on a busy machine; a hang or a quadratic blow-up is far beyond.
constexpr double kSecondsPerFile = 2.0;

} // namespace

class TestHostileScenarios : public QObject {
    Q_OBJECT

private slots:
    void corpusIsLargeEnough()
    {
        const QDir dir(corpusDir());
        QVERIFY2(dir.entryList({"*.json"}, QDir::Files).size() >= 45, "fewer than 45 hostile scenarios");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        std::istringstream index(readAll(corpusDir() + "/expected-errors.txt"));
        std::string line;
        while (std::getline(index, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            const auto tab = line.find('\t');
            QTest::newRow(line.substr(0, tab).c_str())
                << corpusDir() + "/" + QString::fromStdString(line.substr(0, tab))
                << QString::fromStdString(line.substr(tab + 1));
        }
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const std::string text = readAll(file);

        // The loader, from memory and from the file.
        std::string message;
        const auto start = std::chrono::steady_clock::now();
        const long long peak = peakDuring([&] {
            try {
                loadScenario(text);
            } catch (const ScenarioError& e) {
                message = e.what();
            }
        });
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QCOMPARE(QString::fromStdString(message), error);
        QVERIFY2(seconds < kSecondsPerFile, qPrintable(QString::number(seconds) + " s"));
        // A parsed JSON value costs a few dozen octets per input octet at worst; anything unbounded is far beyond.
        const long long bound = 64 * static_cast<long long>(text.size()) + (1 << 20);
        QVERIFY2(peak < bound, qPrintable(QString("%1 octets allocated for a %2-octet file").arg(peak).arg(text.size())));
        try {
            loadScenarioFile(file.toStdString());
            QFAIL("loadScenarioFile accepted it");
        } catch (const ScenarioError& e) {
            QCOMPARE(QString::fromStdString(e.what()), error);
        }

        // keyladder-cli run: a usage error naming the file and the same message, nothing on stdout.
        const CliResult cliRun = runCli({"run", file.toStdString()});
        QCOMPARE(cliRun.code, 2);
        QVERIFY2(cliRun.err.find(file.toStdString() + ": " + error.toStdString()) != std::string::npos,
                 cliRun.err.c_str());
    }

    void oversizedFileRefused()
    {
        // Generated rather than committed: one octet over the limit, otherwise a valid scenario.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("oversized.json");
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            const std::string head = "{\"description\": \"";
            const std::string tail = "\"}";
            out << head << std::string(ScenarioLimits::maxDocumentOctets + 1 - head.size() - tail.size(), 'x') << tail;
        }
        QCOMPARE(QFileInfo(path).size(), qint64(ScenarioLimits::maxDocumentOctets + 1));
        const QString expected = "document larger than 1048576 octets";
        const long long peak = peakDuring([&] {
            try {
                loadScenarioFile(path.toStdString());
                QFAIL("accepted");
            } catch (const ScenarioError& e) {
                QCOMPARE(QString::fromStdString(e.what()), expected);
            }
        });
        // The reader stops at the limit instead of reading the whole file first.
        QVERIFY2(peak < 4 * static_cast<long long>(ScenarioLimits::maxDocumentOctets), qPrintable(QString::number(peak)));
        const CliResult cliRun = runCli({"run", path.toStdString()});
        QCOMPARE(cliRun.code, 2);
        QVERIFY2(cliRun.err.find("larger than") != std::string::npos, cliRun.err.c_str());
    }

    void byteOrderMarkIsAccepted()
    {
        // Editors on some systems start UTF-8 files with a BOM; it carries no meaning and is skipped.
        const Scenario s = loadScenario("\xEF\xBB\xBF{\"title\": \"with BOM\"}");
        QCOMPARE(QString::fromStdString(s.title), QString("with BOM"));
    }

    void validUtf8IsAccepted()
    {
        // Two-, three- and four-octet sequences, the largest code point, and escapes.
        const Scenario s = loadScenario("{\"title\": \"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x94\x91 \xF4\x8F\xBF\xBF \\u00e9\"}");
        QCOMPARE(s.title, std::string("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x94\x91 \xF4\x8F\xBF\xBF \xC3\xA9"));
    }

    void repeatedKeysInDifferentObjectsAreFine()
    {
        const Scenario s = loadScenario(R"({"ue": {"dhGroups": [31]}, "gnb": {"dhPriority": [31]}})");
        QCOMPARE(s.ue.dhGroups.size(), std::size_t(1));
    }

    void duplicateKeyPathInsideAnArray()
    {
        // The path names the array element, not just the array.
        try {
            loadScenario(R"({"title": "t", "attacker": {"taps": [{"a": 1, "a": 2}]}})");
            QFAIL("accepted");
        } catch (const ScenarioError& e) {
            QCOMPARE(QString::fromStdString(e.what()), QString("/attacker/taps/0: duplicate key a"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileScenarios)
#include "TestHostileScenarios.moc"
