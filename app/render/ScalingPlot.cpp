// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/ScalingPlot.h"
#include "app/render/Translate.h"

#include "core/attack/CostEstimate.h"
#include "core/attack/DlogSolver.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace keyladder::render {

namespace {

std::uint64_t toU64(const Bytes& b) {
    std::uint64_t v = 0;
    for (const std::uint8_t octet : b)
        v = (v << 8) | octet;
    return v;
}

DlogGroupSize sizeOf(const GroupInfo& g) {
    const bool curve = g.kind == GroupKind::Ecp || g.kind == GroupKind::X25519 || g.kind == GroupKind::X448;
    if (curve) // the subgroup is about the field's size (cofactor 4 or 8 for the Montgomery curves)
        return {DlogFamily::EllipticCurve, g.fieldBits,
                g.kind == GroupKind::X25519 ? 252.0
                : g.kind == GroupKind::X448 ? 446.0
                                            : double(g.fieldBits)};
    return {DlogFamily::FiniteField, g.fieldBits, double(g.fieldBits - 1)};
}

constexpr double kSecondsPerYear = 365.25 * 24 * 3600;

} // namespace

QList<RhoMeasurement> measureToyRho(const std::vector<std::string>& groupIds, unsigned threads, double budgetSeconds,
                                    const std::atomic<bool>* cancel,
                                    const std::function<void(int done, int total)>& progress) {
    QList<RhoMeasurement> out;
    int done = 0;
    for (const std::string& id : groupIds) {
        if (cancel && cancel->load())
            break;
        const GroupInfo* group = findGroup(id);
        if (!group || group->kind != GroupKind::Toy)
            throw Error("not a toy group: " + id);
        const auto ffc = ffcParameters(*group);
        if (!ffc)
            throw Error("no parameters for " + id);
        // A fixed, unremarkable exponent below q: the walk's length does not depend on it in expectation.
        const std::uint64_t q = toU64(ffc->q);
        const std::uint64_t x = (q / 3) | 1;
        Bytes priv(8);
        for (int i = 0; i < 8; ++i)
            priv[std::size_t(i)] = std::uint8_t(x >> (56 - 8 * i));
        const Bytes trimmed(priv.begin() + std::ptrdiff_t(8 - ffc->q.size()), priv.end());
        const KeyPair pair = KeyPair::fromPrivate(*group, trimmed);
        DlogOptions options;
        options.threads = threads;
        options.budgetSeconds = budgetSeconds;
        options.cancel = cancel;
        const DlogResult r = solveDlog({toU64(ffc->p), toU64(ffc->g), q, toU64(pair.publicValue())}, options);
        RhoMeasurement m;
        m.group = QString::fromStdString(id);
        m.fieldBits = group->fieldBits;
        m.subgroupBits = std::log2(double(q));
        m.seconds = r.seconds;
        m.iterations = double(r.iterations);
        m.found = r.status == DlogResult::Status::Found && r.exponent == x;
        m.method = QString::fromStdString(r.method);
        out << m;
        if (progress)
            progress(++done, int(groupIds.size()));
    }
    return out;
}

QList<ScalingPoint> scalingPoints(const QList<RhoMeasurement>& measured, unsigned cores) {
    QList<ScalingPoint> points;
    // Extrapolate from the largest group solved with Pollard rho (the solver uses baby-step giant-step on the
    // smallest groups, whose "iterations" are not rho steps); the longest run is the steadiest rate.
    double speed = 0, longest = 0;
    for (const RhoMeasurement& m : measured) {
        if (!m.found || m.seconds <= 0)
            continue;
        points << ScalingPoint{ScalingPoint::Kind::Measured, m.group, m.fieldBits, m.seconds, false};
        if (m.method.contains(QLatin1String("rho")) && m.seconds > longest) {
            longest = m.seconds;
            speed = m.iterations / m.seconds;
        }
    }
    if (speed > 0)
        // The groups under discussion (MODP with safe primes, NIST curves, Curve25519), not the whole catalog:
        // a readable plot, and safe-prime MODP groups whose subgroup is p's size less one bit.
        for (const char* id : {"14", "15", "16", "18", "19", "20", "21", "31"}) {
            const GroupInfo* found = findGroup(id);
            if (!found || !found->available)
                continue;
            const GroupInfo& g = *found;
            const DlogTimeEstimate e = extrapolateDlogTime(sizeOf(g), speed, cores);
            points << ScalingPoint{ScalingPoint::Kind::Extrapolated, QString::fromStdString(g.id), g.fieldBits,
                                   e.bestSeconds, sizeOf(g).family == DlogFamily::EllipticCurve};
        }
    for (const DlogRecord& r : dlogRecords())
        if (r.coreYears > 0)
            points << ScalingPoint{ScalingPoint::Kind::Record,
                                   renderTr("keyladder::render::ScalingPlot", "record %1 (%2)")
                                       .arg(QString::fromStdString(r.problem))
                                       .arg(r.year),
                                   r.bits, r.coreYears * kSecondsPerYear, r.family == DlogFamily::EllipticCurve};
    return points;
}

