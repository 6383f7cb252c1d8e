// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/protocol/Scenario.h"

#include "core/crypto/Groups.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Milenage.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <cstdio>
#include <limits>
#include <optional>
#include <set>
#include <sstream>

namespace keyladder {

using nlohmann::json;

std::string_view modeName(ProcedureMode mode)
{
    return mode == ProcedureMode::Baseline ? "baseline" : "dh";
}

std::string_view keyUsageName(KeyUsage usage)
{
    switch (usage) {
    case KeyUsage::None: return "none";
    case KeyUsage::Combine: return "combine";
    case KeyUsage::Replace: return "replace";
    }
    return "?";
}

std::string_view linkName(Link link)
{
    return link == Link::Uu ? "Uu" : "X2";
}

std::string_view activeAttackName(ActiveAttack attack)
{
    switch (attack) {
    case ActiveAttack::None: return "none";
    case ActiveAttack::X2Mitm: return "x2-mitm";
    case ActiveAttack::UuMitm: return "uu-mitm";
    case ActiveAttack::X2Downgrade: return "x2-downgrade";
    }
    return "?";
}

std::string_view leakName(Leak leak)
{
    switch (leak) {
    case Leak::K: return "K";
    case Leak::KeNB: return "KeNB";
    case Leak::UeDhPrivate: return "ueDhPrivate";
    case Leak::GnbDhPrivate: return "gnbDhPrivate";
    }
    return "?";
}

std::string_view cipheringName(CipheringAlgorithm alg)
{
    return alg == CipheringAlgorithm::Nea0 ? "NEA0" : "NEA2";
}

std::string_view integrityName(IntegrityAlgorithm)
{
    return "NIA2";
}

std::uint8_t algorithmId(CipheringAlgorithm alg)
{
    return alg == CipheringAlgorithm::Nea0 ? 0 : 2;
}

std::uint8_t algorithmId(IntegrityAlgorithm)
{
    return 2;
}

bool AttackerConfig::hasTap(Link link) const
{
    return std::find(taps.begin(), taps.end(), link) != taps.end();
}

bool AttackerConfig::hasLeak(Leak leak) const
{
    return std::find(leaked.begin(), leaked.end(), leak) != leaked.end();
}

ScenarioError::ScenarioError(std::string path, std::string problem)
    : Error(path.empty() ? problem : path + ": " + problem), m_path(std::move(path)), m_problem(std::move(problem))
{
}

namespace {

constexpr std::string_view kSchemaName = "keyladder.scenario/1";

// TS 35.208 test set 1 (PROTOCOL.md §7).
constexpr std::string_view kDefaultK = "465b5ce8b199b49faa5f0a2ee238a6bc";
constexpr std::string_view kDefaultOpc = "cd63cb71954a9f4e48a5994e37a02baf";
constexpr std::string_view kDefaultSqn = "ff9bb4d0b607";
constexpr std::string_view kDefaultAmf = "b9b9";
constexpr std::string_view kDefaultRand = "23553cbe9637a89d218ae64dae47bf35";

std::string jsonTypeName(const json& value)
{
    if (value.is_number_float())
        return "a number with a fraction";
    if (value.is_number())
        return "a number";
    return std::string("a") + (value.is_object() || value.is_array() ? "n " : " ") + value.type_name();
}

/** Walks one object, remembering which fields were read, so unknown fields can be refused by path. */
class ObjectReader {
public:
    ObjectReader(const json& object, std::string path) : m_object(object), m_path(std::move(path))
    {
        if (!object.is_object())
            throw ScenarioError(pathOrRoot(), "expected an object, got " + jsonTypeName(object));
    }

    const json* field(std::string_view name)
    {
        m_known.emplace_back(name);
        const auto it = m_object.find(std::string(name));
        return it == m_object.end() ? nullptr : &*it;
    }

    std::string path(std::string_view name) const { return m_path + "/" + std::string(name); }

