// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/TraceView.h"
#include "app/render/DiagramPainter.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace keyladder::render {

enum class FigureFormat { Svg, Pdf, Png };
/** "svg", "pdf", "png" from a file name's extension (case-insensitive), or nothing. */
std::optional<FigureFormat> figureFormatOf(const QString& fileName);

struct FigureOptions {
    DiagramOptions diagram;
    qreal scale = 2.0;      ///< PNG only: device pixels per layout pixel
    int fontPixelSize = 14; ///< the type size of the layout (the screen's default)
};

/** @brief A figure source: any painting of a known size (a ladder, a comparison, a plot). */
struct Figure {
    QSizeF size;
    std::function<void(QPainter&)> paint;
    QByteArray scenarioJson; ///< embedded in SVG and PNG; empty for figures without a scenario
    QString title;
};

/** Writes one figure as SVG (text as text, the scenario in <metadata>). */
QByteArray toSvg(const Figure& figure);
/** Writes one or more figures of one size as a vector PDF, one page each. */
QByteArray toPdf(const QList<Figure>& pages);
/** Renders one figure into an image at @p scale. */
QImage toImage(const Figure& figure, qreal scale);
/** Writes one figure as PNG at @p scale (the scenario in an iTXt chunk). */
QByteArray toPng(const Figure& figure, qreal scale);

/**
 * @brief The figures of one scenario: the whole ladder, the ladder up to step N, and per-step series.
 *
 * Runs the scenario through the engine once (with its attacker) and lays it out once with the screen's
 * LadderLayout, so every export shows the same geometry and text as the app.
 */
class FigureExporter {
public:
    /** @throws keyladder::Error (ScenarioError for a bad document) */
    static FigureExporter fromScenario(const QByteArray& scenarioJson, int fontPixelSize = 14);
    /** For a trace the app already has; @p scenarioJson is embedded as given. */
    FigureExporter(const QByteArray& scenarioJson, app::TraceViewPtr trace, int fontPixelSize = 14);
    /** For a trace laid out already (LadderLayout::geometryOf() on a worker thread). */
    FigureExporter(const QByteArray& scenarioJson, app::TraceViewPtr trace, app::LadderLayout::Geometry geometry);
    ~FigureExporter();
    FigureExporter(FigureExporter&&) noexcept;
    FigureExporter& operator=(FigureExporter&&) noexcept;

    int stepCount() const;
    const QByteArray& scenarioJson() const { return m_scenarioJson; }
    const app::TraceView& trace() const { return *m_trace; }
    const app::LadderLayout& layout() const { return *m_layout; }
    const DiagramPainter& painter() const { return *m_painter; }

    Figure figure(const DiagramOptions& options) const;
    QByteArray render(FigureFormat format, const FigureOptions& options) const;
    /** One page per step, all the same size. */
    QByteArray seriesPdf(const FigureOptions& options) const;

    /** Writes @p path in the format its extension names; returns an error sentence, or "" on success. */
    QString writeFile(const QString& path, const FigureOptions& options) const;
    /**
     * Writes step-01.EXT ... step-NN.EXT (one per step, one canvas size) and steps.pdf (all steps) into
     * @p directory, creating it if needed. Returns the files written; @p error is set on failure.
     */
    QStringList writeSeries(const QString& directory, FigureFormat imageFormat, const FigureOptions& options,
                            QString* error, const std::function<bool(int done, int total)>& progress = {}) const;

private:
    QByteArray m_scenarioJson;
    app::TraceViewPtr m_trace;
    std::unique_ptr<app::LadderLayout> m_layout;
    std::unique_ptr<DiagramPainter> m_painter;
};

/**
 * Draws one line of @p text into @p rect, shrinking the painter's font (down to 60 %) when the text is wider,
 * so a longer translation never runs off the figure.
 */
void drawFittedText(QPainter& painter, const QRectF& rect, int flags, const QString& text);

/** Writes @p content to @p path through a temporary file and a rename; returns "" or the error. */
QString writeAtomically(const QString& path, const QByteArray& content);

/** One figure in @p format (a one-page PDF for Pdf; @p scale for PNG only). */
QByteArray encodeFigure(const Figure& figure, FigureFormat format, qreal scale = 2.0);
/** Writes one figure to @p path in the format its extension names; returns "" or the error sentence. */
QString writeFigureFile(const Figure& figure, const QString& path, qreal scale = 2.0);

} // namespace keyladder::render
