//! A feasible assignment near a relaxed one, improved by shift and swap moves.

use super::node::Node;
use super::{Gap, NONE};

/// Completes `node` from the pairs its knapsacks took: each open job keeps the best of
/// its taken pairs, the others go, fewest fitting options first, to their best fitting
/// pair; then moves while they gain. None when some job finds no room.
pub(super) fn repair(gap: &Gap, node: &Node, taken: &[u32]) -> Option<(i64, Vec<u32>)> {
    let mut at = node.assigned.clone();
    let mut kept = vec![NONE; gap.jobs()];
    for &k in taken {
        let j = gap.job[k as usize] as usize;
        if node.assigned[j] == NONE
            && (kept[j] == NONE || gap.value[k as usize] > gap.value[kept[j] as usize])
        {
            kept[j] = k;
        }
    }
    let mut left = node.left.clone();
    for (j, &k) in kept.iter().enumerate() {
        if k != NONE {
            at[j] = k;
            left[gap.mentor[k as usize] as usize] -= gap.load[k as usize];
        }
    }
    let fits = |k: u32, left: &[i64]| {
        node.allows(k) && gap.load[k as usize] <= left[gap.mentor[k as usize] as usize]
    };
    let mut open: Vec<usize> = (0..gap.jobs()).filter(|&j| at[j] == NONE).collect();
    while !open.is_empty() {
        let (pos, _) = open
            .iter()
            .enumerate()
            .min_by_key(|&(_, &j)| gap.by_job[j].iter().filter(|&&k| fits(k, &left)).count())?;
        let j = open.swap_remove(pos);
        let k = gap.by_job[j]
            .iter()
            .copied()
            .filter(|&k| fits(k, &left))
            .max_by_key(|&k| gap.value[k as usize])?;
        at[j] = k;
        left[gap.mentor[k as usize] as usize] -= gap.load[k as usize];
    }
    improve(gap, node, &mut at, &mut left);
    let value = node.value
        + (0..gap.jobs())
            .filter(|&j| node.assigned[j] == NONE)
            .map(|j| gap.value[at[j] as usize])
            .sum::<i64>();
    Some((value, at))
}

/// Shifts (a job to another mentor) and swaps (two jobs trade mentors) of the node's open
/// jobs over its allowed pairs, while one gains.
fn improve(gap: &Gap, node: &Node, at: &mut [u32], left: &mut [i64]) {
    let open: Vec<usize> = (0..gap.jobs())
        .filter(|&j| node.assigned[j] == NONE)
        .collect();
    let (value, load, mentor) = (&gap.value, &gap.load, &gap.mentor);
    for _ in 0..50 {
        let mut better = false;
        for &j in &open {
            let a = at[j] as usize;
            for &k in &gap.by_job[j] {
                let (k_, m) = (k as usize, mentor[k as usize] as usize);
                if value[k_] > value[a] && node.allows(k) && k_ != a && load[k_] <= left[m] {
                    left[mentor[a] as usize] += load[a];
                    left[m] -= load[k_];
                    at[j] = k;
                    better = true;
                    break;
                }
            }
        }
        for (x, &j1) in open.iter().enumerate() {
            for &j2 in &open[x + 1..] {
                let (a1, a2) = (at[j1] as usize, at[j2] as usize);
                let (m1, m2) = (mentor[a1] as usize, mentor[a2] as usize);
                if m1 == m2 {
                    continue;
                }
                let (Some(b1), Some(b2)) = (gap.pair_of(j1, m2), gap.pair_of(j2, m1)) else {
                    continue;
                };
                let (b1_, b2_) = (b1 as usize, b2 as usize);
                if value[b1_] + value[b2_] > value[a1] + value[a2]
                    && node.allows(b1)
                    && node.allows(b2)
                    && left[m2] + load[a2] >= load[b1_]
                    && left[m1] + load[a1] >= load[b2_]
                {
                    left[m1] += load[a1] - load[b2_];
                    left[m2] += load[a2] - load[b1_];
                    at[j1] = b1;
                    at[j2] = b2;
                    better = true;
                }
            }
        }
        if !better {
            break;
        }
    }
}
