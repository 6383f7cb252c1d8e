// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// Everything a user may change about the scenario. Each control writes one value through the
// SessionController, which validates it and re-runs the engine; nothing is computed here.
ScrollView {
    id: panel

    readonly property var s: SessionController.scenario
    readonly property bool dhMode: s.procedure !== undefined && s.procedure.mode === "dh"

    function has(list, value) { return list !== undefined && list.indexOf(value) >= 0 }

    objectName: "scenarioPanel"
    // Fixed implicit width: the content follows the panel's width, not the other way round.
    implicitWidth: Theme.fontSize * 18
    clip: true
    contentWidth: availableWidth
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        width: panel.availableWidth - Theme.spacing * 1.5
        x: Theme.spacing / 2
        spacing: 2

        SectionHeader { text: qsTr("Procedure") }
        RadioButton {
            objectName: "modeDh"
            text: qsTr("D-H (the proposal)")
            checked: panel.dhMode
            font.pixelSize: Theme.fontSize
            focusPolicy: Qt.NoFocus
            onClicked: SessionController.setValue("/procedure/mode", "dh")
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("UE and gNB add a Diffie-Hellman exchange to the SgNB addition")
        }
        RadioButton {
            objectName: "modeBaseline"
            text: qsTr("Baseline (today's EN-DC)")
            checked: !panel.dhMode
            font.pixelSize: Theme.fontSize
            focusPolicy: Qt.NoFocus
            onClicked: SessionController.setValue("/procedure/mode", "baseline")
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("S-KgNB = KDF(KeNB, sk-Counter), sent by the eNB to the gNB")
        }
        Label {
            text: qsTr("Key usage")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
        ComboBox {
            id: keyUsage
            objectName: "keyUsage"
            Layout.fillWidth: true
            enabled: panel.dhMode
            font.pixelSize: Theme.fontSize
            focusPolicy: Qt.NoFocus
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "none", text: qsTr("none (the seed as written)") },
                { value: "combine", text: qsTr("combine with S-KgNB") },
                { value: "replace", text: qsTr("replace S-KgNB") }
            ]
            currentIndex: ["none", "combine", "replace"].indexOf(panel.s.procedure ? panel.s.procedure.keyUsage : "none")
            onActivated: SessionController.setValue("/procedure/keyUsage", currentValue)
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("The proposal leaves the use of the D-H key FFS; combine and replace are illustrative (FC 0xF0/0xF1)")
        }
        CheckBox {
            text: qsTr("Fall back to baseline")
            font.pixelSize: Theme.smallFont
            focusPolicy: Qt.NoFocus
            checked: panel.s.procedure ? panel.s.procedure.fallbackToBaseline === true : false
            onToggled: SessionController.setValue("/procedure/fallbackToBaseline", checked)
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("With no common group, carry on with today's procedure instead of rejecting (a bidding-down)")
        }

        SectionHeader { text: qsTr("UE groups (in order)") }
        GroupPicker {
            objectName: "ueGroups"
            Layout.fillWidth: true
            path: "/ue/dhGroups"
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Minimum strength (bits)")
                font.pixelSize: Theme.smallFont
                wrapMode: Text.Wrap
            }
            SpinBox {
                objectName: "minSecurityBits"
                Layout.preferredWidth: Theme.fontSize * 7
                from: 0
                to: 256
                stepSize: 16
                editable: true
                font.pixelSize: Theme.smallFont
                value: panel.s.ue ? (panel.s.ue.minSecurityBits || 0) : 0
                onValueModified: SessionController.setValue("/ue/minSecurityBits", value)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("The UE refuses a selected group weaker than this (0: no policy)")
            }
        }

        SectionHeader { text: qsTr("gNB priority") }
        GroupPicker {
            objectName: "gnbGroups"
            Layout.fillWidth: true
            path: "/gnb/dhPriority"
        }

        SectionHeader { text: qsTr("Network") }
        CheckBox {
            objectName: "x2Protected"
            text: qsTr("X2 protected (NDS/IP IPsec)")
            font.pixelSize: Theme.fontSize
            focusPolicy: Qt.NoFocus
            checked: panel.s.network ? panel.s.network.x2Protected === true : true
            onToggled: SessionController.setValue("/network/x2Protected", checked)
        }

        SectionHeader { text: qsTr("Attacker") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: [ { key: "Uu", text: qsTr("tap Uu") }, { key: "X2", text: qsTr("tap X2") } ]
                delegate: CheckBox {
                    required property var modelData
                    objectName: "tap" + modelData.key
                    text: modelData.text
                    font.pixelSize: Theme.fontSize
                    focusPolicy: Qt.NoFocus
                    checked: panel.s.attacker ? panel.has(panel.s.attacker.taps, modelData.key) : false
                    onToggled: SessionController.setListMember("/attacker/taps", modelData.key, checked)
                }
            }
        }
        Label {
            text: qsTr("Leaked to the attacker")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 0
            Repeater {
                model: [ { key: "K", text: qsTr("K / OPc") }, { key: "KeNB", text: qsTr("KeNB") },
                         { key: "ueDhPrivate", text: qsTr("UE D-H priv.") },
                         { key: "gnbDhPrivate", text: qsTr("gNB D-H priv.") } ]
                delegate: CheckBox {
                    required property var modelData
                    objectName: "leak" + modelData.key
                    text: modelData.text
                    font.pixelSize: Theme.smallFont
                    focusPolicy: Qt.NoFocus
                    checked: panel.s.attacker ? panel.has(panel.s.attacker.leaked, modelData.key) : false
                    onToggled: SessionController.setListMember("/attacker/leaked", modelData.key, checked)
                }
            }
        }
        CheckBox {
            text: qsTr("Leaks come after the session")
            font.pixelSize: Theme.smallFont
            focusPolicy: Qt.NoFocus
            checked: panel.s.attacker ? panel.s.attacker.leakAfter === true : false
            onToggled: SessionController.setValue("/attacker/leakAfter", checked)
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("The attacker records the traffic now and obtains the keys later")
        }
        Label {
            text: qsTr("Active behaviour")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
        ComboBox {
            objectName: "activeAttack"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSize
            focusPolicy: Qt.NoFocus
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "none", text: qsTr("passive") },
                { value: "x2-mitm", text: qsTr("man in the middle on X2") },
                { value: "uu-mitm", text: qsTr("man in the middle on Uu") },
                { value: "x2-downgrade", text: qsTr("bidding-down on X2") }
            ]
            currentIndex: ["none", "x2-mitm", "uu-mitm", "x2-downgrade"].indexOf(panel.s.attacker ? panel.s.attacker.active : "none")
            onActivated: SessionController.setValue("/attacker/active", currentValue)
        }

        SectionHeader { text: qsTr("Randomness and data") }
        Label {
            text: qsTr("Seed")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
        TextField {
            objectName: "seedField"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSize
            placeholderText: qsTr("empty: system random")
            text: panel.s.seed !== undefined ? panel.s.seed : ""
            onEditingFinished: {
                if (text === "")
                    SessionController.removeValue("/seed")
                else if (text !== panel.s.seed)
                    SessionController.setValue("/seed", text)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: panel.s.seed !== undefined
            text: qsTr("deterministic — for teaching, not secure")
            font.pixelSize: Theme.smallFont
            color: Theme.secret
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("User data on NR")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
        }
        TextField {
            objectName: "payloadField"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontSize
            text: panel.s.userPlane ? panel.s.userPlane.payload : ""
            onEditingFinished: {
                if (panel.s.userPlane && text !== panel.s.userPlane.payload)
                    SessionController.setValue("/userPlane/payload", text)
            }
        }
        Item { Layout.preferredHeight: Theme.spacing * 2 }
    }
}
