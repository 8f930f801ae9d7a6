#!/usr/bin/env python3
"""Pathological Markdown: how long one hostile file costs, against a plain file of the same size.

  python3 bench/pathological.py [--app PATH/MlEngineerSite.dll] [--sizes 10000,40000] [--runs 3]

For each construct that was once super-linear (aligned pipe tables, link starts Markdig parses in
quadratic time, a search section of list items ending in ';', many headings and links), it writes
one article at each size into its own content folder and times:
  - `check` on the folder (parsing, rendering, link checks), the median of --runs runs, and
  - for the search case, a server's start until /healthz/ready reports the search index built.
The time of a folder with a one-line article (process start) is subtracted from each; then each
time is divided by the same measurement of a plain file of the same byte size, made in the same run (so a busy machine shifts both). "growth" is how much the time grew against how much the
file grew, from the smallest size to the largest: about 1 (or less) is linear, about the size ratio
(4 with the default sizes) is quadratic. Prints a Markdown table.
Runs pinned to one CPU with taskset when it is available. Needs a Release build (it builds one).
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FRONT = "---\ntitle: P\ndescription: A pathological page.\n---\n"


def aligned_table(n):
    cols = max(2, int(n ** 0.5) // 2)
    rows = max(1, n // cols)
    return ("|" + "|".join(f"h{i}" for i in range(cols)) + "|\n" + "|" + "|".join(":-:" for _ in range(cols)) + "|\n"
            + ("|" + "|".join("x" for _ in range(cols)) + "|\n") * rows)


CASES = {
    # name: (body generator of size parameter n, what is measured)
    "aligned pipe table": (aligned_table, "check"),
    "unclosed links [a](b (refused)": (lambda n: "[a](b" * n, "check"),
    "web addresses www.a.com (refused)": (lambda n: "www.a.com " * n, "check"),
    "reference definitions (refused)": (lambda n: "".join(f"[r{i}]: /u\n" for i in range(n)), "check"),
    "headings with links": (lambda n: "".join(f"## {i}\n[](#{i // 2})\n" for i in range(n // 4)), "check"),
    "list items ending in ';'": (lambda n: "## S\n\n" + "".join(f"- item {i};\n" for i in range(n // 2)), "search"),
}


def plain(size):
    """Ordinary prose of about `size` bytes: the reference every case is divided by."""
    sentence = "Machine learning engineers build, ship and run models in production. "
    paragraph = sentence * 6 + "\n\n"
    return (paragraph * (size // len(paragraph) + 1))[:size]


def plain_list(size):
    item = "- item number one two three\n"
    return "## S\n\n" + (item * (size // len(item) + 1))[:size]


def write(folder, body):
    os.makedirs(os.path.join(folder, "articles"), exist_ok=True)
    with open(os.path.join(folder, "articles", "p.md"), "w", encoding="utf-8") as f:
        f.write(FRONT + body)


def pinned(command):
    return (["taskset", "-c", "0"] if shutil.which("taskset") else []) + command


def time_check(app, folder, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(pinned(["dotnet", app, "check", folder]), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_search(app, folder, runs):
    times = []
    for _ in range(runs):
        port = free_port()
        env = dict(os.environ, Content__Path=folder, Content__Reload="Off", Log__Level="Warning")
        start = time.perf_counter()
        server = subprocess.Popen(pinned(["dotnet", app, "--urls", f"http://127.0.0.1:{port}", "--contentRoot", os.path.join(REPO, "src", "MlEngineerSite")]),
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.time() + 600
            while time.time() < deadline:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/ready", timeout=5) as r:
                        if json.load(r).get("searchIndexBuilt"):
                            break
                except OSError:
                    pass
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
        finally:
            server.terminate()
            server.wait()
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", default=os.path.join(REPO, "src", "MlEngineerSite", "bin", "Release", "net10.0", "MlEngineerSite.dll"))
    parser.add_argument("--sizes", default="10000,40000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if not os.environ.get("NO_BUILD"):
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src", "MlEngineerSite"), "-c", "Release", "-v", "quiet", "--nologo"], check=True,
                       stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="mlsite-patho-")
    try:
        print(f"`bench/pathological.py --sizes {args.sizes} --runs {args.runs}`, load average {os.getloadavg()[0]:.2f}\n")
        empty = os.path.join(work, "empty")
        write(empty, "Short.\n")
        base = {"check": time_check(args.app, empty, args.runs), "search": time_search(args.app, empty, args.runs)}
        print(f"Process start and a one-line article, subtracted from every time below: check {base['check']:.2f} s, search {base['search']:.2f} s.\n")
        print("| construct | n | bytes | seconds | reference (plain, same bytes) | ratio | growth |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, (make, kind) in CASES.items():
            measure = time_search if kind == "search" else time_check
            rows = []
            for n in sizes:
                body = make(n)[:1_000_000]
                case = os.path.join(work, f"case-{len(rows)}")
                reference = os.path.join(work, f"reference-{len(rows)}")
                write(case, body)
                write(reference, (plain_list if kind == "search" else plain)(len(body)))
                spent = max(0.005, measure(args.app, case, args.runs) - base[kind])
                rows.append((n, len(body), spent, max(0.005, measure(args.app, reference, args.runs) - base[kind])))
                shutil.rmtree(case)
                shutil.rmtree(reference)
            first, last = rows[0], rows[-1]
            growth = (last[2] / first[2]) / (last[1] / first[1])
            for i, (n, size, seconds, ref) in enumerate(rows):
                print(f"| {name} | {n:,} | {size:,} | {seconds:.2f} | {ref:.2f} | {seconds / ref:.2f} | {f'{growth:.2f}' if i == len(rows) - 1 else ''} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
