# SPDX-License-Identifier: LGPL-3.0-or-later
# Shared by scripts/run, scripts/test, scripts/bench and scripts/fuzz: install what is missing,
# configure once, build incrementally. Sourced, not run.
set -euo pipefail

KEYLADDER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Everything the build, the tests and the GUI need on Debian 12 / Ubuntu 22.04+.
KEYLADDER_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-declarative-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qtquick-templates
    qml6-module-qtquick-shapes qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtcore qml6-module-qt-labs-settings qml6-module-qt-labs-platform qml6-module-qt-labs-folderlistmodel
    qt6-qpa-plugins
    libgl-dev libbotan-2-dev botan nlohmann-json3-dev
    fonts-dejavu-core
    dpkg-dev file
)

install_packages() {
    local missing=()
    local p
    for p in "${KEYLADDER_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#KEYLADDER_PACKAGES[@]} required packages are installed"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        say "not root: using sudo to install packages"
        sudo=(sudo)
    fi
    say "installing missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [cmake options...]
configure_and_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        say "configuring $dir"
        cmake -S "$KEYLADDER_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    say "building $dir"
    cmake --build "$dir" -j"$(nproc)"
}
