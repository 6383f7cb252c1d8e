// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Milenage.h"

#include "VectorFile.h"

#include <QTest>

using namespace keyladder;
using namespace keyladder::test;

class TestMilenage : public QObject {
    Q_OBJECT
private slots:
    void testSets_data() {
        QTest::addColumn<QString>("k");
        QTest::addColumn<QString>("rand");
        QTest::addColumn<QString>("sqn");
        QTest::addColumn<QString>("amf");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("opc");
        QTest::addColumn<QString>("f1");
        QTest::addColumn<QString>("f1star");
        QTest::addColumn<QString>("f2");
        QTest::addColumn<QString>("f3");
        QTest::addColumn<QString>("f4");
        QTest::addColumn<QString>("f5");
        QTest::addColumn<QString>("f5star");
        const auto blocks = readVectorFile(QStringLiteral("milenage_ts35208.txt"));
        QVERIFY(blocks.size() >= 6);
        for (const VectorBlock& b : blocks) {
            const auto s = [&](const char* key) { return QString::fromStdString(b.at(key)); };
            QTest::addRow("TS 35.208 set %s", b.at("set").c_str())
                << s("k") << s("rand") << s("sqn") << s("amf") << s("op") << s("opc") << s("f1") << s("f1star")
                << s("f2") << s("f3") << s("f4") << s("f5") << s("f5star");
        }
    }

    void testSets() {
        QFETCH(QString, k);
        QFETCH(QString, rand);
        QFETCH(QString, sqn);
        QFETCH(QString, amf);
        QFETCH(QString, op);
        QFETCH(QString, opc);
        QFETCH(QString, f1);
        QFETCH(QString, f1star);
        QFETCH(QString, f2);
        QFETCH(QString, f3);
        QFETCH(QString, f4);
        QFETCH(QString, f5);
        QFETCH(QString, f5star);
        const Bytes key = hexOf(k.toStdString());
        const SecureBytes computedOpc = computeOpc(key, hexOf(op.toStdString()));
        QCOMPARE(hexString(computedOpc), opc.toLower());

        const MilenageResult r = milenage(key, hexOf(opc.toStdString()), hexOf(rand.toStdString()),
                                          hexOf(sqn.toStdString()), hexOf(amf.toStdString()));
        QCOMPARE(hexString(r.macA), f1.toLower());
        QCOMPARE(hexString(r.macS), f1star.toLower());
        QCOMPARE(hexString(r.res), f2.toLower());
        QCOMPARE(hexString(r.ck), f3.toLower());
        QCOMPARE(hexString(r.ik), f4.toLower());
        QCOMPARE(hexString(r.ak), f5.toLower());
        QCOMPARE(hexString(r.akStar), f5star.toLower());
    }

    void rejectsWrongLengths_data() {
        QTest::addColumn<int>("kLen");
        QTest::addColumn<int>("opcLen");
        QTest::addColumn<int>("randLen");
        QTest::addColumn<int>("sqnLen");
        QTest::addColumn<int>("amfLen");
        QTest::newRow("short K") << 15 << 16 << 16 << 6 << 2;
        QTest::newRow("long OPc") << 16 << 17 << 16 << 6 << 2;
        QTest::newRow("short RAND") << 16 << 16 << 8 << 6 << 2;
        QTest::newRow("long SQN") << 16 << 16 << 16 << 7 << 2;
        QTest::newRow("short AMF") << 16 << 16 << 16 << 6 << 1;
    }

    void rejectsWrongLengths() {
        QFETCH(int, kLen);
        QFETCH(int, opcLen);
        QFETCH(int, randLen);
        QFETCH(int, sqnLen);
        QFETCH(int, amfLen);
        const auto bytes = [](int n) { return Bytes(static_cast<std::size_t>(n), 0x5a); };
        QVERIFY_THROWS_EXCEPTION(Error,
                                 milenage(bytes(kLen), bytes(opcLen), bytes(randLen), bytes(sqnLen), bytes(amfLen)));
    }

    void opcRejectsWrongLengths() {
        QVERIFY_THROWS_EXCEPTION(Error, computeOpc(Bytes(16), Bytes(15)));
        QVERIFY_THROWS_EXCEPTION(Error, computeOpc(Bytes(32), Bytes(16)));
    }
};

QTEST_GUILESS_MAIN(TestMilenage)
#include "TestMilenage.moc"
