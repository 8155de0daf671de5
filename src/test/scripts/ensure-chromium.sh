#!/usr/bin/env bash
# The browser tests drive Debian's chromium through its chromedriver (no test tool may download a
# browser here). On a fresh Debian machine, as root, install them; otherwise say what is missing.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q || true
    apt-get install -y -q chromium chromium-driver
else
    echo "The browser tests need Debian's chromium and chromium-driver:" >&2
    echo "  sudo apt-get install chromium chromium-driver" >&2
fi
