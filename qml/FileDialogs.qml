// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KeyLadder

// Open, save, the unsaved-changes question and the problem reports, in one place.
Item {
    id: dialogs

    property var pendingAction: null
    property bool quitAfterSave: false

    // Runs @p action now, or after asking what to do with unsaved changes.
    function guard(action) {
        if (!SessionController.dirty) {
            action()
            return
        }
        pendingAction = action
        unsavedDialog.open()
    }
    function open() { guard(function() { openDialog.open() }) }
    function openPath(path) { guard(function() { SessionController.openFile(path) }) }
    function save() {
        if (SessionController.canSaveInPlace())
            return SessionController.save()
        saveDialog.open()
        return false
    }
    function saveAs() { saveDialog.open() }
    function exportFigure() { exportDialog.open() }
    function exportSeries(format) {
        seriesDialog.format = format
        seriesDialog.open()
    }
    function showProblem(title, message) {
        problemDialog.title = title
        problemDialog.text = message
        problemDialog.open()
    }
    function runPending() {
        const action = pendingAction
        pendingAction = null
        if (action)
            action()
    }

    Connections {
        target: SessionController
        function onFileProblem(title, message) { dialogs.showProblem(title, message) }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a scenario")
        nameFilters: [qsTr("KeyLadder scenarios and figures (*.json *.svg *.png)"), qsTr("All files (*)")]
        onAccepted: {
            if (SessionController.openFile(selectedFile))
                AppSettings.addRecentFile(SessionController.filePath)
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the scenario as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("KeyLadder scenarios (*.json)")]
        onAccepted: {
            if (SessionController.saveAs(selectedFile)) {
                AppSettings.addRecentFile(SessionController.filePath)
                dialogs.runPending()
            }
        }
        onRejected: dialogs.pendingAction = null
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Export the diagram")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "svg"
        nameFilters: [qsTr("SVG figure (*.svg)"), qsTr("PDF figure (*.pdf)"), qsTr("PNG image (*.png)"),
                      qsTr("Mermaid diagram (*.mmd)"), qsTr("PlantUML diagram (*.puml)"), qsTr("ASCII ladder (*.txt)"),
                      qsTr("Trace JSON (*.json)")]
        // Up to the current step, as on screen; the light print theme and no secret values unless the File
        // menu asks for them.
        onAccepted: SessionController.exportFigure(selectedFile, SessionController.currentStep > 0,
                                                   AppSettings.exportDark, AppSettings.exportSecrets)
    }

    FolderDialog {
        id: seriesDialog
        objectName: "seriesDialog"
        property string format: "svg"
        title: qsTr("Export one figure per step into a folder")
        // One image per step (one canvas size, so they animate when flipped) and steps.pdf with all of them.
        onAccepted: SessionController.exportSeries(selectedFolder, format, AppSettings.exportDark,
                                                   AppSettings.exportSecrets)
    }

    MessageDialog {
        id: unsavedDialog
        title: qsTr("Unsaved changes")
        text: qsTr("The scenario “%1” has changes that are not saved.").arg(SessionController.title)
        informativeText: qsTr("Save them first?")
        buttons: MessageDialog.Save | MessageDialog.Discard | MessageDialog.Cancel
        onButtonClicked: function(button, role) {
            if (button === MessageDialog.Save) {
                if (SessionController.canSaveInPlace()) {
                    if (SessionController.save())
                        dialogs.runPending()
                } else {
                    saveDialog.open()
                }
            } else if (button === MessageDialog.Discard) {
                dialogs.runPending()
            } else {
                dialogs.pendingAction = null
            }
        }
    }

    MessageDialog {
        id: problemDialog
        objectName: "problemDialog"
        buttons: MessageDialog.Ok
        informativeText: qsTr("The scenario that was loaded before stays open.")
    }

    AboutDialog {
        id: aboutDialog
    }

    Dialog {
        id: keysDialog
        objectName: "keysDialog"
        title: qsTr("Keyboard shortcuts")
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Close
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing * 2
            Repeater {
                model: [
                    "Space, →", qsTr("next step"), "←", qsTr("previous step"),
                    "Home / End", qsTr("first / last step"), "P", qsTr("play / pause"),
                    "+ / −", qsTr("faster / slower"), "Ctrl+= / Ctrl+−", qsTr("zoom in / out"),
                    "Ctrl+0", qsTr("actual size"), "F11", qsTr("presenter mode"),
                    "Ctrl+O / Ctrl+S", qsTr("open / save"), "Ctrl+E", qsTr("export the diagram"),
                    "Ctrl+Shift+C", qsTr("copy the diagram as an image"),
                    "Ctrl+Shift+E", qsTr("export one figure per step"),
                    "Ctrl+K", qsTr("side by side with another procedure"),
                    "Ctrl+M", qsTr("evaluation matrix"),
                    "F11", qsTr("an analysis window full screen")
                ]
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData
                    font.pixelSize: Theme.fontSize
                    font.bold: index % 2 === 0
                }
            }
        }
    }

    function about() { aboutDialog.open() }
    function keys() { keysDialog.open() }
}
