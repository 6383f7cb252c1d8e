// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/AnalysisController.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace keyladder::app {

/**
 * @brief Shows one figure of an analysis view, painted by the same code that writes the SVG, PDF and PNG
 * exports, so what the user sees is what the exported figure holds.
 *
 * The implicit size is the figure's size times @c zoom; the figure is scaled to the item, keeping its aspect.
 */
class FigureItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(keyladder::app::AnalysisController* source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString part READ part WRITE setPart NOTIFY partChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY figureSizeChanged)
    Q_PROPERTY(QSizeF figureSize READ figureSize NOTIFY figureSizeChanged)
    /** The figure's title, for screen readers and tooltips. */
    Q_PROPERTY(QString title READ title NOTIFY figureSizeChanged)

public:
    explicit FigureItem(QQuickItem* parent = nullptr);

    AnalysisController* source() const { return m_source; }
    void setSource(AnalysisController* source);
    QString part() const { return m_part; }
    void setPart(const QString& part);
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    bool empty() const { return !m_figure; }
    QSizeF figureSize() const { return m_figure ? m_figure->size : QSizeF(); }
    QString title() const { return m_figure ? m_figure->title : QString(); }

    void paint(QPainter* painter) override;

signals:
    void sourceChanged();
    void partChanged();
    void darkChanged();
    void zoomChanged();
    void figureSizeChanged();

private:
    void refresh();

    QPointer<AnalysisController> m_source;
    QMetaObject::Connection m_connection, m_destroyed;
    QString m_part;
    bool m_dark = false;
    qreal m_zoom = 1.0;
    std::optional<render::Figure> m_figure;
};

} // namespace keyladder::app
