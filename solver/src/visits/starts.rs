//! The start days a visit can have before any other visit is considered, and the reason
//! when it has none. Everything the model would only forbid is removed here.

use super::calendar::Calendar;
use super::cause::{Cause, Fault};
use crate::date::span;

/// The rules that remove start days, in the order they are applied for the reason.
const RULES: [&str; 4] = [
    "workdays only (no weekend inside a visit)",
    "blackouts",
    "the days the guest cannot travel",
    "the days the host cannot host",
];

/// Per day of the horizon, whether rule level `level` (and those before it) blocks it.
fn blocked(cal: &Calendar, v: usize, level: usize, d: i64) -> bool {
    let d = d as usize;
    !cal.workday[d]
        || (level >= 1 && cal.blackout[d].is_some())
        || (level >= 2 && cal.no_travel[cal.guest[v]][d])
        || (level >= 3 && cal.no_hosting[cal.host[v]][d])
}

/// Starts in the window whose `days` days are all unblocked at rule level `level`.
fn valid(cal: &Calendar, v: usize, level: usize) -> Vec<i64> {
    let (lo, hi, n) = (cal.lo[v], cal.hi[v], cal.days[v]);
    let mut out = Vec::new();
    // Slide over the window counting blocked days in [s, s + n).
    let mut bad = 0;
    for d in lo..=hi {
        bad += i64::from(blocked(cal, v, level, d));
        let s = d - n + 1;
        if s > lo {
            bad -= i64::from(blocked(cal, v, level, s - 1));
        }
        if s >= lo && bad == 0 {
            out.push(s);
        }
    }
    out
}

/// The allowed start days of visit `v`, ascending, or why there is none.
pub(crate) fn starts(cal: &Calendar, v: usize) -> Result<Vec<i64>, Fault> {
    let host = &cal.instance.cities[cal.host[v]].id;
    if cal.capacity[cal.host[v]] == 0 {
        return Err(Fault::new(
            Cause::NoHostCapacity { city: host.clone() },
            format!("host {host} has host_capacity 0"),
        ));
    }
    let window = || span(cal.date(cal.lo[v]), cal.date(cal.hi[v]));
    if cal.hi[v] - cal.lo[v] + 1 < cal.days[v] {
        return Err(Fault::new(
            Cause::Window,
            format!(
                "its window inside the horizon ({}) is shorter than {} days",
                if cal.lo[v] > cal.hi[v] {
                    "empty".to_string()
                } else {
                    window()
                },
                cal.days[v]
            ),
        ));
    }
    if let Some(fixed) = cal.fixed[v] {
        // `fault` checks exactly the rules `valid` applies, for this one start.
        return match fault(cal, v, fixed) {
            None => Ok(vec![fixed]),
            Some(broken) => Err(Fault::new(
                Cause::FixedStart {
                    rule: Box::new(broken.cause),
                },
                format!(
                    "its fixed start {} breaks a rule: {}",
                    cal.date(fixed),
                    broken.message
                ),
            )),
        };
    }
    let all = valid(cal, v, 3);
    if !all.is_empty() {
        return Ok(all);
    }
    let mut counts = Vec::with_capacity(RULES.len());
    for (level, rule) in RULES.iter().enumerate() {
        let left = if level == 3 {
            0
        } else {
            valid(cal, v, level).len()
        };
        counts.push(format!("{left} after {rule}"));
        if left == 0 {
            break;
        }
    }
    // The rule that took the last start day, in the order of RULES.
    let cause = match counts.len() {
        1 => Cause::Workdays,
        2 => Cause::Blackout,
        3 => Cause::CannotTravel {
            city: cal.instance.cities[cal.guest[v]].id.clone(),
        },
        _ => Cause::CannotHost { city: host.clone() },
    };
    Err(Fault::new(
        cause,
        format!(
            "no valid start day in its window {} for {} consecutive workdays: {}",
            window(),
            cal.days[v],
            counts.join(", ")
        ),
    ))
}

/// The first rule a start breaks on its own (window, horizon, workdays, blackouts, the
/// two cities' unavailable days), or `None` when it keeps them all.
pub(crate) fn fault(cal: &Calendar, v: usize, s: i64) -> Option<Fault> {
    let end = s + cal.days[v] - 1;
    if s < cal.lo[v] || end > cal.hi[v] {
        return Some(Fault::new(
            Cause::Window,
            format!(
                "{} is outside its window {}",
                span(cal.date(s), cal.date(end)),
                span(cal.date(cal.lo[v]), cal.date(cal.hi[v]))
            ),
        ));
    }
    for d in s..=end {
        let i = d as usize;
        let date = cal.date(d);
        if !cal.workday[i] {
            return Some(Fault::new(
                Cause::Workdays,
                format!("{date} is not a workday"),
            ));
        }
        if let Some(b) = cal.blackout[i] {
            let label = &cal.instance.blackouts[b].label;
            return Some(Fault::new(
                Cause::Blackout,
                format!("{date} is a blackout day ({label})"),
            ));
        }
        if cal.no_travel[cal.guest[v]][i] {
            let guest = &cal.instance.cities[cal.guest[v]].id;
            return Some(Fault::new(
                Cause::CannotTravel {
                    city: guest.clone(),
                },
                format!("{date} the guest {guest} cannot travel"),
            ));
        }
        if cal.no_hosting[cal.host[v]][i] {
            let host = &cal.instance.cities[cal.host[v]].id;
            return Some(Fault::new(
                Cause::CannotHost { city: host.clone() },
                format!("{date} the host {host} cannot host"),
            ));
        }
    }
    None
}
