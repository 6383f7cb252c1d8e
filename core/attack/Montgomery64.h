// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <cstdint>

namespace keyladder {

/**
 * @brief Montgomery arithmetic modulo an odd modulus p < 2^64, with R = 2^64.
 *
 * Values live in Montgomery form (a R mod p), always fully reduced to [0, p). The reduction uses
 * p^-1 mod 2^64 and subtracts (t - m p) / R instead of adding (t + m p) / R with -p^-1: for a modulus of
 * 64 bits the sum can overflow 128 bits, the difference cannot, and it needs no final compare against p
 * beyond the sign fix-up.
 */
class Montgomery64 {
public:
    __extension__ typedef unsigned __int128 u128; // GCC/Clang builtin; -Wpedantic wants the marker

    /** @brief @p modulus must be odd and greater than 1. */
    explicit constexpr Montgomery64(std::uint64_t modulus)
        : m_p(modulus), m_pInv(inverseMod2_64(modulus)), m_one((0 - modulus) % modulus),
          m_r2(static_cast<std::uint64_t>(static_cast<u128>(m_one) * m_one % modulus)) {}

    constexpr std::uint64_t modulus() const { return m_p; }
    /** @brief p^-1 mod 2^64. */
    constexpr std::uint64_t modulusInverse() const { return m_pInv; }
    /** @brief R^2 mod p. */
    constexpr std::uint64_t rSquared() const { return m_r2; }
    /** @brief 1 in Montgomery form (R mod p). */
    constexpr std::uint64_t one() const { return m_one; }

    /** @brief t R^-1 mod p for t = hi 2^64 + lo < p 2^64. */
    constexpr std::uint64_t reduce(std::uint64_t lo, std::uint64_t hi) const {
        const std::uint64_t m = lo * m_pInv; // m p = lo (mod 2^64), so t - m p is a multiple of 2^64
        const auto mpHigh = static_cast<std::uint64_t>((static_cast<u128>(m) * m_p) >> 64);
        const std::uint64_t r = hi - mpHigh;
        return hi < mpHigh ? r + m_p : r;
    }

    /** @brief a b R^-1 mod p, for a, b in [0, p). */
    constexpr std::uint64_t mul(std::uint64_t a, std::uint64_t b) const {
        const u128 t = static_cast<u128>(a) * b;
        return reduce(static_cast<std::uint64_t>(t), static_cast<std::uint64_t>(t >> 64));
    }

    constexpr std::uint64_t square(std::uint64_t a) const { return mul(a, a); }

    /** @brief Into Montgomery form; any a < 2^64 is accepted. */
    constexpr std::uint64_t toMontgomery(std::uint64_t a) const { return mul(a % m_p, m_r2); }
    /** @brief Out of Montgomery form. */
    constexpr std::uint64_t fromMontgomery(std::uint64_t a) const { return reduce(a, 0); }

    /** @brief base^e in Montgomery form, base in Montgomery form. */
    constexpr std::uint64_t pow(std::uint64_t base, std::uint64_t e) const {
        std::uint64_t result = m_one;
        for (int bit = 63 - countLeadingZeros(e); bit >= 0; --bit) {
            result = square(result);
            if ((e >> bit) & 1)
                result = mul(result, base);
        }
        return result;
    }

    /** @brief base^e mod p on plain (not Montgomery) values. */
    constexpr std::uint64_t powPlain(std::uint64_t base, std::uint64_t e) const {
        return fromMontgomery(pow(toMontgomery(base), e));
    }

private:
    static constexpr std::uint64_t inverseMod2_64(std::uint64_t p) {
        std::uint64_t x = p; // correct to 3 bits for odd p; each Newton step doubles that
        for (int i = 0; i < 5; ++i)
            x *= 2 - p * x;
        return x;
    }
    static constexpr int countLeadingZeros(std::uint64_t e) { return e == 0 ? 64 : __builtin_clzll(e); }

    std::uint64_t m_p;
    std::uint64_t m_pInv;
    std::uint64_t m_one;
    std::uint64_t m_r2;
};

} // namespace keyladder
