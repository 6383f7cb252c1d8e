// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyladder::render {

/**
 * @brief The scenario a KeyLadder figure carries, so that the figure reopens in the app.
 *
 * SVG: a `<metadata>` element holding a `<keyladder:scenario>` element with the JSON as its text.
 * PNG: an uncompressed `iTXt` chunk with the keyword `keyladder-scenario` and the UTF-8 JSON.
 */
namespace embedded {

inline constexpr char kPngKeyword[] = "keyladder-scenario";
inline constexpr char kXmlNamespace[] = "https://keyladder.example.org/ns/scenario/1";

/** Returns @p svg with the scenario inserted right after the root element's start tag. */
QByteArray addToSvg(const QByteArray& svg, const QByteArray& scenarioJson);
/** Returns @p png with an iTXt chunk holding the scenario inserted before the image data. */
QByteArray addToPng(const QByteArray& png, const QByteArray& scenarioJson);

/** The scenario in an SVG document, if there is one. */
std::optional<QByteArray> fromSvg(const QByteArray& svg);
/** The scenario in a PNG file (tEXt, iTXt or zTXt chunk with our keyword), if there is one. */
std::optional<QByteArray> fromPng(const QByteArray& png);

/** True when @p data starts like a PNG or an SVG figure (what File › Open looks at). */
bool looksLikeFigure(const QByteArray& data);

/**
 * Reads the scenario embedded in the figure at @p path (SVG or PNG, told apart by their content).
 * On failure returns nothing and sets @p error to one sentence.
 */
std::optional<QByteArray> readScenario(const QString& path, QString* error = nullptr);

} // namespace embedded

} // namespace keyladder::render
