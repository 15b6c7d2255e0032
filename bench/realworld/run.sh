#!/usr/bin/env bash
# Real-repository regression run (issue 9): builds public repositories with the NotNative package packed from
# this checkout, as a user would add it, and runs `notnative check` over Dockerfile/compose corpora. Prints every
# NN finding and every AD0001 per repository, then the judged precision per rule (bench/realworld/judgements.tsv).
#
# Usage: bench/realworld/run.sh [--skip-build] /work/corpus/* > out.txt
#   Each argument is a folder holding one repository (named owner+name, as under /work/corpus). Known .NET
#   repositories are copied to a scratch folder, patched to build here (see prepare_* below), built with and,
#   where that build fails, without NotNative. Every folder is also given to `notnative check`.
# Environment: NOTNATIVE_REALWORLD_SCRATCH (default /tmp/notnative-realworld), kept between runs; the copies are
#   made anew each run. Findings go to $SCRATCH/findings.jsonl (one JSON object a line).
set -uo pipefail
main() {
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scratch=${NOTNATIVE_REALWORLD_SCRATCH:-/tmp/notnative-realworld}
skip_build=0 reuse=0
while [[ "${1:-}" == --* ]]; do
  case "$1" in
    --skip-build) skip_build=1 ;;
    --reuse) reuse=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ $# -gt 0 ]] || { echo "usage: $0 [--reuse|--skip-build] REPO_DIR..." >&2; exit 2; }

# One build node, no reused nodes or compiler server: the machine is shared and small.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

mkdir -p "$scratch/logs"
start=$(date +%s)

# --- NotNative from this checkout: the package (unique version, local feed) and the CLI ---------------------------
version="0.1.0-realworld.$(date -u +%Y%m%d%H%M%S)"
feed="$scratch/feed"
if [[ $skip_build -eq 0 ]]; then
  rm -rf "$feed"
  log "packing NotNative $version"
  dotnet pack "$root/build/NotNative.Package" -c Release -o "$feed" "-p:Version=$version" --nologo -m:1 \
    > "$scratch/logs/pack.log" 2>&1 || { cat "$scratch/logs/pack.log" >&2; exit 1; }
fi
log "building the notnative CLI"
dotnet build "$root/build/NotNative.Cli" -c Release --nologo -m:1 -v:q > "$scratch/logs/cli.log" 2>&1 \
  || { cat "$scratch/logs/cli.log" >&2; exit 1; }
cli="$root/build/NotNative.Cli/bin/Release/net8.0/notnative.dll"

# --- per-repository edits needed to build here (.NET 10.0.401 SDK only, a partial NuGet registry) -----------------
# Each prepare_* runs in the scratch copy and sets PROJECTS (the subset built, relative paths).
# Shared edit: global.json may pin an SDK band we lack; roll forward to any installed SDK.
roll_forward_global_json() {
  local f
  for f in $(find . -name global.json -not -path '*/node_modules/*'); do
    python3 - "$f" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8-sig"))
sdk = d.setdefault("sdk", {})
sdk["rollForward"] = "latestMajor"; sdk["allowPrerelease"] = True
json.dump(d, open(p, "w"), indent=2)
PY
  done
}
# nuget.config files that name feeds other than nuget.org (unreachable here): nuget.org only.
nuget_org_only() {
  local f
  for f in "$@"; do
    cat > "$f" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
  done
}

prepare_testcontainers_dotnet() {
  # SauceControl.InheritDoc (a GlobalPackageReference) is not served here; it only copies XML docs.
  sed -i '/SauceControl.InheritDoc/d' Directory.Build.props
  # Every src project targets net8.0;net9.0;net10.0;netstandard2.0;netstandard2.1: build net10.0 only (5x less).
  sed -i 's|<TargetFrameworks>[^<]*</TargetFrameworks>|<TargetFrameworks>net10.0</TargetFrameworks>|' src/*/*.csproj
  # Subset: every library under src/ (the modules, where the issue's NN1101/NN1103 cases are) and the test
  # projects of the core library, the Windows platform probe, and Kafka's (it configures container networking). Not restorable here:
  # Testcontainers.Platform.Linux.Tests (ReflectionMagic), Testcontainers.Couchbase.Tests (CouchbaseNetClient).
  PROJECTS=$(ls src/*/*.csproj | grep -v '/Templates/')
  PROJECTS+=" tests/Testcontainers.Tests/Testcontainers.Tests.csproj"
  PROJECTS+=" tests/Testcontainers.Platform.Windows.Tests/Testcontainers.Platform.Windows.Tests.csproj"
  PROJECTS+=" tests/Testcontainers.Kafka.Tests/Testcontainers.Kafka.Tests.csproj"
}

