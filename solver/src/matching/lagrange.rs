//! Lagrangian relaxation for generalised assignment: a bound, an incumbent, and the
//! pairs that bound proves out of (or into) every better solution.
//!
//! Relaxing "each twin gets its demand" leaves one knapsack per mentor. Its bound is
//! that of the strong (column) formulation, far tighter than the LP that HiGHS starts
//! from on GAP type D. With multipliers from subgradient descent and a good incumbent,
//! a pair whose bound when forced in (out) is below the incumbent can be fixed out
//! (in): the MILP that remains is smaller and tighter, and still holds an optimum.

use std::time::{Duration, Instant};

use super::problem::Problem;
use super::residual::Residual;

/// What the relaxation proved.
pub(crate) struct Reduction {
    /// Best feasible choice of free pairs found.
    pub incumbent: Vec<usize>,
    pub incumbent_value: f64,
    /// Lagrangian bound on the weight of the free pairs.
    pub bound: f64,
    /// Per pair index: Some(false) fixed out, Some(true) fixed in.
    pub fix: Vec<Option<bool>>,
}

/// Per mentor: its free pairs (items) with integer loads.
struct Knapsacks {
    items: Vec<Vec<usize>>,
}

/// Applies to the free part when every twin needs 0 or 1 mentor exactly, there are no
/// binding groups and the knapsack tables stay small.
pub(crate) fn applies(problem: &Problem, rest: &Residual) -> bool {
    problem.groups.is_empty()
        && rest.demand.iter().all(|&d| d <= 1)
        && rest.free.len() >= 2
        && rest.capacity.iter().all(|&c| c <= 100_000)
        // The fixing tables hold (items + 1) x (capacity + 1) values per mentor, twice.
        && rest
            .free
            .iter()
            .map(|&p| rest.capacity[problem.pair_mentor[p]] + 1)
            .sum::<i64>()
            <= 4_000_000
}

/// Runs subgradient descent for at most `budget`; None when no feasible assignment was
/// found to fix pairs against.
pub(crate) fn reduce(
    problem: &Problem,
    rest: &Residual,
    weight: &[f64],
    budget: Duration,
) -> Option<Reduction> {
    let clock = Instant::now();
    let twins = rest.demand.len();
    let mut knap = Knapsacks {
        items: vec![Vec::new(); rest.capacity.len()],
    };
    let mut by_twin: Vec<Vec<usize>> = vec![Vec::new(); twins];
    for &p in &rest.free {
        knap.items[problem.pair_mentor[p]].push(p);
        by_twin[problem.pair_twin[p]].push(p);
    }
    // Start from each twin's best weight: every reduced profit is <= 0, the bound trivial.
    let mut lambda: Vec<f64> = (0..twins)
        .map(|t| by_twin[t].iter().map(|&p| weight[p]).fold(0.0, f64::max))
        .collect();
    let mut best_lambda = lambda.clone();
    let mut best_bound = f64::INFINITY;
    let mut incumbent: Option<(f64, Vec<usize>)> = None;
    let mut theta = 2.0;
    let mut stall = 0;
    let mut iteration = 0;
    while clock.elapsed() < budget && theta > 1e-4 {
        iteration += 1;
        let (bound, picked) = relaxation(problem, rest, weight, &lambda, &knap);
        if bound < best_bound - 1e-9 {
            best_bound = bound;
            best_lambda.clone_from(&lambda);
            stall = 0;
        } else {
            stall += 1;
            if stall >= 20 {
                theta /= 2.0;
                stall = 0;
            }
        }
        if iteration % 5 == 1
            && let Some((value, chosen)) = repair(problem, rest, weight, &picked, &by_twin)
            && incumbent.as_ref().is_none_or(|(v, _)| value > *v)
        {
            incumbent = Some((value, chosen));
        }
        let mut count = vec![0i64; twins];
        for &p in &picked {
            count[problem.pair_twin[p]] += 1;
        }
        let g: Vec<f64> = (0..twins)
            .map(|t| (rest.demand[t] - count[t]) as f64)
            .collect();
        let norm: f64 = g.iter().map(|x| x * x).sum();
        if norm == 0.0 {
            break; // the relaxed solution is feasible: optimal
        }
        let target = incumbent
            .as_ref()
            .map_or(bound - 0.05 * bound.abs().max(1.0), |(v, _)| *v);
        if best_bound - target < 1e-9 {
            break; // the incumbent meets the bound
        }
        let step = theta * (bound - target).max(1e-9) / norm;
        for t in 0..twins {
            lambda[t] -= step * g[t];
        }
    }
    let (value, chosen) = incumbent?;
    let fix = fixings(
        problem,
        rest,
        weight,
        &best_lambda,
        &knap,
        best_bound,
        value,
    );
    Some(Reduction {
        incumbent: chosen,
        incumbent_value: value,
        bound: best_bound,
        fix,
    })
}

