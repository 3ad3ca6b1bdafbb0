//! The rules of `bench/check.py`, in Rust: every result a test sees must break none,
//! and report the objective it claims. Plus small random instances and brute force.

#![allow(dead_code)] // each test file uses a part

use std::collections::{HashMap, HashSet};

use twinning_solver::Date;
use twinning_solver::matching;
use twinning_solver::visits;

/// check.py `check_match`: broken rules, and the objective recomputed.
pub fn check_match(inst: &matching::Instance, res: &matching::Solution) -> (f64, Vec<String>) {
    let mut err = Vec::new();
    if !matches!(
        res.status,
        matching::Status::Optimal | matching::Status::Feasible
    ) {
        return (f64::NAN, err); // as check.py: nothing to check
    }
    let pairs: HashMap<(&str, &str), &matching::Pair> = inst
        .pairs
        .iter()
        .map(|p| ((p.twin.as_str(), p.mentor.as_str()), p))
        .collect();
    let chosen: Vec<(&str, &str)> = res
        .assignment
        .iter()
        .map(|a| (a.twin.as_str(), a.mentor.as_str()))
        .collect();
    let set: HashSet<(&str, &str)> = chosen.iter().copied().collect();
    if set.len() < chosen.len() {
        err.push("a pair is chosen twice".to_string());
    }
    for c in &chosen {
        if !pairs.contains_key(c) {
            err.push(format!("pair {c:?} is not allowed"));
        }
    }
    for f in &inst.forbidden {
        if set.contains(&(f.twin.as_str(), f.mentor.as_str())) {
            err.push(format!("forbidden pair {}/{} chosen", f.twin, f.mentor));
        }
    }
    for f in &inst.fixed {
        if !set.contains(&(f.twin.as_str(), f.mentor.as_str())) {
            err.push(format!("fixed pair {}/{} missing", f.twin, f.mentor));
        }
    }
    let mut got: HashMap<&str, i64> = HashMap::new();
    let mut load: HashMap<&str, i64> = HashMap::new();
    let mut obj = 0.0;
    for c in chosen.iter().filter(|c| pairs.contains_key(*c)) {
        *got.entry(c.0).or_default() += 1;
        *load.entry(c.1).or_default() += pairs[c].load;
        obj += pairs[c].score;
    }
    for m in &inst.mentors {
        let l = load.get(m.id.as_str()).copied().unwrap_or(0);
        if l > m.capacity {
            err.push(format!(
                "mentor {} carries {l} > capacity {}",
                m.id, m.capacity
            ));
        }
    }
    let mut missing = 0;
    let mut short = Vec::new();
    for t in &inst.twins {
        let g = got.get(t.id.as_str()).copied().unwrap_or(0);
        if g > t.demand || (g < t.demand && !inst.allow_unmatched) {
            err.push(format!(
                "twin {} has {g} mentors, demand {}",
                t.id, t.demand
            ));
        }
        if g < t.demand {
            missing += t.demand - g;
            short.push(t.id.clone());
        }
    }
    for g in &inst.groups {
        let n = g
            .twins
            .iter()
            .filter(|t| set.contains(&(t.as_str(), g.mentor.as_str())))
            .count() as i64;
        if n > g.max {
            err.push(format!(
                "group '{}' of {} has {n} > {}",
                g.label, g.mentor, g.max
            ));
        }
    }
    let pen = if inst.allow_unmatched {
        inst.unmatched_penalty
    } else {
        0.0
    };
    obj -= pen * missing as f64;
    let mut listed = res.unmatched.clone();
    listed.sort();
    short.sort();
    if listed != short {
        err.push("'unmatched' does not list the twins short of their demand".to_string());
    }
    if let Some(reported) = res.objective
        && (obj - reported).abs() > 1e-6 * obj.abs().max(1.0)
    {
        err.push(format!("objective {reported} reported, {obj} recomputed"));
    }
    (obj, err)
}

fn span(a: Date, b: Date) -> Vec<Date> {
    (0..=a.days_until(b)).map(|i| a.plus_days(i)).collect()
}

