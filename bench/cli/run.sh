#!/usr/bin/env bash
# Whole-process time of the notnative command against dockerfile-utils' command (the linter behind the VS Code
# Dockerfile language server), side by side on the same real Dockerfiles, each run as its users run it.
# Usage: [RUNS=3] bash bench/cli/run.sh CORPUS_FOLDER [CORPUS_FOLDER ...]
#   each folder holds checked-out repositories; every Dockerfile, Dockerfile.* and *.Dockerfile in them is used.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: [RUNS=3] bash bench/cli/run.sh CORPUS_FOLDER [CORPUS_FOLDER ...]" >&2; exit 2; }
corpus=()
for folder in "$@"; do corpus+=("$(cd "$folder" && pwd)"); done
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The tool as users install it: packed, then `dotnet tool install` (ReadyToRun for the runtime it runs on).
dotnet pack "$repo/build/NotNative.Cli" -c Release -o "$work/feed" -p:Version=0.0.0-bench --nologo -v q >/dev/null
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><config><add key="globalPackagesFolder" value="$work/packages" /></config>
<packageSources><clear /><add key="local" value="$work/feed" /></packageSources></configuration>
XML
dotnet tool install NotNative.Cli --version 0.0.0-bench --tool-path "$work/tool" --configfile "$work/nuget.config" >/dev/null
notnative="$work/tool/notnative"
(cd "$repo/bench/dockerfile-utils" && npm install --no-audit --no-fund --silent >/dev/null)
dfu="$repo/bench/dockerfile-utils/node_modules/dockerfile-utils/bin/dockerfile-utils"

# The same files for both, in a stable order (notnative skips bin/obj/.git/node_modules folders: so does this list).
find "${corpus[@]}" \( -name bin -o -name obj -o -name .git -o -name node_modules \) -prune -o -type f \
  \( -name Dockerfile -o -name 'Dockerfile.*' -o -name '*.Dockerfile' \) -print | LC_ALL=C sort > "$work/files"
echo "corpus: ${corpus[*]}: $(wc -l < "$work/files") files, $(cat "$work/files" | tr '\n' '\0' | du -ch --files0-from=- | tail -1 | cut -f1)"
first=$(head -1 "$work/files")

python3 - "$runs" "$work/files" "$notnative" "$dfu" "$first" "$here/lint-all.js" "$repo/bench/dockerfile-utils/node_modules/dockerfile-utils" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, files, notnative, dfu, first, lint_all, library = int(sys.argv[1]), *sys.argv[2:]
listed = open(files).read().split("\n")[:-1]

def timed(command):
    """Wall and CPU (user+sys of the children) seconds of one whole run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

cases = [
    # Its command takes one file: a user (or a CI step) runs it once per file.
    ("whole corpus", [notnative, "check", "--engine", "off", "--allow-empty", *listed],
     ["sh", "-c", 'while IFS= read -r f; do node "$0" lint "$f"; done < "$1"', dfu, files]),
    ("one file", [notnative, "check", first, "--engine", "off"], ["node", dfu, "lint", first]),
    # Not its command: its library over the whole list in one node process, to show what process starts cost it.
    ("whole corpus, dockerfile-utils in one process", [notnative, "check", "--engine", "off", "--allow-empty", *listed],
     ["node", lint_all, library, files]),
]
for name, ours, theirs in cases:
    timed(ours)  # warm-up: the file cache (a per-file loop of dockerfile-utils warms it too)
    pairs = [(timed(ours), timed(theirs)) for _ in range(runs)]  # interleaved, so drift hits both
    med = lambda xs: statistics.median(xs)
    ow, oc = med([p[0][0] for p in pairs]), med([p[0][1] for p in pairs])
    tw, tc = med([p[1][0] for p in pairs]), med([p[1][1] for p in pairs])
    ratio_wall = med([p[1][0] / p[0][0] for p in pairs])
    ratio_cpu = med([p[1][1] / p[0][1] for p in pairs])
    print(f"{name}: notnative {ow:.3f} s wall, {oc:.3f} s cpu; dockerfile-utils {tw:.3f} s wall, {tc:.3f} s cpu; "
          f"dockerfile-utils / notnative: {ratio_wall:.1f}x wall, {ratio_cpu:.1f}x cpu (medians of {runs} interleaved pairs)")
PY
