// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// Step controls, where we are, and the run's progress.
ToolBar {
    id: bar

    signal presenterToggled()

    objectName: "stepToolBar"
    font.pixelSize: Theme.fontSize

    background: Rectangle {
        color: Theme.panel
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.panelBorder
        }
    }

    component StepButton: ToolButton {
        property string tip
        focusPolicy: Qt.NoFocus
        font.pixelSize: Theme.fontSize
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: tip
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2

        StepButton {
            objectName: "firstButton"
            text: "⇤"
            tip: qsTr("First step (Home)")
            enabled: SessionController.currentStep > 0
            onClicked: SessionController.first()
        }
        StepButton {
            objectName: "previousButton"
            text: qsTr("◀ Back")
            tip: qsTr("Previous step (←)")
            enabled: SessionController.currentStep > 0
            onClicked: SessionController.previous()
        }
        StepButton {
            objectName: "playButton"
            text: SessionController.playing ? qsTr("❚❚ Pause") : qsTr("▷ Play")
            tip: qsTr("Play or pause (P)")
            enabled: SessionController.stepCount > 0
            onClicked: SessionController.togglePlay()
        }
        StepButton {
            objectName: "nextButton"
            text: qsTr("Next ▶")
            tip: qsTr("Next step (Space or →)")
            enabled: SessionController.currentStep < SessionController.stepCount
            onClicked: SessionController.next()
        }
        StepButton {
            objectName: "lastButton"
            text: "⇥"
            tip: qsTr("Last step (End)")
            enabled: SessionController.currentStep < SessionController.stepCount
            onClicked: SessionController.last()
        }

        Label {
            text: qsTr("speed %1×").arg(SessionController.speed)
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            Layout.leftMargin: Theme.spacing
        }
        Slider {
            objectName: "speedSlider"
            Layout.preferredWidth: Theme.fontSize * 6
            from: 0.25
            to: 4
            value: SessionController.speed
            focusPolicy: Qt.NoFocus
            onMoved: SessionController.speed = value
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Playback speed (+ / −)")
        }

        Label {
            objectName: "stepCounter"
            Layout.leftMargin: Theme.spacing
            text: SessionController.stepInfo.label
                  ? qsTr("step %1 · %2 of %3").arg(SessionController.stepInfo.label).arg(SessionController.currentStep).arg(SessionController.stepCount)
                  : qsTr("start · 0 of %1").arg(SessionController.stepCount)
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: SessionController.stepInfo.title ? "“" + SessionController.stepInfo.title + "”" : ""
            font.pixelSize: Theme.fontSize
            color: Theme.mutedText
            elide: Text.ElideRight
        }

        RowLayout {
            visible: SessionController.busy
            spacing: Theme.spacing / 2
            BusyIndicator {
                running: SessionController.busy
                Layout.preferredWidth: Theme.fontSize * 1.8
                Layout.preferredHeight: Theme.fontSize * 1.8
            }
            ColumnLayout {
                spacing: 0
                Label {
                    Layout.preferredWidth: Theme.fontSize * 12
                    text: SessionController.progressText
                    font.pixelSize: Theme.smallFont
                    elide: Text.ElideRight
                }
                ProgressBar {
                    Layout.preferredWidth: Theme.fontSize * 12
                    from: 0
                    to: 1
                    indeterminate: SessionController.progress < 0
                    value: Math.max(0, SessionController.progress)
                }
            }
            StepButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                tip: qsTr("Stop this run; the previous diagram stays")
                onClicked: SessionController.cancel()
            }
        }

        StepButton {
            objectName: "presenterButton"
            text: AppSettings.presenter ? qsTr("Leave presenter") : qsTr("Presenter")
            tip: qsTr("Full screen, large type, high contrast (F11)")
            checkable: true
            checked: AppSettings.presenter
            onClicked: bar.presenterToggled()
        }
        StepButton {
            objectName: "themeButton"
            text: "☾"
            tip: qsTr("Theme: %1 (click to change)").arg(({ system: qsTr("follow the system"), light: qsTr("light"),
                                                            dark: qsTr("dark"), contrast: qsTr("high contrast") })[AppSettings.theme])
            onClicked: {
                const order = ["system", "light", "dark", "contrast"]
                AppSettings.theme = order[(order.indexOf(AppSettings.theme) + 1) % order.length]
            }
        }
    }
}
