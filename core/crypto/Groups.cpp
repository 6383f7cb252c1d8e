// SPDX-License-Identifier: LGPL-3.0-or-later
#include "core/crypto/Groups.h"

namespace keyladder {

std::string kindName(GroupKind kind) {
    switch (kind) {
    case GroupKind::Modp: return "MODP";
    case GroupKind::Ffdhe: return "FFDHE";
    case GroupKind::Ecp: return "ECP";
    case GroupKind::X25519: return "X25519";
    case GroupKind::X448: return "X448";
    case GroupKind::Toy: return "toy";
    }
    return "unknown";
}

const std::vector<GroupInfo>& allGroups() {
    static const std::vector<GroupInfo> groups;
    return groups;
}

const GroupInfo* findGroup(std::string_view id) {
    for (const GroupInfo& g : allGroups())
        if (g.id == id)
            return &g;
    return nullptr;
}

std::optional<FfcParameters> ffcParameters(const GroupInfo&) { return std::nullopt; }

} // namespace keyladder
