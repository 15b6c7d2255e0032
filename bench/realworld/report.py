#!/usr/bin/env python3
"""Reads what run.sh left in the scratch folder and prints the findings per repository, the build outcome, and the
precision per rule from the judged list (judgements.tsv). Writes $scratch/findings.jsonl."""
import argparse
import collections
import csv
import json
import os
import re
import sys

# MSBuild's canonical diagnostic line: file(line,col[,endline,endcol]): severity ID: message [project]
DIAGNOSTIC = re.compile(
    r"^\s*(?P<file>.*?)(?:\((?P<line>\d+),(?P<col>\d+)(?:,\d+,\d+)?\))?\s*:\s*"
    r"(?P<sev>warning|error|info)\s+(?P<id>[A-Z]+[0-9]+)\s*:\s*(?P<msg>.*?)(?:\s+\[(?P<proj>[^\]]+)\])?\s*$")


def relative(path, base):
    path = path.replace("\\", "/")
    return path[len(base) + 1:] if path.startswith(base + "/") else path


def build_diagnostics(log, base):
    """Every diagnostic of a build log, deduplicated over target frameworks and projects that share a file."""
    seen, out = set(), []
    if not os.path.exists(log):
        return out
    for text in open(log, encoding="utf-8", errors="replace"):
        m = DIAGNOSTIC.match(text.rstrip("\n"))
        if not m:
            continue
        file = relative(m["file"], base)
        project = relative((m["proj"] or "").split("::")[0], base)
        if m["id"] == "AD0001" or not m["line"]:
            file = project or file  # AD0001 and other file-less diagnostics: name the project
        line = int(m["line"] or 0)
        key = (file, line, int(m["col"] or 0), m["id"], m["msg"] if m["id"] == "AD0001" else "")
        if key in seen:
            continue
        seen.add(key)
        out.append(dict(file=file, line=line, column=int(m["col"] or 0), id=m["id"], severity=m["sev"], message=m["msg"]))
    return out


def ad0001_lines(log):
    if not os.path.exists(log):
        return 0
    return sum(1 for text in open(log, encoding="utf-8", errors="replace") if ": warning AD0001:" in text or ": error AD0001:" in text)


