#!/usr/bin/env python3
"""Helpers for bench/load.sh, bench/p99.sh, bench/startup.sh and bench/memory.sh (standard library only).

  wrk FILE                       requests/sec, p99 (ms) and errors of one `wrk --latency` output
  section-id BASE PATH           the first h2 id of an article whose section page answers 200
  site-paths BASE [--sections]   the paths in /sitemap.xml, optionally with each article's section pages
  mirror ...                     fetch pages from the app, store the exact bytes and write an nginx config
  verify ...                     check that nginx answers the same bytes as the app
  wrk-lua ...                    a wrk script that cycles over paths and encodings, optionally paced
  wrk-cpu ... -- WRK...          one wrk run with the CPU time the server, its CPU and wrk used meanwhile
  load-table / scale-table / startup-table / memory-summary / soak-summary / p99-table   the reports
"""
import argparse
import hashlib
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET

# The encodings the benchmarks ask for: "identity" sends no Accept-Encoding at all, as wrk does by default.
CASES = {"identity": None, "br": "br"}
GOAL_RPS_RATIO = {"identity": 0.5, "br": 0.45}
GOAL_P99_RATIO = 2.0


def fetch(base, path, accept_encoding=None):
    """GET base+path; returns (status, {lower-case header: value}, raw body). The body is never decoded."""
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        # skip_accept_encoding: http.client would otherwise add "Accept-Encoding: identity" to every request.
        connection.putrequest("GET", path, skip_accept_encoding=True)
        if accept_encoding:
            connection.putheader("Accept-Encoding", accept_encoding)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        headers = {}
        for name, value in response.getheaders():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return response.status, headers, body
    finally:
        connection.close()


# ---------------------------------------------------------------------------------------------- wrk

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def wrk_percentile_ms(text, percent):
    m = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    return float(m.group(1)) * UNITS_MS[m.group(2)] if m else None


def parse_wrk(text):
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    p99 = wrk_percentile_ms(text, 99)
    if not rps or p99 is None:
        raise ValueError("not a `wrk --latency` output:\n" + text)
    errors = 0
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if non2xx:
        errors += int(non2xx.group(1))
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if sockets:
        errors += sum(int(g) for g in sockets.groups())
    requests = re.search(r"^\s*(\d+) requests in", text, re.M)
    return {
        "rps": float(rps.group(1)),
        "p50_ms": wrk_percentile_ms(text, 50),
        "p90_ms": wrk_percentile_ms(text, 90),
        "p99_ms": p99,
        "errors": errors,
        "requests": int(requests.group(1)) if requests else 0,
    }


def cmd_wrk(args):
    with open(args.file, encoding="utf-8") as f:
        r = parse_wrk(f.read())
    print(f"{r['rps']:.2f}\t{r['p99_ms']:.3f}\t{r['errors']}\t{r['requests']}")


