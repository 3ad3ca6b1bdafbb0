//! The Lagrangian bound of a node: subgradient descent on the job multipliers, and the
//! bound with each open pair forced in, which fixes pairs out and guides branching.

use super::knapsack::{Item, Knapsack};
use super::node::Node;
use super::{Gap, NONE};

/// The knapsacks' answer for one set of multipliers.
#[derive(Debug, Default)]
pub(super) struct Relaxation {
    pub bound: f64,
    /// Per job: how many knapsacks took it.
    pub count: Vec<u32>,
    /// The pairs the knapsacks took.
    pub taken: Vec<u32>,
}

/// What the descent at a node found.
pub(super) enum Dual {
    /// The bound fell below the target: nothing good enough below this node.
    Below,
    /// The relaxation took every open job exactly once: the node's best solution, with
    /// its value and its pair per job.
    Feasible(i64, Vec<u32>),
    /// The best bound reached; its relaxation is `Bounder::best`.
    Open(f64),
}

/// The step size of a descent, and how it shrinks: `theta` halves after `patience`
/// steps without a better bound. Kept across the calls that continue one descent.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pace {
    pub theta: f64,
    pub patience: usize,
    stall: usize,
    best: f64,
}

impl Pace {
    pub fn new(theta: f64, patience: usize) -> Pace {
        Pace {
            theta,
            patience,
            stall: 0,
            best: f64::INFINITY,
        }
    }
}

/// Whether `bound` is surely below `target` (the sums carry rounding).
pub(super) fn below(bound: f64, target: i64) -> bool {
    bound < target as f64 - 1e-7 - 1e-9 * bound.abs()
}

/// A pair a node offers, with what the knapsacks read of it.
#[derive(Debug, Clone, Copy)]
struct Offer {
    pair: u32,
    job: u32,
    load: usize,
    value: f64,
}

/// Buffers reused from node to node.
#[derive(Debug, Default)]
pub(super) struct Bounder {
    knapsack: Knapsack,
    /// The pairs the current node offers, by mentor (`starts` has mentors + 1 entries).
    offered: Vec<Offer>,
    starts: Vec<usize>,
    items: Vec<Item>,
    current: Relaxation,
    /// The relaxation of the best multipliers of the last descent.
    pub best: Relaxation,
    loss_in: Vec<f64>,
    loss_out: Vec<f64>,
    out_total: Vec<f64>,
    /// Per pair, after `fix`: the bound with the pair forced in.
    pub estimate: Vec<f64>,
}

impl Bounder {
    pub fn new(gap: &Gap) -> Bounder {
        Bounder {
            loss_in: vec![0.0; gap.pairs()],
            loss_out: vec![0.0; gap.pairs()],
            out_total: vec![0.0; gap.jobs()],
            estimate: vec![f64::NEG_INFINITY; gap.pairs()],
            ..Bounder::default()
        }
    }

    /// Lists the pairs the node offers (open job, allowed, load fits), by mentor.
    fn gather(&mut self, gap: &Gap, node: &Node) {
        self.offered.clear();
        self.starts.clear();
        for pairs in &gap.by_mentor {
            self.starts.push(self.offered.len());
            for &k in pairs {
                if node.offers(gap, k) {
                    let k_ = k as usize;
                    self.offered.push(Offer {
                        pair: k,
                        job: gap.job[k_],
                        load: gap.load[k_] as usize,
                        value: gap.valuef[k_],
                    });
                }
            }
        }
        self.starts.push(self.offered.len());
    }

    /// Fills `items` with mentor m's gathered pairs of positive profit; returns the
    /// capacity the knapsack needs (no more than those items weigh together).
    fn items(&mut self, node: &Node, lambda: &[f64], m: usize) -> usize {
        self.items.clear();
        let mut total = 0;
        for offer in &self.offered[self.starts[m]..self.starts[m + 1]] {
            let profit = offer.value - lambda[offer.job as usize];
            if profit > 0.0 {
                total += offer.load;
                self.items.push(Item {
                    pair: offer.pair,
                    load: offer.load,
                    profit,
                });
            }
        }
        total.min(node.left[m] as usize)
    }

