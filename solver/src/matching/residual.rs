//! Fixed pairs taken up front, the pairs left free, and the infeasibility a manager can
//! see without solving anything.

use super::problem::Problem;

/// What is left to decide once the fixed pairs are placed.
#[derive(Debug, Clone)]
pub(crate) struct Residual {
    /// Fixed pairs, chosen whatever the model says.
    pub fixed: Vec<usize>,
    /// Demand left per twin.
    pub demand: Vec<i64>,
    /// Capacity left per mentor.
    pub capacity: Vec<i64>,
    /// `max` left per group (same order as `Problem::groups`).
    pub group_max: Vec<i64>,
    /// Pairs the model may choose: allowed, not forbidden, not fixed, fitting.
    pub free: Vec<usize>,
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let all: Vec<&str> = items.collect();
    let shown = all.iter().take(10).copied().collect::<Vec<_>>().join(", ");
    if all.len() > 10 {
        format!("{shown} and {} more", all.len() - 10)
    } else {
        shown
    }
}

/// Places the fixed pairs and keeps the free pairs that pass `keep`; `Err` is the reason
/// the instance is infeasible (counting checks only when `every_demand` must be met).
pub(crate) fn residual(
    problem: &Problem,
    keep: &dyn Fn(usize) -> bool,
    every_demand: bool,
) -> Result<Residual, String> {
    let inst = problem.instance;
    let mut demand = problem.demand.clone();
    let mut capacity = problem.capacity.clone();
    let mut group_max: Vec<i64> = problem.groups.iter().map(|g| g.max).collect();
    let mut is_fixed = vec![false; problem.score.len()];
    let mut fixed = Vec::new();
    for &(i, pair) in &problem.fixed {
        let r = &inst.fixed[i];
        let Some(p) = pair else {
            return Err(format!(
                "fixed pair {}/{} is not among the allowed pairs",
                r.twin, r.mentor
            ));
        };
        if problem.forbidden[p] {
            return Err(format!(
                "pair {}/{} is both fixed and forbidden",
                r.twin, r.mentor
            ));
        }
        if !is_fixed[p] {
            is_fixed[p] = true;
            fixed.push(p);
            demand[problem.pair_twin[p]] -= 1;
            capacity[problem.pair_mentor[p]] -= problem.load[p];
        }
    }
    for (t, &d) in demand.iter().enumerate() {
        if d < 0 {
            return Err(format!(
                "twin {} has {} fixed pairs but demand {}",
                problem.twin_id(t),
                problem.demand[t] - d,
                problem.demand[t]
            ));
        }
    }
    for (m, &c) in capacity.iter().enumerate() {
        if c < 0 {
            return Err(format!(
                "fixed pairs of mentor {} carry {} but its capacity is {}",
                problem.mentor_id(m),
                problem.capacity[m] - c,
                problem.capacity[m]
            ));
        }
    }
    for (g, group) in problem.groups.iter().enumerate() {
        let taken = group.pairs.iter().filter(|&&p| is_fixed[p]).count() as i64;
        group_max[g] -= taken;
        if group_max[g] < 0 {
            return Err(format!(
                "group {} needs {taken} (fixed pairs) but allows {}",
                problem.group_name(group),
                group.max
            ));
        }
    }
    let free: Vec<usize> = (0..problem.score.len())
        .filter(|&p| {
            !is_fixed[p]
                && !problem.forbidden[p]
                && demand[problem.pair_twin[p]] > 0
                && problem.load[p] <= capacity[problem.pair_mentor[p]]
                && keep(p)
        })
        .collect();
    let residual = Residual {
        fixed,
        demand,
        capacity,
        group_max,
        free,
    };
    if every_demand {
        residual.precheck(problem)?;
    }
    Ok(residual)
}

impl Residual {
    /// Reasons found by counting, when every twin must get its demand.
    fn precheck(&self, problem: &Problem) -> Result<(), String> {
        let mut options = vec![0i64; self.demand.len()];
        for &p in &self.free {
            options[problem.pair_twin[p]] += 1;
        }
        let short: Vec<usize> = (0..self.demand.len())
            .filter(|&t| options[t] < self.demand[t])
            .collect();
        if let [t] = short[..] {
            return Err(if options[t] == 0 {
                format!("twin {} has no allowed pair", problem.twin_id(t))
            } else {
                format!(
                    "twin {} has {} allowed pairs for a demand of {}",
                    problem.twin_id(t),
                    options[t],
                    self.demand[t]
                )
            });
        }
        if !short.is_empty() {
            return Err(format!(
                "{} twins have fewer allowed pairs than their demand: {}",
                short.len(),
                names(short.iter().map(|&t| problem.twin_id(t)))
            ));
        }
        if self.free.iter().all(|&p| problem.load[p] >= 1) {
            let need: i64 = problem.demand.iter().sum();
            let have: i64 = problem.capacity.iter().sum();
            if need > have {
                return Err(format!("total demand {need} exceeds total capacity {have}"));
            }
        }
        // Twins with exactly as many options as demand must take all of them.
        let mut forced = vec![false; problem.score.len()];
        let mut forced_load = vec![0i64; self.capacity.len()];
        for &p in &self.free {
            if options[problem.pair_twin[p]] == self.demand[problem.pair_twin[p]] {
                forced[p] = true;
                forced_load[problem.pair_mentor[p]] += problem.load[p];
            }
        }
        for (m, &l) in forced_load.iter().enumerate() {
            if l > self.capacity[m] {
                let twins = self
                    .free
                    .iter()
                    .filter(|&&p| forced[p] && problem.pair_mentor[p] == m);
                return Err(format!(
                    "mentor {} is the only allowed mentor left for twins {}, which need {l} but its capacity is {}",
                    problem.mentor_id(m),
                    names(twins.map(|&p| problem.twin_id(problem.pair_twin[p]))),
                    problem.capacity[m]
                ));
            }
        }
        for (g, group) in problem.groups.iter().enumerate() {
            let need: Vec<usize> = group.pairs.iter().copied().filter(|&p| forced[p]).collect();
            if need.len() as i64 > self.group_max[g] {
                return Err(format!(
                    "group {} needs {} but allows {} (twins {} have no other allowed mentor)",
                    problem.group_name(group),
                    need.len() as i64 + group.max - self.group_max[g],
                    group.max,
                    names(need.iter().map(|&p| problem.twin_id(problem.pair_twin[p])))
                ));
            }
        }
        Ok(())
    }
}
