#!/bin/sh
# Fetch QEMU's scripts/analyze-migration.py from Debian's qemu source package
# (bookworm: QEMU 7.2) without building anything, and print its path.
#
#   tests/migration/fetch_analyze.sh            # -> $CACHE/analyze-migration.py
#   PYEMU_QEMU_SRC_CACHE=DIR tests/migration/fetch_analyze.sh
#
# The cache lives outside the repository (default ~/.cache/pyemu/qemu-src);
# the script is never committed.  Steps: make sure a deb-src entry for
# bookworm exists (added to /etc/apt/sources.list.d/pyemu-deb-src.sources
# when none does; needs root), `apt-get update`, `apt-get source
# --download-only qemu` into the cache, then extract only
# scripts/analyze-migration.py from the upstream tarball.  Re-running it when
# the script is already there does nothing.  Exit status 0 on success.
set -eu

CACHE="${PYEMU_QEMU_SRC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pyemu/qemu-src}"
OUT="$CACHE/analyze-migration.py"

if [ -s "$OUT" ]; then
    echo "$OUT"
    exit 0
fi
mkdir -p "$CACHE"

has_deb_src() {
    grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null
}

SUDO=""
if [ "$(id -u)" != 0 ]; then
    SUDO="sudo"
fi

if ! has_deb_src; then
    echo "fetch_analyze: adding a deb-src entry for bookworm" >&2
    $SUDO sh -c 'cat > /etc/apt/sources.list.d/pyemu-deb-src.sources' <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    $SUDO apt-get update -qq >&2
fi

cd "$CACHE"
if ! ls qemu_*.orig.tar.* >/dev/null 2>&1; then
    if ! apt-get source --download-only qemu >&2 2>/dev/null; then
        $SUDO apt-get update -qq >&2
        apt-get source --download-only qemu >&2
    fi
fi

TARBALL=$(ls qemu_*.orig.tar.* | head -n 1)
MEMBER=$(tar -tf "$TARBALL" | grep -m 1 '/scripts/analyze-migration.py$')
tar -xOf "$TARBALL" "$MEMBER" > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "$OUT"
