# SPDX-License-Identifier: LGPL-3.0-or-later
# Windows packaging with WiX. NOT BUILT OR TRIED on the project's Linux build machines: this is the
# configuration a Windows build starts from; check it on Windows before relying on it.
set(CPACK_GENERATOR WIX ZIP)
set(CPACK_WIX_UPGRADE_GUID "6B0E4D0C-1F7A-4C55-9F0E-2B7C3E5A9D41")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/assets/icons/keyladder-256.png)
set(CPACK_PACKAGE_EXECUTABLES keyladder KeyLadder)
# windeployqt copies the Qt libraries, plugins and the QML modules the GUI imports next to the exe.
find_program(KEYLADDER_WINDEPLOYQT windeployqt HINTS ${Qt6_DIR}/../../../bin)
if(KEYLADDER_WINDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${KEYLADDER_WINDEPLOYQT}\" --qmldir \"${PROJECT_SOURCE_DIR}/qml\"
                  --no-translations \"\${CMAKE_INSTALL_PREFIX}/bin/keyladder.exe\")")
endif()
