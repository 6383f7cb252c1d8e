// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import KeyLadder

// File, View, Scenario, Step, Help. The step shortcuts live here too, so the menus show them.
MenuBar {
    id: menuBar

    required property var dialogs
    signal presenterToggled()
    signal panelsToggled(string which)
    signal analysisRequested(string which)

    font.pixelSize: Theme.fontSize

    Menu {
        title: qsTr("&File")
        Action {
            text: qsTr("&Open…")
            shortcut: StandardKey.Open
            onTriggered: menuBar.dialogs.open()
        }
        Menu {
            id: examplesMenu
            title: qsTr("&Examples")
            Instantiator {
                model: SessionController.examples
                delegate: MenuItem {
                    required property var modelData
                    text: modelData.title
                    onTriggered: menuBar.dialogs.openPath(modelData.path)
                }
                onObjectAdded: function(index, object) { examplesMenu.insertItem(index, object) }
                onObjectRemoved: function(index, object) { examplesMenu.removeItem(object) }
            }
        }
        Menu {
            id: recentMenu
            title: qsTr("&Recent files")
            enabled: AppSettings.recentFiles.length > 0
            Instantiator {
                model: AppSettings.recentFiles
                delegate: MenuItem {
                    required property string modelData
                    text: modelData
                    onTriggered: menuBar.dialogs.openPath(modelData)
                }
                onObjectAdded: function(index, object) { recentMenu.insertItem(index, object) }
                onObjectRemoved: function(index, object) { recentMenu.removeItem(object) }
            }
            MenuSeparator {}
            Action {
                text: qsTr("Clear the list")
                onTriggered: AppSettings.clearRecentFiles()
            }
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Save")
            shortcut: StandardKey.Save
            onTriggered: menuBar.dialogs.save()
        }
        Action {
            text: qsTr("Save &as…")
            shortcut: "Ctrl+Shift+S"
            onTriggered: menuBar.dialogs.saveAs()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Export…")
            shortcut: "Ctrl+E"
            enabled: SessionController.hasTrace
            onTriggered: menuBar.dialogs.exportFigure()
        }
        Menu {
            title: qsTr("Export step &series")
            enabled: SessionController.hasTrace && !SessionController.exporting
            Action {
                text: qsTr("As &SVG figures…")
                shortcut: "Ctrl+Shift+E"
                onTriggered: menuBar.dialogs.exportSeries("svg")
            }
            Action {
                text: qsTr("As &PNG images (2×)…")
                onTriggered: menuBar.dialogs.exportSeries("png")
            }
        }
        Action {
            text: qsTr("Figures in the &dark theme")
            checkable: true
            checked: AppSettings.exportDark
            onTriggered: AppSettings.exportDark = checked
        }
        Action {
            text: qsTr("Figures &list secret values")
            checkable: true
            checked: AppSettings.exportSecrets
            onTriggered: AppSettings.exportSecrets = checked
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Quit")
            shortcut: StandardKey.Quit
            onTriggered: menuBar.Window.window.close()
        }
    }

    Menu {
        title: qsTr("&Edit")
        Action {
            text: qsTr("&Copy diagram")
            shortcut: "Ctrl+Shift+C"
            enabled: SessionController.hasTrace
            onTriggered: SessionController.copyDiagram(SessionController.currentStep > 0, AppSettings.exportDark,
                                                       AppSettings.exportSecrets)
        }
    }

    Menu {
        title: qsTr("&View")
        Action {
            text: qsTr("&Presenter mode")
            shortcut: "F11"
            checkable: true
            checked: AppSettings.presenter
            onTriggered: menuBar.presenterToggled()
        }
        MenuSeparator {}
        Action {
            text: qsTr("Zoom &in")
            shortcut: "Ctrl+="
            onTriggered: AppSettings.zoom = AppSettings.zoom * 1.15
        }
        Action {
            text: qsTr("Zoom &out")
            shortcut: "Ctrl+-"
            onTriggered: AppSettings.zoom = AppSettings.zoom / 1.15
        }
        Action {
            text: qsTr("&Actual size")
            shortcut: "Ctrl+0"
            onTriggered: AppSettings.zoom = 1
        }
        MenuSeparator {}
        Menu {
            title: qsTr("&Theme")
            Repeater {
                model: [ { key: "system", text: qsTr("Follow the system") }, { key: "light", text: qsTr("Light") },
                         { key: "dark", text: qsTr("Dark") }, { key: "contrast", text: qsTr("High contrast") } ]
                delegate: MenuItem {
                    required property var modelData
                    text: modelData.text
                    checkable: true
                    checked: AppSettings.theme === modelData.key
                    onTriggered: AppSettings.theme = modelData.key
                }
            }
        }
        Menu {
            title: qsTr("&Language")
            MenuItem {
                text: qsTr("Follow the system")
                checkable: true
                checked: LanguageManager.choice === ""
                onTriggered: LanguageManager.choice = ""
            }
            Repeater {
                model: LanguageManager.available
                delegate: MenuItem {
                    required property string modelData
                    // Each language in its own name, so a user who cannot read the current one finds theirs.
                    text: LanguageManager.nativeName(modelData)
                    checkable: true
                    checked: LanguageManager.choice === modelData
                    onTriggered: LanguageManager.choice = modelData
                }
            }
        }
        Action {
            text: qsTr("Show &future steps greyed")
            checkable: true
            checked: AppSettings.futureGreyed
            onTriggered: AppSettings.futureGreyed = checked
        }
        Action {
            text: qsTr("Show &secret values")
            checkable: true
            checked: AppSettings.showSecrets
            onTriggered: AppSettings.showSecrets = checked
        }
        MenuSeparator {}
        Action {
            text: qsTr("Scenario &panel")
            onTriggered: menuBar.panelsToggled("scenario")
        }
        Action {
            text: qsTr("&Inspector and ledger")
            onTriggered: menuBar.panelsToggled("inspector")
        }
    }

    Menu {
        title: qsTr("&Scenario")
        Action {
            text: qsTr("&D-H (the proposal)")
            checkable: true
            checked: SessionController.scenario.procedure !== undefined && SessionController.scenario.procedure.mode === "dh"
            onTriggered: SessionController.setValue("/procedure/mode", "dh")
        }
        Action {
            text: qsTr("&Baseline (today's EN-DC)")
            checkable: true
            checked: SessionController.scenario.procedure !== undefined && SessionController.scenario.procedure.mode === "baseline"
            onTriggered: SessionController.setValue("/procedure/mode", "baseline")
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Cancel the run")
            enabled: SessionController.busy
            onTriggered: SessionController.cancel()
        }
    }

    Menu {
        title: qsTr("&Analysis")
        Action {
            text: qsTr("&Side by side…")
            shortcut: "Ctrl+K"
            onTriggered: menuBar.analysisRequested("comparison")
        }
        Action {
            text: qsTr("&Evaluation matrix…")
            shortcut: "Ctrl+M"
            onTriggered: menuBar.analysisRequested("evaluation")
        }
        Action {
            text: qsTr("&Cost of the groups…")
            onTriggered: menuBar.analysisRequested("costs")
        }
        Action {
            text: qsTr("Discrete-log &scaling…")
            onTriggered: menuBar.analysisRequested("scaling")
        }
    }

    Menu {
        title: qsTr("S&tep")
        Action {
            text: qsTr("&Next")
            shortcut: "Right"
            enabled: SessionController.currentStep < SessionController.stepCount
            onTriggered: SessionController.next()
        }
        Action {
            text: qsTr("&Previous")
            shortcut: "Left"
            enabled: SessionController.currentStep > 0
            onTriggered: SessionController.previous()
        }
        Action {
            text: qsTr("&First")
            shortcut: "Home"
            onTriggered: SessionController.first()
        }
        Action {
            text: qsTr("&Last")
            shortcut: "End"
            onTriggered: SessionController.last()
        }
        MenuSeparator {}
        Action {
            text: SessionController.playing ? qsTr("P&ause") : qsTr("P&lay")
            shortcut: "P"
            onTriggered: SessionController.togglePlay()
        }
        Action {
            text: qsTr("&Faster")
            shortcut: "+"
            onTriggered: SessionController.faster()
        }
        Action {
            text: qsTr("&Slower")
            shortcut: "-"
            onTriggered: SessionController.slower()
        }
    }

    Menu {
        title: qsTr("&Help")
        Action {
            text: qsTr("&Keyboard shortcuts")
            onTriggered: menuBar.dialogs.keys()
        }
        Action {
            text: qsTr("&About KeyLadder")
            onTriggered: menuBar.dialogs.about()
        }
    }
}