prepare_dotnet_docker() {
  # The repository's NuGet.config names Azure DevOps feeds, unreachable here.
  nuget_org_only NuGet.config samples/complexapp/NuGet.config samples/releasesapi/NuGet.config
  # Microsoft.CodeAnalysis 4.2.0 resolves to 4.3.1, whose exact Workspaces dependencies are not served; 4.8.0's are.
  sed -i 's|Include="Microsoft.CodeAnalysis" Version="4.2.0"|Include="Microsoft.CodeAnalysis" Version="4.8.0"|' \
    tests/Microsoft.DotNet.Docker.Tests/Microsoft.DotNet.Docker.Tests.csproj
  # Subset: every sample (their Dockerfiles sit beside them: Linux and Windows variants) and the test projects.
  PROJECTS=$(find samples -name '*.csproj' | sort)
  PROJECTS+=" tests/Microsoft.DotNet.Docker.Tests/Microsoft.DotNet.Docker.Tests.csproj"
}

prepare_aspire_samples() {
  # Aspire 13.6.x only is served: the AppHost SDK version is pinned in each AppHost's Sdk attribute.
  find samples -name '*.csproj' -exec sed -i -E 's|Aspire\.AppHost\.Sdk/[0-9][^"]*|Aspire.AppHost.Sdk/13.6.4|' {} +
  # Subset: the AppHosts (with every project they reference) that restore here, and the services of the other
  # samples that restore alone. Not restorable here: the AppHosts of aspire-with-azure-functions (Aspire.Hosting.Azure.*),
  # aspire-with-javascript and aspire-with-node (Aspire.Hosting.JavaScript), client-apps-integration (its WPF and
  # WinForms clients need Microsoft.WindowsDesktop.App.Ref), database-containers and database-migrations
  # (Aspire.Hosting.SqlServer/MySql), health-checks-ui (Aspire.Hosting.Docker), volume-mount (Aspire.Hosting.Azure).
  # container-build's AppHost is a file-based apphost.cs (its Dockerfiles go through notnative check).
  PROJECTS="samples/aspire-shop/AspireShop.AppHost/AspireShop.AppHost.csproj
    samples/custom-resources/CustomResources.AppHost/CustomResources.AppHost.csproj
    samples/Metrics/MetricsApp.AppHost/MetricsApp.AppHost.csproj
    samples/orleans-voting/OrleansVoting.AppHost/OrleansVoting.AppHost.csproj
    samples/aspire-with-javascript/AspireJavaScript.MinimalApi/AspireJavaScript.MinimalApi.csproj
    samples/aspire-with-node/AspireWithNode.AspNetCoreApi/AspireWithNode.AspNetCoreApi.csproj
    samples/client-apps-integration/ClientAppsIntegration.ApiService/ClientAppsIntegration.ApiService.csproj
    samples/health-checks-ui/HealthChecksUI.ApiService/HealthChecksUI.ApiService.csproj"
}

prepare_eshop() {
  # Aspire 13.6.x only is served (the SDK in the AppHost's Sdk attribute, the packages through $(AspireVersion)).
  find . -name '*.csproj' -exec sed -i -E 's|Aspire\.AppHost\.Sdk/[0-9][^"]*|Aspire.AppHost.Sdk/13.6.4|' {} +
  sed -i -E 's|(<AspireVersion>)[^<]*|\113.6.5|' Directory.Packages.props
  # Subset: src/ without the MAUI client and HybridApp (workloads not installed here). Of the rest, these cannot
  # restore (no version served): eShop.AppHost (Aspire.Hosting.Yarp, Aspire.Hosting.Azure.CognitiveServices,
  # CommunityToolkit.Aspire.Hosting.Ollama), Ordering.Domain and so Ordering.* and OrderProcessor (MediatR.Contracts),
  # Identity.API (Duende.IdentityServer.*), Catalog.API and WebApp (CommunityToolkit.Aspire.OllamaSharp,
  # Aspire.Azure.AI.OpenAI), WebhookClient (Asp.Versioning.Http.Client).
  PROJECTS=$(find src -name '*.csproj' | grep -v -E 'ClientApp|HybridApp|eShop.AppHost|Ordering|OrderProcessor|Identity.API|Catalog.API|/WebApp/|WebhookClient' | sort)
}

