// SPDX-License-Identifier: LGPL-3.0-or-later
// Private to core/crypto: the Botan objects behind the group catalog. Never include from a public header.
#pragma once

#include "core/crypto/Groups.h"

#include <botan/dl_group.h>
#include <botan/ec_group.h>

namespace keyladder::detail {

/**
 * The DL_Group of a MODP, FFDHE or toy group, built once per process (construction parses hex and
 * precomputes Montgomery tables) and shared read-only between threads. Throws Error for other kinds.
 */
const Botan::DL_Group& dlGroup(const GroupInfo& group);

/** The EC_Group of an ECP group, built once per process. Throws Error for other kinds. */
const Botan::EC_Group& ecGroup(const GroupInfo& group);

} // namespace keyladder::detail
