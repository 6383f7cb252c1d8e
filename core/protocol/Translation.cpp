// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/protocol/Translation.h"

#include <mutex>
#include <vector>

namespace keyladder {

namespace {

// The engine runs on a worker thread while the user may switch the language: guard the function.
std::mutex& translatorMutex() {
    static std::mutex m;
    return m;
}

Translator& currentTranslator() {
    static Translator t;
    return t;
}

} // namespace

void setTranslator(Translator translator) {
    std::lock_guard lock(translatorMutex());
    currentTranslator() = std::move(translator);
}

std::string coreTr(const char* context, const char* source) {
    Translator t;
    {
        std::lock_guard lock(translatorMutex());
        t = currentTranslator();
    }
    if (t) {
        std::string out = t(context, source);
        if (!out.empty())
            return out;
    }
    return source;
}

std::string fillArgs(const std::string& pattern, std::initializer_list<std::string> args) {
    const std::vector<std::string> values(args);
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < values.size()) {
                out += values[n];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace keyladder
