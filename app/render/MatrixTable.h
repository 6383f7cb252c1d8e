// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "core/attack/EvaluationMatrix.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace keyladder::render {

/** The outcome of one cell, which decides its colour. */
enum class CellState { Reads, Safe, Rejected, Missing };

/**
 * @brief One group's evaluation as a table: a row per attacker situation, a column per procedure.
 *
 * The view in the app (colour-coded, each cell explaining itself on hover) and the exports (Markdown for a
 * contribution's "Solution evaluation", CSV for spreadsheets, HTML with the colours and the explanations as
 * tooltips) all read this one table.
 */
struct MatrixTable {
    QString group;         ///< group id
    QString groupName;     ///< "Curve25519"
    QStringList columns;   ///< "Attacker situation", then one per procedure
    QStringList rowLabels; ///< one per situation
    QList<QList<CellState>> states;
    QList<QStringList> texts;        ///< short cell text: "reads", "safe", "rejected"
    QList<QStringList> explanations; ///< the cell's reason, one line

    static MatrixTable of(const EvaluationMatrix& matrix, const std::string& group);
};

QString cellText(CellState state);
/** Markdown: one table per group, a heading with the group's name. */
QString toMarkdown(const QList<MatrixTable>& tables);
/** CSV (RFC 4180): group,situation,<procedure...> with the short texts. */
QString toCsv(const QList<MatrixTable>& tables);
/** A standalone HTML document: colour-coded cells, the explanation as each cell's title (hover). */
QString toHtml(const QList<MatrixTable>& tables);
QList<MatrixTable> tablesOf(const EvaluationMatrix& matrix);

} // namespace keyladder::render
