//! Scheduling the visits of agreed pairs: the instance and result formats, and the solver.
//!
//! Start days that break a rule on their own (weekends inside the visit, blackouts,
//! unavailable days, window, horizon, a fixed start) are removed before any model is
//! built; visits linked by a shared city or an `after` rule form components, solved
//! apart: at once when every visit can keep its preferred start, else as a
//! time-indexed MILP on good_lp + HiGHS.

mod calendar;
mod cause;
mod check;
mod instance;
mod model;
mod solution;
mod starts;
mod usage;

use std::time::{Duration, Instant};

pub use cause::{Cause, Fault};
pub use check::check_start;
pub use instance::{After, Blackout, City, FORMAT, Instance, Span, Visit};
pub use solution::{Scheduled, Solution, Status, Unscheduled};

use calendar::Calendar;
use usage::Usage;

use crate::SolveError;

/// How to solve.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Stop after this long (shared by the components) and return the best schedule
    /// found, with status `feasible`.
    pub time_limit: Option<Duration>,
}

/// Schedules as many visits as possible, then as close to their preferred starts as
/// possible; visits left out come with the reason, in words and as a [`Cause`].
pub fn solve(instance: &Instance, options: &Options) -> Result<Solution, SolveError> {
    let clock = Instant::now();
    let cal = Calendar::new(instance)?;
    let n = instance.visits.len();
    let mut reasons: Vec<Option<Fault>> = vec![None; n];
    let starts: Vec<Vec<i64>> = (0..n)
        .map(|v| {
            starts::starts(&cal, v).unwrap_or_else(|fault| {
                reasons[v] = Some(fault);
                Vec::new()
            })
        })
        .collect();
    let groups = components(&cal, &starts);
    let deadline = options.time_limit.map(|limit| clock + limit);
    let mut start: Vec<Option<i64>> = vec![None; n];
    let (mut optimal, mut bound, mut milps) = (true, 0, 0);
    for (i, group) in groups.iter().enumerate() {
        // Share what is left of the time among the components still to solve.
        let limit = deadline
            .map(|d| d.saturating_duration_since(Instant::now()) / (groups.len() - i) as u32);
        let placed = model::place(&cal, &starts, group, limit)?;
        optimal &= placed.optimal;
        bound += placed.bound;
        milps += usize::from(placed.milp);
        for (&v, s) in group.iter().zip(placed.start) {
            start[v] = s;
        }
    }
    let mut usage = Usage::default();
    for (v, s) in start.iter().enumerate() {
        if let Some(s) = *s {
            usage.place(&cal, v, s);
        }
    }
    let mut visits = Vec::new();
    let mut unscheduled = Vec::new();
    let mut objective = 0;
    for (v, visit) in instance.visits.iter().enumerate() {
        match start[v] {
            Some(s) => {
                objective += cal.deviation(v, s);
                visits.push(Scheduled {
                    id: visit.id.clone(),
                    start: cal.date(s),
                    end: cal.date(s + cal.days[v] - 1),
                });
            }
            None => {
                let fault = reasons[v]
                    .take()
                    .unwrap_or_else(|| clash_reason(&cal, &usage, v, &starts[v], optimal));
                unscheduled.push(Unscheduled {
                    id: visit.id.clone(),
                    reason: fault.message,
                    cause: fault.cause,
                });
            }
        }
    }
    Ok(Solution {
        status: if optimal {
            Status::Optimal
        } else {
            Status::Feasible
        },
        objective,
        bound,
        visits,
        unscheduled,
        seconds: clock.elapsed().as_secs_f64(),
        components: groups.len(),
        milp_components: milps,
    })
}

