// SPDX-License-Identifier: LGPL-3.0-or-later
// bench_export: the figures of the default scenario (SVG, PDF, PNG at scale 2) through FigureExporter.
//
// Prints one JSON object. The reference, measured in the same run, is FigureExporter::fromScenario: the engine
// run with the attacker plus the layout, i.e. what the figure shows; each format is timed as the median of N
// renders of the whole ladder and given as milliseconds and as a multiple of that reference.
//
//   bench_export [--runs N]
#include "app/render/FigureExporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <vector>

using namespace keyladder::render;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? -1 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double msOf(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 7;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else {
            std::fprintf(stderr, "usage: bench_export [--runs N]\n");
            return 2;
        }
    }
    try {
        QFile file(QStringLiteral(KEYLADDER_SOURCE_DIR "/assets/scenarios/default.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_export: cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const QByteArray json = file.readAll();
        // Untimed: fonts, the group caches.
        FigureExporter warm = FigureExporter::fromScenario(json);
        (void)warm.render(FigureFormat::Png, FigureOptions{});

        std::vector<double> reference;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const FigureExporter e = FigureExporter::fromScenario(json);
            reference.push_back(msOf(t));
        }
        const double ref = median(reference);
        QJsonObject out;
        out[QStringLiteral("benchmark")] = QStringLiteral("export");
        out[QStringLiteral("scenario")] = QStringLiteral("assets/scenarios/default.json");
        out[QStringLiteral("runs")] = runs;
        out[QStringLiteral("steps")] = warm.stepCount();
        out[QStringLiteral("fromScenarioMs")] = ref;
        const struct {
            const char* name;
            FigureFormat format;
        } formats[] = {{"svg", FigureFormat::Svg}, {"pdf", FigureFormat::Pdf}, {"png", FigureFormat::Png}};
        for (const auto& f : formats) {
            std::vector<double> ms;
            qsizetype bytes = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                const QByteArray data = warm.render(f.format, FigureOptions{});
                ms.push_back(msOf(t));
                bytes = data.size();
            }
            QJsonObject o;
            o[QStringLiteral("ms")] = median(ms);
            o[QStringLiteral("octets")] = static_cast<double>(bytes);
            o[QStringLiteral("timesFromScenario")] = ref > 0 ? median(ms) / ref : 0.0;
            out[QString::fromLatin1(f.name)] = o;
        }
        {
            std::vector<double> ms;
            for (int i = 0; i < std::max(1, runs / 2); ++i) {
                QElapsedTimer t;
                t.start();
                (void)warm.seriesPdf(FigureOptions{});
                ms.push_back(msOf(t));
            }
            out[QStringLiteral("seriesPdfMs")] = median(ms);
        }
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_export: %s\n", e.what());
        return 1;
    }
    return 0;
}
