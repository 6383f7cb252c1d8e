# SPDX-License-Identifier: LGPL-3.0-or-later
# German (and later more) translations of the desktop app, included from app/gui/CMakeLists.txt.
# `cmake --build <dir> --target update_translations` runs lupdate over the QML, the Qt layer and the
# core sources whose user-visible texts go through keyladder::coreTr(); the .qm files are embedded
# under :/i18n, where LanguageManager loads them.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

# The same set tests/i18n/TestTranslationFiles.cpp scans.
file(GLOB _keyladder_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/qml/*.qml
    ${PROJECT_SOURCE_DIR}/app/gui/*.cpp
    ${PROJECT_SOURCE_DIR}/app/gui/*.h
    ${PROJECT_SOURCE_DIR}/app/render/*.cpp
    ${PROJECT_SOURCE_DIR}/app/render/*.h)
file(GLOB_RECURSE _keyladder_core_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp
    ${PROJECT_SOURCE_DIR}/core/*.h)
list(APPEND _keyladder_tr_sources ${_keyladder_core_tr_sources})

set(KEYLADDER_TS_FILES ${PROJECT_SOURCE_DIR}/assets/translations/keyladder_de.ts)

qt_add_translations(keyladder_app
    TS_FILES ${KEYLADDER_TS_FILES}
    SOURCES ${_keyladder_tr_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    LUPDATE_OPTIONS -no-obsolete -locations none
        -tr-function-alias translate+=coreTr,translate+=renderTr,QT_TRANSLATE_NOOP+=KEYLADDER_TR_NOOP
    LRELEASE_OPTIONS -nounfinished)
