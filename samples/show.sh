#!/usr/bin/env bash
# Shows NotNative's main job: packs the NotNative package into a local feed, then builds the sample
# app a Windows or Mac developer would write and prints the diagnostics they would see.
# Usage: bash samples/show.sh [WorksOnMyMachine|WorksEverywhere]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=${1:-WorksOnMyMachine}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=0.1.0-local.$(date +%s)

echo "== Packing NotNative $version"
dotnet pack "$here/../build/NotNative.Package" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >/dev/null

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="notnative-local" value="$work/feed" />
  </packageSources>
</configuration>
XML

echo "== Building samples/$sample with NotNative (the diagnostics a user sees)"
set +e
dotnet build "$here/$sample" --nologo -v quiet -clp:NoSummary \
  --configfile "$work/nuget.config" -p:NotNativeVersion="$version" -p:RestorePackagesPath="$work/packages" \
  -p:BaseIntermediateOutputPath="$work/obj/" -p:BaseOutputPath="$work/bin/" 2>&1 \
  | sed -e "s#$here/##" | grep -E "(error|warning) NN[0-9]{4}" | sort -u
status=${PIPESTATUS[0]}
set -e
echo "== dotnet build exited with $status (NotNative errors fail the build)"
