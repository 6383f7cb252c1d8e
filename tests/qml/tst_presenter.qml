// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtTest
import KeyLadder

Item {
    id: root
    width: 1280
    height: 800

    NarrationPanel {
        id: narration
        width: parent.width
    }

    Binding {
        target: SessionController.layout
        property: "fontPixelSize"
        value: Theme.diagramFont
    }

    TestCase {
        name: "Presenter"
        when: windowShown

        function cleanup() {
            AppSettings.presenter = false
        }

        function test_presenterScalesTheType() {
            AppSettings.presenter = false
            const title = findChild(narration, "narrationTitle")
            verify(title !== null)
            const normalTitle = title.font.pixelSize
            const normalDiagram = SessionController.layout.fontPixelSize
            const normalWidth = SessionController.layout.width
            AppSettings.presenter = true
            verify(title.font.pixelSize >= normalTitle * 1.5, title.font.pixelSize + " vs " + normalTitle)
            verify(SessionController.layout.fontPixelSize >= normalDiagram * 1.5)
            // The layout is recomputed for the larger type: the diagram grows instead of overlapping.
            verify(SessionController.layout.width > normalWidth)
            compare(Theme.mode, "contrast")
        }
    }
}
