//! The general path: a mixed-integer programme on good_lp + HiGHS, for what is neither a
//! network nor a generalised assignment (`gap`): groups that overlap, or loads other than
//! 1 with groups or with twins needing several mentors.

use std::time::Duration;

use good_lp::{Expression, ProblemVariables, SolverModel, Variable, variable};

use super::problem::Problem;
use super::residual::Residual;
use crate::SolveError;
use crate::mip::{self, MipStatus};

/// The end of a MILP run on the free pairs.
pub(crate) struct MilpOutcome {
    pub status: MipStatus,
    pub chosen: Vec<usize>,
    /// Best proven bound of sum(weight of chosen free pairs) - miss * missing.
    pub bound: f64,
}

/// Maximises the weight of the chosen free pairs minus `miss` per missing match
/// (`miss` None: every demand must be met), within `time_limit`.
pub(crate) fn solve(
    problem: &Problem,
    residual: &Residual,
    weight: &[f64],
    miss: Option<f64>,
    abs_gap: f64,
    time_limit: Option<Duration>,
) -> Result<MilpOutcome, SolveError> {
    let mut vars = ProblemVariables::new();
    let x: Vec<Variable> = residual
        .free
        .iter()
        .map(|_| vars.add(variable().binary()))
        .collect();
    let bonus = miss.unwrap_or(0.0);
    let mut objective = Expression::with_capacity(x.len());
    let twins = residual.demand.len();
    let mut per_twin = vec![Expression::default(); twins];
    let mut per_mentor = vec![Expression::default(); residual.capacity.len()];
    let mut column = vec![usize::MAX; problem.score.len()];
    for (k, &p) in residual.free.iter().enumerate() {
        column[p] = k;
        // A match also saves the penalty of its missing twin: score + penalty per pair.
        objective.add_mul(weight[p] + bonus, x[k]);
        per_twin[problem.pair_twin[p]].add_mul(1.0, x[k]);
        per_mentor[problem.pair_mentor[p]].add_mul(problem.load[p] as f64, x[k]);
    }
    let mut model = vars.maximise(objective).using(good_lp::highs);
    for (t, expr) in per_twin.into_iter().enumerate() {
        let demand = residual.demand[t] as f64;
        if miss.is_some() {
            model.add_constraint(expr.leq(demand));
        } else {
            model.add_constraint(expr.eq(demand));
        }
    }
    for (m, expr) in per_mentor.into_iter().enumerate() {
        model.add_constraint(expr.leq(residual.capacity[m] as f64));
    }
    for (g, group) in problem.groups.iter().enumerate() {
        let members: Vec<usize> = group
            .pairs
            .iter()
            .map(|&p| column[p])
            .filter(|&k| k != usize::MAX)
            .collect();
        if members.len() as i64 > residual.group_max[g] {
            let mut expr = Expression::with_capacity(members.len());
            for k in members {
                expr.add_mul(1.0, x[k]);
            }
            model.add_constraint(expr.leq(residual.group_max[g] as f64));
        }
    }
    // A greedy start gives HiGHS an incumbent at once (useful under a time limit).
    let start = miss.map(|_| greedy(problem, residual, weight, bonus, &column));
    let run = mip::run(model, time_limit, abs_gap, start.as_deref())?;
    let chosen = residual
        .free
        .iter()
        .enumerate()
        .filter(|&(k, _)| run.columns.get(k).is_some_and(|&v| v > 0.5))
        .map(|(_, &p)| p)
        .collect();
    let missing_all: f64 = residual.demand.iter().sum::<i64>() as f64 * bonus;
    Ok(MilpOutcome {
        status: run.status,
        chosen,
        bound: run.bound - missing_all,
    })
}

/// Best weight first while demand, capacity and groups allow; only used when missing
/// matches are allowed, since otherwise it may not be feasible.
fn greedy(
    problem: &Problem,
    residual: &Residual,
    weight: &[f64],
    bonus: f64,
    column: &[usize],
) -> Vec<f64> {
    let mut order: Vec<usize> = residual
        .free
        .iter()
        .copied()
        .filter(|&p| weight[p] + bonus > 0.0)
        .collect();
    order.sort_by(|&a, &b| weight[b].total_cmp(&weight[a]));
    let mut demand = residual.demand.clone();
    let mut capacity = residual.capacity.clone();
    let mut group_left = residual.group_max.clone();
    let mut groups_of: Vec<Vec<usize>> = vec![Vec::new(); problem.score.len()];
    for (g, group) in problem.groups.iter().enumerate() {
        for &p in &group.pairs {
            groups_of[p].push(g);
        }
    }
    let mut start = vec![0.0; residual.free.len()];
    for p in order {
        let (t, m) = (problem.pair_twin[p], problem.pair_mentor[p]);
        if demand[t] > 0
            && capacity[m] >= problem.load[p]
            && groups_of[p].iter().all(|&g| group_left[g] > 0)
        {
            demand[t] -= 1;
            capacity[m] -= problem.load[p];
            for &g in &groups_of[p] {
                group_left[g] -= 1;
            }
            start[column[p]] = 1.0;
        }
    }
    start
}
