#!/usr/bin/python3
"""Results of tests/bench/compare.sh: record one run as a JSON line, and print the Markdown table.

  report.py record RESULTS.jsonl LOADGEN_STDOUT key=value...   append the generator's JSON object
                                                                plus the keys (server, row, run, ...)
  report.py table RESULTS.jsonl SERVERS HEADER_FILE            print the table (medians over runs)

Only the standard library, run with Debian's /usr/bin/python3.
"""
import json
import statistics
import sys

CPU_LIMIT = 80.0  # the generator above this is the bottleneck: the row is flagged

# Row kind (compare.sh's row id before the colon) -> its name and metrics:
# (metric key, metric label, higher is better).
METRICS = {
    "login": ("login", [("rate", "logins/s", True), ("p50_ms", "time p50 (ms)", False),
                        ("p99_ms", "time p99 (ms)", False),
                        ("server_cpu_us", "server CPU per login (µs)", False)]),
    "throughput": ("throughput", [("rate", "msgs/s", True), ("server_cpu_us", "server CPU per msg (µs)", False)]),
    "latency": ("latency", [("p50_ms", "p50 (ms)", False), ("p99_ms", "p99 (ms)", False),
                            ("p999_ms", "p99.9 (ms)", False)]),
    "idle": ("memory per idle session", [("kib_per_session", "KiB", False)]),
    "big": ("confab only, idle sessions", [("rss_mib", "RSS (MiB)", False),
                                           ("kib_per_session", "KiB per session", False)]),
}


def record(path, out_file, pairs):
    try:
        with open(out_file) as f:
            lines = [ln for ln in f.read().splitlines() if ln.strip().startswith("{")]
        obj = json.loads(lines[-1])
    except (OSError, IndexError, ValueError):
        obj = {"ok": False, "errors": None, "note": "no JSON from the generator"}
    for kv in pairs:
        key, _, value = kv.partition("=")
        try:
            obj[key] = int(value)
        except ValueError:
            obj[key] = value
    before, after = obj.get("rss_before_kb"), obj.get("rss_after_kb")
    sessions = obj.get("rate") if obj.get("scenario") == "idle" else None
    if isinstance(before, int) and isinstance(after, int) and sessions:
        obj["kib_per_session"] = (after - before) / float(sessions)
        obj["rss_mib"] = after / 1024.0
    # The server's CPU time (all its threads) over the measured phase, per unit of work: a rate can
    # be held back by the generator or a noisy machine, the CPU a unit costs much less so.
    units = obj.get("sessions") if obj.get("scenario") == "login" else obj.get("msgs")
    if isinstance(obj.get("server_cpu_pct"), (int, float)) and units and obj.get("duration_s"):
        obj["server_cpu_us"] = obj["server_cpu_pct"] / 100.0 * obj["duration_s"] / units * 1e6
    with open(path, "a") as f:
        f.write(json.dumps(obj, sort_keys=True) + "\n")
    print(summary(obj))


def summary(obj):
    keys = ["rate", "p50_ms", "p99_ms", "p999_ms", "kib_per_session", "errors", "cpu_pct", "server_cpu_us"]
    parts = ["%s=%s" % (k, fmt(obj[k])) for k in keys if obj.get(k) is not None]
    return "    %s %s run %s: %s" % (obj.get("server"), obj.get("row"), obj.get("run"),
                                     " ".join(parts) or "FAILED")


def fmt(v):
    if v is None:
        return "—"
    if isinstance(v, float):
        return "%.3g" % v if abs(v) < 10 else "%.0f" % v
    return str(v)


def load(path):
    rows = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                obj = json.loads(line)
                rows.setdefault((obj["row"], obj["server"]), []).append(obj)
    return rows


def cell(runs, key):
    """Median over the runs that produced the metric, with flags: † generator CPU > 80 %,
    'N err' failed sessions or stanzas summed over the runs, 'fail' when no run produced it."""
    values = [r[key] for r in runs if isinstance(r.get(key), (int, float))]
    if not values:
        notes = sorted({r["note"] for r in runs if r.get("note")})
        return None, "fail" + (" (%s)" % "; ".join(notes) if notes else "")
    med = statistics.median(values)
    text = fmt(med)
    if any((r.get("cpu_pct") or 0) > CPU_LIMIT for r in runs):
        text += " †"
    errors = sum(r.get("errors") or 0 for r in runs)
    if errors or any(r.get("errors") is None for r in runs):
        text += " (%s err)" % (errors if errors else "?")
    return med, text


def table(path, servers, header_file):
    rows = load(path)
    servers = servers.split(",")
    others = [s for s in servers if s != "confab"]
    with open(header_file) as f:
        print(f.read().rstrip("\n"))
    print()
    cols = ["confab", "prosody", "ejabberd"]
    print("| row | " + " | ".join(cols) + " | confab advantage (>1 = confab better) |")
    print("|---|" + "---:|" * (len(cols) + 1))
    order = []
    for row, _ in rows:
        if row not in order:
            order.append(row)
    for row in order:
        kind, _, params = row.partition(":")
        title, metrics = METRICS.get(kind, (kind, []))
        for key, label, higher in metrics:
            meds, texts = {}, []
            for s in cols:
                if s not in servers or (row, s) not in rows:
                    texts.append("—")
                    continue
                meds[s], t = cell(rows[(row, s)], key)
                texts.append(t)
            ratio = "—"
            best = [meds[s] for s in others if meds.get(s)]
            if meds.get("confab") and best:
                b = max(best) if higher else min(best)
                ratio = "%.2f" % (meds["confab"] / b if higher else b / meds["confab"])
            name = "%s %s: %s" % (title, params, label)
            print("| %s | %s | %s |" % (name, " | ".join(texts), ratio))
    floor(rows)
    print()
    print("Medians of each server's runs (a fresh server process per run). The last column is "
          "confab ÷ best other for rates and best other ÷ confab for times and memory, so >1 "
          "always means confab is better. † = the load generator used more than 80 % of its CPU "
          "in a run (the generator, not the server, may have been the limit); (N err) = failed "
          "sessions or stanzas summed over the runs; fail = no run produced a value.")


def floor(rows):
    """The latency row's floor (compare.sh's run_floor: confab-netfloor's relay, which does nothing)
    as one line under the table, since it is no server to compare with."""
    for (row, server), runs in rows.items():
        if server != "floor":
            continue
        kind, _, params = row.partition(":")
        cells = ["%s %s" % (label.replace(" (ms)", ""), cell(runs, key)[1])
                 for key, label, _ in METRICS[kind][1]]
        print()
        print("Floor of the %s %s row (confab-netfloor: a relay on the server's CPU that copies each "
              "message to its partner connection and does nothing else, no TLS, on the same schedule; "
              "no server can beat it on this machine): %s ms, medians of %d runs." %
              (METRICS[kind][0], params, ", ".join(cells), len(runs)))


def main(argv):
    if len(argv) >= 3 and argv[0] == "record":
        record(argv[1], argv[2], argv[3:])
    elif len(argv) == 4 and argv[0] == "table":
        table(argv[1], argv[2], argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
