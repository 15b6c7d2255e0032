#!/usr/bin/env python3
"""Makes a solution restore here: pins central package versions (Directory.Packages.props) to versions the registry here serves.

The registry is partial: a version that is not served resolves upward (NU1603), and the next package that needs more
than the central version then fails with NU1109 ("Detected package downgrade: X from A to centrally defined B").
Restores the given project or solution, raises each such central version to the one NuGet asked for, and repeats
until the restore has no NU1109 left (NU1605 likewise for versions written in the project files). Then removes from the solution each listed project that still does not restore
(a package no version of which is served: NU1101/NU1102), since one such project stops the whole build. At most 8
rounds. Prints what it changed. Usage: pin_served.py SOLUTION
"""
import glob
import os
import re
import subprocess
import sys

RESTORE_ERROR = re.compile(r"^(\S+\.csproj) : error (NU1\d\d\d):", re.M)
DOWNGRADE = re.compile(r"NU1109: Detected package downgrade: (\S+) from (\S+) to centrally defined (\S+)\.")
# The same without central package management: the SDK makes NU1605 an error; the version is in the project files.
PROJECT_DOWNGRADE = re.compile(r"NU1605: (?:Warning As Error: )?Detected package downgrade: (\S+) from (\S+) to (\S+)\.")


def props_files():
    return [f for f in glob.glob("**/Directory.Packages.props", recursive=True)]


def pin(name, version):
    """Sets name's central version; where it is a $(Property), sets that property."""
    for path in props_files():
        text = open(path, encoding="utf-8-sig").read()
        m = re.search(r'<PackageVersion\s+Include="%s"\s+Version="([^"]*)"' % re.escape(name), text, re.I)
        if not m:
            continue
        current = m.group(1)
        prop = re.fullmatch(r"\$\((\w+)\)", current)
        if prop:
            text = re.sub(r"(<%s>)[^<]*(</%s>)" % (prop.group(1), prop.group(1)), r"\g<1>%s\g<2>" % version, text)
        else:
            text = text[:m.start(1)] + version + text[m.end(1):]
        open(path, "w", encoding="utf-8").write(text)
        print(f"pinned {name} {current} -> {version} in {path}")
        return True
    return False


def pin_in_projects(name, version):
    """Sets the Version of name's PackageReference in every project file that names it."""
    changed = False
    for path in glob.glob("**/*.csproj", recursive=True):
        text = open(path, encoding="utf-8-sig").read()
        new = re.sub(r'(<PackageReference\s+Include="%s"\s+Version=")[^"]*' % re.escape(name), r"\g<1>" + version, text,
                     flags=re.I)
        if new != text:
            open(path, "w", encoding="utf-8").write(new)
            print(f"pinned {name} -> {version} in {path}")
            changed = True
    return changed


def main():
    target = sys.argv[1]
    for _ in range(8):
        out = subprocess.run(["dotnet", "restore", target, "-m:1", "-p:TreatWarningsAsErrors=false"],
                             capture_output=True, text=True).stdout
        wanted = {}
        for name, resolved, _central in DOWNGRADE.findall(out):
            wanted[name] = resolved
        if wanted and any([pin(n, v) for n, v in sorted(wanted.items())]):
            continue
        wanted = {name: resolved for name, resolved, _direct in PROJECT_DOWNGRADE.findall(out)}
        if wanted and any([pin_in_projects(n, v) for n, v in sorted(wanted.items())]):
            continue
        failing = sorted({project for project, _code in RESTORE_ERROR.findall(out)})
        if not failing:
            break
        listed = subprocess.run(["dotnet", "sln", target, "list"], capture_output=True, text=True).stdout
        removed = False
        for project in failing:
            codes = sorted(set(re.findall(re.escape(project) + r" : error (NU1\d+): ([^\[]*)", out)))
            print(f"not built (does not restore here): {project}: " + "; ".join(f"{c} {m.strip()}" for c, m in codes)[:600])
            subprocess.run(["dotnet", "sln", target, "remove", project], capture_output=True)
            removed = removed or os.path.relpath(project).replace(os.sep, "/") in listed.replace("\\", "/")
        if not removed:
            print("restore still fails through projects the solution references: list fewer projects")
            break


if __name__ == "__main__":
    main()
