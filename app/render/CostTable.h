// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/render/FigureExporter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace keyladder::render {

/** What one D-H group costs the proposal, measured on this machine. */
struct GroupCost {
    QString group;
    QString name;
    int securityBits = 0;
    int publicOctets = 0;
    double keygenMicros = 0; ///< median of the runs
    double agreeMicros = 0;  ///< median of the runs (with validation of the peer's value)
    int runs = 0;
    /** Octets each message of the negotiation carries more than in the baseline (same scenario), by name. */
    QList<QPair<QString, int>> addedOctets;
};

/** How the numbers were made, for the panel and the exports to state next to them. */
QString costMethod(int runs);

/**
 * Times key generation and agreement (median of @p runs) and runs the same scenario with and without D-H to
 * count the octets each message gains. Call on a worker thread; @p progress gets (done, total) groups.
 */
QList<GroupCost> measureCosts(const std::vector<std::string>& groupIds, int runs,
                              const std::atomic<bool>* cancel = nullptr,
                              const std::function<void(int done, int total)>& progress = {});

/** Markdown table: group, security bits, public value octets, keygen and agree time, octets per message. */
QString costMarkdown(const QList<GroupCost>& costs);
/** Bar chart of keygen and agree time per group (log scale) with the octets per message, as a figure. */
Figure costFigure(const QList<GroupCost>& costs, PrintTheme theme = PrintTheme::Light, int fontPixelSize = 14);

} // namespace keyladder::render
