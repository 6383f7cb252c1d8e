// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/FigureExporter.h"
#include "app/render/Translate.h"

#include "app/gui/TraceBuilder.h"
#include "app/render/EmbeddedScenario.h"
#include "core/Simulation.h"
#include "core/protocol/Scenario.h"
#include "core/protocol/Trace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace keyladder::render {

namespace {

QString extensionOf(FigureFormat format) {
    switch (format) {
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    case FigureFormat::Png:
        return QStringLiteral("png");
    }
    return {};
}

} // namespace

std::optional<FigureFormat> figureFormatOf(const QString& fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    return std::nullopt;
}

QByteArray toSvg(const Figure& figure) {
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(figure.size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), figure.size));
    generator.setResolution(96);
    generator.setTitle(figure.title);
    generator.setDescription(QStringLiteral("KeyLadder figure"));
    {
        QPainter painter(&generator);
        figure.paint(painter);
    }
    buffer.close();
    return figure.scenarioJson.isEmpty() ? svg : embedded::addToSvg(svg, figure.scenarioJson);
}

QByteArray toPdf(const QList<Figure>& pages) {
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (pages.isEmpty())
        return pdf;
    QPdfWriter writer(&buffer);
    // One layout pixel is one point: the page is exactly the figure, in vector form.
    writer.setResolution(72);
    writer.setPageSize(QPageSize(pages.front().size, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(pages.front().title);
    writer.setCreator(QStringLiteral("KeyLadder"));
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        pages[i].paint(painter);
        painter.restore();
    }
    painter.end();
    buffer.close();
    return pdf;
}

QImage toImage(const Figure& figure, qreal scale) {
    const QSize pixels(int(std::ceil(figure.size.width() * scale)), int(std::ceil(figure.size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    figure.paint(painter);
    painter.end();
    return image;
}

QByteArray toPng(const Figure& figure, qreal scale) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    toImage(figure, scale).save(&buffer, "PNG");
    buffer.close();
    return figure.scenarioJson.isEmpty() ? png : embedded::addToPng(png, figure.scenarioJson);
}

FigureExporter FigureExporter::fromScenario(const QByteArray& scenarioJson, int fontPixelSize) {
    const Scenario scenario =
        loadScenario(std::string_view(scenarioJson.constData(), std::size_t(scenarioJson.size())));
    const std::string normalized = saveScenario(scenario);
    const Trace trace = simulate(scenario);
    return FigureExporter(QByteArray::fromStdString(normalized), app::toTraceView(trace), fontPixelSize);
}

FigureExporter::FigureExporter(const QByteArray& scenarioJson, app::TraceViewPtr trace, int fontPixelSize)
    : m_scenarioJson(scenarioJson), m_trace(std::move(trace)), m_layout(std::make_unique<app::LadderLayout>()) {
    m_layout->setFontPixelSize(fontPixelSize);
    m_layout->compute(m_trace);
    m_painter = std::make_unique<DiagramPainter>(*m_layout, m_trace);
}

FigureExporter::FigureExporter(const QByteArray& scenarioJson, app::TraceViewPtr trace,
                               app::LadderLayout::Geometry geometry)
    : m_scenarioJson(scenarioJson), m_trace(std::move(trace)), m_layout(std::make_unique<app::LadderLayout>()) {
    m_layout->setFontPixelSize(geometry.fontPixelSize);
    m_layout->apply(m_trace, std::move(geometry));
    m_painter = std::make_unique<DiagramPainter>(*m_layout, m_trace);
}

FigureExporter::~FigureExporter() = default;
FigureExporter::FigureExporter(FigureExporter&&) noexcept = default;
FigureExporter& FigureExporter::operator=(FigureExporter&&) noexcept = default;

int FigureExporter::stepCount() const {
    return m_painter->stepCount();
}

Figure FigureExporter::figure(const DiagramOptions& options) const {
    Figure f;
    f.size = m_painter->canvasSize(options);
    const DiagramPainter* painter = m_painter.get();
    f.paint = [painter, options](QPainter& p) { painter->paint(p, options); };
    f.scenarioJson = m_scenarioJson;
    f.title = m_trace->title;
    return f;
}

QByteArray FigureExporter::render(FigureFormat format, const FigureOptions& options) const {
    const Figure f = figure(options.diagram);
    switch (format) {
    case FigureFormat::Svg:
        return toSvg(f);
    case FigureFormat::Pdf:
        return toPdf({f});
    case FigureFormat::Png:
        return toPng(f, options.scale);
    }
    return {};
}

QByteArray FigureExporter::seriesPdf(const FigureOptions& options) const {
    QList<Figure> pages;
    for (int s = 1; s <= stepCount(); ++s) {
        DiagramOptions d = options.diagram;
        d.upToStep = s;
        pages.append(figure(d));
    }
    return toPdf(pages);
}

QString writeAtomically(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return renderTr("keyladder::render::FigureExporter", "%1: %2").arg(path, file.errorString());
    file.write(content);
    if (!file.commit())
        return renderTr("keyladder::render::FigureExporter", "%1: %2").arg(path, file.errorString());
    return {};
}

void drawFittedText(QPainter& painter, const QRectF& rect, int flags, const QString& text) {
    const QFont original = painter.font();
    const qreal advance = QFontMetricsF(original, painter.device()).horizontalAdvance(text);
    if (advance > rect.width() && advance > 0) {
        QFont smaller = original;
        const qreal size = original.pixelSize() > 0 ? original.pixelSize() : original.pointSizeF();
        const qreal fitted = std::max(size * 0.6, size * rect.width() / advance * 0.98);
        if (original.pixelSize() > 0)
            smaller.setPixelSize(std::max(1, int(fitted)));
        else
            smaller.setPointSizeF(fitted);
        painter.setFont(smaller);
    }
    painter.drawText(rect, flags, text);
    painter.setFont(original);
}

QByteArray encodeFigure(const Figure& figure, FigureFormat format, qreal scale) {
    switch (format) {
    case FigureFormat::Svg:
        return toSvg(figure);
    case FigureFormat::Pdf:
        return toPdf({figure});
    case FigureFormat::Png:
        break;
    }
    return toPng(figure, scale);
}

QString writeFigureFile(const Figure& figure, const QString& path, qreal scale) {
    const auto format = figureFormatOf(path);
    if (!format)
        return renderTr("keyladder::render::FigureExporter", "%1: expected a .svg, .pdf or .png file name").arg(path);
    const QByteArray bytes = encodeFigure(figure, *format, scale);
    if (bytes.isEmpty())
        return renderTr("keyladder::render::FigureExporter", "%1: the figure could not be drawn").arg(path);
    return writeAtomically(path, bytes);
}

QString FigureExporter::writeFile(const QString& path, const FigureOptions& options) const {
    const auto format = figureFormatOf(path);
    if (!format)
        return renderTr("keyladder::render::FigureExporter", "%1: expected a .svg, .pdf or .png file name").arg(path);
    return writeAtomically(path, render(*format, options));
}

QStringList FigureExporter::writeSeries(const QString& directory, FigureFormat imageFormat,
                                        const FigureOptions& options, QString* error,
                                        const std::function<bool(int done, int total)>& progress) const {
    QStringList written;
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return written;
    };
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(renderTr("keyladder::render::FigureExporter", "%1: cannot create the directory").arg(directory));
    const int digits = std::max(2, int(QString::number(stepCount()).size()));
    for (int s = 1; s <= stepCount(); ++s) {
        FigureOptions o = options;
        o.diagram.upToStep = s;
        const QString name = dir.filePath(
            QStringLiteral("step-%1.%2").arg(s, digits, 10, QLatin1Char('0')).arg(extensionOf(imageFormat)));
        if (const QString e = writeAtomically(name, render(imageFormat, o)); !e.isEmpty())
            return fail(e);
        written << name;
        // The step images, then the PDF, which costs about as much as one more image.
        if (progress && !progress(s, stepCount() + 1))
            return fail(renderTr("keyladder::render::FigureExporter", "cancelled"));
    }
    const QString pdfName = dir.filePath(QStringLiteral("steps.pdf"));
    if (const QString e = writeAtomically(pdfName, seriesPdf(options)); !e.isEmpty())
        return fail(e);
    written << pdfName;
    return written;
}

} // namespace keyladder::render