    /** Every field not read is a typo or a newer schema: refuse it rather than ignore it silently. */
    void finish() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (std::find(m_known.begin(), m_known.end(), it.key()) == m_known.end()) {
                // A hostile file may use a key of a megabyte: the message names its start.
                const std::string& key = it.key();
                throw ScenarioError(path(key.size() > 64 ? key.substr(0, 64) + "..." : key), "unknown field");
            }
        }
    }

private:
    std::string pathOrRoot() const { return m_path.empty() ? "/" : m_path; }

    const json& m_object;
    std::string m_path;
    std::vector<std::string> m_known;
};

std::string readString(const json& value, const std::string& path, std::size_t maxOctets)
{
    if (!value.is_string())
        throw ScenarioError(path, "expected a string, got " + jsonTypeName(value));
    const auto& text = value.get_ref<const std::string&>();
    if (text.size() > maxOctets)
        throw ScenarioError(path, "longer than " + std::to_string(maxOctets) + " octets");
    return text;
}

bool readBool(const json& value, const std::string& path)
{
    if (!value.is_boolean())
        throw ScenarioError(path, "expected true or false, got " + jsonTypeName(value));
    return value.get<bool>();
}

std::uint64_t readUnsigned(const json& value, const std::string& path, std::uint64_t max)
{
    const auto outOfRange = [&] { return ScenarioError(path, "must be an integer from 0 to " + std::to_string(max)); };
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > max)
            throw outOfRange();
        return v;
    }
    if (value.is_number_integer())
        throw outOfRange(); // negative
    // 99999999999999999999999 does not fit 64 bits and arrives as a double: it is out of range, not a fraction.
    if (value.is_number_float()) {
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && (d < 0 || d > static_cast<double>(max)))
            throw outOfRange();
    }
    throw ScenarioError(path, "expected an integer, got " + jsonTypeName(value));
}

template <typename Enum>
Enum readEnum(const json& value, const std::string& path, std::initializer_list<std::pair<std::string_view, Enum>> table)
{
    std::string choices;
    for (const auto& [name, e] : table)
        choices += (choices.empty() ? "" : ", ") + std::string(name);
    if (!value.is_string())
        throw ScenarioError(path, "expected one of " + choices + ", got " + jsonTypeName(value));
    const auto& text = value.get_ref<const std::string&>();
    for (const auto& [name, e] : table) {
        if (text == name)
            return e;
    }
    throw ScenarioError(path, "unknown value \"" + text.substr(0, 64) + "\" (expected one of " + choices + ")");
}

Bytes readHex(const json& value, const std::string& path, std::size_t octets)
{
    const std::string text = readString(value, path, 2 * octets + 2);
    auto bytes = parseHex(text);
    if (!bytes)
        throw ScenarioError(path, "not a hex string");
    if (bytes->size() != octets)
        throw ScenarioError(path, "expected " + std::to_string(octets) + " octets, got " + std::to_string(bytes->size()));
    return *bytes;
}

SecureBytes readSecretHex(const json& value, const std::string& path, std::size_t octets)
{
    const std::string text = readString(value, path, 2 * octets + 2);
    auto bytes = parseSecretHex(text);
    if (!bytes)
        throw ScenarioError(path, "not a hex string");
    if (bytes->size() != octets)
        throw ScenarioError(path, "expected " + std::to_string(octets) + " octets, got " + std::to_string(bytes->size()));
    return std::move(*bytes);
}

std::string readGroupId(const json& value, const std::string& path)
{
    std::string id;
    if (value.is_number_unsigned() || value.is_number_integer()) {
        id = std::to_string(value.get<std::int64_t>());
    } else if (value.is_string()) {
        id = readString(value, path, 64);
    } else {
        throw ScenarioError(path, "expected a group id (number or string), got " + jsonTypeName(value));
    }
    const GroupInfo* group = findGroup(id);
    if (group == nullptr)
        throw ScenarioError(path, "unknown group " + id);
    if (!group->available)
        throw ScenarioError(path, "group " + id + " (" + group->name + ") is not available: " + group->unavailableReason);
    return group->id;
}

