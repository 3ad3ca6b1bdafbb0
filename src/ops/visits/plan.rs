//! Planning a cohort's visits in one run: the database read into a `twinning-visits/1`
//! instance ([`prepare`]), solved off the web workers ([`solve`]) and stored ([`store`]).

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use chrono::NaiveDate;
use twinning_solver::visits::{self as solver, Cause, Instance};
use twinning_solver::{Date, visits::Solution};

use super::Error;
use crate::blocking::{in_transaction, run, with_db};
use crate::db::DbConnection;
use crate::db::DbPool;
use crate::db::models::visit::{self, ScheduleRow, VisitRow};
use crate::db::models::{audit, now};
use crate::domain::Invalid;
use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::itinerary::{self};
use crate::domain::profile::ProfileRole;
use crate::domain::state::{Direction, VisitStatus};

use super::{Context, PlanView, context, plan_view};
use crate::domain::id::CohortId;
use crate::domain::id::ProposalId;
use crate::domain::id::VisitId;

/// What would make an unplaced visit fit, from the rule the solver says is in its way.
pub(super) fn remedy(cause: &Cause) -> &'static str {
    const WIDEN: &str =
        "widen the module, shorten the visits or the gap between them (the cohort's visit rules)";
    const MOVE_CONFIRMED: &str = "move the confirmed visit by hand to a day that keeps every rule";
    match cause {
        Cause::TimeLimit => "plan again with more time",
        Cause::ConflictsWithScheduled { .. } => {
            "raise the host's capacity, move one of those visits by hand, or widen the module"
        }
        Cause::CannotTravel { .. } => {
            "ask the travelling city to shorten the days it cannot travel, or widen the module"
        }
        Cause::CannotHost { .. } => {
            "ask the receiving city to shorten the days it cannot host, or widen the module"
        }
        Cause::Blackout => "shorten a blackout or widen the module",
        // The cities' days can change; any other rule of the day only by moving the visit.
        Cause::FixedStart { rule } => match rule.as_ref() {
            Cause::CannotTravel { .. } | Cause::CannotHost { .. } => remedy(rule),
            Cause::Window
            | Cause::Workdays
            | Cause::Blackout
            | Cause::NoHostCapacity { .. }
            | Cause::FixedStart { .. }
            | Cause::ConflictsWithScheduled { .. }
            | Cause::TimeLimit
            | Cause::HostFull { .. }
            | Cause::CityBusy { .. }
            | Cause::AfterGap { .. } => MOVE_CONFIRMED,
        },
        Cause::Window | Cause::Workdays => WIDEN,
        Cause::NoHostCapacity { .. } => "give the receiving city a capacity of at least one",
        // A start checked by hand, not a visit left out; said for completeness.
        Cause::HostFull { .. } => "raise the host's capacity, or move that visit by hand",
        Cause::CityBusy { .. } => "move that visit by hand, or widen the module",
        Cause::AfterGap { .. } => WIDEN,
    }
}

/// A planning run ready to solve.
pub struct Prepared {
    cohort_id: CohortId,
    instance: Instance,
    /// Visits to create, with their agenda.
    fresh: Vec<(VisitRow, Vec<itinerary::Item>)>,
    /// Visits whose pair is gone.
    dead: Vec<VisitRow>,
    /// Every live visit (existing and fresh), by id.
    live: HashMap<VisitId, VisitRow>,
    /// Visit and city ids → names, for reasons.
    labels: HashMap<String, String>,
    ctx: Context,
    started: Instant,
}

impl Prepared {
    /// Visits to place.
    pub fn size(&self) -> usize {
        self.instance.visits.len()
    }
}

