// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Milenage.h"

#include <botan/block_cipher.h>
#include <botan/mem_ops.h>

#include <array>
#include <memory>

namespace keyladder {

namespace {

using Block = std::array<std::uint8_t, 16>;

std::unique_ptr<Botan::BlockCipher> aes(ByteView k) {
    if (k.size() != 16)
        throw Error("Milenage: K must be 16 octets");
    auto cipher = Botan::BlockCipher::create_or_throw("AES-128");
    cipher->set_key(k.data(), k.size());
    return cipher;
}

void requireSize(ByteView value, std::size_t octets, const char* name) {
    if (value.size() != octets)
        throw Error(std::string("Milenage: ") + name + " must be " + std::to_string(octets) + " octets");
}

// rot(x, r) of TS 35.206 §4.1 for r a multiple of 8: a cyclic left shift by r/8 octets.
Block rotate(const Block& x, unsigned rBits) {
    Block out{};
    const unsigned shift = rBits / 8;
    for (unsigned i = 0; i < 16; ++i)
        out[i] = x[(i + shift) % 16];
    return out;
}

void scrub(Block& b) {
    Botan::secure_scrub_memory(b.data(), b.size());
}

} // namespace

SecureBytes computeOpc(ByteView k, ByteView op) {
    requireSize(op, 16, "OP");
    auto cipher = aes(k);
    SecureBytes opc(op.begin(), op.end());
    cipher->encrypt(opc.data());
    for (std::size_t i = 0; i < 16; ++i)
        opc[i] ^= op[i];
    return opc;
}

MilenageResult milenage(ByteView k, ByteView opc, ByteView rand, ByteView sqn, ByteView amf) {
    requireSize(opc, 16, "OPc");
    requireSize(rand, 16, "RAND");
    requireSize(sqn, 6, "SQN");
    requireSize(amf, 2, "AMF");
    auto cipher = aes(k);

    Block temp{};
    for (std::size_t i = 0; i < 16; ++i)
        temp[i] = rand[i] ^ opc[i];
    cipher->encrypt(temp.data());

    // TS 35.206 §4.1: OUTi = E_K(rot(x xor OPc, ri) xor ci [xor TEMP for f1]) xor OPc.
    const auto out = [&](const Block& x, unsigned r, std::uint8_t c, bool addTemp) {
        Block in{};
        for (std::size_t i = 0; i < 16; ++i)
            in[i] = x[i] ^ opc[i];
        Block block = rotate(in, r);
        block[15] ^= c;
        if (addTemp)
            for (std::size_t i = 0; i < 16; ++i)
                block[i] ^= temp[i];
        cipher->encrypt(block.data());
        for (std::size_t i = 0; i < 16; ++i)
            block[i] ^= opc[i];
        scrub(in);
        return block;
    };

    Block in1{};
    for (std::size_t i = 0; i < 6; ++i)
        in1[i] = in1[i + 8] = sqn[i];
    in1[6] = in1[14] = amf[0];
    in1[7] = in1[15] = amf[1];

    Block out1 = out(in1, 64, 0, true);
    Block out2 = out(temp, 0, 1, false);
    Block out3 = out(temp, 32, 2, false);
    Block out4 = out(temp, 64, 4, false);
    Block out5 = out(temp, 96, 8, false);

    MilenageResult r;
    r.macA.assign(out1.begin(), out1.begin() + 8);
    r.macS.assign(out1.begin() + 8, out1.end());
    r.res.assign(out2.begin() + 8, out2.end());
    r.ak.assign(out2.begin(), out2.begin() + 6);
    r.ck.assign(out3.begin(), out3.end());
    r.ik.assign(out4.begin(), out4.end());
    r.akStar.assign(out5.begin(), out5.begin() + 6);
    for (Block* b : {&temp, &in1, &out1, &out2, &out3, &out4, &out5})
        scrub(*b);
    return r;
}

} // namespace keyladder
