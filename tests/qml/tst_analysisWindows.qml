// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtTest
import KeyLadder

// The analysis windows as a user opens them: each runs its job, shows the result and steps by keyboard.
Item {
    id: root
    width: 400
    height: 300

    Component { id: comparisonComponent; ComparisonWindow { width: 1100; height: 700 } }
    Component { id: evaluationComponent; EvaluationWindow { width: 1100; height: 700 } }
    Component { id: costComponent; CostWindow { width: 1100; height: 700 } }
    Component { id: scalingComponent; ScalingWindow { width: 1100; height: 700 } }

    TestCase {
        name: "AnalysisWindows"
        when: windowShown

        function open(component, properties) {
            const w = createTemporaryObject(component, root, properties || {})
            verify(w !== null)
            w.present()
            tryVerify(function() { return w.active || w.visible }, 5000)
            return w
        }

        // Repeater delegates are visual children only, which findChild() does not search.
        function findVisual(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findVisual(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function waitFor(controller) {
            // The window starts its job once it is shown, which the platform reports a little later.
            tryVerify(function() { return controller.busy || controller.hasResult || controller.error !== "" }, 5000)
            tryVerify(function() { return !controller.busy }, 60000)
            compare(controller.error, "")
            verify(controller.hasResult)
        }

        function test_comparisonStepsTogetherByKeyboard() {
            SessionController.goTo(2)
            const w = open(comparisonComponent)
            const c = findChild(w, "comparisonController")
            waitFor(c)
            compare(c.step, 2) // starts where the main window is
            w.requestActivate()
            tryVerify(function() { return w.active }, 5000)
            keyClick(Qt.Key_Right)
            compare(c.step, 3)
            compare(c.leftStep, 3)
            compare(c.rightStep, 3)
            keyClick(Qt.Key_End)
            compare(c.step, c.stepCount)
            keyClick(Qt.Key_Home)
            compare(c.step, 0)
            const label = findChild(w, "comparisonStep")
            compare(label.text, "0 / " + c.stepCount)
            verify(findChild(w, "leftFigure").height > 100)
            verify(findChild(w, "rightFigure").height > 100)
        }

        function test_comparisonFollowsTheMainWindowWhenAsked() {
            const w = open(comparisonComponent)
            const c = findChild(w, "comparisonController")
            waitFor(c)
            c.step = 1
            SessionController.goTo(4)
            compare(c.step, 1) // not ticked: the windows step on their own
            findChild(w, "followMain").checked = true
            SessionController.goTo(5)
            compare(c.step, 5)
            compare(c.leftStep, 5)
            compare(c.rightStep, 5)
        }

        function test_comparisonRerunsWhenTheProcedureChanges() {
            const w = open(comparisonComponent)
            const c = findChild(w, "comparisonController")
            waitFor(c)
            c.step = 4
            c.rightProcedure = "dh-replace"
            verify(c.busy)
            waitFor(c)
            compare(c.rightName, "D-H, replacing S-KgNB")
            compare(c.step, 4) // the step stays
        }

        function test_evaluationShowsColouredCells() {
            const w = open(evaluationComponent)
            const e = findChild(w, "evaluationController")
            waitFor(e)
            compare(e.tables.length, e.groups.length)
            // Some cells are read by the attacker, some are safe: both colours are on screen.
            tryVerify(function() { return findVisual(w.contentItem, "cell_reads") !== null
                                          && findVisual(w.contentItem, "cell_safe") !== null })
            verify(!Qt.colorEqual(findVisual(w.contentItem, "cell_reads").color,
                                  findVisual(w.contentItem, "cell_safe").color))
            // A screen reader reads the cell's outcome and its reason, as the tooltip shows them.
            const cell = findVisual(w.contentItem, "cell_reads")
            compare(cell.Accessible.role, Accessible.Cell)
            verify(cell.Accessible.description.length > 10)
        }

        function test_costPanelMeasures() {
            const w = open(costComponent)
            const c = findChild(w, "costController")
            c.runs = 2
            waitFor(c)
            compare(c.costs.length, c.groups.length)
            const chart = findChild(w, "costChart")
            tryVerify(function() { return chart.height > 100 })
            verify(findChild(w, "costMethod").text.length > 20)
        }

        function test_scalingPlot() {
            const w = open(scalingComponent)
            const s = findChild(w, "scalingController")
            s.cancel()
            s.groups = ["toy-24", "toy-40"]
            s.run()
            waitFor(s)
            const plot = findChild(w, "scalingPlot")
            tryVerify(function() { return plot.width > 200 && plot.height > 100 })
        }
    }
}
