//! The Lagrangian bound of a node: subgradient descent on the job multipliers, and the
//! bound with each open pair forced in, which fixes pairs out and guides branching.
//!
//! The knapsacks count profits in whole units of a grid (`Grid`): each profit is rounded
//! up to it, so that every bound stays an upper bound, and the multipliers are kept on
//! it, so that on integer values the rounding is exact.

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

/// The units the knapsacks count in: `unit` of them make one of the values, a power of
/// two, as fine as keeps the profits of one knapsack, each rounded up, within 2^30 while
/// every multiplier lies between one below its job's least value and its largest. A
/// knapsack whose profits would sum beyond that (multipliers far below the values)
/// counts in coarser units of its own (`Bounder::items`): rounded up, its bound stays a
/// bound.
#[derive(Debug, Default)]
struct Grid {
    unit: f64,
}

/// Most a knapsack's profits sum to, in its units.
const MOST_UNITS: f64 = (1u32 << 30) as f64;

impl Grid {
    fn new(gap: &Gap) -> Grid {
        let mut room = 0i64;
        for pairs in &gap.by_job {
            let values = pairs.iter().map(|&k| gap.value[k as usize]);
            if let (Some(least), Some(most)) = (values.clone().min(), values.max()) {
                room = room.saturating_add(most - least + 2);
            }
        }
        let fits = MOST_UNITS / room.max(1) as f64;
        Grid {
            unit: 2f64.powi(fits.log2().floor() as i32),
        }
    }

    /// A multiplier on the grid.
    fn snap(&self, lambda: f64) -> f64 {
        (lambda * self.unit).round() / self.unit
    }
}

/// `x.ceil()`, inline: without SSE4.1, `f64::ceil` is a call into libm, once per pair
/// and step.
fn ceil(x: f64) -> f64 {
    if x.abs() < (1u64 << 52) as f64 {
        let t = x as i64 as f64;
        if t < x { t + 1.0 } else { t }
    } else {
        x.ceil()
    }
}

/// A pair a node offers, with what the knapsacks read of it.
#[derive(Debug, Clone, Copy)]
struct Offer {
    pair: u32,
    job: u32,
    load: usize,
    value: f64,
}

impl Offer {
    /// Its Lagrangian profit at `lambda`, in units of which `unit` make one of the values
    /// (not yet rounded up: a knapsack takes the pair when this is positive).
    fn profit(&self, lambda: &[f64], unit: f64) -> f64 {
        (self.value - lambda[self.job as usize]) * unit
    }
}

/// Buffers reused from node to node.
#[derive(Debug, Default)]
pub(super) struct Bounder {
    grid: Grid,
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
            grid: Grid::new(gap),
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

