#!/usr/bin/env python3
"""NotNative's analyzers against CA1416 (PlatformCompatibilityAnalyzer) in the same compile of a real project that
drives Docker: Docker.DotNet's src/Docker.DotNet (testcontainers/Docker.DotNet), from -p:ReportAnalyzer=true.
Usage: python3 bench/analyzers/docker-dotnet.py DOCKER_DOTNET_CHECKOUT [TFM] [BUILDS]
A copy of the checkout is built (the checkout is left as it is), with the packed NotNative package added."""
import os, re, shutil, subprocess, sys, tempfile, time

checkout = os.path.abspath(sys.argv[1])
tfm = sys.argv[2] if len(sys.argv) > 2 else "net8.0"
builds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="nn-analyzers-")
version = f"0.1.0-analyzers.{int(time.time())}"
subprocess.run(["dotnet", "pack", os.path.join(here, "..", "..", "build", "NotNative.Package"), "-c", "Release", "-o",
                os.path.join(work, "feed"), f"-p:Version={version}", "--nologo", "-v", "quiet"], check=True, stdout=subprocess.DEVNULL)

source = os.path.join(work, "Docker.DotNet")
shutil.copytree(checkout, source, ignore=shutil.ignore_patterns(".git", "bin", "obj"))
# Its versioning (Nerdbank.GitVersioning) needs a git repository.
for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-qm", "bench"]):
    subprocess.run(["git", *args], cwd=source, check=True, stdout=subprocess.DEVNULL)
config = os.path.join(source, "nuget.config")
text = open(config).read()
open(config, "w").write(text.replace("</packageSources>", f'<add key="notnative" value="{work}/feed" /></packageSources>'))
project = os.path.join(source, "src", "Docker.DotNet", "Docker.DotNet.csproj")
text = open(project).read()
open(project, "w").write(text.replace("</Project>", f'<ItemGroup><PackageReference Include="NotNative" VersionOverride="{version}" PrivateAssets="all" /></ItemGroup></Project>', 1)
                         if text.rstrip().endswith("</Project>") else text)

def analyzer_times(log):
    """Per-analyzer seconds of Docker.DotNet's own compile (its summary is the last one in the log)."""
    summaries = log.split("Total analyzer execution time:")
    last = summaries[-1]
    times = {}
    for line in last.splitlines()[1:]:
        m = re.match(r"\s+(<?[0-9.]+)\s+<?\d+\s+(\S.*)$", line)
        if not m:
            if times and not line.strip():
                continue
            if line.strip().startswith(("Task", "Done")):
                break
            continue
        times[m.group(2)] = 0.0 if m.group(1).startswith("<") else float(m.group(1))
    return times

rows = []
subprocess.run(["dotnet", "restore", project, "--nologo", "-v", "quiet"], cwd=source, check=True, stdout=subprocess.DEVNULL)
for build in range(builds + 1):  # the first warms the disk cache and is not counted
    result = subprocess.run(["dotnet", "build", project, "-f", tfm, "--no-restore", "--no-incremental", "-p:ReportAnalyzer=true",
                             "-v:d", "--nologo", "-p:UseSharedCompilation=false"], cwd=source, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stdout[-4000:])
    times = analyzer_times(result.stdout)
    ours = sum(t for name, t in times.items() if name.startswith("NotNative.") and "Version=" not in name)
    ca1416 = next((t for name, t in times.items() if name.startswith("Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer")), float("nan"))
    per_rule = {name.split(" ")[0].split(".")[-1]: t for name, t in times.items() if name.startswith("NotNative.") and "Version=" not in name}
    if build > 0:
        rows.append((ours, ca1416, per_rule))
        print(f"build {build}: NotNative {ours:.3f} s, CA1416 {ca1416:.3f} s, ratio {ours / ca1416:.2f}; " +
              ", ".join(f"{k} {v:.3f}" for k, v in sorted(per_rule.items(), key=lambda kv: -kv[1]) if v > 0))
rows.sort(key=lambda r: r[0] / r[1])
ours, ca1416, _ = rows[len(rows) // 2]
print(f"median ratio over {builds} builds: NotNative {ours:.3f} s / CA1416 {ca1416:.3f} s = {ours / ca1416:.2f}")
shutil.rmtree(work, ignore_errors=True)
