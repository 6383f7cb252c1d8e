// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// Every step of the trace; a click jumps there.
ListView {
    id: list

    objectName: "stepList"
    clip: true
    model: SessionController.steps
    currentIndex: SessionController.currentStep - 1
    highlightMoveDuration: AppSettings.animations ? 200 : 0
    ScrollBar.vertical: ScrollBar {}

    header: ItemDelegate {
        width: list.width
        text: qsTr("Start: the lifelines only")
        font.pixelSize: Theme.fontSize
        highlighted: SessionController.currentStep === 0
        focusPolicy: Qt.NoFocus
        onClicked: SessionController.first()
    }

    delegate: ItemDelegate {
        id: row
        required property int number
        required property string label
        required property string title
        required property string phase
        required property bool current
        required property bool past

        width: list.width
        highlighted: current
        focusPolicy: Qt.NoFocus
        onClicked: SessionController.goTo(number)
        ToolTip.visible: hovered
        ToolTip.delay: 700
        ToolTip.text: qsTr("Go to step %1 (%2)").arg(label).arg(phase)

        contentItem: RowLayout {
            spacing: Theme.spacing
            Rectangle {
                Layout.preferredWidth: Theme.fontSize * 2.4
                Layout.preferredHeight: Theme.fontSize * 1.5
                radius: height / 2
                color: row.current ? Theme.accent : Theme.badge
                Text {
                    anchors.centerIn: parent
                    text: row.label
                    font.pixelSize: Theme.smallFont
                    font.bold: true
                    color: row.current ? Theme.accentText : Theme.badgeText
                }
            }
            Text {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontSize
                font.bold: row.current
                color: row.past || row.current ? Theme.text : Theme.mutedText
                elide: Text.ElideRight
            }
        }
    }
}
