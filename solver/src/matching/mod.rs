//! Matching twins with mentors: the instance and result formats, and the solver.
//!
//! [`solve`] takes the exact min-cost-flow path when the instance is a network (unit
//! loads, groups of a mentor that do not overlap, fixed and forbidden pairs, missing
//! matches at a penalty), an exact Lagrangian branch-and-bound when it is a generalised
//! assignment (loads against capacities, twins of demand 1, no groups; missing matches
//! at a penalty or not), and the MILP on good_lp + HiGHS otherwise.

mod explain;
mod flow;
mod gap;
mod instance;
mod milp;
mod problem;
mod residual;
mod run;
mod solution;

use std::time::{Duration, Instant};

pub use instance::{FORMAT, Group, Instance, Mentor, Pair, PairRef, Twin};
pub use solution::{Assignment, Method, Solution, Status, WhyNot, WhyNotReason};

use problem::Problem;
use run::{Goal, Run, optimise};

use crate::SolveError;

/// How to solve.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Stop the MILP after this long and return the best solution found, with its
    /// bound (status `feasible`). The flow path is exact and ignores it.
    pub time_limit: Option<Duration>,
    /// First maximise the lowest chosen score, then the total.
    pub fair: bool,
}

/// Finds the assignment of greatest objective; infeasible instances give a
/// [`Solution`] with status `infeasible` and a reason, not an error.
pub fn solve(instance: &Instance, options: &Options) -> Result<Solution, SolveError> {
    let clock = Instant::now();
    let problem = Problem::new(instance)?;
    let miss = instance.allow_unmatched.then_some(problem.penalty);
    let deadline = options.time_limit.map(|limit| clock + limit);
    let all = |_: usize| true;
    let plain = Goal {
        keep: &all,
        weight: &problem.score,
        miss,
        deadline,
    };
    let mut run = optimise(&problem, &plain)?;
    let mut min_score = None;
    if options.fair && matches!(run.status, Status::Optimal | Status::Feasible) {
        let (fair, lowest) = fairest(&problem, &run, miss, deadline)?;
        run = fair;
        min_score = lowest;
    }
    Ok(finish(&problem, run, min_score, clock))
}

/// The largest threshold such that pairs scoring at least it still make as many matches
/// as `plain`, then the best objective above it. Thresholds are tried by bisection over
/// the distinct scores, each test a max-cardinality solve.
fn fairest(
    problem: &Problem,
    plain: &Run,
    miss: Option<f64>,
    deadline: Option<Instant>,
) -> Result<(Run, Option<f64>), SolveError> {
    let lowest = |chosen: &[usize]| chosen.iter().map(|&p| problem.score[p]).reduce(f64::min);
    let Some(floor) = lowest(&plain.chosen) else {
        return Ok((plain.clone(), None));
    };
    // Fixed pairs are chosen whatever the threshold: no threshold above them helps.
    let ceiling = problem
        .fixed
        .iter()
        .filter_map(|&(_, p)| p.map(|p| problem.score[p]))
        .fold(f64::INFINITY, f64::min);
    let mut scores: Vec<f64> = problem
        .score
        .iter()
        .copied()
        .filter(|&s| s > floor && s <= ceiling)
        .collect();
    scores.sort_by(f64::total_cmp);
    scores.dedup();
    let target = plain.chosen.len();
    let ones = vec![1.0; problem.score.len()];
    let fits = |theta: f64| -> Result<bool, SolveError> {
        let keep = |p: usize| problem.score[p] >= theta;
        let goal = Goal {
            keep: &keep,
            weight: &ones,
            miss: miss.map(|_| 0.0),
            deadline,
        };
        let run = optimise(problem, &goal)?;
        Ok(run.status == Status::Optimal && run.chosen.len() >= target)
    };
    // Invariant: `floor` fits (the plain solution); scores[hi..] do not.
    let (mut lo, mut hi) = (0usize, scores.len());
    let mut best = floor;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if fits(scores[mid])? {
            best = scores[mid];
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let keep = |p: usize| problem.score[p] >= best;
    let goal = Goal {
        keep: &keep,
        weight: &problem.score,
        miss,
        deadline,
    };
    let run = optimise(problem, &goal)?;
    let min = lowest(&run.chosen);
    Ok((run, min))
}

fn finish(problem: &Problem, run: Run, min_score: Option<f64>, clock: Instant) -> Solution {
    let solved = matches!(run.status, Status::Optimal | Status::Feasible);
    let objective = solved.then(|| problem.objective(&run.chosen));
    let bound = match run.status {
        Status::Optimal => objective,
        Status::Feasible => run.bound.map(|b| b.max(objective.unwrap_or(b))),
        _ => None,
    };
    let assignment = run
        .chosen
        .iter()
        .map(|&p| Assignment {
            twin: problem.twin_id(problem.pair_twin[p]).to_string(),
            mentor: problem.mentor_id(problem.pair_mentor[p]).to_string(),
            score: problem.score[p],
        })
        .collect();
    let got = problem.matches_per_twin(&run.chosen);
    let unmatched = if solved {
        (0..got.len())
            .filter(|&t| got[t] < problem.demand[t])
            .map(|t| problem.twin_id(t).to_string())
            .collect()
    } else {
        Vec::new()
    };
    let why_not = if solved {
        explain::why_not(problem, &run.chosen)
    } else {
        Vec::new()
    };
    Solution {
        status: run.status,
        objective,
        bound,
        assignment,
        unmatched,
        seconds: clock.elapsed().as_secs_f64(),
        reason: run.reason,
        method: run.method,
        min_score,
        why_not,
    }
}
