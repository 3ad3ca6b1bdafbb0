//! The validated, indexed form of a visit instance: days as numbers from the start of
//! the horizon, and each city's blocked days as flags.

use std::collections::HashMap;

use super::instance::{FORMAT, Instance, Span};
use crate::{Date, InstanceError};

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Day numbers are calendar days since the horizon's start.
#[derive(Debug, Clone)]
pub(crate) struct Calendar<'a> {
    pub instance: &'a Instance,
    pub origin: Date,
    /// Days in the horizon.
    pub len: i64,
    pub workday: Vec<bool>,
    /// Per day: the index of a blackout covering it.
    pub blackout: Vec<Option<usize>>,
    /// Per city, per day: it cannot travel.
    pub no_travel: Vec<Vec<bool>>,
    /// Per city, per day: it cannot host.
    pub no_hosting: Vec<Vec<bool>>,
    pub capacity: Vec<i64>,
    pub guest: Vec<usize>,
    pub host: Vec<usize>,
    pub days: Vec<i64>,
    /// Window intersected with the horizon, as day numbers (may be empty: lo > hi).
    pub lo: Vec<i64>,
    pub hi: Vec<i64>,
    pub preferred: Vec<Option<i64>>,
    pub fixed: Vec<Option<i64>>,
    /// (visit that comes first, min gap days).
    pub after: Vec<Option<(usize, i64)>>,
}

fn ordered(field: &str, span: &Span) -> Result<(), InstanceError> {
    if span.end < span.start {
        return Err(InstanceError::invalid(
            field,
            format!("ends {} before it starts {}", span.end, span.start),
        ));
    }
    Ok(())
}

