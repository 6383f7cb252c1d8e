// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// Who knows what after the current step; the attacker's values open into their derivation chain.
Rectangle {
    id: panel

    objectName: "ledgerPanel"
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        SectionHeader {
            text: qsTr("Who knows what")
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            Column {
                width: scroll.availableWidth
                spacing: Theme.spacing

                Repeater {
                    // The attacker first: what it can compute is the point of the lesson.
                    model: {
                        const actors = SessionController.actors.slice()
                        const i = actors.indexOf("Attacker")
                        if (i > 0) {
                            actors.splice(i, 1)
                            actors.unshift("Attacker")
                        }
                        return actors
                    }
                    delegate: Column {
                        id: actorColumn
                        required property string modelData
                        property bool collapsed: modelData === "MME"
                        objectName: "ledger_" + modelData
                        width: parent.width
                        spacing: 2
                        visible: knowledge.count > 0

                        KnowledgeModel {
                            id: knowledge
                            actor: actorColumn.modelData
                        }

                        Text {
                            text: (actorColumn.collapsed ? "▸ " : "▾ ") + SessionController.actorLabel(actorColumn.modelData)
                                  + "  " + qsTr("(%n value(s))", "", knowledge.count)
                            font.pixelSize: Theme.fontSize
                            font.bold: true
                            color: Theme.actorColor(actorColumn.modelData)
                            MouseArea {
                                anchors.fill: parent
                                cursorShape: Qt.PointingHandCursor
                                onClicked: actorColumn.collapsed = !actorColumn.collapsed
                                ToolTip.visible: containsMouse
                                ToolTip.delay: 500
                                ToolTip.text: qsTr("Show or hide what this party knows")
                                hoverEnabled: true
                            }
                        }
                        Repeater {
                            model: actorColumn.collapsed ? null : knowledge
                            delegate: Column {
                                id: entry
                                required property string name
                                required property string value
                                required property bool secret
                                required property string how
                                required property var chain
                                required property bool isNew
                                required property bool missing
                                property bool expanded: false

                                width: actorColumn.width
                                spacing: 1

                                Rectangle {
                                    width: parent.width
                                    height: row.implicitHeight + 4
                                    radius: 3
                                    color: entry.isNew ? Theme.currentBand : "transparent"
                                    RowLayout {
                                        id: row
                                        anchors.left: parent.left
                                        anchors.right: parent.right
                                        anchors.verticalCenter: parent.verticalCenter
                                        anchors.leftMargin: Theme.spacing
                                        spacing: Theme.spacing / 2
                                        Text {
                                            text: entry.chain.length > 0 ? (entry.expanded ? "▾" : "▸")
                                                                         : entry.missing ? "✘" : "✔"
                                            color: entry.missing ? Theme.danger
                                                 : entry.chain.length > 0 ? Theme.accent : Theme.success
                                            font.pixelSize: Theme.fontSize
                                        }
                                        Text {
                                            text: entry.name
                                            font.pixelSize: Theme.fontSize
                                            font.bold: entry.isNew
                                            color: entry.missing ? Theme.danger : entry.secret ? Theme.secret : Theme.text
                                        }
                                        Text {
                                            Layout.fillWidth: true
                                            text: entry.missing ? entry.how
                                                  : (entry.secret && !AppSettings.showSecrets) ? "••••" : entry.value
                                            font.family: entry.missing ? "" : Theme.monoFamily
                                            font.pixelSize: Theme.smallFont
                                            color: Theme.mutedText
                                            elide: Text.ElideRight
                                        }
                                    }
                                    MouseArea {
                                        id: rowMouse
                                        anchors.fill: parent
                                        hoverEnabled: true
                                        cursorShape: entry.chain.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                                        onClicked: entry.expanded = !entry.expanded
                                        ToolTip.visible: containsMouse
                                        ToolTip.delay: 500
                                        ToolTip.text: entry.how
                                    }
                                }
                                Text {
                                    visible: entry.expanded
                                    width: parent.width - Theme.spacing * 2
                                    x: Theme.spacing * 2
                                    text: entry.expanded ? (entry.how + "\n" + entry.chain.join("\n")) : ""
                                    font.pixelSize: Theme.smallFont
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
