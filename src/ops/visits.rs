//! Visit scheduling: the technical visits of a cohort's published pairs, planned in one
//! action inside the programme calendar, moved by hand under the same rules, published
//! with what changed, and shown as itineraries and calendar feeds.
//!
//! Data flows one way: database → [`prepare`] (a `twinning-visits/1` instance) →
//! [`solve`] (the solver crate, off the web workers) → [`store`].

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use twinning_solver::visits::{self as solver, Instance};
use twinning_solver::{Date, visits::Solution};
use utoipa::ToSchema;

use crate::api::ApiError;
use crate::db::DbConnection;
use crate::db::models::city::City;
use crate::db::models::cohort::{self, CohortWithModules};
use crate::db::models::event::{self, CalendarEvent};
use crate::db::models::profile::{self, StoredProfile};
use crate::db::models::proposal::{self, Proposal};
use crate::db::models::visit::{self, AgendaItem, ScheduleRow, VisitChange, VisitRow, is_live};
use crate::db::models::{audit, new_id, now, outbox};
use crate::domain::cohort::{VisitRules, parse_modules};
use crate::domain::invalid::{Checks, control_in, control_message};
use crate::domain::itinerary::{self, Travel};
use crate::domain::profile::Theme;
use crate::domain::{Invalid, limits};
use crate::mail::compose::{self, Addressbook};
use crate::mail::{self, Draft, Letterhead};

/// Everything about a cohort that planning, checking and showing visits read.
pub struct Context {
    /// The cohort with its modules.
    pub cohort: CohortWithModules,
    /// Blackouts and conferences of its calendar.
    pub events: Vec<CalendarEvent>,
    cities: HashMap<String, City>,
    /// Latest profile per (city, role).
    profiles: HashMap<(String, String), StoredProfile>,
    host_names: HashMap<String, String>,
    /// The city a host receives delegations in, and its capacity.
    host_home: HashMap<String, (String, i64)>,
    /// The cities of each host.
    host_members: HashMap<String, Vec<String>>,
    /// Live proposals nobody declined, by id.
    pairs: BTreeMap<String, Proposal>,
    /// Every visit of the cohort.
    pub visits: Vec<VisitRow>,
}

fn not_found(what: &'static str, id: &str) -> ApiError {
    ApiError::NotFound {
        what,
        id: id.to_owned(),
    }
}

/// Reads a cohort's calendar, pairs, profiles and visits.
pub fn context(conn: &mut DbConnection, cohort_id: &str) -> Result<Context, ApiError> {
    use crate::db::schema::{host_cities, hosts};
    use diesel::prelude::*;
    let cohort = cohort::get(conn, cohort_id)?.ok_or_else(|| not_found("cohort", cohort_id))?;
    let events = event::for_cohort(conn, &cohort.cohort.programme_id, cohort_id)?;
    let cities = crate::db::models::city::all(conn)?
        .into_iter()
        .map(|c| (c.city.id.clone(), c.city))
        .collect();
    let profiles = profile::current_of_cohort(conn, cohort_id)?;
    let rows: Vec<(String, String, String)> = hosts::table
        .inner_join(host_cities::table)
        .filter(hosts::cohort_id.eq(cohort_id))
        .order((hosts::id, host_cities::city_id))
        .select((hosts::id, hosts::name, host_cities::city_id))
        .load(conn)?;
    let mut host_names = HashMap::new();
    let mut host_home: HashMap<String, (String, i64)> = HashMap::new();
    let mut host_members: HashMap<String, Vec<String>> = HashMap::new();
    for (id, name, city_id) in rows {
        host_names.insert(id.clone(), name);
        host_members
            .entry(id.clone())
            .or_default()
            .push(city_id.clone());
        // The first of its cities with a host profile receives the delegations.
        let with_profile = profiles.get(&(city_id.clone(), "host".to_owned()));
        let capacity = with_profile
            .and_then(|p| p.profile.capacity)
            .map_or(1, i64::from);
        match host_home.get(&id) {
            Some((home, _)) if profiles.contains_key(&(home.clone(), "host".to_owned())) => {}
            Some(_) if with_profile.is_none() => {}
            _ => {
                host_home.insert(id, (city_id, capacity));
            }
        }
    }
    let pairs = proposal::live_of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|p| p.state() != "declined")
        .map(|p| (p.id.clone(), p))
        .collect();
    let visits = visit::of_cohort(conn, cohort_id)?;
    Ok(Context {
        cohort,
        events,
        cities,
        profiles,
        host_names,
        host_home,
        host_members,
        pairs,
        visits,
    })
}

impl Context {
    fn rules(&self) -> VisitRules {
        let c = &self.cohort.cohort;
        VisitRules {
            twin_to_host: c.visits_twin_to_host,
            host_to_twin: c.visits_host_to_twin,
            days: c.visit_days,
            min_gap_days: c.min_gap_days,
            modules: parse_modules(&c.visit_modules),
        }
    }

    fn city_name(&self, id: &str) -> String {
        self.cities
            .get(id)
            .map_or_else(|| id.to_owned(), |c| c.name.clone())
    }

