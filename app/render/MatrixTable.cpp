// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/MatrixTable.h"
#include "app/render/Translate.h"

#include "core/crypto/Groups.h"

#include <QCoreApplication>

namespace keyladder::render {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString mdCell(QString text) {
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

QString cellText(CellState state) {
    switch (state) {
    case CellState::Reads:
        return renderTr("keyladder::render::MatrixTable", "reads");
    case CellState::Safe:
        return renderTr("keyladder::render::MatrixTable", "safe");
    case CellState::Rejected:
        return renderTr("keyladder::render::MatrixTable", "rejected");
    case CellState::Missing:
        return renderTr("keyladder::render::MatrixTable", "?");
    }
    return {};
}

MatrixTable MatrixTable::of(const EvaluationMatrix& matrix, const std::string& group) {
    MatrixTable t;
    t.group = qs(group);
    const GroupInfo* info = findGroup(group);
    t.groupName = info ? qs(info->name) : t.group;
    t.columns << renderTr("keyladder::render::MatrixTable", "Attacker situation");
    // The core marks its labels with KEYLADDER_TR_NOOP; they are translated here, where they are shown.
    for (const MatrixProcedure& p : matrix.procedures)
        t.columns << QCoreApplication::translate("keyladder::EvaluationMatrix", p.label.c_str());
    for (const MatrixSituation& s : matrix.situations) {
        t.rowLabels << QCoreApplication::translate("keyladder::EvaluationMatrix", s.label.c_str());
        QList<CellState> states;
        QStringList texts, explanations;
        for (const MatrixProcedure& p : matrix.procedures) {
            const MatrixCell* c = matrix.cell(s.id, p.id, group);
            const CellState state = !c                           ? CellState::Missing
                                    : c->readsUserData           ? CellState::Reads
                                    : c->status == "established" ? CellState::Safe
                                                                 : CellState::Rejected;
            states << state;
            texts << cellText(state);
            explanations << (c ? qs(c->reason) : renderTr("keyladder::render::MatrixTable", "not evaluated"));
        }
        t.states << states;
        t.texts << texts;
        t.explanations << explanations;
    }
    return t;
}

QList<MatrixTable> tablesOf(const EvaluationMatrix& matrix) {
    QList<MatrixTable> tables;
    for (const std::string& g : matrix.groups)
        tables << MatrixTable::of(matrix, g);
    return tables;
}

QString toMarkdown(const QList<MatrixTable>& tables) {
    QString out;
    for (const MatrixTable& t : tables) {
        out += QStringLiteral("### %1 (group %2)\n\n").arg(t.groupName, t.group);
        QStringList header;
        for (const QString& c : t.columns)
            header << mdCell(c);
        out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            out += QStringLiteral("---|");
        out += QLatin1Char('\n');
        for (qsizetype r = 0; r < t.rowLabels.size(); ++r) {
            QStringList cells{mdCell(t.rowLabels[r])};
            for (qsizetype c = 0; c < t.texts[r].size(); ++c)
                cells << (t.states[r][c] == CellState::Reads ? QStringLiteral("**%1**").arg(t.texts[r][c])
                                                             : t.texts[r][c]);
            out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        out += QLatin1Char('\n');
    }
    out +=
        renderTr("keyladder::render::MatrixTable",
                 "**reads**: the attacker reads the user data; safe: it does not; rejected: the negotiation failed.\n");
    return out;
}

QString toCsv(const QList<MatrixTable>& tables) {
    QString out;
    if (tables.isEmpty())
        return out;
    QStringList header{QStringLiteral("group")};
    for (const QString& c : tables.front().columns)
        header << csvField(c);
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const MatrixTable& t : tables)
        for (qsizetype r = 0; r < t.rowLabels.size(); ++r) {
            QStringList cells{csvField(t.group), csvField(t.rowLabels[r])};
            for (const QString& text : t.texts[r])
                cells << csvField(text);
            out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    return out;
}

QString toHtml(const QList<MatrixTable>& tables) {
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>KeyLadder evaluation</title>\n<style>"
        "body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1.5em}"
        "th,td{border:1px solid #999;padding:4px 8px}td.reads{background:#f8d7da}td.safe{background:#d4edda}"
        "td.rejected{background:#fff3cd}</style></head><body>\n");
    for (const MatrixTable& t : tables) {
        out += QStringLiteral("<h3>%1 (group %2)</h3>\n<table>\n<tr>")
                   .arg(t.groupName.toHtmlEscaped(), t.group.toHtmlEscaped());
        for (const QString& c : t.columns)
            out += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
        out += QStringLiteral("</tr>\n");
        for (qsizetype r = 0; r < t.rowLabels.size(); ++r) {
            out += QStringLiteral("<tr><th>%1</th>").arg(t.rowLabels[r].toHtmlEscaped());
            for (qsizetype c = 0; c < t.texts[r].size(); ++c) {
                const char* cls = t.states[r][c] == CellState::Reads  ? "reads"
                                  : t.states[r][c] == CellState::Safe ? "safe"
                                                                      : "rejected";
                out +=
                    QStringLiteral("<td class=\"%1\" title=\"%2\">%3</td>")
                        .arg(QLatin1String(cls), t.explanations[r][c].toHtmlEscaped(), t.texts[r][c].toHtmlEscaped());
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace keyladder::render
