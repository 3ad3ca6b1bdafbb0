//! Random small instances of both formats, and brute force over tiny ones.

use twinning_solver::Date;
use twinning_solver::matching::{self, Group, Mentor, Pair, PairRef, Twin};
use twinning_solver::visits::{self, After, Blackout, City, Span, Visit};

use super::Rng;

/// Shape of a random matching instance.
pub struct MatchShape {
    pub twins: i64,
    pub mentors: i64,
    /// Loads 1..=max_load (1: a network, unless groups overlap).
    pub max_load: i64,
    /// Groups may overlap (not a network).
    pub overlapping: bool,
}

pub fn matching(seed: u64, shape: &MatchShape) -> matching::Instance {
    let mut r = Rng(seed);
    let twins: Vec<Twin> = (0..shape.twins)
        .map(|i| Twin {
            id: format!("t{i}"),
            demand: if r.chance(20) { 2 } else { 1 },
        })
        .collect();
    let mentors: Vec<Mentor> = (0..shape.mentors)
        .map(|i| Mentor {
            id: format!("m{i}"),
            capacity: r.range(0, 2 * shape.max_load + 1),
        })
        .collect();
    let mut pairs = Vec::new();
    for t in &twins {
        for m in &mentors {
            if r.chance(70) {
                pairs.push(Pair {
                    twin: t.id.clone(),
                    mentor: m.id.clone(),
                    score: r.range(-2000, 10000) as f64 / 1e4,
                    load: r.range(1, shape.max_load),
                });
            }
        }
    }
    let mut groups = Vec::new();
    for m in &mentors {
        if r.chance(50) {
            // Disjoint groups: each twin falls in at most one (or several, when overlapping).
            let count = r.range(1, 2);
            for g in 0..count {
                let members: Vec<String> = twins
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| {
                        shape.overlapping && r.chance(50) || *i as i64 % count == g && r.chance(80)
                    })
                    .map(|(_, t)| t.id.clone())
                    .collect();
                groups.push(Group {
                    mentor: m.id.clone(),
                    twins: members,
                    max: r.range(0, 1),
                    label: format!("g{g}"),
                });
            }
        }
    }
    let mut fixed = Vec::new();
    let mut forbidden = Vec::new();
    for p in &pairs {
        if r.chance(5) {
            fixed.push(PairRef {
                twin: p.twin.clone(),
                mentor: p.mentor.clone(),
            });
        } else if r.chance(8) {
            forbidden.push(PairRef {
                twin: p.twin.clone(),
                mentor: p.mentor.clone(),
            });
        }
    }
    let allow_unmatched = r.chance(60);
    matching::Instance {
        format: matching::FORMAT.into(),
        name: format!("random-{seed}"),
        twins,
        mentors,
        pairs,
        groups,
        fixed,
        forbidden,
        allow_unmatched,
        unmatched_penalty: if allow_unmatched {
            r.range(0, 15000) as f64 / 1e4
        } else {
            0.0
        },
    }
}

/// The same problem with every load and capacity doubled: no longer unit loads, so the
/// solver takes the MILP path, but the optimum is the same.
pub fn doubled(inst: &matching::Instance) -> matching::Instance {
    let mut out = inst.clone();
    for m in &mut out.mentors {
        m.capacity *= 2;
    }
    for p in &mut out.pairs {
        p.load *= 2;
    }
    out
}

/// Best objective over all subsets of pairs, by brute force (None: infeasible).
pub fn brute_force(inst: &matching::Instance) -> Option<f64> {
    let n = inst.pairs.len();
    assert!(n <= 16, "brute force on {n} pairs");
    let mut best: Option<f64> = None;
    for mask in 0u32..(1 << n) {
        let chosen: Vec<&Pair> = (0..n)
            .filter(|i| mask >> i & 1 == 1)
            .map(|i| &inst.pairs[i])
            .collect();
        let has = |t: &str, m: &str| chosen.iter().any(|p| p.twin == t && p.mentor == m);
        if inst.forbidden.iter().any(|f| has(&f.twin, &f.mentor))
            || inst.fixed.iter().any(|f| !has(&f.twin, &f.mentor))
        {
            continue;
        }
        if inst.mentors.iter().any(|m| {
            chosen
                .iter()
                .filter(|p| p.mentor == m.id)
                .map(|p| p.load)
                .sum::<i64>()
                > m.capacity
        }) {
            continue;
        }
        if inst
            .groups
            .iter()
            .any(|g| g.twins.iter().filter(|t| has(t, &g.mentor)).count() as i64 > g.max)
        {
            continue;
        }
        let mut missing = 0;
        let mut ok = true;
        for t in &inst.twins {
            let got = chosen.iter().filter(|p| p.twin == t.id).count() as i64;
            ok &= got <= t.demand && (inst.allow_unmatched || got == t.demand);
            missing += (t.demand - got).max(0);
        }
        if !ok {
            continue;
        }
        let pen = if inst.allow_unmatched {
            inst.unmatched_penalty
        } else {
            0.0
        };
        let obj = chosen.iter().map(|p| p.score).sum::<f64>() - pen * missing as f64;
        if best.is_none_or(|b| obj > b + 1e-12) {
            best = Some(obj);
        }
    }
    best
}

fn day(offset: i64) -> Date {
    // 2025-03-03 is a Monday.
    Date::from_ymd(2025, 3, 3)
        .map(|d| d.plus_days(offset))
        .unwrap_or_else(|| unreachable!())
}