std::vector<std::string> readGroupList(const json& value, const std::string& path)
{
    if (!value.is_array())
        throw ScenarioError(path, "expected an array of group ids, got " + jsonTypeName(value));
    if (value.size() > ScenarioLimits::maxGroups)
        throw ScenarioError(path, "more than " + std::to_string(ScenarioLimits::maxGroups) + " groups");
    std::vector<std::string> groups;
    groups.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string itemPath = path + "/" + std::to_string(i);
        std::string id = readGroupId(value[i], itemPath);
        if (std::find(groups.begin(), groups.end(), id) != groups.end())
            throw ScenarioError(itemPath, "group " + id + " is listed twice");
        groups.push_back(std::move(id));
    }
    return groups;
}

template <typename Enum>
std::vector<Enum> readEnumSet(const json& value, const std::string& path,
                              std::initializer_list<std::pair<std::string_view, Enum>> table)
{
    if (!value.is_array())
        throw ScenarioError(path, "expected an array, got " + jsonTypeName(value));
    if (value.size() > table.size())
        throw ScenarioError(path, "more than " + std::to_string(table.size()) + " entries");
    std::vector<Enum> items;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string itemPath = path + "/" + std::to_string(i);
        const Enum e = readEnum<Enum>(value[i], itemPath, table);
        if (std::find(items.begin(), items.end(), e) != items.end())
            throw ScenarioError(itemPath, "listed twice");
        items.push_back(e);
    }
    return items;
}

void readSubscriber(const json& node, const std::string& path, Subscriber& s)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("k"))
        s.k = readSecretHex(*v, r.path("k"), 16);
    const json* opc = r.field("opc");
    const json* op = r.field("op");
    if (opc != nullptr && op != nullptr)
        throw ScenarioError(r.path("op"), "give either op or opc, not both");
    if (opc != nullptr)
        s.opc = readSecretHex(*opc, r.path("opc"), 16);
    if (op != nullptr) {
        const SecureBytes opValue = readSecretHex(*op, r.path("op"), 16);
        s.opc = computeOpc(s.k, opValue);
    }
    if (const json* v = r.field("sqn"))
        s.sqn = readHex(*v, r.path("sqn"), 6);
    if (const json* v = r.field("amf"))
        s.amf = readHex(*v, r.path("amf"), 2);
    if (const json* v = r.field("rand"))
        s.rand = readHex(*v, r.path("rand"), 16);
    if (const json* v = r.field("plmn")) {
        s.plmn = readString(*v, r.path("plmn"), 16);
        try {
            (void)snIdFromPlmn(s.plmn);
        } catch (const Error&) {
            throw ScenarioError(r.path("plmn"), "expected \"MCC-MNC\" with 3 and 2 or 3 digits, got \"" + s.plmn + "\"");
        }
    }
    if (const json* v = r.field("nasUlCount"))
        s.nasUlCount = static_cast<std::uint32_t>(readUnsigned(*v, r.path("nasUlCount"), 0xffffffffu));
    r.finish();
}

void readProcedure(const json& node, const std::string& path, Procedure& p)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("mode"))
        p.mode = readEnum<ProcedureMode>(*v, r.path("mode"), {{"baseline", ProcedureMode::Baseline}, {"dh", ProcedureMode::Dh}});
    if (const json* v = r.field("keyUsage"))
        p.keyUsage = readEnum<KeyUsage>(*v, r.path("keyUsage"),
                              {{"none", KeyUsage::None}, {"combine", KeyUsage::Combine}, {"replace", KeyUsage::Replace}});
    if (const json* v = r.field("skCounter"))
        p.skCounter = static_cast<std::uint16_t>(readUnsigned(*v, r.path("skCounter"), 65535));
    if (const json* v = r.field("fallbackToBaseline"))
        p.fallbackToBaseline = readBool(*v, r.path("fallbackToBaseline"));
    if (const json* v = r.field("ciphering"))
        p.ciphering = readEnum<CipheringAlgorithm>(*v, r.path("ciphering"),
                               {{"NEA2", CipheringAlgorithm::Nea2}, {"NEA0", CipheringAlgorithm::Nea0}});
    if (const json* v = r.field("integrity"))
        p.integrity = readEnum<IntegrityAlgorithm>(*v, r.path("integrity"), {{"NIA2", IntegrityAlgorithm::Nia2}});
    r.finish();
}

