// SPDX-License-Identifier: LGPL-3.0-or-later
// keyladder-cli export: the ladder as a figure (SVG, PDF, PNG) drawn by the app's own painter, and per-step series.
#include "app/cli/ArgParser.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Command.h"
#include "app/render/Comparison.h"
#include "app/render/CostTable.h"
#include "app/render/FigureExporter.h"
#include "app/render/MatrixTable.h"
#include "app/render/ScalingPlot.h"
#include "core/attack/EvaluationMatrix.h"
#include "core/crypto/Groups.h"
#include "core/protocol/Scenario.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace keyladder::cli {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// Text measurement and painting need a QGuiApplication; the CLI makes a headless one only when it draws.
void ensureGuiApplication() {
    if (QCoreApplication::instance()) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            throw std::runtime_error("export: the figures need a GUI-capable Qt application in this process");
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "keyladder-cli";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

double scaleArg(const std::string& text) {
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || errno != 0 || !std::isfinite(v) || v < 0.25 || v > 8)
        throw UsageError("--scale: expected a number from 0.25 to 8, got " + quoteValue(text));
    return v;
}

int exportCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("export", "Draw the scenario's ladder as a figure with the app's own painter and layout: "
                               "SVG and PDF as vectors with text kept as text, PNG at any scale. SVG and PNG "
                               "carry the scenario, so the app reopens the figure.");
    parser.positional("SCENARIO", "scenario file; - or /dev/stdin reads standard input")
        .option("--out", "FILE", "FILE.svg, FILE.pdf or FILE.png (format from the extension)")
        .option("--step", "N", "draw the first N steps only, counting the context steps C1, C2 (default: all)")
        .option("--theme", "THEME", "light (default, for print) or dark")
        .flag("--secrets", "add the secret values every actor holds after the last step drawn")
        .option("--series", "DIR", "also write one figure per step (step-01...) and steps.pdf into DIR")
        .option("--scale", "S", "PNG device pixels per diagram pixel, 0.25 to 8 (default 2)")
        .option("--compare", "MODE",
                "side by side with the same scenario run as MODE (baseline or dh), in lock-step, "
                "with the who-knows-what differences after the step")
        .note("Every figure of a series has the same canvas size, so the images animate when flipped through.\n"
              "The series images take the format of --out (svg or png; png when --out is a PDF or absent).\n"
              "Exit codes: 0 written, 2 bad input (one line on stderr), 1 a file could not be written.");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const std::optional<std::string> out = a.optional("--out");
    const std::optional<std::string> series = a.optional("--series");
    if (!out && !series)
        throw UsageError("export: give --out FILE.svg|.pdf|.png and/or --series DIR");
    if (out && out->empty())
        throw UsageError("--out: expected a file name, got an empty value");
    if (series && series->empty())
        throw UsageError("--series: expected a directory, got an empty value");
    std::optional<render::FigureFormat> format;
    if (out) {
        format = render::figureFormatOf(qs(*out));
        if (!format)
            throw UsageError("--out: expected a .svg, .pdf or .png file name, got " + quoteValue(*out));
    }
    render::FigureOptions options;
    const std::string theme = a.optional("--theme").value_or("light");
    if (theme == "dark")
        options.diagram.theme = render::PrintTheme::Dark;
    else if (theme != "light")
        throw UsageError("--theme: expected light or dark, got " + quoteValue(theme));
    options.diagram.secrets = a.has("--secrets");
    if (a.has("--scale"))
        options.scale = scaleArg(a.value("--scale"));

    const std::string& path = a.positionals().front();
    std::string text;
    try {
        text = readInput(path, ScenarioLimits::maxDocumentOctets);
    } catch (const IoError& e) {
        throw UsageError(e.what());
    }
    ensureGuiApplication();
    std::optional<render::FigureExporter> exporter;
    try {
        exporter.emplace(render::FigureExporter::fromScenario(QByteArray::fromStdString(text)));
    } catch (const ScenarioError& e) {
        throw UsageError((path == "-" ? std::string("<stdin>") : path) + ": " + e.what());
    }
    if (a.has("--step"))
        options.diagram.upToStep = int(a.number("--step", 1, std::uint64_t(std::max(1, exporter->stepCount()))));

    if (a.has("--compare")) {
        const std::string mode = a.value("--compare");
        if (mode != "baseline" && mode != "dh")
            throw UsageError("--compare: expected baseline or dh, got " + quoteValue(mode));
        if (series || !out)
            throw UsageError("--compare: writes one figure; give --out and no --series");
        render::Comparison comparison(QByteArray::fromStdString(text), QJsonObject{{"mode", qs(mode)}});
        comparison.setStep(options.diagram.upToStep == 0 ? comparison.stepCount() : options.diagram.upToStep);
        const render::Figure figure = comparison.figure(options.diagram.theme);
        const QByteArray bytes = *format == render::FigureFormat::Svg   ? render::toSvg(figure)
                                 : *format == render::FigureFormat::Pdf ? render::toPdf({figure})
                                                                        : render::toPng(figure, options.scale);
        if (const QString e = render::writeAtomically(qs(*out), bytes); !e.isEmpty())
            throw IoError(e.toStdString());
        return exitcode::ok;
    }
    if (out) {
        if (const QString e = exporter->writeFile(qs(*out), options); !e.isEmpty())
            throw IoError(e.toStdString());
    }
    if (series) {
        const render::FigureFormat imageFormat =
            format == render::FigureFormat::Svg ? render::FigureFormat::Svg : render::FigureFormat::Png;
        QString error;
        const QStringList files = exporter->writeSeries(qs(*series), imageFormat, options, &error);
        if (!error.isEmpty())
            throw IoError(error.toStdString());
        io.out << "wrote " << files.size() << " files into " << *series << "\n";
    }
    return exitcode::ok;
}

