// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// The frame of the analysis windows (comparison, evaluation, costs, scaling): the app's theme, a footer
// with the job's progress, status and error, and Escape to close.
ApplicationWindow {
    id: analysisWindow

    property AnalysisController controller
    // Remembers where the user put this window, under this name.
    property string settingsName: objectName

    width: Math.min(1200, Screen.desktopAvailableWidth)
    height: Math.min(760, Screen.desktopAvailableHeight)
    minimumWidth: Math.min(720, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(480, Screen.desktopAvailableHeight)
    color: Theme.background
    font.pixelSize: Theme.fontSize

    palette.window: Theme.panel
    palette.windowText: Theme.text
    palette.base: Theme.background
    palette.text: Theme.text
    palette.button: Theme.panel
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.toolTipBase: Theme.panel
    palette.toolTipText: Theme.text
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.panelBorder
    palette.dark: Theme.panelBorder
    palette.light: Theme.background
    palette.alternateBase: Theme.panel

    Component.onCompleted: {
        const g = AppSettings.geometryOf(settingsName)
        if (g.width >= minimumWidth && g.height >= minimumHeight) {
            x = g.x
            y = g.y
            width = g.width
            height = g.height
        }
    }
    onClosing: AppSettings.setGeometryOf(settingsName, Qt.rect(x, y, width, height))

    function present() {
        show()
        raise()
        requestActivate()
    }

    Shortcut {
        sequences: [StandardKey.Cancel]
        onActivated: analysisWindow.controller && analysisWindow.controller.busy ? analysisWindow.controller.cancel()
                                                                                : analysisWindow.close()
    }
    Shortcut {
        sequences: [StandardKey.Close]
        onActivated: analysisWindow.close()
    }
    // Full screen for the projector; the figures scale with the window.
    Shortcut {
        sequences: ["F11", StandardKey.FullScreen]
        onActivated: analysisWindow.visibility = analysisWindow.visibility === Window.FullScreen ? Window.Windowed
                                                                                                : Window.FullScreen
    }

    footer: Pane {
        padding: Theme.spacing / 2
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        background: Rectangle {
            color: Theme.panel
            Rectangle { width: parent.width; height: 1; color: Theme.panelBorder }
        }
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            ProgressBar {
                objectName: "jobProgress"
                visible: analysisWindow.controller !== null && analysisWindow.controller.busy
                indeterminate: analysisWindow.controller !== null && analysisWindow.controller.progress < 0
                value: analysisWindow.controller ? Math.max(0, analysisWindow.controller.progress) : 0
                Layout.preferredWidth: 200
            }
            Label {
                objectName: "jobStatus"
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: Theme.smallFont
                color: analysisWindow.controller && analysisWindow.controller.error !== "" ? Theme.danger : Theme.mutedText
                text: !analysisWindow.controller ? ""
                      : analysisWindow.controller.error !== "" ? analysisWindow.controller.error
                      : analysisWindow.controller.status
            }
            Button {
                text: qsTr("Cancel")
                visible: analysisWindow.controller !== null && analysisWindow.controller.busy
                onClicked: analysisWindow.controller.cancel()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Stop the measurement (Esc)")
            }
        }
    }
}
