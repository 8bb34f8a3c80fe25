#!/usr/bin/env bash
# Proves the Debian package: validates the desktop entry and the AppStream metainfo, builds the
# release preset, packs the .deb with CPack, then installs it with `apt-get install ./file.deb` in a
# fresh Debian 12 root (debootstrap) and starts the three programs there.
#
# Run as root on Debian 12: it installs its own tools (debootstrap, validators) with apt-get. The
# root comes from the Debian mirror this machine's apt already uses (/etc/apt/sources.list and
# /etc/apt/sources.list.d/*). About 2-3 minutes with a built tree; .ci/run runs it after the tests.
# Environment:
#   DEBIAN_MIRROR=<url>         mirror for debootstrap and apt (default: the machine's apt mirror)
#   EINVOICE_ROOT_CACHE=<file>  tarball of the pristine debootstrap root: used when it exists,
#                               written when it does not (saves the download on later runs)
#   EINVOICE_DEBOOTSTRAP_CACHE=<dir>  debootstrap's download cache (default
#                               /var/cache/einvoice-debootstrap; only the .debs, never the root)
#   KEEP_ROOT=1                 keep the throwaway root for inspection
#   EINVOICE_BUILD_DIR=<dir>    pack from this already configured build (e.g. build/ci) instead
#                               of building the release preset; only the programs are rebuilt
#   SKIP_BUILD=1                use the .deb already in <build>/packages
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=vn.sepay.EInvoice
step_name=""
step_started=$SECONDS
timings=()

