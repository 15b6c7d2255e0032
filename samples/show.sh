#!/usr/bin/env bash
# Shows NotNative's main job: packs the NotNative package into a local feed, then builds the sample
# app a Windows or Mac developer would write and prints the diagnostics they would see, by file and line.
# Usage: bash samples/show.sh [WorksOnMyMachine|WorksEverywhere]
# NOTNATIVE_FEED=DIR NOTNATIVE_VERSION=V use a package already packed into DIR instead of packing one (the tests do).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=${1:-WorksOnMyMachine}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${NOTNATIVE_FEED:-}" ]; then
  feed=$NOTNATIVE_FEED
  version=${NOTNATIVE_VERSION:?NOTNATIVE_VERSION names the version in NOTNATIVE_FEED}
  echo "== Using NotNative $version from $feed"
else
  feed=$work/feed
  version=0.1.0-local.$(date +%s)
  echo "== Packing NotNative $version into a local feed (a minute or two on a fresh machine)"
  # dotnet pack's progress, one line a project as it is built.
  dotnet pack "$here/../build/NotNative.Package" -c Release -o "$feed" -p:Version="$version" --nologo -v minimal 2>&1 \
    | sed -n -u -e 's#^ *\([A-Za-z0-9.]*\) -> .*#   built \1#p' -e 's#^ *\(Successfully created package\).*#   \1#p' -e 's#^\(.*error.*\)$#   \1#p'
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then
    echo "== dotnet pack failed" >&2
    exit 1
  fi
fi

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="notnative-local" value="$feed" />
  </packageSources>
</configuration>
XML

echo "== Building samples/$sample with NotNative (restore, compile, NotNative's checks; about half a minute)"
set +e
# The diagnostics once each, by file, then line and column as numbers ((3,6) before (13,9)).
dotnet build "$here/$sample" --nologo -v quiet -clp:NoSummary \
  --configfile "$work/nuget.config" -p:NotNativeVersion="$version" -p:RestorePackagesPath="$work/packages" \
  -p:BaseIntermediateOutputPath="$work/obj/" -p:BaseOutputPath="$work/bin/" 2>&1 \
  | sed -e "s#$here/##" -e 's/ \[[^]]*\.csproj\]$//' | grep -E "(error|warning) NN[0-9]{4}" | LC_ALL=C sort -u \
  | awk -F'[(,)]' '{ printf "%s\t%d\t%d\t%s\n", $1, $2, $3, $0 }' | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2n -k3,3n | cut -f4-
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "== dotnet build exited with $status (NotNative errors fail the build)"
else
  echo "== dotnet build exited with 0"
fi