std::vector<std::string> idList(const std::string& flag, const std::string& text) {
    std::vector<std::string> ids;
    const QStringList parts = qs(text).split(QLatin1Char(','));
    for (const QString& part : parts) {
        if (part.isEmpty() || !findGroup(part.toStdString()))
            throw UsageError(flag + ": unknown group " + quoteValue(part.toStdString()) +
                             " (keyladder-cli groups lists them)");
        ids.push_back(part.toStdString());
    }
    return ids;
}

render::PrintTheme themeArg(const ParsedArgs& a) {
    const std::string theme = a.optional("--theme").value_or("light");
    if (theme != "light" && theme != "dark")
        throw UsageError("--theme: expected light or dark, got " + quoteValue(theme));
    return theme == "dark" ? render::PrintTheme::Dark : render::PrintTheme::Light;
}

void writeFigure(const render::Figure& figure, const std::string& out, double scale) {
    const auto format = render::figureFormatOf(qs(out));
    if (!format)
        throw UsageError("--out: expected a .svg, .pdf or .png file name, got " + quoteValue(out));
    const QByteArray bytes = *format == render::FigureFormat::Svg   ? render::toSvg(figure)
                             : *format == render::FigureFormat::Pdf ? render::toPdf({figure})
                                                                    : render::toPng(figure, scale);
    if (const QString e = render::writeAtomically(qs(out), bytes); !e.isEmpty())
        throw IoError(e.toStdString());
}

int scalingCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("figure scaling", "Time Pollard rho on the toy groups on this machine, extrapolate to the real "
                                       "groups (rho or the number field sieve, whichever is cheaper) and plot both "
                                       "on log scales with the published record computations.");
    parser.option("--out", "FILE", "FILE.svg, FILE.pdf or FILE.png", true)
        .option("--groups", "IDS", "toy groups to measure (default toy-24,toy-32,toy-40,toy-48)")
        .option("--budget", "SECONDS", "time budget of each discrete log (default 60)")
        .option("--theme", "THEME", "light (default) or dark")
        .option("--scale", "S", "PNG device pixels per figure pixel, 0.25 to 8 (default 2)");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const std::vector<std::string> groups =
        idList("--groups", a.optional("--groups").value_or("toy-24,toy-32,toy-40,toy-48"));
    for (const std::string& g : groups)
        if (findGroup(g)->kind != GroupKind::Toy)
            throw UsageError("--groups: " + quoteValue(g) + " is not a toy group; only toy groups are measured");
    const double budget = a.has("--budget") ? parseSecondsArg("--budget", a.value("--budget")) : 60.0;
    const render::PrintTheme theme = themeArg(a);
    const double scale = a.has("--scale") ? scaleArg(a.value("--scale")) : 2.0;
    ensureGuiApplication();
    const QList<render::RhoMeasurement> measured = render::measureToyRho(groups, 1, budget);
    for (const render::RhoMeasurement& m : measured)
        io.out << m.group.toStdString() << ": " << (m.found ? "found" : "not found") << " in " << m.seconds << " s, "
               << m.iterations << " iterations (" << m.method.toStdString() << ")\n";
    writeFigure(render::scalingFigure(render::scalingPoints(measured, 1), theme), a.value("--out"), scale);
    return exitcode::ok;
}

int matrixFigureCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("figure matrix", "The evaluation matrix (attacker situations x procedures, per group) as "
                                      "Markdown, CSV or a colour-coded HTML page whose cells explain themselves.");
    parser.option("--out", "FILE", "FILE.md, FILE.csv or FILE.html", true)
        .option("--groups", "IDS", "comma-separated group ids (default 31,19,14,toy-40)");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const std::string out = a.value("--out");
    const QString suffix = QFileInfo(qs(out)).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("csv") && suffix != QLatin1String("html"))
        throw UsageError("--out: expected a .md, .csv or .html file name, got " + quoteValue(out));
    MatrixOptions options;
    if (a.has("--groups"))
        options.groups = idList("--groups", a.value("--groups"));
    const QList<render::MatrixTable> tables = render::tablesOf(runEvaluationMatrix(options));
    const QString text = suffix == QLatin1String("md")    ? render::toMarkdown(tables)
                         : suffix == QLatin1String("csv") ? render::toCsv(tables)
                                                          : render::toHtml(tables);
    if (const QString e = render::writeAtomically(qs(out), text.toUtf8()); !e.isEmpty())
        throw IoError(e.toStdString());
    return exitcode::ok;
}

int costCommand(const std::vector<std::string>& args, Io& io) {
    ArgParser parser("figure cost", "What the D-H exchange costs per group, measured on this machine: key generation "
                                    "and agreement time, octets added to each message (X2 and Uu), security level.");
    parser.option("--out", "FILE", "FILE.md (table) or FILE.svg, FILE.pdf, FILE.png (bar chart)", true)
        .option("--groups", "IDS", "comma-separated group ids (default 31,19,20,14,15)")
        .option("--runs", "N", "timed runs per group, 1 to 1000 (default 25)")
        .option("--theme", "THEME", "light (default) or dark")
        .option("--scale", "S", "PNG device pixels per figure pixel, 0.25 to 8 (default 2)");
    ParsedArgs a;
    if (parseOrHelp(parser, args, io, a))
        return exitcode::ok;
    const std::string out = a.value("--out");
    const bool markdown = QFileInfo(qs(out)).suffix().toLower() == QLatin1String("md");
    if (!markdown && !render::figureFormatOf(qs(out)))
        throw UsageError("--out: expected a .md, .svg, .pdf or .png file name, got " + quoteValue(out));
    const std::vector<std::string> groups = idList("--groups", a.optional("--groups").value_or("31,19,20,14,15"));
    for (const std::string& g : groups)
        if (!findGroup(g)->available)
            throw UsageError("--groups: group " + quoteValue(g) +
                             " is unavailable: " + findGroup(g)->unavailableReason);
    const int runs = int(a.number("--runs", 1, 1000, 25));
    const render::PrintTheme theme = themeArg(a);
    const double scale = a.has("--scale") ? scaleArg(a.value("--scale")) : 2.0;
    ensureGuiApplication();
    const QList<render::GroupCost> costs = render::measureCosts(groups, runs);
    if (markdown) {
        if (const QString e = render::writeAtomically(qs(out), render::costMarkdown(costs).toUtf8()); !e.isEmpty())
            throw IoError(e.toStdString());
    } else {
        writeFigure(render::costFigure(costs, theme), out, scale);
    }
    return exitcode::ok;
}

} // namespace

void addExportCommand(CommandTable& table) {
    table.push_back({{"export"}, "the ladder as an SVG, PDF or PNG figure (or a per-step series)", &exportCommand});
    table.push_back({{"figure", "scaling"},
                     "discrete-log time against group size: measured, extrapolated, records",
                     &scalingCommand});
    table.push_back(
        {{"figure", "cost"}, "key generation and agreement time, octets per message, per group", &costCommand});
    table.push_back(
        {{"figure", "matrix"}, "the evaluation matrix as Markdown, CSV or colour-coded HTML", &matrixFigureCommand});
}

} // namespace keyladder::cli
