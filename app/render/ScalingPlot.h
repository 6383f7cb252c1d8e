// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/render/FigureExporter.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace keyladder::render {

/** One measured discrete log in a toy group. */
struct RhoMeasurement {
    QString group;
    int fieldBits = 0;
    double subgroupBits = 0;
    double seconds = 0;
    double iterations = 0;
    bool found = false;
    QString method; ///< "Pollard rho (...)" or "baby-step giant-step"
};

/** One point of the plot: a measured toy group, a real group extrapolated, or a published record. */
struct ScalingPoint {
    enum class Kind { Measured, Extrapolated, Record };
    Kind kind = Kind::Measured;
    QString label;
    int fieldBits = 0;  ///< x: size of p or of the curve's field
    double seconds = 0; ///< y: on this machine (measured or extrapolated), or the record's core-time
    bool curve = false;
};

/**
 * Solves one discrete log in each toy group (a public value made from a fixed exponent with the real key
 * generation), timing Pollard rho on this machine. Stops early when @p cancel is set.
 */
QList<RhoMeasurement> measureToyRho(const std::vector<std::string>& groupIds, unsigned threads, double budgetSeconds,
                                    const std::atomic<bool>* cancel = nullptr,
                                    const std::function<void(int done, int total)>& progress = {});

/**
 * The plot's points: the measured toy groups, every available real group extrapolated from the fastest
 * measured rho speed (core/attack/CostEstimate: rho or NFS, whichever is cheaper), and the published records.
 */
QList<ScalingPoint> scalingPoints(const QList<RhoMeasurement>& measured, unsigned cores);

/** Time (log scale) against group size (log scale), as an exportable figure. */
Figure scalingFigure(const QList<ScalingPoint>& points, PrintTheme theme = PrintTheme::Light, int fontPixelSize = 14);

} // namespace keyladder::render
