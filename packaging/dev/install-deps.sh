#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12 (as root). Quiet when all is there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build git file ccache
    clang-14 libclang-rt-14-dev # the fuzz preset: libFuzzer with ASan and UBSan (fuzz/run-fuzzers.sh)
    qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qt6-charts-dev qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libminizip-dev libxlsxwriter-dev python3-openpyxl
    libreoffice-calc-nogui # tests re-save workbooks with an independent producer (libreOfficeResave)
    libsecret-1-0 gnome-keyring dbus-daemon xvfb xauth
    fonts-dejavu-core fonts-noto-core poppler-utils appstream desktop-file-utils
    openssl # tst_tlsfailure makes a self-signed certificate with it
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run this command as root (or with sudo) so that it can install them." >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