# Held-back repositories (never used while fixing the rules): built whole, as they are.
prepare_novaw_dockerpoc() {
  # netcoreapp3.1 console apps; DockerContainerLauncher talks to the engine through Docker.DotNet. The 3.1 apphost
  # package (Microsoft.NETCore.App.Host.linux-x64 3.1.32) is not served here; the reference pack is, so no apphost.
  sed -i 's|</TargetFramework>|</TargetFramework>\n    <UseAppHost>false</UseAppHost>|' */*.csproj
  PROJECTS="DockerContainerLauncher/DockerContainerLauncher.csproj HelloWorld/HelloWorld.csproj"
}

prepare_serhiiyasenev_testcontainers() {
  # net9.0 library and its xUnit tests against a Testcontainers PostgreSQL container.
  PROJECTS="CustomerService/CustomerService.csproj CustomerService.Tests/CustomerService.Tests.csproj"
}

# The NotNative reference, as a user adds it to every project of a repository: a PackageReference in the root
# Directory.Build.targets (created, or imported from the existing one). Central package management gets a
# VersionOverride so that the repository's Directory.Packages.props need not change.
inject_notnative() {
  cat > notnative.realworld.targets <<XML
<Project>
  <PropertyGroup>
    <RestoreAdditionalProjectSources>\$(RestoreAdditionalProjectSources);$feed</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup Condition="'\$(ManagePackageVersionsCentrally)' == 'true'">
    <PackageReference Include="NotNative" VersionOverride="$version" PrivateAssets="all" />
  </ItemGroup>
  <ItemGroup Condition="'\$(ManagePackageVersionsCentrally)' != 'true'">
    <PackageReference Include="NotNative" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
  if [[ -f Directory.Build.targets ]]; then
    sed -i 's|</Project>|  <Import Project="$(MSBuildThisFileDirectory)notnative.realworld.targets" />\n</Project>|' Directory.Build.targets
  else
    printf '<Project>\n  <Import Project="$(MSBuildThisFileDirectory)notnative.realworld.targets" />\n</Project>\n' > Directory.Build.targets
  fi
}

# Lists the subset in realworld.slnx and makes it restore here (pin_served.py: central versions raised to served
# ones, projects that cannot restore removed and named); $1 = log name.
make_solution() {
  local name=$1
  rm -f realworld.slnx
  dotnet new sln --format slnx -n realworld > /dev/null 2>&1
  # shellcheck disable=SC2086
  dotnet sln realworld.slnx add $PROJECTS > "$scratch/logs/$name.sln.log" 2>&1
  python3 "$here/pin_served.py" realworld.slnx > "$scratch/logs/$name.prep.log" 2>&1
}

# Builds realworld.slnx; $1 = log name. Warnings stay warnings so that one project's findings do not hide the
# next one's (the repositories that set TreatWarningsAsErrors are named in the README).
build_solution() {
  local name=$1
  dotnet build realworld.slnx -c Debug -m:1 --nologo -v:q -clp:NoSummary \
    -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false \
    "-flp:logfile=$scratch/logs/$name.build.log;verbosity=quiet" > /dev/null 2>&1
  echo $? > "$scratch/logs/$name.exit"
}

dotnet_repos=()
for dir in "$@"; do
  dir=$(cd "$dir" && pwd)
  repo=$(basename "$dir")
  case "$repo" in
    testcontainers+testcontainers-dotnet) prep=prepare_testcontainers_dotnet ;;
    dotnet+dotnet-docker) prep=prepare_dotnet_docker ;;
    dotnet+aspire-samples) prep=prepare_aspire_samples ;;
    dotnet+eShop) prep=prepare_eshop ;;
    NovaW+DockerPoc) prep=prepare_novaw_dockerpoc ;;
    serhiiyasenev+Testcontainers) prep=prepare_serhiiyasenev_testcontainers ;;
    *) prep= ;;
  esac
  if [[ -n "$prep" && $reuse -eq 1 && -f "$scratch/logs/$repo.with.exit" ]]; then
    log "$repo: --reuse: keeping the build logs of the earlier run"
  elif [[ -n "$prep" && $skip_build -eq 0 ]]; then
    dotnet_repos+=("$repo")
    for variant in with without; do
      copy="$scratch/$repo.$variant"
      [[ $variant == with ]] || [[ "$(cat "$scratch/logs/$repo.with.exit")" != 0 ]] || { rm -f "$scratch/logs/$repo.without.exit"; continue; }
      log "$repo: building $variant NotNative"
      rm -rf "$copy" && cp -a "$dir" "$copy"
      (
        cd "$copy" || exit 1
        roll_forward_global_json
        $prep
        make_solution "$repo.$variant"
        [[ $variant == without ]] || inject_notnative
        t0=$(date +%s)
        build_solution "$repo.$variant"
        log "$repo: $variant NotNative: exit $(cat "$scratch/logs/$repo.$variant.exit") in $(( $(date +%s) - t0 ))s"
      )
    done
  fi
  # The CLI over every Dockerfile and compose file of the original folder (--engine off: no engine is asked).
  log "$repo: notnative check"
  (cd "$dir" && dotnet "$cli" check --format json --engine off . > "$scratch/logs/$repo.check.json" 2> "$scratch/logs/$repo.check.err")
  echo $? > "$scratch/logs/$repo.check.exit"
done

python3 "$here/report.py" --scratch "$scratch" --judgements "$here/judgements.tsv" "$@"
log "wall time: $(( $(date +%s) - start ))s"
}
main "$@"
