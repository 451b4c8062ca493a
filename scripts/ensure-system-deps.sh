#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: Chromium and CJK fonts for the
# browser tests, a PostgreSQL server for the second database run, poppler for reading PDFs back by hand.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "缺少系统软件包：${need[*]}。请以 root 运行，或手动安装：sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "安装系统软件包：${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
