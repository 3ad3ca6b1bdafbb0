//! The search: the root bound, then depth-first runs against a falling target.
//!
//! A run with target T looks for a solution of value at least T and prunes every node
//! whose bound is below T (or below the incumbent + 1, once one is better). When a run
//! ends without such a solution, no solution reaches T: the proven bound drops to T - 1
//! and the next run tries a lower target, its steps growing when runs keep failing. A
//! run that finds one goes on as a plain branch-and-bound and ends with the optimum. Runs
//! near the bound are small, so the incumbents are good from the first, and the proof
//! costs little more than the proof with the optimum known in advance.

use std::time::Instant;

use super::bound::{Bounder, Dual, Pace, below};
use super::node::Node;
use super::{Gap, NONE};
use super::{heuristic, polish};
use crate::mip::MipStatus;

/// Subgradient steps at the root, and per node.
const ROOT_ITERATIONS: usize = 3000;
const NODE_ITERATIONS: usize = 15;
/// Rounds of bound, fixing and propagation at one node before it branches.
const ROUNDS: usize = 5;
/// Nodes of the first, plain search for an incumbent when there is no deadline.
const PRIMAL_NODES: u64 = 1000;
/// Nodes between two runs of the repair heuristic.
const HEURISTIC_EVERY: u64 = 50;

/// The answer of the search, in the scaled integer values of `Gap`.
pub(super) struct Found {
    pub status: MipStatus,
    /// The chosen pair (position in `Gap`) of each job.
    pub assignment: Vec<u32>,
    /// Proven upper bound of the optimum.
    pub bound: i64,
}

struct Search<'g> {
    gap: &'g Gap,
    bounder: Bounder,
    /// Best solution so far: value and pair per job.
    incumbent: Option<(i64, Vec<u32>)>,
    /// The target of the current run.
    floor: i64,
    deadline: Option<Instant>,
    nodes: u64,
}

/// How a run ended.
enum Run {
    Exhausted,
    /// The deadline passed; the best estimate among the nodes left open.
    Stopped(f64),
}

/// Solves the instance: optimal, infeasible, or the best found by the deadline.
pub(super) fn run(gap: &Gap, deadline: Option<Instant>) -> Found {
    solve(gap, deadline, None)
}

/// The best solution of value at least `least`: optimal when there is one (`bound` is
/// its value), infeasible when there is none.
pub(super) fn at_least(gap: &Gap, least: i64, deadline: Option<Instant>) -> Found {
    solve(gap, deadline, Some(least))
}