def read_exit(path):
    try:
        return int(open(path).read().strip())
    except (OSError, ValueError):
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scratch", required=True)
    ap.add_argument("--judgements", required=True)
    ap.add_argument("repos", nargs="+")
    a = ap.parse_args()
    logs = os.path.join(a.scratch, "logs")

    judged = {}
    if os.path.exists(a.judgements):
        with open(a.judgements, encoding="utf-8") as f:
            for row in csv.reader((l for l in f if l.strip() and not l.startswith("#")), delimiter="\t"):
                repo, source, file, line, rule, verdict, reason = (row + [""] * 7)[:7]
                judged[(repo, source, file, int(line), rule)] = (verdict, reason)

    findings, builds = [], []
    for d in a.repos:
        repo = os.path.basename(os.path.abspath(d))
        with_exit = read_exit(os.path.join(logs, f"{repo}.with.exit"))
        if with_exit is not None:
            base = os.path.join(a.scratch, f"{repo}.with")
            diags = build_diagnostics(os.path.join(logs, f"{repo}.with.build.log"), base)
            without_exit = read_exit(os.path.join(logs, f"{repo}.without.exit"))
            errors_with = {(x["file"], x["line"], x["id"]) for x in diags if x["severity"] == "error"}
            errors_without = set()
            if without_exit is not None:
                errors_without = {(x["file"], x["line"], x["id"]) for x in build_diagnostics(
                    os.path.join(logs, f"{repo}.without.build.log"), os.path.join(a.scratch, f"{repo}.without"))
                    if x["severity"] == "error"}
            builds.append(dict(repo=repo, with_exit=with_exit, without_exit=without_exit,
                               errors_with=len(errors_with), errors_without=len(errors_without),
                               new_errors=sorted(errors_with - errors_without) if without_exit is not None else [],
                               ad0001=ad0001_lines(os.path.join(logs, f"{repo}.with.build.log")),
                               ad0001_projects=len({x["file"] for x in diags if x["id"] == "AD0001"})))
            for x in diags:
                if x["id"].startswith("NN") or x["id"] == "AD0001":
                    findings.append(dict(repo=repo, source="build", **x))
        check = os.path.join(logs, f"{repo}.check.json")
        if os.path.exists(check) and os.path.getsize(check) > 0:
            try:
                items = json.load(open(check, encoding="utf-8"))
            except ValueError:
                items = []
                print(f"{repo}: notnative check wrote no JSON; see {check}", file=sys.stderr)
            for x in items:
                findings.append(dict(repo=repo, source="cli", file=x["file"], line=x["line"], column=x["column"],
                                     id=x["id"], severity=x["severity"], message=x["message"]))

    with open(os.path.join(a.scratch, "findings.jsonl"), "w", encoding="utf-8") as f:
        for x in findings:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")

    print("== Builds (Debug, warnings not as errors; 'without' is built only where 'with' fails)")
    for b in builds:
        verdict = "ok"
        if b["with_exit"] != 0:
            if b["without_exit"] == 0:
                verdict = "BREAK caused by NotNative"
            elif b["new_errors"]:
                verdict = f"fails also without NotNative; {len(b['new_errors'])} error(s) only with it"
            else:
                verdict = "fails also without NotNative (same errors): not NotNative's"
        print(f"{b['repo']}: exit with NotNative {b['with_exit']}, without "
              f"{'-' if b['without_exit'] is None else b['without_exit']}; AD0001 {b['ad0001']} in {b['ad0001_projects']} project(s); {verdict}")
        for e in b["new_errors"]:
            print(f"    only with NotNative: {e[0]}({e[1]}): {e[2]}")
        prep = os.path.join(logs, f"{b['repo']}.with.prep.log")
        if os.path.exists(prep):
            for text in open(prep, encoding="utf-8", errors="replace"):
                print("    " + text.rstrip().replace(os.path.join(a.scratch, b["repo"] + ".with") + "/", ""))

    by_repo = collections.defaultdict(list)
    for x in findings:
        by_repo[x["repo"]].append(x)
    present = set()
    print("\n== Findings ([T] judged true, [F] judged false, [NEW] not judged yet, [AD] AD0001 analyzer crash)")
    for repo in sorted(by_repo):
        print(f"-- {repo}: {len(by_repo[repo])}")
        for x in sorted(by_repo[repo], key=lambda x: (x["source"], x["file"], x["line"], x["id"])):
            key = (x["repo"], x["source"], x["file"], x["line"], x["id"])
            if x["id"] != "AD0001":
                present.add(key)
            v = judged.get(key)
            tag = "[NEW]" if v is None else ("[T]" if v[0] == "true" else "[F]")
            if x["id"] == "AD0001":
                tag = "[AD]"  # an analyzer crash: never acceptable, not judged
            print(f"{tag:5} {x['source']:5} {x['file']}({x['line']},{x['column']}): {x['severity']} {x['id']}: {x['message']}")

    run_repos = {os.path.basename(os.path.abspath(d)) for d in a.repos}
    gone = [k for k in judged if k[0] in run_repos and k not in present]
    print(f"\n== Judged findings gone in this run: {len(gone)}")
    for k in sorted(gone):
        print(f"{judged[k][0]:5} {k[0]} {k[1]} {k[2]}({k[3]}): {k[4]} -- {judged[k][1]}")

    print("\n== Precision per rule (a finding counted once per repo+source+file+line+id)")
    counts = collections.defaultdict(lambda: collections.Counter())
    for key in present:
        v = judged.get(key)
        counts[key[4]]["n"] += 1
        counts[key[4]][("new" if v is None else v[0])] += 1
    print(f"{'rule':8} {'count':>5} {'true':>5} {'false':>5} {'new':>5} {'precision':>9}")
    total = collections.Counter()
    for rule in sorted(counts):
        c = counts[rule]
        total.update(c)
        judged_n = c["true"] + c["false"]
        p = f"{c['true'] / judged_n:.2f}" if judged_n else "-"
        print(f"{rule:8} {c['n']:5} {c['true']:5} {c['false']:5} {c['new']:5} {p:>9}")
    judged_n = total["true"] + total["false"]
    print(f"{'all':8} {total['n']:5} {total['true']:5} {total['false']:5} {total['new']:5} "
          f"{(total['true'] / judged_n if judged_n else 0):9.2f}")


if __name__ == "__main__":
    main()
