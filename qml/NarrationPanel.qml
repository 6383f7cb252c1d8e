// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// What happens in the current step, why, and where the specs say so.
Rectangle {
    id: panel

    readonly property var info: SessionController.stepInfo
    readonly property bool atEnd: SessionController.hasTrace && SessionController.stepCount > 0
                                  && SessionController.currentStep === SessionController.stepCount

    objectName: "narrationPanel"
    color: Theme.panel
    // A fixed height: the diagram above must not move when the narration of a step is longer.
    implicitHeight: Math.round(Theme.fontSize * 12.5)

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.panelBorder
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing * 2

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: narration.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: narration
            width: parent.width
            spacing: Theme.spacing / 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    visible: (panel.info.label || "") !== ""
                    implicitWidth: stepLabel.implicitWidth + Theme.spacing * 2
                    implicitHeight: stepLabel.implicitHeight + 4
                    radius: height / 2
                    color: Theme.accent
                    Text {
                        id: stepLabel
                        anchors.centerIn: parent
                        text: panel.info.label || ""
                        color: Theme.accentText
                        font.pixelSize: Theme.fontSize
                        font.bold: true
                    }
                }
                Text {
                    objectName: "narrationTitle"
                    Layout.fillWidth: true
                    text: panel.info.title || qsTr("No scenario loaded")
                    font.pixelSize: Theme.largeFont
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Text {
                objectName: "narrationText"
                Layout.fillWidth: true
                text: panel.info.narration || qsTr("Open a scenario (File › Open, or File › Examples).")
                font.pixelSize: Theme.fontSize
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.15
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: (panel.info.clause || "") + ((panel.info.phase || "") !== "" ? "  ·  " + qsTr("phase: %1").arg(panel.info.phase) : "")
                font.pixelSize: Theme.smallFont
                font.italic: true
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
        }

        }

        Flickable {
            Layout.preferredWidth: Math.min(panel.width * 0.45, Theme.fontSize * 36)
            Layout.fillHeight: true
            visible: panel.atEnd
            contentWidth: width
            contentHeight: verdict.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
        VerdictCard {
            id: verdict
            width: parent.width
        }
        }
    }
}