    /// Fills `items` with mentor m's gathered pairs of positive profit, in units of
    /// which `unit` make one of the values; returns the capacity the knapsack needs (no
    /// more than those items weigh together) and `unit`.
    fn items(&mut self, node: &Node, lambda: &[f64], m: usize) -> (usize, f64) {
        let offered = &self.offered[self.starts[m]..self.starts[m + 1]];
        let mut unit = self.grid.unit;
        loop {
            self.items.clear();
            let (mut load, mut units) = (0, 0.0);
            for offer in offered {
                let profit = offer.profit(lambda, unit);
                if profit > 0.0 {
                    let profit = ceil(profit);
                    load += offer.load;
                    units += profit;
                    // The cast saturates: a profit that large takes the sum past
                    // `MOST_UNITS`, and the items are made again in coarser units.
                    self.items.push(Item {
                        pair: offer.pair,
                        load: offer.load,
                        profit: profit as i32,
                    });
                }
            }
            if units <= MOST_UNITS {
                return (load.min(node.left[m] as usize), unit);
            }
            // Multipliers far below their jobs' values: coarser units for this one.
            unit /= 2f64.powi((units / MOST_UNITS).log2().ceil() as i32);
        }
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
            let (cap, unit) = self.items(node, lambda, m);
            if self.items.is_empty() {
                continue;
            }
            bound += f64::from(self.knapsack.solve(&self.items, cap)) / unit;
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
                    *l = self.grid.snap(*l - step * (1.0 - current.count[j] as f64));
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
            let (cap, unit) = self.items(node, &lambda, m);
            let full = f64::from(self.knapsack.solve(&self.items, cap));
            let (loss_in, loss_out, out_total) =
                (&mut self.loss_in, &mut self.loss_out, &mut self.out_total);
            let items = &self.items;
            self.knapsack.losses(items, |pos, out, inn| {
                let k = items[pos].pair as usize;
                let out = f64::from(out) / unit;
                loss_out[k] = out;
                loss_in[k] = inn.map_or(f64::INFINITY, |inn| f64::from(inn) / unit);
                out_total[gap.job[k] as usize] += out;
            });
            // Pairs of profit <= 0 are in no best choice: leaving them out costs nothing,
            // forcing one in leaves the capacity after its load to the others.
            for offer in &self.offered[self.starts[m]..self.starts[m + 1]] {
                // In the knapsack's units, rounded up as there.
                let profit = ceil(offer.profit(&lambda, unit));
                if profit <= 0.0 {
                    let k = offer.pair as usize;
                    let room = node.left[m] as usize - offer.load;
                    let rest = f64::from(self.knapsack.within(room.min(cap)));
                    loss_out[k] = 0.0;
                    loss_in[k] = (full - (profit + rest)) / unit;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Three mentors, seven jobs, every pair allowed; values spread over a few hundred.
    fn instance() -> Gap {
        let mut gap = Gap::empty(7, vec![9, 7, 12]);
        let mut seed = 7u64;
        let mut next = |below: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % below
        };
        for j in 0..7 {
            for m in 0..3 {
                let (load, value) = (1 + next(6) as i64, next(400) as i64 - 200);
                gap.push(j, m, load, value, 3 * j + m);
            }
        }
        gap
    }

    /// The Lagrangian bound of the root at `lambda`, each knapsack by enumeration.
    fn exact(gap: &Gap, lambda: &[f64]) -> f64 {
        let mut bound: f64 = lambda.iter().sum();
        for (m, pairs) in gap.by_mentor.iter().enumerate() {
            let mut best = 0.0f64;
            for mask in 0u32..1 << pairs.len() {
                let chosen = pairs
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| mask >> i & 1 == 1);
                let (mut load, mut profit) = (0, 0.0);
                for (_, &k) in chosen {
                    load += gap.load[k as usize];
                    profit += gap.valuef[k as usize] - lambda[gap.job[k as usize] as usize];
                }
                if load <= gap.capacity[m] {
                    best = best.max(profit);
                }
            }
            bound += best;
        }
        bound
    }

    fn relaxed(gap: &Gap, lambda: &[f64]) -> f64 {
        let node = Node::root(gap);
        let mut bounder = Bounder::new(gap);
        bounder.gather(gap, &node);
        bounder.evaluate(gap, &node, lambda);
        bounder.current.bound
    }

    #[test]
    fn the_inline_ceil_is_f64_ceil() {
        for x in [
            0.0, -0.0, 0.25, -0.25, 1.0, -1.0, 2.5, -2.5, 7e15, -7e15, 1e300, -1e300,
        ] {
            assert_eq!(ceil(x), x.ceil(), "{x}");
        }
    }

    #[test]
    fn the_knapsacks_in_units_give_the_lagrangian_bound_or_more() {
        let gap = instance();
        let grid = Grid::new(&gap);
        let spread = [-230.3, 17.01, -95.7, 160.2, -3.3, -180.9, 44.4];
        // On the grid the units are exact.
        let on: Vec<f64> = spread.iter().map(|&l| grid.snap(l)).collect();
        assert_eq!(relaxed(&gap, &on), exact(&gap, &on));
        // Off it, each profit is rounded up: never below, at most a unit per item above.
        let off: Vec<f64> = spread.iter().map(|&l| l + 0.3 / grid.unit).collect();
        let (bound, truth) = (relaxed(&gap, &off), exact(&gap, &off));
        assert!(
            bound >= truth && bound <= truth + 21.0 / grid.unit,
            "{bound} vs {truth}"
        );
        // Multipliers far below every value would overflow the units: that knapsack
        // counts in coarser ones, and its bound still holds.
        let far: Vec<f64> = spread.iter().map(|&l| l - 1e12).collect();
        let (bound, truth) = (relaxed(&gap, &far), exact(&gap, &far));
        assert!(bound >= truth, "{bound} below {truth}");
        // Coarser by a few thousand of the values, on multipliers of a million million.
        assert!(bound - truth <= 1e6, "{bound} vs {truth}");
    }
}
