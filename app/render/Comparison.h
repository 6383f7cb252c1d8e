// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/render/FigureExporter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace keyladder::render {

/** What one actor knows on one side and not on the other, after one step. */
struct KnowledgeDifference {
    QString actor;
    QStringList onlyLeft; ///< value names only the left side's actor holds
    QStringList onlyRight;
};

/**
 * @brief Two procedures side by side (baseline and proposal, or any two), stepped in lock-step.
 *
 * Both sides run with the same subscriber, seed and attacker: the right scenario is the left one with only
 * its procedure replaced. There is one step index for both; a side with fewer steps stays on its last one.
 */
class Comparison {
public:
    /**
     * Left: @p scenario as given; right: the same scenario with the fields of @p rightProcedure written over its
     * "procedure" object (e.g. {"mode": "baseline"}), so subscriber, seed and attacker are the same.
     * @throws keyladder::Error for a bad scenario or a procedure the loader refuses.
     */
    Comparison(const QByteArray& scenario, const QJsonObject& rightProcedure, int fontPixelSize = 14);
    /** Two sides already run (the app runs them on a worker thread; see sidesOf()). */
    Comparison(FigureExporter left, FigureExporter right);

    /**
     * The two scenario documents of a comparison, normalized: @p scenario with @p leftProcedure, and with
     * @p rightProcedure, written over its procedure (an empty object leaves it as it is). Checks all three
     * with the loader.
     * @throws keyladder::ScenarioError for a bad document or a procedure the loader refuses.
     */
    static std::pair<QByteArray, QByteArray> sidesOf(const QByteArray& scenario, const QJsonObject& leftProcedure,
                                                     const QJsonObject& rightProcedure);
    /** "baseline" or "D-H, combine": how the strip and the headings name a side. */
    static QString describe(const QByteArray& scenarioJson);
    /** Names the sides in the headings and the strip (the app passes its translated procedure names). */
    void setNames(const QString& left, const QString& right) {
        m_leftName = left;
        m_rightName = right;
    }
    QString leftName() const { return m_leftName; }
    QString rightName() const { return m_rightName; }

    const FigureExporter& left() const { return *m_left; }
    const FigureExporter& right() const { return *m_right; }
    int stepCount() const;
    int step() const { return m_step; }
    /** Moves both sides; clamps to [0, stepCount()]. */
    void setStep(int step);
    int leftStep() const;
    int rightStep() const;

    /** Per actor present on both sides, what differs in who knows what after the current step. */
    QList<KnowledgeDifference> differences() const;
    /** The differences as lines for the strip: "UE: only proposal: DHKey, SgNBKey". */
    QStringList differenceLines() const;

    /** Both ladders side by side at the current step with the strip underneath, as one figure. */
    Figure figure(PrintTheme theme) const;

private:
    std::unique_ptr<FigureExporter> m_left, m_right;
    QString m_leftName, m_rightName;
    int m_step = 0;
};

} // namespace keyladder::render