/// L(lambda) and the pairs its knapsacks pick.
fn relaxation(
    problem: &Problem,
    rest: &Residual,
    weight: &[f64],
    lambda: &[f64],
    knap: &Knapsacks,
) -> (f64, Vec<usize>) {
    let mut value: f64 = rest
        .demand
        .iter()
        .zip(lambda)
        .map(|(&d, &l)| d as f64 * l)
        .sum();
    let mut picked = Vec::new();
    for (m, items) in knap.items.iter().enumerate() {
        let profit: Vec<f64> = items
            .iter()
            .map(|&p| weight[p] - lambda[problem.pair_twin[p]])
            .collect();
        let (v, take) = knapsack(items, &profit, problem, rest.capacity[m]);
        value += v;
        picked.extend(take);
    }
    (value, picked)
}

/// 0-1 knapsack by dynamic programming over capacity; items of profit <= 0 are skipped.
fn knapsack(items: &[usize], profit: &[f64], problem: &Problem, cap: i64) -> (f64, Vec<usize>) {
    let cap = cap as usize;
    let useful: Vec<usize> = (0..items.len()).filter(|&i| profit[i] > 0.0).collect();
    let mut best = vec![0.0f64; cap + 1];
    let mut took = vec![false; useful.len() * (cap + 1)];
    for (k, &i) in useful.iter().enumerate() {
        let w = problem.load[items[i]] as usize;
        for c in (w..=cap).rev() {
            let v = best[c - w] + profit[i];
            if v > best[c] {
                best[c] = v;
                took[k * (cap + 1) + c] = true;
            }
        }
    }
    let mut take = Vec::new();
    let mut c = cap;
    for (k, &i) in useful.iter().enumerate().rev() {
        if took[k * (cap + 1) + c] {
            take.push(items[i]);
            c -= problem.load[items[i]] as usize;
        }
    }
    (best[cap], take)
}

/// A feasible assignment near the relaxed one: each twin keeps its best picked pair,
/// the rest go where they fit best, then single moves and swaps while they gain.
fn repair(
    problem: &Problem,
    rest: &Residual,
    weight: &[f64],
    picked: &[usize],
    by_twin: &[Vec<usize>],
) -> Option<(f64, Vec<usize>)> {
    let twins = rest.demand.len();
    let mut at: Vec<Option<usize>> = vec![None; twins];
    for &p in picked {
        let t = problem.pair_twin[p];
        if at[t].is_none_or(|q| weight[p] > weight[q]) {
            at[t] = Some(p);
        }
    }
    let mut left = rest.capacity.clone();
    for p in at.iter().flatten() {
        left[problem.pair_mentor[*p]] -= problem.load[*p];
    }
    // Twins without a pair: fewest fitting options first, recounted after each choice
    // while few are open (quadratic), counted once otherwise.
    let mut open: Vec<usize> = (0..twins)
        .filter(|&t| rest.demand[t] == 1 && at[t].is_none())
        .collect();
    let fits = |t: usize, left: &[i64]| {
        by_twin[t]
            .iter()
            .filter(|&&p| problem.load[p] <= left[problem.pair_mentor[p]])
            .count()
    };
    open.sort_by_key(|&t| std::cmp::Reverse(fits(t, &left)));
    while let Some(last) = open.pop() {
        let t = if open.len() < 500 {
            open.push(last);
            let (k, _) = open
                .iter()
                .enumerate()
                .min_by_key(|&(_, &t)| fits(t, &left))?;
            open.swap_remove(k)
        } else {
            last
        };
        let p = by_twin[t]
            .iter()
            .copied()
            .filter(|&p| problem.load[p] <= left[problem.pair_mentor[p]])
            .max_by(|&a, &b| weight[a].total_cmp(&weight[b]))?;
        at[t] = Some(p);
        left[problem.pair_mentor[p]] -= problem.load[p];
    }
    improve(problem, weight, by_twin, &mut at, &mut left);
    let chosen: Vec<usize> = at.iter().flatten().copied().collect();
    Some((chosen.iter().map(|&p| weight[p]).sum(), chosen))
}

