// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// The selected message or computation: its information elements with their values.
Rectangle {
    id: panel

    readonly property var selection: SessionController.selection
    readonly property bool hasSelection: selection.name !== undefined

    objectName: "inspectorPanel"
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            SectionHeader {
                text: qsTr("Inspector")
            }
            Switch {
                objectName: "showSecretsSwitch"
                text: qsTr("Secrets")
                font.pixelSize: Theme.smallFont
                checked: AppSettings.showSecrets
                onToggled: AppSettings.showSecrets = checked
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Show or hide the values of keys and private values")
            }
        }

        Text {
            Layout.fillWidth: true
            visible: !panel.hasSelection
            text: qsTr("Click an arrow or a box in the diagram to see what it carries.")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "inspectorTitle"
            Layout.fillWidth: true
            visible: panel.hasSelection
            text: panel.selection.name || ""
            color: panel.selection.byAttacker ? Theme.attacker : Theme.text
            font.pixelSize: Theme.largeFont
            font.bold: true
            // Message names are single long words: shrink to fit rather than break them.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.smallFont
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            visible: panel.hasSelection
            text: {
                const s = panel.selection
                let parts = []
                if (s.kind === "computation" || (s.kind === "rejection" && !s.to))
                    parts.push(qsTr("computed by %1").arg(s.fromLabel))
                else if (s.kind === "tap")
                    parts.push(qsTr("copied by the attacker"))
                else if (s.fromLabel)
                    parts.push(s.fromLabel + " → " + s.toLabel)
                if (s.interfaceName)
                    parts.push(s.interfaceName)
                if (s.protection)
                    parts.push(s.protection)
                return parts.join(" · ")
            }
            color: Theme.mutedText
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.selection.detail || ""
            color: panel.selection.kind === "rejection" ? Theme.danger : Theme.mutedText
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }

        ListView {
            id: fields
            objectName: "inspectorFields"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: panel.selection.fields || []
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: fieldRow
                required property var modelData
                readonly property bool masked: modelData.secret && !AppSettings.showSecrets

                width: fields.width - 10
                implicitHeight: fieldColumn.implicitHeight + Theme.spacing
                radius: 4
                color: Theme.background
                border.color: modelData.secret ? Theme.secret : Theme.panelBorder

                ColumnLayout {
                    id: fieldColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing / 2
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: fieldRow.modelData.name
                            font.pixelSize: Theme.fontSize
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            visible: fieldRow.modelData.secret
                            text: qsTr("secret")
                            font.pixelSize: Theme.smallFont
                            font.bold: true
                            color: Theme.secret
                        }
                        Text {
                            visible: fieldRow.modelData.illustrative
                            text: qsTr("illustrative")
                            font.pixelSize: Theme.smallFont
                            color: Theme.mutedText
                            ToolTip.visible: illMouse.containsMouse
                            ToolTip.text: qsTr("Not allocated by 3GPP: chosen by the proposal or by KeyLadder")
                            MouseArea { id: illMouse; anchors.fill: parent; hoverEnabled: true }
                        }
                        ToolButton {
                            text: qsTr("Copy")
                            font.pixelSize: Theme.smallFont
                            focusPolicy: Qt.NoFocus
                            enabled: !fieldRow.masked
                            implicitHeight: Theme.fontSize * 1.8
                            onClicked: SessionController.copyText(fieldRow.modelData.value)
                            ToolTip.visible: hovered
                            ToolTip.delay: 500
                            ToolTip.text: qsTr("Copy the value to the clipboard")
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: fieldRow.masked ? qsTr("•••••••• (hidden; switch on Secrets to show)") : fieldRow.modelData.value
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.smallFont
                        color: fieldRow.masked ? Theme.mutedText : Theme.text
                        wrapMode: Text.WrapAnywhere
                        maximumLineCount: 6
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: fieldRow.modelData.note || ""
                        font.pixelSize: Theme.smallFont
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
