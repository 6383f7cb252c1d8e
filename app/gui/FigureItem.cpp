// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/FigureItem.h"

#include <QPainter>

#include <algorithm>

namespace keyladder::app {

FigureItem::FigureItem(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    // Repaint at the item's size, not a scaled texture: text stays crisp at every zoom and on high-DPI screens.
    setRenderTarget(QQuickPaintedItem::Image);
}

void FigureItem::setSource(AnalysisController* source) {
    if (source == m_source)
        return;
    disconnect(m_connection);
    disconnect(m_destroyed);
    m_source = source;
    if (source) {
        m_connection = connect(source, &AnalysisController::figureChanged, this, &FigureItem::refresh);
        // A figure paints from its controller's data: drop it with the controller.
        m_destroyed = connect(source, &QObject::destroyed, this, [this] {
            m_figure.reset();
            update();
        });
    }
    emit sourceChanged();
    refresh();
}

void FigureItem::setPart(const QString& part) {
    if (part == m_part)
        return;
    m_part = part;
    emit partChanged();
    refresh();
}

void FigureItem::setDark(bool dark) {
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit darkChanged();
    refresh();
}

void FigureItem::setZoom(qreal zoom) {
    zoom = std::clamp(zoom, 0.1, 8.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    emit zoomChanged();
    refresh();
}

void FigureItem::refresh() {
    m_figure.reset();
    if (m_source)
        m_figure = m_source->figure(m_part, m_dark ? render::PrintTheme::Dark : render::PrintTheme::Light);
    const QSizeF size = figureSize();
    setImplicitSize(m_figure ? size.width() * m_zoom : 0, m_figure ? size.height() * m_zoom : 0);
    emit figureSizeChanged(); // the size, or the title with it
    update();
}

void FigureItem::paint(QPainter* painter) {
    if (!m_figure || !m_figure->paint || m_figure->size.isEmpty())
        return;
    const qreal s = std::min(width() / m_figure->size.width(), height() / m_figure->size.height());
    if (s <= 0)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->save();
    painter->scale(s, s);
    m_figure->paint(*painter);
    painter->restore();
}

} // namespace keyladder::app
