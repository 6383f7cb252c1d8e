// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/TraceView.h"

#include <QFont>
#include <QObject>
#include <QRectF>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace keyladder::app {

/**
 * @brief The geometry of a whole sequence diagram: lifelines, one band per step, one row per event.
 *
 * Computed once per trace (and per type size), never while stepping, so nothing on screen moves
 * when the user steps; the QML view and the QPainter exporters both draw from it. Text is measured
 * with the font the view uses, and lifeline gaps are widened until every label fits its span, so
 * labels cannot overlap by construction (the tests check it for every bundled scenario).
 */
class LadderLayout : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The layout belongs to the SessionController")
    Q_DISABLE_COPY_MOVE(LadderLayout)
    Q_PROPERTY(qreal width READ width NOTIFY changed)
    Q_PROPERTY(qreal height READ height NOTIFY changed)
    Q_PROPERTY(qreal headerHeight READ headerHeight NOTIFY changed)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY fontPixelSizeChanged)
    Q_PROPERTY(QVariantList lifelines READ lifelinesVariant NOTIFY changed)
    Q_PROPERTY(QVariantList items READ itemsVariant NOTIFY changed)
    Q_PROPERTY(QVariantList bands READ bandsVariant NOTIFY changed)
public:
    enum class ItemKind { Message, Computation, Tap, Rejection };

    struct Lifeline {
        QString actor;
        QString label;
        qreal x = 0;
        QRectF header;
    };
    struct Item {
        ItemKind kind = ItemKind::Message;
        int step = 0;        ///< 1-based step number
        int event = 0;       ///< index of the event within its step
        QString from, to;
        qreal x1 = 0, x2 = 0, y = 0; ///< the arrow (or the box's centre line)
        QRectF row;
        QRectF box;          ///< computations only
        QString label;
        QRectF labelRect;
        QString sublabel;    ///< interface and protection, or the rejection's reason
        QRectF sublabelRect;
        bool attacker = false;
        bool substituted = false;
    };
    struct Band {
        int step = 0;
        QString label;
        qreal top = 0, bottom = 0;
        QRectF badge;
    };

    /** @brief A finished layout: computed anywhere (it is plain data), applied on the layout's thread. */
    struct Geometry {
        int fontPixelSize = 14;
        qreal width = 0;
        qreal height = 0;
        qreal headerHeight = 0;
        QVector<Lifeline> lifelines;
        QVector<Item> items;
        QVector<Band> bands;
        QVariantList lifelinesVariant, itemsVariant, bandsVariant;
    };

    explicit LadderLayout(QObject* parent = nullptr);

    /** Lays out @p trace; with a null trace the diagram is empty. */
    void compute(const TraceViewPtr& trace);
    /**
     * The layout of @p trace at @p fontPixelSize, without touching any object: safe on a worker thread, so the
     * UI thread only swaps the result in with apply().
     */
    static Geometry geometryOf(const TraceViewPtr& trace, int fontPixelSize);
    /**
     * Moves the steps of two geometries down so that step N starts at the same height on both sides (for two
     * ladders shown side by side); the diagrams end at one height.
     */
    static void alignSteps(Geometry& left, Geometry& right);
    /** Shows @p trace with a geometry geometryOf() made for it; recomputes if the type size changed since. */
    void apply(const TraceViewPtr& trace, Geometry geometry);

    int fontPixelSize() const { return m_fontPixelSize; }
    void setFontPixelSize(int size);
    QFont labelFont() const { return labelFontFor(m_fontPixelSize); }
    QFont sublabelFont() const { return sublabelFontFor(m_fontPixelSize); }
    QFont headerFont() const { return headerFontFor(m_fontPixelSize); }
    static QFont labelFontFor(int fontPixelSize);
    static QFont sublabelFontFor(int fontPixelSize);
    static QFont headerFontFor(int fontPixelSize);

    qreal width() const { return m_g.width; }
    qreal height() const { return m_g.height; }
    qreal headerHeight() const { return m_g.headerHeight; }
    const QVector<Lifeline>& lifelines() const { return m_g.lifelines; }
    const QVector<Item>& items() const { return m_g.items; }
    const QVector<Band>& bands() const { return m_g.bands; }
    /** x of an actor's lifeline, or -1 if it has none. */
    qreal lifelineX(const QString& actor) const;
    /** Every text rectangle of the diagram (headers, labels, sublabels, badges): for overlap checks. */
    QVector<QRectF> textRects() const;

    QVariantList lifelinesVariant() const;
    QVariantList itemsVariant() const;
    QVariantList bandsVariant() const;
    /** Band of a step (1-based) as {top, bottom}, for scrolling the view to it. */
    Q_INVOKABLE QVariantMap bandOf(int step) const;

signals:
    void changed();
    void fontPixelSizeChanged();

private:
    void relayout();
    static void buildVariants(Geometry& g);

    TraceViewPtr m_trace;
    int m_fontPixelSize = 14;
    Geometry m_g;
};

} // namespace keyladder::app
