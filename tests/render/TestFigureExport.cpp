// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliMain.h"
#include "app/render/Comparison.h"
#include "app/render/EmbeddedScenario.h"
#include "app/render/FigureExporter.h"
#include "core/Simulation.h"
#include "core/protocol/Scenario.h"
#include "core/protocol/Trace.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <map>
#include <sstream>
#include <variant>

using namespace keyladder;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray scenarioDocument(const QString& name) {
    return readFile(QStringLiteral(KEYLADDER_SOURCE_DIR "/assets/scenarios/") + name);
}

std::string normalized(const QByteArray& json) {
    return saveScenario(loadScenario(std::string_view(json.constData(), std::size_t(json.size()))));
}

// Every <text> element's content (with its tspans), as a reader of the SVG sees it.
QStringList svgTexts(const QByteArray& svg) {
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

// Message names of the first n steps, with multiplicity, straight from the engine's trace.
std::map<QString, int> messageNames(const Trace& trace, int n) {
    std::map<QString, int> names;
    for (int s = 0; s < n && s < int(trace.steps().size()); ++s)
        for (const Event& e : trace.steps()[std::size_t(s)].events)
            if (const auto* m = std::get_if<Message>(&e))
                ++names[QString::fromStdString(m->name)];
    return names;
}

int pdfPages(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestFigureExport : public QObject {
    Q_OBJECT

private slots:
    void svgIsValidWithNamesAndScenario_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("default") << QStringLiteral("default.json");
        QTest::newRow("baseline") << QStringLiteral("baseline.json");
        QTest::newRow("uu-mitm") << QStringLiteral("uu-mitm.json");
        QTest::newRow("no-common-group") << QStringLiteral("no-common-group.json");
    }
    void svgIsValidWithNamesAndScenario() {
        QFETCH(QString, file);
        const QByteArray doc = scenarioDocument(file);
        QVERIFY(!doc.isEmpty());
        const auto exporter = render::FigureExporter::fromScenario(doc);
        const QByteArray svg = exporter.render(render::FigureFormat::Svg, {});
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svg.contains("baseProfile=\"tiny\""));

        const Trace trace = simulate(loadScenario(std::string_view(doc.constData(), std::size_t(doc.size()))));
        const QStringList texts = svgTexts(svg);
        for (const auto& [name, count] : messageNames(trace, int(trace.steps().size())))
            QVERIFY2(texts.count(name) >= count, qPrintable(name + QStringLiteral(" is not in the SVG as text")));

        const auto embedded = render::embedded::fromSvg(svg);
        QVERIFY(embedded);
        QCOMPARE(normalized(*embedded), normalized(doc));
    }

    void stepExportHasExactlyTheFirstSteps() {
        const QByteArray doc = scenarioDocument(QStringLiteral("default.json"));
        const Trace trace = simulate(loadScenario(std::string_view(doc.constData(), std::size_t(doc.size()))));
        const auto exporter = render::FigureExporter::fromScenario(doc);
        const int steps = int(trace.steps().size());
        QCOMPARE(exporter.stepCount(), steps);
        const auto all = messageNames(trace, steps);
        QSizeF size;
        for (int n = 1; n <= steps; ++n) {
            render::FigureOptions o;
            o.diagram.upToStep = n;
            const QByteArray svg = exporter.render(render::FigureFormat::Svg, o);
            const QStringList texts = svgTexts(svg);
            const auto shown = messageNames(trace, n);
            for (const auto& [name, count] : all) {
                const auto it = shown.find(name);
                if (it == shown.end())
                    QVERIFY2(!texts.contains(name),
                             qPrintable(QStringLiteral("step %1 shows %2 too early").arg(n).arg(name)));
                else
                    QVERIFY2(texts.count(name) >= it->second,
                             qPrintable(QStringLiteral("step %1 lacks %2").arg(n).arg(name)));
            }
            // The painter's own account of arrows grows with the steps and never shows a later one.
            int arrows = 0;
            for (const auto& item : exporter.layout().items())
                arrows += item.step <= n && item.kind != app::LadderLayout::ItemKind::Computation;
            QCOMPARE(exporter.painter().arrowLabels(n).size(), arrows);
            const QSizeF s = exporter.painter().canvasSize(o.diagram);
            if (n > 1)
                QCOMPARE(s, size); // one canvas for every step: the series animates
            size = s;
        }
    }

    void pdfIsVectorAndSeriesHasOnePagePerStep() {
        const auto exporter = render::FigureExporter::fromScenario(scenarioDocument(QStringLiteral("default.json")));
        const QByteArray pdf = exporter.render(render::FigureFormat::Pdf, {});
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(pdf), 1);
        QVERIFY(!pdf.contains("/Subtype /Image")); // drawn, not a picture of the diagram
        const QByteArray series = exporter.seriesPdf({});
        QVERIFY(series.startsWith("%PDF-"));
        QCOMPARE(pdfPages(series), exporter.stepCount());
    }

    void pngFollowsScale_data() {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x (default)") << 2.0;
        QTest::newRow("3x") << 3.0;
        QTest::newRow("0.5x") << 0.5;
    }
    void pngFollowsScale() {
        QFETCH(qreal, scale);
        const auto exporter = render::FigureExporter::fromScenario(scenarioDocument(QStringLiteral("default.json")));
        render::FigureOptions one;
        one.scale = 1;
        QImage base;
        QVERIFY(base.loadFromData(exporter.render(render::FigureFormat::Png, one), "PNG"));
        render::FigureOptions o;
        o.scale = scale;
        const QByteArray png = exporter.render(render::FigureFormat::Png, o);
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(std::abs(image.width() - base.width() * scale) <= 1);
        QVERIFY(std::abs(image.height() - base.height() * scale) <= 1);
        // Qt's own PNG reader finds the scenario chunk too (an independent reading of what we wrote).
        QBuffer buffer;
        buffer.setData(png);
        QImageReader reader(&buffer, "png");
        QCOMPARE(normalized(reader.text(QString::fromLatin1(render::embedded::kPngKeyword)).toUtf8()),
                 normalized(scenarioDocument(QStringLiteral("default.json"))));
    }

    void themesDiffer() {
        const auto exporter = render::FigureExporter::fromScenario(scenarioDocument(QStringLiteral("default.json")));
        const render::Figure light = exporter.figure({});
        render::DiagramOptions darkOptions;
        darkOptions.theme = render::PrintTheme::Dark;
        const QImage l = render::toImage(light, 1), d = render::toImage(exporter.figure(darkOptions), 1);
        QCOMPARE(QColor(l.pixel(1, 1)), QColor(Qt::white));
        QVERIFY(qGray(d.pixel(1, 1)) < 64);
    }

    void reopens_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("extension");
        for (const char* s : {"default.json", "toy-group.json", "x2-mitm.json"})
            for (const char* e : {"svg", "png"})
                QTest::newRow(qPrintable(QStringLiteral("%1 .%2").arg(QLatin1String(s), QLatin1String(e))))
                    << QString::fromLatin1(s) << QString::fromLatin1(e);
    }
    void reopens() {
        QFETCH(QString, scenario);
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const QByteArray doc = scenarioDocument(scenario);
        const auto exporter = render::FigureExporter::fromScenario(doc);
        const QString path = dir.filePath(QStringLiteral("figure.") + extension);
        QCOMPARE(exporter.writeFile(path, {}), QString());
        QString error;
        const auto back = render::embedded::readScenario(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(normalized(*back), normalized(doc));
    }

    void foreignFiguresAreRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QImage plain(8, 8, QImage::Format_RGB32);
        plain.fill(Qt::red);
        QByteArray png;
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        plain.save(&b, "PNG");
        QTest::newRow("PNG without scenario") << png << QStringLiteral("carries no KeyLadder scenario");
        QTest::newRow("SVG without scenario")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata/></svg>")
            << QStringLiteral("carries no KeyLadder scenario");
        QTest::newRow("text") << QByteArray("{\"schema\": 1}") << QStringLiteral("neither a PNG nor an SVG");
        QTest::newRow("truncated PNG") << png.left(20) << QStringLiteral("carries no KeyLadder scenario");
    }
    void foreignFiguresAreRefused() {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!render::embedded::readScenario(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void seriesHasOneCanvas() {
        QTemporaryDir dir;
        const auto exporter = render::FigureExporter::fromScenario(scenarioDocument(QStringLiteral("baseline.json")));
        render::FigureOptions o;
        o.scale = 1;
        QString error;
        const QStringList files = exporter.writeSeries(dir.path(), render::FigureFormat::Png, o, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), exporter.stepCount() + 1);
        QSize size;
        for (int i = 0; i < exporter.stepCount(); ++i) {
            QImage image(files[i]);
            QVERIFY(!image.isNull());
            if (i > 0)
                QCOMPARE(image.size(), size);
            size = image.size();
        }
        QCOMPARE(pdfPages(readFile(files.last())), exporter.stepCount());
    }

    void comparisonStepsInLockStep() {
        const QByteArray doc = scenarioDocument(QStringLiteral("default.json"));
        render::Comparison comparison(doc, QJsonObject{{QStringLiteral("mode"), QStringLiteral("baseline")}});
        // Same subscriber, seed and attacker on both sides: only the procedure differs.
        QJsonObject left = QJsonDocument::fromJson(comparison.left().scenarioJson()).object();
        QJsonObject right = QJsonDocument::fromJson(comparison.right().scenarioJson()).object();
        QCOMPARE(right.value(QStringLiteral("procedure")).toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("baseline"));
        left.remove(QStringLiteral("procedure"));
        right.remove(QStringLiteral("procedure"));
        QCOMPARE(left, right);

        const int common = std::min(comparison.left().stepCount(), comparison.right().stepCount());
        QVERIFY(common > 0);
        for (int step : {0, 1, 3, common, comparison.stepCount(), comparison.stepCount() + 5, -2}) {
            comparison.setStep(step);
            const int expected = std::clamp(step, 0, comparison.stepCount());
            QCOMPARE(comparison.step(), expected);
            if (expected <= common)
                QCOMPARE(comparison.leftStep(), comparison.rightStep());
        }
        // At the end only the D-H side's UE and gNB hold the D-H key, and the strip says so.
        comparison.setStep(comparison.stepCount());
        bool ueDiffers = false;
        for (const render::KnowledgeDifference& d : comparison.differences())
            if (d.actor == QLatin1String("UE"))
                ueDiffers =
                    d.onlyLeft.contains(QStringLiteral("DHKey")) && !d.onlyRight.contains(QStringLiteral("DHKey"));
        QVERIFY(ueDiffers);
        const QByteArray svg = render::toSvg(comparison.figure(render::PrintTheme::Light));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svgTexts(svg).join(QLatin1Char('\n')).contains(QStringLiteral("DHKey")));
    }

    void cli_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("produces");
        const QString s = QStringLiteral(KEYLADDER_SOURCE_DIR "/assets/scenarios/default.json");
        QTest::newRow("svg") << QStringList{s, "--out", "f.svg"} << 0 << "f.svg";
        QTest::newRow("pdf step 3 dark") << QStringList{s, "--out", "f.pdf", "--step", "3", "--theme", "dark"} << 0
                                         << "f.pdf";
        QTest::newRow("png 1x secrets") << QStringList{s, "--out", "f.png", "--scale", "1", "--secrets"} << 0
                                        << "f.png";
        QTest::newRow("series") << QStringList{s, "--series", "pack"} << 0 << "pack/steps.pdf";
        QTest::newRow("compare") << QStringList{s, "--out", "c.svg", "--compare", "baseline"} << 0 << "c.svg";
        QTest::newRow("compare bad mode") << QStringList{s, "--out", "c.svg", "--compare", "ecdh"} << 2 << "";
        QTest::newRow("bad extension") << QStringList{s, "--out", "f.gif"} << 2 << "";
        QTest::newRow("bad theme") << QStringList{s, "--out", "f.svg", "--theme", "blue"} << 2 << "";
        QTest::newRow("step 0") << QStringList{s, "--out", "f.svg", "--step", "0"} << 2 << "";
        QTest::newRow("step past the end") << QStringList{s, "--out", "f.svg", "--step", "99"} << 2 << "";
        QTest::newRow("scale 0") << QStringList{s, "--out", "f.png", "--scale", "0"} << 2 << "";
        QTest::newRow("no output") << QStringList{s} << 2 << "";
        QTest::newRow("bad scenario") << QStringList{QStringLiteral(KEYLADDER_SOURCE_DIR "/README.md"), "--out",
                                                     "f.svg"}
                                      << 2 << "";
    }
    void figureCommands_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("produces");
        QTest::newRow("matrix md") << QStringList{"figure", "matrix", "--out", "m.md", "--groups", "31"} << 0 << "m.md";
        QTest::newRow("matrix html") << QStringList{"figure", "matrix", "--out", "m.html", "--groups", "19"} << 0
                                     << "m.html";
        QTest::newRow("matrix gif") << QStringList{"figure", "matrix", "--out", "m.gif"} << 2 << "";
        QTest::newRow("cost md") << QStringList{"figure", "cost", "--out", "c.md", "--groups", "31", "--runs", "2"} << 0
                                 << "c.md";
        QTest::newRow("cost svg") << QStringList{"figure", "cost", "--out", "c.svg", "--groups", "19", "--runs", "2"}
                                  << 0 << "c.svg";
        QTest::newRow("cost unknown group")
            << QStringList{"figure", "cost", "--out", "c.md", "--groups", "99"} << 2 << "";
        QTest::newRow("scaling png") << QStringList{"figure",   "scaling",       "--out",   "s.png",
                                                    "--groups", "toy-24,toy-40", "--scale", "1"}
                                     << 0 << "s.png";
        QTest::newRow("scaling real group")
            << QStringList{"figure", "scaling", "--out", "s.svg", "--groups", "14"} << 2 << "";
    }
    void figureCommands() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, produces);
        QTemporaryDir dir;
        std::vector<std::string> argv;
        for (const QString& a : args)
            argv.push_back(a.contains(QLatin1Char('.')) ? dir.filePath(a).toStdString() : a.toStdString());
        std::ostringstream out, err;
        QCOMPARE(cli::run(argv, out, err), exitCode);
        if (exitCode != 0)
            return;
        const QByteArray written = readFile(dir.filePath(produces));
        QVERIFY(!written.isEmpty());
        if (produces.endsWith(QLatin1String(".svg")))
            QVERIFY(QSvgRenderer(written).isValid());
        if (produces.endsWith(QLatin1String(".png")))
            QVERIFY(!QImage::fromData(written, "PNG").isNull());
        if (produces.endsWith(QLatin1String(".md")))
            QVERIFY(written.contains("| "));
        if (produces.endsWith(QLatin1String(".html")))
            QVERIFY(written.contains("<td class="));
    }

    void cli() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, produces);
        QTemporaryDir dir;
        std::vector<std::string> argv{"export"};
        for (const QString& a : args)
            argv.push_back(a.startsWith(QLatin1Char('/')) || a.startsWith(QLatin1Char('-')) || a[0].isDigit() ||
                                   a == QLatin1String("dark") || a == QLatin1String("blue") ||
                                   a == QLatin1String("baseline") || a == QLatin1String("ecdh")
                               ? a.toStdString()
                               : dir.filePath(a).toStdString());
        std::ostringstream out, err;
        QCOMPARE(cli::run(argv, out, err), exitCode);
        if (exitCode != 0) {
            const std::string message = err.str();
            QVERIFY2(message.rfind("keyladder-cli: ", 0) == 0, message.c_str());
            QCOMPARE(std::count(message.begin(), message.end(), '\n'), 1);
            return;
        }
        const QByteArray written = readFile(dir.filePath(produces));
        QVERIFY(!written.isEmpty());
        if (produces.endsWith(QLatin1String(".svg")))
            QVERIFY(QSvgRenderer(written).isValid());
        else if (produces.endsWith(QLatin1String(".pdf")))
            QVERIFY(written.startsWith("%PDF-"));
        else
            QVERIFY(!QImage::fromData(written, "PNG").isNull());
    }
};

QTEST_MAIN(TestFigureExport)
#include "TestFigureExport.moc"
