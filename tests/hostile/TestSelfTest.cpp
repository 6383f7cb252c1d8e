// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/SelfTest.h"

#include <QtTest>

#include <cstdio>

using namespace keyladder;

class TestSelfTest : public QObject {
    Q_OBJECT

private slots:
    // First slot: the cold run in a fresh process is what start-up pays (group caches, Botan set-up).
    void coldRunPassesQuickly()
    {
        const SelfTestResult result = runSelfTest();
        std::printf("self-test: %d known answers in %.3f ms (cold)\n", result.checks, result.milliseconds);
        QVERIFY2(result.passed, result.failure.c_str());
        QVERIFY(result.failure.empty());
        QCOMPARE(result.checks, 13);
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
        const double budget = 400; // sanitised debug builds run several times slower
#else
        const double budget = 20;
#endif
        QVERIFY2(result.milliseconds < budget, qPrintable(QString::number(result.milliseconds) + " ms"));
    }

    void warmRunPasses()
    {
        const SelfTestResult result = runSelfTest();
        std::printf("self-test: %.3f ms (warm)\n", result.milliseconds);
        QVERIFY2(result.passed, result.failure.c_str());
    }

    void everyAreaIsCovered()
    {
        QStringList names;
        for (const KnownAnswer& answer : selfTestVectors())
            names << QString::fromStdString(answer.name);
        for (const char* needed : {"KDF S-KgNB", "Milenage f2", "128-NEA2", "128-NIA2", "X25519"})
            QVERIFY2(names.contains(needed), needed);
    }

    void corruptedAnswerIsCaught_data()
    {
        QTest::addColumn<QString>("name");
        for (const KnownAnswer& answer : selfTestVectors())
            QTest::newRow(answer.name.c_str()) << QString::fromStdString(answer.name);
    }

    void corruptedAnswerIsCaught()
    {
        QFETCH(QString, name);
        auto vectors = selfTestVectors();
        std::string original;
        for (KnownAnswer& answer : vectors) {
            if (answer.name == name.toStdString()) {
                original = answer.expected;
                // Flip the last nibble: one bit of the published answer is wrong.
                char& c = answer.expected.back();
                c = c == '0' ? '1' : '0';
            }
        }
        const SelfTestResult result = runSelfTest(vectors);
        QVERIFY(!result.passed);
        const std::string expectedLine = name.toStdString() + " (";
        QVERIFY2(result.failure.rfind(expectedLine, 0) == 0, result.failure.c_str());
        // The report names the computed value, which is the published one.
        QVERIFY2(result.failure.find("got " + original) != std::string::npos, result.failure.c_str());
        // Only the corrupted check fails.
        QVERIFY(result.failure.find('\n') == std::string::npos);
    }

    void unknownCheckFails()
    {
        const SelfTestResult result = runSelfTest({{"SHA-3", "nowhere", "00"}});
        QVERIFY(!result.passed);
        QCOMPARE(QString::fromStdString(result.failure), QString("SHA-3: no such known-answer test"));
    }

    void emptyListFails()
    {
        const SelfTestResult result = runSelfTest(std::vector<KnownAnswer>{});
        QVERIFY(!result.passed);
        QCOMPARE(QString::fromStdString(result.failure), QString("no known-answer tests were run"));
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "TestSelfTest.moc"
