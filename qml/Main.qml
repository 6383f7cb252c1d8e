// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import KeyLadder

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("KeyLadder %1").arg(AppInfo.version)

    Label {
        anchors.centerIn: parent
        text: qsTr("KeyLadder")
        font.pixelSize: 32
    }
}
