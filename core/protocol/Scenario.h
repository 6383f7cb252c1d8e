// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keyladder {

/** @brief `procedure.mode`: today's EN-DC key handling, or the proposal's D-H exchange on top of it. */
enum class ProcedureMode { Baseline, Dh };
/** @brief `procedure.keyUsage`: what the SgNB side does with the D-H key (the proposal leaves it FFS). */
enum class KeyUsage { None, Combine, Replace };
/** @brief A link an attacker can tap or act on. `Uu` covers the LTE and the NR air interface. */
enum class Link { Uu, X2 };
/** @brief `attacker.active`. */
enum class ActiveAttack { None, X2Mitm, UuMitm, X2Downgrade };
/** @brief `attacker.leaked`. */
enum class Leak { K, KeNB, UeDhPrivate, GnbDhPrivate };
/** @brief Ciphering algorithm on SRB1 and the NR user plane. */
enum class CipheringAlgorithm { Nea0, Nea2 };
/** @brief Integrity algorithm on SRB1. */
enum class IntegrityAlgorithm { Nia2 };

std::string_view modeName(ProcedureMode mode);          ///< "baseline" | "dh"
std::string_view keyUsageName(KeyUsage usage);          ///< "none" | "combine" | "replace"
std::string_view linkName(Link link);                   ///< "Uu" | "X2"
std::string_view activeAttackName(ActiveAttack attack); ///< "none" | "x2-mitm" | "uu-mitm" | "x2-downgrade"
std::string_view leakName(Leak leak);                   ///< "K" | "KeNB" | "ueDhPrivate" | "gnbDhPrivate"
std::string_view cipheringName(CipheringAlgorithm alg); ///< "NEA0" | "NEA2"
std::string_view integrityName(IntegrityAlgorithm alg); ///< "NIA2"
/** @brief Algorithm identity of TS 33.401 A.7 / TS 33.501 A.8 (NEA0 = 0, NEA2 = 2, NIA2 = 2). */
std::uint8_t algorithmId(CipheringAlgorithm alg);
std::uint8_t algorithmId(IntegrityAlgorithm alg);

/** @brief The USIM/HSS side of AKA. Defaults: TS 35.208 test set 1, PLMN 001-01, NAS COUNT 0. */
struct Subscriber {
    SecureBytes k;    ///< 16 octets
    SecureBytes opc;  ///< 16 octets (computed from `op` when the file gives OP)
    Bytes sqn;        ///< 6 octets
    Bytes amf;        ///< 2 octets
    Bytes rand;       ///< 16 octets
    std::string plmn; ///< "MCC-MNC", e.g. "001-01"
    std::uint32_t nasUlCount = 0;
};

struct Procedure {
    ProcedureMode mode = ProcedureMode::Dh;
    KeyUsage keyUsage = KeyUsage::None;
    std::uint16_t skCounter = 0;
    /** @brief With no common group, carry on with the baseline instead of rejecting (a bidding-down). */
    bool fallbackToBaseline = false;
    CipheringAlgorithm ciphering = CipheringAlgorithm::Nea2;
    IntegrityAlgorithm integrity = IntegrityAlgorithm::Nia2;
};

struct UeConfig {
    std::vector<std::string> dhGroups; ///< canonical group ids (GroupInfo::id), UE's order
    int minSecurityBits = 0;           ///< the UE refuses a selected group weaker than this; 0 = no policy
};

struct GnbConfig {
    std::vector<std::string> dhPriority; ///< canonical group ids, most preferred first
};

struct NetworkConfig {
    bool x2Protected = true; ///< NDS/IP (IPsec ESP) on X2-C
};

struct AttackerConfig {
    std::vector<Link> taps;
    ActiveAttack active = ActiveAttack::None;
    std::vector<Leak> leaked;
    /** @brief The leaks happen after the session: the attacker recorded the traffic and gets the keys later. */
    bool leakAfter = false;
    double dlogBudgetSeconds = 30;

    bool present() const { return !taps.empty() || active != ActiveAttack::None || !leaked.empty(); }
    bool hasTap(Link link) const;
    bool hasLeak(Leak leak) const;
};

struct UserPlane {
    std::string payload = "Hello from the UE over NR"; ///< UTF-8 text sent on the NR leg
    std::uint32_t count = 0;                           ///< NEA2 COUNT
    std::uint8_t bearer = 1;                           ///< NEA2 BEARER (5 bits)
};

/**
 * @brief A validated `keyladder.scenario/1` document (docs/scenario-format.md).
 *
 * Build one with loadScenario() or defaultScenario(); every field then holds a checked value.
 */
struct Scenario {
    std::string title;
    std::string description;
    std::optional<std::string> seed; ///< present: deterministic RNG (insecure, for teaching)
    Subscriber subscriber;
    Procedure procedure;
    UeConfig ue;
    GnbConfig gnb;
    NetworkConfig network;
    AttackerConfig attacker;
    UserPlane userPlane;
};

/** @brief A scenario file was refused. what() is "PATH: PROBLEM", e.g. "/ue/dhGroups/2: unknown group 99". */
class ScenarioError : public Error {
public:
    ScenarioError(std::string path, std::string problem);
    const std::string& path() const { return m_path; }
    const std::string& problem() const { return m_problem; }

private:
    std::string m_path;
    std::string m_problem;
};

/** @brief Size limits applied by loadScenario(). */
struct ScenarioLimits {
    static constexpr std::size_t maxDocumentOctets = 1 << 20;
    static constexpr std::size_t maxTextOctets = 4096; ///< title, description, seed
    static constexpr std::size_t maxPayloadOctets = 8192;
    static constexpr std::size_t maxGroups = 64;
};

/** @brief The scenario every field of which is at its documented default (TS 35.208 test set 1, D-H, none). */
Scenario defaultScenario();

/**
 * @brief Parses and validates a scenario document.
 * @throws ScenarioError naming the JSON path of the first problem; nothing is returned half-loaded.
 */
Scenario loadScenario(std::string_view json);

/** @brief Reads @p path and calls loadScenario(); I/O problems are reported as ScenarioError with path "". */
Scenario loadScenarioFile(const std::string& path);

/** @brief The scenario as a `keyladder.scenario/1` document (2-space indent, every field written). */
std::string saveScenario(const Scenario& scenario);

} // namespace keyladder
