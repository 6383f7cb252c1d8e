// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// An ordered list of D-H groups inside the scenario: tick to use, ↑/↓ (or drag) to reorder.
ColumnLayout {
    id: picker

    property alias path: selectionModel.path
    property bool showAll: false
    readonly property alias model: selectionModel

    spacing: 0

    GroupSelectionModel {
        id: selectionModel
    }

    Repeater {
        id: rows
        model: selectionModel
        delegate: Rectangle {
            id: row
            required property int index
            required property string groupId
            required property string name
            required property bool checked
            required property int position
            required property bool available
            required property string costHint
            required property bool illustrative

            objectName: "groupRow_" + groupId
            Layout.fillWidth: true
            visible: checked || (picker.showAll && available)
            implicitHeight: visible ? line.implicitHeight + 2 : 0
            color: dragArea.drag.active ? Theme.currentBand : "transparent"

            RowLayout {
                id: line
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 2
                CheckBox {
                    objectName: "groupCheck_" + row.groupId
                    checked: row.checked
                    enabled: row.available
                    focusPolicy: Qt.NoFocus
                    padding: 2
                    onToggled: selectionModel.toggle(row.index)
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: row.costHint
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: (row.checked ? row.position + ". " : "") + row.groupId + "  " + row.name
                        font.pixelSize: Theme.smallFont
                        font.bold: row.checked
                        color: row.illustrative ? Theme.secret : Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.costHint
                        font.pixelSize: Math.round(Theme.smallFont * 0.9)
                        color: Theme.mutedText
                        elide: Text.ElideRight
                    }
                }
                ToolButton {
                    objectName: "groupUp_" + row.groupId
                    visible: row.checked
                    enabled: row.position > 1
                    text: "↑"
                    focusPolicy: Qt.NoFocus
                    implicitWidth: Theme.fontSize * 1.8
                    onClicked: selectionModel.moveUp(row.index)
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Prefer this group more")
                }
                ToolButton {
                    objectName: "groupDown_" + row.groupId
                    visible: row.checked
                    enabled: row.position < selectionModel.selection.length
                    text: "↓"
                    focusPolicy: Qt.NoFocus
                    implicitWidth: Theme.fontSize * 1.8
                    onClicked: selectionModel.moveDown(row.index)
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Prefer this group less")
                }
            }
            MouseArea {
                // Dragging a chosen group up or down moves it by whole rows.
                id: dragArea
                anchors.fill: line
                anchors.leftMargin: Theme.fontSize * 2
                anchors.rightMargin: Theme.fontSize * 4
                enabled: row.checked
                property real startY: 0
                cursorShape: enabled ? Qt.SizeVerCursor : Qt.ArrowCursor
                onPressed: function(mouse) { startY = mouse.y }
                onReleased: function(mouse) {
                    const rowsMoved = Math.round((mouse.y - startY) / Math.max(1, row.height))
                    if (rowsMoved !== 0)
                        selectionModel.move(row.index, Math.max(0, Math.min(selectionModel.selection.length - 1,
                                                                            row.index + rowsMoved)))
                }
            }
        }
    }
    Button {
        Layout.fillWidth: true
        flat: true
        text: picker.showAll ? qsTr("Hide other groups") : qsTr("Add groups…")
        font.pixelSize: Theme.smallFont
        focusPolicy: Qt.NoFocus
        onClicked: picker.showAll = !picker.showAll
    }
}
