//! A node of the search: which jobs are assigned, which pairs are still allowed, the
//! capacity left, and the multipliers its bound was last computed with.

use super::{Gap, NONE};

/// A subproblem: the jobs assigned so far and the pairs still open to the rest.
#[derive(Debug, Clone)]
pub(super) struct Node {
    /// Per job: the pair it is assigned to, or `NONE`.
    pub assigned: Vec<u32>,
    /// Per pair: still allowed (a bit set).
    allowed: Vec<u64>,
    /// Capacity left per mentor.
    pub left: Vec<i64>,
    /// Total value of the assigned pairs.
    pub value: i64,
    /// Jobs not yet assigned.
    pub open: usize,
    /// One multiplier per job (those of assigned jobs are unused).
    pub lambda: Vec<f64>,
    pub depth: u32,
    /// Upper bound on the value of any solution below this node, as its parent saw it.
    pub estimate: f64,
}

impl Node {
    /// Nothing assigned, every pair allowed, each multiplier at its job's best value
    /// (every Lagrangian profit <= 0, so the first bound is the trivial one).
    pub fn root(gap: &Gap) -> Node {
        let lambda = gap
            .by_job
            .iter()
            .map(|pairs| {
                pairs
                    .iter()
                    .map(|&k| gap.valuef[k as usize])
                    .fold(f64::NEG_INFINITY, f64::max)
            })
            .collect();
        let mut allowed = vec![u64::MAX; gap.pairs().div_ceil(64)];
        if let Some(last) = allowed.last_mut()
            && !gap.pairs().is_multiple_of(64)
        {
            *last = (1u64 << (gap.pairs() % 64)) - 1;
        }
        Node {
            assigned: vec![NONE; gap.jobs()],
            allowed,
            left: gap.capacity.clone(),
            value: 0,
            open: gap.jobs(),
            lambda,
            depth: 0,
            estimate: f64::INFINITY,
        }
    }

    pub fn allows(&self, k: u32) -> bool {
        self.allowed[k as usize / 64] >> (k % 64) & 1 == 1
    }

    pub fn forbid(&mut self, k: u32) {
        self.allowed[k as usize / 64] &= !(1u64 << (k % 64));
    }

    pub fn is_open(&self, j: u32) -> bool {
        self.assigned[j as usize] == NONE
    }

    /// Whether pair k may still be taken: its job open, the pair allowed, its load fits.
    pub fn offers(&self, gap: &Gap, k: u32) -> bool {
        let k_ = k as usize;
        self.is_open(gap.job[k_])
            && self.allows(k)
            && gap.load[k_] <= self.left[gap.mentor[k_] as usize]
    }

    /// Assigns the job of pair k to its mentor.
    pub fn assign(&mut self, gap: &Gap, k: u32) {
        let k_ = k as usize;
        self.assigned[gap.job[k_] as usize] = k;
        self.left[gap.mentor[k_] as usize] -= gap.load[k_];
        self.value += gap.value[k_];
        self.open -= 1;
    }

    /// Forbids the pairs that no longer fit and assigns every job left with one pair,
    /// until nothing changes; false when a job has no pair left (no solution below).
    pub fn propagate(&mut self, gap: &Gap) -> bool {
        loop {
            let mut changed = false;
            for (j, pairs) in gap.by_job.iter().enumerate() {
                if self.assigned[j] != NONE {
                    continue;
                }
                let mut only = NONE;
                let mut count = 0;
                for &k in pairs {
                    if !self.allows(k) {
                        continue;
                    }
                    if gap.load[k as usize] > self.left[gap.mentor[k as usize] as usize] {
                        self.forbid(k);
                        continue;
                    }
                    count += 1;
                    only = k;
                }
                match count {
                    0 => return false,
                    1 => {
                        self.assign(gap, only);
                        changed = true;
                    }
                    _ => {}
                }
            }
            if !changed {
                return true;
            }
        }
    }

    /// The allowed pairs of job j.
    pub fn options<'g>(&self, gap: &'g Gap, j: usize) -> impl Iterator<Item = u32> + use<'g, '_> {
        gap.by_job[j].iter().copied().filter(|&k| self.allows(k))
    }
}
