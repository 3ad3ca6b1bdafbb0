//! One optimisation of a matching: choose the path (flow, generalised assignment or
//! MILP), run it, and turn an infeasible answer into a reason.

use std::time::Instant;

use super::problem::Problem;
use super::residual::{Residual, residual};
use super::solution::{Method, Status};
use super::{flow, gap, milp};
use crate::SolveError;
use crate::mip::MipStatus;

/// What one optimisation found; `chosen` includes the fixed pairs.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub status: Status,
    pub chosen: Vec<usize>,
    /// Proven bound of the objective with the instance's scores (when `weight` was them).
    pub bound: Option<f64>,
    pub method: Method,
    pub reason: Option<String>,
}

/// Which pairs may be chosen, what each is worth, and what a missing match costs
/// (None: every demand must be met).
pub(crate) struct Goal<'g> {
    pub keep: &'g dyn Fn(usize) -> bool,
    pub weight: &'g [f64],
    pub miss: Option<f64>,
    pub deadline: Option<Instant>,
}

impl Run {
    fn infeasible(method: Method, reason: String) -> Run {
        Run {
            status: Status::Infeasible,
            chosen: Vec::new(),
            bound: None,
            method,
            reason: Some(reason),
        }
    }
}

/// Maximises the goal over the instance's rules.
pub(crate) fn optimise(problem: &Problem, goal: &Goal) -> Result<Run, SolveError> {
    let rest = match residual(problem, goal.keep, goal.miss.is_none()) {
        Ok(rest) => rest,
        Err(reason) => return Ok(Run::infeasible(Method::Precheck, reason)),
    };
    let with_fixed = |mut chosen: Vec<usize>| {
        chosen.extend_from_slice(&rest.fixed);
        chosen.sort_unstable();
        chosen
    };
    let mut values: Vec<f64> = rest.free.iter().map(|&p| goal.weight[p]).collect();
    values.extend(goal.miss);
    let scale = flow::scale(&values, rest.free.len());
    let Some(shape) = flow::shape(problem, &rest) else {
        if gap::applies(problem, &rest)
            && let Ok(scale) = scale
        {
            return gap_path(problem, goal, rest, scale);
        }
        // The MILP needs no integer costs: without an exact scale, HiGHS's default gap.
        return milp_path(problem, goal, rest, scale.map_or(1e-6, |s| 0.5 / s));
    };
    let scale = scale?;
    let mut cost = vec![0i64; problem.score.len()];
    for &p in &rest.free {
        cost[p] = -(goal.weight[p] * scale).round() as i64;
    }
    let miss = goal.miss.map(|m| (m * scale).round() as i64);
    Ok(match flow::solve(problem, &rest, &shape, &cost, miss)? {
        Some(chosen) => Run {
            status: Status::Optimal,
            bound: None,
            chosen: with_fixed(chosen),
            method: Method::Flow,
            reason: None,
        },
        None => Run::infeasible(Method::Flow, diagnose(problem, goal, &rest)?),
    })
}

/// Generalised assignment: the Lagrangian branch-and-bound of `gap`, exact.
fn gap_path(problem: &Problem, goal: &Goal, rest: Residual, scale: f64) -> Result<Run, SolveError> {
    let out = gap::solve(problem, &rest, goal.weight, goal.miss, scale, goal.deadline);
    conclude(
        problem,
        goal,
        &rest,
        Method::Lagrangian,
        out.status,
        out.chosen,
        out.bound,
    )
}

/// The MILP on HiGHS, for what neither a network nor a generalised assignment is.
fn milp_path(problem: &Problem, goal: &Goal, rest: Residual, gap: f64) -> Result<Run, SolveError> {
    let limit = goal
        .deadline
        .map(|d| d.saturating_duration_since(Instant::now()));
    let out = milp::solve(problem, &rest, goal.weight, goal.miss, gap, limit)?;
    conclude(
        problem,
        goal,
        &rest,
        Method::Milp,
        out.status,
        out.chosen,
        out.bound,
    )
}

/// A run from how a search of the free pairs ended, with the fixed pairs added back.
fn conclude(
    problem: &Problem,
    goal: &Goal,
    rest: &Residual,
    method: Method,
    status: MipStatus,
    mut chosen: Vec<usize>,
    free_bound: f64,
) -> Result<Run, SolveError> {
    chosen.extend_from_slice(&rest.fixed);
    chosen.sort_unstable();
    let fixed_weight: f64 = rest.fixed.iter().map(|&p| goal.weight[p]).sum();
    // HiGHS may stop before its first LP (it reports an infinite bound then): a bound
    // that ignores capacities always holds.
    let bound = Some((free_bound + fixed_weight).min(capacity_free_bound(problem, goal, rest)));
    Ok(match status {
        MipStatus::Optimal => Run {
            status: Status::Optimal,
            chosen,
            bound: None,
            method,
            reason: None,
        },
        MipStatus::Stopped => Run {
            status: Status::Feasible,
            chosen,
            bound,
            method,
            reason: None,
        },
        MipStatus::NoSolution => Run {
            status: Status::Unknown,
            chosen: Vec::new(),
            bound,
            method,
            reason: Some("the time limit ended the search before a first solution".into()),
        },
        MipStatus::Infeasible => Run::infeasible(method, diagnose(problem, goal, rest)?),
    })
}

/// Each twin takes its best pairs (score + penalty, when positive) as if mentors had no
/// capacity: a valid bound of the objective.
fn capacity_free_bound(problem: &Problem, goal: &Goal, rest: &Residual) -> f64 {
    let bonus = goal.miss.unwrap_or(0.0);
    let mut gains: Vec<Vec<f64>> = vec![Vec::new(); rest.demand.len()];
    for &p in &rest.free {
        gains[problem.pair_twin[p]].push(goal.weight[p] + bonus);
    }
    let mut total: f64 = rest.fixed.iter().map(|&p| goal.weight[p]).sum();
    for (t, mut g) in gains.into_iter().enumerate() {
        g.sort_by(|a, b| b.total_cmp(a));
        let take = rest.demand[t] as usize;
        // Without missing matches every demand is met, so negative gains count too.
        total += g
            .iter()
            .take(take)
            .filter(|&&x| goal.miss.is_none() || x > 0.0)
            .sum::<f64>();
        total -= bonus * take as f64;
    }
    total
}

/// Why every demand cannot be met: the most matches that fit, and twins left short.
fn diagnose(problem: &Problem, goal: &Goal, rest: &Residual) -> Result<String, SolveError> {
    let ones = vec![1.0; problem.score.len()];
    let relaxed = Goal {
        keep: goal.keep,
        weight: &ones,
        miss: Some(0.0),
        deadline: goal.deadline,
    };
    let best = optimise(problem, &relaxed)?;
    let need: i64 = rest.demand.iter().sum::<i64>() + rest.fixed.len() as i64;
    let got = problem.matches_per_twin(&best.chosen);
    let short: Vec<&str> = (0..got.len())
        .filter(|&t| got[t] < problem.demand[t])
        .map(|t| problem.twin_id(t))
        .collect();
    let shown = short
        .iter()
        .take(10)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let more = if short.len() > 10 {
        format!(" and {} more", short.len() - 10)
    } else {
        String::new()
    };
    Ok(format!(
        "mentor capacities and groups let at most {} of the {need} required matches be made together; \
         twins left short in such a best attempt: {shown}{more}",
        best.chosen.len()
    ))
}
