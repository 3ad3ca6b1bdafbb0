//! The search: the root bound, a short plain search for an incumbent, then depth-first
//! runs against a falling target.
//!
//! A run with target T looks for a solution of value at least T and prunes every node
//! whose bound is below T (or below the incumbent + 1, once one is better). When a run
//! ends without such a solution, no solution reaches T: the proven bound drops to T - 1
//! and the next run tries a lower target, a step that should cost many times the run
//! before (often two units, more on fine scores, where runs hardly grow). A run that
//! finds one goes on as a plain branch-and-bound and ends with the optimum. Runs near
//! the bound are small and prune hard, so the proof costs little more than a proof with
//! the optimum known in advance. Under a deadline a run gets nine tenths of the time
//! left; when one does not end in it, the rest goes to a plain branch-and-bound from the
//! incumbent, which finds better solutions where the runs would only have raised the
//! bound.

use std::sync::atomic::Ordering;
use std::time::Instant;

use super::bound::{Dual, Pace};
use super::node::Node;
use super::worker::{Run, Shared, Worker};
use super::{Gap, NONE, heuristic, polish};
use crate::mip::MipStatus;

/// Subgradient steps at the root.
const ROOT_ITERATIONS: usize = 3000;
/// Nodes of the first, plain search for an incumbent under a deadline.
const PRIMAL_NODES: u64 = 1000;
/// A step between two targets should multiply the cost of a run by about this.
const STEP_GROWTH: f64 = 16.0;
/// Nodes that count as a small run, whatever its size (the first runs take a handful,
/// their ratios say little).
const SMALL_RUN: u64 = 50;
/// Most threads a search uses.
const MAX_WORKERS: usize = 8;

/// The answer of the search, in the scaled integer values of `Gap`.
pub(super) struct Found {
    pub status: MipStatus,
    /// The chosen pair (position in `Gap`) of each job.
    pub assignment: Vec<u32>,
    /// Proven upper bound of the optimum.
    pub bound: i64,
}

/// Solves the instance: optimal, infeasible, or the best found by the deadline.
pub(super) fn run(gap: &Gap, deadline: Option<Instant>) -> Found {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_WORKERS));
    solve(gap, deadline, None, workers)
}

/// The best solution of value at least `least`, on this thread: optimal when there is
/// one (`bound` is its value), infeasible when there is none.
pub(super) fn at_least(gap: &Gap, least: i64, deadline: Option<Instant>) -> Found {
    solve(gap, deadline, Some(least), 1)
}

