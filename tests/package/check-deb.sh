#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-3.0-or-later
# Builds the .deb from BUILD_DIR with CPack, checks its Depends against the QML modules the GUI
# imports, unpacks it into a temporary root and runs both programs from the installed paths.
#   check-deb.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") octets"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"

# Every QML import must be covered by a runtime package in Depends (dpkg-shlibdeps cannot see them).
module_package() {
    case $1 in
        QtQuick) echo qml6-module-qtquick ;;
        QtQuick.Controls) echo qml6-module-qtquick-controls ;;
        QtQuick.Layouts) echo qml6-module-qtquick-layouts ;;
        QtQuick.Window) echo qml6-module-qtquick-window ;;
        QtQuick.Dialogs) echo qml6-module-qtquick-dialogs ;;
        QtQuick.Shapes) echo qml6-module-qtquick-shapes ;;
        QtQuick.Templates) echo qml6-module-qtquick-templates ;;
        QtCore) echo qml6-module-qtcore ;;
        Qt.labs.settings) echo qml6-module-qt-labs-settings ;;
        Qt.labs.platform) echo qml6-module-qt-labs-platform ;;
        KeyLadder*) echo "" ;;
        *) echo "UNKNOWN:$1" ;;
    esac
}
status=0
for module in $(grep -h '^import ' "$src"/qml/*.qml | awk '{print $2}' | sort -u); do
    pkg=$(module_package "$module")
    [ -z "$pkg" ] && continue
    if [[ $pkg == UNKNOWN:* ]]; then
        echo "FAIL: no Debian package known for QML import $module (extend check-deb.sh and Depends)"
        status=1
    elif ! grep -q "$pkg" <<<"$depends"; then
        echo "FAIL: QML import $module needs $pkg, which is not in Depends"
        status=1
    fi
done
grep -q 'libbotan-2-19' <<<"$depends" || { echo "FAIL: shlibdeps did not add Botan"; status=1; }
grep -q 'libqt6quick6' <<<"$depends" || { echo "FAIL: shlibdeps did not add Qt Quick"; status=1; }

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/keyladder usr/bin/keyladder-cli usr/share/applications/org.keyladder.KeyLadder.desktop \
         usr/share/metainfo/org.keyladder.KeyLadder.metainfo.xml usr/share/keyladder/scenarios/default.json \
         usr/share/icons/hicolor/scalable/apps/org.keyladder.KeyLadder.svg usr/share/man/man1/keyladder.1; do
    [ -e "$root/$f" ] || { echo "FAIL: $f is not in the package"; status=1; }
done

"$root/usr/bin/keyladder-cli" --version
"$root/usr/bin/keyladder-cli" run "$root/usr/share/keyladder/scenarios/default.json" --format ascii >/dev/null
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$root/usr/bin/keyladder" \
    --scenario "$root/usr/share/keyladder/scenarios/default.json" --step 6 --screenshot "$work/shot.png"
size=$(stat -c %s "$work/shot.png")
echo "installed keyladder --screenshot wrote $size octets"
[ "$size" -gt 10000 ] || { echo "FAIL: screenshot is suspiciously small"; status=1; }
exit $status
