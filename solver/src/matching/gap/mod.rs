//! Generalised assignment (every twin of demand 1 gets one mentor, loads against
//! capacities; or none, at a penalty, when that is allowed) by a Lagrangian
//! branch-and-bound of its own, exact, instead of a MILP.
//!
//! Relaxing "each twin gets one mentor" leaves one knapsack per mentor: its bound is
//! that of the column formulation, far tighter than the LP that HiGHS starts from on
//! Chu-Beasley type D instances, and each knapsack is a small dynamic programme
//! (`knapsack`, `bound`). The search (`search`, `worker`) is depth-first with that bound
//! at every node, on every core; a pair is fixed out when the bound with it forced in
//! cannot reach the target, and the targets count down from the root bound, so that
//! little of the tree below the optimum is ever built. Solutions come from repairing
//! the knapsacks' choices (`heuristic`) and are polished by solving the jobs of two or
//! three mentors again, exactly (`polish`).

mod bound;
mod heuristic;
mod knapsack;
mod node;
mod polish;
mod search;
mod worker;

use std::time::Instant;

use super::problem::Problem;
use super::residual::Residual;
use crate::mip::MipStatus;

/// Largest mentors x twins table the search keeps (the swap moves index pairs by it).
const MAX_TABLE: usize = 4_000_000;

/// The free part of the instance, indexed for the search. Jobs are the twins still
/// needing their one mentor; values are the weights scaled to exact integers.
#[derive(Debug)]
pub(super) struct Gap {
    /// Per free pair (position k): its job, mentor, load, value, and index in `Problem`
    /// (in the parent instance, for a `sub`).
    pub job: Vec<u32>,
    pub mentor: Vec<u32>,
    pub load: Vec<i64>,
    pub value: Vec<i64>,
    pub valuef: Vec<f64>,
    pub pair: Vec<usize>,
    /// Free pairs of each job and of each mentor, by position.
    pub by_job: Vec<Vec<u32>>,
    pub by_mentor: Vec<Vec<u32>>,
    pub capacity: Vec<i64>,
    /// jobs x mentors -> position of that pair, or `NONE`.
    pub at: Vec<u32>,
}

/// No pair, no job.
pub(super) const NONE: u32 = u32::MAX;

impl Gap {
    pub fn jobs(&self) -> usize {
        self.by_job.len()
    }

    pub fn mentors(&self) -> usize {
        self.by_mentor.len()
    }

    pub fn pairs(&self) -> usize {
        self.job.len()
    }

    /// The pair of job `j` with mentor `m`, if free.
    pub fn pair_of(&self, j: usize, m: usize) -> Option<u32> {
        let k = self.at[j * self.mentors() + m];
        (k != NONE).then_some(k)
    }

    /// The instance of `jobs` and `mentors` alone, with the mentors' whole capacities;
    /// its `pair` are positions in `self`.
    pub fn sub(&self, jobs: &[u32], mentors: &[u32]) -> Gap {
        let capacity = mentors.iter().map(|&m| self.capacity[m as usize]).collect();
        let mut sub = Gap::empty(jobs.len(), capacity);
        for (j, &job) in jobs.iter().enumerate() {
            for (m, &mentor) in mentors.iter().enumerate() {
                if let Some(k) = self.pair_of(job as usize, mentor as usize) {
                    let k = k as usize;
                    sub.push(j, m, self.load[k], self.value[k], k);
                }
            }
        }
        sub
    }

    /// Jobs and mentors of these capacities, no pair yet.
    fn empty(jobs: usize, capacity: Vec<i64>) -> Gap {
        Gap {
            job: Vec::new(),
            mentor: Vec::new(),
            load: Vec::new(),
            value: Vec::new(),
            valuef: Vec::new(),
            pair: Vec::new(),
            by_job: vec![Vec::new(); jobs],
            by_mentor: vec![Vec::new(); capacity.len()],
            at: vec![NONE; jobs * capacity.len()],
            capacity,
        }
    }

