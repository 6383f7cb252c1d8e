// SPDX-License-Identifier: LGPL-3.0-or-later
pragma Singleton
import QtQuick
import KeyLadder

// Colours and type sizes for every screen. Follows the system's light/dark choice unless the user
// picks one; presenter mode switches to large type and the high-contrast palette.
QtObject {
    id: theme

    property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property string mode: AppSettings.presenter ? "contrast"
                                  : AppSettings.theme === "system" ? (systemDark ? "dark" : "light")
                                  : AppSettings.theme
    readonly property bool dark: mode === "dark"
    readonly property bool contrast: mode === "contrast"

    // Type: one base size; presenter mode scales everything so the back row can read it.
    readonly property real typeScale: AppSettings.presenter ? 1.6 : 1.0
    readonly property int fontSize: Math.round(14 * typeScale)
    readonly property int smallFont: Math.round(12 * typeScale)
    readonly property int largeFont: Math.round(17 * typeScale)
    readonly property int titleFont: Math.round(20 * typeScale)
    readonly property int diagramFont: Math.round(14 * typeScale)
    readonly property int spacing: Math.round(8 * typeScale)
    readonly property int lineWidth: contrast ? 3 : 2
    readonly property string monoFamily: "monospace"

    readonly property color background: dark ? "#1e1f22" : "#ffffff"
    readonly property color panel: dark ? "#26282c" : contrast ? "#ffffff" : "#f5f6f8"
    readonly property color panelBorder: dark ? "#3a3d42" : contrast ? "#000000" : "#d5d8dd"
    readonly property color text: dark ? "#e8e8ea" : contrast ? "#000000" : "#1c1d20"
    readonly property color mutedText: dark ? "#a9acb3" : contrast ? "#202020" : "#5b6068"
    readonly property color accent: dark ? "#5ea1ff" : contrast ? "#0033cc" : "#1f5fd1"
    readonly property color accentText: "#ffffff"
    readonly property color currentBand: dark ? "#2c3a52" : contrast ? "#fff2a8" : "#e6efff"
    readonly property color future: dark ? "#5a5d63" : "#b9bdc4"
    readonly property color attacker: dark ? "#ff6b6b" : contrast ? "#c00000" : "#c62828"
    readonly property color danger: dark ? "#ff7b72" : contrast ? "#b00000" : "#b3261e"
    readonly property color success: dark ? "#56d364" : contrast ? "#006400" : "#1b7f3b"
    readonly property color secret: dark ? "#e3b341" : contrast ? "#7a4d00" : "#9a6700"
    readonly property color boxFill: dark ? "#30343a" : contrast ? "#ffffff" : "#fbfbfc"
    readonly property color attackerFill: dark ? "#3d2527" : contrast ? "#ffe5e5" : "#fdecec"
    readonly property color lifeline: dark ? "#7d828a" : contrast ? "#000000" : "#9aa0a8"
    readonly property color badge: dark ? "#3a3f47" : contrast ? "#000000" : "#e3e6eb"
    readonly property color badgeText: contrast ? "#ffffff" : text

    function actorColor(actor) {
        switch (actor) {
        case "UE": return dark ? "#7cc4ff" : "#0b63b6"
        case "eNB": return dark ? "#c3a6ff" : "#6a3fb5"
        case "gNB": return dark ? "#6fdcc4" : "#0a7d68"
        case "MME": return dark ? "#d7c27a" : "#7a6412"
        case "Attacker": return attacker
        }
        return text
    }
}
