// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtTest
import KeyLadder

Item {
    id: root
    width: 400
    height: 1600

    GroupPicker {
        id: picker
        width: 380
        path: "/ue/dhGroups"
        showAll: true
    }

    TestCase {
        name: "GroupPicker"
        when: windowShown

        function groupsInScenario() {
            return SessionController.value("/ue/dhGroups").map(function(g) { return String(g) })
        }

        function test_tickingAGroupEditsTheScenario() {
            const before = groupsInScenario()
            verify(before.indexOf("20") < 0, "group 20 must start unticked")
            const check = findChild(picker, "groupCheck_20")
            verify(check !== null)
            mouseClick(check)
            verify(SessionController.waitUntilIdle())
            const after = groupsInScenario()
            compare(after.length, before.length + 1)
            compare(after[after.length - 1], "20")
            // And off again.
            mouseClick(findChild(picker, "groupCheck_20"))
            verify(SessionController.waitUntilIdle())
            compare(groupsInScenario(), before)
        }

        function test_upButtonReorders() {
            const before = groupsInScenario()
            verify(before.length >= 2)
            const second = before[1]
            const up = findChild(picker, "groupUp_" + second)
            verify(up !== null)
            mouseClick(up)
            verify(SessionController.waitUntilIdle())
            const after = groupsInScenario()
            compare(after[0], second)
            compare(after[1], before[0])
            mouseClick(findChild(picker, "groupUp_" + before[0]))
            verify(SessionController.waitUntilIdle())
            compare(groupsInScenario(), before)
        }
    }
}
