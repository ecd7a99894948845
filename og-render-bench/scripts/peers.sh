#!/usr/bin/env bash
# One command for the peer comparison: builds the jars if missing, installs the Node peers from the lock
# file if missing, times og-render, Takumi, Satori + resvg and headless Chromium on the reference card,
# prints the markdown table and redraws docs/benchmarks-peers.png.
#   og-render-bench/scripts/peers.sh [--n 100] [--warmup 20] [--warmup-ms 3000] [--only og-render,takumi]
# Needs JDK 17, Node 20+, npm and /usr/bin/chromium (Debian: apt-get install chromium; else CHROMIUM_PATH).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ ! -f og-render-bench/target/benchmarks.jar ] || [ ! -f og-render-cli/target/og-render.jar ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
[ -d og-render-bench/peers/node_modules ] || npm ci --prefix og-render-bench/peers --no-audit --no-fund
node og-render-bench/peers/bench.mjs --chart "$root/docs/benchmarks-peers.png" "$@"
