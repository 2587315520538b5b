#!/usr/bin/python3
"""Times mvzsim against the NumPy implementation of the same model (bench/numpy_model.py), per
CPU second (issue 14), and checks first that the two compute the same model.

    /usr/bin/python3 bench/compare_numpy.py                      # 100,000 trials, 5 repetitions
    /usr/bin/python3 bench/compare_numpy.py -n 20000 --reps 3    # quicker

Steps:
1. Exact check: a deterministic variant of the scenario (every uncertain input at its mode, no
   doctor departures) must give the same value of every output in both, to 1e-9 relative.
2. Timing: per repetition, `mvzsim run SCENARIO -n N -f csv -o FILE` on each thread count and
   `numpy_model.py SCENARIO -n N -o FILE`, one after another (alternately, so that a change of the
   machine's load hits both); wall time, CPU time (user + sys of the child) and peak memory.
3. Statistical check on the first repetition's outputs: the means of revenue, costs and the
   annual result of each year and of the largest cash gap must agree within 4 combined standard
   errors (the two draw from different generators).
Exit code 0 when both checks pass, 1 otherwise, 2 on bad usage.
"""

import argparse
import csv
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAIN_METRICS = ("revenue", "costs", "annual_result")
MAIN_TRIAL_METRICS = ("largest_cash_gap",)
Z_LIMIT = 4.0


def read_csv(path):
    """{(year, metric): row} of a summary CSV (mvzsim's layout); the comment line apart."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return {(r["year"], r["metric"]): r for r in csv.DictReader(lines)}


def timed(cmd):
    """Runs cmd; returns (wall s, CPU s = user + sys of the child, peak RSS MiB, stderr)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"compare_numpy.py: {' '.join(cmd)} failed ({p.returncode}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, err


def at_mode(node):
    """The scenario with every uncertain input replaced by its mode (uniform: its middle)."""
    if isinstance(node, list):
        return [at_mode(v) for v in node]
    if not isinstance(node, dict):
        return node
    forms = set(node) - {"draw"}
    if forms in ({"triangular"}, {"pert"}):
        return float(node[forms.pop()][1])
    if forms == {"uniform"}:
        return sum(node["uniform"]) / 2.0
    return {k: at_mode(v) for k, v in node.items()}


def exact_check(a, tmp):
    """Step 1: every output of the deterministic variant equal in both (1e-9 relative)."""
    with open(a.scenario, encoding="utf-8") as f:
        spec = at_mode(yaml.safe_load(f))
    for d in spec.get("doctors", []):
        if "recruitment" in d:
            d["recruitment"]["departures_per_year"] = 0.0
    variant = os.path.join(tmp, "at_mode.yaml")
    with open(variant, "w", encoding="utf-8") as f:
        yaml.safe_dump(spec, f, sort_keys=False)
    out_m, out_n = os.path.join(tmp, "mode_mvzsim.csv"), os.path.join(tmp, "mode_numpy.csv")
    timed([a.mvzsim, "run", variant, "-n", "10", "-f", "csv", "-o", out_m])
    timed([a.python, os.path.join(HERE, "numpy_model.py"), variant, "-n", "10", "-o", out_n])
    m, n = read_csv(out_m), read_csv(out_n)
    columns = ("mean", "p5", "p50", "p95", "min", "max", "share_negative")
    # Outputs NumPy does not compute (the plan balance sheet and the other lines added since it was
    # written) are listed, not compared: NumPy does that much less work than mvzsim.
    missing = [k for k in m if k not in n]
    bad = [(k, c) for k in m if k in n for c in columns
           if not math.isclose(float(m[k][c]), float(n[k][c]), rel_tol=1e-9, abs_tol=1e-9)]
    print(f"1. Exact check, {a.scenario} with every uncertain input at its mode and no departures: "
          f"{len(m) - len(missing) - len({k for k, _ in bad})} of {len(m) - len(missing)} outputs equal "
          f"(relative 1e-9); {len(missing)} of mvzsim's {len(m)} outputs NumPy does not compute: "
          f"{', '.join(sorted({k[1] for k in missing}))}")
    for k, c in bad[:10]:
        print(f"   differs: {k[0]} {k[1]} {c}: mvzsim {m[k][c]}, NumPy {n.get(k, {}).get(c)}")
    return not bad