fn solve(gap: &Gap, deadline: Option<Instant>, least: Option<i64>, workers: usize) -> Found {
    let shared = Shared::new(gap, workers, least.unwrap_or(i64::MIN));
    let found = |status: MipStatus, bound: i64| {
        let assignment = match (status, shared.take_incumbent()) {
            (MipStatus::Optimal | MipStatus::Stopped, Some((_, a))) => a,
            _ => Vec::new(),
        };
        Found {
            status,
            assignment,
            bound,
        }
    };
    let mut root = Node::root(gap);
    if !root.propagate(gap) {
        return found(MipStatus::Infeasible, i64::MIN);
    }
    if root.open == 0 {
        if least.is_some_and(|l| root.value < l) {
            return found(MipStatus::Infeasible, root.value);
        }
        shared.offer(root.value, &root.assigned);
        return found(MipStatus::Optimal, root.value);
    }
    let root_bound = match descend_root(&shared, &mut root, least, deadline) {
        Root::Bound(bound) => bound,
        Root::Solved(value) => return found(MipStatus::Optimal, value),
        Root::Below => return found(MipStatus::Infeasible, i64::MIN),
    };
    let mut upper = highest(root_bound);
    shared.set_ceiling(upper);
    // A deadline on the whole search (not on a search for something better than `least`,
    // as a polish asks): the incumbent counts, not only the proof.
    let improving = deadline.filter(|_| least.is_none());
    if improving.is_some() {
        // Under a deadline, an answer early: a short plain depth-first search for a good
        // incumbent. The runs below do not need one: they find the optimum when their
        // target reaches it.
        if let Run::Exhausted = shared.dive(&root, deadline, deadline, PRIMAL_NODES) {
            return match shared.best() {
                Some(value) => found(MipStatus::Optimal, value),
                None => found(MipStatus::Infeasible, i64::MIN),
            };
        }
    }
    // Any solution is worth at least every job's worst pair.
    let worst: i64 = gap
        .by_job
        .iter()
        .map(|pairs| {
            pairs
                .iter()
                .map(|&k| gap.value[k as usize])
                .min()
                .unwrap_or(0)
        })
        .sum();
    let lowest = worst.max(least.unwrap_or(i64::MIN));
    let mut target = upper;
    let mut step = 1i64;
    let mut previous = None;
    loop {
        if let Some(value) = shared.best() {
            if value >= upper {
                return found(MipStatus::Optimal, value);
            }
            target = target.max(value + 1);
        }
        target = target.max(lowest);
        shared.set_floor(target);
        shared.set_ceiling(upper);
        let started = Instant::now();
        // Under a deadline a run gets nine tenths of the time left, and the incumbent the
        // rest if the run does not end. A run that finds a solution reaching its target
        // is from then on a plain branch-and-bound from it, which both improves and
        // proves: it keeps all the time left (cut at nine tenths, it was started again
        // from the root, and D 20x100 stopped a unit short of its proof on hosts where it
        // needs 58 s in all). (Guessing that a run would not end is no help: the run that
        // finds the optimum is often the longest, and the one that proves it. A run that
        // does not end leaves less time to improve the incumbent: D 20x200 ends at -12390,
        // not -12376.)
        let until = improving.map(|d| started + d.saturating_duration_since(started) * 9 / 10);
        let before = shared.nodes.load(Ordering::Relaxed);
        match shared.dive(&root, until.or(deadline), deadline, u64::MAX) {
            Run::Exhausted => {
                if let Some(value) = shared.best().filter(|&v| v >= target) {
                    return found(MipStatus::Optimal, value);
                }
                upper = target - 1;
                if target <= lowest {
                    return found(MipStatus::Infeasible, upper);
                }
                // The next step should cost about `STEP_GROWTH` times this run: two units
                // when each unit multiplies the nodes by 3 to 4 (coarse scores), more when
                // the runs hardly grow (fine scores, gaps many units wide). A target one
                // below the optimum costs less than the run it saves: the run finds a
                // solution, goes on from it with the target one above it, and so proves
                // the level it skipped in the part of the tree it has not yet searched.
                // (D 20x100: the runs at -6219 and -6220 took 253,643 and 304,401 nodes;
                // one run at -6220 instead took 469,000 to 485,000.)
                let nodes = shared.nodes.load(Ordering::Relaxed) - before;
                if let Some(previous) = previous {
                    let grown = (nodes + SMALL_RUN) as f64 / (previous + SMALL_RUN) as f64;
                    let per_unit = grown.powf(1.0 / step as f64).max(1.0 + 1e-3);
                    let steps = STEP_GROWTH.ln() / per_unit.ln();
                    step = (steps.floor() as i64).clamp(1, 2 * step);
                }
                previous = Some(nodes);
                target = target.saturating_sub(step);
            }
            Run::Stopped(open) => {
                // What the run proved before it stopped: nothing it pruned reaches the
                // target, nothing it left open exceeds its estimate.
                let best = shared.best().unwrap_or(i64::MIN);
                let bound = upper.min(best.max(target - 1).max(highest(open)));
                // A run that found what it sought had all the time there was; any left goes
                // to the incumbent.
                return match improving.filter(|&d| Instant::now() < d) {
                    Some(d) => improve(&shared, &root, d, bound, found),
                    None => stopped(&shared, bound, found),
                };
            }
        }
    }
}

