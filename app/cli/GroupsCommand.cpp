// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli groups: the group catalog of PROTOCOL.md §4, as a table or as JSON for scripts.
#include "app/cli/ArgParser.h"
#include "app/cli/Command.h"
#include "core/crypto/Groups.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace keyladder::cli {

namespace {

nlohmann::ordered_json groupJson(const GroupInfo& g) {
    nlohmann::ordered_json j;
    j["id"] = g.id;
    j["ikeId"] = g.ikeId;
    j["name"] = g.name;
    j["kind"] = kindName(g.kind);
    j["bits"] = g.fieldBits;
    j["securityBits"] = g.securityBits;
    j["publicSize"] = g.publicSize;
    j["available"] = g.available;
    if (!g.available)
        j["reason"] = g.unavailableReason;
    j["illustrative"] = g.illustrative;
    j["reference"] = g.reference;
    if (const auto ffc = ffcParameters(g)) {
        j["p"] = toHex(ffc->p);
        j["g"] = toHex(ffc->g);
        j["q"] = toHex(ffc->q);
    }
    return j;
}

void printTable(std::ostream& out) {
    const std::vector<std::string> header = {"ID", "IKE", "NAME", "KIND", "BITS", "SECURITY", "PUBLIC", "AVAILABLE"};
    std::vector<std::vector<std::string>> rows;
    for (const GroupInfo& g : allGroups()) {
        rows.push_back({g.id, g.ikeId ? std::to_string(g.ikeId) : "-", g.name, kindName(g.kind),
                        std::to_string(g.fieldBits), std::to_string(g.securityBits),
                        std::to_string(g.publicSize) + " B", g.available ? "yes" : "no: " + g.unavailableReason});
    }
    std::vector<std::size_t> width(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        width[c] = header[c].size();
        for (const auto& row : rows)
            width[c] = std::max(width[c], row[c].size());
    }
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string text;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            text += cells[c];
            if (c + 1 < cells.size())
                text += std::string(width[c] - cells[c].size() + 2, ' ');
        }
        out << text << "\n";
    };
    line(header);
    for (const auto& row : rows)
        line(row);
    out << "\nToy groups are deliberately tiny (illustrative, insecure): the attacker breaks them live.\n";
}

int groupsCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("groups", "List every Diffie-Hellman group KeyLadder knows, with its availability.");
    parser.flag("--json", "print a JSON array (id, ikeId, name, kind, bits, securityBits, publicSize, available, "
                          "reason, illustrative, reference; p, g, q in lowercase hex for finite-field and toy "
                          "groups)");
    const ParsedArgs a = parser.parse(args);
    if (a.helpRequested()) {
        io.out << parser.help();
        return exitcode::ok;
    }
    if (a.has("--json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const GroupInfo& g : allGroups())
            list.push_back(groupJson(g));
        io.out << list.dump(2) << "\n";
    } else {
        printTable(io.out);
    }
    return exitcode::ok;
}

} // namespace

void addGroupsCommand(CommandTable& table) {
    table.push_back({{"groups"}, "list the Diffie-Hellman groups (IKEv2 ids, sizes, availability)", &groupsCommand});
}

} // namespace keyladder::cli
