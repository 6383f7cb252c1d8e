// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

ApplicationWindow {
    id: window

    property bool scenarioPanelShown: true
    property bool inspectorShown: true
    property int normalVisibility: Window.Windowed

    property rect normalGeometry

    // The analysis windows, made on first use and kept (with their results) until the app quits.
    property var analysisWindows: ({})
    function openAnalysis(name) {
        const components = { comparison: comparisonComponent, evaluation: evaluationComponent,
                             costs: costComponent, scaling: scalingComponent }
        if (!components[name])
            return null
        let w = analysisWindows[name]
        if (!w) {
            w = components[name].createObject(window)
            analysisWindows[name] = w
        }
        w.present()
        return w
    }
    Component { id: comparisonComponent; ComparisonWindow {} }
    Component { id: evaluationComponent; EvaluationWindow {} }
    Component { id: costComponent; CostWindow {} }
    Component { id: scalingComponent; ScalingWindow {} }

    function togglePresenter() {
        AppSettings.presenter = !AppSettings.presenter
    }
    // Full screen on the screen the window is on; the geometry is set too, for window managers
    // (and bare X servers) that ignore the full-screen request.
    function enterFullScreen() {
        normalGeometry = Qt.rect(x, y, width, height)
        visibility = Window.FullScreen
        x = Screen.virtualX
        y = Screen.virtualY
        width = Screen.width
        height = Screen.height
    }
    function leaveFullScreen() {
        visibility = normalVisibility
        if (normalGeometry.width > 0) {
            x = normalGeometry.x
            y = normalGeometry.y
            width = normalGeometry.width
            height = normalGeometry.height
        }
    }

    // 1280×800 by default, but never larger than the screen it opens on (a 1280×720 projector).
    width: Math.min(1280, Screen.desktopAvailableWidth)
    height: Math.min(800, Screen.desktopAvailableHeight)
    minimumWidth: Math.min(960, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(600, Screen.desktopAvailableHeight)
    visible: true
    title: (SessionController.dirty ? "• " : "") + (SessionController.title || qsTr("KeyLadder"))
           + " — " + SessionController.fileName + " — " + qsTr("KeyLadder %1").arg(AppInfo.version)
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
        const g = AppSettings.windowGeometry
        if (!AppSettings.fixedWindow && g.width >= minimumWidth && g.height >= minimumHeight) {
            x = g.x
            y = g.y
            width = g.width
            height = g.height
        }
        if (AppSettings.presenter && !AppSettings.fixedWindow)
            enterFullScreen()
        diagram.forceActiveFocus()
    }
    onClosing: function(close) {
        if (SessionController.dirty) {
            close.accepted = false
            dialogs.guard(function() { SessionController.clearError(); Qt.quit() })
            return
        }
        if (!AppSettings.fixedWindow && !AppSettings.presenter)
            AppSettings.windowGeometry = Qt.rect(x, y, width, height)
    }

    Connections {
        target: AppSettings
        function onPresenterChanged() {
            if (AppSettings.fixedWindow)
                return
            if (AppSettings.presenter) {
                window.normalVisibility = window.visibility === Window.FullScreen ? Window.Windowed : window.visibility
                window.enterFullScreen()
            } else {
                window.leaveFullScreen()
            }
        }
    }

    Binding {
        target: SessionController.layout
        property: "fontPixelSize"
        value: Theme.diagramFont
    }

    menuBar: AppMenuBar {
        dialogs: dialogs
        visible: !AppSettings.presenter
        onPresenterToggled: window.togglePresenter()
        onAnalysisRequested: function(which) { window.openAnalysis(which) }
        onPanelsToggled: function(which) {
            if (which === "scenario")
                window.scenarioPanelShown = !window.scenarioPanelShown
            else
                window.inspectorShown = !window.inspectorShown
        }
    }

    header: StepToolBar {
        onPresenterToggled: window.togglePresenter()
    }

    footer: Rectangle {
        objectName: "statusBar"
        implicitHeight: status.implicitHeight + Theme.spacing
        color: Theme.panel
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.panelBorder
        }
        RowLayout {
            id: status
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing * 2
            Label {
                objectName: "errorLabel"
                visible: SessionController.error !== ""
                text: "⚠ " + SessionController.error
                color: Theme.danger
                font.pixelSize: Theme.smallFont
                Layout.fillWidth: true
                elide: Text.ElideRight
                MouseArea {
                    anchors.fill: parent
                    onClicked: SessionController.clearError()
                }
            }
            Label {
                visible: SessionController.error === ""
                Layout.fillWidth: true
                text: SessionController.busy ? qsTr("Computing… %1").arg(SessionController.progressText)
                      : SessionController.statusMessage !== "" ? SessionController.statusMessage
                      : SessionController.hasTrace ? qsTr("Outcome: %1 · computed in %2 ms").arg(SessionController.outcome).arg(SessionController.lastRunMs)
                      : qsTr("No scenario")
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
                elide: Text.ElideRight
            }
            Label {
                visible: SessionController.deterministic
                text: qsTr("seeded RNG: deterministic — for teaching, not secure")
                font.pixelSize: Theme.smallFont
                color: Theme.secret
            }
            Label {
                text: qsTr("zoom %1%").arg(Math.round(AppSettings.zoom * 100))
                font.pixelSize: Theme.smallFont
                color: Theme.mutedText
            }
        }
    }

    Shortcut {
        sequences: ["Space"]
        onActivated: SessionController.next()
    }
    Shortcut {
        sequences: ["=", "Shift+="]
        onActivated: SessionController.faster()
    }
    Shortcut {
        sequences: ["Escape"]
        enabled: AppSettings.presenter
        onActivated: AppSettings.presenter = false
    }

    FileDialogs {
        id: dialogs
        anchors.fill: parent
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        Rectangle {
            // Side panels give way in a narrow window, so the diagram keeps its minimum and nothing is cut off.
            SplitView.preferredWidth: Math.round(Math.min(270 * Theme.typeScale, window.width * 0.25))
            SplitView.minimumWidth: 200
            visible: window.scenarioPanelShown && !AppSettings.presenter
            color: Theme.panel
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                TabBar {
                    id: leftTabs
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSize
                    TabButton { text: qsTr("Scenario"); focusPolicy: Qt.NoFocus }
                    TabButton { text: qsTr("Steps"); focusPolicy: Qt.NoFocus }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: leftTabs.currentIndex
                    ScenarioPanel {}
                    StepListPanel {}
                }
            }
        }

        ColumnLayout {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 400
            spacing: 0
            DiagramView {
                id: diagram
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            NarrationPanel {
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
            }
        }

        SplitView {
            SplitView.preferredWidth: AppSettings.presenter ? Math.round(Math.min(300 * Theme.typeScale, window.width * 0.3))
                                                            : Math.round(Math.min(330, window.width * 0.3))
            SplitView.minimumWidth: 220
            visible: window.inspectorShown
            orientation: Qt.Vertical
            InspectorPanel {
                SplitView.preferredHeight: parent.height * (AppSettings.presenter ? 0.35 : 0.45)
                SplitView.minimumHeight: 120
            }
            LedgerPanel {
                SplitView.fillHeight: true
                SplitView.minimumHeight: 150
            }
        }
    }
}
