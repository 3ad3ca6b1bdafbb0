#!/usr/bin/env python3
"""Side-by-side timing of the solve example and chosen peers, the way perf.py does it.

  python3 solver/benches/bench.py --cmd target/release/examples/solve \
      [--dir /tmp/bench-instances] [--only SUBSTRING] [--peers] [--limit 120]

Reuses perf.py's `run` (fresh process, wall time, peak RSS, killed at --limit) and
checks every result with check.py, so the figures match perf.py's table. perf.py runs
every peer on every instance (CP-SAT and HiGHS take minutes on the large ones); this
picks: the instance files of perf.py plus the GAP files of gen_gap.py, and with
--peers only the peers worth re-running (OR-Tools min-cost flow on pure instances,
HiGHS on visits, CP-SAT and HiGHS on GAP at 60 s).
"""
import argparse
import importlib.util
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench"))

MATCH = ["match-1000x400-k40", "match-3000x800-k40", "match-10000x2000-k40",
         "match-1000x400-k40-groups", "match-3000x800-k40-groups", "match-10000x2000-k40-groups"]
VISITS = ["visits-50", "visits-200", "visits-1000"]
GAP = [(t, a, j) for t in "CD" for a, j in ((10, 100), (20, 100), (10, 200), (20, 200))]


def load_perf():
    spec = importlib.util.spec_from_file_location("perf", os.path.join(BENCH, "perf.py"))
    perf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(perf)
    return perf


def ensure(path, args, script):
    if not os.path.exists(path):
        # Written aside and renamed, so that a generator that fails leaves no empty file.
        part = path + ".part"
        with open(part, "w") as f:
            subprocess.run([sys.executable, script] + args, stdout=f, check=True)
        os.replace(part, path)


def todo(d):
    """(kind, path, peers, extra args for ours)."""
    gen = os.path.join(BENCH, "gen.py")
    for name in MATCH:
        n, m = name.split("-")[1].split("x")
        ensure(os.path.join(d, name + ".json"),
               ["match", "--twins", n, "--mentors", m, "--seed", "1"] + ["--groups"] * name.endswith("groups"), gen)
        yield "match", os.path.join(d, name + ".json"), ([] if name.endswith("groups") else ["mcf"]), []
    for name in VISITS:
        ensure(os.path.join(d, name + ".json"), ["visits", "--pairs", name.split("-")[1], "--seed", "1"], gen)
        yield "visits", os.path.join(d, name + ".json"), ["highs"], []
    for t, a, j in GAP:
        path = os.path.join(d, f"gap-{t.lower()}{a}x{j}.json")
        ensure(path, ["--type", t, "--agents", str(a), "--jobs", str(j)], os.path.join(HERE, "gen_gap.py"))
        yield "match", path, (["cpsat", "highs"] if j == 200 else []), ["--time-limit", "60"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--dir", default="/tmp/bench-instances")
    ap.add_argument("--only", default="")
    ap.add_argument("--peers", action="store_true", help="also run the chosen peers")
    ap.add_argument("--limit", type=float, default=120)
    a = ap.parse_args()
    perf = load_perf()
    os.makedirs(a.dir, exist_ok=True)
    print("| instance | pairs | solver | status | objective | bound | solver s | process s | peak MiB | check |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for kind, path, peers, extra in todo(a.dir):
        if a.only not in os.path.basename(path):
            continue
        with open(path, "rb") as f:
            size = f.read().count(b'"score":' if kind == "match" else b'"days":')
        runs = [("ours", shlex.split(a.cmd) + [kind, path] + extra)]
        if a.peers:
            for p in peers:
                limit = ["--time-limit", "60"] if extra else (
                    ["--time-limit", str(a.limit - 20)] if p in ("cpsat", "highs") else [])
                runs.append((p, [sys.executable, os.path.join(BENCH, "reference.py"), kind, path, "--peer", p] + limit))
        for who, cmd in runs:
            wall, rss, timed_out, rc, out, err = perf.run(cmd, a.limit)
            row = {"instance": os.path.basename(path), "size": size, "solver": who,
                   "process_s": round(wall, 2), "peak_mib": round(rss)}
            if timed_out:
                row["status"] = f"timeout ({a.limit:g} s)"
            elif rc != 0:
                row["status"] = f"error rc={rc}: " + " ".join(err.split())[-120:]
            else:
                res = json.loads(out)
                chk = subprocess.run([sys.executable, os.path.join(BENCH, "check.py"), kind, path, "-"],
                                     input=out, capture_output=True, text=True).stdout.splitlines()
                row.update(status=res["status"], objective=res.get("objective"), bound=res.get("bound"),
                           solver_s=res.get("seconds"), check=(chk or ["?"])[0].split(" objective")[0])
            fmt = lambda v: "" if v is None else (f"{v:.4f}" if isinstance(v, float) else str(v))
            print(f"| {row['instance']} | {size} | {who} | {row['status']} | {fmt(row.get('objective'))} | "
                  f"{fmt(row.get('bound'))} | {fmt(row.get('solver_s'))} | {wall:.2f} | {row['peak_mib']} | "
                  f"{row.get('check', '')} |", flush=True)
            with open(os.path.join(a.dir, "bench.jsonl"), "a") as f:
                f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