void readUe(const json& node, const std::string& path, UeConfig& ue)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("dhGroups"))
        ue.dhGroups = readGroupList(*v, r.path("dhGroups"));
    if (const json* v = r.field("minSecurityBits"))
        ue.minSecurityBits = static_cast<int>(readUnsigned(*v, r.path("minSecurityBits"), 512));
    r.finish();
}

void readGnb(const json& node, const std::string& path, GnbConfig& gnb)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("dhPriority"))
        gnb.dhPriority = readGroupList(*v, r.path("dhPriority"));
    r.finish();
}

void readNetwork(const json& node, const std::string& path, NetworkConfig& network)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("x2Protected"))
        network.x2Protected = readBool(*v, r.path("x2Protected"));
    r.finish();
}

void readAttacker(const json& node, const std::string& path, AttackerConfig& a)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("taps"))
        a.taps = readEnumSet<Link>(*v, r.path("taps"), {{"Uu", Link::Uu}, {"X2", Link::X2}});
    if (const json* v = r.field("active"))
        a.active = readEnum<ActiveAttack>(*v, r.path("active"),
                            {{"none", ActiveAttack::None},
                             {"x2-mitm", ActiveAttack::X2Mitm},
                             {"uu-mitm", ActiveAttack::UuMitm},
                             {"x2-downgrade", ActiveAttack::X2Downgrade}});
    if (const json* v = r.field("leaked"))
        a.leaked = readEnumSet<Leak>(*v, r.path("leaked"),
                               {{"K", Leak::K},
                                {"KeNB", Leak::KeNB},
                                {"ueDhPrivate", Leak::UeDhPrivate},
                                {"gnbDhPrivate", Leak::GnbDhPrivate}});
    if (const json* v = r.field("leakAfter"))
        a.leakAfter = readBool(*v, r.path("leakAfter"));
    if (const json* v = r.field("dlogBudgetSeconds")) {
        if (!v->is_number())
            throw ScenarioError(r.path("dlogBudgetSeconds"), "expected a number, got " + jsonTypeName(*v));
        const double seconds = v->get<double>();
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 86400)
            throw ScenarioError(r.path("dlogBudgetSeconds"), "must be between 0 and 86400 seconds");
        a.dlogBudgetSeconds = seconds;
    }
    r.finish();
}

void readUserPlane(const json& node, const std::string& path, UserPlane& up)
{
    ObjectReader r(node, path);
    if (const json* v = r.field("payload"))
        up.payload = readString(*v, r.path("payload"), ScenarioLimits::maxPayloadOctets);
    if (const json* v = r.field("count"))
        up.count = static_cast<std::uint32_t>(readUnsigned(*v, r.path("count"), 0xffffffffu));
    if (const json* v = r.field("bearer"))
        up.bearer = static_cast<std::uint8_t>(readUnsigned(*v, r.path("bearer"), 31));
    r.finish();
}

using ordered = nlohmann::ordered_json;

ordered groupJson(const std::string& id)
{
    const GroupInfo* group = findGroup(id);
    if (group != nullptr && group->ikeId != 0 && std::to_string(group->ikeId) == group->id)
        return group->ikeId;
    return id;
}

ordered groupListJson(const std::vector<std::string>& ids)
{
    ordered list = ordered::array();
    for (const auto& id : ids)
        list.push_back(groupJson(id));
    return list;
}


/** Where @p offset falls in @p text, as "line L, column C" (both from 1, columns in octets). */
std::string lineAndColumn(std::string_view text, std::size_t offset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

/**
 * A scenario is UTF-8 text (RFC 8259 §8.1). Refusing other encodings and NUL bytes up front gives one
 * clear message instead of a parse error somewhere in the middle of a UTF-16 or binary file.
 */
void checkText(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = bytes[i];
        if (c == 0)
            throw ScenarioError("", "not a text file: NUL byte at " + lineAndColumn(text, i));
        std::size_t extra = 0;
        std::uint32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        }
        std::uint32_t cp = extra == 0 ? 0 : c & (0x3F >> extra);
        bool ok = extra != 0;
        for (std::size_t k = 1; ok && k <= extra; ++k) {
            if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
        if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", c);
            throw ScenarioError("", std::string("not UTF-8 text: invalid byte ") + hex + " at " +
                                        lineAndColumn(text, i));
        }
        i += extra + 1;
    }
}