def proc_cpu_seconds(pid):
    """User + system CPU time of a process so far (/proc/PID/stat fields 14 and 15)."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_busy_seconds(cpu):
    """Time CPU number `cpu` spent on anything but idle, I/O wait and steal (/proc/stat)."""
    with open("/proc/stat", encoding="utf-8") as f:
        for line in f:
            if line.startswith(f"cpu{cpu} "):
                user, nice, system, _idle, _iowait, irq, softirq = (int(v) for v in line.split()[1:8])
                return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")
    raise ValueError(f"no cpu{cpu} line in /proc/stat")


def cmd_wrk_cpu(args):
    """Runs one wrk (the command after --) and prints its numbers with the CPU time the server process,
    its CPU and wrk itself used meanwhile, so a report can tell which side was saturated."""
    server_before, busy_before, start = proc_cpu_seconds(args.server_pid), cpu_busy_seconds(args.server_cpu), time.monotonic()
    with open(args.out, "w", encoding="utf-8") as out:
        command = args.wrk[1:] if args.wrk[:1] == ["--"] else args.wrk
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    server = proc_cpu_seconds(args.server_pid) - server_before
    busy = cpu_busy_seconds(args.server_cpu) - busy_before
    if os.waitstatus_to_exitcode(status) != 0:
        with open(args.out, encoding="utf-8") as f:
            sys.exit(f"wrk failed:\n{f.read()}")
    with open(args.out, encoding="utf-8") as f:
        r = parse_wrk(f.read())
    wrk = usage.ru_utime + usage.ru_stime
    print("\t".join(f"{v:.6f}" if isinstance(v, float) else str(v) for v in (
        r["rps"], r["p50_ms"], r["p90_ms"], r["p99_ms"], r["errors"], r["requests"], server, busy, wrk, wall)))


# ---------------------------------------------------------------------------------------------- pages

def section_ids(html):
    return re.findall(r'<h2[^>]*\bid="([^"]+)"', html)


def cmd_section_id(args):
    status, _, body = fetch(args.base, args.path)
    if status != 200:
        sys.exit(f"{args.path} answered {status}")
    for section in section_ids(body.decode("utf-8")):
        if fetch(args.base, f"{args.path}/{section}")[0] == 200:
            print(section)
            return
    sys.exit(f"no section page of {args.path} answers 200")


def cmd_site_paths(args):
    status, _, body = fetch(args.base, "/sitemap.xml")
    if status != 200:
        sys.exit(f"/sitemap.xml answered {status}")
    paths = [urllib.parse.urlsplit(loc.text.strip()).path or "/"
             for loc in ET.fromstring(body).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    if not paths:
        sys.exit("/sitemap.xml lists no page")
    out = []
    for path in paths:
        out.append(path)
        if args.sections and path.startswith("/articles/"):
            page = fetch(args.base, path)[2].decode("utf-8")
            out.extend(f"{path}/{s}" for s in section_ids(page))
    for path in out:
        if fetch(args.base, path)[0] != 200:
            sys.exit(f"{path} does not answer 200")
        print(path)


# Headers nginx makes itself (or that describe the body, which nginx takes from the file).
OWN_HEADERS = {"date", "content-length", "content-type", "content-encoding", "etag", "last-modified", "server",
               "transfer-encoding", "connection", "keep-alive", "accept-ranges"}


def nginx_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cmd_mirror(args):
    """For each path and case, store the app's exact body as files/pN (identity) and files/pN.br (when
    the app answers br with Content-Encoding: br), and write an nginx config that serves them with
    brotli_static, the app's Content-Type and the app's other headers (security headers, Cache-Control, Vary)."""
    files = os.path.join(args.dir, "files")
    os.makedirs(files, exist_ok=True)
    manifest = {"pages": []}
    locations = []
    for i, path in enumerate(args.paths):
        name = f"p{i}"
        status, identity_headers, identity = fetch(args.app, path)
        if status != 200:
            sys.exit(f"app: {path} answered {status}")
        with open(os.path.join(files, name), "wb") as f:
            f.write(identity)
        page = {"path": path, "file": name, "content_type": identity_headers.get("content-type", "application/octet-stream"),
                "cases": {"identity": {"encoding": identity_headers.get("content-encoding", "identity"), "bytes": len(identity),
                                       "sha256": hashlib.sha256(identity).hexdigest()}}}
        if page["cases"]["identity"]["encoding"] != "identity":
            sys.exit(f"app: {path} answered Content-Encoding {page['cases']['identity']['encoding']} to a request without Accept-Encoding")
        headers = {k: v for k, v in identity_headers.items() if k not in OWN_HEADERS}
        status, br_headers, br = fetch(args.app, path, "br")
        if status != 200:
            sys.exit(f"app: {path} with Accept-Encoding: br answered {status}")
        encoding = br_headers.get("content-encoding", "identity")
        if encoding == "br":
            with open(os.path.join(files, name + ".br"), "wb") as f:
                f.write(br)
        elif encoding != "identity":
            sys.exit(f"app: {path} answered Content-Encoding {encoding} to Accept-Encoding: br")
        elif br != identity:
            sys.exit(f"app: {path} answered two different uncompressed bodies")
        page["cases"]["br"] = {"encoding": encoding, "bytes": len(br), "sha256": hashlib.sha256(br).hexdigest()}
        headers.update({k: v for k, v in br_headers.items() if k not in OWN_HEADERS})
        manifest["pages"].append(page)

        lines = [f"location = {path} {{", f"    default_type {nginx_string(page['content_type'])};", f"    try_files /{name} =404;"]
        for key, value in headers.items():
            if "$" in value:
                print(f"warning: {path}: header {key} holds '$', which nginx would read as a variable; not copied", file=sys.stderr)
                continue
            lines.append(f"    add_header {key} {nginx_string(value)};")
        lines.append("}")
        locations.append("\n".join("        " + line for line in lines))

    run = os.path.abspath(args.dir)
    config = f"""# Written by bench/benchtool.py mirror: the app's own bytes, served as static files.
