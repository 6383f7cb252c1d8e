// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import KeyLadder

// The sequence diagram. Every position comes from the C++ LadderLayout, computed once per trace;
// stepping only changes which items are shown and which one is highlighted, so nothing moves.
FocusScope {
    id: view

    property QtObject ladder: SessionController.layout
    readonly property int current: SessionController.currentStep
    // Shrinks a little to show the whole width on a laptop, never so far that the type gets small.
    // In presenter mode it may shrink further, down to the normal type size, so every lifeline stays in view.
    readonly property real minFit: AppSettings.presenter ? Math.min(0.8, 14 / Math.max(1, ladder.fontPixelSize)) : 0.8
    readonly property real fitScale: ladder.width > 0 ? Math.max(minFit, Math.min(1, (width - 16) / ladder.width)) : 1
    readonly property real zoom: AppSettings.zoom * fitScale
    readonly property real canvasX: Math.max(0, (flick.width - ladder.width * zoom) / 2)
    // The label of the highlighted message, for tests and for the status bar.
    readonly property string highlightedLabel: {
        const items = ladder.items
        for (let i = 0; i < items.length; ++i)
            if (items[i].step === current && (items[i].kind === "message" || items[i].kind === "rejection"))
                return items[i].label
        for (let j = 0; j < items.length; ++j)
            if (items[j].step === current)
                return items[j].label
        return ""
    }

    objectName: "diagramView"
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Sequence diagram, step %1 of %2").arg(current).arg(SessionController.stepCount)
    Accessible.description: highlightedLabel
    focus: true
    activeFocusOnTab: true
    clip: true

    Keys.onSpacePressed: SessionController.next()
    Keys.onRightPressed: SessionController.next()
    Keys.onLeftPressed: SessionController.previous()
    Keys.onPressed: function(event) {
        if (event.key === Qt.Key_Home) { SessionController.first(); event.accepted = true }
        else if (event.key === Qt.Key_End) { SessionController.last(); event.accepted = true }
        else if (event.key === Qt.Key_P) { SessionController.togglePlay(); event.accepted = true }
    }

    // Brings the current step into view below the sticky headers; a step taller than the view shows its top.
    function scrollToCurrent() {
        const band = ladder.bandOf(current)
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        if (band.top === undefined) {
            if (current === 0)
                flick.contentY = 0
            return
        }
        const top = band.top * zoom - ladder.headerHeight * zoom - 8
        const bottom = band.bottom * zoom + 16
        if (bottom - top > flick.height || top < flick.contentY)
            flick.contentY = Math.min(maxY, Math.max(0, top))
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, bottom - flick.height)
    }
    onCurrentChanged: scrollToCurrent()
    onZoomChanged: scrollToCurrent()
    onHeightChanged: scrollToCurrent()
    Connections {
        target: view.ladder
        function onChanged() { view.scrollToCurrent() }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: Math.max(width, ladder.width * view.zoom)
        contentHeight: Math.max(height, ladder.height * view.zoom)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

        Behavior on contentY {
            enabled: AppSettings.animations
            NumberAnimation { duration: 250; easing.type: Easing.OutCubic }
        }

        Item {
            id: canvas

            x: view.canvasX
            width: ladder.width
            height: ladder.height
            scale: view.zoom
            transformOrigin: Item.TopLeft

            Repeater {
                model: ladder.bands
                delegate: Item {
                    required property var modelData
                    readonly property bool isCurrent: modelData.step === view.current
                    readonly property bool shown: modelData.step <= view.current || AppSettings.futureGreyed

                    Rectangle {
                        x: 0
                        y: modelData.top
                        width: ladder.width
                        height: modelData.bottom - modelData.top
                        color: Theme.currentBand
                        visible: isCurrent
                        radius: 4
                    }
                    Rectangle {
                        x: modelData.badge.x
                        y: modelData.badge.y
                        width: modelData.badge.width
                        height: modelData.badge.height
                        radius: height / 2
                        visible: shown
                        color: isCurrent ? Theme.accent : Theme.badge
                        opacity: modelData.step > view.current ? 0.4 : 1
                        Text {
                            anchors.centerIn: parent
                            text: modelData.label
                            font.pixelSize: Math.round(ladder.fontPixelSize * 0.86)
                            font.bold: true
                            color: isCurrent ? Theme.accentText : Theme.badgeText
                        }
                    }
                }
            }

            Repeater {
                model: ladder.lifelines
                delegate: Rectangle {
                    required property var modelData
                    x: modelData.x - width / 2
                    y: ladder.headerHeight
                    width: modelData.actor === "Attacker" ? Theme.lineWidth : Theme.lineWidth
                    height: Math.max(0, ladder.height - ladder.headerHeight)
                    color: modelData.actor === "Attacker" ? Theme.attacker : Theme.lifeline
                    opacity: modelData.actor === "Attacker" ? 0.6 : 1
                }
            }

            Repeater {
                model: ladder.items
                delegate: LadderItem {}
            }
        }

        MouseArea {
            // Ctrl + wheel zooms, as in every document viewer.
            anchors.fill: parent
            acceptedButtons: Qt.NoButton
            onWheel: function(wheel) {
                if (wheel.modifiers & Qt.ControlModifier) {
                    AppSettings.zoom = AppSettings.zoom * (wheel.angleDelta.y > 0 ? 1.1 : 1 / 1.1)
                    wheel.accepted = true
                } else {
                    wheel.accepted = false
                }
            }
        }
    }

    // Lifeline headers stay on top while the diagram scrolls.
    Rectangle {
        id: header
        x: 0
        y: 0
        width: parent.width
        height: ladder.headerHeight * view.zoom
        color: Theme.background
        clip: true
        visible: ladder.lifelines.length > 0

        Repeater {
            model: ladder.lifelines
            delegate: Rectangle {
                required property var modelData
                x: view.canvasX + modelData.header.x * view.zoom - flick.contentX
                y: modelData.header.y * view.zoom
                width: modelData.header.width * view.zoom
                height: modelData.header.height * view.zoom
                radius: 6 * view.zoom
                color: modelData.actor === "Attacker" ? Theme.attackerFill : Theme.boxFill
                border.color: Theme.actorColor(modelData.actor)
                border.width: Theme.lineWidth
                Text {
                    anchors.centerIn: parent
                    text: modelData.label
                    font.pixelSize: Math.max(6, Math.round(ladder.fontPixelSize * 1.1 * view.zoom))
                    font.bold: true
                    color: Theme.actorColor(modelData.actor)
                }
            }
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.panelBorder
        }
    }

    // One arrow, tap, rejection or computation box, placed by the layout.
    component LadderItem: Item {
        id: item

        required property var modelData
        readonly property int step: modelData.step
        readonly property bool isCurrent: step === view.current
        readonly property bool isFuture: step > view.current
        readonly property bool isSelected: SessionController.selection.step === step
                                           && SessionController.selection.event === modelData.event
        readonly property string kind: modelData.kind
        readonly property bool hostile: kind === "tap" || modelData.attacker || modelData.substituted
        readonly property color ink: isFuture ? Theme.future
                                   : hostile ? Theme.attacker
                                   : kind === "rejection" ? Theme.danger
                                   : isCurrent ? Theme.accent : Theme.text
        readonly property real f: ladder.fontPixelSize
        readonly property real dir: modelData.x2 >= modelData.x1 ? 1 : -1
        readonly property real head: f * 0.75
        property real reveal: 1

        objectName: "ladderItem_" + step + "_" + modelData.event
        Accessible.role: Accessible.StaticText
        Accessible.name: modelData.label + (modelData.sublabel ? " — " + modelData.sublabel : "")
        anchors.fill: parent
        visible: !isFuture || AppSettings.futureGreyed
        opacity: isFuture ? 0.45 : 1

        onIsCurrentChanged: {
            if (isCurrent && AppSettings.animations && kind !== "computation")
                revealAnimation.restart()
        }
        NumberAnimation {
            id: revealAnimation
            target: item
            property: "reveal"
            from: 0
            to: 1
            duration: 350
            easing.type: Easing.OutCubic
        }

        Rectangle {
            // Selection outline: what the inspector shows.
            visible: item.isSelected && !item.isFuture
            x: item.modelData.row.x + 2
            y: item.modelData.row.y
            width: item.modelData.row.width - 4
            height: item.modelData.row.height
            color: "transparent"
            border.color: Theme.accent
            border.width: 1
            radius: 4
            opacity: 0.7
        }

        Shape {
            anchors.fill: parent
            visible: item.kind !== "computation"
            ShapePath {
                strokeColor: item.ink
                strokeWidth: item.isCurrent ? Theme.lineWidth + 1 : Theme.lineWidth
                strokeStyle: item.kind === "tap" ? ShapePath.DashLine : ShapePath.SolidLine
                dashPattern: [4, 3]
                fillColor: "transparent"
                capStyle: ShapePath.FlatCap
                startX: item.modelData.x1
                startY: item.modelData.y
                PathLine {
                    x: item.modelData.x1 + (item.modelData.x2 - item.dir * item.head * 0.6 - item.modelData.x1) * item.reveal
                    y: item.modelData.y
                }
            }
            ShapePath {
                strokeColor: "transparent"
                fillColor: item.reveal > 0.95 ? item.ink : "transparent"
                startX: item.modelData.x2
                startY: item.modelData.y
                PathLine { x: item.modelData.x2 - item.dir * item.head; y: item.modelData.y - item.head * 0.45 }
                PathLine { x: item.modelData.x2 - item.dir * item.head; y: item.modelData.y + item.head * 0.45 }
                PathLine { x: item.modelData.x2; y: item.modelData.y }
            }
        }

        Text {
            // A refused message: a cross where it should have arrived.
            visible: item.kind === "rejection"
            x: item.modelData.x2 - width / 2
            y: item.modelData.y - height / 2
            text: "✗"
            color: Theme.danger
            font.pixelSize: item.f * 1.5
            font.bold: true
        }

        Rectangle {
            visible: item.kind === "computation"
            x: item.modelData.box.x
            y: item.modelData.box.y
            width: item.modelData.box.width
            height: item.modelData.box.height
            radius: 4
            color: item.hostile ? Theme.attackerFill : Theme.boxFill
            border.color: item.isFuture ? Theme.future
                        : item.hostile ? Theme.attacker
                        : item.isCurrent ? Theme.accent : Theme.actorColor(item.modelData.from)
            border.width: item.isCurrent ? Theme.lineWidth + 1 : Theme.lineWidth
        }

        Rectangle {
            // A plate under the text where it crosses lifelines.
            visible: item.kind === "message" || item.kind === "rejection"
            x: item.modelData.labelRect.x - 2
            y: item.modelData.labelRect.y
            width: item.modelData.labelRect.width + 4
            height: item.modelData.labelRect.height
            color: item.isCurrent ? Theme.currentBand : Theme.background
            opacity: 0.85
        }
        Rectangle {
            visible: item.modelData.sublabel !== "" && item.kind !== "computation"
            x: item.modelData.sublabelRect.x - 2
            y: item.modelData.sublabelRect.y
            width: item.modelData.sublabelRect.width + 4
            height: item.modelData.sublabelRect.height
            color: item.isCurrent ? Theme.currentBand : Theme.background
            opacity: 0.85
        }
        Text {
            x: item.modelData.labelRect.x
            y: item.modelData.labelRect.y
            width: item.modelData.labelRect.width
            height: item.modelData.labelRect.height
            text: item.modelData.label
            color: item.ink
            opacity: item.kind === "computation" ? 1 : Math.min(1, item.reveal * 1.5)
            font.pixelSize: item.kind === "tap" ? Math.round(item.f * 0.86) : item.f
            font.bold: item.kind !== "tap"
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        Text {
            visible: item.modelData.sublabel !== ""
            x: item.modelData.sublabelRect.x
            y: item.modelData.sublabelRect.y
            width: item.modelData.sublabelRect.width
            height: item.modelData.sublabelRect.height
            text: item.modelData.sublabel
            color: item.isFuture ? Theme.future : item.kind === "rejection" ? Theme.danger : Theme.mutedText
            opacity: Math.min(1, item.reveal * 1.5)
            font.pixelSize: Math.round(item.f * 0.86)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        MouseArea {
            id: hit
            x: item.modelData.row.x
            y: item.modelData.row.y
            width: item.modelData.row.width
            height: item.modelData.row.height
            enabled: !item.isFuture
            hoverEnabled: true
            cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
            onClicked: {
                SessionController.select(item.step, item.modelData.event)
                view.forceActiveFocus()
            }
            ToolTip.visible: containsMouse && !item.isFuture && !AppSettings.presenter
            ToolTip.delay: 600
            ToolTip.text: qsTr("Step %1 · %2 — click to inspect").arg(item.step).arg(item.modelData.label)
        }
    }
}