def z_score(m, n):
    """(NumPy mean - mvzsim mean) / combined s.e.; 0 for equal constants."""
    mm, nm = float(m["mean"]), float(n["mean"])
    if math.isclose(mm, nm, rel_tol=1e-9, abs_tol=1e-9):
        return 0.0
    se = math.hypot(float(m["standard_error"]), float(n["standard_error"]))
    return (nm - mm) / se if se > 0 else math.inf


def statistical_check(mvz_csv, np_csv, trials):
    """Step 3: the main means within Z_LIMIT combined standard errors; prints the table."""
    m, n = read_csv(mvz_csv), read_csv(np_csv)
    years = sorted({y for y, _ in m if y != "all"})
    keys = [(y, k) for k in MAIN_METRICS for y in years] + [("all", k) for k in MAIN_TRIAL_METRICS]
    print(f"3. Statistical check, {trials} trials each, means (EUR) within {Z_LIMIT:g} combined s.e.:")
    print(f"   {'year':<5} {'output':<17} {'mvzsim mean':>14} {'s.e.':>8} {'NumPy mean':>14} {'s.e.':>8} "
          f"{'z':>6}")
    ok = True
    for k in keys:
        z = z_score(m[k], n[k])
        ok = ok and abs(z) <= Z_LIMIT
        print(f"   {k[0]:<5} {k[1]:<17} {float(m[k]['mean']):>14,.0f} {float(m[k]['standard_error']):>8,.0f} "
              f"{float(n[k]['mean']):>14,.0f} {float(n[k]['standard_error']):>8,.0f} {z:>6.2f}"
              f"{'' if abs(z) <= Z_LIMIT else '  FAILS'}")
    zs = [abs(z_score(m[k], n[k])) for k in m if k in n]
    print(f"   all {len(zs)} outputs (for information): largest |z| {max(zs):.2f}, "
          f"{sum(z > Z_LIMIT for z in zs)} beyond {Z_LIMIT:g}")
    return ok


def same_results(files):
    """mvzsim's output on every thread count identical (the comment line apart)."""
    texts = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            texts.append([line for line in f if not line.startswith("#")])
    return all(t == texts[0] for t in texts)


def numpy_phases(stderr):
    """{phase: CPU s} from numpy_model.py --timings."""
    text = stderr.split("CPU seconds:")[-1]
    return {p.split()[0]: float(p.split()[1]) for p in text.strip().split(",")}


def timing(a, tmp):
    """Step 2: the repetitions; returns {run: [(wall, cpu, MiB), ...]}, the NumPy phases, the files."""
    runs = {f"mvzsim --threads {t}": [a.mvzsim, "run", a.scenario, "-n", str(a.trials), "-f", "csv",
                                      "--threads", str(t)] for t in a.threads}
    runs["NumPy"] = [a.python, os.path.join(HERE, "numpy_model.py"), a.scenario, "-n", str(a.trials), "--timings"]
    results, phases, files = {name: [] for name in runs}, [], {}
    for rep in range(a.reps):
        for name, cmd in runs.items():
            out = os.path.join(tmp, f"{name.replace(' ', '_')}_{rep}.csv")
            wall, cpu, mib, err = timed(cmd + ["-o", out])
            results[name].append((wall, cpu, mib))
            files.setdefault(name, out)
            if name == "NumPy":
                phases.append(numpy_phases(err))
        print(f"   repetition {rep + 1}: " + ", ".join(f"{k} {v[-1][0]:.2f} s wall {v[-1][1]:.2f} s CPU"
                                                    for k, v in results.items()), flush=True)
    return results, phases, files