    /// The relaxation of `node` with multipliers `lambda`, into `self.current`.
    fn evaluate(&mut self, gap: &Gap, node: &Node, lambda: &[f64]) {
        let mut bound = node.value as f64;
        for (j, &l) in lambda.iter().enumerate() {
            if node.assigned[j] == NONE {
                bound += l;
            }
        }
        let mut current = std::mem::take(&mut self.current);
        current.count.clear();
        current.count.resize(gap.jobs(), 0);
        current.taken.clear();
        for m in 0..gap.mentors() {
            let cap = self.items(node, lambda, m);
            if self.items.is_empty() {
                continue;
            }
            bound += self.knapsack.solve(&self.items, cap);
            for item in self.knapsack.chosen(&self.items) {
                current.count[gap.job[item.pair as usize] as usize] += 1;
                current.taken.push(item.pair);
            }
        }
        current.bound = bound;
        self.current = current;
    }

    /// Subgradient descent from the node's multipliers, stepping towards `aim` (Polyak)
    /// at `pace`. The node keeps the best multipliers (and `best` their relaxation).
    /// Stops early once the bound is below `target`.
    pub fn descend(
        &mut self,
        gap: &Gap,
        node: &mut Node,
        target: i64,
        aim: f64,
        iterations: usize,
        pace: &mut Pace,
    ) -> Dual {
        self.gather(gap, node);
        let mut lambda = node.lambda.clone();
        for _ in 0..iterations {
            self.evaluate(gap, node, &lambda);
            let current = &self.current;
            let mut norm = 0.0;
            for (j, &c) in current.count.iter().enumerate() {
                if node.assigned[j] == NONE {
                    let g = 1.0 - c as f64;
                    norm += g * g;
                }
            }
            if norm == 0.0 {
                let mut assignment = node.assigned.clone();
                let mut value = node.value;
                for &k in &current.taken {
                    assignment[gap.job[k as usize] as usize] = k;
                    value += gap.value[k as usize];
                }
                return Dual::Feasible(value, assignment);
            }
            let improved = current.bound < pace.best - 1e-9 * (1.0 + current.bound.abs());
            if improved {
                pace.best = current.bound;
                node.lambda.copy_from_slice(&lambda);
                pace.stall = 0;
            } else {
                pace.stall += 1;
                if pace.stall >= pace.patience {
                    pace.theta /= 2.0;
                    pace.stall = 0;
                }
            }
            let step = pace.theta * (current.bound - aim).max(1e-6) / norm;
            for (j, l) in lambda.iter_mut().enumerate() {
                if node.assigned[j] == NONE {
                    *l -= step * (1.0 - current.count[j] as f64);
                }
            }
            if improved {
                std::mem::swap(&mut self.current, &mut self.best);
                if below(pace.best, target) {
                    return Dual::Below;
                }
            }
        }
        Dual::Open(pace.best)
    }

    /// With the node's multipliers and their bound: the bound with each open pair forced
    /// in (`estimate`); pairs whose bound is below `target` are forbidden. True when a
    /// job is left with one allowed pair or none.
    pub fn fix(&mut self, gap: &Gap, node: &mut Node, bound: f64, target: i64) -> bool {
        let lambda = std::mem::take(&mut node.lambda);
        self.gather(gap, node);
        self.out_total.fill(0.0);
        for m in 0..gap.mentors() {
            let cap = self.items(node, &lambda, m);
            let full = self.knapsack.solve(&self.items, cap);
            let (loss_in, loss_out, out_total) =
                (&mut self.loss_in, &mut self.loss_out, &mut self.out_total);
            let items = &self.items;
            self.knapsack.losses(items, |pos, out, inn| {
                let k = items[pos].pair as usize;
                loss_out[k] = out;
                loss_in[k] = inn;
                out_total[gap.job[k] as usize] += out;
            });
            // Pairs of profit <= 0 are in no best choice: leaving them out costs nothing,
            // forcing one in leaves the capacity after its load to the others.
            for offer in &self.offered[self.starts[m]..self.starts[m + 1]] {
                let profit = offer.value - lambda[offer.job as usize];
                if profit <= 0.0 {
                    let k = offer.pair as usize;
                    let room = node.left[m] as usize - offer.load;
                    loss_out[k] = 0.0;
                    loss_in[k] = full - (profit + self.knapsack.within(room.min(cap)));
                }
            }
        }
        node.lambda = lambda;
        let mut forced = false;
        for (j, pairs) in gap.by_job.iter().enumerate() {
            if node.assigned[j] != NONE {
                continue;
            }
            let mut left = 0;
            for &k in pairs {
                if !node.offers(gap, k) {
                    continue;
                }
                let k_ = k as usize;
                let estimate = bound - self.loss_in[k_] - (self.out_total[j] - self.loss_out[k_]);
                self.estimate[k_] = estimate;
                if below(estimate, target) {
                    node.forbid(k);
                } else {
                    left += 1;
                }
            }
            forced |= left <= 1;
        }
        forced
    }
}
