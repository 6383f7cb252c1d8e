// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/render/EmbeddedScenario.h"
#include "app/render/Translate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QXmlStreamReader>
#include <QtEndian>

#include <array>

namespace keyladder::render::embedded {

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

// PNG chunk CRC (ISO 3309 / ITU-T V.42 polynomial, as the PNG specification's annex gives it).
quint32 crc32(const QByteArray& data) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray bigEndian32(quint32 v) {
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray xmlEscaped(const QByteArray& utf8) {
    return QString::fromUtf8(utf8).toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray addToSvg(const QByteArray& svg, const QByteArray& scenarioJson) {
    const qsizetype root = svg.indexOf("<svg");
    const qsizetype end = root < 0 ? -1 : svg.indexOf('>', root);
    if (end < 0)
        return svg;
    const QByteArray metadata =
        QByteArray("\n<metadata id=\"keyladder-scenario\"><keyladder:scenario xmlns:keyladder=\"") + kXmlNamespace +
        "\" media-type=\"application/json\">" + xmlEscaped(scenarioJson) + "</keyladder:scenario></metadata>\n";
    QByteArray out = svg;
    out.insert(end + 1, metadata);
    return out;
}

std::optional<QByteArray> fromSvg(const QByteArray& svg) {
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == QLatin1String(kXmlNamespace) &&
            xml.name() == QLatin1String("scenario"))
            return xml.readElementText().toUtf8();
    }
    return std::nullopt;
}

QByteArray addToPng(const QByteArray& png, const QByteArray& scenarioJson) {
    // Before the image data, where readers that stop at the header (Qt's QImageReader::text()) still see it.
    const qsizetype idat = png.indexOf("IDAT");
    if (!png.startsWith(kPngSignature) || idat < 12)
        return png;
    // iTXt: keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword, UTF-8 text.
    QByteArray body = QByteArray("iTXt") + kPngKeyword;
    body.append('\0').append('\0').append('\0').append('\0').append('\0');
    body.append(scenarioJson);
    const QByteArray chunk = bigEndian32(quint32(body.size() - 4)) + body + bigEndian32(crc32(body));
    QByteArray out = png;
    out.insert(idat - 4, chunk); // before the first IDAT's length field
    return out;
}

std::optional<QByteArray> fromPng(const QByteArray& png) {
    if (!png.startsWith(kPngSignature))
        return std::nullopt;
    const QByteArray keyword(kPngKeyword);
    qsizetype pos = kPngSignature.size();
    while (pos + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > quint32(png.size() - pos - 12))
            break;
        const QByteArray type = png.mid(pos + 4, 4);
        const QByteArray data = png.mid(pos + 8, qsizetype(length));
        if ((type == "tEXt" || type == "iTXt") && data.startsWith(keyword + '\0')) {
            QByteArray rest = data.mid(keyword.size() + 1);
            if (type == "tEXt") // Latin-1 by definition
                return QString::fromLatin1(rest).toUtf8();
            if (rest.size() >= 2 && rest[0] == '\0') { // uncompressed iTXt: skip method, language, translated keyword
                rest = rest.mid(2);
                const qsizetype language = rest.indexOf('\0');
                const qsizetype translated = language < 0 ? -1 : rest.indexOf('\0', language + 1);
                if (translated >= 0)
                    return rest.mid(translated + 1);
            }
        }
        if (type == "IEND")
            break;
        pos += 12 + qsizetype(length);
    }
    // Compressed text chunks (zTXt, compressed iTXt), as other tools may rewrite them: Qt's reader inflates them.
    QByteArray copy = png;
    QBuffer buffer(&copy);
    QImageReader reader(&buffer, "png");
    const QString text = reader.text(QString::fromLatin1(keyword));
    if (!text.isEmpty())
        return text.toUtf8();
    return std::nullopt;
}

bool looksLikeFigure(const QByteArray& data) {
    if (data.startsWith(kPngSignature))
        return true;
    const QByteArray head = data.left(4096);
    return head.contains("<svg");
}

std::optional<QByteArray> readScenario(const QString& path, QString* error) {
    const auto failWith = [error](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(renderTr("keyladder::render::EmbeddedScenario", "%1: %2").arg(path, file.errorString()));
    constexpr qint64 maxFigureOctets = 64 << 20;
    if (file.size() > maxFigureOctets)
        return failWith(
            renderTr("keyladder::render::EmbeddedScenario", "%1: larger than a KeyLadder figure can be").arg(path));
    const QByteArray data = file.readAll();
    if (data.startsWith(kPngSignature)) {
        if (auto scenario = fromPng(data))
            return scenario;
        return failWith(
            renderTr("keyladder::render::EmbeddedScenario", "%1: this PNG carries no KeyLadder scenario").arg(path));
    }
    if (looksLikeFigure(data)) {
        if (auto scenario = fromSvg(data))
            return scenario;
        return failWith(
            renderTr("keyladder::render::EmbeddedScenario", "%1: this SVG carries no KeyLadder scenario").arg(path));
    }
    return failWith(renderTr("keyladder::render::EmbeddedScenario", "%1: neither a PNG nor an SVG figure").arg(path));
}

} // namespace keyladder::render::embedded
