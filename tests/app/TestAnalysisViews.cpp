// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestScenarios.h"

#include "app/gui/AppSettings.h"
#include "app/gui/ComparisonController.h"
#include "app/gui/CostController.h"
#include "app/gui/EvaluationController.h"
#include "app/gui/FigureItem.h"
#include "app/gui/ScalingController.h"
#include "app/gui/SessionController.h"
#include "core/Simulation.h"
#include "core/attack/EvaluationMatrix.h"
#include "core/protocol/Scenario.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace keyladder;
using namespace keyladder::app;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The classroom scenario with its procedure replaced, run by the core directly: the step count to expect. */
int stepsWith(const QJsonObject& procedure) {
    QJsonObject doc = QJsonDocument::fromJson(test::classroomScenario()).object();
    QJsonObject p = doc.value(QStringLiteral("procedure")).toObject();
    for (auto it = procedure.begin(); it != procedure.end(); ++it)
        p.insert(it.key(), it.value());
    doc.insert(QStringLiteral("procedure"), p);
    const QByteArray json = QJsonDocument(doc).toJson();
    return int(simulate(loadScenario(std::string_view(json.constData(), std::size_t(json.size())))).steps().size());
}

const QVariantMap* differenceFor(const QVariantList& differences, const QString& actor, QVariantMap& holder) {
    for (const QVariant& d : differences)
        if (d.toMap().value(QStringLiteral("actor")).toString() == actor) {
            holder = d.toMap();
            return &holder;
        }
    return nullptr;
}

/** Fields of one RFC 4180 line: commas inside double quotes do not split. */
int csvFields(const QByteArray& line) {
    int fields = 1;
    bool quoted = false;
    for (const char ch : line) {
        if (ch == '"')
            quoted = !quoted;
        else if (ch == ',' && !quoted)
            ++fields;
    }
    return fields;
}

int rowOf(const std::string& situation) {
    const auto& all = matrixSituations();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == situation)
            return int(i);
    return -1;
}

int columnOf(const std::string& procedure) {
    const auto& all = matrixProcedures();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == procedure)
            return int(i);
    return -1;
}

} // namespace

