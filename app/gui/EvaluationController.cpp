// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/gui/EvaluationController.h"

#include "core/attack/EvaluationMatrix.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace keyladder::app {

namespace {

QString stateName(render::CellState state) {
    switch (state) {
    case render::CellState::Reads:
        return QStringLiteral("reads");
    case render::CellState::Safe:
        return QStringLiteral("safe");
    case render::CellState::Rejected:
        return QStringLiteral("rejected");
    case render::CellState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

} // namespace

EvaluationController::EvaluationController(QObject* parent) : AnalysisController(parent) {}

void EvaluationController::setGroups(const QStringList& groups) {
    if (groups == m_groups)
        return;
    m_groups = groups;
    emit groupsChanged();
}

QVariantList EvaluationController::tables() const {
    QVariantList out;
    for (const render::MatrixTable& t : m_tables) {
        QVariantList rows;
        for (qsizetype r = 0; r < t.rowLabels.size(); ++r) {
            QVariantList cells;
            for (qsizetype c = 0; c < t.states.value(r).size(); ++c)
                cells << QVariantMap{{QStringLiteral("text"), t.texts[r][c]},
                                     {QStringLiteral("state"), stateName(t.states[r][c])},
                                     {QStringLiteral("explanation"), t.explanations.value(r).value(c)}};
            rows << QVariantMap{{QStringLiteral("label"), t.rowLabels[r]}, {QStringLiteral("cells"), cells}};
        }
        out << QVariantMap{{QStringLiteral("group"), t.group},
                           {QStringLiteral("groupName"), t.groupName},
                           {QStringLiteral("columns"), t.columns},
                           {QStringLiteral("rows"), rows}};
    }
    return out;
}

void EvaluationController::run() {
    if (m_groups.isEmpty()) {
        setError(tr("Choose at least one group to evaluate."));
        return;
    }
    MatrixOptions options;
    options.groups.clear();
    for (const QString& g : m_groups)
        options.groups.push_back(g.toStdString());
    // One core stays with the window; the negotiations share the other ones.
    options.parallelism = std::max(1, QThread::idealThreadCount() - 1);
    start(tr("Running every attacker situation against every procedure"),
          [this, options](JobProgress& job) mutable -> std::function<void()> {
              options.cancel = &job.cancel;
              const EvaluationMatrix matrix = runEvaluationMatrix(options);
              QList<render::MatrixTable> tables = render::tablesOf(matrix);
              const double seconds = matrix.seconds;
              return [this, tables, seconds] {
                  m_tables = tables;
                  m_seconds = seconds;
              };
          });
}

bool EvaluationController::exportTable(const QString& pathOrUrl) {
    const QString path = localPath(pathOrUrl);
    if (m_tables.isEmpty()) {
        setError(tr("Nothing to export yet: the evaluation has not run."));
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString text;
    if (suffix == QLatin1String("md"))
        text = render::toMarkdown(m_tables);
    else if (suffix == QLatin1String("csv"))
        text = render::toCsv(m_tables);
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        text = render::toHtml(m_tables);
    else {
        setError(tr("Cannot export %1: unknown format “.%2” (use .md, .csv or .html)")
                     .arg(QDir::toNativeSeparators(path), suffix));
        return false;
    }
    return writeFile(path, text.toUtf8());
}

bool EvaluationController::copyTable() {
    if (m_tables.isEmpty()) {
        setError(tr("Nothing to copy yet: the evaluation has not run."));
        return false;
    }
    return copyMarkdown(render::toMarkdown(m_tables));
}

} // namespace keyladder::app