/// Shift and swap moves until none gains.
fn improve(
    problem: &Problem,
    weight: &[f64],
    by_twin: &[Vec<usize>],
    at: &mut [Option<usize>],
    left: &mut [i64],
) {
    let pair_of = |t: usize, m: usize| {
        by_twin[t]
            .iter()
            .copied()
            .find(|&p| problem.pair_mentor[p] == m)
    };
    for _ in 0..50 {
        let mut better = false;
        for t in 0..at.len() {
            let Some(p) = at[t] else { continue };
            for &q in &by_twin[t] {
                let m = problem.pair_mentor[q];
                if weight[q] > weight[p] + 1e-12
                    && m != problem.pair_mentor[p]
                    && problem.load[q] <= left[m]
                {
                    left[problem.pair_mentor[p]] += problem.load[p];
                    left[m] -= problem.load[q];
                    at[t] = Some(q);
                    better = true;
                    break;
                }
            }
        }
        if at.len() <= 2000 {
            for a in 0..at.len() {
                for b in a + 1..at.len() {
                    let (Some(pa), Some(pb)) = (at[a], at[b]) else {
                        continue;
                    };
                    let (ma, mb) = (problem.pair_mentor[pa], problem.pair_mentor[pb]);
                    if ma == mb {
                        continue;
                    }
                    let (Some(qa), Some(qb)) = (pair_of(a, mb), pair_of(b, ma)) else {
                        continue;
                    };
                    let gain = weight[qa] + weight[qb] - weight[pa] - weight[pb];
                    let fits_a = left[mb] + problem.load[pb] >= problem.load[qa];
                    let fits_b = left[ma] + problem.load[pa] >= problem.load[qb];
                    if gain > 1e-12 && fits_a && fits_b {
                        left[ma] += problem.load[pa] - problem.load[qb];
                        left[mb] += problem.load[pb] - problem.load[qa];
                        at[a] = Some(qa);
                        at[b] = Some(qb);
                        better = true;
                    }
                }
            }
        }
        if !better {
            break;
        }
    }
}

/// Pairs that cannot be in (out of) any solution at least as good as `incumbent`:
/// the bound with the pair forced in (out) is below it.
fn fixings(
    problem: &Problem,
    rest: &Residual,
    weight: &[f64],
    lambda: &[f64],
    knap: &Knapsacks,
    bound: f64,
    incumbent: f64,
) -> Vec<Option<bool>> {
    let mut fix = vec![None; problem.score.len()];
    let slack = 1e-7 * incumbent.abs().max(1.0);
    for (m, items) in knap.items.iter().enumerate() {
        let cap = rest.capacity[m] as usize;
        let n = items.len();
        let profit: Vec<f64> = items
            .iter()
            .map(|&p| weight[p] - lambda[problem.pair_twin[p]])
            .collect();
        // prefix[i][c]: best of items < i within capacity c; suffix[i][c]: items >= i.
        let width = cap + 1;
        let mut prefix = vec![0.0f64; (n + 1) * width];
        for i in 0..n {
            let w = problem.load[items[i]] as usize;
            for c in 0..width {
                let mut v = prefix[i * width + c];
                if c >= w && profit[i] > 0.0 {
                    v = v.max(prefix[i * width + c - w] + profit[i]);
                }
                prefix[(i + 1) * width + c] = v;
            }
        }
        let mut suffix = vec![0.0f64; (n + 1) * width];
        for i in (0..n).rev() {
            let w = problem.load[items[i]] as usize;
            for c in 0..width {
                let mut v = suffix[(i + 1) * width + c];
                if c >= w && profit[i] > 0.0 {
                    v = v.max(suffix[(i + 1) * width + c - w] + profit[i]);
                }
                suffix[i * width + c] = v;
            }
        }
        let own = prefix[n * width + cap];
        for i in 0..n {
            let w = problem.load[items[i]] as usize;
            let split = |room: usize| {
                (0..=room)
                    .map(|c| prefix[i * width + c] + suffix[(i + 1) * width + room - c])
                    .fold(f64::NEG_INFINITY, f64::max)
            };
            let without = split(cap);
            let with = if w <= cap {
                split(cap - w) + profit[i]
            } else {
                f64::NEG_INFINITY
            };
            let p = items[i];
            if bound - own + with < incumbent - slack {
                fix[p] = Some(false);
            } else if bound - own + without < incumbent - slack {
                fix[p] = Some(true);
            }
        }
    }
    fix
}
