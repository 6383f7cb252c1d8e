// SPDX-License-Identifier: LGPL-3.0-or-later
// The hex parser behind every hex flag and scenario field: parsing succeeds exactly for an even
// number of hex digits (after an optional 0x), and then toHex gives back the same digits in lowercase.
#include "FuzzTarget.h"

#include "core/crypto/Bytes.h"

#include <cctype>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = keyladder::parseHex(text);
    const auto secret = keyladder::parseSecretHex(text);
    KEYLADDER_FUZZ_ASSERT(parsed.has_value() == secret.has_value());
    std::string_view digits = text;
    if (digits.size() >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        digits.remove_prefix(2);
    bool valid = digits.size() % 2 == 0;
    for (const char c : digits)
        valid = valid && std::isxdigit(static_cast<unsigned char>(c));
    KEYLADDER_FUZZ_ASSERT(parsed.has_value() == valid);
    if (parsed) {
        std::string lower(digits);
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        KEYLADDER_FUZZ_ASSERT(keyladder::toHex(*parsed) == lower);
    }
    return 0;
}
