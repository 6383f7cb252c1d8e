# SPDX-License-Identifier: LGPL-3.0-or-later
# macOS packaging as a drag-and-drop disk image. NOT BUILT OR TRIED on the project's Linux build
# machines: this is the configuration a macOS build starts from; check it on macOS first.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME KeyLadder)
set_target_properties(keyladder PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME KeyLadder
    MACOSX_BUNDLE_GUI_IDENTIFIER org.keyladder.KeyLadder
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
# macdeployqt bundles Qt and the QML modules into KeyLadder.app.
find_program(KEYLADDER_MACDEPLOYQT macdeployqt HINTS ${Qt6_DIR}/../../../bin)
if(KEYLADDER_MACDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${KEYLADDER_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/keyladder.app\"
                  -qmldir=\"${PROJECT_SOURCE_DIR}/qml\")")
endif()