/// The solver instance of a set of visits, in the cohort's calendar. `keep` pulls each
/// placed visit to where it is; confirmed visits are fixed.
pub(super) fn instance_of(ctx: &Context, live: &[&VisitRow], keep: bool) -> Instance {
    let c = &ctx.cohort.cohort;
    let span = |a: NaiveDate, b: NaiveDate| solver::Span {
        start: Date(a),
        end: Date(b),
    };
    let blackouts = ctx
        .events
        .iter()
        .map(|e| solver::Blackout {
            start: Date(e.starts_on),
            end: Date(e.ends_on),
            label: match &e.location {
                Some(place) => format!("{}, {place}", e.label),
                None => e.label.clone(),
            },
        })
        .collect();
    // A host's city receives up to the host's capacity; a Twin receives its own host.
    let mut capacity: BTreeMap<CityId, i64> = BTreeMap::new();
    let mut roles: HashMap<CityId, Vec<ProfileRole>> = HashMap::new();
    for v in live {
        let host_cap = ctx.host_home.get(&v.host_id).map_or(1, |(_, cap)| *cap);
        let host_side = if v.direction == Direction::Outward {
            &v.host_city_id
        } else {
            &v.guest_city_id
        };
        let entry = capacity.entry(host_side.clone()).or_insert(0);
        *entry = (*entry).max(host_cap);
        roles
            .entry(host_side.clone())
            .or_default()
            .push(ProfileRole::Host);
        let entry = capacity.entry(v.twin_city_id.clone()).or_insert(0);
        *entry = (*entry).max(1);
        roles
            .entry(v.twin_city_id.clone())
            .or_default()
            .push(ProfileRole::Twin);
    }
    let cities = capacity
        .into_iter()
        .map(|(id, host_capacity)| {
            let mut city = solver::City {
                id: id.to_string(),
                unavailable: Vec::new(),
                no_travel: Vec::new(),
                no_hosting: Vec::new(),
                host_capacity,
            };
            let mut seen = roles.get(&id).cloned().unwrap_or_default();
            seen.sort_unstable();
            seen.dedup();
            for role in seen {
                for u in ctx
                    .profile(&id, role)
                    .map(|p| p.profile.unavailable.as_slice())
                    .unwrap_or_default()
                {
                    let s = span(u.starts_on, u.ends_on);
                    match u.applies_to.as_str() {
                        "travel" => city.no_travel.push(s),
                        "host" => city.no_hosting.push(s),
                        _ => city.unavailable.push(s),
                    }
                }
            }
            city
        })
        .collect();
    // The order of a pair's visits, and the default pull: spread over their window.
    let rules = ctx.rules();
    let mut by_pair: BTreeMap<&str, Vec<&VisitRow>> = BTreeMap::new();
    for v in live {
        by_pair.entry(v.proposal_id.as_str()).or_default().push(v);
    }
    let slots = rules.slots();
    let order = |v: &VisitRow| {
        slots
            .iter()
            .position(|s| {
                s.outward == (v.direction == Direction::Outward) && s.position == v.position
            })
            .unwrap_or(usize::MAX)
    };
    // The pairs of one host are staggered a week apart (a capacity's worth of delegations
    // per week for the trips, one at a time for the host's own visits back), so their
    // default pulls do not all ask for the same days.
    let mut of_host: HashMap<&HostId, usize> = HashMap::new();
    let mut rank: HashMap<&str, usize> = HashMap::new();
    for (pair, list) in &by_pair {
        let n = of_host.entry(&list[0].host_id).or_default();
        rank.insert(pair, *n);
        *n += 1;
    }
    let mut visits = Vec::with_capacity(live.len());
    for list in by_pair.values_mut() {
        list.sort_by_key(|v| order(v));
        let r = rank.get(list[0].proposal_id.as_str()).copied().unwrap_or(0) as i64;
        let per_week = ctx
            .host_home
            .get(&list[0].host_id)
            .map_or(1, |(_, cap)| (*cap).max(1));
        for (i, v) in list.iter().enumerate() {
            let sharing: Vec<&&VisitRow> = list
                .iter()
                .filter(|w| (w.window_start, w.window_end) == (v.window_start, v.window_end))
                .collect();
            let j = sharing.iter().position(|w| w.id == v.id).unwrap_or(0) as i64;
            let room = (v.window_end - v.window_start).num_days() - i64::from(v.days) + 1;
            let week = if v.direction == Direction::Outward {
                r / per_week
            } else {
                r
            };
            let spread = v.window_start
                + chrono::Duration::days(
                    (room.max(0) * (2 * j + 1) / (2 * sharing.len() as i64) + 7 * week)
                        .min(room.max(0)),
                );
            let placed = v
                .starts_on
                .filter(|_| keep && v.status != VisitStatus::Unplaced);
            visits.push(solver::Visit {
                id: v.id.clone().into(),
                guest: v.guest_city_id.to_string(),
                host: v.host_city_id.to_string(),
                days: i64::from(v.days),
                window: Some(span(v.window_start, v.window_end)),
                preferred_start: Some(Date(placed.unwrap_or(spread))),
                fixed_start: v
                    .starts_on
                    .filter(|_| v.status == VisitStatus::Confirmed)
                    .map(Date),
                after: i.checked_sub(1).map(|p| solver::After {
                    visit: (list[p].id.clone()).into(),
                    min_gap_days: i64::from(rules.min_gap_days),
                }),
            });
        }
    }
    Instance {
        format: solver::FORMAT.to_owned(),
        name: format!("{} visits", c.name),
        horizon: span(c.starts_on, c.ends_on),
        workdays: ["Mon", "Tue", "Wed", "Thu", "Fri"]
            .map(String::from)
            .to_vec(),
        blackouts,
        cities,
        visits,
    }
}

