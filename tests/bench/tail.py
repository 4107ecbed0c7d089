#!/usr/bin/python3
"""What the slowest messages of a latency run have in common (issue #8, docs/performance.md).

  tail.py SAMPLES [PERF_SCRIPT] [--percentile 99] [--server-cpu 0] [--loadgen-cpu 1]
          [--ignore comm,comm...]

SAMPLES is what `confab-loadgen latency --samples FILE` wrote: the window's start on
CLOCK_MONOTONIC, the PIDs of the server (--server-pid) and the generator, then one line per
message (scheduled ns since the start, latency ns, sender).
PERF_SCRIPT, when given, is the text of a trace of the same run, recorded on both CPUs with the
same clock and printed with the fields this script reads:

  perf record -a -k CLOCK_MONOTONIC -e sched:sched_switch -o perf.data -- sleep S
  perf script -i perf.data -F comm,pid,tid,cpu,time,event,trace > perf.txt

Prints the percentiles, how the slow messages (at or above the percentile) bunch together in time
(a stall of the machine delays every message scheduled during it), and, with a trace, which other
tasks (not a thread of the server or the generator) held the server's or the generator's CPU
for more than 0.1 ms of a slow message's life: a message with none of them was slow with only the
server and the generator on their CPUs (its own work, or the hypervisor holding a virtual CPU,
which no guest trace shows).

Only the standard library, run with Debian's /usr/bin/python3.
"""
import argparse
import bisect
import collections
import re
import sys

OWN_TASK = "(own)"
OWN = {"confabd", "confab-loadgen", "confab-netfloor", "prosody", "lua5.4", "beam.smp"}
SWITCH = re.compile(r"^\s*(.+?)\s+(\d+)/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:sched_switch:\s+(.*)$")
NEXT = re.compile(r"next_comm=(.+?) next_pid=(\d+)")


def read_samples(path):
    """(window start in ns, {pids of the server and the generator}, [(scheduled, latency, sender)])."""
    start, pids, rows = None, set(), []
    with open(path) as f:
        for line in f:
            if line.startswith("# window_start_ns "):
                start = int(line.split()[2])
            elif line.startswith("# server_pid "):
                fields = line.split()
                pids = {int(fields[2]), int(fields[4])} - {0}
            elif line.strip() and not line.startswith("#"):
                scheduled, latency, sender = line.split()
                rows.append((int(scheduled), int(latency), int(sender)))
    if start is None:
        sys.exit("tail.py: %s has no '# window_start_ns' line (confab-loadgen --samples)" % path)
    return start, pids, rows


def read_runs(path):
    """(start_s, end_s, cpu, comm, tid) for every stretch a task ran, from sched_switch events,
    and {tid: pid} for the threads the trace names as the task switching out."""
    current, runs, process = {}, [], {}
    with open(path) as f:
        for line in f:
            m = SWITCH.match(line)
            if not m:
                continue
            process[int(m.group(3))] = int(m.group(2))
            t, cpu = float(m.group(5)), int(m.group(4))
            nxt = NEXT.search(m.group(6))
            if not nxt:
                continue
            if cpu in current:
                runs.append((current[cpu][0], t, cpu) + current[cpu][1:])
            current[cpu] = (t, nxt.group(1), int(nxt.group(2)))
    return runs, process


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p / 100.0))]


def task_name(comm):
    # Threads of one program get numbered names (kworker/0:1, tokio-rt-worker); keep the program.
    return re.split(r"[/:]", comm)[0]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("samples")
    ap.add_argument("perf_script", nargs="?")
    ap.add_argument("--percentile", type=float, default=99.0)
    ap.add_argument("--server-cpu", type=int, default=0)
    ap.add_argument("--loadgen-cpu", type=int, default=1)
    ap.add_argument("--ignore", default="", help="more comm names to treat as the benchmark's own")
    a = ap.parse_args(argv)
    own = OWN | {c for c in a.ignore.split(",") if c}

    start, own_pids, rows = read_samples(a.samples)
    if not rows:
        sys.exit("tail.py: no messages in %s" % a.samples)
    lat = sorted(r[1] for r in rows)
    print("%d messages: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms" % (
        len(lat), percentile(lat, 50) / 1e6, percentile(lat, 99) / 1e6, percentile(lat, 99.9) / 1e6,
        lat[-1] / 1e6))
    threshold = percentile(lat, a.percentile)
    slow = sorted(r for r in rows if r[1] >= threshold)

    # Bursts: slow messages scheduled less than 5 ms apart share a cause more often than not.
    bursts = []
    for r in slow:
        if bursts and r[0] - bursts[-1][-1][0] < 5_000_000:
            bursts[-1].append(r)
        else:
            bursts.append([r])
    sizes = collections.Counter(min(len(b), 5) for b in bursts)
    print("%d slow messages (>= p%g, %.3f ms) in %d bursts; burst sizes: %s" % (
        len(slow), a.percentile, threshold / 1e6, len(bursts),
        ", ".join("%s%d: %d" % ("≥" if k == 5 else "", k, v) for k, v in sorted(sizes.items()))))

    if not a.perf_script:
        return 0
    runs, process = read_runs(a.perf_script)
    if not runs:
        sys.exit("tail.py: no sched_switch events in %s" % a.perf_script)
    t0, t1 = min(r[0] for r in runs), max(r[1] for r in runs)
    # Only stretches on the two CPUs and not idle; each named by its program, or OWN_TASK for every
    # thread of the server and the generator the samples name (ejabberd's are called 1_scheduler,
    # aux, ...) and the programs in `own`.
    cpus = {a.server_cpu: "server", a.loadgen_cpu: "generator"}
    runs = sorted((rs, re_, cpus[cpu], OWN_TASK if comm in own or process.get(tid) in own_pids else task_name(comm))
                  for rs, re_, cpu, comm, tid in runs if cpu in cpus and not comm.startswith("swapper"))
    starts = [r[0] for r in runs]
    longest = max((r[1] - r[0] for r in runs), default=0.0)
    blame = collections.Counter()
    traced = 0
    for scheduled, latency, _ in slow:
        s = (start + scheduled) / 1e9
        e = s + latency / 1e9
        if s < t0 or e > t1:
            continue
        traced += 1
        # How long each task held each of the two CPUs during this message's life.
        held = collections.Counter()
        for rs, re_, side, name in runs[bisect.bisect_left(starts, s - longest):]:
            if rs >= e:
                break
            if re_ > s:
                held[(name, side)] += min(re_, e) - max(rs, s)
        who = {"%s on the %s's CPU" % key for key, t in held.items() if key[0] != OWN_TASK and t > 0.0001}
        if not who:
            # Only the benchmark's own tasks: did one of them stay on its CPU far longer than a
            # message takes (~0.05 ms)? Then it was working, or its virtual CPU was held by the
            # hypervisor while the guest thought it ran.
            long_ = [side for side in ("server", "generator") if held[(OWN_TASK, side)] > 0.0002]
            who.add("nothing else ran; " + (" and ".join("the %s on its CPU > 0.2 ms" % side for side in long_)
                                            if long_ else "both mostly off their CPUs (being woken)"))
        blame[", ".join(sorted(who))] += 1
    print("slow messages inside the trace: %d; what else held the server's or the generator's CPU "
          "for > 0.1 ms of their time:" % traced)
    for k, v in blame.most_common():
        print("  %4d  %s" % (v, k))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