/** JSON allows an object to repeat a key and the parser keeps the last one silently; a scenario may not. */
class DuplicateKeyFinder : public nlohmann::json_sax<json> {
public:
    bool null() override { return element(); }
    bool boolean(bool) override { return element(); }
    bool number_integer(number_integer_t) override { return element(); }
    bool number_unsigned(number_unsigned_t) override { return element(); }
    bool number_float(number_float_t, const string_t&) override { return element(); }
    bool string(string_t&) override { return element(); }
    bool binary(binary_t&) override { return element(); }
    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& name) override
    {
        Frame& top = m_stack.back();
        if (!top.keys.insert(name).second) {
            const std::string shown = name.size() > 64 ? name.substr(0, 64) + "..." : name;
            m_error = ScenarioError(top.path.empty() ? "/" : top.path, "duplicate key " + shown);
            return false;
        }
        top.pendingKey = name;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

    const std::optional<ScenarioError>& error() const { return m_error; }

private:
    struct Frame {
        bool isArray = false;
        std::string path;
        std::set<std::string> keys;
        std::size_t index = 0;
        std::string pendingKey;
    };

    std::string childPath() const
    {
        if (m_stack.empty())
            return "";
        const Frame& top = m_stack.back();
        return top.path + "/" + (top.isArray ? std::to_string(top.index) : top.pendingKey);
    }
    bool element()
    {
        if (!m_stack.empty() && m_stack.back().isArray)
            ++m_stack.back().index;
        return true;
    }
    bool open(bool isArray)
    {
        Frame frame;
        frame.isArray = isArray;
        frame.path = childPath();
        m_stack.push_back(std::move(frame));
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        return element();
    }

    std::vector<Frame> m_stack;
    std::optional<ScenarioError> m_error;
};
} // namespace

Scenario defaultScenario()
{
    Scenario s;
    s.title = "EN-DC secondary node addition";
    s.subscriber.k = *parseSecretHex(kDefaultK);
    s.subscriber.opc = *parseSecretHex(kDefaultOpc);
    s.subscriber.sqn = *parseHex(kDefaultSqn);
    s.subscriber.amf = *parseHex(kDefaultAmf);
    s.subscriber.rand = *parseHex(kDefaultRand);
    s.subscriber.plmn = "001-01";
    s.ue.dhGroups = {"31", "19", "14"};
    s.gnb.dhPriority = {"19", "31", "14", "15"};
    return s;
}

