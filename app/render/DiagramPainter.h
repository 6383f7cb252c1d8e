// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/LadderLayout.h"
#include "app/gui/TraceView.h"

#include <QColor>
#include <QSizeF>
#include <QString>

#include <utility>

class QPainter;

namespace keyladder::render {

/** The colours of a printed figure: light (the default, whatever the screen's theme) or dark. */
enum class PrintTheme { Light, Dark };

struct PrintPalette {
    QColor background, text, muted, lifeline, header, headerText, band, bandAlt, badge, badgeText;
    QColor message, current, attacker, rejection, boxFill, boxBorder, boxCurrent;

    static PrintPalette of(PrintTheme theme);
};

/** What one figure shows. */
struct DiagramOptions {
    PrintTheme theme = PrintTheme::Light;
    int upToStep = 0;          ///< draw steps 1..upToStep; 0 draws the whole trace, a negative value no step
    bool highlightLast = true; ///< the last drawn step in the accent colour, as on screen
    bool secrets = false;      ///< list the secret values the actors hold after the last drawn step
};

/**
 * @brief Draws a trace with QPainter onto any paint device, from the geometry of a LadderLayout.
 *
 * The canvas size depends only on the trace and the options that change content (secrets), never on the
 * step, so a per-step series has one size throughout and animates when flipped. Text is drawn as text,
 * so SVG and PDF figures stay searchable.
 */
class DiagramPainter {
public:
    DiagramPainter(const app::LadderLayout& layout, app::TraceViewPtr trace);

    /** Size of the whole figure in layout pixels (title strip, diagram, and the secrets footer if asked for). */
    QSizeF canvasSize(const DiagramOptions& options) const;
    /** Paints the figure with its top-left corner at the painter's origin. */
    void paint(QPainter& painter, const DiagramOptions& options) const;

    int stepCount() const;
    /** Top and bottom of step @p step's band on the canvas (step 0: the title strip). */
    std::pair<qreal, qreal> stepSpan(int step) const;
    /** The labels of the arrows (messages, taps, rejections) of steps 1..upToStep, in drawing order. */
    QStringList arrowLabels(int upToStep) const;

private:
    qreal titleHeight() const;
    qreal footerHeight(bool secrets) const;
    QStringList secretLines(int step) const;
    void paintTitle(QPainter& p, const PrintPalette& c, int shownSteps) const;
    void paintDiagram(QPainter& p, const PrintPalette& c, int shownSteps, bool highlightLast) const;
    void paintFooter(QPainter& p, const PrintPalette& c, int shownSteps) const;

    const app::LadderLayout& m_layout;
    app::TraceViewPtr m_trace;
};

} // namespace keyladder::render
