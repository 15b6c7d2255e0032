#!/usr/bin/env bash
# Side-by-side: NotNative's Dockerfile parse + rules against dockerfile-utils (the linter behind the VS Code
# Dockerfile language server) on the same generated corpus of 1,000 Dockerfiles, and the ratio.
# Usage: bash bench/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT

(cd "$here/dockerfile-utils" && npm install --no-audit --no-fund --silent >/dev/null)
ours=$(dotnet run -c Release --project "$here/NotNative.Benchmarks" -- --write-corpus "$corpus")
echo "$ours"
theirs=$(node "$here/dockerfile-utils/bench.js" "$corpus")
echo "$theirs"
a=$(echo "$ours" | sed -n 's/^parse+lint: \([0-9,]*\) files.*/\1/p' | tr -d ,)
b=$(echo "$theirs" | sed -n 's/^dockerfile-utils: \([0-9]*\) files.*/\1/p')
python3 -c "print(f'ratio: NotNative is {$a / $b:.1f}x the files/s of dockerfile-utils')"