    fn host_name(&self, id: &str) -> String {
        self.host_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    fn profile(&self, city_id: &str, role: &str) -> Option<&StoredProfile> {
        self.profiles.get(&(city_id.to_owned(), role.to_owned()))
    }

    /// "Cascais to Aarhus, trip 1" or "Aarhus to Cascais, visit back 1".
    pub fn label(&self, v: &VisitRow) -> String {
        let kind = if v.direction == "outward" {
            "trip"
        } else {
            "visit back"
        };
        format!(
            "{} to {}, {kind} {}",
            self.city_name(&v.guest_city_id),
            self.city_name(&v.host_city_id),
            v.position
        )
    }

    /// The window of the `i`-th visit of a pair: its module, or the whole cohort.
    fn window(&self, rules: &VisitRules, i: usize) -> (NaiveDate, NaiveDate) {
        let c = &self.cohort.cohort;
        rules
            .modules
            .get(i)
            .and_then(|&m| self.cohort.modules.iter().find(|r| r.position == m))
            .map_or((c.starts_on, c.ends_on), |m| (m.starts_on, m.ends_on))
    }

    fn themes(&self, city_id: &str, role: &str) -> Vec<Theme> {
        self.profile(city_id, role)
            .map(|p| p.profile.themes.clone())
            .unwrap_or_default()
    }

    /// The practices of a host: those of every city of it that gave a profile.
    fn host_themes(&self, host_id: &str) -> Vec<Theme> {
        self.host_members
            .get(host_id)
            .into_iter()
            .flatten()
            .flat_map(|city| self.themes(city, "host"))
            .collect()
    }

    /// Replaces ids in a solver reason with names.
    fn humanise(&self, text: &str, labels: &HashMap<String, String>) -> String {
        let mut out = text.to_owned();
        for (id, label) in labels {
            out = out.replace(id.as_str(), label);
        }
        for (id, c) in &self.cities {
            if out.contains(id.as_str()) {
                out = out.replace(id.as_str(), &c.name);
            }
        }
        out
    }
}

/// What would make an unplaced visit fit, read from the solver's reason.
fn remedy(reason: &str) -> &'static str {
    if reason.contains("time limit") {
        "plan again with more time"
    } else if reason.contains("conflicts with scheduled visits") {
        "raise the host's capacity, move one of those visits by hand, or widen the module"
    } else if reason.contains("cannot travel") {
        "ask the travelling city to shorten the days it cannot travel, or widen the module"
    } else if reason.contains("cannot host") {
        "ask the receiving city to shorten the days it cannot host, or widen the module"
    } else if reason.contains("after blackouts") {
        "shorten a blackout or widen the module"
    } else if reason.contains("fixed start") {
        "move the confirmed visit by hand to a day that keeps every rule"
    } else {
        "widen the module, shorten the visits or the gap between them (the cohort's visit rules)"
    }
}