Figure scalingFigure(const QList<ScalingPoint>& points, PrintTheme theme, int fontPixelSize) {
    Figure f;
    const qreal fs = fontPixelSize;
    f.size = QSizeF(fs * 64, fs * 40);
    f.title = renderTr("keyladder::render::ScalingPlot", "Discrete-log time against group size");
    f.paint = [points, theme, fs, size = f.size](QPainter& p) {
        const PrintPalette c = PrintPalette::of(theme);
        QFont font = QGuiApplication::font();
        font.setPixelSize(int(fs));
        QFont small = font;
        small.setPixelSize(int(fs * 0.8));
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(small);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRectF(QPointF(0, 0), size), c.background);
        const QRectF plot(fs * 6, fs * 3, size.width() - fs * 9, size.height() - fs * 8);
        // x: log2 of the group size from 16 to 16384 bits; y: log10 seconds from 1 microsecond to 1e78 s (P-521).
        const double x0 = 4, x1 = 14, y0 = -6, y1 = 78;
        const auto px = [&](double bits) { return plot.left() + (std::log2(bits) - x0) / (x1 - x0) * plot.width(); };
        const auto py = [&](double seconds) {
            return plot.bottom() - (std::log10(std::max(seconds, 1e-7)) - y0) / (y1 - y0) * plot.height();
        };
        p.setFont(bold);
        p.setPen(c.text);
        drawFittedText(p, QRectF(fs, fs * 0.5, size.width() - 2 * fs, fs * 2), Qt::AlignLeft | Qt::AlignVCenter,
                       renderTr("keyladder::render::ScalingPlot",
                                "Discrete-log time against group size (log scales), measured here and extrapolated"));
        p.setFont(small);
        // Reference lines: a second, a day, a year, the age of the universe.
        const std::pair<double, QString> marks[] = {
            {1, renderTr("keyladder::render::ScalingPlot", "1 s")},
            {86400, renderTr("keyladder::render::ScalingPlot", "1 day")},
            {kSecondsPerYear, renderTr("keyladder::render::ScalingPlot", "1 year")},
            {1.38e10 * kSecondsPerYear, renderTr("keyladder::render::ScalingPlot", "age of the universe")}};
        for (const auto& [seconds, label] : marks) {
            p.setPen(QPen(c.lifeline, 1, Qt::DotLine));
            p.drawLine(QPointF(plot.left(), py(seconds)), QPointF(plot.right(), py(seconds)));
            p.setPen(c.muted);
            p.drawText(QRectF(plot.right() - fs * 12, py(seconds) - fm.height(), fs * 12, fm.height()),
                       Qt::AlignRight | Qt::AlignBottom, label);
        }
        p.setPen(QPen(c.text, 1));
        p.drawRect(plot);
        for (int e = int(x0); e <= int(x1); ++e) {
            const double x = px(std::pow(2.0, e));
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + fs * 0.3));
            p.drawText(QRectF(x - fs * 3, plot.bottom() + fs * 0.4, fs * 6, fm.height()), Qt::AlignCenter,
                       QString::number(1 << e));
        }
        for (int e = int(y0); e <= int(y1); e += 12) {
            const double y = py(std::pow(10.0, e));
            p.drawLine(QPointF(plot.left() - fs * 0.3, y), QPointF(plot.left(), y));
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - fs * 0.5, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("1e%1 s").arg(e));
        }
        p.drawText(QRectF(plot.left(), plot.bottom() + fs * 1.6, plot.width(), fm.height()), Qt::AlignCenter,
                   renderTr("keyladder::render::ScalingPlot",
                            "group size in bits (p for finite fields, the field for curves)"));
        // Measured points joined, extrapolations as hollow markers, records as diamonds.
        QPainterPath measuredLine;
        int nth = 0; // neighbours of one kind sit close together: their labels alternate above and below
        for (const ScalingPoint& pt : points) {
            ++nth;
            const QPointF at(px(pt.fieldBits), py(pt.seconds));
            const qreal r = fs * 0.35;
            switch (pt.kind) {
            case ScalingPoint::Kind::Measured:
                measuredLine.isEmpty() ? measuredLine.moveTo(at) : measuredLine.lineTo(at);
                p.setPen(Qt::NoPen);
                p.setBrush(c.current);
                p.drawEllipse(at, r, r);
                break;
            case ScalingPoint::Kind::Extrapolated:
                p.setPen(QPen(pt.curve ? c.rejection : c.message, 1.5));
                p.setBrush(Qt::NoBrush);
                if (pt.curve)
                    p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
                else
                    p.drawEllipse(at, r, r);
                break;
            case ScalingPoint::Kind::Record: {
                QPainterPath diamond;
                diamond.moveTo(at.x(), at.y() - r * 1.3);
                diamond.lineTo(at.x() + r * 1.3, at.y());
                diamond.lineTo(at.x(), at.y() + r * 1.3);
                diamond.lineTo(at.x() - r * 1.3, at.y());
                diamond.closeSubpath();
                p.fillPath(diamond, c.attacker);
                break;
            }
            }
            p.setPen(pt.kind == ScalingPoint::Kind::Record ? c.attacker : c.text);
            p.drawText(QPointF(at.x() + r * 1.6, at.y() + (nth % 2 ? -r * 0.6 : r * 2.6)), pt.label);
        }
        p.setPen(QPen(c.current, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(measuredLine);
        const QString legend =
            renderTr("keyladder::render::ScalingPlot", "● measured here (toy groups)   ○ finite field, extrapolated   "
                                                       "□ curve, extrapolated (rho)   ◆ published record (core-time)");
        p.setPen(c.muted);
        drawFittedText(p, QRectF(plot.left(), size.height() - fs * 2.2, size.width() - plot.left() - fs, fm.height()),
                       Qt::AlignLeft, legend);
    };
    return f;
}

} // namespace keyladder::render
