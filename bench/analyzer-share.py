#!/usr/bin/env python3
"""The analyzers' share of compile time on a large generated project, from -p:ReportAnalyzer=true,
next to CA1416's share on the same project. Usage: python3 bench/analyzer-share.py [LINES]"""
import os, re, subprocess, sys, tempfile, time

lines_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="nn-share-")
version = f"0.1.0-share.{int(time.time())}"
subprocess.run(["dotnet", "pack", os.path.join(here, "..", "build", "NotNative.Package"), "-c", "Release", "-o",
                os.path.join(work, "feed"), f"-p:Version={version}", "--nologo", "-v", "quiet"], check=True, stdout=subprocess.DEVNULL)

project = os.path.join(work, "app")
os.makedirs(project)
open(os.path.join(project, "nuget.config"), "w").write(f"""<configuration><config><add key="globalPackagesFolder" value="{work}/packages" /></config>
<packageSources><clear /><add key="local" value="{work}/feed" /></packageSources></configuration>""")
for name in ("Directory.Build.props", "Directory.Build.targets"):
    open(os.path.join(project, name), "w").write("<Project />")
open(os.path.join(project, "Directory.Packages.props"), "w").write(
    "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>")
open(os.path.join(project, "app.csproj"), "w").write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>
  <NotNativeCheck>false</NotNativeCheck><NoWarn>$(NoWarn);NN1001;NN1002;NN1003;NN1005;NN1006;NN1007;NN1008;NN1009;NN1101;NN1102;NN1103;NN1104;CS0219;CS0168;CA1416</NoWarn></PropertyGroup>
  <ItemGroup><PackageReference Include="NotNative" Version="{version}" PrivateAssets="all" /></ItemGroup>
</Project>""")

# Realistic shapes: paths, processes, special folders, OS checks, Docker.DotNet-like configuration, plain logic.
template = '''using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Generated.Module{n}
{{
    public sealed class Service{n}
    {{
        private readonly Dictionary<string, int> _counts = new();
        private const string Connection = "Host=db;Database=orders{n}";

        public string LoadConfig(string root)
        {{
            var path = Path.Combine(root, "config", "settings{n}.json");
            if (!File.Exists(path)) return File.ReadAllText("defaults/settings.json");
            return File.ReadAllText(path);
        }}

        public string Legacy() => File.ReadAllText(@"C:\\data\\legacy{n}.txt");

        public string Cache() => Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);

        public string Host() => OperatingSystem.IsWindows() ? "localhost" : "db.internal";

        public int Run(string arguments)
        {{
            using var process = Process.Start(new ProcessStartInfo("dotnet", arguments) {{ RedirectStandardOutput = true }});
            process?.WaitForExit();
            return process?.ExitCode ?? -1;
        }}

        public IEnumerable<string> Words(string text)
        {{
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {{
                _counts[word] = _counts.TryGetValue(word, out var c) ? c + 1 : 1;
                if (word.Length > 3) yield return word.ToUpperInvariant();
            }}
        }}

        public string Report()
        {{
            var builder = new StringBuilder();
            foreach (var (key, value) in _counts.OrderByDescending(p => p.Value).Take(10))
            {{
                builder.Append(key).Append('=').Append(value).Append(';');
            }}

            return builder.ToString() + Connection;
        }}

        public int Compute(int x)
        {{
            var total = 0;
            for (var i = 0; i < x; i++)
            {{
                total += i % 3 == 0 ? i : i * 2;
                if (total > 1000) total -= 1000;
            }}

            return total;
        }}
    }}
}}
'''
per_file = template.count("\n")
files = max(1, lines_wanted // per_file)
for n in range(files):
    open(os.path.join(project, f"Service{n}.cs"), "w").write(template.format(n=n))
open(os.path.join(project, "Dockerfile"), "w").write("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . /app\n")
subprocess.run(["dotnet", "restore", project, "-v", "quiet"], check=True, stdout=subprocess.DEVNULL)

def build():
    out = subprocess.run(["dotnet", "build", project, "--no-restore", "--no-incremental", "-nologo", "-v:d",
                          "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=false", "-clp:PerformanceSummary"], capture_output=True, text=True).stdout
    return out

out = build()
out = build()  # the second, warm build is the one measured
task = re.findall(r"^\s*([0-9,]+) ms\s+Csc\s+[0-9]+ calls", out, re.M)
assemblies = re.findall(r"^\s*(<?[0-9.]+)\s+([0-9]+)\s+([\w.]+), Version=", out, re.M)
per_assembly = {name: (0.0 if t == "<0.001" else float(t)) for t, pct, name in assemblies}
ca1416 = re.findall(r"^\s*(<?[0-9.]+)\s+([0-9]+)\s+Microsoft\.NetCore\.Analyzers\.InteropServices\.PlatformCompatibilityAnalyzer", out, re.M)
csc_ms = float(task[0].replace(",", "")) if task else float("nan")
print(f"project: {files} files, {files * per_file:,} lines; compile (Csc task): {csc_ms:,.0f} ms")
nn = per_assembly.get("NotNative.Analyzers", 0.0)
print(f"NotNative analyzers: {nn:.3f} s = {nn * 1000 / csc_ms:.2%} of the compile")
if ca1416:
    t = 0.0 if ca1416[0][0] == "<0.001" else float(ca1416[0][0])
    print(f"CA1416 (PlatformCompatibilityAnalyzer): {t:.3f} s = {t * 1000 / csc_ms:.2%} of the compile")
print("all analyzers by assembly: " + ", ".join(f"{k} {v:.3f} s" for k, v in per_assembly.items()))
