// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestScenarios.h"

#include "app/gui/LadderLayout.h"
#include "app/gui/TraceBuilder.h"
#include "core/Simulation.h"
#include "core/protocol/Trace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <memory>
#include <variant>

using namespace keyladder;

class TestLadderLayout : public QObject {
    Q_OBJECT

private:
    static QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

private slots:
    void geometry_data() {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("fontSize");
        for (const auto& [name, document] : test::allScenarios()) {
            QTest::newRow(qPrintable(name + QStringLiteral(" @14px"))) << document << 14;
            QTest::newRow(qPrintable(name + QStringLiteral(" @22px (presenter)"))) << document << 22;
        }
    }

    void geometry() {
        QFETCH(QByteArray, document);
        QFETCH(int, fontSize);
        const Scenario scenario = loadScenario(std::string_view(document.constData(), std::size_t(document.size())));
        const Trace trace = simulate(scenario);
        app::LadderLayout layout;
        layout.setFontPixelSize(fontSize);
        layout.compute(app::toTraceView(trace));

        // Lifelines: the trace's actors, left to right, with room between them.
        const std::vector<Actor> actors = trace.lifelines();
        QCOMPARE(layout.lifelines().size(), qsizetype(actors.size()));
        for (std::size_t i = 0; i < actors.size(); ++i) {
            QCOMPARE(layout.lifelines()[qsizetype(i)].actor, qs(actorId(actors[i])));
            if (i > 0)
                QVERIFY(layout.lifelines()[qsizetype(i)].x - layout.lifelines()[qsizetype(i - 1)].x >= fontSize * 4);
        }

        // Every message of the trace is an arrow between its sender's and its receiver's lifelines,
        // every tap ends on the attacker's lifeline, every computation box crosses its actor's lifeline.
        int checked = 0;
        for (std::size_t s = 0; s < trace.steps().size(); ++s) {
            const auto& events = trace.steps()[s].events;
            for (std::size_t e = 0; e < events.size(); ++e) {
                const app::LadderLayout::Item* item = nullptr;
                for (const auto& candidate : layout.items())
                    if (candidate.step == int(s) + 1 && candidate.event == int(e))
                        item = &candidate;
                QVERIFY2(item, qPrintable(QStringLiteral("step %1 event %2 is not drawn").arg(s + 1).arg(e)));
                if (const auto* m = std::get_if<Message>(&events[e])) {
                    QCOMPARE(item->x1, layout.lifelineX(qs(actorId(m->from))));
                    QCOMPARE(item->x2, layout.lifelineX(qs(actorId(m->to))));
                    QCOMPARE(item->label, qs(m->name));
                    ++checked;
                } else if (std::holds_alternative<Observation>(events[e])) {
                    QCOMPARE(item->x2, layout.lifelineX(QStringLiteral("Attacker")));
                } else if (const auto* c = std::get_if<Computation>(&events[e])) {
                    const qreal x = layout.lifelineX(qs(actorId(c->actor)));
                    QVERIFY(item->box.left() < x && item->box.right() > x);
                }
            }
        }
        QVERIFY(checked >= 6);

        // No two texts overlap, and all stay on the canvas.
        const QVector<QRectF> rects = layout.textRects();
        const QRectF canvas(0, 0, layout.width(), layout.height());
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY2(canvas.contains(rects[i]), qPrintable(QStringLiteral("text %1 leaves the canvas").arg(i)));
            for (int j = i + 1; j < rects.size(); ++j) {
                const QRectF overlap = rects[i].intersected(rects[j]);
                QVERIFY2(overlap.width() < 0.5 || overlap.height() < 0.5,
                         qPrintable(QStringLiteral("texts %1 and %2 overlap").arg(i).arg(j)));
            }
        }

