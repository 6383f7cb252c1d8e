// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Bytes.h"
#include "core/protocol/MessageCodec.h"

#include <QTest>

using namespace keyladder;

namespace {

Bytes hex(const char* text) {
    return *parseHex(text);
}

} // namespace

class TestMessageCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTrip() {
        const std::vector<InformationElement> ies{
            MessageCodec::octetsIe("RAND", hex("23553cbe9637a89d218ae64dae47bf35")),
            MessageCodec::uintIe("sk-Counter-r15", 65535, 2),
            MessageCodec::textIe("Cause", "radioNetwork: unspecified"),
            MessageCodec::groupIe("Selected D-H Group", "toy-48"),
            MessageCodec::groupListIe("UE D-H Capability Groups", {"31", "19", "ffdhe2048"}),
            MessageCodec::algorithmsIe("securityAlgorithmConfig", 2, 2),
            MessageCodec::octetsIe("SgNB Security Key", Bytes(32, 0xab)),
        };
        const Bytes wire = MessageCodec::encode(ies);
        // Tag 203 (X2AP id-SgNBSecurityKey), length 32, value.
        const Bytes last(wire.end() - 36, wire.end());
        QCOMPARE(toHex(Bytes(last.begin(), last.begin() + 4)), std::string("00cb0020"));
        const auto back = MessageCodec::decode(wire);
        QCOMPARE(back.size(), ies.size());
        for (std::size_t i = 0; i < ies.size(); ++i) {
            QCOMPARE(back[i].name, ies[i].name);
            QCOMPARE(back[i].value.hex(), ies[i].value.hex());
            QCOMPARE(back[i].value.text(), ies[i].value.text());
            QCOMPARE(back[i].value.isSecret(), ies[i].value.isSecret());
        }
        QCOMPARE(back[1].value.text(), std::string("65535"));
        QCOMPARE(back[3].value.text(), std::string("toy-48 (insecure)"));
        QCOMPARE(back[4].value.text(), std::string("31 (Curve25519), 19 (NIST P-256), ffdhe2048"));
        QVERIFY(back[6].value.isSecret());
        QCOMPARE(back[6].ieId, 203);
        QVERIFY(back[4].illustrative);
    }

    void malformedInput_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("truncated header") << QByteArray::fromHex("0001");
        QTest::newRow("value past the end") << QByteArray::fromHex("00010010aabb");
        QTest::newRow("unknown tag") << QByteArray::fromHex("7777000100");
        QTest::newRow("group list length past the end") << QByteArray::fromHex("0103000305333132");
        QTest::newRow("algorithms of 3 octets") << QByteArray::fromHex("0004000302020200");
    }

    void malformedInput() {
        QFETCH(QByteArray, wire);
        const Bytes octets(wire.begin(), wire.end());
        QVERIFY_THROWS_EXCEPTION(Error, MessageCodec::decode(octets));
    }

    void unknownIeNameCannotBeEncoded() {
        InformationElement ie;
        ie.name = "no such IE";
        QVERIFY_THROWS_EXCEPTION(Error, MessageCodec::encode({ie}));
    }

    void pdcpCipheringIsNea2() {
        // TS 33.401 Annex C.1 test set 1 (128-EEA2): the keystream does not depend on the header, so the
        // ciphered part of the PDU equals the published ciphertext (first 31 octets of its 253 bits).
        const Bytes key = hex("d3c5d592327fb11c4035c6680af8c6d1");
        const Bytes plain = hex("981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1");
        PdcpParameters p;
        p.count = 0x398a59b4;
        p.bearer = 0x15;
        p.direction = 1;
        p.ciphered = true;
        p.integrity = false;
        const Bytes wire = MessageCodec::protectPdcp(MessageCodec::PdcpKind::Drb, p, key, {}, plain);
        QCOMPARE(toHex(Bytes(wire.begin() + 2, wire.end())),
                 std::string("e9fed8a63d155304d71df20bf3e82214b20ed7dad2f233dc3c22d7bdeeed8e"));
        QCOMPARE(p.lengthBits, std::size_t(31 * 8));
        const auto back = MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Drb, p, key, {}, wire);
        QCOMPARE(toHex(back.payload), toHex(plain));
    }

    void pdcpIntegrityDetectsTampering() {
        const Bytes enc(16, 0x11);
        const Bytes integ(16, 0x22);
        PdcpParameters p;
        p.count = 3;
        p.bearer = 0;
        p.direction = 0;
        p.ciphered = true;
        p.integrity = true;
        const Bytes payload = MessageCodec::encode({MessageCodec::octetsIe("KEr", Bytes(32, 7))});
        Bytes wire = MessageCodec::protectPdcp(MessageCodec::PdcpKind::Srb, p, enc, integ, payload);
        QCOMPARE(wire.size(), 1 + payload.size() + 4);
        auto ok = MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Srb, p, enc, integ, wire);
        QVERIFY(ok.integrityOk);
        QCOMPARE(ok.payload, payload);
        wire[10] ^= 0x01;
        QVERIFY(!MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Srb, p, enc, integ, wire).integrityOk);
        wire[10] ^= 0x01;
        const Bytes otherInteg(16, 0x23);
        QVERIFY(!MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Srb, p, enc, otherInteg, wire).integrityOk);
        PdcpParameters laterCount = p;
        laterCount.count = 4; // a replayed PDU under another COUNT fails too
        QVERIFY(!MessageCodec::unprotectPdcp(MessageCodec::PdcpKind::Srb, laterCount, enc, integ, wire).integrityOk);
    }

    void espHidesAndAuthenticates() {
        MessageCodec::EspKeys keys;
        keys.encryption.assign(16, 0x31);
        keys.integrity.assign(16, 0x32);
        keys.spi = 0x1234;
        const Bytes secret(32, 0xab);
        const Bytes payload = MessageCodec::encode({MessageCodec::octetsIe("SgNB Security Key", secret)});
        Bytes wire = MessageCodec::protectEsp(keys, 9, payload);
        QCOMPARE(wire.size(), 8 + payload.size() + 4);
        QCOMPARE(toHex(Bytes(wire.begin(), wire.begin() + 8)), std::string("0000123400000009"));
        QVERIFY(std::search(wire.begin(), wire.end(), secret.begin(), secret.end()) == wire.end());
        const auto opened = MessageCodec::unprotectEsp(keys, wire);
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, payload);
        wire[12] ^= 0x80;
        QVERIFY(!MessageCodec::unprotectEsp(keys, wire).has_value());
        wire[12] ^= 0x80;
        MessageCodec::EspKeys other = keys;
        other.spi = 0x1235;
        QVERIFY(!MessageCodec::unprotectEsp(other, wire).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMessageCodec)
#include "TestMessageCodec.moc"
