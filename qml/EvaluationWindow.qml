// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KeyLadder

// The evaluation matrix: per group, every attacker situation against every procedure, each cell from a
// real negotiation with that attacker, colour-coded, explaining itself on hover.
AnalysisWindow {
    id: evaluationWindow
    objectName: "evaluationWindow"

    title: qsTr("Evaluation matrix")
    controller: evaluation

    EvaluationController {
        id: evaluation
        objectName: "evaluationController"
    }

    function cellColor(state) {
        switch (state) {
        case "reads": return Theme.attackerFill
        case "safe": return Theme.dark ? "#1f3a27" : Theme.contrast ? "#e0ffe0" : "#e7f5ea"
        case "rejected": return Theme.dark ? "#3a3320" : Theme.contrast ? "#fff2a8" : "#fff6dc"
        }
        return Theme.panel
    }
    function cellTextColor(state) {
        switch (state) {
        case "reads": return Theme.attacker
        case "safe": return Theme.success
        case "rejected": return Theme.secret
        }
        return Theme.mutedText
    }

    onVisibleChanged: if (visible && !evaluation.hasResult && !evaluation.busy) evaluation.run()
    Component.onCompleted: if (visible && !evaluation.hasResult) evaluation.run()

    Shortcut { sequence: "Ctrl+E"; onActivated: exportDialog.open() }
    Shortcut { sequence: "Ctrl+Shift+C"; onActivated: evaluation.copyTable() }
    Shortcut { sequences: ["F5", "Ctrl+R"]; onActivated: evaluation.run() }

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
                Button {
                    objectName: "runEvaluation"
                    text: qsTr("Run")
                    enabled: !evaluation.busy && evaluation.groups.length > 0
                    onClicked: evaluation.run()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Run every situation against every procedure for the ticked groups (F5)")
                }
                Button {
                    text: qsTr("Copy table")
                    enabled: evaluation.hasResult
                    onClicked: evaluation.copyTable()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The table as Markdown on the clipboard, for a contribution (Ctrl+Shift+C)")
                }
                Button {
                    text: qsTr("Export…")
                    enabled: evaluation.hasResult
                    onClicked: exportDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The tables as Markdown, CSV or colour-coded HTML (Ctrl+E)")
                }
            }
            GroupChecklist {
                id: groupList
                objectName: "evaluationGroups"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing / 2
                selected: evaluation.groups
                onSelectedChanged: evaluation.groups = selected
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
                width: parent.width - parent.padding * 2
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: evaluation.hasResult
                      ? qsTr("Each cell is a real negotiation with that attacker; “reads” means the attacker decrypted the user data. Hover a cell for the reason. %1 negotiations in %2 s.")
                        .arg(evaluation.tables.length * (evaluation.tables.length > 0 ? evaluation.tables[0].rows.length * (evaluation.tables[0].columns.length - 1) : 0))
                        .arg(evaluation.seconds.toFixed(1))
                      : evaluation.busy ? qsTr("Running the negotiations…") : ""
            }

            Repeater {
                model: evaluation.tables
                delegate: Column {
                    id: table
                    required property var modelData
                    readonly property int columnCount: modelData.columns.length
                    readonly property real labelWidth: Math.min(340, (width - 20) * 0.34)
                    readonly property real cellWidth: (width - labelWidth) / Math.max(1, columnCount - 1)
                    width: scroller.availableWidth - Theme.spacing * 4
                    spacing: 0

                    Label {
                        text: qsTr("Group %1 — %2").arg(table.modelData.group).arg(table.modelData.groupName)
                        font.pixelSize: Theme.largeFont
                        font.bold: true
                        bottomPadding: Theme.spacing / 2
                    }
                    FontMetrics {
                        id: headMetrics
                        font.bold: true
                        font.pixelSize: Theme.fontSize
                    }
                    Row {
                        Repeater {
                            model: table.modelData.columns
                            delegate: Rectangle {
                                required property string modelData
                                required property int index
                                width: index === 0 ? table.labelWidth : table.cellWidth
                                // One height for the whole header row: two lines, whatever each text needs.
                                height: Math.ceil(headMetrics.lineSpacing * 2.2) + Theme.spacing
                                color: Theme.badge
                                border.color: Theme.panelBorder
                                Label {
                                    id: headText
                                    anchors.fill: parent
                                    anchors.margins: Theme.spacing / 2
                                    text: modelData
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    verticalAlignment: Text.AlignVCenter
                                    color: Theme.badgeText
                                }
                            }
                        }
                    }
                    Repeater {
                        model: table.modelData.rows
                        delegate: Row {
                            id: matrixRow
                            required property var modelData
                            Rectangle {
                                width: table.labelWidth
                                height: rowLabel.implicitHeight + Theme.spacing
                                color: Theme.panel
                                border.color: Theme.panelBorder
                                Label {
                                    id: rowLabel
                                    anchors.fill: parent
                                    anchors.margins: Theme.spacing / 2
                                    text: matrixRow.modelData.label
                                    wrapMode: Text.Wrap
                                    verticalAlignment: Text.AlignVCenter
                                }
                            }
                            Repeater {
                                model: matrixRow.modelData.cells
                                delegate: Rectangle {
                                    id: cell
                                    required property var modelData
                                    objectName: "cell_" + modelData.state
                                    Accessible.role: Accessible.Cell
                                    Accessible.name: modelData.text
                                    Accessible.description: modelData.explanation
                                    width: table.cellWidth
                                    height: rowLabel.implicitHeight + Theme.spacing
                                    color: evaluationWindow.cellColor(modelData.state)
                                    border.color: Theme.panelBorder
                                    Label {
                                        anchors.centerIn: parent
                                        text: cell.modelData.text
                                        font.bold: true
                                        color: evaluationWindow.cellTextColor(cell.modelData.state)
                                    }
                                    HoverHandler { id: cellHover }
                                    ToolTip.visible: cellHover.hovered
                                    ToolTip.delay: 250
                                    ToolTip.text: cell.modelData.explanation
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the evaluation")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "md"
        nameFilters: [qsTr("Markdown table (*.md)"), qsTr("CSV for spreadsheets (*.csv)"),
                      qsTr("Colour-coded HTML page (*.html)")]
        onAccepted: evaluation.exportTable(selectedFile)
    }
}