Scenario loadScenario(std::string_view text)
{
    if (text.size() > ScenarioLimits::maxDocumentOctets)
        throw ScenarioError("", "document larger than " + std::to_string(ScenarioLimits::maxDocumentOctets) +
                                    " octets");
    checkText(text);
    json doc;
    // A scenario is at most four levels deep; refusing deep nesting while parsing keeps a hostile
    // file from costing more than its size.
    constexpr int maxDepth = 16;
    bool tooDeep = false;
    const json::parser_callback_t limitDepth = [&](int depth, json::parse_event_t, json&) {
        if (depth > maxDepth)
            tooDeep = true;
        return !tooDeep;
    };
    try {
        doc = json::parse(text.begin(), text.end(), limitDepth);
    } catch (const json::exception& e) {
        // Syntax errors and numbers out of range alike. nlohmann's message starts with
        // "[json.exception.parse_error.101] parse error at line 1, ...".
        std::string what = e.what();
        const auto pos = what.find("] ");
        throw ScenarioError("", "not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
    }
    if (tooDeep)
        throw ScenarioError("", "nested deeper than " + std::to_string(maxDepth) + " levels");
    {
        DuplicateKeyFinder finder;
        json::sax_parse(text.begin(), text.end(), &finder);
        if (finder.error())
            throw *finder.error();
    }

    Scenario s = defaultScenario();
    ObjectReader r(doc, "");
    if (const json* v = r.field("schema")) {
        const std::string schema = readString(*v, "/schema", 64);
        if (schema != kSchemaName)
            throw ScenarioError("/schema", "unsupported schema \"" + schema + "\" (expected \"" +
                                               std::string(kSchemaName) + "\")");
    }
    if (const json* v = r.field("title"))
        s.title = readString(*v, "/title", ScenarioLimits::maxTextOctets);
    if (const json* v = r.field("description"))
        s.description = readString(*v, "/description", ScenarioLimits::maxTextOctets);
    if (const json* v = r.field("seed")) {
        if (!v->is_null())
            s.seed = readString(*v, "/seed", ScenarioLimits::maxTextOctets);
    }
    if (const json* v = r.field("subscriber"))
        readSubscriber(*v, "/subscriber", s.subscriber);
    if (const json* v = r.field("procedure"))
        readProcedure(*v, "/procedure", s.procedure);
    if (const json* v = r.field("ue"))
        readUe(*v, "/ue", s.ue);
    if (const json* v = r.field("gnb"))
        readGnb(*v, "/gnb", s.gnb);
    if (const json* v = r.field("network"))
        readNetwork(*v, "/network", s.network);
    if (const json* v = r.field("attacker"))
        readAttacker(*v, "/attacker", s.attacker);
    if (const json* v = r.field("userPlane"))
        readUserPlane(*v, "/userPlane", s.userPlane);
    r.finish();
    return s;
}

Scenario loadScenarioFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ScenarioError("", "cannot open " + path);
    std::string text;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > ScenarioLimits::maxDocumentOctets)
            throw ScenarioError("", "document larger than " + std::to_string(ScenarioLimits::maxDocumentOctets) +
                                        " octets");
    }
    if (in.bad())
        throw ScenarioError("", "cannot read " + path);
    return loadScenario(text);
}

std::string saveScenario(const Scenario& s)
{
    ordered doc = ordered::object();
    doc["schema"] = kSchemaName;
    doc["title"] = s.title;
    if (!s.description.empty())
        doc["description"] = s.description;
    if (s.seed)
        doc["seed"] = *s.seed;
    doc["subscriber"] = {{"k", toHex(s.subscriber.k)},
                         {"opc", toHex(s.subscriber.opc)},
                         {"sqn", toHex(s.subscriber.sqn)},
                         {"amf", toHex(s.subscriber.amf)},
                         {"rand", toHex(s.subscriber.rand)},
                         {"plmn", s.subscriber.plmn},
                         {"nasUlCount", s.subscriber.nasUlCount}};
    doc["procedure"] = {{"mode", modeName(s.procedure.mode)},
                        {"keyUsage", keyUsageName(s.procedure.keyUsage)},
                        {"skCounter", s.procedure.skCounter},
                        {"fallbackToBaseline", s.procedure.fallbackToBaseline},
                        {"ciphering", cipheringName(s.procedure.ciphering)},
                        {"integrity", integrityName(s.procedure.integrity)}};
    doc["ue"] = {{"dhGroups", groupListJson(s.ue.dhGroups)}, {"minSecurityBits", s.ue.minSecurityBits}};
    doc["gnb"] = {{"dhPriority", groupListJson(s.gnb.dhPriority)}};
    doc["network"] = {{"x2Protected", s.network.x2Protected}};
    ordered taps = ordered::array();
    for (Link link : s.attacker.taps)
        taps.push_back(linkName(link));
    ordered leaked = ordered::array();
    for (Leak leak : s.attacker.leaked)
        leaked.push_back(leakName(leak));
    doc["attacker"] = {{"taps", taps},
                       {"active", activeAttackName(s.attacker.active)},
                       {"leaked", leaked},
                       {"leakAfter", s.attacker.leakAfter},
                       {"dlogBudgetSeconds", s.attacker.dlogBudgetSeconds}};
    doc["userPlane"] = {{"payload", s.userPlane.payload},
                        {"count", s.userPlane.count},
                        {"bearer", s.userPlane.bearer}};
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace keyladder