/// Gathers the cohort's published pairs and their visits (creating the missing ones with
/// their agenda), and builds the instance. Confirmed visits stay where they are; placed
/// ones are pulled to their dates.
pub fn prepare(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Prepared, Error> {
    let started = Instant::now();
    let ctx = context(conn, cohort_id)?;
    crate::ops::archive::ensure_open(conn, cohort_id)?;
    if ctx.pairs.is_empty() {
        return Err(Invalid::field(
            "pairs",
            "the cohort has no published pair to plan visits for: publish a matching round first",
        )
        .into());
    }
    let rules = ctx.rules();
    let slots = rules.slots();
    if slots.is_empty() {
        return Err(Invalid::field(
            "visit_rules",
            "the cohort's visit rules ask for no visit: set trips of each Twin or visits back",
        )
        .into());
    }
    let mut dead = Vec::new();
    let mut live: HashMap<VisitId, VisitRow> = HashMap::new();
    let mut have: HashMap<(ProposalId, Direction, i32), VisitId> = HashMap::new();
    for v in &ctx.visits {
        let wanted = ctx.pairs.contains_key(&v.proposal_id)
            && slots.iter().any(|s| {
                s.outward == (v.direction == Direction::Outward) && s.position == v.position
            });
        if !wanted {
            if v.status != VisitStatus::Cancelled || v.published_status.is_none() {
                dead.push(v.clone());
            }
            continue;
        }
        have.insert(
            (v.proposal_id.clone(), v.direction, v.position),
            v.id.clone(),
        );
        live.insert(v.id.clone(), v.clone());
    }
    let mut fresh = Vec::new();
    for p in ctx.pairs.values() {
        let Some((home, _)) = ctx.host_home.get(&p.host_id).cloned() else {
            continue;
        };
        for (i, slot) in slots.iter().enumerate() {
            let direction = if slot.outward {
                Direction::Outward
            } else {
                Direction::Return
            };
            let (window_start, window_end) = ctx.window(&rules, i);
            let key = (p.id.clone(), direction, slot.position);
            if let Some(id) = have.get(&key) {
                if let Some(v) = live.get_mut(id) {
                    // The cohort's rules may have changed since.
                    v.window_start = window_start;
                    v.window_end = window_end;
                    v.days = rules.days;
                    if v.status == VisitStatus::Cancelled {
                        v.status = VisitStatus::Unplaced;
                    }
                }
                continue;
            }
            let (guest, host_city) = if slot.outward {
                (p.twin_city_id.clone(), home.clone())
            } else {
                (home.clone(), p.twin_city_id.clone())
            };
            let at = now();
            let row = VisitRow {
                id: VisitId::generate(),
                cohort_id: cohort_id.to_owned(),
                proposal_id: p.id.clone(),
                twin_city_id: p.twin_city_id.clone(),
                host_id: p.host_id.clone(),
                guest_city_id: guest,
                host_city_id: host_city,
                direction,
                position: slot.position,
                days: rules.days,
                window_start,
                window_end,
                starts_on: None,
                ends_on: None,
                status: VisitStatus::Unplaced,
                reason: String::new(),
                sequence: 0,
                published_status: None,
                published_starts_on: None,
                published_ends_on: None,
                created_at: at,
                updated_at: at,
                agenda_changed_at: None,
            };
            let items = itinerary::agenda(
                slot.outward,
                &ctx.city_name(&p.twin_city_id),
                &ctx.host_name(&p.host_id),
                &ctx.themes(&p.twin_city_id, ProfileRole::Twin),
                &ctx.host_themes(&p.host_id),
                rules.days,
            );
            live.insert(row.id.clone(), row.clone());
            fresh.push((row, items));
        }
    }
    let mut list: Vec<&VisitRow> = live.values().collect();
    list.sort_by(|a, b| (&a.proposal_id, &a.id).cmp(&(&b.proposal_id, &b.id)));
    let instance = instance_of(&ctx, &list, true);
    let labels = live
        .values()
        .map(|v| (v.id.to_string(), ctx.label(v)))
        .collect();
    Ok(Prepared {
        cohort_id: cohort_id.to_owned(),
        instance,
        fresh,
        dead,
        live,
        labels,
        ctx,
        started,
    })
}

/// A solved planning run, ready to store.
pub struct Planned {
    prepared: Prepared,
    solution: Solution,
}

/// Solves the instance (a second or two for a thousand pairs).
pub fn solve(prepared: Prepared) -> Result<Planned, Error> {
    let solution = solver::solve(&prepared.instance, &solver::Options::default())
        .map_err(|e| Error::failed("the visit solver", e))?;
    Ok(Planned { prepared, solution })
}

/// Stores the run and the visits' new dates, in the caller's transaction.
pub fn store(conn: &mut DbConnection, planned: Planned, actor: &str) -> Result<ScheduleRow, Error> {
    let Planned { prepared, solution } = planned;
    let Prepared {
        cohort_id,
        instance,
        fresh,
        dead,
        mut live,
        labels,
        ctx,
        started,
    } = prepared;
    // Again in the storing transaction: the cohort may have been archived meanwhile.
    crate::ops::archive::ensure_open(conn, &cohort_id)?;
    for v in dead {
        if v.published_status.is_none() {
            visit::delete(conn, &v.id)?;
        } else {
            let mut v = v;
            v.status = VisitStatus::Cancelled;
            v.reason = "its pair is no longer proposed".to_owned();
            visit::save(conn, &v)?;
        }
    }
    for (row, items) in &fresh {
        visit::insert(conn, row)?;
        visit::set_agenda(conn, &row.id, items)?;
    }
    for s in &solution.visits {
        if let Some(v) = live.get_mut(s.id.as_str()) {
            v.starts_on = Some(s.start.0);
            v.ends_on = Some(s.end.0);
            v.reason.clear();
            if v.status == VisitStatus::Unplaced {
                v.status = VisitStatus::Draft;
            }
        }
    }
    for u in &solution.unscheduled {
        if let Some(v) = live.get_mut(u.id.as_str()) {
            v.starts_on = None;
            v.ends_on = None;
            v.status = VisitStatus::Unplaced;
            let reason = ctx.humanise(&u.reason, &labels);
            v.reason = format!("{reason}. To make it fit: {}.", remedy(&u.cause));
        }
    }
    for v in live.values() {
        visit::save(conn, v)?;
    }
    let row = visit::insert_schedule(
        conn,
        &cohort_id,
        &instance.to_json(),
        &solution.to_json(),
        started.elapsed().as_secs_f64(),
        actor,
    )?;
    audit::record(
        conn,
        actor,
        "plan",
        "cohort",
        cohort_id.as_str(),
        &format!(
            "schedule {}: {} visits placed, {} not",
            row.number,
            solution.visits.len(),
            solution.unscheduled.len()
        ),
    )?;
    Ok(row)
}

/// Plans every visit of the cohort's published pairs in one run, off the web workers.
pub async fn plan_cohort(
    pool: &DbPool,
    cohort_id: CohortId,
    actor: String,
) -> Result<PlanView, Error> {
    let id = cohort_id.clone();
    let prepared = with_db(pool, move |conn| prepare(conn, &id)).await?;
    let planned = run(move || solve(prepared)).await??;
    in_transaction(pool, move |conn| {
        store(conn, planned, &actor)?;
        plan_view(conn, &cohort_id)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_remedy_asks_the_city_whose_days_are_in_the_way() {
        let city = || "aarhus".to_owned();
        let host = "ask the receiving city to shorten the days it cannot host, or widen the module";
        let guest =
            "ask the travelling city to shorten the days it cannot travel, or widen the module";
        // The solver's sentence for the host's days names the guest's rule too, before it.
        assert_eq!(remedy(&Cause::CannotHost { city: city() }), host);
        assert_eq!(remedy(&Cause::CannotTravel { city: city() }), guest);
        let fixed = |rule: Cause| Cause::FixedStart {
            rule: Box::new(rule),
        };
        assert_eq!(remedy(&fixed(Cause::CannotHost { city: city() })), host);
        assert_eq!(
            remedy(&fixed(Cause::Blackout)),
            "move the confirmed visit by hand to a day that keeps every rule"
        );
        assert_eq!(
            remedy(&Cause::Blackout),
            "shorten a blackout or widen the module"
        );
    }
}
