#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Launch-to-first-frame of the packaged app and of a minimal JavaFX window packaged the same way
# (same jlink runtime, same jpackage launcher), interleaved in one run under one Xvfb, each also with an
# AppCDS archive made by one training run. Needs `mvn -B -Pjpackage package` first. Prints min and
# median per variant and the app's start-up steps (FirstFrameProbe) for docs/benchmarks.md.
#   RUNS=9 installer/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-7}
T=$PWD/target
B=$T/bench
JH=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
APP=$T/image/disclosure-desk/bin/disclosure-desk
[ -x "$APP" ] || { echo "build the app-image first: mvn -B -Pjpackage package" >&2; exit 2; }

rm -rf "$B"; mkdir -p "$B/classes" "$B/input" "$B/data"
FX=$(ls "$T"/input/javafx-*-linux.jar | tr '\n' ':')
"$JH/bin/javac" -d "$B/classes" -cp "$FX" src/bench/java/org/disclosuredesk/bench/*.java
"$JH/bin/jar" --create --file "$B/input/minimal-window.jar" -C "$B/classes" .
cp "$T"/input/javafx-*-linux.jar "$B/input/"
"$JH/bin/jpackage" --type app-image --name minimal-window --input "$B/input" --main-jar minimal-window.jar \
    --main-class org.disclosuredesk.bench.MinimalWindowLauncher --runtime-image "$T/runtime" --dest "$B" \
    --java-options -Dfile.encoding=UTF-8
MIN=$B/minimal-window/bin/minimal-window

# An office that has been set up (no first-start dialog), with a year of demo data on the overview.
export DESK_DB=$B/data/desk.db
export HOME=$B/home; mkdir -p "$HOME"
"$APP" demo --year "$(date +%Y)" >/dev/null

DISPLAY_NO=${DISPLAY_NO:-57}
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NO"
sleep 1

# one launch: prints milliseconds from the launch to the first frame; keeps the probe file as $B/last-<name>.txt
launch() { # name launcher [extra JVM options]
  local name=$1 launcher=$2 extra=${3:-}
  rm -f "$B/ff.txt"
  local t0; t0=$(date +%s%3N)
  JAVA_TOOL_OPTIONS="-Ddisclosuredesk.firstFrame=$B/ff.txt -Ddisclosuredesk.firstFrame.exit=true $extra" \
    timeout 120 "$launcher" >/dev/null 2>"$B/stderr-$name.txt" || true
  [ -s "$B/ff.txt" ] || { echo "no first frame from $name" >&2; cat "$B/stderr-$name.txt" >&2; exit 1; }
  sed "s/\$/ $t0/" "$B/ff.txt" > "$B/last-$name.txt"
  echo $(( $(awk '/^first-frame/{print $2}' "$B/ff.txt") - t0 ))
}

# AppCDS: one training run per program writes a dynamic archive on top of the runtime's own.
launch train-app "$APP" "-XX:ArchiveClassesAtExit=$B/app.jsa" >/dev/null
launch train-min "$MIN" "-XX:ArchiveClassesAtExit=$B/min.jsa" >/dev/null
launch warm-app "$APP" >/dev/null
launch warm-min "$MIN" >/dev/null

declare -A TIMES
for i in $(seq "$RUNS"); do
  TIMES[app]+="$(launch app "$APP") "
  TIMES[minimal]+="$(launch minimal "$MIN") "
  TIMES[app+cds]+="$(launch app-cds "$APP" "-XX:SharedArchiveFile=$B/app.jsa") "
  TIMES[minimal+cds]+="$(launch minimal-cds "$MIN" "-XX:SharedArchiveFile=$B/min.jsa") "
done

stats() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "min %5d ms  median %7.1f ms  (n=%d: %s)\n", a[1], m, NR, ""}'; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, runs: $RUNS"
for v in app minimal app+cds minimal+cds; do
  printf '%-12s ' "$v"; echo "${TIMES[$v]}" | stats
  echo "             all: ${TIMES[$v]}"
done
echo "app start-up steps in the last plain run (ms after launch):"
awk '{printf "  %-16s %6d\n", $1, $2 - $3}' "$B/last-app.txt"
du -sh "$T/image/disclosure-desk" "$T/runtime" "$B/app.jsa" 2>/dev/null
