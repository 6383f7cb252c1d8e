// SPDX-License-Identifier: LGPL-3.0-or-later
// The evaluation matrix: real negotiations for every situation x procedure, checked against the outcomes
// the attacker model must give, and its three renderings parsed back.
#include "core/attack/EvaluationMatrix.h"
#include "core/crypto/Bytes.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <sstream>

using namespace keyladder;

class TestEvaluationMatrix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cells_data();
    void cells();
    void everyCellHasAReason();
    void markdownHasOneTablePerGroup();
    void csvHasOneRowPerCell();
    void jsonRoundTrips();
    void unknownGroupIsAnError();
    void formatNames();

private:
    EvaluationMatrix m_matrix;
};

void TestEvaluationMatrix::initTestCase() {
    MatrixOptions options;
    options.groups = {"19", "toy-32"};
    m_matrix = runEvaluationMatrix(options);
    QCOMPARE(m_matrix.cells.size(), std::size_t(2 * matrixSituations().size() * matrixProcedures().size()));
}

void TestEvaluationMatrix::cells_data() {
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("reads");
    struct Row {
        const char* s;
        const char* p;
        const char* g;
        bool reads;
    };
    const Row rows[] = {
        {"no-leak", "baseline", "19", false},          {"no-leak", "dh-combine", "toy-32", false},
        {"k-leaked", "baseline", "19", true},          {"k-leaked", "dh-none", "19", true},
        {"k-leaked", "dh-combine", "19", false},       {"k-leaked", "dh-replace", "19", false},
        {"k-leaked", "dh-combine", "toy-32", true},    {"k-leaked", "dh-replace", "toy-32", true},
        {"k-leaked-later", "baseline", "19", true},    {"k-leaked-later", "dh-combine", "19", false},
        {"x2-tap", "baseline", "19", true},            {"x2-tap", "dh-combine", "19", false},
        {"x2-tap", "dh-replace", "toy-32", true},      {"x2-mitm", "dh-combine", "19", true},
        {"x2-mitm", "dh-replace", "19", true},         {"x2-mitm-protected", "dh-combine", "19", false},
        {"uu-mitm-k", "dh-combine", "19", true},       {"uu-mitm", "dh-combine", "19", false},
        {"uu-mitm", "baseline", "19", false},          {"downgrade-k", "dh-combine", "19", true},
        {"downgrade-k-policy", "dh-combine", "19", false},
    };
    for (const Row& r : rows)
        QTest::addRow("%s / %s / %s", r.s, r.p, r.g) << r.s << r.p << r.g << r.reads;
}

void TestEvaluationMatrix::cells() {
    QFETCH(QString, situation);
    QFETCH(QString, procedure);
    QFETCH(QString, group);
    QFETCH(bool, reads);
    const MatrixCell* c = m_matrix.cell(situation.toStdString(), procedure.toStdString(), group.toStdString());
    QVERIFY(c);
    QVERIFY2(c->readsUserData == reads, c->reason.c_str());
}

void TestEvaluationMatrix::everyCellHasAReason() {
    for (const MatrixCell& c : m_matrix.cells) {
        QVERIFY(!c.reason.empty());
        QVERIFY(c.reason.find('\n') == std::string::npos);
        QVERIFY(c.status == "established" || c.status == "rejected");
    }
    const MatrixCell* policy = m_matrix.cell("downgrade-k-policy", "dh-combine", "19");
    QCOMPARE(policy->status, std::string("rejected"));
    QCOMPARE(m_matrix.cell("downgrade-k", "dh-combine", "19")->selectedGroup, std::string("toy-32"));
}

void TestEvaluationMatrix::markdownHasOneTablePerGroup() {
    const QString md = QString::fromStdString(renderMatrix(m_matrix, MatrixFormat::Markdown));
    QCOMPARE(md.count("### Group "), 2);
    QCOMPARE(md.count("| Attacker situation |"), 3);
    QVERIFY(md.startsWith("### Overview"));
    // overview + one table per group: header + separator + one line per situation each
    const QStringList lines = md.split('\n').filter(QRegularExpression("^\\|"));
    QCOMPARE(int(lines.size()), 3 * (2 + int(matrixSituations().size())));
    // every line of a table has the same number of unescaped cell separators
    const int overviewCols = 2 + int(m_matrix.groups.size());
    const int detailCols = 2 + int(matrixProcedures().size());
    for (int i = 0; i < lines.size(); ++i) {
        QString unescaped = lines[i];
        unescaped.remove("\\|");
        QCOMPARE(int(unescaped.count('|')), i < 2 + int(matrixSituations().size()) ? overviewCols : detailCols);
    }
    // the overview agrees with the cells: "K leaked" on toy-32 reads in every procedure
    QVERIFY(md.contains("| K leaked, passive (Uu tapped) | **R** **R** - - | **R** **R** **R** **R** |"));
}

void TestEvaluationMatrix::csvHasOneRowPerCell() {
    const std::string csv = renderMatrix(m_matrix, MatrixFormat::Csv);
    std::istringstream in(csv);
    std::string line;
    int rows = 0;
    std::getline(in, line);
    QCOMPARE(line, std::string("group,situation,procedure,status,selectedGroup,readsUserData,reason"));
    while (std::getline(in, line))
        ++rows;
    QCOMPARE(rows, int(m_matrix.cells.size()));
}

void TestEvaluationMatrix::jsonRoundTrips() {
    const auto j = nlohmann::json::parse(renderMatrix(m_matrix, MatrixFormat::Json));
    QCOMPARE(j.at("schema").get<std::string>(), std::string("keyladder.matrix/1"));
    QCOMPARE(j.at("cells").size(), m_matrix.cells.size());
    for (std::size_t i = 0; i < m_matrix.cells.size(); ++i) {
        QCOMPARE(j["cells"][i]["readsUserData"].get<bool>(), m_matrix.cells[i].readsUserData);
        QCOMPARE(j["cells"][i]["reason"].get<std::string>(), m_matrix.cells[i].reason);
    }
}

void TestEvaluationMatrix::unknownGroupIsAnError() {
    MatrixOptions options;
    options.groups = {"99"};
    bool threw = false;
    try {
        (void)runEvaluationMatrix(options);
    } catch (const keyladder::Error& e) {
        threw = std::string(e.what()).find("99") != std::string::npos;
    }
    QVERIFY(threw);
}

void TestEvaluationMatrix::formatNames() {
    QCOMPARE(matrixFormatFromName("md"), std::optional(MatrixFormat::Markdown));
    QCOMPARE(matrixFormatFromName("markdown"), std::optional(MatrixFormat::Markdown));
    QCOMPARE(matrixFormatFromName("csv"), std::optional(MatrixFormat::Csv));
    QCOMPARE(matrixFormatFromName("json"), std::optional(MatrixFormat::Json));
    QVERIFY(!matrixFormatFromName("html").has_value());
}

QTEST_GUILESS_MAIN(TestEvaluationMatrix)
#include "TestEvaluationMatrix.moc"
