//! Checking one start by hand: does a visit fit on a given day, with the other visits
//! where they are? The answer names the first rule it breaks.

use std::collections::HashMap;

use super::calendar::Calendar;
use super::cause::{Cause, Fault};
use super::instance::Instance;
use super::solution::Scheduled;
use super::starts;
use super::usage::Usage;
use crate::date::span;
use crate::{Date, InstanceError};

/// Why visit `visit` cannot start on `start` while the visits of `placed` keep their
/// dates: the first rule it breaks, typed and in words (`None`: it may). Every rule of the format is checked: window and horizon,
/// workdays, blackouts, the days either city cannot travel or host, host capacity, a
/// city travelling while it hosts or travelling twice, and the `after` gaps both ways.
pub fn check_start(
    instance: &Instance,
    placed: &[Scheduled],
    visit: &str,
    start: Date,
) -> Result<Option<Fault>, InstanceError> {
    let cal = Calendar::new(instance)?;
    let index: HashMap<&str, usize> = instance
        .visits
        .iter()
        .enumerate()
        .map(|(i, v)| (v.id.as_str(), i))
        .collect();
    let Some(&v) = index.get(visit) else {
        return Err(InstanceError::invalid(
            "visit",
            format!("unknown visit {visit:?}"),
        ));
    };
    let s = cal.origin.days_until(start);
    if let Some(fault) = starts::fault(&cal, v, s) {
        return Ok(Some(fault));
    }
    if cal.capacity[cal.host[v]] == 0 {
        let host = &instance.cities[cal.host[v]].id;
        return Ok(Some(Fault::new(
            Cause::NoHostCapacity { city: host.clone() },
            format!("the host {host} has no capacity to host"),
        )));
    }
    let mut usage = Usage::default();
    for p in placed {
        let Some(&w) = index.get(p.id.as_str()) else {
            return Err(InstanceError::invalid(
                "placed",
                format!("unknown visit {:?}", p.id),
            ));
        };
        if w != v {
            usage.place(&cal, w, cal.origin.days_until(p.start));
        }
    }
    let blockers = usage.blockers(&cal, v, s);
    Ok(blockers.first().map(|&w| clash(&cal, placed, v, w)))
}

/// The rule that visit `w`, where it is, makes visit `v` break on start `s`.
fn clash(cal: &Calendar, placed: &[Scheduled], v: usize, w: usize) -> Fault {
    let city = |c: usize| cal.instance.cities[c].id.as_str();
    let id = |x: usize| cal.instance.visits[x].id.as_str();
    let (g, h) = (cal.guest[v], cal.host[v]);
    let when = placed
        .iter()
        .find(|p| p.id == id(w))
        .map(|p| span(p.start, p.end))
        .unwrap_or_default();
    let gap = |first: usize, then: usize, min_gap_days: i64| Cause::AfterGap {
        first: id(first).to_owned(),
        then: id(then).to_owned(),
        min_gap_days,
    };
    let busy = |c: usize| Cause::CityBusy {
        city: city(c).to_owned(),
        visit: id(w).to_owned(),
    };
    if let Some((u, min_gap)) = cal.after[v]
        && u == w
    {
        return Fault::new(
            gap(w, v, min_gap),
            format!(
                "it must start at least {min_gap} days after visit {} ({when}) ends",
                id(w)
            ),
        );
    }
    if let Some((u, min_gap)) = cal.after[w]
        && u == v
    {
        return Fault::new(
            gap(v, w, min_gap),
            format!(
                "visit {} ({when}) must start at least {min_gap} days after this one ends",
                id(w)
            ),
        );
    }
    let (wg, wh) = (cal.guest[w], cal.host[w]);
    if wh == g {
        return Fault::new(
            busy(g),
            format!(
                "the guest {} hosts visit {} ({when}) on those days",
                city(g),
                id(w)
            ),
        );
    }
    if wg == g {
        return Fault::new(
            busy(g),
            format!(
                "the guest {} travels for visit {} ({when}) on those days",
                city(g),
                id(w)
            ),
        );
    }
    if wg == h {
        return Fault::new(
            busy(h),
            format!(
                "the host {} travels for visit {} ({when}) on those days",
                city(h),
                id(w)
            ),
        );
    }
    Fault::new(
        Cause::HostFull {
            city: city(h).to_owned(),
            visit: id(w).to_owned(),
        },
        format!(
            "the host {} already receives {} {} on those days, its capacity \
             (visit {} {when})",
            city(h),
            cal.capacity[h],
            if cal.capacity[h] == 1 {
                "delegation"
            } else {
                "delegations"
            },
            id(w)
        ),
    )
}
