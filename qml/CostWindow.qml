// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KeyLadder

// What the D-H exchange costs per group, measured here: time, octets on X2 and Uu, security level.
AnalysisWindow {
    id: costWindow
    objectName: "costWindow"

    title: qsTr("Cost of the D-H groups")
    controller: costs

    CostController {
        id: costs
        objectName: "costController"
    }

    function micros(us) {
        return us >= 1000 ? qsTr("%1 ms").arg((us / 1000).toFixed(us >= 10000 ? 0 : 1))
                          : qsTr("%1 µs").arg(us.toFixed(0))
    }

    onVisibleChanged: if (visible && !costs.hasResult && !costs.busy) costs.run()
    Component.onCompleted: if (visible && !costs.hasResult) costs.run()

    Shortcut { sequence: "Ctrl+E"; onActivated: exportDialog.open() }
    Shortcut { sequence: "Ctrl+Shift+C"; onActivated: costs.copyTable() }
    Shortcut { sequences: ["F5", "Ctrl+R"]; onActivated: costs.run() }

    header: ToolBar {
        background: Rectangle { color: Theme.panel }
        // The controls on one line; the groups below them, across the whole width (they wrap).
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.spacing / 2
            spacing: Theme.spacing / 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label { text: qsTr("Groups:") }
                Item { Layout.fillWidth: true }
                Label { text: qsTr("Runs:") }
                SpinBox {
                    objectName: "costRuns"
                    from: 1
                    to: 1000
                    editable: true
                    value: costs.runs
                    onValueModified: costs.runs = value
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Timed key generations and agreements per group; the median is shown")
                }
                Button {
                    text: qsTr("Measure")
                    enabled: !costs.busy && costs.groups.length > 0
                    onClicked: costs.run()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Measure again on this machine (F5)")
                }
                Button {
                    text: qsTr("Copy table")
                    enabled: costs.hasResult
                    onClicked: costs.copyTable()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The table as Markdown on the clipboard, for a contribution (Ctrl+Shift+C)")
                }
                Button {
                    text: qsTr("Export…")
                    enabled: costs.hasResult
                    onClicked: exportDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The chart as SVG, PDF or PNG, or the table as Markdown (Ctrl+E)")
                }
            }
            GroupChecklist {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing / 2
                objectName: "costGroups"
                only: "real"
                selected: costs.groups
                onSelectedChanged: costs.groups = selected
            }
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        Column {
            width: scroller.availableWidth
            padding: Theme.spacing * 2
            spacing: Theme.spacing * 2

            Label {
                visible: !costs.hasResult
                text: costs.busy ? qsTr("Measuring on this machine…") : qsTr("Tick groups and press Measure.")
                color: Theme.mutedText
            }

            FigureItem {
                objectName: "costChart"
                Accessible.role: Accessible.Graphic
                Accessible.name: title
                source: costs
                dark: Theme.dark || Theme.contrast
                width: Math.min(parent.width - parent.padding * 2, figureSize.width * 1.4)
                height: figureSize.width > 0 ? width * figureSize.height / figureSize.width : 0
            }

            // The table: one row per group.
            GridLayout {
                visible: costs.hasResult
                columns: 7
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing / 2
                Repeater {
                    model: [qsTr("Group"), qsTr("Name"), qsTr("Security"), qsTr("Public value"),
                            qsTr("Key generation"), qsTr("Agreement"), qsTr("Octets added per message")]
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        font.bold: true
                    }
                }
                Repeater {
                    model: costs.costs
                    delegate: Repeater {
                        id: costRow
                        required property var modelData
                        model: [costRow.modelData.group, costRow.modelData.name,
                                qsTr("%1 bits").arg(costRow.modelData.securityBits),
                                qsTr("%1 octets").arg(costRow.modelData.publicOctets),
                                costWindow.micros(costRow.modelData.keygenMicros),
                                costWindow.micros(costRow.modelData.agreeMicros),
                                costRow.modelData.added.map(a => "+" + a.octets + "  " + a.message).join("\n")]
                        delegate: Label {
                            required property string modelData
                            required property int index
                            text: modelData
                            Layout.alignment: Qt.AlignTop
                            font.pixelSize: index === 6 ? Theme.smallFont : Theme.fontSize
                        }
                    }
                }
            }

            Label {
                objectName: "costMethod"
                width: parent.width - parent.padding * 2
                visible: costs.method !== ""
                text: costs.method
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
            }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the costs")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "svg"
        nameFilters: [qsTr("SVG figure (*.svg)"), qsTr("PDF figure (*.pdf)"), qsTr("PNG image (*.png)"),
                      qsTr("Markdown table (*.md)")]
        onAccepted: costs.exportTo(selectedFile, AppSettings.exportDark)
    }
}