/// check.py `check_visits`: broken rules, and the objective recomputed.
pub fn check_visits(inst: &visits::Instance, res: &visits::Solution) -> (i64, Vec<String>) {
    use chrono::Datelike;
    let mut err = Vec::new();
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let wd: HashSet<usize> = inst
        .workdays
        .iter()
        .filter_map(|w| names.iter().position(|n| n == w))
        .collect();
    let black: HashSet<Date> = inst
        .blackouts
        .iter()
        .flat_map(|b| span(b.start, b.end))
        .collect();
    let cities: HashMap<&str, &visits::City> =
        inst.cities.iter().map(|c| (c.id.as_str(), c)).collect();
    // Days each city cannot travel, and cannot host.
    let days_of = |extra: fn(&visits::City) -> &Vec<visits::Span>| -> HashMap<&str, HashSet<Date>> {
        inst.cities
            .iter()
            .map(|c| {
                (
                    c.id.as_str(),
                    c.unavailable
                        .iter()
                        .chain(extra(c))
                        .flat_map(|u| span(u.start, u.end))
                        .collect(),
                )
            })
            .collect()
    };
    let no_travel = days_of(|c| &c.no_travel);
    let no_hosting = days_of(|c| &c.no_hosting);
    let by_id: HashMap<&str, &visits::Visit> =
        inst.visits.iter().map(|v| (v.id.as_str(), v)).collect();
    let placed: HashMap<&str, &visits::Scheduled> =
        res.visits.iter().map(|p| (p.id.as_str(), p)).collect();
    let unsched: HashSet<&str> = res.unscheduled.iter().map(|u| u.id.as_str()).collect();
    let all: HashSet<&str> = by_id.keys().copied().collect();
    let either: HashSet<&str> = placed.keys().chain(unsched.iter()).copied().collect();
    if either != all
        || placed.keys().any(|k| unsched.contains(k))
        || placed.len() != res.visits.len()
    {
        err.push("every visit must be either scheduled or unscheduled, once".to_string());
    }
    let mut host: HashMap<(&str, Date), i64> = HashMap::new();
    let mut guest: HashMap<(&str, Date), i64> = HashMap::new();
    let mut obj = 0;
    for (vid, p) in &placed {
        let v = by_id[vid];
        let days: Vec<Date> = span(p.start, p.end)
            .into_iter()
            .filter(|d| wd.contains(&(d.0.weekday().num_days_from_monday() as usize)))
            .collect();
        let whole = p.start.days_until(p.end) + 1;
        if whole != v.days || days.len() as i64 != v.days {
            err.push(format!(
                "{vid}: {}..{} is not {} consecutive workdays",
                p.start, p.end, v.days
            ));
        }
        let w = v.window.unwrap_or(inst.horizon);
        for (a, b) in [(w.start, w.end), (inst.horizon.start, inst.horizon.end)] {
            if !(a <= p.start && p.end <= b) {
                err.push(format!("{vid}: outside {a}..{b}"));
            }
        }
        if days.iter().any(|d| {
            black.contains(d)
                || no_travel[v.guest.as_str()].contains(d)
                || no_hosting[v.host.as_str()].contains(d)
        }) {
            err.push(format!("{vid}: falls on blackout/unavailable day"));
        }
        for d in &days {
            *host.entry((v.host.as_str(), *d)).or_default() += 1;
            *guest.entry((v.guest.as_str(), *d)).or_default() += 1;
        }
        if let Some(a) = &v.after
            && let Some(q) = placed.get(a.visit.as_str())
        {
            let gap = q.end.days_until(p.start);
            if gap < a.min_gap_days {
                err.push(format!(
                    "{vid}: starts {gap} days after {} ends, needs {}",
                    a.visit, a.min_gap_days
                ));
            }
        }
        if let Some(f) = v.fixed_start
            && p.start != f
        {
            err.push(format!("{vid}: fixed to start {f}, starts {}", p.start));
        }
        if let Some(pref) = v.preferred_start {
            obj += pref.days_until(p.start).abs();
        }
    }
    for ((c, d), n) in &host {
        if *n > cities[c].host_capacity {
            err.push(format!("{c} hosts {n} visits on {d}"));
        }
        if guest.get(&(*c, *d)).copied().unwrap_or(0) > 0 {
            err.push(format!("{c} is guest and host on {d}"));
        }
    }
    for ((c, d), n) in &guest {
        if *n > 1 {
            err.push(format!("{c} is a guest twice on {d}"));
        }
    }
    if obj != res.objective {
        err.push(format!(
            "objective {} reported, {obj} recomputed",
            res.objective
        ));
    }
    (obj, err)
}

/// A small deterministic random source (splitmix64), so proptest only picks seeds.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in lo..=hi.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}
#[path = "random.rs"]
pub mod random;
