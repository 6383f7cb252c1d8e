// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// The end of the story: did the attacker read the user data, and why.
Rectangle {
    id: card

    readonly property var verdict: SessionController.verdict
    readonly property bool reads: verdict.attackerReads === true
    readonly property color tone: !verdict.present ? Theme.accent : reads ? Theme.danger : Theme.success

    objectName: "verdictCard"
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: 6
    color: Theme.background
    border.color: tone
    border.width: Theme.lineWidth + 1

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            objectName: "verdictHeadline"
            Layout.fillWidth: true
            text: (card.reads ? "✘ " : card.verdict.present ? "✔ " : "") + (card.verdict.headline || "")
            color: card.tone
            font.pixelSize: Theme.largeFont
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: (card.verdict.plaintext || "") !== ""
            text: qsTr("It reads: “%1”").arg(card.verdict.plaintext || "")
            color: Theme.danger
            font.pixelSize: Theme.fontSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: card.verdict.explanation || ""
            color: Theme.text
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: card.verdict.outcome ? qsTr("Outcome of the procedure: %1").arg(card.verdict.outcome) : ""
            color: Theme.mutedText
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }
    }
}