// The analysis windows' controllers, as the windows drive them: jobs on the worker thread, then the views'
// data and the exports.
class TestAnalysisViews : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        // A settings store of the test's own, empty: the defaults below are a fresh user's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // ---- settings the windows and exports use ----

    void exportsAreLightAndWithoutSecretsByDefault() {
        AppSettings* settings = AppSettings::instance();
        QVERIFY(!settings->exportSecrets());
        QVERIFY(!settings->exportDark());
        settings->setExportSecrets(true);
        QCOMPARE(QSettings().value(QStringLiteral("export/secrets")).toBool(), true);
        settings->setExportSecrets(false);
    }

    void windowGeometryIsRemembered() {
        AppSettings* settings = AppSettings::instance();
        QVERIFY(settings->geometryOf(QStringLiteral("comparisonWindow")).isNull());
        const QRect where(40, 50, 900, 640);
        settings->setGeometryOf(QStringLiteral("comparisonWindow"), where);
        QCOMPARE(settings->geometryOf(QStringLiteral("comparisonWindow")), where);
        settings->setGeometryOf(QStringLiteral("comparisonWindow"), QRect()); // an invalid rect is not stored
        QCOMPARE(settings->geometryOf(QStringLiteral("comparisonWindow")), where);
    }

    // ---- side by side ----

    void comparisonStepsBothSidesTogether() {
        ComparisonController c;
        c.setStep(3); // asked for before the result is in: kept for it
        c.load(test::classroomScenario());
        QVERIFY(c.busy());
        QVERIFY(c.waitUntilIdle());
        QVERIFY2(c.hasResult(), qPrintable(c.error()));
        const int left = stepsWith({{"mode", "baseline"}});
        const int right = stepsWith({{"mode", "dh"}, {"keyUsage", "combine"}});
        QCOMPARE(c.stepCount(), std::max(left, right));
        QCOMPARE(c.step(), 3);
        for (int s = 0; s <= c.stepCount(); ++s) {
            c.setStep(s);
            QCOMPARE(c.step(), s);
            QCOMPARE(c.leftStep(), std::min(s, left));
            QCOMPARE(c.rightStep(), std::min(s, right));
            QCOMPARE(c.comparison()->left().painter().arrowLabels(c.leftStep()).size(),
                     c.comparison()->left().painter().arrowLabels(std::min(s, left)).size());
        }
        c.setStep(1);
        QSignalSpy stepSpy(&c, &ComparisonController::stepChanged);
        c.setStep(999);
        QCOMPARE(c.step(), c.stepCount());
        c.setStep(-4);
        QCOMPARE(c.step(), 0);
        QCOMPARE(stepSpy.count(), 2);
        c.next();
        QCOMPARE(c.step(), 1);
        c.last();
        c.previous();
        QCOMPARE(c.step(), c.stepCount() - 1);
    }

    void comparisonStripShowsWhatTheAttackerLoses() {
        ComparisonController c;
        c.load(test::classroomScenario());
        QVERIFY(c.waitUntilIdle());
        c.last();
        // K leaked and Uu tapped: in the baseline the attacker derives the user-plane key; with the D-H key
        // combined into S-KgNB it cannot.
        QVariantMap holder;
        const QVariantMap* attacker = differenceFor(c.differences(), QStringLiteral("Attacker"), holder);
        QVERIFY(attacker);
        QVERIFY2(attacker->value(QStringLiteral("onlyLeft")).toStringList().contains(QStringLiteral("KUPenc")),
                 qPrintable(c.differenceLines().join('\n')));
        QVERIFY(!attacker->value(QStringLiteral("onlyRight")).toStringList().contains(QStringLiteral("KUPenc")));
        // Before the first step both sides start from the same knowledge.
        c.first();
        QVERIFY(c.differences().isEmpty());
        QCOMPARE(c.differenceLines().size(), 1);

        // D-H computed but not used: the attacker reads both; the UE differs by the D-H key only.
        c.setLeftProcedure(QStringLiteral("dh-none"));
        QVERIFY(c.busy());
        QVERIFY(c.waitUntilIdle());
        c.last();
        holder.clear();
        attacker = differenceFor(c.differences(), QStringLiteral("Attacker"), holder);
        QVERIFY(!attacker || !attacker->value(QStringLiteral("onlyRight")).toStringList().contains("KUPenc"));
        QVERIFY(attacker && attacker->value(QStringLiteral("onlyLeft")).toStringList().contains("KUPenc"));
        QCOMPARE(c.leftName(), QStringLiteral("D-H, key not used"));
    }

    void comparisonExportsOneFigure() {
        ComparisonController c;
        c.load(test::classroomScenario());
        QVERIFY(c.waitUntilIdle());
        c.last();
        const QString svg = dir.filePath(QStringLiteral("comparison.svg"));
        QVERIFY2(c.exportFigure(QUrl::fromLocalFile(svg).toString(), QString(), false), qPrintable(c.error()));
        const QByteArray bytes = readAll(svg);
        QVERIFY(QSvgRenderer(bytes).isValid());
        QVERIFY(bytes.contains("baseline"));
        QVERIFY(bytes.contains("D-H, combined"));
        QVERIFY(bytes.contains("SGNB ADDITION REQUEST"));
        QVERIFY(c.status().contains(QStringLiteral("comparison.svg")));
        const QString pdf = dir.filePath(QStringLiteral("comparison.pdf"));
        QVERIFY(c.exportFigure(pdf, QString(), true));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));

        const QString bad = dir.filePath(QStringLiteral("comparison.docx"));
        QVERIFY(!c.exportFigure(bad, QString(), false));
        QVERIFY(c.error().contains(QStringLiteral(".docx")));
        QVERIFY(!QFileInfo::exists(bad));
    }

    void comparisonKeepsItsResultOnABadScenario() {
        ComparisonController c;
        c.load(test::classroomScenario());
        QVERIFY(c.waitUntilIdle());
        const int steps = c.stepCount();
        c.load("{ \"ue\": ");
        QVERIFY(c.waitUntilIdle());
        QVERIFY(!c.error().isEmpty());
        QVERIFY(c.hasResult());
        QCOMPARE(c.stepCount(), steps);
    }

    void comparisonCancelDropsTheRun() {
        ComparisonController c;
        c.load(test::classroomScenario());
        c.cancel();
        QVERIFY(!c.busy());
        QVERIFY(!c.hasResult());
        QTest::qWait(200);
        QVERIFY(!c.hasResult()); // a cancelled job's result never arrives
    }

    void comparisonFollowsTheSession() {
        SessionController* session = SessionController::instance();
        QVERIFY(session->loadDocument(test::classroomScenario(), QStringLiteral("classroom"), QString()));
        QVERIFY(session->waitUntilIdle());
        ComparisonController c;
        c.reload();
        QVERIFY(c.waitUntilIdle());
        QCOMPARE(c.stepCount(),
                 std::max(stepsWith({{"mode", "baseline"}}), stepsWith({{"mode", "dh"}, {"keyUsage", "combine"}})));
        const QVariantMap extent = c.stepExtent(QStringLiteral("right"));
        QVERIFY(extent.value("top").toDouble() < extent.value("bottom").toDouble());
        QVERIFY(extent.value("bottom").toDouble() <= 1.0);
    }

    // ---- evaluation ----

    void evaluationTableHasTheMatrixShape() {
        EvaluationController e;
        e.setGroups({QStringLiteral("31"), QStringLiteral("toy-32")});
        e.run();
        QVERIFY(e.waitUntilIdle());
        QVERIFY2(e.hasResult(), qPrintable(e.error()));
        const QVariantList tables = e.tables();
        QCOMPARE(tables.size(), 2);
        const QVariantMap t = tables.front().toMap();
        QCOMPARE(t.value("group").toString(), QStringLiteral("31"));
        QCOMPARE(t.value("columns").toStringList().size(), int(matrixProcedures().size()) + 1);
        const QVariantList rows = t.value("rows").toList();
        QCOMPARE(rows.size(), int(matrixSituations().size()));
        const auto cell = [&](const std::string& situation, const std::string& procedure) {
            return rows.at(rowOf(situation)).toMap().value("cells").toList().at(columnOf(procedure)).toMap();
        };
        // PROTOCOL.md's attacker rules: K plus a Uu tap reads the baseline, not the D-H key combined in.
        QCOMPARE(cell("k-leaked", "baseline").value("state").toString(), QStringLiteral("reads"));
        QCOMPARE(cell("k-leaked", "dh-none").value("state").toString(), QStringLiteral("reads"));
        QCOMPARE(cell("k-leaked", "dh-combine").value("state").toString(), QStringLiteral("safe"));
        QCOMPARE(cell("no-leak", "baseline").value("state").toString(), QStringLiteral("safe"));
        QVERIFY(!cell("k-leaked", "dh-combine").value("explanation").toString().isEmpty());
        QVERIFY(e.seconds() > 0);
    }

    void evaluationExports() {
        EvaluationController e;
        e.setGroups({QStringLiteral("31")});
        QVERIFY(!e.exportTable(dir.filePath(QStringLiteral("early.md")))); // nothing yet
        QVERIFY(!e.copyTable());
        e.run();
        QVERIFY(e.waitUntilIdle());
        const int rows = int(matrixSituations().size()), procedures = int(matrixProcedures().size());

        const QString csv = dir.filePath(QStringLiteral("matrix.csv"));
        QVERIFY2(e.exportTable(QUrl::fromLocalFile(csv).toString()), qPrintable(e.error()));
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + rows);
        QCOMPARE(csvFields(lines.front()), 2 + procedures); // group, situation, one per procedure
        QCOMPARE(csvFields(lines.back()), 2 + procedures);

        const QString md = dir.filePath(QStringLiteral("matrix.md"));
        QVERIFY(e.exportTable(md));
        const QByteArray markdown = readAll(md);
        QVERIFY(markdown.contains("Curve25519"));
        QCOMPARE(markdown.count("\n| "), rows + 1); // the header and one line per situation

        const QString html = dir.filePath(QStringLiteral("matrix.html"));
        QVERIFY(e.exportTable(html));
        const QByteArray page = readAll(html);
        QVERIFY(page.contains("<table"));
        QCOMPARE(page.count("<td"), rows * procedures); // one coloured cell per situation and procedure
        for (const MatrixSituation& situation : matrixSituations())
            QVERIFY(page.contains(QString::fromStdString(situation.label).toHtmlEscaped().toUtf8()));

        QVERIFY(e.copyTable());
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), markdown);
        QVERIFY(!e.exportTable(dir.filePath(QStringLiteral("matrix.xlsx"))));
        QVERIFY(e.error().contains(QStringLiteral(".xlsx")));
    }

    void evaluationRefusesBadGroups() {
        EvaluationController e;
        e.setGroups({});
        e.run();
        QVERIFY(!e.busy());
        QVERIFY(!e.error().isEmpty());
        e.setGroups({QStringLiteral("99")});
        e.run();
        QVERIFY(e.waitUntilIdle());
        QVERIFY2(e.error().contains(QStringLiteral("99")), qPrintable(e.error()));
        QVERIFY(!e.hasResult());
    }

    // ---- costs ----

    void costsMeasureTheChosenGroups() {
        CostController c;
        c.setGroups({QStringLiteral("31"), QStringLiteral("19")});
        c.setRuns(3);
        QVERIFY(c.method().isEmpty());
        QSignalSpy progress(&c, &AnalysisController::progressChanged);
        c.run();
        QVERIFY(c.busy());
        QVERIFY(c.waitUntilIdle());
        QVERIFY2(c.hasResult(), qPrintable(c.error()));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(c.progress(), 1.0);
        const QVariantList costs = c.costs();
        QCOMPARE(costs.size(), 2);
        // Public value sizes on the wire: RFC 7748 (32 octets) and SEC 1 uncompressed P-256 (1 + 2·32).
        QCOMPARE(costs[0].toMap().value("publicOctets").toInt(), 32);
        QCOMPARE(costs[1].toMap().value("publicOctets").toInt(), 65);
        QCOMPARE(costs[0].toMap().value("securityBits").toInt(), 128);
        for (const QVariant& v : costs) {
            QVERIFY(v.toMap().value("keygenMicros").toDouble() > 0);
            QVERIFY(v.toMap().value("agreeMicros").toDouble() > 0);
            QVERIFY(!v.toMap().value("added").toList().isEmpty());
        }
        QVERIFY(c.method().contains(QStringLiteral("3")));

        QVERIFY(c.copyTable());
        QCOMPARE(QGuiApplication::clipboard()->text(), render::costMarkdown(c.groupCosts()));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Curve25519")));
        const QString md = dir.filePath(QStringLiteral("costs.md"));
        QVERIFY2(c.exportTo(md, false), qPrintable(c.error()));
        QVERIFY(readAll(md).contains("Curve25519"));
        const QString svg = dir.filePath(QStringLiteral("costs.svg"));
        QVERIFY(c.exportTo(svg, false));
        QVERIFY(QSvgRenderer(readAll(svg)).isValid());
        QVERIFY(readAll(svg).contains("NIST P-256"));
    }

    void costsRefuseWhatCannotBeMeasured() {
        CostController c;
        c.setGroups({QStringLiteral("32")}); // Curve448: no X448 in Botan 2.19
        c.run();
        QVERIFY(!c.busy());
        QVERIFY(c.error().contains(QStringLiteral("32")));
        c.setGroups({QStringLiteral("nope")});
        c.run();
        QVERIFY(c.error().contains(QStringLiteral("nope")));
        c.setRuns(0);
        QCOMPARE(c.runs(), 1);
        QVERIFY(!c.exportTo(dir.filePath(QStringLiteral("none.md")), false));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.md"))));
    }

    // ---- scaling ----

    void scalingMeasuresToyGroupsAndExtrapolates() {
        ScalingController s;
        // toy-24 is solved by baby-step giant-step; the extrapolation needs a rho rate (toy-40).
        s.setGroups({QStringLiteral("toy-24"), QStringLiteral("toy-40")});
        s.setBudgetSeconds(20);
        s.run();
        QVERIFY(s.waitUntilIdle());
        QVERIFY2(s.hasResult(), qPrintable(s.error()));
        const QVariantList measured = s.measurements();
        QCOMPARE(measured.size(), 2);
        for (const QVariant& m : measured)
            QVERIFY(m.toMap().value("found").toBool());
        QStringList kinds;
        for (const QVariant& p : s.points())
            kinds << p.toMap().value("kind").toString();
        QVERIFY(kinds.contains("measured"));
        QVERIFY(kinds.contains("extrapolated"));
        QVERIFY(kinds.contains("record"));
        const QString png = dir.filePath(QStringLiteral("scaling.png"));
        QVERIFY2(s.exportFigure(png, QString(), false), qPrintable(s.error()));
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(QSizeF(image.size()), s.figure({}, render::PrintTheme::Light)->size * 2.0);
    }

    void scalingMeasuresOnlyToyGroups() {
        ScalingController s;
        s.setGroups({QStringLiteral("14")});
        s.run();
        QVERIFY(!s.busy());
        QVERIFY(s.error().contains(QStringLiteral("14")));
    }

    // Closing a window mid-job: the controller goes away while its worker solves a discrete log that would
    // take far longer than the budget allows; the destructor cancels it and returns, and no result arrives.
    void closingAWindowStopsItsJob() {
        auto* s = new ScalingController;
        s->setGroups({QStringLiteral("toy-64")});
        s->setBudgetSeconds(600);
        s->run();
        QVERIFY(s->busy());
        QTest::qWait(300); // the worker is inside the discrete log now
        QElapsedTimer closing;
        closing.start();
        delete s;
        // Generous: cancelling is checked between rho iterations batches; 600 s would mean it was ignored.
        QVERIFY2(closing.elapsed() < 30000, qPrintable(QString::number(closing.elapsed())));
        QTest::qWait(100); // a result posted meanwhile must find no controller (no crash)
    }

    // ---- the figure item ----

    void figureItemFollowsItsSource() {
        CostController c;
        FigureItem item;
        item.setSource(&c);
        QVERIFY(item.empty());
        QCOMPARE(item.implicitWidth(), 0.0);
        c.setGroups({QStringLiteral("31")});
        c.setRuns(1);
        c.run();
        QVERIFY(c.waitUntilIdle());
        QVERIFY(!item.empty());
        const QSizeF size = c.figure({}, render::PrintTheme::Light)->size;
        QCOMPARE(item.implicitWidth(), size.width());
        item.setZoom(2);
        QCOMPARE(item.implicitHeight(), size.height() * 2);
    }

    // ---- File › Export step series ----

    void seriesExportWritesOneFigurePerStep() {
        SessionController* session = SessionController::instance();
        QVERIFY(session->loadDocument(test::classroomScenario(), QStringLiteral("classroom"), QString()));
        QVERIFY(session->waitUntilIdle());
        const QString folder = dir.filePath(QStringLiteral("series"));
        QSignalSpy done(session, &SessionController::seriesExported);
        QVERIFY2(session->exportSeries(QUrl::fromLocalFile(folder).toString(), QStringLiteral("svg"), false, false),
                 qPrintable(session->error()));
        QVERIFY(session->exporting()); // drawn on a worker: the window stays responsive
        QVERIFY(!session->exportSeries(folder, QStringLiteral("svg"), false, false)); // one at a time
        QVERIFY(done.wait(60000));
        QCOMPARE(done.front().front().toBool(), true);
        QVERIFY(!session->exporting());
        const QStringList svgs = QDir(folder).entryList({QStringLiteral("step-*.svg")}, QDir::Files, QDir::Name);
        QCOMPARE(svgs.size(), session->stepCount());
        QSize first;
        for (const QString& name : svgs) {
            QSvgRenderer svg(readAll(QDir(folder).filePath(name)));
            QVERIFY(svg.isValid());
            if (first.isEmpty())
                first = svg.defaultSize();
            QCOMPARE(svg.defaultSize(), first); // one canvas: the slides animate when flipped
        }
        const QByteArray pdf = readAll(QDir(folder).filePath(QStringLiteral("steps.pdf")));
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        QCOMPARE(int(QString::fromLatin1(pdf).count(page)), session->stepCount());
        QVERIFY(session->statusMessage().contains(QString::number(session->stepCount() + 1)));

        // A file where the folder should be: a clear error, the file untouched.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep");
        file.close();
        done.clear();
        QVERIFY(session->exportSeries(blocker, QStringLiteral("png"), false, false));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.front().front().toBool(), false);
        QVERIFY(session->error().contains(QStringLiteral("blocker")));
        QCOMPARE(readAll(blocker), QByteArray("keep"));
    }

    void seriesExportOfPngFollowsTheScale() {
        SessionController* session = SessionController::instance();
        const QString folder = dir.filePath(QStringLiteral("png-series"));
        QSignalSpy done(session, &SessionController::seriesExported);
        QVERIFY(session->exportSeries(folder, QStringLiteral("png"), true, false));
        QVERIFY(done.wait(120000));
        QVERIFY2(done.front().front().toBool(), qPrintable(session->error()));
        const QStringList pngs = QDir(folder).entryList({QStringLiteral("step-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), session->stepCount());
        // 2× the figure's size in layout pixels, the same for every step.
        const render::FigureExporter exporter(session->scenarioDocument(), session->traceView());
        render::DiagramOptions options;
        options.theme = render::PrintTheme::Dark;
        const QSizeF size = exporter.painter().canvasSize(options) * 2.0;
        for (const QString& name : pngs) {
            QImage image;
            QVERIFY(image.load(QDir(folder).filePath(name)));
            QCOMPARE(QSizeF(image.size()), size);
        }
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "TestAnalysisViews.moc"
