//! The exact min-cost-flow path, for instances whose rules form a network.
//!
//! Network: twin -> (group of its mentor ->) mentor -> sink. A twin sends its demand;
//! each pair arc carries at most 1 (distinct mentors), a group arc at most the group's
//! max, a mentor arc at most its capacity; with `allow_unmatched` a twin may send
//! straight to the sink at the penalty. Costs are integers (scaled scores), so the
//! network simplex is exact.

use rs_graph::mcf::{NetworkSimplex, SolutionState};
use rs_graph::traits::{FiniteGraph, IndexGraph};
use rs_graph::{Buildable, Builder, Net};

use super::problem::Problem;
use super::residual::Residual;
use crate::SolveError;

/// For each free pair, the group node it passes through (an index into the kept
/// groups), or None; `None` overall when the instance is not a network.
pub(crate) struct Shape {
    /// Groups (indices into `Problem::groups`) that can bind, each becoming a node.
    pub groups: Vec<usize>,
    /// Per pair index: position in `groups`, or usize::MAX.
    pub via: Vec<usize>,
}

/// Whether the free part is a network: unit loads, and the binding groups of each
/// mentor disjoint (such as "one twin per country per mentor").
pub(crate) fn shape(problem: &Problem, residual: &Residual) -> Option<Shape> {
    if residual.free.iter().any(|&p| problem.load[p] != 1) {
        return None;
    }
    let mut is_free = vec![false; problem.score.len()];
    for &p in &residual.free {
        is_free[p] = true;
    }
    let mut via = vec![usize::MAX; problem.score.len()];
    let mut groups = Vec::new();
    for (g, group) in problem.groups.iter().enumerate() {
        let members = group.pairs.iter().filter(|&&p| is_free[p]).count() as i64;
        // A group that cannot bind is no rule at all; it needs no node.
        if members <= residual.group_max[g] {
            continue;
        }
        let node = groups.len();
        for &p in group.pairs.iter().filter(|&&p| is_free[p]) {
            if via[p] != usize::MAX {
                return None; // overlapping groups: not a network
            }
            via[p] = node;
        }
        groups.push(g);
    }
    Some(Shape { groups, via })
}

/// Solves the free part exactly. `cost[p]` is the integer cost of choosing free pair p
/// (lower is better), `miss` the integer cost of a missing match (None: not allowed).
/// Returns the chosen free pairs, or None when the demand cannot be routed.
pub(crate) fn solve(
    problem: &Problem,
    residual: &Residual,
    shape: &Shape,
    cost: &[i64],
    miss: Option<i64>,
) -> Result<Option<Vec<usize>>, SolveError> {
    let twins = residual.demand.len();
    let mentors = residual.capacity.len();
    let sink = twins + mentors;
    let first_group = sink + 1;
    // Shift every arc leaving a twin by the same constant so that all costs are >= 0:
    // each unit of demand leaves its twin once, so the shift changes every solution's
    // cost alike, and the simplex starts from the all-zero flow.
    let shift = residual
        .free
        .iter()
        .map(|&p| -cost[p])
        .chain(miss.map(|m| -m))
        .max()
        .unwrap_or(0)
        .max(0);
    let mut arcs: Vec<(usize, usize, i64, i64)> =
        Vec::with_capacity(residual.free.len() + twins + mentors);
    for &p in &residual.free {
        let head = match shape.via[p] {
            usize::MAX => twins + problem.pair_mentor[p],
            g => first_group + g,
        };
        arcs.push((problem.pair_twin[p], head, 1, cost[p] + shift));
    }
    for (g, &group) in shape.groups.iter().enumerate() {
        let mentor = twins + problem.groups[group].mentor;
        arcs.push((first_group + g, mentor, residual.group_max[group], 0));
    }
    for m in 0..mentors {
        arcs.push((twins + m, sink, residual.capacity[m], 0));
    }
    if let Some(miss) = miss {
        for t in 0..twins {
            if residual.demand[t] > 0 {
                arcs.push((t, sink, residual.demand[t], miss + shift));
            }
        }
    }
    let nodes = first_group + shape.groups.len();
    let graph = Net::new_with(|b| {
        b.reserve(nodes, arcs.len());
        let ids = b.add_nodes(nodes);
        for &(u, v, _, _) in &arcs {
            b.add_edge(ids[u], ids[v]);
        }
    });
    let mut simplex = NetworkSimplex::<_, i64>::new(&graph);
    for t in 0..twins {
        simplex.set_balance(graph.id2node(t), residual.demand[t]);
    }
    simplex.set_balance(graph.id2node(sink), -residual.demand.iter().sum::<i64>());
    for (e, &(_, _, upper, c)) in arcs.iter().enumerate() {
        let edge = graph.id2edge(e);
        simplex.set_upper(edge, upper);
        simplex.set_cost(edge, c);
    }
    debug_assert_eq!(graph.num_edges(), arcs.len());
    match simplex.solve() {
        SolutionState::Optimal => {}
        SolutionState::Infeasible => return Ok(None),
        state => return Err(SolveError::Flow(format!("network simplex ended {state:?}"))),
    }
    let chosen = residual
        .free
        .iter()
        .enumerate()
        .filter(|&(e, _)| simplex.flow(graph.id2edge(e)) > 0)
        .map(|(_, &p)| p)
        .collect();
    Ok(Some(chosen))
}

/// The power of ten that turns every value into an integer, and the integers.
///
/// Scores with up to 4 decimals (as FORMAT.md's generator writes them) scale by 10^4
/// exactly; other values get up to 10^9, as long as the sums stay far from overflow.
pub(crate) fn scale(values: &[f64], count: usize) -> Result<f64, SolveError> {
    let largest = values.iter().fold(1.0f64, |a, v| a.max(v.abs()));
    // Keep count * largest * scale below 2^62 so no path or total overflows i64.
    let ceiling = 4.0e18 / (largest * (count as f64 + 1.0));
    let mut factor = 1.0;
    for _ in 0..=9 {
        if factor > ceiling {
            break;
        }
        if values.iter().all(|v| {
            let x = v * factor;
            (x - x.round()).abs() <= 1e-6 * x.abs().max(1.0) * 1e-3
        }) {
            return Ok(factor);
        }
        factor *= 10.0;
    }
    let factor = factor / 10.0;
    if factor < 1.0 {
        return Err(SolveError::Scale(format!(
            "largest value {largest} over {count} pairs"
        )));
    }
    Ok(factor)
}