        // Steps are stacked top to bottom without overlapping.
        for (int i = 1; i < layout.bands().size(); ++i)
            QVERIFY(layout.bands()[i].top >= layout.bands()[i - 1].bottom);
    }

    // The app lays a trace out on its worker thread and only swaps the geometry in: it must be the layout the
    // UI thread would have made, and applying it at another type size must not show a stale geometry.
    void geometryFromAWorkerThreadIsTheSame() {
        const QByteArray document = test::classroomScenario();
        const app::TraceViewPtr trace = app::toTraceView(
            simulate(loadScenario(std::string_view(document.constData(), std::size_t(document.size())))));
        app::LadderLayout here;
        here.setFontPixelSize(17);
        here.compute(trace);
        app::LadderLayout::Geometry made =
            QtConcurrent::run([trace] { return app::LadderLayout::geometryOf(trace, 17); }).result();
        app::LadderLayout swapped;
        swapped.setFontPixelSize(17);
        QSignalSpy changed(&swapped, &app::LadderLayout::changed);
        swapped.apply(trace, made);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(swapped.width(), here.width());
        QCOMPARE(swapped.height(), here.height());
        QCOMPARE(swapped.items().size(), here.items().size());
        for (qsizetype i = 0; i < here.items().size(); ++i) {
            QCOMPARE(swapped.items()[i].labelRect, here.items()[i].labelRect);
            QCOMPARE(swapped.items()[i].label, here.items()[i].label);
        }
        QCOMPARE(swapped.itemsVariant(), here.itemsVariant());

        app::LadderLayout resized;
        resized.setFontPixelSize(22); // the type size changed while the worker ran
        resized.apply(trace, made);
        app::LadderLayout at22;
        at22.setFontPixelSize(22);
        at22.compute(trace);
        QCOMPARE(resized.width(), at22.width());
        QVERIFY(resized.width() > here.width());
    }

    // Side by side: step N starts at one height on both sides, and each side keeps its own drawing (every box
    // and label moves with its step, nothing starts to overlap).
    void alignedStepsReadAcross() {
        QByteArray document = test::classroomScenario();
        const auto traceWith = [&](const char* mode) {
            QJsonObject doc = QJsonDocument::fromJson(document).object();
            QJsonObject procedure = doc.value(QStringLiteral("procedure")).toObject();
            procedure.insert(QStringLiteral("mode"), QLatin1String(mode));
            doc.insert(QStringLiteral("procedure"), procedure);
            const QByteArray json = QJsonDocument(doc).toJson();
            return app::toTraceView(
                simulate(loadScenario(std::string_view(json.constData(), std::size_t(json.size())))));
        };
        const app::TraceViewPtr baseline = traceWith("baseline"), dh = traceWith("dh");
        const app::LadderLayout::Geometry l0 = app::LadderLayout::geometryOf(baseline, 14);
        const app::LadderLayout::Geometry r0 = app::LadderLayout::geometryOf(dh, 14);
        app::LadderLayout::Geometry l = l0, r = r0;
        app::LadderLayout::alignSteps(l, r);
        QCOMPARE(l.bands.size(), r.bands.size());
        bool differedBefore = false;
        for (qsizetype i = 0; i < l.bands.size(); ++i) {
            QCOMPARE(l.bands[i].step, r.bands[i].step);
            QCOMPARE(l.bands[i].top, r.bands[i].top);
            differedBefore = differedBefore || l0.bands[i].top != r0.bands[i].top;
            QVERIFY(l.bands[i].top >= l0.bands[i].top); // only ever moved down
        }
        QVERIFY(differedBefore); // the proposal's extra boxes make its steps taller: there was something to align
        QCOMPARE(l.height, r.height);
        // Within each side: every item moved with its band, so its offset from the band's top is unchanged.
        for (const auto& [before, after] : {std::pair{&l0, &l}, std::pair{&r0, &r}}) {
            QCOMPARE(after->items.size(), before->items.size());
            for (qsizetype i = 0; i < after->items.size(); ++i) {
                const int step = after->items[i].step;
                const auto bandTop = [step](const app::LadderLayout::Geometry& g) {
                    for (const auto& b : g.bands)
                        if (b.step == step)
                            return b.top;
                    return 0.0;
                };
                QCOMPARE(after->items[i].labelRect.top() - bandTop(*after),
                         before->items[i].labelRect.top() - bandTop(*before));
                QCOMPARE(after->items[i].labelRect.left(), before->items[i].labelRect.left());
            }
            QCOMPARE(after->itemsVariant.size(), after->items.size());
            QCOMPARE(after->itemsVariant.front().toMap().value("y").toDouble(), after->items.front().y);
        }
    }

    void emptyTraceIsEmpty() {
        app::LadderLayout layout;
        layout.compute(nullptr);
        QCOMPARE(layout.items().size(), 0);
        QCOMPARE(layout.width(), 0.0);
    }
};

QTEST_MAIN(TestLadderLayout)
#include "TestLadderLayout.moc"
