// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Kdf.h"

#include "VectorFile.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace keyladder;
using namespace keyladder::test;

namespace {

// An independent KDF (TS 33.220 B.2.0) on Qt's HMAC, to check derivations without published data.
QByteArray referenceKdf(const QByteArray& key, std::uint8_t fc, const QList<QByteArray>& params) {
    QByteArray s(1, static_cast<char>(fc));
    for (const QByteArray& p : params) {
        s += p;
        s += static_cast<char>((p.size() >> 8) & 0xff);
        s += static_cast<char>(p.size() & 0xff);
    }
    return QMessageAuthenticationCode::hash(s, key, QCryptographicHash::Sha256);
}

QByteArray fromHex(const char* hex) {
    return QByteArray::fromHex(hex);
}

} // namespace

class TestKdf : public QObject {
    Q_OBJECT
private slots:
    // PROTOCOL.md §7: full 32-octet KDF outputs.
    void publishedVectors_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("fc");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QString>("expected");
        QTest::newRow("S-KgNB (FC 0x1C), sk-Counter 0")
            << "fe7dee808d7f3b882a082cbdc8390d129e5d28af0e8322eb573ada36f21a5a89" << 0x1C << QStringList{"0000"}
            << "45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628";
        QTest::newRow("NR RRC-enc NEA2 (FC 0x69)")
            << "45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628" << 0x69 << QStringList{"03", "02"}
            << "52a995dff89bc294bd89ffb137a29f2466a09e992386c8d1df7892964c6fb522";
        QTest::newRow("NR UP-enc NEA2 (FC 0x69)")
            << "45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628" << 0x69 << QStringList{"05", "02"}
            << "7ce20670bbbcc5904087c0d42653c540152052d3dfbc3f05869b7f920095be68";
        QTest::newRow("KeNB (FC 0x11), NAS COUNT 0")
            << "6144c681d1bea9dae1b8cf6cd10a686341db8046a1e7a9ab4d1ea0e33c994ac0" << 0x11 << QStringList{"00000000"}
            << "c4c7bc798ab94e3d354cd6608e79aa92f5569df46519507850051e36f018ca5f";
        QTest::newRow("EPS RRC-int EIA2 (FC 0x15)")
            << "c4c7bc798ab94e3d354cd6608e79aa92f5569df46519507850051e36f018ca5f" << 0x15 << QStringList{"04", "02"}
            << "42f4f8c585ae8905a50d0f32a979d8b6fa1d6d1940f1d879cf0189342a8d73c2";
        QTest::newRow("EPS UP-enc EEA0 (FC 0x15)")
            << "c4c7bc798ab94e3d354cd6608e79aa92f5569df46519507850051e36f018ca5f" << 0x15 << QStringList{"05", "00"}
            << "22bfb58761ca1dd3b20a281c7eab0c0b9c3c92e1ddc0c8c5706cbb8f955e8263";
    }

    void publishedVectors() {
        QFETCH(QString, key);
        QFETCH(int, fc);
        QFETCH(QStringList, params);
        QFETCH(QString, expected);
        std::vector<Bytes> storage;
        for (const QString& p : params)
            storage.push_back(hexOf(p.toStdString()));
        const std::vector<ByteView> views(storage.begin(), storage.end());
        QCOMPARE(hexString(kdf(hexOf(key.toStdString()), static_cast<std::uint8_t>(fc), views)), expected);
    }

    void namedDerivations() {
        const Bytes kasme = hexOf("6144c681d1bea9dae1b8cf6cd10a686341db8046a1e7a9ab4d1ea0e33c994ac0");
        const SecureBytes kenb = deriveKenb(kasme, 0);
        QCOMPARE(hexString(kenb), QStringLiteral("c4c7bc798ab94e3d354cd6608e79aa92f5569df46519507850051e36f018ca5f"));
        QCOMPARE(hexString(deriveAlgorithmKey(kenb, 0x15, KeyType::RrcInt, 2)),
                 QStringLiteral("fa1d6d1940f1d879cf0189342a8d73c2"));
        QCOMPARE(hexString(deriveAlgorithmKey(kenb, 0x15, KeyType::UpEnc, 0)),
                 QStringLiteral("9c3c92e1ddc0c8c5706cbb8f955e8263"));

        const Bytes kenbSgnb = hexOf("fe7dee808d7f3b882a082cbdc8390d129e5d28af0e8322eb573ada36f21a5a89");
        const SecureBytes skgnb = deriveSkgnb(kenbSgnb, 0);
        QCOMPARE(hexString(skgnb), QStringLiteral("45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628"));
        QCOMPARE(hexString(deriveAlgorithmKey(skgnb, 0x69, KeyType::RrcEnc, 2)),
                 QStringLiteral("66a09e992386c8d1df7892964c6fb522"));
        QCOMPARE(hexString(deriveAlgorithmKey(skgnb, 0x69, KeyType::UpEnc, 2)),
                 QStringLiteral("152052d3dfbc3f05869b7f920095be68"));
    }

    // No published vectors exist for these: compare with the independent HMAC above.
    void kasmeMatchesReference() {
        const QByteArray ck = fromHex("b40ba9a3c58b2a05bbf0d987b21bf8cb");
        const QByteArray ik = fromHex("f769bcd751044604127672711c6d3441");
        const QByteArray snId = fromHex("00f110");
        const QByteArray sqnXorAk = fromHex("55f328b43577");
        const QByteArray expected = referenceKdf(ck + ik, 0x10, {snId, sqnXorAk});
        const Bytes ckB = hexOf("b40ba9a3c58b2a05bbf0d987b21bf8cb");
        const Bytes ikB = hexOf("f769bcd751044604127672711c6d3441");
        QCOMPARE(toQByteArray(deriveKasme(ckB, ikB, hexOf("00f110"), hexOf("55f328b43577"))), expected);
        QVERIFY_THROWS_EXCEPTION(Error, deriveKasme(Bytes(15), ikB, hexOf("00f110"), hexOf("55f328b43577")));
        QVERIFY_THROWS_EXCEPTION(Error, deriveKasme(ckB, ikB, hexOf("00f1"), hexOf("55f328b43577")));
    }

    void skgnbFromDhKey_data() {
        QTest::addColumn<int>("zLength");
        QTest::addColumn<int>("skCounter");
        QTest::newRow("X25519 Z (32 octets)") << 32 << 0;
        QTest::newRow("P-384 Z (48 octets)") << 48 << 7;
        QTest::newRow("MODP-2048 Z (256 octets)") << 256 << 0xfffe;
        QTest::newRow("toy-24 Z (3 octets)") << 3 << 1;
    }

    void skgnbFromDhKey() {
        QFETCH(int, zLength);
        QFETCH(int, skCounter);
        Bytes z(static_cast<std::size_t>(zLength));
        for (std::size_t i = 0; i < z.size(); ++i)
            z[i] = static_cast<std::uint8_t>(i * 7 + 3);
        const Bytes skgnb = hexOf("45cbc3f8a81193fd5c5229300d59edf812e998a115ec4e0ce903ba89367e2628");
        const QByteArray counter = toQByteArray(bigEndian(static_cast<std::uint64_t>(skCounter), 2));
        const auto counter16 = static_cast<std::uint16_t>(skCounter);

        QCOMPARE(toQByteArray(deriveSkgnbCombine(skgnb, z, counter16)),
                 referenceKdf(toQByteArray(skgnb), 0xF0, {toQByteArray(z), counter}));

        // 'replace' keys the KDF with Z itself, or with SHA-256(Z) when Z is longer than 32 octets.
        const QByteArray replaceKey =
            zLength > 32 ? QCryptographicHash::hash(toQByteArray(z), QCryptographicHash::Sha256) : toQByteArray(z);
        QCOMPARE(toQByteArray(deriveSkgnbReplace(z, counter16)), referenceKdf(replaceKey, 0xF1, {counter}));
    }

    void snId_data() {
        QTest::addColumn<QString>("plmn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("001-01 (PROTOCOL.md §1)") << "001-01"
                                                 << "00f110";
        QTest::newRow("262-01") << "262-01"
                                << "62f210";
        QTest::newRow("310-410 (3-digit MNC)") << "310-410"
                                               << "130014";
        QTest::newRow("999-999") << "999-999"
                                 << "999999";
    }

    void snId() {
        QFETCH(QString, plmn);
        QFETCH(QString, expected);
        QCOMPARE(hexString(snIdFromPlmn(plmn.toStdString())), expected);
    }

    void snIdRejects_data() {
        QTest::addColumn<QString>("plmn");
        QTest::newRow("no dash") << "00101";
        QTest::newRow("2-digit MCC") << "01-01";
        QTest::newRow("1-digit MNC") << "001-1";
        QTest::newRow("4-digit MNC") << "001-0101";
        QTest::newRow("letters") << "00a-01";
        QTest::newRow("empty") << "";
    }

    void snIdRejects() {
        QFETCH(QString, plmn);
        QVERIFY_THROWS_EXCEPTION(Error, snIdFromPlmn(plmn.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestKdf)
#include "TestKdf.moc"