def report(results, phases, trials):
    med = statistics.median
    print(f"   {'run':<20} {'wall s: median':>15} {'(min-max)':>13} {'CPU s: median':>14} {'(min-max)':>13} "
          f"{'trials/CPU s':>13} {'peak MiB':>9}")
    for name, r in results.items():
        wall, cpu = [x[0] for x in r], [x[1] for x in r]
        print(f"   {name:<20} {med(wall):>15.2f} {min(wall):>6.2f}-{max(wall):<6.2f} {med(cpu):>14.2f} "
              f"{min(cpu):>6.2f}-{max(cpu):<6.2f} {trials / med(cpu):>13,.0f} {max(x[2] for x in r):>9.0f}")
    p = {k: med(ph[k] for ph in phases) for k in phases[0]}
    # Python's start-up and the imports: the child's CPU time less the phases numpy_model.py timed.
    start = med(x[1] - sum(ph.values()) for x, ph in zip(results["NumPy"], phases))
    print(f"   NumPy CPU s by phase (medians): start-up and import {start:.2f}, read {p['read']:.2f}, "
          f"trials {p['trials']:.2f}, summaries {p['summaries']:.2f}, write {p['write']:.2f}")
    numpy_cpu = [x[1] for x in results["NumPy"]]
    for name, r in results.items():
        if name == "NumPy":
            continue
        paired = [n / x[1] for n, x in zip(numpy_cpu, r)]
        wall = med(x[0] for x in results["NumPy"]) / med(x[0] for x in r)
        print(f"   {name}: {med(numpy_cpu) / med(x[1] for x in r):.2f} times NumPy's trials per CPU second "
              f"(ratio of the medians; paired by repetition: median {med(paired):.2f}, "
              f"{min(paired):.2f}-{max(paired):.2f}); per wall second: {wall:.2f} times")


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} logical CPUs ({model}); load average {load}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scenario", default=os.path.join(ROOT, "examples", "rural-gp-3.yaml"))
    ap.add_argument("-n", "--trials", type=int, default=100000)
    ap.add_argument("--reps", type=int, default=5, help="repetitions (default 5)")
    ap.add_argument("--threads", default="1,2", help="mvzsim thread counts, comma-separated (default 1,2)")
    ap.add_argument("--mvzsim", default=os.path.join(ROOT, "build", "mvzsim"))
    ap.add_argument("--python", default="/usr/bin/python3",
                    help="the Python with python3-numpy and python3-yaml (default /usr/bin/python3)")
    a = ap.parse_args()
    a.threads = [int(t) for t in a.threads.split(",")]
    if not os.access(a.mvzsim, os.X_OK):
        print(f"compare_numpy.py: no mvzsim at {a.mvzsim}: build it first (cmake -S . -B build "
              f"-DCMAKE_BUILD_TYPE=Release && cmake --build build -j2) or give --mvzsim", file=sys.stderr)
        return 2
    print(f"mvzsim against NumPy: {a.scenario}, {a.trials} trials, {a.reps} repetition{'' if a.reps == 1 else 's'}, "
          f"{time.strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="compare_numpy.") as tmp:
        exact = exact_check(a, tmp)
        print("2. Timing (one run after another, alternately):")
        results, phases, files = timing(a, tmp)
        report(results, phases, a.trials)
        mvz_files = [f for name, f in files.items() if name != "NumPy"]
        identical = same_results(mvz_files)
        print(f"   mvzsim's output identical on {', '.join(map(str, a.threads))} threads: "
              f"{'yes' if identical else 'NO'}")
        stats = statistical_check(mvz_files[-1], files["NumPy"], a.trials)
    print(f"machine after: {machine()}")
    ok = exact and stats and identical
    print("the same model: " + ("yes (checks 1 and 3 pass)" if ok else "NO: see above"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