load_module {args.module};
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {run}/access.log;
    client_body_temp_path {run}/tmp;
    proxy_temp_path {run}/tmp;
    fastcgi_temp_path {run}/tmp;
    uwsgi_temp_path {run}/tmp;
    scgi_temp_path {run}/tmp;
    sendfile on;
    tcp_nopush on;
    open_file_cache max=1000 inactive=60s;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
    server_tokens off;
    types {{}}
    server {{
        listen 127.0.0.1:{args.port};
        root {run}/files;
        brotli_static on;
{chr(10).join(locations)}
        location / {{ return 404; }}
    }}
}}
"""
    os.makedirs(os.path.join(run, "tmp"), exist_ok=True)
    with open(os.path.join(run, "nginx.conf"), "w", encoding="utf-8") as f:
        f.write(config)
    with open(os.path.join(run, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)


def cmd_verify(args):
    with open(args.manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    failed = False
    for page in manifest["pages"]:
        for case, accept in CASES.items():
            seen = {}
            for server, base in (("app", args.app), ("nginx", args.nginx)):
                status, headers, body = fetch(base, page["path"], accept)
                seen[server] = (status, headers.get("content-type"), headers.get("content-encoding", "identity"),
                                len(body), hashlib.sha256(body).hexdigest())
            same = seen["app"] == seen["nginx"] and seen["app"][0] == 200
            failed |= not same
            status, _, encoding, size, digest = seen["app"]
            print(f"  {'same' if same else 'DIFFERENT'}  {page['path']} [{case}] {encoding} {size} bytes sha256 {digest[:12]}"
                  + ("" if same else f"\n    app:   {seen['app']}\n    nginx: {seen['nginx']}"))
    if failed:
        sys.exit("nginx does not answer the same bytes as the app")


def cmd_wrk_lua(args):
    """A wrk script: prebuilt requests for every path x encoding, taken in turn; with --delay-ms each
    connection waits that long before each request, which caps the rate at connections*1000/delay."""
    with open(args.paths, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    encodings = [e for e in args.encodings.split(",") if e]
    entries = []
    for path in paths:
        for encoding in encodings:
            header = "{}" if encoding == "identity" else '{["Accept-Encoding"] = "%s"}' % encoding
            entries.append(f'  {{"{path}", {header}}},')
    delay = f"function delay() return {args.delay_ms} end\n" if args.delay_ms else ""
    print(f"""-- Written by bench/benchtool.py wrk-lua: {len(paths)} paths x {len(encodings)} encodings, in turn.
local list = {{
{chr(10).join(entries)}
}}
local requests = {{}}
local i = 0
function init(args)
  for n, entry in ipairs(list) do requests[n] = wrk.format("GET", entry[1], entry[2]) end
end
function request()
  i = i % #requests + 1
  return requests[i]
