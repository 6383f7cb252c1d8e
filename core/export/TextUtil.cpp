// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/export/TextUtil.h"

namespace keyladder::textutil {

std::string ascii(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            out += '?';
        else if (u < 0x20 || u == 0x7f)
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        std::size_t end = text.find(' ', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string word(text.substr(pos, end - pos));
        pos = end;
        if (word.empty())
            continue;
        while (word.size() > width) { // an unbreakable token (hex) is cut hard
            if (!line.empty()) {
                lines.push_back(line);
                line.clear();
            }
            lines.push_back(word.substr(0, width));
            word.erase(0, width);
        }
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

std::string clip(std::string_view text, std::size_t width) {
    if (text.size() <= width)
        return std::string(text);
    if (width <= 3)
        return std::string(text.substr(0, width));
    return std::string(text.substr(0, width - 3)) + "...";
}

std::string shortValue(const Value& value, std::size_t maxChars) {
    if (!value.text().empty())
        return clip(value.text(), maxChars);
    if (!value.hasBytes())
        return "";
    const std::size_t octets = value.bytes().size();
    if (value.secrecy() == Secrecy::Private)
        return "(private, " + std::to_string(octets) + " octets)";
    const std::string hex = value.hex();
    if (hex.size() <= 16)
        return hex;
    return hex.substr(0, 8) + "..(" + std::to_string(octets) + " octets)";
}

std::string transportText(const Message& message) {
    std::string text(interfaceName(message.interface));
    if (!message.channel.empty())
        text += ", " + message.channel;
    text += ", " + std::string(protectionText(message.protection));
    return text;
}

std::string iesText(const Message& message, std::size_t maxChars) {
    std::string text;
    for (const auto& ie : message.ies) {
        std::string part = ie.name;
        const std::string v = shortValue(ie.value);
        if (!v.empty())
            part += "=" + v;
        text += (text.empty() ? "" : ", ") + part;
    }
    return clip(text, maxChars);
}

} // namespace keyladder::textutil