/// A planning run ready to solve.
pub struct Prepared {
    cohort_id: String,
    instance: Instance,
    /// Visits to create, with their agenda.
    fresh: Vec<(VisitRow, Vec<itinerary::Item>)>,
    /// Visits whose pair is gone.
    dead: Vec<VisitRow>,
    /// Every live visit (existing and fresh), by id.
    live: HashMap<String, VisitRow>,
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
fn instance_of(ctx: &Context, live: &[&VisitRow], keep: bool) -> Instance {
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
    let mut capacity: BTreeMap<String, i64> = BTreeMap::new();
    let mut roles: HashMap<String, Vec<&str>> = HashMap::new();
    for v in live {
        let host_cap = ctx.host_home.get(&v.host_id).map_or(1, |(_, cap)| *cap);
        let host_side = if v.direction == "outward" {
            &v.host_city_id
        } else {
            &v.guest_city_id
        };
        let entry = capacity.entry(host_side.clone()).or_insert(0);
        *entry = (*entry).max(host_cap);
        roles.entry(host_side.clone()).or_default().push("host");
        let entry = capacity.entry(v.twin_city_id.clone()).or_insert(0);
        *entry = (*entry).max(1);
        roles
            .entry(v.twin_city_id.clone())
            .or_default()
            .push("twin");
    }
    let cities = capacity
        .into_iter()
        .map(|(id, host_capacity)| {
            let mut city = solver::City {
                id: id.clone(),
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
        by_pair.entry(&v.proposal_id).or_default().push(v);
    }
    let slots = rules.slots();
    let order = |v: &VisitRow| {
        slots
            .iter()
            .position(|s| s.outward == (v.direction == "outward") && s.position == v.position)
            .unwrap_or(usize::MAX)
    };
    // The pairs of one host are staggered a week apart (a capacity's worth of delegations
    // per week for the trips, one at a time for the host's own visits back), so their
    // default pulls do not all ask for the same days.
    let mut of_host: HashMap<&str, usize> = HashMap::new();
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
            let week = if v.direction == "outward" {
                r / per_week
            } else {
                r
            };
            let spread = v.window_start
                + chrono::Duration::days(
                    (room.max(0) * (2 * j + 1) / (2 * sharing.len() as i64) + 7 * week)
                        .min(room.max(0)),
                );
            let placed = v.starts_on.filter(|_| keep && v.status != "unplaced");
            visits.push(solver::Visit {
                id: v.id.clone(),
                guest: v.guest_city_id.clone(),
                host: v.host_city_id.clone(),
                days: i64::from(v.days),
                window: Some(span(v.window_start, v.window_end)),
                preferred_start: Some(Date(placed.unwrap_or(spread))),
                fixed_start: v.starts_on.filter(|_| v.status == "confirmed").map(Date),
                after: i.checked_sub(1).map(|p| solver::After {
                    visit: list[p].id.clone(),
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
pub fn prepare(conn: &mut DbConnection, cohort_id: &str) -> Result<Prepared, ApiError> {
    let started = Instant::now();
    let ctx = context(conn, cohort_id)?;
    super::archive::ensure_open(conn, cohort_id)?;
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
    let mut live: HashMap<String, VisitRow> = HashMap::new();
    let mut have: HashMap<(String, String, i32), String> = HashMap::new();
    for v in &ctx.visits {
        let wanted = ctx.pairs.contains_key(&v.proposal_id)
            && slots
                .iter()
                .any(|s| s.outward == (v.direction == "outward") && s.position == v.position);
        if !wanted {
            if v.status != "cancelled" || v.published_status.is_none() {
                dead.push(v.clone());
            }
            continue;
        }
        have.insert(
            (v.proposal_id.clone(), v.direction.clone(), v.position),
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
            let direction = if slot.outward { "outward" } else { "return" };
            let (window_start, window_end) = ctx.window(&rules, i);
            let key = (p.id.clone(), direction.to_owned(), slot.position);
            if let Some(id) = have.get(&key) {
                if let Some(v) = live.get_mut(id) {
                    // The cohort's rules may have changed since.
                    v.window_start = window_start;
                    v.window_end = window_end;
                    v.days = rules.days;
                    if v.status == "cancelled" {
                        v.status = "unplaced".to_owned();
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
                id: new_id(),
                cohort_id: cohort_id.to_owned(),
                proposal_id: p.id.clone(),
                twin_city_id: p.twin_city_id.clone(),
                host_id: p.host_id.clone(),
                guest_city_id: guest,
                host_city_id: host_city,
                direction: direction.to_owned(),
                position: slot.position,
                days: rules.days,
                window_start,
                window_end,
                starts_on: None,
                ends_on: None,
                status: "unplaced".to_owned(),
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
                &ctx.themes(&p.twin_city_id, "twin"),
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
        .map(|v| (v.id.clone(), ctx.label(v)))
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
pub fn solve(prepared: Prepared) -> Result<Planned, ApiError> {
    let solution = solver::solve(&prepared.instance, &solver::Options::default())
        .map_err(|e| ApiError::Internal(format!("the visit solver failed: {e}")))?;
    Ok(Planned { prepared, solution })
}

/// Stores the run and the visits' new dates, in the caller's transaction.
pub fn store(
    conn: &mut DbConnection,
    planned: Planned,
    actor: &str,
) -> Result<ScheduleRow, ApiError> {
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
    super::archive::ensure_open(conn, &cohort_id)?;
    for v in dead {
        if v.published_status.is_none() {
            visit::delete(conn, &v.id)?;
        } else {
            let mut v = v;
            v.status = "cancelled".to_owned();
            v.reason = "its pair is no longer proposed".to_owned();
            visit::save(conn, &v)?;
        }
    }
    for (row, items) in &fresh {
        visit::insert(conn, row)?;
        visit::set_agenda(conn, &row.id, items)?;
    }
    for s in &solution.visits {
        if let Some(v) = live.get_mut(&s.id) {
            v.starts_on = Some(s.start.0);
            v.ends_on = Some(s.end.0);
            v.reason.clear();
            if v.status == "unplaced" {
                v.status = "draft".to_owned();
            }
        }
    }
    for u in &solution.unscheduled {
        if let Some(v) = live.get_mut(&u.id) {
            v.starts_on = None;
            v.ends_on = None;
            v.status = "unplaced".to_owned();
            let reason = ctx.humanise(&u.reason, &labels);
            v.reason = format!("{reason}. To make it fit: {}.", remedy(&u.reason));
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
        &cohort_id,
        &format!(
            "schedule {}: {} visits placed, {} not",
            row.number,
            solution.visits.len(),
            solution.unscheduled.len()
        ),
    )?;
    Ok(row)
}

/// A manual change of one visit.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VisitUpdate {
    /// A new first day; checked against every rule with the other visits where they are.
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    /// Confirm the visit (a re-plan keeps it where it is) or release it.
    #[serde(default)]
    pub confirmed: Option<bool>,
}

/// Moves and/or confirms a visit; a move that breaks a rule is refused with the rule.
pub fn update(
    conn: &mut DbConnection,
    visit_id: &str,
    change: &VisitUpdate,
    actor: &str,
) -> Result<VisitRow, ApiError> {
    let row = visit::get(conn, visit_id)?.ok_or_else(|| not_found("visit", visit_id))?;
    let ctx = context(conn, &row.cohort_id)?;
    super::archive::ensure_open(conn, &row.cohort_id)?;
    if row.status == "cancelled" {
        return Err(ApiError::Conflict {
            field: None,
            detail: format!(
                "{} is cancelled: its pair is no longer proposed",
                ctx.label(&row)
            ),
        });
    }
    if !ctx.pairs.contains_key(&row.proposal_id) {
        return Err(ApiError::Conflict {
            field: None,
            detail: format!(
                "{}: its pair is no longer proposed; plan the visits again to cancel it",
                ctx.label(&row)
            ),
        });
    }
    let mut next = row.clone();
    if let Some(start) = change.starts_on {
        let live: Vec<&VisitRow> = ctx
            .visits
            .iter()
            .filter(|v| v.status != "cancelled" && ctx.pairs.contains_key(&v.proposal_id))
            .collect();
        let instance = instance_of(&ctx, &live, false);
        let placed: Vec<solver::Scheduled> = live
            .iter()
            .filter(|v| v.status != "unplaced" && v.id != row.id)
            .filter_map(|v| {
                Some(solver::Scheduled {
                    id: v.id.clone(),
                    start: Date(v.starts_on?),
                    end: Date(v.ends_on?),
                })
            })
            .collect();
        let broken = solver::check_start(&instance, &placed, &row.id, Date(start))
            .map_err(|e| ApiError::Internal(format!("checking the move: {e}")))?;
        if let Some(rule) = broken {
            let labels = live.iter().map(|v| (v.id.clone(), ctx.label(v))).collect();
            return Err(Invalid::field(
                "starts_on",
                format!(
                    "{} cannot start on {start}: {}",
                    ctx.label(&row),
                    ctx.humanise(&rule, &labels)
                ),
            )
            .into());
        }
        next.starts_on = Some(start);
        next.ends_on = Some(start + chrono::Duration::days(i64::from(row.days) - 1));
        next.reason.clear();
        if next.status == "unplaced" {
            next.status = "draft".to_owned();
        }
    }
    match change.confirmed {
        Some(true) => {
            if next.starts_on.is_none() {
                return Err(Invalid::field(
                    "confirmed",
                    "the visit has no dates yet: give starts_on, or plan the cohort first",
                )
                .into());
            }
            next.status = "confirmed".to_owned();
        }
        Some(false) if next.status == "confirmed" => {
            next.status = if next.published_status.is_some() {
                "planned".to_owned()
            } else {
                "draft".to_owned()
            };
        }
        _ => {}
    }
    visit::save(conn, &next)?;
    audit::record(
        conn,
        actor,
        "update",
        "visit",
        &row.id,
        &format!(
            "{}: {} → {}, {} → {}",
            ctx.label(&row),
            row.starts_on.map_or("-".to_owned(), |d| d.to_string()),
            next.starts_on.map_or("-".to_owned(), |d| d.to_string()),
            row.status,
            next.status
        ),
    )?;
    Ok(next)
}

/// A change a publish made, as shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChangeView {
    /// The visit.
    pub visit_id: String,
    /// "Cascais to Aarhus, trip 1".
    pub visit: String,
    /// `planned`, `moved`, `updated` (a new agenda, the same dates) or `cancelled`.
    pub kind: String,
    /// The calendar SEQUENCE participants now have.
    pub sequence: i32,
    /// Dates before.
    pub old_starts_on: Option<NaiveDate>,
    /// Dates before.
    pub old_ends_on: Option<NaiveDate>,
    /// Dates after.
    pub new_starts_on: Option<NaiveDate>,
    /// Dates after.
    pub new_ends_on: Option<NaiveDate>,
    /// When it was published.
    #[serde(serialize_with = "crate::api::time::utc")]
    pub at: chrono::NaiveDateTime,
    /// When the last of its emails was sent (None while any is unsent).
    #[serde(serialize_with = "crate::api::time::utc_opt")]
    pub notified_at: Option<chrono::NaiveDateTime>,
    /// Its emails by status.
    pub emails: EmailTally,
}

/// How many of a change's emails are sent, still being sent (queued or retrying), or
/// failed.
#[derive(Debug, Clone, Copy, Default, Serialize, ToSchema)]
pub struct EmailTally {
    /// Sent.
    pub sent: i64,
    /// Queued or retrying.
    pub waiting: i64,
    /// Failed for good (resend them from the emails page).
    pub failed: i64,
}

impl EmailTally {
    /// Every email of the change.
    pub fn total(&self) -> i64 {
        self.sent + self.waiting + self.failed
    }
}

/// What a publish would do to one visit: the row as it becomes, and the change.
struct Pending {
    next: VisitRow,
    change: VisitChange,
}

/// The changes a publish would make now: every visit whose dates or status differ from
/// what its participants were last told (drafts become planned; a visit published before
/// gets a higher SEQUENCE).
fn pending(ctx: &Context) -> Vec<Pending> {
    let mut out = Vec::new();
    for v in &ctx.visits {
        if !v.unpublished_change() {
            continue;
        }
        let was_told = v.published_status.as_deref().is_some_and(is_live);
        let live = is_live(&v.status);
        let moved = v.published_starts_on != v.starts_on || v.published_ends_on != v.ends_on;
        let kind = match (was_told, live) {
            (false, true) => "planned",
            (true, true) if moved => "moved",
            // The same dates, a new agenda.
            (true, true) => "updated",
            (true, false) => "cancelled",
            (false, false) => continue,
        };
        let mut next = v.clone();
        if v.published_status.is_some() {
            next.sequence += 1;
        }
        if next.status == "draft" {
            next.status = "planned".to_owned();
        }
        if kind == "cancelled" {
            next.status = "cancelled".to_owned();
            next.starts_on = v.starts_on.or(v.published_starts_on);
            next.ends_on = v.ends_on.or(v.published_ends_on);
        }
        next.published_status = Some(next.status.clone());
        next.published_starts_on = next.starts_on;
        next.published_ends_on = next.ends_on;
        let change = VisitChange {
            id: new_id(),
            visit_id: v.id.clone(),
            cohort_id: v.cohort_id.clone(),
            kind: kind.to_owned(),
            sequence: next.sequence,
            old_starts_on: v.published_starts_on,
            old_ends_on: v.published_ends_on,
            new_starts_on: next.starts_on.filter(|_| kind != "cancelled"),
            new_ends_on: next.ends_on.filter(|_| kind != "cancelled"),
            created_at: now(),
            notified_at: None,
        };
        out.push(Pending { next, change });
    }
    out
}

/// The emails of pending changes (one per participant of each changed visit), and the
/// visits whose change nobody can be told of (no contact, no invitation address).
fn emails_of(
    conn: &mut DbConnection,
    ctx: &Context,
    pending: &[Pending],
    head: &Letterhead,
) -> Result<(Vec<Draft>, Vec<String>), ApiError> {
    let book = Addressbook::new(conn, &ctx.cohort.cohort.id, &ctx.profiles, |id| {
        ctx.cities.get(id).map(|c| c.country.clone())
    })?;
    let mut agendas = visit::agendas_of_cohort(conn, &ctx.cohort.cohort.id)?;
    let mut drafts = Vec::new();
    let mut nobody = Vec::new();
    for p in pending {
        let view = view(ctx, &p.next, agendas.remove(&p.next.id).unwrap_or_default());
        let change = compose::Change {
            id: p.change.id.clone(),
            kind: p.change.kind.clone(),
            old: p.change.old_starts_on.zip(p.change.old_ends_on),
        };
        let emails = compose::visit_change(&view, &change, &book, &ctx.cohort.cohort.name, head);
        if emails.is_empty() {
            nobody.push(view.label);
        }
        drafts.extend(emails);
    }
    Ok((drafts, nobody))
}

/// What a publish did: the changes recorded and the emails queued for them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Published {
    /// The changes, one per visit whose participants are told.
    pub changes: Vec<ChangeView>,
    /// Emails queued in the outbox (one per participant of each changed visit).
    pub emails: usize,
    /// Changed visits nobody could be emailed about: neither city gave a contact or an
    /// invitation address.
    pub nobody_to_email: Vec<String>,
}

/// What a publish would send now.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The cohort's name.
    pub cohort: String,
    /// The emails.
    pub emails: Vec<Draft>,
    /// Changed visits nobody could be emailed about.
    pub nobody_to_email: Vec<String>,
}

/// The tag of a cohort's schedule as it stands: every visit's dates, status, sequence and
/// what its participants were told. A publish sent with it (`If-Match`) publishes exactly
/// what its sender saw, or nothing.
pub fn schedule_tag(ctx: &Context) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    let mut visits: Vec<&VisitRow> = ctx.visits.iter().collect();
    visits.sort_by(|a, b| a.id.cmp(&b.id));
    for v in visits {
        hash.update(format!(
            "{}|{:?}|{:?}|{}|{}|{:?}|{:?}|{:?}|{:?}\n",
            v.id,
            v.starts_on,
            v.ends_on,
            v.status,
            v.sequence,
            v.published_status,
            v.published_starts_on,
            v.published_ends_on,
            v.agenda_changed_at,
        ));
    }
    let digest = hash.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("schedule-{hex}")
}

/// Refuses a publish of a schedule that changed since its sender read it (`If-Match`).
/// Takes the cohort's write lock, so the publish after it follows at once.
pub fn expect_schedule(
    conn: &mut DbConnection,
    cohort_id: &str,
    expected: Option<&str>,
) -> Result<(), ApiError> {
    let Some(expected) = expected else {
        return Ok(());
    };
    crate::db::lock_cohort(conn, cohort_id)?;
    let current = schedule_tag(&context(conn, cohort_id)?);
    if expected != current {
        return Err(ApiError::PreconditionFailed(
            "the schedule changed since it was read (a visit moved, was planned or published): read it and its preview again before publishing"
                .to_owned(),
        ));
    }
    Ok(())
}

/// Publishes the schedule: drafts become planned, every visit whose dates or status
/// differ from what its participants were last told gets a change record (and a higher
/// SEQUENCE when it was published before), and each of its participants an email in the
/// outbox, in the same transaction. Nothing changed: nothing recorded, nobody emailed.
pub fn publish(
    conn: &mut DbConnection,
    cohort_id: &str,
    head: &Letterhead,
    actor: &str,
) -> Result<Published, ApiError> {
    // A second publish at once waits for the first, then finds nothing left to tell.
    crate::db::lock_cohort(conn, cohort_id)?;
    let ctx = context(conn, cohort_id)?;
    super::archive::ensure_open(conn, cohort_id)?;
    if ctx.visits.is_empty() {
        return Err(Invalid::field(
            "visits",
            "the cohort has no visit yet: plan the visits first",
        )
        .into());
    }
    let pending = pending(&ctx);
    let (drafts, nobody_to_email) = emails_of(conn, &ctx, &pending, head)?;
    // A bound on what one publish can send: with the bound on each profile's contacts no
    // real cohort comes near it, and nothing is stored when it would be passed.
    if drafts.len() > limits::EMAILS_PER_PUBLISH {
        return Err(ApiError::Conflict {
            field: None,
            detail: format!(
                "this publish would send {} emails, more than the {} one publish may send; \
                 check the contacts of the cities' profiles (the preview lists every email)",
                drafts.len(),
                limits::EMAILS_PER_PUBLISH
            ),
        });
    }
    for p in &pending {
        visit::save(conn, &p.next)?;
        visit::agenda_told(conn, &p.next.id)?;
        visit::insert_change(conn, &p.change)?;
    }
    // What the answer shows: every email of this publish is waiting to be sent.
    let mut tally: HashMap<String, EmailTally> = HashMap::new();
    for d in &drafts {
        tally.entry(d.about_id.clone()).or_default().waiting += 1;
    }
    let emails = mail::enqueue(conn, drafts, head, actor)?;
    // Drafts nobody has to be told about yet (no dates) stay as they are.
    visit::mark_published(conn, cohort_id)?;
    audit::record(
        conn,
        actor,
        "publish",
        "schedule",
        cohort_id,
        &format!(
            "{} visit change(s) published, {emails} email(s) queued",
            pending.len()
        ),
    )?;
    Ok(Published {
        changes: pending
            .into_iter()
            .map(|p| change_view(&ctx, &tally, p.change))
            .collect(),
        emails,
        nobody_to_email,
    })
}

/// The emails a publish would send now, without storing anything.
pub fn preview(
    conn: &mut DbConnection,
    cohort_id: &str,
    head: &Letterhead,
) -> Result<Preview, ApiError> {
    let ctx = context(conn, cohort_id)?;
    let pending = pending(&ctx);
    let (emails, nobody_to_email) = emails_of(conn, &ctx, &pending, head)?;
    Ok(Preview {
        cohort: ctx.cohort.cohort.name.clone(),
        emails,
        nobody_to_email,
    })
}

/// Each published change's emails, by change id.
fn email_tally(
    conn: &mut DbConnection,
    cohort_id: &str,
) -> Result<HashMap<String, EmailTally>, ApiError> {
    let mut tally: HashMap<String, EmailTally> = HashMap::new();
    for (change, status, n) in outbox::tally_of_changes(conn, cohort_id)? {
        let t = tally.entry(change).or_default();
        match status.as_str() {
            "sent" => t.sent += n,
            "failed" => t.failed += n,
            _ => t.waiting += n,
        }
    }
    Ok(tally)
}

fn change_view(ctx: &Context, tally: &HashMap<String, EmailTally>, c: VisitChange) -> ChangeView {
    let label = ctx
        .visits
        .iter()
        .find(|v| v.id == c.visit_id)
        .map(|v| ctx.label(v))
        .unwrap_or_default();
    ChangeView {
        visit_id: c.visit_id,
        visit: label,
        kind: c.kind,
        sequence: c.sequence,
        old_starts_on: c.old_starts_on,
        old_ends_on: c.old_ends_on,
        new_starts_on: c.new_starts_on,
        new_ends_on: c.new_ends_on,
        at: c.created_at,
        notified_at: c.notified_at,
        emails: tally.get(&c.id).copied().unwrap_or_default(),
    }
}

/// The published changes of a cohort, newest first.
pub fn changes(conn: &mut DbConnection, ctx: &Context) -> Result<Vec<ChangeView>, ApiError> {
    let tally = email_tally(conn, &ctx.cohort.cohort.id)?;
    Ok(visit::changes_of(conn, &ctx.cohort.cohort.id)?
        .into_iter()
        .map(|c| change_view(ctx, &tally, c))
        .collect())
}

/// A participant, as shown on an itinerary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Participant {
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Role.
    pub role: String,
    /// Language code.
    pub language: String,
}

/// One day of an itinerary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AgendaDay {
    /// Day of the visit, from 1.
    pub day: i32,
    /// Its date, once the visit is placed.
    pub date: Option<NaiveDate>,
    /// What happens, in order.
    pub items: Vec<AgendaEntry>,
}

/// One agenda item.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaEntry {
    /// Day of the visit, from 1 (ignored where the day is given by its place).
    #[serde(default)]
    #[schema(minimum = 1)]
    pub day: i32,
    /// What happens.
    #[schema(max_length = 200)]
    pub title: String,
    /// More about it.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub detail: String,
}

/// A visit with its itinerary, as shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VisitView {
    /// Id; the calendar UID is `{id}@twinning`.
    pub id: String,
    /// Cohort.
    pub cohort_id: String,
    /// The pair's proposal.
    pub proposal_id: String,
    /// "Cascais to Aarhus, trip 1".
    pub label: String,
    /// Twin city id.
    pub twin_id: String,
    /// Twin name.
    pub twin: String,
    /// Host id.
    pub host_id: String,
    /// Host name (a Mission City or a pilot activity).
    pub host: String,
    /// Travelling city id.
    pub guest_city_id: String,
    /// Travelling city.
    pub guest_city: String,
    /// Receiving city id.
    pub host_city_id: String,
    /// Receiving city.
    pub host_city: String,
    /// Its country.
    pub host_country: String,
    /// `outward` or `return`.
    pub direction: String,
    /// Number within its direction.
    pub position: i32,
    /// Workdays.
    pub days: i32,
    /// Where it may fall.
    pub window_start: NaiveDate,
    /// Where it may fall.
    pub window_end: NaiveDate,
    /// First day.
    pub starts_on: Option<NaiveDate>,
    /// Last day.
    pub ends_on: Option<NaiveDate>,
    /// `unplaced`, `draft`, `planned`, `confirmed` or `cancelled`.
    pub status: String,
    /// Why it is unplaced and what would make it fit.
    pub reason: String,
    /// Calendar SEQUENCE.
    pub sequence: i32,
    /// What participants were last told: status (absent: never published).
    pub published_status: Option<String>,
    /// What participants were last told: first day.
    pub published_starts_on: Option<NaiveDate>,
    /// What participants were last told: last day.
    pub published_ends_on: Option<NaiveDate>,
    /// Dates or status differ from what participants were last told.
    pub changed_since_publish: bool,
    /// Day by day.
    pub agenda: Vec<AgendaDay>,
    /// The travelling delegation's contacts.
    pub guest_contacts: Vec<Participant>,
    /// The receiving team's contacts.
    pub host_contacts: Vec<Participant>,
    /// Distance, mode and CO₂.
    pub travel: Travel,
}

fn participants(ctx: &Context, city_id: &str, role: &str) -> Vec<Participant> {
    ctx.profile(city_id, role)
        .map(|p| {
            p.profile
                .contacts
                .iter()
                .map(|c| Participant {
                    name: c.name.clone(),
                    email: c.email.clone(),
                    role: c.role.clone(),
                    language: c.language.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The view of a visit, with its agenda.
pub fn view(ctx: &Context, v: &VisitRow, agenda: Vec<AgendaItem>) -> VisitView {
    let outward = v.direction == "outward";
    let (guest_role, host_role) = if outward {
        ("twin", "host")
    } else {
        ("host", "twin")
    };
    let city = |id: &str| ctx.cities.get(id);
    let place = |id: &str| {
        city(id).map_or(((0.0, 0.0), String::new()), |c| {
            ((c.lat, c.lon), c.country.clone())
        })
    };
    let (from, from_country) = place(&v.guest_city_id);
    let (to, to_country) = place(&v.host_city_id);
    let delegation = ctx
        .profile(&v.guest_city_id, guest_role)
        .and_then(|p| p.profile.delegation_size);
    let mut days: Vec<AgendaDay> = (1..=v.days)
        .map(|day| AgendaDay {
            day,
            date: v
                .starts_on
                .map(|s| s + chrono::Duration::days(i64::from(day) - 1)),
            items: Vec::new(),
        })
        .collect();
    for item in agenda {
        let i = (item.day.clamp(1, v.days.max(1)) - 1) as usize;
        if let Some(d) = days.get_mut(i) {
            d.items.push(AgendaEntry {
                day: item.day,
                title: item.title,
                detail: item.detail,
            });
        }
    }
    VisitView {
        id: v.id.clone(),
        cohort_id: v.cohort_id.clone(),
        proposal_id: v.proposal_id.clone(),
        label: ctx.label(v),
        twin_id: v.twin_city_id.clone(),
        twin: ctx.city_name(&v.twin_city_id),
        host_id: v.host_id.clone(),
        host: ctx.host_name(&v.host_id),
        guest_city_id: v.guest_city_id.clone(),
        guest_city: ctx.city_name(&v.guest_city_id),
        host_city_id: v.host_city_id.clone(),
        host_city: ctx.city_name(&v.host_city_id),
        host_country: to_country.clone(),
        direction: v.direction.clone(),
        position: v.position,
        days: v.days,
        window_start: v.window_start,
        window_end: v.window_end,
        starts_on: v.starts_on,
        ends_on: v.ends_on,
        status: v.status.clone(),
        reason: v.reason.clone(),
        sequence: v.sequence,
        published_status: v.published_status.clone(),
        published_starts_on: v.published_starts_on,
        published_ends_on: v.published_ends_on,
        changed_since_publish: v.published_status.is_some() && v.unpublished_change(),
        agenda: days,
        guest_contacts: participants(ctx, &v.guest_city_id, guest_role),
        host_contacts: participants(ctx, &v.host_city_id, host_role),
        travel: itinerary::travel(from, &from_country, to, &to_country, delegation),
    }
}

/// The views of the visits `filter` keeps, in the cohort's order.
pub fn views(
    conn: &mut DbConnection,
    ctx: &Context,
    filter: impl Fn(&VisitRow) -> bool,
) -> Result<Vec<VisitView>, ApiError> {
    let mut agendas = visit::agendas_of_cohort(conn, &ctx.cohort.cohort.id)?;
    let mut out: Vec<VisitView> = ctx
        .visits
        .iter()
        .filter(|v| filter(v))
        .map(|v| view(ctx, v, agendas.remove(&v.id).unwrap_or_default()))
        .collect();
    out.sort_by(|a, b| {
        (&a.twin, a.starts_on.is_none(), a.starts_on, &a.label).cmp(&(
            &b.twin,
            b.starts_on.is_none(),
            b.starts_on,
            &b.label,
        ))
    });
    Ok(out)
}

/// Whether a city takes part in a visit (travels or receives).
pub fn involves(v: &VisitRow, city_id: &str) -> bool {
    v.guest_city_id == city_id || v.host_city_id == city_id || v.twin_city_id == city_id
}

/// Replaces a visit's agenda. `city`: the city (and cohort) editing it from its link,
/// which must be the one receiving the visit; `None`: a manager.
pub fn set_agenda(
    conn: &mut DbConnection,
    visit_id: &str,
    entries: &[AgendaEntry],
    city: Option<(&str, &str)>,
    actor: &str,
) -> Result<VisitRow, ApiError> {
    let row = visit::get(conn, visit_id)?.ok_or_else(|| not_found("visit", visit_id))?;
    if let Some((city, cohort)) = city
        && (row.host_city_id != city || row.cohort_id != cohort)
    {
        // Not the receiving city: as if there were no such visit.
        return Err(not_found("visit", visit_id));
    }
    super::archive::ensure_open(conn, &row.cohort_id)?;
    let mut c = Checks::new();
    c.ensure(
        !entries.is_empty(),
        "agenda",
        "an agenda needs at least one item",
    );
    c.ensure(
        entries.len() <= limits::AGENDA_ITEMS,
        "agenda",
        format!(
            "{} items is too many: at most {}",
            entries.len(),
            limits::AGENDA_ITEMS
        ),
    );
    for (i, e) in entries.iter().enumerate() {
        c.ensure(
            (1..=row.days).contains(&e.day),
            &format!("agenda[{i}].day"),
            format!(
                "{} is not a day of this visit: use 1 to {}",
                e.day, row.days
            ),
        );
        let title = e.title.trim();
        c.ensure(
            !title.is_empty(),
            &format!("agenda[{i}].title"),
            "write what happens",
        );
        c.ensure(
            title.chars().count() <= limits::TITLE_CHARS,
            &format!("agenda[{i}].title"),
            format!("at most {} characters", limits::TITLE_CHARS),
        );
        c.ensure(
            e.detail.chars().count() <= limits::TEXT_CHARS,
            &format!("agenda[{i}].detail"),
            format!("at most {} characters", limits::TEXT_CHARS),
        );
        for (field, text, multiline) in [("title", title, false), ("detail", &e.detail, true)] {
            if let Some(ch) = control_in(text, multiline) {
                c.ensure(
                    false,
                    &format!("agenda[{i}].{field}"),
                    control_message(ch, multiline),
                );
            }
        }
    }
    c.finish(|| ())?;
    let mut items: Vec<(i32, String, String)> = entries
        .iter()
        .map(|e| (e.day, e.title.trim().to_owned(), e.detail.trim().to_owned()))
        .collect();
    items.sort_by_key(|i| i.0);
    visit::set_agenda(conn, visit_id, &items)?;
    audit::record(
        conn,
        actor,
        "agenda",
        "visit",
        visit_id,
        &format!("{} item(s)", items.len()),
    )?;
    Ok(row)
}

/// The person an emailed calendar invites, and who invites.
pub struct Invitee<'a> {
    /// The programme's name.
    pub organizer_name: &'a str,
    /// The programme's address.
    pub organizer_email: &'a str,
    /// The participant's name.
    pub name: &'a str,
    /// The participant's address.
    pub email: &'a str,
}

/// The calendar of the published visits among `views`: one event per visit with a
/// stable UID, all-day dates, the SEQUENCE participants have, cancelled ones as such.
/// `invitee`: the calendar goes by email (iTIP): ORGANIZER and ATTENDEE are set.
pub fn ics(views: &[VisitView], name: &str, method: &str, invitee: Option<&Invitee<'_>>) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let mut cal = Calendar::new();
    cal.name(name);
    cal.append_property(("METHOD", method));
    for v in views {
        let (Some(status), Some(start), Some(end)) = (
            v.published_status.as_deref(),
            v.published_starts_on,
            v.published_ends_on,
        ) else {
            continue;
        };
        let mut description = format!(
            "{} ({} days). Travel: {:.0} km, {} suggested, about {:.0} kg CO2e per traveller for the round trip.\n",
            v.label, v.days, v.travel.distance_km, v.travel.mode, v.travel.co2_kg_per_traveller
        );
        for day in &v.agenda {
            let date = start + chrono::Duration::days(i64::from(day.day) - 1);
            description.push_str(&format!(
                "\nDay {} ({}):\n",
                day.day,
                date.format("%a %-d %b %Y")
            ));
            for item in &day.items {
                description.push_str(&format!("- {}\n", item.title));
            }
        }
        let mut event = Event::new();
        event
            .uid(&format!("{}@twinning", v.id))
            .summary(&format!(
                "Technical visit: {} to {}",
                v.guest_city, v.host_city
            ))
            .description(&description)
            .location(&format!("{}, {}", v.host_city, v.host_country))
            .starts(start)
            .ends(end + chrono::Duration::days(1))
            .sequence(v.sequence.max(0) as u32)
            .timestamp(chrono::Utc::now())
            .status(if status == "cancelled" {
                EventStatus::Cancelled
            } else if status == "confirmed" {
                EventStatus::Confirmed
            } else {
                EventStatus::Tentative
            });
        if let Some(who) = invitee {
            event.append_property(
                icalendar::Property::new("ORGANIZER", format!("mailto:{}", who.organizer_email))
                    .add_parameter("CN", who.organizer_name)
                    .done(),
            );
            let mut attendee =
                icalendar::Property::new("ATTENDEE", format!("mailto:{}", who.email));
            if !who.name.is_empty() {
                attendee.add_parameter("CN", who.name);
            }
            event.append_property(
                attendee
                    .add_parameter("ROLE", "REQ-PARTICIPANT")
                    .add_parameter("RSVP", "FALSE")
                    .done(),
            );
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// A month of the calendar page, for its scale.
pub fn months(start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut m = start.with_day(1).unwrap_or(start);
    while m <= end {
        out.push(m);
        m = if m.month() == 12 {
            NaiveDate::from_ymd_opt(m.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(m.year(), m.month() + 1, 1)
        }
        .unwrap_or(end + chrono::Duration::days(1));
    }
    out
}
