#!/usr/bin/env bash
# Cold start of `og-render render` on the reference card: JVM start to PNG on disk, per JVM option.
#   ./mvnw -B -ntp -q package -DskipTests        # once
#   og-render-bench/scripts/bench-cold-start.sh [runs=10]
# Uses hyperfine when installed (Debian: apt-get install hyperfine), else a loop with date +%s%N.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/og-render-cli/target/og-render.jar"
runs="${1:-10}"
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -ntp -q package -DskipTests first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args="render $root/examples/blog-card.html --data $root/examples/blog-card.json -o $work/card.png"
java -jar "$jar" cds --archive "$work/og-render.jsa" > /dev/null
export XDG_CACHE_HOME="$work/cache"
OG_RENDER_JAR="$jar" "$root/bin/og-render" --version > /dev/null   # the launcher makes its archive in the background
for _ in $(seq 1 60); do ls "$work"/cache/og-render/*.jsa > /dev/null 2>&1 && break; sleep 1; done

echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
variants=(
  "default|java -jar $jar $args"
  "-XX:TieredStopAtLevel=1|java -XX:TieredStopAtLevel=1 -jar $jar $args"
  "-Xshare:off (no CDS at all)|java -Xshare:off -jar $jar $args"
  "AppCDS archive|java -XX:SharedArchiveFile=$work/og-render.jsa -jar $jar $args"
  "AppCDS + TieredStopAtLevel=1|java -XX:SharedArchiveFile=$work/og-render.jsa -XX:TieredStopAtLevel=1 -jar $jar $args"
  "bin/og-render launcher|env OG_RENDER_JAR=$jar $root/bin/og-render $args"
  "(JVM + picocli only: --version)|java -jar $jar --version"
)
if command -v hyperfine > /dev/null; then
  cmds=(); names=()
  for v in "${variants[@]}"; do names+=("--command-name=${v%%|*}"); cmds+=("${v#*|}"); done
  hyperfine -N -w 2 -r "$runs" "${names[@]}" "${cmds[@]}" --export-json "$work/cold.json" > /dev/null
  # CPU time (user + sys) beside wall time: on a busy machine it moves far less than the wall clock
  python3 - "$work/cold.json" <<'PY'
import json, sys
print("| option | wall mean s | wall min s | CPU user+sys s |")
print("|---|---:|---:|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| {r['command']} | {r['mean']:.2f} | {r['min']:.2f} | {r['user'] + r['system']:.2f} |")
PY
else
  for v in "${variants[@]}"; do
    eval "${v#*|}" > /dev/null
    total=0
    for _ in $(seq 1 "$runs"); do
      t0=$(date +%s%N); eval "${v#*|}" > /dev/null; t1=$(date +%s%N); total=$((total + t1 - t0))
    done
    echo "${v%%|*}: mean $((total / runs / 1000000)) ms"
  done
fi
