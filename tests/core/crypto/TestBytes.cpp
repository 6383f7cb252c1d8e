// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Bytes.h"

#include <QTest>

using namespace keyladder;

class TestBytes : public QObject {
    Q_OBJECT
private slots:
    void parseHex_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("lower");
        QTest::newRow("lower") << "00ff10" << true << "00ff10";
        QTest::newRow("upper") << "00FF10" << true << "00ff10";
        QTest::newRow("0x prefix") << "0xAbCd" << true << "abcd";
        QTest::newRow("0X prefix") << "0XAB" << true << "ab";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("odd length") << "abc" << false << "";
        QTest::newRow("non-hex") << "zz" << false << "";
        QTest::newRow("space") << "ab cd" << false << "";
    }
    void parseHex() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, lower);
        const auto parsed = keyladder::parseHex(input.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (parsed)
            QCOMPARE(QString::fromStdString(toHex(*parsed)), lower);
        const auto secret = parseSecretHex(input.toStdString());
        QCOMPARE(secret.has_value(), valid);
    }
    void bigEndianEncodesLowOctets() {
        QCOMPARE(QString::fromStdString(toHex(bigEndian(0x0102, 4))), QStringLiteral("00000102"));
        QCOMPARE(QString::fromStdString(toHex(bigEndian(0x123456, 2))), QStringLiteral("3456"));
        QCOMPARE(QString::fromStdString(toHex(bigEndian(1, 10))), QStringLiteral("00000000000000000001"));
    }
};

QTEST_GUILESS_MAIN(TestBytes)
#include "TestBytes.moc"
