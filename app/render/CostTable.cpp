// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/CostTable.h"
#include "app/render/Translate.h"

#include "core/Simulation.h"
#include "core/crypto/DiffieHellman.h"
#include "core/crypto/Groups.h"
#include "core/crypto/Rng.h"
#include "core/protocol/Scenario.h"
#include "core/protocol/Trace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace keyladder::render {

namespace {

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The wire size of every message of a run, by name (a name sent twice counts its first occurrence).
std::map<std::string, std::size_t> wireSizes(const Trace& trace) {
    std::map<std::string, std::size_t> sizes;
    for (const Step& step : trace.steps())
        for (const Event& e : step.events)
            if (const auto* m = std::get_if<Message>(&e))
                sizes.emplace(m->name, m->wire.size());
    return sizes;
}

Trace runWith(const std::string& group, const char* mode) {
    QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(saveScenario(defaultScenario()))).object();
    const QJsonValue id = QJsonValue(QString::fromStdString(group));
    QJsonObject ue = doc.value(QStringLiteral("ue")).toObject();
    ue.insert(QStringLiteral("dhGroups"), QJsonArray{id});
    ue.insert(QStringLiteral("minSecurityBits"), 0);
    doc.insert(QStringLiteral("ue"), ue);
    QJsonObject gnb = doc.value(QStringLiteral("gnb")).toObject();
    gnb.insert(QStringLiteral("dhPriority"), QJsonArray{id});
    doc.insert(QStringLiteral("gnb"), gnb);
    QJsonObject procedure = doc.value(QStringLiteral("procedure")).toObject();
    procedure.insert(QStringLiteral("mode"), QLatin1String(mode));
    doc.insert(QStringLiteral("procedure"), procedure);
    doc.insert(QStringLiteral("seed"), QStringLiteral("keyladder-cost"));
    const QByteArray json = QJsonDocument(doc).toJson();
    return simulate(loadScenario(std::string_view(json.constData(), std::size_t(json.size()))));
}

} // namespace

QString costMethod(int runs) {
    return renderTr("keyladder::render::CostTable",
                    "Measured on this machine: median of %1 key generations and %1 agreements (the agreement includes "
                    "the validation of the peer's public value), system RNG, one thread. Octets: the same scenario run "
                    "with D-H and as the baseline, each message's wire size compared.")
        .arg(runs);
}

QList<GroupCost> measureCosts(const std::vector<std::string>& groupIds, int runs, const std::atomic<bool>* cancel,
                              const std::function<void(int done, int total)>& progress) {
    QList<GroupCost> out;
    const auto rng = makeSystemRng();
    int done = 0;
    for (const std::string& id : groupIds) {
        if (cancel && cancel->load())
            break;
        const GroupInfo* g = findGroup(id);
        if (!g || !g->available)
            throw Error("unknown or unavailable group: " + id);
        GroupCost cost;
        cost.group = QString::fromStdString(g->id);
        cost.name = QString::fromStdString(g->name);
        cost.securityBits = g->securityBits;
        cost.publicOctets = int(g->publicSize);
        cost.runs = runs;
        std::vector<double> keygen, agree;
        const KeyPair peer = KeyPair::generate(*g, *rng);
        for (int i = 0; i < runs && !(cancel && cancel->load()); ++i) {
            QElapsedTimer t;
            t.start();
            const KeyPair mine = KeyPair::generate(*g, *rng);
            keygen.push_back(double(t.nsecsElapsed()) / 1000);
            t.restart();
            const SecureBytes z = mine.agree(peer.publicValue());
            Q_UNUSED(z)
            agree.push_back(double(t.nsecsElapsed()) / 1000);
        }
        cost.keygenMicros = median(keygen);
        cost.agreeMicros = median(agree);
        const auto withDh = wireSizes(runWith(id, "dh"));
        const auto baseline = wireSizes(runWith(id, "baseline"));
        for (const auto& [name, size] : withDh) {
            const auto it = baseline.find(name);
            const int added = int(size) - (it == baseline.end() ? 0 : int(it->second));
            if (it != baseline.end() && added != 0)
                cost.addedOctets.append(qMakePair(QString::fromStdString(name), added));
        }
        out << cost;
        if (progress)
            progress(++done, int(groupIds.size()));
    }
    return out;
}

