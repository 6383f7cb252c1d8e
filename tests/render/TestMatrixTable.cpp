// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/MatrixTable.h"
#include "core/attack/EvaluationMatrix.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using namespace keyladder;

class TestMatrixTable : public QObject {
    Q_OBJECT

private:
    EvaluationMatrix m_matrix;

private slots:
    void initTestCase() {
        MatrixOptions options;
        options.groups = {"31", "19"};
        m_matrix = runEvaluationMatrix(options);
    }

    void tableShape() {
        const QList<render::MatrixTable> tables = render::tablesOf(m_matrix);
        QCOMPARE(tables.size(), 2);
        for (const render::MatrixTable& t : tables) {
            QCOMPARE(t.rowLabels.size(), qsizetype(matrixSituations().size()));
            QCOMPARE(t.columns.size(), qsizetype(matrixProcedures().size() + 1));
            for (const auto& row : t.states)
                QCOMPARE(row.size(), qsizetype(matrixProcedures().size()));
        }
        // The baseline with K leaked and a Uu tap is read in every group (the premise of the proposal);
        // D-H with combine is not.
        const render::MatrixTable t = tables.front();
        const int kLeaked = int(std::find_if(matrixSituations().begin(), matrixSituations().end(),
                                             [](const MatrixSituation& s) { return s.id == "k-leaked"; }) -
                                matrixSituations().begin());
        QVERIFY(kLeaked < t.rowLabels.size());
        QCOMPARE(t.states[kLeaked][0], render::CellState::Reads);
        for (qsizetype c = 0; c < qsizetype(matrixProcedures().size()); ++c)
            if (matrixProcedures()[std::size_t(c)].id == "dh-combine")
                QCOMPARE(t.states[kLeaked][c], render::CellState::Safe);
    }

    void markdownRowsAndColumns() {
        const QString md = render::toMarkdown(render::tablesOf(m_matrix));
        const QStringList lines = md.split(QLatin1Char('\n'));
        int tableRows = 0;
        for (const QString& l : lines)
            if (l.startsWith(QLatin1String("| "))) {
                ++tableRows;
                QCOMPARE(l.count(QStringLiteral(" | ")), qsizetype(matrixProcedures().size()));
            }
        QCOMPARE(tableRows, 2 * int(matrixSituations().size() + 1)); // header + situations, per group
    }

    void csvRowsAndColumns() {
        const QString csv = render::toCsv(render::tablesOf(m_matrix));
        QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 * int(matrixSituations().size()));
        QVERIFY(lines.front().startsWith(QLatin1String("group,")));
        static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
        for (QString l : lines)
            QCOMPARE(l.remove(quoted).count(QLatin1Char(',')), qsizetype(matrixProcedures().size() + 1));
    }

    void htmlIsWellFormedWithExplanations() {
        const QString html = render::toHtml(render::tablesOf(m_matrix));
        QXmlStreamReader xml(QString(html)
                                 .remove(QStringLiteral("<!DOCTYPE html>"))
                                 .replace(QStringLiteral("<meta charset=\"utf-8\">"), QString()));
        int tds = 0, titled = 0, trs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("td")) {
                ++tds;
                titled += !xml.attributes().value(QLatin1String("title")).isEmpty();
            }
            trs += xml.isStartElement() && xml.name() == QLatin1String("tr");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(trs, 2 * int(matrixSituations().size() + 1));
        QCOMPARE(tds, 2 * int(matrixSituations().size() * matrixProcedures().size()));
        QCOMPARE(titled, tds);
    }
};

QTEST_GUILESS_MAIN(TestMatrixTable)
#include "TestMatrixTable.moc"