    /// Adds the pair of job j with mentor m; `from` is its index where it comes from.
    fn push(&mut self, j: usize, m: usize, load: i64, value: i64, from: usize) {
        let k = self.pair.len() as u32;
        self.job.push(j as u32);
        self.mentor.push(m as u32);
        self.load.push(load);
        self.value.push(value);
        self.valuef.push(value as f64);
        self.pair.push(from);
        self.by_job[j].push(k);
        self.by_mentor[m].push(k);
        self.at[j * self.by_mentor.len() + m] = k;
    }
}

#[cfg(test)]
impl Gap {
    /// Two mentors of capacity 5; jobs of load 3, 3, 2, 2, worth 10 on mentor 0 and 1 on
    /// mentor 1. Jobs 0 and 1 cannot share a mentor, so every solution is worth 22.
    pub(super) fn two_mentors() -> Gap {
        let mut gap = Gap::empty(4, vec![5, 5]);
        for (j, load) in [3, 3, 2, 2].into_iter().enumerate() {
            gap.push(j, 0, load, 10, 2 * j);
            gap.push(j, 1, load, 1, 2 * j + 1);
        }
        gap
    }
}

/// How the search ended: the status, the chosen free pairs (indices into `Problem`),
/// and the best proven bound of their total weight.
pub(crate) struct Outcome {
    pub status: MipStatus,
    pub chosen: Vec<usize>,
    pub bound: f64,
}

/// Applies to the free part when every twin needs 0 or 1 mentor exactly, there are no
/// binding groups and the tables stay small.
pub(crate) fn applies(problem: &Problem, rest: &Residual) -> bool {
    let jobs = rest.demand.iter().filter(|&&d| d == 1).count();
    problem.groups.is_empty()
        && rest.demand.iter().all(|&d| d <= 1)
        && rest.free.len() >= 2
        // One more mentor stands for "unmatched" when that is allowed.
        && jobs.saturating_mul(rest.capacity.len() + 1) <= MAX_TABLE
        && rest.capacity.iter().all(|&c| c <= 100_000)
        // A knapsack row per pair of a mentor, each (capacity + 1) values, twice.
        && rest
            .free
            .iter()
            .map(|&p| rest.capacity[problem.pair_mentor[p]] + 1)
            .sum::<i64>()
            <= 4_000_000
}

/// Maximises the weight of the free pairs minus `miss` per twin left without a mentor
/// (None: every twin matched) until `deadline`; `weight` and `miss` times `scale` must
/// be integers, as `flow::scale` makes them.
pub(crate) fn solve(
    problem: &Problem,
    rest: &Residual,
    weight: &[f64],
    miss: Option<f64>,
    scale: f64,
    deadline: Option<Instant>,
) -> Outcome {
    let gap = index(problem, rest, weight, miss, scale);
    let found = search::run(&gap, deadline);
    let chosen = found
        .assignment
        .iter()
        .map(|&k| gap.pair[k as usize])
        .filter(|&p| p != UNMATCHED)
        .collect();
    Outcome {
        status: found.status,
        chosen,
        bound: found.bound as f64 / scale,
    }
}

/// The pair index of "no mentor" (a mentor of its own, of no capacity, whose pairs weigh
/// nothing and are worth minus the penalty).
const UNMATCHED: usize = usize::MAX;

fn index(problem: &Problem, rest: &Residual, weight: &[f64], miss: Option<f64>, scale: f64) -> Gap {
    let mut job_of_twin = vec![NONE; rest.demand.len()];
    let mut jobs = 0u32;
    for (t, &d) in rest.demand.iter().enumerate() {
        if d == 1 {
            job_of_twin[t] = jobs;
            jobs += 1;
        }
    }
    let mentors = rest.capacity.len();
    let mut capacity = rest.capacity.clone();
    capacity.extend(miss.map(|_| 0));
    let mut gap = Gap::empty(jobs as usize, capacity);
    for &p in &rest.free {
        let j = job_of_twin[problem.pair_twin[p]] as usize;
        let value = (weight[p] * scale).round() as i64;
        gap.push(j, problem.pair_mentor[p], problem.load[p], value, p);
    }
    if let Some(penalty) = miss {
        let value = -(penalty * scale).round() as i64;
        for j in 0..jobs as usize {
            gap.push(j, mentors, 0, value, UNMATCHED);
        }
    }
    gap
}
