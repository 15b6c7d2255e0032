#!/usr/bin/env bash
# The build-time task's added wall time, from MSBuild's own performance summary:
#   - a build with a live local engine (Debian's dockerd on a private socket, started here when installed),
#   - a build with a dead endpoint (auto mode),
#   - a no-op incremental build (the target is skipped), against the same build with NotNativeCheck=false.
# Usage: bash bench/task-overhead.sh   (prints medians of 5 runs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/nn-bench-XXXX)
cleanup() { [ -f "$work/dockerd.pid" ] && kill "$(cat "$work/dockerd.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
version=0.1.0-bench.$(date +%s)
dotnet pack "$here/../build/NotNative.Package" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >/dev/null

project="$work/app"
mkdir -p "$project"
cat > "$project/nuget.config" <<XML
<configuration><config><add key="globalPackagesFolder" value="$work/packages" /></config>
<packageSources><clear /><add key="local" value="$work/feed" /></packageSources></configuration>
XML
echo '<Project />' > "$project/Directory.Build.props"; echo '<Project />' > "$project/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$project/Directory.Packages.props"
cat > "$project/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
<ItemGroup><PackageReference Include="NotNative" Version="$version" PrivateAssets="all" /></ItemGroup></Project>
XML
echo 'System.Console.WriteLine("hi");' > "$project/Program.cs"
printf 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["dotnet", "app.dll"]\n' > "$project/Dockerfile"
dotnet restore "$project" -v quiet >/dev/null

live=""
if command -v dockerd >/dev/null && [ "$(id -u)" = 0 ]; then
  dockerd --data-root "$work/d" --exec-root "$work/e" -H "unix://$work/docker.sock" --pidfile "$work/dockerd.pid" \
    --iptables=false --ip-masq=false --bridge=none >/dev/null 2>&1 &
  for _ in $(seq 100); do [ -S "$work/docker.sock" ] && break; sleep 0.1; done
  live="unix://$work/docker.sock"
fi

# Milliseconds of the NotNativeCheck task in one build (0 when the target was skipped), and the build's wall time.
measure() {
  local start end out task
  start=$(date +%s%N)
  out=$(dotnet build "$project" --no-restore -nologo -clp:PerformanceSummary -p:UseSharedCompilation=false "$@" 2>&1)
  end=$(date +%s%N)
  # Both NotNative tasks: the early probe start and the check.
  task=$(echo "$out" | sed -n '/Task Performance Summary/,$p' | awk '$3=="NotNativeCheck" || $3=="NotNativeStartEngineProbe" {s+=$1} END {print s+0}')
  echo "${task:-0} $(( (end - start) / 1000000 ))"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # label, touch-before (yes/no), msbuild args...
  local label=$1 touch=$2; shift 2
  measure "$@" >/dev/null # warm-up
  local tasks=() walls=()
  for _ in 1 2 3 4 5; do
    [ "$touch" = yes ] && touch "$project/Dockerfile"
    read -r t w < <(measure "$@")
    tasks+=("$t"); walls+=("$w")
  done
  printf '%-48s task %5s ms   build %6s ms\n' "$label" "$(printf '%s\n' "${tasks[@]}" | median)" "$(printf '%s\n' "${walls[@]}" | median)"
}

echo "machine: $(nproc) cores, $(dotnet --version) SDK, $(date -u +%Y-%m-%d)"
if [ -n "$live" ]; then run "live local engine (check runs)" yes -p:NotNativeDockerHost="$live"; else echo "live local engine: skipped (no dockerd or not root)"; fi
run "dead endpoint, auto mode (check runs)" yes -p:NotNativeDockerHost=unix://"$work"/none.sock
run "same build, NotNativeCheck=false" yes -p:NotNativeCheck=false
# No-op builds, interleaved: measured one case after the other, order and machine drift outweigh the difference.
measure -p:NotNativeDockerHost=unix://"$work"/none.sock >/dev/null
measure -p:NotNativeCheck=false >/dev/null
on=(); off=()
for _ in 1 2 3 4 5 6 7; do
  read -r _ w < <(measure -p:NotNativeDockerHost=unix://"$work"/none.sock); on+=("$w")
  read -r _ w < <(measure -p:NotNativeCheck=false); off+=("$w")
done
printf '%-48s task %5s ms   build %6s ms\n' "no-op incremental build (check skipped)" 0 "$(printf '%s\n' "${on[@]}" | median)"
printf '%-48s task %5s ms   build %6s ms\n' "no-op incremental build, NotNativeCheck=false" 0 "$(printf '%s\n' "${off[@]}" | median)"
