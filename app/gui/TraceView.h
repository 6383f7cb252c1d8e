// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyladder::app {

/**
 * @brief The Qt layer's read-only copy of one engine trace, in display form.
 *
 * Made once on the worker thread right after the engine ran (TraceBuilder), then shared between
 * the models, the layout and the exporters. Nothing in it is ever modified, so stepping is an
 * index into it and every view draws the same thing.
 */
struct TraceField {
    QString name;
    QString value;        ///< hex for octet strings, decimal or text otherwise
    bool secret = false;  ///< a key or private value: hidden when the user hides secrets
    bool illustrative = false;
    QString note;
};

enum class EventKind { Message, Computation, Tap, Rejection, Note };

struct TraceEvent {
    EventKind kind = EventKind::Note;
    QString from;           ///< actor id ("UE", "eNB", "gNB", "MME", "Attacker"); the box's actor for computations
    QString to;             ///< receiving actor id (messages and taps)
    QString name;           ///< message name as the specs write it, or the computation's title
    QString interfaceName;  ///< "Uu", "X2-C", "S1", "NR Uu"
    QString protection;     ///< "ciphered + integrity", "IPsec", "clear"
    QString detail;         ///< one line: outcome, reason of a rejection
    QList<TraceField> fields;
    bool byAttacker = false;   ///< sent or computed by the attacker (active behaviour)
    bool substituted = false;  ///< carries values the attacker put in place of the real ones
    int tappedEvent = -1;      ///< for a tap: index of the message event it copies
};

struct KnowledgeEntry {
    QString actor;
    QString name;
    QString value;
    bool secret = false;
    QString how;          ///< "leaked", "seen on Uu", "KDF FC 0x11 (KASME, NAS COUNT)"
    QStringList chain;    ///< derivation chain, outermost first, one line per rule
    bool isNew = false;   ///< learnt in this very step
    bool missing = false; ///< a value the actor does not have, listed because it matters (with the reason in how)
};

struct TraceStep {
    QString label;        ///< "C1", "1" ... as PROTOCOL.md numbers them
    QString title;
    QString phase;        ///< "context", "proposal", "user plane"
    QString narration;
    QString clause;       ///< "TS 33.401 E.2.4.1 · seed step 3"
    QList<TraceEvent> events;
    QList<KnowledgeEntry> knowledge; ///< what every actor knows after the step
};

struct TraceVerdict {
    bool present = false;
    bool attackerReads = false;
    QString headline;
    QString explanation;
    QString plaintext;
    QStringList chain;
};

struct TraceView {
    QString title;
    QString intro;           ///< what the lesson is about, shown before the first step
    QStringList actors;      ///< lifelines, left to right
    QList<KnowledgeEntry> initialKnowledge; ///< before the first step: the subscriber's keys, the attacker's leaks
    QList<TraceStep> steps;
    TraceVerdict verdict;
    QString outcome;         ///< "established", "rejected: no common group", ...
    bool deterministic = false;
};

using TraceViewPtr = std::shared_ptr<const TraceView>;

/** @brief The label a lifeline carries for an actor id ("eNB" -> "eNB (MeNB)"). */
QString actorLabel(const QString& actor);

} // namespace keyladder::app
