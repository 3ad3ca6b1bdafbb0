//! The "why not" of each twin: the best pair it did not get, and what stood in the way.

use super::problem::Problem;
use super::solution::{WhyNot, WhyNotReason};

/// One entry per twin that has an unchosen pair, in twin order.
pub(crate) fn why_not(problem: &Problem, chosen: &[usize]) -> Vec<WhyNot> {
    let pairs = problem.score.len();
    let mut is_chosen = vec![false; pairs];
    let mut load = vec![0i64; problem.capacity.len()];
    let mut got = vec![0i64; problem.demand.len()];
    let mut lowest = vec![f64::INFINITY; problem.demand.len()];
    for &p in chosen {
        is_chosen[p] = true;
        load[problem.pair_mentor[p]] += problem.load[p];
        let t = problem.pair_twin[p];
        got[t] += 1;
        lowest[t] = lowest[t].min(problem.score[p]);
    }
    let mut full_group: Vec<Option<usize>> = vec![None; pairs];
    for (g, group) in problem.groups.iter().enumerate() {
        let taken = group.pairs.iter().filter(|&&p| is_chosen[p]).count() as i64;
        if taken >= group.max {
            for &p in &group.pairs {
                full_group[p].get_or_insert(g);
            }
        }
    }
    let mut out = Vec::new();
    for (t, list) in problem.by_twin.iter().enumerate() {
        let best = list
            .iter()
            .copied()
            .filter(|&p| !is_chosen[p])
            .max_by(|&a, &b| {
                problem.score[a]
                    .total_cmp(&problem.score[b])
                    .then(b.cmp(&a))
            });
        let Some(p) = best else { continue };
        let m = problem.pair_mentor[p];
        let reason = if problem.forbidden[p] {
            WhyNotReason::Forbidden
        } else if load[m] + problem.load[p] > problem.capacity[m] {
            WhyNotReason::MentorFull
        } else if let Some(g) = full_group[p] {
            WhyNotReason::Group {
                group: problem.group_name(&problem.groups[g]),
            }
        } else if got[t] < problem.demand[t] {
            // Taking it fills a missing match: the penalty is saved, the score gained.
            WhyNotReason::Objective {
                loss: -(problem.score[p] + problem.penalty),
            }
        } else {
            WhyNotReason::Objective {
                loss: lowest[t] - problem.score[p],
            }
        };
        out.push(WhyNot {
            twin: problem.twin_id(t).to_string(),
            mentor: problem.mentor_id(m).to_string(),
            score: problem.score[p],
            reason,
        });
    }
    out
}