/// The rest of the time on the incumbent: polished (a fifth of the time at most), then
/// a plain branch-and-bound from it, which finds better solutions (each polished too) and
/// ends in a proof if it ends. `upper` is the bound proven so far.
fn improve(
    shared: &Shared,
    root: &Node,
    deadline: Instant,
    upper: i64,
    found: impl Fn(MipStatus, i64) -> Found,
) -> Found {
    let now = Instant::now();
    let until = now + deadline.saturating_duration_since(now) / 5;
    shared.with_incumbent(|value, assignment| {
        polish::polish(shared.gap, assignment, value, Some(until));
    });
    shared.polish_until(deadline);
    shared.set_floor(i64::MIN);
    shared.set_ceiling(upper);
    match shared.dive(root, Some(deadline), Some(deadline), u64::MAX) {
        Run::Exhausted => match shared.best() {
            Some(value) => found(MipStatus::Optimal, value),
            None => found(MipStatus::Infeasible, upper),
        },
        Run::Stopped(open) => {
            let bound = upper.min(shared.best().unwrap_or(i64::MIN).max(highest(open)));
            stopped(shared, bound, found)
        }
    }
}

/// The answer when the deadline stopped the search.
fn stopped(shared: &Shared, bound: i64, found: impl Fn(MipStatus, i64) -> Found) -> Found {
    let status = if shared.best().is_some() {
        MipStatus::Stopped
    } else {
        MipStatus::NoSolution
    };
    found(status, bound)
}

/// The largest integer value a bound allows (the sums carry rounding).
fn highest(bound: f64) -> i64 {
    (bound + 1e-7 + 1e-9 * bound.abs()).floor() as i64
}

/// How the root ended.
enum Root {
    /// Its relaxation is a feasible solution, of this value: the optimum.
    Solved(i64),
    /// Its bound is below the least value wanted.
    Below,
    Bound(f64),
}

/// The root's multipliers and bound, with the repair heuristic on the way.
fn descend_root(
    shared: &Shared,
    root: &mut Node,
    least: Option<i64>,
    deadline: Option<Instant>,
) -> Root {
    let gap = shared.gap;
    let mut worker = Worker::new(shared);
    // The first multipliers make every profit <= 0: the knapsacks take nothing, the
    // bound is the sum of the open jobs' multipliers (the others are assigned already),
    // and the repair is a greedy assignment.
    let open = root.lambda.iter().zip(&root.assigned);
    let mut bound = root.value as f64
        + open
            .filter(|&(_, &k)| k == NONE)
            .map(|(l, _)| l)
            .sum::<f64>();
    if let Some((value, assignment)) = heuristic::repair(gap, root, &[]) {
        shared.offer(value, &assignment);
    }
    let target = least.unwrap_or(i64::MIN);
    let mut pace = Pace::new(2.0, 20);
    let mut spent = 0;
    while spent < ROOT_ITERATIONS {
        // Polyak steps aim at what must be beaten, or below the bound before that is
        // known; until then the repair runs often, on the knapsacks' choices.
        let (aim, iterations) = match (shared.best(), least) {
            (Some(value), _) => ((value + 1).max(target) as f64, ROOT_ITERATIONS / 10),
            (None, Some(least)) => (least as f64, ROOT_ITERATIONS / 10),
            (None, None) => (bound - 0.05 * bound.abs().max(1.0), 10),
        };
        spent += iterations;
        let before = bound;
        match worker
            .bounder
            .descend(gap, root, shared.target(), aim, iterations, &mut pace)
        {
            Dual::Feasible(value, assignment) => {
                if value < target {
                    return Root::Below;
                }
                shared.offer(value, &assignment);
                return Root::Solved(value);
            }
            Dual::Below => {
                // Nothing below reaches the target: the incumbent, if good enough, is best.
                return match shared.best() {
                    Some(value) if value >= target => Root::Solved(value),
                    _ => Root::Below,
                };
            }
            Dual::Open(b) => bound = bound.min(b),
        }
        worker.repair(root);
        let settled = before - bound < 1e-5 * (1.0 + bound.abs());
        let late = deadline.is_some_and(|d| Instant::now() >= d);
        if pace.theta < 1e-4 || (settled && shared.best().is_some()) || late {
            break;
        }
    }
    Root::Bound(bound)
}
