// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtTest
import KeyLadder

Item {
    id: root
    width: 1280
    height: 800

    DiagramView {
        id: diagram
        anchors.fill: parent
    }

    TestCase {
        name: "KeyboardStepping"
        when: windowShown

        function init() {
            SessionController.first()
            diagram.forceActiveFocus()
        }

        function test_spaceAndArrowsMoveTheHighlight() {
            verify(SessionController.stepCount > 3)
            compare(diagram.highlightedLabel, "")
            keyClick(Qt.Key_Space)
            compare(SessionController.currentStep, 1)
            const first = diagram.highlightedLabel
            verify(first !== "")
            keyClick(Qt.Key_Right)
            compare(SessionController.currentStep, 2)
            const second = diagram.highlightedLabel
            verify(second !== "")
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Left)
            compare(SessionController.currentStep, 2)
            compare(diagram.highlightedLabel, second)
            keyClick(Qt.Key_Left)
            compare(diagram.highlightedLabel, first)
        }

        function test_homeAndEnd() {
            keyClick(Qt.Key_End)
            compare(SessionController.currentStep, SessionController.stepCount)
            keyClick(Qt.Key_Home)
            compare(SessionController.currentStep, 0)
        }

        function test_highlightedItemIsDrawnAsCurrent() {
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_Space)
            // The items of step 2 are visible and current; those of step 3 are hidden (the default).
            const current = findChild(diagram, "ladderItem_2_0")
            verify(current !== null)
            verify(current.visible)
            verify(current.isCurrent)
            const future = findChild(diagram, "ladderItem_3_0")
            verify(future !== null)
            if (!AppSettings.futureGreyed)
                verify(!future.visible)
            keyClick(Qt.Key_Space)
            verify(!current.isCurrent)
            verify(future.visible)
            verify(future.isCurrent)
        }
    }
}
