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
    let mentors = gap.mentors() as u32;
    let mut gained = false;
    loop {
        let mut better = false;
        for a in 0..mentors {
            for b in a + 1..mentors {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return gained;
                }
                better |= rematch(gap, &[a, b], assignment, value, deadline);
            }
        }
        // Three mentors at a time once two at a time no longer gain (a few times as many
        // neighbourhoods, each still small).
        if !better {
            for a in 0..mentors {
                for b in a + 1..mentors {
                    for c in b + 1..mentors {
                        if deadline.is_some_and(|d| Instant::now() >= d) {
                            return gained;
                        }
                        better |= rematch(gap, &[a, b, c], assignment, value, deadline);
                    }
                }
            }
        }
        if !better {
            return gained;
        }
        gained = true;
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