QString costMarkdown(const QList<GroupCost>& costs) {
    QStringList messages;
    for (const GroupCost& c : costs)
        for (const auto& [name, added] : c.addedOctets)
            if (!messages.contains(name))
                messages << name;
    QString out = QStringLiteral("| Group | Security (bits) | Public value (octets) | Key generation | Agreement |");
    for (const QString& m : messages)
        out += QStringLiteral(" +octets %1 |").arg(m);
    out += QStringLiteral("\n|---|---|---|---|---|");
    for (qsizetype i = 0; i < messages.size(); ++i)
        out += QStringLiteral("---|");
    out += QLatin1Char('\n');
    for (const GroupCost& c : costs) {
        out += QStringLiteral("| %1 (%2) | %3 | %4 | %5 µs | %6 µs |")
                   .arg(c.name, c.group)
                   .arg(c.securityBits)
                   .arg(c.publicOctets)
                   .arg(c.keygenMicros, 0, 'f', 0)
                   .arg(c.agreeMicros, 0, 'f', 0);
        for (const QString& m : messages) {
            int added = 0;
            for (const auto& [name, n] : c.addedOctets)
                if (name == m)
                    added = n;
            out += QStringLiteral(" %1 |").arg(added);
        }
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + costMethod(costs.isEmpty() ? 0 : costs.front().runs) + QLatin1Char('\n');
    return out;
}

Figure costFigure(const QList<GroupCost>& costs, PrintTheme theme, int fontPixelSize) {
    Figure f;
    const qreal fs = fontPixelSize;
    const qreal rowH = fs * 4.4;
    f.size = QSizeF(fs * 88, fs * 7 + rowH * costs.size() + fs * 3);
    f.title = renderTr("keyladder::render::CostTable", "Cost of the D-H exchange per group");
    f.paint = [costs, theme, fs, rowH, size = f.size](QPainter& p) {
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
        p.setFont(bold);
        p.setPen(c.text);
        drawFittedText(p, QRectF(fs, fs * 0.5, size.width() - 2 * fs, fs * 2), Qt::AlignLeft | Qt::AlignVCenter,
                       renderTr("keyladder::render::CostTable",
                                "Key generation and agreement time per group (log scale), octets added per message"));
        // x: log10 microseconds from 1 µs to 1 s.
        const qreal left = fs * 18, right = size.width() - fs * 38;
        const auto px = [&](double micros) {
            return left + std::clamp(std::log10(std::max(micros, 1.0)) / 6.0, 0.0, 1.0) * (right - left);
        };
        p.setFont(small);
        const qreal top = fs * 3.5;
        for (int e = 0; e <= 6; ++e) {
            const qreal x = px(std::pow(10.0, e));
            p.setPen(QPen(c.lifeline, 1, Qt::DotLine));
            p.drawLine(QPointF(x, top), QPointF(x, top + rowH * costs.size()));
            p.setPen(c.muted);
            static const char* labels[] = {"1 µs", "10 µs", "100 µs", "1 ms", "10 ms", "100 ms", "1 s"};
            p.drawText(QRectF(x - fs * 3, top + rowH * costs.size() + fs * 0.2, fs * 6, fm.height()), Qt::AlignCenter,
                       QString::fromUtf8(labels[e]));
        }
        qreal y = top;
        for (const GroupCost& cost : costs) {
            p.setPen(c.text);
            drawFittedText(p, QRectF(fs, y, left - fs * 1.5, rowH / 2), Qt::AlignRight | Qt::AlignVCenter,
                           QStringLiteral("%1 (%2)").arg(cost.name, cost.group));
            p.setPen(c.muted);
            drawFittedText(p, QRectF(fs, y + rowH / 2, left - fs * 1.5, rowH / 2 - fs * 0.3),
                           Qt::AlignRight | Qt::AlignVCenter,
                           renderTr("keyladder::render::CostTable", "%1-bit security, %2-octet values")
                               .arg(cost.securityBits)
                               .arg(cost.publicOctets));
            const qreal barH = rowH * 0.32;
            p.fillRect(QRectF(left, y + fs * 0.2, px(cost.keygenMicros) - left, barH), c.current);
            p.fillRect(QRectF(left, y + fs * 0.2 + barH + 2, px(cost.agreeMicros) - left, barH), c.rejection);
            p.setPen(c.text);
            p.drawText(QPointF(px(cost.keygenMicros) + fs * 0.4, y + fs * 0.2 + barH * 0.8),
                       renderTr("keyladder::render::CostTable", "keygen %1 µs").arg(cost.keygenMicros, 0, 'f', 0));
            p.drawText(QPointF(px(cost.agreeMicros) + fs * 0.4, y + fs * 0.2 + barH * 1.8 + 2),
                       renderTr("keyladder::render::CostTable", "agree %1 µs").arg(cost.agreeMicros, 0, 'f', 0));
            QStringList octets;
            for (const auto& [name, added] : cost.addedOctets)
                octets
                    << QStringLiteral("%1 %2%3").arg(name).arg(added > 0 ? QStringLiteral("+") : QString()).arg(added);
            p.setPen(c.muted);
            p.drawText(QRectF(right + fs, y, size.width() - right - fs * 1.5, rowH - fs * 0.3),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, octets.join(QStringLiteral("; ")));
            y += rowH;
        }
        p.setPen(c.muted);
        p.drawText(QRectF(fs, size.height() - fs * 2.6, size.width() - 2 * fs, fs * 2.4),
                   Qt::AlignLeft | Qt::TextWordWrap, costMethod(costs.isEmpty() ? 0 : costs.front().runs));
    };
    return f;
}

} // namespace keyladder::render
