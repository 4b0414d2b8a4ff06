#!/usr/bin/env bash
# Installs the system packages Tally builds against, when missing: libxlsxwriter-dev,
# libcurl4-openssl-dev, libisal-dev (Intel's ISA-L, whose inflate reads .xlsx sheets) and
# pkg-config (Debian/Ubuntu, with apt-get). Idempotent and quiet when everything is present.
#
# With --viewers, also the programs the real-viewer tests open the report with (RealViewerTests):
# chromium (report.html in a headless browser), libreoffice-calc-nogui (report.xlsx printed to
# PDF), poppler-utils (the PDF's pages read back), a font, and python3 (the DevTools driver).
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists xlsxwriter 2>/dev/null; then
    missing+=(libxlsxwriter-dev)
fi
if ! pkg-config --exists libcurl 2>/dev/null; then
    missing+=(libcurl4-openssl-dev)
fi
if ! pkg-config --exists libisal 2>/dev/null; then
    missing+=(libisal-dev)
fi
if [ "${1:-}" = "--viewers" ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: please install ${missing[*]} (libxlsxwriter 1.1.4 or later, libcurl 7.85 or later) with your package manager" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "bootstrap: run as root, or install sudo, to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "bootstrap: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null || echo "bootstrap: apt-get update failed; trying the package lists at hand" >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
pkg-config --exists xlsxwriter || { echo "bootstrap: libxlsxwriter is still not visible to pkg-config" >&2; exit 1; }
pkg-config --exists libcurl || { echo "bootstrap: libcurl is still not visible to pkg-config" >&2; exit 1; }
pkg-config --exists libisal || { echo "bootstrap: libisal (ISA-L) is still not visible to pkg-config" >&2; exit 1; }
if [ "${1:-}" = "--viewers" ]; then
    for tool in chromium soffice pdftotext python3; do
        command -v "$tool" >/dev/null 2>&1 || { echo "bootstrap: $tool is still missing" >&2; exit 1; }
    done
fi