impl<'a> Calendar<'a> {
    /// Checks every rule of the format and indexes the instance.
    pub fn new(instance: &'a Instance) -> Result<Calendar<'a>, InstanceError> {
        if instance.format != FORMAT {
            return Err(InstanceError::invalid(
                "format",
                format!("{:?} is not {FORMAT:?}", instance.format),
            ));
        }
        ordered("horizon", &instance.horizon)?;
        let origin = instance.horizon.start;
        let len = origin.days_until(instance.horizon.end) + 1;
        let day = |d: Date| origin.days_until(d);
        // Marks the days of a span that fall inside the horizon.
        let mark = |flags: &mut [bool], span: &Span| {
            for d in day(span.start).max(0)..=day(span.end).min(len - 1) {
                flags[d as usize] = true;
            }
        };
        let mut weekday_ok = [false; 7];
        for (i, name) in instance.workdays.iter().enumerate() {
            let Some(k) = DAY_NAMES.iter().position(|d| d == name) else {
                return Err(InstanceError::invalid(
                    format!("workdays[{i}]"),
                    format!("{name:?} is not one of Mon, Tue, Wed, Thu, Fri, Sat, Sun"),
                ));
            };
            weekday_ok[k] = true;
        }
        let first_weekday = origin
            .0
            .format("%u")
            .to_string()
            .parse::<usize>()
            .unwrap_or(1)
            - 1;
        let workday = (0..len)
            .map(|d| weekday_ok[(first_weekday + d as usize) % 7])
            .collect();
        let mut blackout = vec![None; len as usize];
        for (i, b) in instance.blackouts.iter().enumerate() {
            ordered(
                &format!("blackouts[{i}]"),
                &Span {
                    start: b.start,
                    end: b.end,
                },
            )?;
            for d in day(b.start).max(0)..=day(b.end).min(len - 1) {
                blackout[d as usize].get_or_insert(i);
            }
        }
        let mut city_of = HashMap::with_capacity(instance.cities.len());
        let mut no_travel = Vec::with_capacity(instance.cities.len());
        let mut no_hosting = Vec::with_capacity(instance.cities.len());
        let mut capacity = Vec::with_capacity(instance.cities.len());
        for (i, c) in instance.cities.iter().enumerate() {
            if city_of.insert(c.id.as_str(), i).is_some() {
                return Err(InstanceError::invalid(
                    format!("cities[{i}].id"),
                    format!("{:?} is used twice", c.id),
                ));
            }
            if c.host_capacity < 0 {
                return Err(InstanceError::invalid(
                    format!("cities[{i}].host_capacity"),
                    format!("{} is negative", c.host_capacity),
                ));
            }
            let mut both = vec![false; len as usize];
            for (j, span) in c.unavailable.iter().enumerate() {
                ordered(&format!("cities[{i}].unavailable[{j}]"), span)?;
                mark(&mut both, span);
            }
            let (mut travel, mut host) = (both.clone(), both);
            for (field, spans, flags) in [
                ("no_travel", &c.no_travel, &mut travel),
                ("no_hosting", &c.no_hosting, &mut host),
            ] {
                for (j, span) in spans.iter().enumerate() {
                    ordered(&format!("cities[{i}].{field}[{j}]"), span)?;
                    mark(flags, span);
                }
            }
            no_travel.push(travel);
            no_hosting.push(host);
            capacity.push(c.host_capacity);
        }
        let n = instance.visits.len();
        let mut visit_of = HashMap::with_capacity(n);
        for (i, v) in instance.visits.iter().enumerate() {
            if visit_of.insert(v.id.as_str(), i).is_some() {
                return Err(InstanceError::invalid(
                    format!("visits[{i}].id"),
                    format!("{:?} is used twice", v.id),
                ));
            }
        }
        let mut cal = Calendar {
            instance,
            origin,
            len,
            workday,
            blackout,
            no_travel,
            no_hosting,
            capacity,
            guest: Vec::with_capacity(n),
            host: Vec::with_capacity(n),
            days: Vec::with_capacity(n),
            lo: Vec::with_capacity(n),
            hi: Vec::with_capacity(n),
            preferred: Vec::with_capacity(n),
            fixed: Vec::with_capacity(n),
            after: Vec::with_capacity(n),
        };
        for (i, v) in instance.visits.iter().enumerate() {
            let city = |field: &str, id: &str| {
                city_of.get(id).copied().ok_or_else(|| {
                    InstanceError::invalid(
                        format!("visits[{i}].{field}"),
                        format!("unknown city {id:?}"),
                    )
                })
            };
            let (g, h) = (city("guest", &v.guest)?, city("host", &v.host)?);
            if g == h {
                return Err(InstanceError::invalid(
                    format!("visits[{i}].host"),
                    format!("{:?} is also the guest", v.host),
                ));
            }
            if v.days < 1 {
                return Err(InstanceError::invalid(
                    format!("visits[{i}].days"),
                    format!("{} is not a positive number of days", v.days),
                ));
            }
            let window = v.window.unwrap_or(instance.horizon);
            ordered(&format!("visits[{i}].window"), &window)?;
            let after = match &v.after {
                None => None,
                Some(a) => {
                    let Some(&j) = visit_of.get(a.visit.as_str()) else {
                        return Err(InstanceError::invalid(
                            format!("visits[{i}].after.visit"),
                            format!("unknown visit {:?}", a.visit),
                        ));
                    };
                    if j == i {
                        return Err(InstanceError::invalid(
                            format!("visits[{i}].after.visit"),
                            format!("{:?} is the visit itself", a.visit),
                        ));
                    }
                    Some((j, a.min_gap_days))
                }
            };
            cal.guest.push(g);
            cal.host.push(h);
            cal.days.push(v.days);
            cal.lo.push(day(window.start).max(0));
            cal.hi.push(day(window.end).min(len - 1));
            cal.preferred.push(v.preferred_start.map(day));
            cal.fixed.push(v.fixed_start.map(day));
            cal.after.push(after);
        }
        Ok(cal)
    }

    /// The date of day number `d`.
    pub fn date(&self, d: i64) -> Date {
        self.origin.plus_days(d)
    }

    /// Distance of start `s` of visit `v` from its preferred start (0 without one).
    pub fn deviation(&self, v: usize, s: i64) -> i64 {
        self.preferred[v].map_or(0, |p| (s - p).abs())
    }
}
