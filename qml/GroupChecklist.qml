// SPDX-License-Identifier: LGPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KeyLadder

// Tick the D-H groups a measurement covers; each shows its name and cost on hover.
Flow {
    id: checklist

    // The chosen group ids, in catalog order.
    property var selected: []
    // "toy": only the toy groups; "real": all but the toy groups; "": every available group.
    property string only: ""

    spacing: Theme.spacing / 2

    function toggled(id, on) {
        const next = []
        for (let i = 0; i < catalog.count; ++i) {
            const g = catalog.idAt(i)
            if (g === id ? on : selected.indexOf(g) >= 0)
                next.push(g)
        }
        selected = next
    }

    Repeater {
        id: catalog
        function idAt(i) { return itemAt(i) ? itemAt(i).groupId : "" }
        model: GroupCatalogModel {}
        delegate: CheckBox {
            required property string groupId
            required property string name
            required property string kind
            required property bool available
            required property string costHint
            required property string unavailableReason

            objectName: "groupCheck_" + groupId
            visible: available && (checklist.only === "" || (checklist.only === "toy") === (kind === "toy"))
            width: visible ? implicitWidth : 0
            height: visible ? implicitHeight : 0
            text: groupId
            font.pixelSize: Theme.smallFont
            checked: checklist.selected.indexOf(groupId) >= 0
            onToggled: checklist.toggled(groupId, checked)
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: name + (costHint !== "" ? " — " + costHint : "")
        }
    }
}
