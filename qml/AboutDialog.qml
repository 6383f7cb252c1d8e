// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// Help › About: the version, the licences of what KeyLadder is built on, and the documents it follows.
Dialog {
    id: about
    objectName: "aboutDialog"
    title: qsTr("About KeyLadder")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Close
    width: Math.min(parent.width * 0.85, Theme.fontSize * 46)
    height: Math.min(parent.height * 0.85, Theme.fontSize * 36)

    // Reference names and numbers stay as published; only the description is translated.
    readonly property var references: [
        { name: "3GPP SA3 contribution", title: qsTr("Key negotiation of dual connectivity to deal with the leakage "
                                                    + "of secret key (the proposal KeyLadder steps through)") },
        { name: "3GPP TS 33.401", title: qsTr("3GPP System Architecture Evolution (SAE); Security architecture") },
        { name: "3GPP TS 33.501", title: qsTr("Security architecture and procedures for 5G System") },
        { name: "3GPP TS 33.220", title: qsTr("Generic Authentication Architecture (GAA); Generic Bootstrapping "
                                             + "Architecture (GBA); Annex B: the key derivation function") },
        { name: "3GPP TS 35.206", title: qsTr("Specification of the MILENAGE algorithm set: algorithm specification") },
        { name: "RFC 7748", title: qsTr("Elliptic Curves for Security (X25519, X448)") },
        { name: "RFC 9678", title: qsTr("Forward Secrecy for the Extensible Authentication Protocol Method for "
                                       + "Authentication and Key Agreement (EAP-AKA' FS)") }
    ]
    readonly property var licences: [
        { name: "Qt " + AppInfo.qtVersion, licence: "LGPL-3.0-only", url: "https://www.qt.io/licensing/" },
        { name: "Botan " + AppInfo.botanVersion, licence: "BSD-2-Clause", url: "https://botan.randombit.net/" },
        { name: "nlohmann/json", licence: "MIT", url: "https://github.com/nlohmann/json" }
    ]

    ScrollView {
        id: scroller
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                font.pixelSize: Theme.fontSize * 1.3
                font.bold: true
                text: qsTr("KeyLadder %1").arg(AppInfo.version)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSize
                text: qsTr("Steps through the Diffie-Hellman exchange proposed for UE and gNB in LTE-NR dual "
                           + "connectivity (EN-DC) and shows what each party, above all an attacker, can compute. "
                           + "Every value is computed for real.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSize
                text: qsTr("KeyLadder is free software under the GNU Lesser General Public License, version 3 or "
                           + "later (LGPL-3.0-or-later).")
            }

            Label {
                Layout.topMargin: Theme.spacing
                font.pixelSize: Theme.fontSize
                font.bold: true
                text: qsTr("Built on")
            }
            Repeater {
                model: about.licences
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSize
                    text: qsTr("%1 — licence %2 — %3").arg(modelData.name).arg(modelData.licence).arg(modelData.url)
                }
            }

            Label {
                Layout.topMargin: Theme.spacing
                font.pixelSize: Theme.fontSize
                font.bold: true
                text: qsTr("References")
            }
            Repeater {
                model: about.references
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSize
                    text: "<b>" + modelData.name + "</b>: " + modelData.title
                }
            }
        }
    }
}