# step <name>: starts a named step; the durations are printed at the end.
step() {
    [[ -z "$step_name" ]] || timings+=("$(printf '%5ds  %s' $((SECONDS - step_started)) "$step_name")")
    step_name=$1
    step_started=$SECONDS
    echo "== $1"
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if [[ $(id -u) -ne 0 ]]; then
    fail "run as root: debootstrap and chroot need it"
fi

# apt_mirror: prints the URI of the first enabled apt source that serves Debian 12's main suite
# ("bookworm"), from the one-line *.list files and the deb822 *.sources files.
apt_mirror() {
    local files=()
    [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
    for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -f "$file" ]] && files+=("$file")
    done
    ((${#files[@]} > 0)) || return 1
    awk '
        function flush() {
            if (types ~ /(^| )deb( |$)/ && enabled && uri != "" && (" " suites " ") ~ / bookworm /) {
                print uri; found = 1; exit
            }
            types = ""; uris = ""; suites = ""; uri = ""; enabled = 1
        }
        BEGIN { enabled = 1 }
        FILENAME ~ /\.list$/ {
            sub(/#.*/, "")
            if ($1 != "deb") next
            i = 2
            if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            if ($(i + 1) == "bookworm") { print $i; found = 1; exit }
            next
        }
        FNR == 1 { flush() }
        /^[ \t]*#/ { next }
        /^[ \t]*$/ { flush(); next }
        tolower($1) == "types:" { $1 = ""; types = $0 }
        tolower($1) == "uris:" { uri = $2 }
        tolower($1) == "suites:" { $1 = ""; suites = $0; gsub(/^ +| +$/, "", suites) }
        tolower($1) == "enabled:" { enabled = (tolower($2) != "no") }
        END { if (!found) flush(); if (!found) exit 1 }
    ' "${files[@]}" | sed 's:/*$::'
}

mirror=${DEBIAN_MIRROR:-$(apt_mirror)} || fail "no Debian 12 (bookworm) source in the apt configuration"
[[ -n "$mirror" ]] || fail "no Debian 12 (bookworm) source in the apt configuration"
echo "Debian mirror (from apt): $mirror"

work=$(mktemp -d /var/tmp/einvoice-deb.XXXXXX)
root=$work/root
bootstrap_pid=""
cleanup() {
    if [[ -n "$bootstrap_pid" ]] && kill -0 "$bootstrap_pid" 2>/dev/null; then
        kill "$bootstrap_pid" 2>/dev/null || true
        wait "$bootstrap_pid" 2>/dev/null || true
    fi
    for mountpoint in dev/pts dev proc sys; do
        if mountpoint -q "$root/$mountpoint" 2>/dev/null; then
            umount -l "$root/$mountpoint" || true
        fi
    done
    if [[ -n "${KEEP_ROOT:-}" ]]; then
        echo "Kept the root in $root"
    elif grep -q " $root/" /proc/mounts; then
        echo "Something is still mounted under $root: not deleting $work" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT

step "tools"
bash packaging/dev/install-deps.sh
tools=(debootstrap appstream desktop-file-utils dpkg-dev file)
missing=()
for package in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
        missing+=("$package")
done
if ((${#missing[@]} > 0)); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The root is made in the background while the package is built, packed and checked: debootstrap
# mostly waits for the network. Its downloaded .debs are kept in a cache for the next run (the
# root itself is always unpacked afresh).
debootstrap_cache=${EINVOICE_DEBOOTSTRAP_CACHE:-/var/cache/einvoice-debootstrap}
mkdir -p "$debootstrap_cache"
if [[ -n "${EINVOICE_ROOT_CACHE:-}" && -f "$EINVOICE_ROOT_CACHE" ]]; then
    mkdir -p "$root"
    tar -xf "$EINVOICE_ROOT_CACHE" -C "$root"
else
    debootstrap --variant=minbase --cache-dir="$debootstrap_cache" bookworm "$root" "$mirror" \
        >"$work/debootstrap.log" 2>&1 &
    bootstrap_pid=$!
fi

step "validate desktop entry and metainfo"
desktop-file-validate "packaging/$app_id.desktop"
# --no-net: the screenshot and homepage URLs point at the planned public repository.
appstreamcli validate --no-net "packaging/$app_id.metainfo.xml"

build=${EINVOICE_BUILD_DIR:-build/release}
if [[ -z "${SKIP_BUILD:-}" ]]; then
    if [[ -z "${EINVOICE_BUILD_DIR:-}" ]]; then
        step "build (release preset)"
        cmake --preset release >/dev/null
        cmake --build --preset release
    else
        step "build the programs in $build"
        cmake "$build" >/dev/null
        cmake --build "$build" --target sepay-einvoice sepay-einvoice-cli sepay-sandbox
    fi
    step "cpack -G DEB"
    rm -f "$build"/packages/sepay-einvoice_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
fi
deb=$(find "$build/packages" -maxdepth 1 -name 'sepay-einvoice_*.deb' 2>/dev/null | head -n 1)
[[ -n "$deb" ]] || fail "no .deb in $build/packages"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Installed-Size
dpkg-deb --contents "$deb" >"$work/contents"
awk '{print $6}' "$work/contents" | grep -v '/$'
grep -q ' ./usr/share/doc/sepay-einvoice/copyright$' "$work/contents" ||
    fail "no /usr/share/doc/sepay-einvoice/copyright in the package"

step "validate the packaged tree (appstreamcli validate-tree, copyright format)"
dpkg-deb -x "$deb" "$work/tree"
appstreamcli validate-tree --no-net "$work/tree"
copyright=$work/tree/usr/share/doc/sepay-einvoice/copyright
head -n 1 "$copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "copyright: not the machine-readable format"
grep -q '^Files: \*$' "$copyright" || fail "copyright: no 'Files: *' paragraph"
# Every License short name used in a Files paragraph has its own stand-alone License paragraph.
awk '/^License: / && prev_files { used[$2] = 1 } /^Files: / { prev_files = 1 } /^$/ { prev_files = 0 }
     /^License: / && !prev_files { defined[$2] = 1 }
     END { for (name in used) if (!(name in defined)) { print "copyright: licence " name " has no text"; bad = 1 }
           exit bad }' "$copyright" || fail "copyright: a licence has no text"


step "fresh Debian 12 root (debootstrap from $mirror)"
if [[ -n "$bootstrap_pid" ]]; then
    wait "$bootstrap_pid" || { tail -n 20 "$work/debootstrap.log"; fail "debootstrap"; }
    bootstrap_pid=""
    if [[ -n "${EINVOICE_ROOT_CACHE:-}" ]]; then
        tar -cf "$EINVOICE_ROOT_CACHE" -C "$root" .
    fi
fi
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

in_root() {
    chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

step "apt-get install ./$(basename "$deb") (no recommends: Depends alone must suffice)"
in_root apt-get update -qq
in_root apt-get install -y -q --no-install-recommends "./tmp/$(basename "$deb")" >"$work/install.log" ||
    { tail -n 30 "$work/install.log"; fail "apt-get install of the .deb"; }
grep -E '^(Setting up|Unpacking) sepay-einvoice' "$work/install.log"
echo "packages installed with it: $(grep -c '^Setting up' "$work/install.log")"
for file in /usr/bin/sepay-einvoice /usr/bin/sepay-einvoice-cli /usr/bin/sepay-sandbox \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png" /usr/share/doc/sepay-einvoice/copyright; do
    [[ -f "$root$file" ]] || fail "$file not installed"
done

step "test tools in the root (xvfb, x11-utils)"
in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-utils >"$work/tools.log" ||
    { tail -n 30 "$work/tools.log"; fail "installing xvfb"; }

step "run the installed programs"
cp packaging/deb-smoke-run.sh "$root/tmp/"
in_root bash /tmp/deb-smoke-run.sh || fail "the installed programs did not run"

step "done"
printf '%s\n' "${timings[@]}"
echo "total: ${SECONDS}s"
echo "PASS: $(basename "$deb") installs on a fresh Debian 12 root and its programs start"