/// Visits (with allowed starts) linked by a shared city or an `after` rule, in groups.
fn components(cal: &Calendar, starts: &[Vec<i64>]) -> Vec<Vec<usize>> {
    let n = starts.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut a: usize) -> usize {
        while parent[a] != a {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        a
    }
    let join = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(parent, a), root(parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    };
    let mut by_city: Vec<Option<usize>> = vec![None; cal.capacity.len()];
    for v in (0..n).filter(|&v| !starts[v].is_empty()) {
        for city in [cal.guest[v], cal.host[v]] {
            match by_city[city] {
                Some(w) => join(&mut parent, v, w),
                None => by_city[city] = Some(v),
            }
        }
        if let Some((u, _)) = cal.after[v]
            && !starts[u].is_empty()
        {
            join(&mut parent, v, u);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index = vec![usize::MAX; n];
    for v in (0..n).filter(|&v| !starts[v].is_empty()) {
        let r = root(&mut parent, v);
        if index[r] == usize::MAX {
            index[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[index[r]].push(v);
    }
    groups
}

/// Why a visit with allowed starts was left out: the scheduled visits in the way.
fn clash_reason(cal: &Calendar, usage: &Usage, v: usize, starts: &[i64], optimal: bool) -> Fault {
    let mut blockers: Vec<usize> = starts
        .iter()
        .flat_map(|&s| usage.blockers(cal, v, s))
        .collect();
    blockers.sort_unstable();
    blockers.dedup();
    if blockers.is_empty()
        || !optimal && starts.iter().any(|&s| usage.blockers(cal, v, s).is_empty())
    {
        return Fault::new(
            Cause::TimeLimit,
            "left out when the time limit stopped the search",
        );
    }
    let ids: Vec<&str> = blockers
        .iter()
        .take(8)
        .map(|&w| cal.instance.visits[w].id.as_str())
        .collect();
    let more = if blockers.len() > 8 {
        format!(" and {} more", blockers.len() - 8)
    } else {
        String::new()
    };
    let message = format!(
        "every one of its {} allowed start days conflicts with scheduled visits {}{more} \
         (a city hosting beyond its capacity, travelling while hosting, or an after gap)",
        starts.len(),
        ids.join(", ")
    );
    let with = blockers
        .iter()
        .map(|&w| cal.instance.visits[w].id.clone())
        .collect();
    Fault::new(Cause::ConflictsWithScheduled { with }, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    /// The time limit is the cause only while a start free of conflicts is left: a
    /// search that stopped early may leave out a visit that fits (a proven optimum
    /// cannot), which the instances of the tests cannot make HiGHS do on demand.
    #[test]
    fn a_visit_with_a_free_start_left_out_by_a_stopped_search_is_time_limit() {
        let instance = Instance::from_json(
            br#"{"format":"twinning-visits/1","horizon":{"start":"2025-03-03","end":"2025-03-14"},
            "cities":[{"id":"aarhus"},{"id":"cascais"},{"id":"oeiras"}],
            "visits":[{"id":"v1","guest":"cascais","host":"aarhus","days":1,
                       "window":{"start":"2025-03-10","end":"2025-03-11"}},
                      {"id":"v2","guest":"oeiras","host":"aarhus","days":1},
                      {"id":"v3","guest":"oeiras","host":"aarhus","days":1}]}"#,
        )
        .expect("valid instance");
        let cal = Calendar::new(&instance).expect("valid calendar");
        let starts = starts::starts(&cal, 0).expect("two starts");
        assert_eq!(starts.len(), 2);
        // v2 takes aarhus on Monday 2025-03-10: Tuesday is still free for v1.
        let mut usage = Usage::default();
        usage.place(
            &cal,
            1,
            cal.origin
                .days_until(Date::from_ymd(2025, 3, 10).expect("date")),
        );
        assert_eq!(
            clash_reason(&cal, &usage, 0, &starts, false).cause,
            Cause::TimeLimit
        );
        assert_eq!(
            clash_reason(&cal, &usage, 0, &starts, true).cause,
            Cause::ConflictsWithScheduled {
                with: vec!["v2".into()]
            }
        );
        // v3 takes Tuesday: the visits in the way are the cause, stopped search or not.
        usage.place(
            &cal,
            2,
            cal.origin
                .days_until(Date::from_ymd(2025, 3, 11).expect("date")),
        );
        assert_eq!(
            clash_reason(&cal, &usage, 0, &starts, false).cause,
            Cause::ConflictsWithScheduled {
                with: vec!["v2".into(), "v3".into()]
            }
        );
    }
}
