#!/usr/bin/env python3
"""Deterministic generalised-assignment instances (Chu and Beasley 1997, types C and D)
written in the twinning-matching/1 format: jobs are twins (demand 1), agents are
mentors (capacity b_i), every job-agent pair is allowed with score = -cost and
load = the resource it uses. Every twin must be matched (a GAP assigns every job).

  python3 gen_gap.py --type C|D --agents 20 --jobs 200 --seed 1 > gap.json

Type C: r_ij ~ U[5, 25], c_ij ~ U[10, 50], b_i = floor(0.8 * sum_j r_ij / m).
Type D: r_ij ~ U[1, 100], c_ij = 111 - r_ij + U[-10, 10], b_i as for C.
Only the standard library's random module, seeded: the same seed gives the same file.
"""
import argparse
import json
import random
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--type", choices=["C", "D"], required=True)
    ap.add_argument("--agents", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(f"{a.type}-{a.agents}-{a.jobs}-{a.seed}")
    m, n = a.agents, a.jobs
    r = [[0] * n for _ in range(m)]
    c = [[0] * n for _ in range(m)]
    for i in range(m):
        for j in range(n):
            if a.type == "C":
                r[i][j] = rng.randint(5, 25)
                c[i][j] = rng.randint(10, 50)
            else:
                r[i][j] = rng.randint(1, 100)
                c[i][j] = 111 - r[i][j] + rng.randint(-10, 10)
    cap = [int(0.8 * sum(r[i]) / m) for i in range(m)]
    inst = {
        "format": "twinning-matching/1",
        "name": f"gap-{a.type.lower()}{m}x{n}-s{a.seed}",
        "twins": [{"id": f"job{j:03d}", "demand": 1} for j in range(n)],
        "mentors": [{"id": f"agent{i:02d}", "capacity": cap[i]} for i in range(m)],
        "pairs": [{"twin": f"job{j:03d}", "mentor": f"agent{i:02d}", "score": -c[i][j], "load": r[i][j]}
                  for j in range(n) for i in range(m)],
        "allow_unmatched": False,
    }
    json.dump(inst, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