fn solve(gap: &Gap, deadline: Option<Instant>, least: Option<i64>) -> Found {
    let mut search = Search {
        gap,
        bounder: Bounder::new(gap),
        incumbent: None,
        floor: least.unwrap_or(i64::MIN),
        deadline,
        nodes: 0,
    };
    let mut root = Node::root(gap);
    if !root.propagate(gap) {
        return search.found(MipStatus::Infeasible, i64::MIN);
    }
    if root.open == 0 {
        if least.is_some_and(|l| root.value < l) {
            return search.found(MipStatus::Infeasible, root.value);
        }
        search.offer(root.value, &root.assigned);
        return search.found(MipStatus::Optimal, root.value);
    }
    let root_bound = match search.root(&mut root, least) {
        Root::Bound(bound) => bound,
        Root::Solved(value) => return search.found(MipStatus::Optimal, value),
        Root::Below => return search.found(MipStatus::Infeasible, i64::MIN),
    };
    if least.is_none() {
        // The whole instance, not a neighbourhood of one: first a plain depth-first
        // search for a good incumbent (a third of the time, or PRIMAL_NODES), polished.
        let until = deadline.map(|d| {
            let now = Instant::now();
            now + d.saturating_duration_since(now) / 3
        });
        let budget = if deadline.is_some() {
            u64::MAX
        } else {
            PRIMAL_NODES
        };
        if let Run::Exhausted = search.dive(&root, until, budget) {
            return match search.incumbent {
                Some((value, _)) => search.found(MipStatus::Optimal, value),
                None => search.found(MipStatus::Infeasible, i64::MIN),
            };
        }
        if let Some((value, assignment)) = search.incumbent.as_mut() {
            polish::polish(gap, assignment, value, deadline);
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
    let mut upper = (root_bound + 1e-7 + 1e-9 * root_bound.abs()).floor() as i64;
    let mut target = upper;
    let mut step = 1i64;
    let mut failures = 0;
    loop {
        if let Some((value, _)) = search.incumbent {
            if value >= upper {
                return search.found(MipStatus::Optimal, value);
            }
            target = target.max(value + 1);
        }
        target = target.max(lowest);
        search.floor = target;
        match search.dive(&root, deadline, u64::MAX) {
            Run::Exhausted => {
                if search.incumbent.as_ref().is_some_and(|(v, _)| *v >= target) {
                    let value = search.incumbent.as_ref().map_or(target, |(v, _)| *v);
                    return search.found(MipStatus::Optimal, value);
                }
                upper = target - 1;
                if target <= lowest {
                    return search.found(MipStatus::Infeasible, upper);
                }
                failures += 1;
                if failures > 2 {
                    step = (step + step / 2).max(step + 1);
                }
                target = target.saturating_sub(step);
            }
            Run::Stopped(open) => {
                let value = search.incumbent.as_ref().map_or(i64::MIN, |(v, _)| *v);
                let reach = (open + 1e-7 + 1e-9 * open.abs()).floor() as i64;
                let bound = upper.min(value.max(search.floor - 1).max(reach));
                let status = if search.incumbent.is_some() {
                    MipStatus::Stopped
                } else {
                    MipStatus::NoSolution
                };
                return search.found(status, bound);
            }
        }
    }
}

/// How the root ended.
enum Root {
    /// Its relaxation is a feasible solution, of this value: the optimum.
    Solved(i64),
    /// Its bound is below the least value wanted.
    Below,
    Bound(f64),
}

impl Search<'_> {
    fn found(&mut self, status: MipStatus, bound: i64) -> Found {
        let assignment = match (status, self.incumbent.take()) {
            (MipStatus::Optimal | MipStatus::Stopped, Some((_, a))) => a,
            _ => Vec::new(),
        };
        Found {
            status,
            assignment,
            bound,
        }
    }

    fn offer(&mut self, value: i64, assignment: &[u32]) {
        if self.incumbent.as_ref().is_none_or(|(v, _)| value > *v) {
            debug_assert!(assignment.iter().all(|&k| k != NONE));
            self.incumbent = Some((value, assignment.to_vec()));
        }
    }

    /// Looks for solutions of value at least `floor`, better than the incumbent.
    fn target(&self) -> i64 {
        match &self.incumbent {
            Some((value, _)) => self.floor.max(value + 1),
            None => self.floor,
        }
    }

    fn out_of_time(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    /// The root's multipliers and bound, with the repair heuristic on the way.
    fn root(&mut self, root: &mut Node, least: Option<i64>) -> Root {
        let gap = self.gap;
        // The first multipliers make every profit <= 0: the knapsacks take nothing, the
        // bound is the sum of the multipliers, and the repair is a greedy assignment.
        let mut bound = root.value as f64 + root.lambda.iter().sum::<f64>();
        if let Some((value, assignment)) = heuristic::repair(gap, root, &[]) {
            self.offer(value, &assignment);
        }
        let target = least.unwrap_or(i64::MIN);
        let mut pace = Pace::new(2.0, 20);
        let mut spent = 0;
        while spent < ROOT_ITERATIONS {
            // Polyak steps aim at what must be beaten, or below the bound before that is
            // known; until then the repair runs often, on the knapsacks' choices.
            let (aim, iterations) = match (&self.incumbent, least) {
                (Some((value, _)), _) => ((*value + 1).max(target) as f64, ROOT_ITERATIONS / 10),
                (None, Some(least)) => (least as f64, ROOT_ITERATIONS / 10),
                (None, None) => (bound - 0.05 * bound.abs().max(1.0), 10),
            };
            spent += iterations;
            let before = bound;
            match self
                .bounder
                .descend(gap, root, self.target(), aim, iterations, &mut pace)
            {
                Dual::Feasible(value, assignment) => {
                    if value < target {
                        return Root::Below;
                    }
                    self.offer(value, &assignment);
                    return Root::Solved(value);
                }
                Dual::Below => {
                    // Nothing below reaches the target: the incumbent, if good enough, is best.
                    return match &self.incumbent {
                        Some((value, _)) if *value >= target => Root::Solved(*value),
                        _ => Root::Below,
                    };
                }
                Dual::Open(b) => bound = bound.min(b),
            }
            if let Some((value, assignment)) =
                heuristic::repair(gap, root, &self.bounder.best.taken)
            {
                self.offer(value, &assignment);
            }
            let settled = before - bound < 1e-5 * (1.0 + bound.abs());
            if pace.theta < 1e-4 || (settled && self.incumbent.is_some()) || self.out_of_time() {
                break;
            }
        }
        Root::Bound(bound)
    }

    /// One depth-first run from the root with the current target.
    fn dive(&mut self, root: &Node, until: Option<Instant>, budget: u64) -> Run {
        let mut stack = vec![root.clone()];
        let start = self.nodes;
        while let Some(node) = stack.pop() {
            if below(node.estimate, self.target()) {
                continue;
            }
            if until.is_some_and(|d| Instant::now() >= d) || self.nodes - start >= budget {
                let open = stack
                    .iter()
                    .map(|n| n.estimate)
                    .fold(node.estimate, f64::max);
                return Run::Stopped(open);
            }
            self.nodes += 1;
            self.expand(node, &mut stack);
        }
        Run::Exhausted
    }

    /// Bounds, fixes and propagates at a node, then branches on the job with the fewest
    /// pairs left (the least likely first), its children best first.
    fn expand(&mut self, mut node: Node, stack: &mut Vec<Node>) {
        let gap = self.gap;
        for _ in 0..ROUNDS {
            if !node.propagate(gap) {
                return;
            }
            if node.open == 0 {
                self.offer(node.value, &node.assigned);
                return;
            }
            let target = self.target();
            let mut pace = Pace::new(2.0, 3);
            let bound = match self.bounder.descend(
                gap,
                &mut node,
                target,
                target as f64,
                NODE_ITERATIONS,
                &mut pace,
            ) {
                Dual::Below => return,
                Dual::Feasible(value, assignment) => {
                    self.offer(value, &assignment);
                    return;
                }
                Dual::Open(bound) => bound,
            };
            if node.depth == 0 || self.nodes.is_multiple_of(HEURISTIC_EVERY) {
                if let Some((value, assignment)) =
                    heuristic::repair(gap, &node, &self.bounder.best.taken)
                {
                    self.offer(value, &assignment);
                }
                if below(bound, self.target()) {
                    return;
                }
            }
            if !self.bounder.fix(gap, &mut node, bound, self.target()) {
                break;
            }
        }
        self.branch(node, stack);
    }

    fn branch(&mut self, node: Node, stack: &mut Vec<Node>) {
        let gap = self.gap;
        let estimate = &self.bounder.estimate;
        let mut pick = None;
        let mut key = (usize::MAX, f64::INFINITY);
        for j in 0..gap.jobs() {
            if node.assigned[j] != NONE {
                continue;
            }
            let (count, best) = node
                .options(gap, j)
                .fold((0, f64::NEG_INFINITY), |(c, b), k| {
                    (c + 1, b.max(estimate[k as usize]))
                });
            if count < key.0 || (count == key.0 && best < key.1) {
                key = (count, best);
                pick = Some(j);
            }
        }
        let Some(j) = pick else { return };
        let mut children: Vec<u32> = node.options(gap, j).collect();
        // Pushed worst first, so that the most promising child is explored first.
        children.sort_by(|&a, &b| estimate[a as usize].total_cmp(&estimate[b as usize]));
        for k in children {
            let mut child = node.clone();
            child.assign(gap, k);
            child.depth += 1;
            child.estimate = estimate[k as usize];
            stack.push(child);
        }
    }
}