/// No span or one, of up to `longest + 1` days, inside `horizon` days.
fn spans(r: &mut Rng, horizon: i64, longest: i64) -> Vec<Span> {
    (0..r.range(0, 1))
        .map(|_| {
            let s = r.range(0, horizon - 1);
            Span {
                start: day(s),
                end: day(s + r.range(0, longest)),
            }
        })
        .collect()
}

/// A random small visit instance: `cities` cities, `visits` visits over `horizon` days.
pub fn visits(seed: u64, cities: i64, count: i64, horizon: i64) -> visits::Instance {
    let mut r = Rng(seed);
    let city_list: Vec<City> = (0..cities)
        .map(|i| City {
            id: format!("c{i}"),
            unavailable: spans(&mut r, horizon, 4),
            no_travel: spans(&mut r, horizon, 6),
            no_hosting: spans(&mut r, horizon, 6),
            host_capacity: r.range(1, 2),
        })
        .collect();
    let mut list: Vec<Visit> = Vec::new();
    for i in 0..count {
        let g = r.range(0, cities - 1);
        let h = (g + r.range(1, cities - 1)) % cities;
        let lo = r.range(0, horizon - 1);
        let hi = (lo + r.range(2, 20)).min(horizon - 1);
        let after = (i > 0 && r.chance(30)).then(|| After {
            visit: format!("v{}", r.range(0, i - 1)),
            min_gap_days: r.range(0, 5),
        });
        let fixed_start = r.chance(10).then(|| day(r.range(lo, hi)));
        list.push(Visit {
            id: format!("v{i}"),
            guest: format!("c{g}"),
            host: format!("c{h}"),
            days: r.range(1, 3),
            window: Some(Span {
                start: day(lo),
                end: day(hi),
            }),
            preferred_start: r.chance(80).then(|| day(r.range(lo, hi))),
            fixed_start,
            after,
        });
    }
    visits::Instance {
        format: visits::FORMAT.into(),
        name: format!("random-{seed}"),
        horizon: Span {
            start: day(0),
            end: day(horizon - 1),
        },
        workdays: ["Mon", "Tue", "Wed", "Thu", "Fri"]
            .map(String::from)
            .to_vec(),
        blackouts: if r.chance(50) {
            let s = r.range(0, horizon - 1);
            vec![Blackout {
                start: day(s),
                end: day(s + 1),
                label: "closure".into(),
            }]
        } else {
            Vec::new()
        },
        cities: city_list,
        visits: list,
    }
}

/// Most confirmed (fixed) visits scheduled, then most visits, then least deviation, by
/// trying every start of every visit.
pub fn brute_visits(inst: &visits::Instance) -> (usize, usize, i64) {
    let mut best = (0usize, 0usize, i64::MAX);
    let n = inst.visits.len();
    let options: Vec<Vec<Option<i64>>> = inst
        .visits
        .iter()
        .map(|v| {
            let w = v.window.unwrap_or(inst.horizon);
            let lo = inst.horizon.start.days_until(w.start);
            let hi = inst.horizon.start.days_until(w.end);
            std::iter::once(None).chain((lo..=hi).map(Some)).collect()
        })
        .collect();
    let mut pick = vec![0usize; n];
    loop {
        let sol = schedule_of(inst, &options, &pick);
        let (_, err) = super::check_visits(inst, &sol);
        if err.iter().all(|e| e.starts_with("objective")) {
            let (obj, _) = super::check_visits(inst, &sol);
            let key = (fixed_count(inst, &sol), sol.visits.len(), obj);
            if (key.0, key.1, -key.2) > (best.0, best.1, -best.2) {
                best = key;
            }
        }
        // Next combination, odometer style.
        let mut k = 0;
        loop {
            if k == n {
                return best;
            }
            pick[k] += 1;
            if pick[k] < options[k].len() {
                break;
            }
            pick[k] = 0;
            k += 1;
        }
    }
}

fn schedule_of(
    inst: &visits::Instance,
    options: &[Vec<Option<i64>>],
    pick: &[usize],
) -> visits::Solution {
    let mut placed = Vec::new();
    let mut unscheduled = Vec::new();
    for (k, v) in inst.visits.iter().enumerate() {
        match options[k][pick[k]] {
            Some(s) => placed.push(visits::Scheduled {
                id: v.id.clone(),
                start: inst.horizon.start.plus_days(s),
                end: inst.horizon.start.plus_days(s + v.days - 1),
            }),
            // Brute force gives no reason: only what is placed is compared.
            None => unscheduled.push(visits::Unscheduled {
                id: v.id.clone(),
                reason: String::new(),
                cause: visits::Cause::ConflictsWithScheduled { with: Vec::new() },
            }),
        }
    }
    visits::Solution {
        status: visits::Status::Optimal,
        objective: 0,
        bound: 0,
        visits: placed,
        unscheduled,
        seconds: 0.0,
        components: 0,
        milp_components: 0,
    }
}

/// Scheduled visits that have a fixed start.
pub fn fixed_count(inst: &visits::Instance, sol: &visits::Solution) -> usize {
    sol.visits
        .iter()
        .filter(|p| {
            inst.visits
                .iter()
                .any(|v| v.id == p.id && v.fixed_start.is_some())
        })
        .count()
}
