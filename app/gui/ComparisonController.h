// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "app/gui/AnalysisController.h"
#include "app/render/Comparison.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

namespace keyladder::app {

/**
 * @brief The side-by-side view: two procedures of one scenario (same subscriber, seed and attacker), run on
 * a worker thread and stepped in lock-step, with what differs in who knows what after each step.
 *
 * A procedure is named as in the evaluation matrix: "baseline", "dh-none", "dh-combine", "dh-replace".
 */
class ComparisonController : public AnalysisController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString leftProcedure READ leftProcedure WRITE setLeftProcedure NOTIFY proceduresChanged)
    Q_PROPERTY(QString rightProcedure READ rightProcedure WRITE setRightProcedure NOTIFY proceduresChanged)
    Q_PROPERTY(QVariantList procedures READ procedures CONSTANT)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY resultChanged)
    Q_PROPERTY(int leftStep READ leftStep NOTIFY stepChanged)
    Q_PROPERTY(int rightStep READ rightStep NOTIFY stepChanged)
    Q_PROPERTY(QString leftName READ leftName NOTIFY resultChanged)
    Q_PROPERTY(QString rightName READ rightName NOTIFY resultChanged)
    Q_PROPERTY(QString leftStepTitle READ leftStepTitle NOTIFY stepChanged)
    Q_PROPERTY(QString rightStepTitle READ rightStepTitle NOTIFY stepChanged)
    Q_PROPERTY(QVariantList differences READ differences NOTIFY stepChanged)
    Q_PROPERTY(QStringList differenceLines READ differenceLines NOTIFY stepChanged)

public:
    explicit ComparisonController(QObject* parent = nullptr);
    ~ComparisonController() override;

    QString leftProcedure() const { return m_leftProcedure; }
    void setLeftProcedure(const QString& id);
    QString rightProcedure() const { return m_rightProcedure; }
    void setRightProcedure(const QString& id);
    /** [{id, text}] for the pickers. */
    QVariantList procedures() const;
    int step() const;
    void setStep(int step);
    int stepCount() const;
    int leftStep() const;
    int rightStep() const;
    QString leftName() const;
    QString rightName() const;
    QString leftStepTitle() const;
    QString rightStepTitle() const;
    /** [{actor, label, onlyLeft: [names], onlyRight: [names]}] for the strip. */
    QVariantList differences() const;
    QStringList differenceLines() const;

    bool hasResult() const override { return bool(m_comparison); }
    /** "left", "right", or "" for both ladders with the strip, as one figure. */
    std::optional<render::Figure> figure(const QString& part, render::PrintTheme theme) const override;
    const render::Comparison* comparison() const { return m_comparison.get(); }

    /** Runs both sides of @p scenarioJson on the worker thread; the step is kept where it can be. */
    Q_INVOKABLE void load(const QByteArray& scenarioJson);
    /** load() with the scenario open in the session. */
    Q_INVOKABLE void reload();
    /** Where the current step's band lies in figure @p part ("left"/"right"): {top, bottom} as fractions of its height.
     */
    Q_INVOKABLE QVariantMap stepExtent(const QString& part) const;
    Q_INVOKABLE void next() { setStep(step() + 1); }
    Q_INVOKABLE void previous() { setStep(step() - 1); }
    Q_INVOKABLE void first() { setStep(0); }
    Q_INVOKABLE void last() { setStep(stepCount()); }

signals:
    void proceduresChanged();
    void stepChanged();

private:
    QString stepTitle(const render::FigureExporter& side, int step) const;

    QString m_leftProcedure = QStringLiteral("baseline");
    QString m_rightProcedure = QStringLiteral("dh-combine");
    QByteArray m_scenario;
    int m_wantedStep = -1; ///< the step to show once the next result is in; -1: the last
    std::unique_ptr<render::Comparison> m_comparison;
};

/** The short name of a procedure id for headings and the strip: "baseline", "D-H, combined", ... */
QString procedureName(const QString& id);

/** {"mode": "baseline"} or {"mode": "dh", "keyUsage": ...} for a procedure id; empty for an unknown id. */
QJsonObject procedureObject(const QString& id);

} // namespace keyladder::app
