// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KeyLadder

// Two procedures of the open scenario side by side, stepped together, with the strip of what differs in
// who knows what after the step.
AnalysisWindow {
    id: comparisonWindow
    objectName: "comparisonWindow"

    title: qsTr("Side by side — %1").arg(SessionController.title)
    controller: comparison

    ComparisonController {
        id: comparison
        objectName: "comparisonController"
    }

    onVisibleChanged: if (visible) { comparison.step = SessionController.currentStep; comparison.reload() }
    Component.onCompleted: if (visible) { comparison.step = SessionController.currentStep; comparison.reload() }

    // The scenario changed in the main window: run both sides again (the step stays). With "Follow the main
    // window" ticked, stepping there steps both sides here too.
    Connections {
        target: SessionController
        function onTraceChanged() {
            if (comparisonWindow.visible)
                comparison.reload()
        }
        function onCurrentStepChanged() {
            if (followMain.checked)
                comparison.step = SessionController.currentStep
        }
    }

    // Keeps the newest arrows of both sides in view as the step moves.
    function followStep() {
        const l = comparison.stepExtent("left"), r = comparison.stepExtent("right")
        if (l.bottom === undefined || r.bottom === undefined || leftFigure.height <= 0)
            return
        const top = Math.min(leftColumn.y + leftFigure.y + l.top * leftFigure.height,
                             rightColumn.y + rightFigure.y + r.top * rightFigure.height)
        const bottom = Math.max(leftColumn.y + leftFigure.y + l.bottom * leftFigure.height,
                                rightColumn.y + rightFigure.y + r.bottom * rightFigure.height)
        const maxY = Math.max(0, ladders.contentHeight - ladders.height)
        // The step's newest arrows near the bottom, with what led to them above; a tall step from its top.
        const wanted = comparison.step === 0 ? 0 : Math.min(top - Theme.spacing, bottom - ladders.height * 0.9)
        ladders.contentY = Math.max(0, Math.min(maxY, wanted))
    }
    Connections {
        target: comparison
        function onStepChanged() { Qt.callLater(comparisonWindow.followStep) }
    }

    Shortcut { sequences: ["Right", "Space"]; onActivated: comparison.next() }
    Shortcut { sequence: "Left"; onActivated: comparison.previous() }
    Shortcut { sequence: "Home"; onActivated: comparison.first() }
    Shortcut { sequence: "End"; onActivated: comparison.last() }
    Shortcut { sequence: "Ctrl+E"; onActivated: exportDialog.open() }

    header: ToolBar {
        background: Rectangle { color: Theme.panel }
        // Three groups that wrap onto more lines when the window is narrow.
        Flow {
            width: parent.width
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            spacing: Theme.spacing * 2
            RowLayout {
                spacing: Theme.spacing
                Label { text: qsTr("Left:") }
                ComboBox {
                    id: leftPicker
                    objectName: "leftProcedure"
                    model: comparison.procedures
                    textRole: "text"
                    valueRole: "id"
                    Component.onCompleted: currentIndex = indexOfValue(comparison.leftProcedure)
                    onActivated: comparison.leftProcedure = currentValue
                    implicitContentWidthPolicy: ComboBox.WidestText
                }
                Label { text: qsTr("Right:") }
                ComboBox {
                    id: rightPicker
                    objectName: "rightProcedure"
                    model: comparison.procedures
                    textRole: "text"
                    valueRole: "id"
                    Component.onCompleted: currentIndex = indexOfValue(comparison.rightProcedure)
                    onActivated: comparison.rightProcedure = currentValue
                    implicitContentWidthPolicy: ComboBox.WidestText
                }
            }
            RowLayout {
                spacing: Theme.spacing
                ToolButton {
                    text: "⇤"
                    enabled: comparison.step > 0
                    onClicked: comparison.first()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("First step (Home)")
                }
                ToolButton {
                    text: "◀"
                    enabled: comparison.step > 0
                    onClicked: comparison.previous()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Previous step (←)")
                }
                Label {
                    objectName: "comparisonStep"
                    text: qsTr("%1 / %2").arg(comparison.step).arg(comparison.stepCount)
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    Layout.minimumWidth: 110
                }
                ToolButton {
                    text: "▶"
                    enabled: comparison.step < comparison.stepCount
                    onClicked: comparison.next()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Next step (→ or Space)")
                }
                ToolButton {
                    text: "⇥"
                    enabled: comparison.step < comparison.stepCount
                    onClicked: comparison.last()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Last step (End)")
                }
            }
            RowLayout {
                spacing: Theme.spacing
                CheckBox {
                    id: followMain
                    objectName: "followMain"
                    text: qsTr("Follow the main window")
                    onToggled: if (checked) comparison.step = SessionController.currentStep
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Step both sides whenever the main window steps")
                }
                Button {
                    text: qsTr("Export…")
                    enabled: comparison.hasResult
                    onClicked: exportDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Both ladders and the strip as one figure (Ctrl+E)")
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The two ladders in one flickable, so they scroll together.
        Flickable {
            id: ladders
            objectName: "comparisonLadders"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: Math.max(leftColumn.height, rightColumn.height) + Theme.spacing * 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // The ladders are laid out after a new result; follow the step once their height is known.
            onContentHeightChanged: Qt.callLater(comparisonWindow.followStep)

            readonly property real sideWidth: (width - Theme.spacing * 3) / 2

            Column {
                id: leftColumn
                x: Theme.spacing
                y: Theme.spacing
                width: ladders.sideWidth
                spacing: Theme.spacing / 2
                Label {
                    width: parent.width
                    text: comparison.leftName
                    font.pixelSize: Theme.largeFont
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    width: parent.width
                    text: comparison.leftStepTitle
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
                FigureItem {
                    id: leftFigure
                    objectName: "leftFigure"
                    Accessible.role: Accessible.Graphic
                    Accessible.name: comparison.leftName + " — " + comparison.leftStepTitle
                    source: comparison
                    part: "left"
                    dark: Theme.dark || Theme.contrast
                    width: parent.width
                    height: figureSize.width > 0 ? width * figureSize.height / figureSize.width : 0
                }
            }
            Rectangle {
                x: Theme.spacing * 1.5 + ladders.sideWidth
                width: 1
                height: ladders.contentHeight
                color: Theme.panelBorder
            }
            Column {
                id: rightColumn
                x: Theme.spacing * 2 + ladders.sideWidth
                y: Theme.spacing
                width: ladders.sideWidth
                spacing: Theme.spacing / 2
                Label {
                    width: parent.width
                    text: comparison.rightName
                    font.pixelSize: Theme.largeFont
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    width: parent.width
                    text: comparison.rightStepTitle
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
                FigureItem {
                    id: rightFigure
                    objectName: "rightFigure"
                    Accessible.role: Accessible.Graphic
                    Accessible.name: comparison.rightName + " — " + comparison.rightStepTitle
                    source: comparison
                    part: "right"
                    dark: Theme.dark || Theme.contrast
                    width: parent.width
                    height: figureSize.width > 0 ? width * figureSize.height / figureSize.width : 0
                }
            }
        }

        // The strip: per actor, the values only one side holds after this step.
        Rectangle {
            objectName: "differenceStrip"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(stripColumn.implicitHeight + Theme.spacing * 2, comparisonWindow.height * 0.3)
            color: Theme.panel
            Rectangle { width: parent.width; height: 1; color: Theme.panelBorder }
            ScrollView {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                clip: true
                Column {
                    id: stripColumn
                    width: comparisonWindow.width - Theme.spacing * 2
                    spacing: Theme.spacing / 2
                    Label {
                        text: qsTr("Who knows what differs after step %1").arg(comparison.step)
                        font.bold: true
                        color: Theme.accent
                    }
                    Label {
                        visible: comparison.hasResult && comparison.differences.length === 0
                        text: qsTr("Both sides know the same values after this step.")
                        color: Theme.mutedText
                    }
                    Repeater {
                        model: comparison.differences
                        delegate: RowLayout {
                            required property var modelData
                            width: stripColumn.width
                            spacing: Theme.spacing
                            Label {
                                text: modelData.label
                                font.bold: true
                                color: Theme.actorColor(modelData.actor)
                                Layout.preferredWidth: 110
                            }
                            Label {
                                visible: modelData.onlyLeft.length > 0
                                text: qsTr("only %1: %2").arg(comparison.leftName).arg(modelData.onlyLeft.join(", "))
                                color: modelData.actor === "Attacker" ? Theme.attacker : Theme.text
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: modelData.onlyRight.length > 0
                                text: qsTr("only %1: %2").arg(comparison.rightName).arg(modelData.onlyRight.join(", "))
                                color: modelData.actor === "Attacker" ? Theme.attacker : Theme.text
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the comparison")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "svg"
        nameFilters: [qsTr("SVG figure (*.svg)"), qsTr("PDF figure (*.pdf)"), qsTr("PNG image (*.png)")]
        onAccepted: comparison.exportFigure(selectedFile, "", AppSettings.exportDark)
    }
}