end
{delay}""")


# ---------------------------------------------------------------------------------------------- reports

def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    header, rows = lines[0], lines[1:]
    return [dict(zip(header, row)) for row in rows]


def median(values):
    return statistics.median(values) if values else float("nan")


def fmt(value, digits=0):
    return f"{value:,.{digits}f}"


def yes_no(ok):
    return "yes" if ok else "**no**"


def comparison_rows(runs, key, manifest_cases):
    """Median app and nginx numbers per (key, case) over rounds, in first-seen order."""
    groups = {}
    for run in runs:
        groups.setdefault((run[key], run["case"]), {"app": [], "nginx": []})[run["server"]].append(run)
    for (name, case), servers in groups.items():
        app_rps = median([float(r["rps"]) for r in servers["app"]])
        ngx_rps = median([float(r["rps"]) for r in servers["nginx"]])
        app_p99 = median([float(r["p99_ms"]) for r in servers["app"]])
        ngx_p99 = median([float(r["p99_ms"]) for r in servers["nginx"]])
        errors = sum(int(r["errors"]) for r in servers["app"] + servers["nginx"])
        rps_ratio = app_rps / ngx_rps if ngx_rps else float("nan")
        p99_ratio = app_p99 / ngx_p99 if ngx_p99 else float("nan")
        served = manifest_cases.get((name, case), "")
        yield name, case, served, app_rps, ngx_rps, rps_ratio, app_p99, ngx_p99, p99_ratio, errors, len(servers["app"])


def served_description(manifest_path, key_of):
    out = {}
    if manifest_path and os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            for page in json.load(f)["pages"]:
                for case, info in page["cases"].items():
                    out[(key_of(page), case)] = f"{info['bytes']:,} {info['encoding']}"
    return out


def cmd_load_table(args):
    runs = read_tsv(args.runs)
    served = {}
    for manifest in args.manifest or []:
        served.update(served_description(manifest, lambda p: p["path"]))
    print("| page | case | body served | app rps | nginx rps | app/nginx | goal | app p99 (ms) | nginx p99 (ms) | p99 ratio | goal ≤ 2 |")
    print("|---|---|---|---:|---:|---:|:---:|---:|---:|---:|:---:|")
    errors_total = 0
    for name, case, body, app_rps, ngx_rps, ratio, app_p99, ngx_p99, p99_ratio, errors, rounds in comparison_rows(runs, "page", served):
        goal = GOAL_RPS_RATIO[case]
        errors_total += errors
        print(f"| `{name}` | {case} | {body} | {fmt(app_rps)} | {fmt(ngx_rps)} | {ratio:.2f} | ≥ {goal}: {yes_no(ratio >= goal)} "
              f"| {app_p99:.2f} | {ngx_p99:.2f} | {p99_ratio:.2f} | {yes_no(p99_ratio <= GOAL_P99_RATIO)} |")
    print(f"\nMedians over {rounds} round(s). 'body served' is the response body for that case (bytes, Content-Encoding).")
    if errors_total:
        print(f"\nWARNING: {errors_total} non-2xx responses or socket errors in total; see the wrk outputs.")


def cmd_p99_table(args):
    """bench/p99.sh's report: medians over rounds for each load and server, then app/nginx ratios."""
    rows = read_tsv(args.runs)
    loads = {"full": "full (no pause)", "paced": f"paced ({args.delay_ms} ms pause per connection)"}
    columns = ["rps", "p50_ms", "p90_ms", "p99_ms"]
    print("| load | server | req/s | p50 (ms) | p90 (ms) | p99 (ms) | server's CPU time / wall | its CPU busy / wall | wrk's CPU time / wall | server CPU µs per request | errors |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    summary = {}
    for load, title in loads.items():
        for server in ("app", "nginx"):
            runs = [r for r in rows if r["load"] == load and r["server"] == server]
            if not runs:
                continue
            m = {c: median([float(r[c]) for r in runs]) for c in columns}
            m["server_share"] = median([float(r["server_cpu_s"]) / float(r["wall_s"]) for r in runs])
            m["busy_share"] = median([float(r["cpu_busy_s"]) / float(r["wall_s"]) for r in runs])
            m["wrk_share"] = median([float(r["wrk_cpu_s"]) / float(r["wall_s"]) for r in runs])
            m["us_per_request"] = median([float(r["server_cpu_s"]) / int(r["requests"]) * 1e6 for r in runs])
            errors = sum(int(r["errors"]) for r in runs)
            summary[(load, server)] = m
            print(f"| {title} | {server} | {fmt(m['rps'])} | {m['p50_ms']:.2f} | {m['p90_ms']:.2f} | {m['p99_ms']:.2f} "
                  f"| {m['server_share']:.0%} | {m['busy_share']:.0%} | {m['wrk_share']:.0%} | {m['us_per_request']:.1f} | {errors} |")
    print()
    print("| load | app/nginx req/s | p50 ratio | p90 ratio | p99 ratio | CPU per request ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for load, title in loads.items():
        app, nginx = summary.get((load, "app")), summary.get((load, "nginx"))
        if app and nginx:
            ratios = [app[c] / nginx[c] for c in columns] + [app["us_per_request"] / nginx["us_per_request"]]
            print(f"| {title} | " + " | ".join(f"{r:.2f}" for r in ratios) + " |")
    print()
    print(f"Medians over {len({r['round'] for r in rows})} round(s). CPU shares are of the wall time of each wrk run "
          "(1.00 = one core); the server runs alone on its CPU, so 'its CPU busy' includes the kernel's network work done there.")


def cmd_scale_table(args):
    runs = read_tsv(args.runs)
    meta = {row["articles"]: row for row in read_tsv(args.meta)}
    served = {}
    for manifest in args.manifest or []:
        n = os.path.basename(os.path.dirname(os.path.abspath(manifest))).split("-")[-1]
        served.update(served_description(manifest, lambda p, n=n: n))
    print("| articles | page | case | body served | ready (s) | app rps | nginx rps | app/nginx | app p99 (ms) | nginx p99 (ms) | p99 ratio | RSS ready (MB) | RSS after load (MB) | one-file edit served (s) | after settling (s) | goal ≤ 2 s |")
    print("|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    for name, case, body, app_rps, ngx_rps, ratio, app_p99, ngx_p99, p99_ratio, errors, rounds in comparison_rows(runs, "page", served):
        m = meta[name]
        settled = int(m['edit_ms']) - args.settle_ms
        print(f"| {int(name):,} | `{m['path']}` | {case} | {body} | {int(m['ready_ms']) / 1000:.2f} | {fmt(app_rps)} | {fmt(ngx_rps)} | {ratio:.2f} "
              f"| {app_p99:.2f} | {ngx_p99:.2f} | {p99_ratio:.2f} | {int(m['rss_ready_kb']) / 1024:.0f} | {int(m['rss_after_kb']) / 1024:.0f} "
              f"| {int(m['edit_ms']) / 1000:.2f} | {settled / 1000:.2f} | {yes_no(settled <= 2000)} |")
    print(f"\nMedians over {rounds} round(s). Ready: from exec to the first 200 from /healthz/ready. RSS: VmRSS of the app. "
          f"Edit: from appending a paragraph to the article's file until the page shows it, the 0.5 s reload debounce included; "
          f"'after settling' subtracts the {args.settle_ms} ms a file must stay unwritten before it is read (Content:SettleMilliseconds), "
          "which is what keeps a file saved in pieces from being published half-written.")


def cmd_image_env(args):
    """The environment the Dockerfile's last stage sets, as NAME=VALUE lines, without the port and the
    content folder (the bench gives its own): so the bench runs the app as the image does."""
    text = open(args.dockerfile, encoding="utf-8").read().replace("\\\n", " ")
    last_stage = text.split("\nFROM ")[-1]
    for line in last_stage.splitlines():
        words = line.split()
        if words[:1] == ["ENV"]:
            for word in words[1:]:
                name, _, value = word.partition("=")
                if name not in ("ASPNETCORE_HTTP_PORTS", "Content__Path"):
                    print(f"{name}={value}")


def cmd_startup_table(args):
    runs = read_tsv(args.runs)
    variants = {}
    for run in runs:
        variants.setdefault(run["variant"], []).append(run)
    reference = median([float(r["ms"]) for r in variants.get(args.reference, [])]) if args.reference in variants else None
    print("| variant | runs | median (ms) | min (ms) | max (ms) | median / reference | RSS at first 200 (MB, median) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, rs in variants.items():
        ms = [float(r["ms"]) for r in rs]
        ratio = f"{median(ms) / reference:.2f}" if reference else "n/a"
        rss = median([int(r["rss_kb"]) for r in rs]) / 1024
        print(f"| {name} | {len(ms)} | {fmt(median(ms))} | {fmt(min(ms))} | {fmt(max(ms))} | {ratio} | {rss:.0f} |")
    if args.goal_variant in variants and reference:
        # A ratio, as every speed goal here: the same app takes 520 ms on a quiet machine and 730 ms on a busy one.
        ms = median([float(r["ms"]) for r in variants[args.goal_variant]])
        ratio = ms / reference
        print(f"\nGoal: {args.goal_variant} median <= {args.goal_ratio:g} x the {args.reference}'s median: "
              f"{'met' if ratio <= args.goal_ratio else 'MISSED'} ({fmt(ms)} ms against {fmt(reference)} ms, {ratio:.2f} x).")


def cmd_memory_summary(args):
    samples = read_tsv(args.samples)
    rss = [int(s["rss_kb"]) for s in samples]
    after = int(args.after_kb)
    goal = args.goal_mb * 1024
    lines = [
        ("RSS at ready", f"{int(args.ready_kb) / 1024:.1f} MB"),
        ("RSS max during load", f"{max(rss) / 1024:.1f} MB ({len(rss)} samples)"),
        ("RSS after load", f"{after / 1024:.1f} MB  goal < {args.goal_mb:g} MB: {'met' if after < goal else 'MISSED'}"),
        ("peak RSS (VmHWM)", f"{int(args.hwm_kb) / 1024:.1f} MB"),
    ]
    for label, value in lines:
        print(f"{label + ':':<28} {value}")


def cmd_soak_summary(args):
    samples = [(float(s["t_s"]), int(s["rss_kb"])) for s in read_tsv(args.samples)]
    warm = [rss for t, rss in samples if t >= args.warmup]
    if not warm:
        sys.exit(f"no sample after the {args.warmup} s warm-up: run the soak for longer")
    warm_rss = warm[0]
    later = warm[1:] or warm
    max_later = max(later)
    growth = (max_later - warm_rss) * 100 / warm_rss
    lines = [
        ("samples", f"{len(samples)} (every {args.interval:g} s)"),
        (f"RSS after warm-up ({args.warmup:g} s)", f"{warm_rss / 1024:.1f} MB"),
        ("max RSS later", f"{max_later / 1024:.1f} MB"),
        ("last RSS", f"{samples[-1][1] / 1024:.1f} MB"),
        ("growth", f"{growth:+.1f} %  goal <= {args.goal:g} %: {'met' if growth <= args.goal else 'MISSED'}"),
    ]
    for label, value in lines:
        print(f"{label + ':':<28} {value}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("wrk"); p.add_argument("file"); p.set_defaults(run=cmd_wrk)
    p = sub.add_parser("section-id"); p.add_argument("base"); p.add_argument("path"); p.set_defaults(run=cmd_section_id)
    p = sub.add_parser("site-paths"); p.add_argument("base"); p.add_argument("--sections", action="store_true"); p.set_defaults(run=cmd_site_paths)
    p = sub.add_parser("mirror")
    p.add_argument("--app", required=True); p.add_argument("--dir", required=True); p.add_argument("--port", required=True, type=int)
    p.add_argument("--module", required=True); p.add_argument("paths", nargs="+"); p.set_defaults(run=cmd_mirror)
    p = sub.add_parser("verify")
    p.add_argument("--app", required=True); p.add_argument("--nginx", required=True); p.add_argument("--manifest", required=True)
    p.set_defaults(run=cmd_verify)
    p = sub.add_parser("wrk-lua")
    p.add_argument("--paths", required=True); p.add_argument("--encodings", default="identity,br,gzip")
    p.add_argument("--delay-ms", type=float, default=0); p.set_defaults(run=cmd_wrk_lua)
    p = sub.add_parser("load-table"); p.add_argument("runs"); p.add_argument("--manifest", action="append"); p.set_defaults(run=cmd_load_table)
    p = sub.add_parser("scale-table"); p.add_argument("runs"); p.add_argument("meta"); p.add_argument("--manifest", action="append"); p.add_argument("--settle-ms", type=int, default=2000)
    p.set_defaults(run=cmd_scale_table)
    p = sub.add_parser("wrk-cpu")
    p.add_argument("--server-pid", required=True, type=int); p.add_argument("--server-cpu", required=True, type=int)
    p.add_argument("--out", required=True); p.add_argument("wrk", nargs=argparse.REMAINDER); p.set_defaults(run=cmd_wrk_cpu)
    p = sub.add_parser("p99-table"); p.add_argument("runs"); p.add_argument("--delay-ms", required=True); p.set_defaults(run=cmd_p99_table)
    p = sub.add_parser("image-env"); p.add_argument("dockerfile"); p.set_defaults(run=cmd_image_env)
    p = sub.add_parser("startup-table"); p.add_argument("runs"); p.add_argument("--reference", default="reference")
    p.add_argument("--goal-variant"); p.add_argument("--goal-ratio", type=float, default=1.2); p.set_defaults(run=cmd_startup_table)
    p = sub.add_parser("memory-summary")
    p.add_argument("samples"); p.add_argument("--ready-kb", required=True); p.add_argument("--after-kb", required=True)
    p.add_argument("--hwm-kb", required=True); p.add_argument("--goal-mb", type=float, default=200); p.set_defaults(run=cmd_memory_summary)
    p = sub.add_parser("soak-summary")
    p.add_argument("samples"); p.add_argument("--warmup", type=float, default=60); p.add_argument("--interval", type=float, default=10)
    p.add_argument("--goal", type=float, default=10); p.set_defaults(run=cmd_soak_summary)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
