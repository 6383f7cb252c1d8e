// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import KeyLadder

// A small-caps heading that groups the controls below it.
Text {
    id: heading

    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    font.pixelSize: Theme.smallFont
    font.bold: true
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.8
    color: Theme.mutedText
    elide: Text.ElideRight
}
