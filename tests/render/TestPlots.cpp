// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/CostTable.h"
#include "app/render/ScalingPlot.h"

#include <QSvgRenderer>
#include <QtTest>

using namespace keyladder;

class TestPlots : public QObject {
    Q_OBJECT

private slots:
    void toyRhoIsSolvedAndExtrapolated() {
        const QList<render::RhoMeasurement> measured = render::measureToyRho({"toy-24", "toy-40"}, 1, 30);
        QCOMPARE(measured.size(), 2);
        for (const render::RhoMeasurement& m : measured)
            QVERIFY2(m.found, qPrintable(m.group)); // the exponent found is the one the public value was made from
        QCOMPARE(measured[0].fieldBits, 24);
        QVERIFY(measured[1].iterations > 0);
        // The extrapolation needs a Pollard rho rate; the solver uses rho from toy-40 up.
        QVERIFY2(measured[1].method.contains(QLatin1String("rho")), qPrintable(measured[1].method));
        const QList<render::ScalingPoint> points = render::scalingPoints(measured, 1);
        // Finite fields get slower with size; every extrapolated real group is beyond a day on one core.
        double modp2048 = 0, modp3072 = 0;
        int records = 0;
        for (const render::ScalingPoint& p : points) {
            if (p.kind == render::ScalingPoint::Kind::Extrapolated) {
                QVERIFY2(p.seconds > 86400, qPrintable(p.label));
                if (p.label == QLatin1String("14"))
                    modp2048 = p.seconds;
                if (p.label == QLatin1String("15"))
                    modp3072 = p.seconds;
            }
            records += p.kind == render::ScalingPoint::Kind::Record;
        }
        QVERIFY(modp2048 > 0 && modp3072 > modp2048);
        QVERIFY(records > 0);
        const QByteArray svg = render::toSvg(render::scalingFigure(points));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svg.contains("toy-40"));
    }

    void costsOfP256AndX25519() {
        const QList<render::GroupCost> costs = render::measureCosts({"19", "31"}, 3);
        QCOMPARE(costs.size(), 2);
        // Public value sizes from SEC 1 (uncompressed P-256 point) and RFC 7748.
        QCOMPARE(costs[0].publicOctets, 65);
        QCOMPARE(costs[1].publicOctets, 32);
        for (const render::GroupCost& c : costs) {
            QVERIFY(c.keygenMicros > 0 && c.agreeMicros > 0);
            int carryingKe = 0;
            for (const auto& [name, added] : c.addedOctets)
                carryingKe += added >= c.publicOctets; // a message that carries KEi or KEr grows at least by it
            QVERIFY2(carryingKe >= 2, qPrintable(c.group));
        }
        const QString md = render::costMarkdown(costs);
        QCOMPARE(md.count(QStringLiteral("\n| ")), 2); // one row per group after the header
        QVERIFY(QSvgRenderer(render::toSvg(render::costFigure(costs))).isValid());
    }
};

QTEST_MAIN(TestPlots)
#include "TestPlots.moc"
