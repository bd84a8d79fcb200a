#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Launch-to-first-frame of the packaged app and of a minimal JavaFX window packaged the same way
# (same jlink runtime, same jpackage launcher), interleaved in one run under one Xvfb. Needs
# `mvn -B -Pjpackage package` first. The app's first frame is its window frame (navigation, status bar,
# 「正在打开数据库…」) while the database opens; "screen" is the frame after the last-used screen is built.
# Ends with a summary (min and median of each, app/minimal ratios) for docs/benchmarks.md.
#   RUNS=5 installer/measure-startup.sh          CDS=1 also times both with a dynamic AppCDS archive
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-5}
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
"$APP" init >/dev/null   # only init creates a database (issue 14)
"$APP" demo --year "$(date +%Y)" >/dev/null

DISPLAY_NO=${DISPLAY_NO:-57}
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NO"
sleep 1

# one launch: prints milliseconds from the launch to the first frame (and, for the app, to the frame with
# its screen: "first screen"); keeps the probe file as $B/last-<name>.txt
launch() { # name launcher [extra JVM options]
  local name=$1 launcher=$2 extra=${3:-}
  rm -f "$B/ff.txt"
  local t0; t0=$(date +%s%3N)
  JAVA_TOOL_OPTIONS="-Ddisclosuredesk.firstFrame=$B/ff.txt -Ddisclosuredesk.firstFrame.exit=true $extra" \
    timeout 180 "$launcher" >/dev/null 2>"$B/stderr-$name.txt" || true
  [ -s "$B/ff.txt" ] || { echo "no first frame from $name" >&2; cat "$B/stderr-$name.txt" >&2; exit 1; }
  sed "s/\$/ $t0/" "$B/ff.txt" > "$B/last-$name.txt"
  local screen; screen=$(awk '/^screen-frame/{print $2}' "$B/ff.txt")
  echo "$(( $(awk '/^first-frame/{print $2}' "$B/ff.txt") - t0 )) ${screen:+$(( screen - t0 ))}"
}

VARIANTS="app minimal"
if [ "${CDS:-0}" = 1 ]; then
  # AppCDS: one training run per program writes a dynamic archive on top of the runtime's own.
  launch train-app "$APP" "-XX:ArchiveClassesAtExit=$B/app.jsa" >/dev/null
  launch train-min "$MIN" "-XX:ArchiveClassesAtExit=$B/min.jsa" >/dev/null
  VARIANTS="$VARIANTS app+cds minimal+cds"
fi
launch warm-app "$APP" >/dev/null
launch warm-min "$MIN" >/dev/null

declare -A TIMES SCREEN
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
record() { # variant name launcher [options]
  local v=$1; shift
  read -r frame screen < <(launch "$@")
  TIMES[$v]+="$frame "
  [ -z "$screen" ] || SCREEN[$v]+="$screen "
  echo "run $i $v: first frame $frame ms${screen:+, screen $screen ms}"
}
for i in $(seq "$RUNS"); do
  record app app "$APP"
  record minimal minimal "$MIN"
  if [ "${CDS:-0}" = 1 ]; then
    record app+cds app-cds "$APP" "-XX:SharedArchiveFile=$B/app.jsa"
    record minimal+cds minimal-cds "$MIN" "-XX:SharedArchiveFile=$B/min.jsa"
  fi
done
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

# min and median (ms) of a list of numbers
minmed() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%d %.0f\n", a[1], m}'; }
echo "app start-up steps in the last plain run (ms after launch):"
awk '{printf "  %-16s %6d\n", $1, $2 - $3}' "$B/last-app.txt"
du -sh "$T/image/disclosure-desk" "$T/runtime" 2>/dev/null
echo
echo "== summary: launch to first frame, ms, $RUNS runs each, interleaved; $(nproc) cores, load average $LOAD0 before, $LOAD1 after"
printf '%-26s %8s %8s   %s\n' variant min median all
for v in $VARIANTS; do
  read -r mn md < <(echo "${TIMES[$v]}" | minmed)
  printf '%-26s %8d %8d   %s\n' "$v" "$mn" "$md" "${TIMES[$v]}"
  [ -z "${SCREEN[$v]:-}" ] || { read -r smn smd < <(echo "${SCREEN[$v]}" | minmed)
    printf '%-26s %8d %8d   %s\n' "$v (last screen built)" "$smn" "$smd" "${SCREEN[$v]}"; }
done
ratio() { # variant over variant
  read -r amn amd < <(echo "${TIMES[$1]}" | minmed); read -r bmn bmd < <(echo "${TIMES[$2]}" | minmed)
  awk -v a="$amn" -v b="$bmn" -v c="$amd" -v d="$bmd" -v n="$1 / $2" 'BEGIN {printf "%-26s %8.2f %8.2f   (targets: <= 1.5, app <= 2000 ms)\n", n, a/b, c/d}'
}
ratio app minimal
[ "${CDS:-0}" != 1 ] || ratio app+cds minimal+cds
