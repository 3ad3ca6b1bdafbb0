//! Large-neighbourhood improvement of a solution: for every two (then three) mentors, the
//! jobs they hold are reassigned among them optimally (the search itself, on that small
//! instance, asked only for something better), until no such group of mentors gains.

use std::time::Instant;

use super::{Gap, search};
use crate::mip::MipStatus;

/// Improves `assignment` (a pair per job) and its `value` in place; true if it gained.
pub(super) fn polish(
    gap: &Gap,
    assignment: &mut [u32],
    value: &mut i64,
    deadline: Option<Instant>,
) -> bool {
    let late = || deadline.is_some_and(|d| Instant::now() >= d);
    let mut gained = false;
    loop {
        let mut better = sweep(gap, 2, assignment, value, deadline);
        // Three mentors at a time once two at a time no longer gain (a few times as many
        // neighbourhoods, each still small).
        if !better && !late() {
            better = sweep(gap, 3, assignment, value, deadline);
        }
        gained |= better;
        if !better || late() {
            return gained;
        }
    }
}

/// Rematches every group of `size` mentors once (until the deadline); true if one gained.
fn sweep(
    gap: &Gap,
    size: usize,
    assignment: &mut [u32],
    value: &mut i64,
    deadline: Option<Instant>,
) -> bool {
    let mentors = gap.mentors() as u32;
    if size > mentors as usize {
        return false;
    }
    // The groups in lexicographic order, from 0, 1, ..., size - 1.
    let mut group: Vec<u32> = (0..size as u32).collect();
    let mut better = false;
    loop {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return better;
        }
        better |= rematch(gap, &group, assignment, value, deadline);
        // The last member that can still move up moves up; those after it follow it.
        let last = mentors - size as u32;
        let Some(i) = (0..size).rev().find(|&i| group[i] < last + i as u32) else {
            return better;
        };
        group[i] += 1;
        for k in i + 1..size {
            group[k] = group[k - 1] + 1;
        }
    }
}

/// Reassigns the jobs of `mentors` among them optimally, if that gains.
fn rematch(
    gap: &Gap,
    mentors: &[u32],
    assignment: &mut [u32],
    value: &mut i64,
    deadline: Option<Instant>,
) -> bool {
    let jobs: Vec<u32> = (0..gap.jobs() as u32)
        .filter(|&j| mentors.contains(&gap.mentor[assignment[j as usize] as usize]))
        .collect();
    if jobs.len() < 2 {
        return false;
    }
    let now: i64 = jobs
        .iter()
        .map(|&j| gap.value[assignment[j as usize] as usize])
        .sum();
    let sub = gap.sub(&jobs, mentors);
    let found = search::at_least(&sub, now + 1, deadline);
    if found.status != MipStatus::Optimal {
        return false;
    }
    for (pos, &j) in jobs.iter().enumerate() {
        assignment[j as usize] = sub.pair[found.assignment[pos] as usize] as u32;
    }
    *value += found.bound - now;
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_mentors_are_reassigned_optimally() {
        let gap = Gap::two_mentors();
        // Jobs 0 and 1 (loads 3 + 3) cannot share mentor 0; the best keeps 3 + 2 there.
        let mut assignment: Vec<u32> = (0..4).map(|j| gap.pair_of(j, 1).unwrap()).collect();
        let mut value = 4;
        assert!(polish(&gap, &mut assignment, &mut value, None));
        assert_eq!(value, 10 + 10 + 1 + 1);
        let on = |m: u32| {
            (0..4)
                .filter(|&j| gap.mentor[assignment[j] as usize] == m)
                .count()
        };
        assert_eq!((on(0), on(1)), (2, 2));
        let recount: i64 = assignment.iter().map(|&k| gap.value[k as usize]).sum();
        assert_eq!(recount, value);
        // Already the best: nothing to gain.
        assert!(!polish(&gap, &mut assignment, &mut value, None));
    }
}
