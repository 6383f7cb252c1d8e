// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KeyLadder

// How fast discrete logs get out of reach: measured in the toy groups on this machine, extrapolated to the
// real groups, with the published record computations for scale.
AnalysisWindow {
    id: scalingWindow
    objectName: "scalingWindow"

    title: qsTr("Discrete-log scaling")
    controller: scaling

    ScalingController {
        id: scaling
        objectName: "scalingController"
    }

    onVisibleChanged: if (visible && !scaling.hasResult && !scaling.busy) scaling.run()
    Component.onCompleted: if (visible && !scaling.hasResult) scaling.run()

    Shortcut { sequence: "Ctrl+E"; onActivated: exportDialog.open() }
    Shortcut { sequences: ["F5", "Ctrl+R"]; onActivated: scaling.run() }

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
                Label { text: qsTr("Toy groups:") }
                Item { Layout.fillWidth: true }
                Label { text: qsTr("Budget per log:") }
                SpinBox {
                    from: 1
                    to: 3600
                    editable: true
                    value: scaling.budgetSeconds
                    onValueModified: scaling.budgetSeconds = value
                    textFromValue: function(v) { return qsTr("%1 s").arg(v) }
                    valueFromText: function(t) { return parseInt(t) }
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("A discrete log not found within this time is shown as not found")
                }
                Button {
                    text: qsTr("Measure")
                    enabled: !scaling.busy && scaling.groups.length > 0
                    onClicked: scaling.run()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Solve one discrete log in each ticked toy group (F5)")
                }
                Button {
                    text: qsTr("Export…")
                    enabled: scaling.hasResult
                    onClicked: exportDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The plot as SVG, PDF or PNG (Ctrl+E)")
                }
            }
            GroupChecklist {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing / 2
                objectName: "scalingGroups"
                only: "toy"
                selected: scaling.groups
                onSelectedChanged: scaling.groups = selected
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                anchors.centerIn: parent
                visible: !scaling.hasResult
                text: scaling.busy ? qsTr("Solving discrete logs on this machine…") : qsTr("Tick toy groups and press Measure.")
                color: Theme.mutedText
            }
            FigureItem {
                id: plot
                objectName: "scalingPlot"
                Accessible.role: Accessible.Graphic
                Accessible.name: title
                anchors.centerIn: parent
                source: scaling
                dark: Theme.dark || Theme.contrast
                readonly property real fit: figureSize.width > 0
                                            ? Math.min(parent.width / figureSize.width, parent.height / figureSize.height) : 0
                width: figureSize.width * fit
                height: figureSize.height * fit
            }
        }

        // The measured logs, so the plot's points can be read off exactly.
        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.maximumWidth: 320
            Layout.fillHeight: true
            visible: scaling.hasResult
            spacing: Theme.spacing / 2
            Label {
                text: qsTr("Measured here")
                font.bold: true
            }
            Repeater {
                model: scaling.measurements
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.found
                          ? qsTr("%1: %2, %3 iterations").arg(modelData.group)
                            .arg(modelData.seconds < 1 ? qsTr("%1 ms").arg((modelData.seconds * 1000).toPrecision(3))
                                                        : qsTr("%1 s").arg(modelData.seconds.toPrecision(3)))
                            .arg(Math.round(modelData.iterations).toLocaleString(Qt.locale(), "f", 0))
                          : qsTr("%1: not found within the budget").arg(modelData.group)
                    color: modelData.found ? Theme.text : Theme.danger
                    ToolTip.visible: tipHover.hovered
                    ToolTip.text: modelData.method
                    HoverHandler { id: tipHover }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFont
                text: qsTr("Real groups are extrapolated from the fastest measured rho rate on one core: Pollard rho or the number field sieve, whichever is cheaper. Records are published computations, in core-time.")
            }
            Item { Layout.fillHeight: true }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the scaling plot")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "svg"
        nameFilters: [qsTr("SVG figure (*.svg)"), qsTr("PDF figure (*.pdf)"), qsTr("PNG image (*.png)")]
        onAccepted: scaling.exportFigure(selectedFile, "", AppSettings.exportDark)
    }
}
