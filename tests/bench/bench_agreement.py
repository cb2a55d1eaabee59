#!/usr/bin/env python3
"""Runs bench_agreement (the agreement engine on synthetic tasks, issue #6) over the series recorded in
docs/benchmarks.md and prints Markdown tables: the 100,000-task set on one core by ingestion path, growth
with tasks, and growth with annotators. Every run is a fresh process pinned to one core (taskset -c 0).

Paths (what the timed "engine" column contains):
  bytes    AgreementEngine::addTaskJson on each task's compact JSON text: parsing the bytes included
           (the export-file reader's path)
  object   AgreementEngine::addTask on a QJsonObject built in memory (the live source's path); building
           the object is the benchmark's, reported apart
  text     QJsonDocument::fromJson + addTask (the export reader before addTaskJson); fromJson reported apart

    python3 tests/bench/bench_agreement.py --bin build/tests/bench/bench_agreement [--annotator-tasks 25000]
"""
import argparse
import json
import shutil
import subprocess

PATHS = {"bytes": ["--from-bytes"], "object": [], "text": ["--from-text"]}


def run(binary, *args):
    cmd = ([binary] if not shutil.which("taskset") else ["taskset", "-c", "0", binary]) + [str(a) for a in args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def row(path, r, note=""):
    outside = "-" if path == "bytes" else f"{r['json_ms']:.0f}"
    return (f"| {path}{note} | {r['tasks']:,} | {r['annotators']} | {outside} | {r['add_ms']:.0f} | "
            f"{r['report_ms']:.1f} | {r['engine_ms']:.0f} | {r['engine_ms'] * 1000 / r['tasks']:.1f} | "
            f"{r['engine_kb'] / 1024:.1f} | {r['report_kb'] / 1024:.1f} | {r['peak_kb'] / 1024:.1f} |")


HEADER = ("| path | tasks | annotators | JSON outside the engine (ms) | add (ms) | report() (ms) | engine (ms) | "
          "µs/task | engine kept (MiB) | report (MiB) | peak RSS (MiB) |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--annotator-tasks", type=int, default=25000)
    a = ap.parse_args()

    print("### 100,000 tasks × 3 annotations × (5 boxes + 1 choice), one core\n")
    print(HEADER)
    for path, extra, note in (("bytes", [], ""), ("bytes", ["--no-per-label"], " (perLabel off)"),
                              ("bytes", ["--rotated", "0.2"], " (20% rotated)"), ("object", [], ""),
                              ("object", ["--no-per-label"], " (perLabel off)"), ("text", [], "")):
        r = run(a.bin, "--tasks", 100000, *PATHS[path], *extra)
        print(row(path, r, note))
    r = run(a.bin, "--tasks", 100000, "--from-bytes", "--report-every", 100)
    print(f"\nWith report() after every 100 tasks (bytes): {r['report_calls']} reports, {r['report_total_ms']:.0f} ms "
          f"in total (addTaskJson {r['add_ms']:.0f} ms).\n")

    print("### Growth with tasks (3 annotators)\n")
    print(HEADER)
    for path in ("bytes", "object"):
        for n in (10000, 25000, 50000, 100000):
            print(row(path, run(a.bin, "--tasks", n, *PATHS[path])))

    print(f"\n### Growth with annotators ({a.annotator_tasks:,} tasks)\n")
    print(HEADER)
    for path in ("bytes", "object"):
        for k in (2, 3, 5, 8):
            print(row(path, run(a.bin, "--tasks", a.annotator_tasks, "--annotators", k, *PATHS[path])))


if __name__ == "__main__":
    main()
