// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Nea.h"

#include "VectorFile.h"

#include <QTest>

using namespace keyladder;
using namespace keyladder::test;

namespace {

// The expected value restricted to its first lengthBits bits, unused tail bits zero (PROTOCOL.md §2).
Bytes firstBits(Bytes data, std::size_t lengthBits) {
    data.resize((lengthBits + 7) / 8);
    if (lengthBits % 8 != 0)
        data.back() &= static_cast<std::uint8_t>(0xff << (8 - lengthBits % 8));
    return data;
}

} // namespace

class TestNea : public QObject {
    Q_OBJECT
private slots:
    void nea2Sets_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<uint>("count");
        QTest::addColumn<int>("bearer");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("plaintext");
        QTest::addColumn<QString>("ciphertext");
        const auto blocks = readVectorFile(QStringLiteral("eea2_ts33401_c1.txt"));
        QCOMPARE(blocks.size(), std::size_t{6});
        for (const VectorBlock& b : blocks)
            QTest::addRow("128-EEA2 set %s (%s bits)", b.at("set").c_str(), b.at("length").c_str())
                << QString::fromStdString(b.at("key")) << static_cast<uint>(std::stoul(b.at("count"), nullptr, 16))
                << std::stoi(b.at("bearer"), nullptr, 16) << std::stoi(b.at("direction")) << std::stoi(b.at("length"))
                << QString::fromStdString(b.at("pt")) << QString::fromStdString(b.at("ct"));
    }

    void nea2Sets() {
        QFETCH(QString, key);
        QFETCH(uint, count);
        QFETCH(int, bearer);
        QFETCH(int, direction);
        QFETCH(int, length);
        QFETCH(QString, plaintext);
        QFETCH(QString, ciphertext);
        const Bytes k = hexOf(key.toStdString());
        const Bytes pt = hexOf(plaintext.toStdString());
        const auto bits = static_cast<std::size_t>(length);
        const Bytes expected = firstBits(hexOf(ciphertext.toStdString()), bits);
        const Bytes ct =
            nea2(k, count, static_cast<std::uint8_t>(bearer), static_cast<std::uint8_t>(direction), pt, bits);
        QCOMPARE(hexString(ct), hexString(expected));
        // CTR mode is its own inverse: deciphering gives back the plaintext's first LENGTH bits.
        const Bytes back =
            nea2(k, count, static_cast<std::uint8_t>(bearer), static_cast<std::uint8_t>(direction), ct, bits);
        QCOMPARE(hexString(back), hexString(firstBits(pt, bits)));
    }

    void nea2ZeroesTailBits() {
        // 253 bits: the last 3 bits of the 32nd octet must be zero whatever the input holds there.
        const Bytes key(16, 0x11);
        const Bytes data(32, 0xff);
        const Bytes out = nea2(key, 1, 2, 0, data, 253);
        QCOMPARE(out.size(), std::size_t{32});
        QCOMPARE(out.back() & 0x07, 0);
        QVERIFY(nea2(key, 1, 2, 0, data, 0).empty());
    }

    void nia2Sets_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<uint>("count");
        QTest::addColumn<int>("bearer");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("mac");
        const auto blocks = readVectorFile(QStringLiteral("eia2_ts33401_c2.txt"));
        QCOMPARE(blocks.size(), std::size_t{8});
        for (const VectorBlock& b : blocks)
            QTest::addRow("128-EIA2 set %s (%s bits)", b.at("set").c_str(), b.at("length").c_str())
                << QString::fromStdString(b.at("key")) << static_cast<uint>(std::stoul(b.at("count"), nullptr, 16))
                << std::stoi(b.at("bearer"), nullptr, 16) << std::stoi(b.at("direction")) << std::stoi(b.at("length"))
                << QString::fromStdString(b.at("message")) << QString::fromStdString(b.at("mac"));
    }

    void nia2Sets() {
        QFETCH(QString, key);
        QFETCH(uint, count);
        QFETCH(int, bearer);
        QFETCH(int, direction);
        QFETCH(int, length);
        QFETCH(QString, message);
        QFETCH(QString, mac);
        const Bytes out =
            nia2(hexOf(key.toStdString()), count, static_cast<std::uint8_t>(bearer),
                 static_cast<std::uint8_t>(direction), hexOf(message.toStdString()), static_cast<std::size_t>(length));
        QCOMPARE(hexString(out), mac.toLower());
    }

    void nia2IgnoresBitsBeyondLength() {
        // Only the first LENGTH bits are MESSAGE: flipping a bit after them must not change MAC-I.
        const Bytes key = hexOf("2bd6459f82c5b300952c49104881ff48");
        Bytes message = hexOf("3332346263393840");
        const Bytes mac = nia2(key, 0x38a6f056, 0x18, 0, message, 58);
        message.back() ^= 0x01;
        QCOMPARE(hexString(nia2(key, 0x38a6f056, 0x18, 0, message, 58)), hexString(mac));
        message.front() ^= 0x80;
        QVERIFY(nia2(key, 0x38a6f056, 0x18, 0, message, 58) != mac);
    }

    void rejectsBadInputs_data() {
        QTest::addColumn<int>("keyLen");
        QTest::addColumn<int>("bearer");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("dataLen");
        QTest::addColumn<int>("lengthBits");
        QTest::newRow("short key") << 15 << 1 << 0 << 4 << 32;
        QTest::newRow("bearer over 5 bits") << 16 << 32 << 0 << 4 << 32;
        QTest::newRow("direction over 1 bit") << 16 << 1 << 2 << 4 << 32;
        QTest::newRow("data shorter than LENGTH") << 16 << 1 << 0 << 4 << 33;
    }

    void rejectsBadInputs() {
        QFETCH(int, keyLen);
        QFETCH(int, bearer);
        QFETCH(int, direction);
        QFETCH(int, dataLen);
        QFETCH(int, lengthBits);
        const Bytes key(static_cast<std::size_t>(keyLen), 1);
        const Bytes data(static_cast<std::size_t>(dataLen), 2);
        const auto b = static_cast<std::uint8_t>(bearer);
        const auto d = static_cast<std::uint8_t>(direction);
        const auto len = static_cast<std::size_t>(lengthBits);
        QVERIFY_THROWS_EXCEPTION(Error, nea2(key, 0, b, d, data, len));
        QVERIFY_THROWS_EXCEPTION(Error, nia2(key, 0, b, d, data, len));
    }
};

QTEST_GUILESS_MAIN(TestNea)
#include "TestNea.moc"
