//! Visits as shown: a visit with its itinerary, a cohort's plan, a city's visits.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;
use utoipa::ToSchema;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::event::CalendarEvent;
use crate::db::models::visit::{self, AgendaItem, ScheduleRow, VisitRow};
use crate::domain::id::CityId;
use crate::domain::itinerary::{self};
use crate::domain::profile::ProfileRole;
use crate::domain::state::{Direction, VisitStatus};

use super::{AgendaDay, AgendaEntry, Context, Participant, VisitView, context};
use crate::domain::id::CohortId;
use crate::domain::id::VisitId;

fn participants(ctx: &Context, city_id: &CityId, role: ProfileRole) -> Vec<Participant> {
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
    let outward = v.direction == Direction::Outward;
    let (guest_role, host_role) = if outward {
        (ProfileRole::Twin, ProfileRole::Host)
    } else {
        (ProfileRole::Host, ProfileRole::Twin)
    };
    let city = |id: &CityId| ctx.cities.get(id);
    let place = |id: &CityId| {
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
        id: v.id.clone().into(),
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
        direction: v.direction,
        position: v.position,
        days: v.days,
        window_start: v.window_start,
        window_end: v.window_end,
        starts_on: v.starts_on,
        ends_on: v.ends_on,
        status: v.status,
        reason: v.reason.clone(),
        sequence: v.sequence,
        published_status: v.published_status,
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
) -> Result<Vec<VisitView>, Error> {
    let mut agendas = visit::agendas_of_cohort(conn, &ctx.cohort.cohort.id)?;
    let mut out: Vec<VisitView> = ctx
        .visits
        .iter()
        .filter(|v| filter(v))
        .map(|v| view(ctx, v, agendas.remove(v.id.as_str()).unwrap_or_default()))
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
pub fn involves(v: &VisitRow, city_id: &CityId) -> bool {
    v.guest_city_id == city_id || v.host_city_id == city_id || v.twin_city_id == city_id
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

/// A planning run as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScheduleView {
    /// Id.
    pub id: String,
    /// 1, 2, ... within the cohort.
    pub number: i32,
    /// `twinning-solver` version.
    pub solver_version: String,
    /// Gathering, solving and storing, seconds.
    pub seconds: f64,
    /// The solver's status: `optimal` or `feasible`.
    pub status: String,
    /// The manager.
    pub created_by: String,
    /// When (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: NaiveDateTime,
    /// When a publish covered it.
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub published_at: Option<NaiveDateTime>,
}

impl From<ScheduleRow> for ScheduleView {
    fn from(r: ScheduleRow) -> Self {
        let status = serde_json::from_str::<serde_json::Value>(&r.result)
            .ok()
            .and_then(|v| v.get("status")?.as_str().map(str::to_owned))
            .unwrap_or_default();
        ScheduleView {
            id: r.id,
            number: r.number,
            solver_version: r.solver_version,
            seconds: r.seconds,
            status,
            created_by: r.created_by,
            created_at: r.created_at,
            published_at: r.published_at,
        }
    }
}

/// A blackout or conference of the cohort's calendar.
#[derive(Debug, Serialize, ToSchema)]
pub struct BlackoutView {
    /// `blackout` or `conference`.
    pub kind: String,
    /// What it is.
    pub label: String,
    /// Where, for a conference.
    pub location: Option<String>,
    /// First day.
    pub starts_on: chrono::NaiveDate,
    /// Last day.
    pub ends_on: chrono::NaiveDate,
}

impl From<&CalendarEvent> for BlackoutView {
    fn from(e: &CalendarEvent) -> Self {
        BlackoutView {
            kind: e.kind.clone(),
            label: e.label.clone(),
            location: e.location.clone(),
            starts_on: e.starts_on,
            ends_on: e.ends_on,
        }
    }
}

/// A cohort's visits as planned.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanView {
    /// Cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The latest planning run, if any.
    pub schedule: Option<ScheduleView>,
    /// Every visit with its itinerary.
    pub visits: Vec<VisitView>,
    /// Visits that could not be placed.
    pub unplaced: usize,
    /// Visits whose dates or status participants have not been told yet.
    pub unpublished_changes: usize,
    /// The days nobody can use.
    pub blackouts: Vec<BlackoutView>,
}

/// The plan of a cohort as it stands.
pub fn plan_view(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<PlanView, Error> {
    let ctx = context(conn, cohort_id)?;
    plan_view_of(conn, &ctx)
}

/// The plan of the cohort of `ctx`, read already.
pub fn plan_view_of(conn: &mut DbConnection, ctx: &Context) -> Result<PlanView, Error> {
    let cohort_id = &ctx.cohort.cohort.id;
    let visits = views(conn, ctx, |_| true)?;
    let schedule = visit::schedules_of(conn, cohort_id)?
        .into_iter()
        .next()
        .map(ScheduleView::from);
    Ok(PlanView {
        cohort_id: cohort_id.clone(),
        schedule,
        unplaced: visits
            .iter()
            .filter(|v| v.status == VisitStatus::Unplaced)
            .count(),
        unpublished_changes: ctx.visits.iter().filter(|v| v.unpublished_change()).count(),
        visits,
        blackouts: ctx.events.iter().map(BlackoutView::from).collect(),
    })
}

/// One visit with its itinerary, or 404.
pub fn visit_view(conn: &mut DbConnection, id: &VisitId) -> Result<VisitView, Error> {
    let row = visit::get(conn, id)?.ok_or_else(|| Error::not_found("visit", id))?;
    let ctx = context(conn, &row.cohort_id)?;
    let agenda = visit::agenda(conn, id)?;
    Ok(view(&ctx, &row, agenda))
}

/// The published visits a city travels to or receives, with their itineraries, as they
/// were published (a manager's changes not yet published stay in the console).
pub fn city_views(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> Result<(Context, Vec<VisitView>), Error> {
    let ctx = context(conn, cohort_id)?;
    let mut views = views(conn, &ctx, |v| {
        involves(v, city_id) && v.published_status.is_some()
    })?;
    for v in &mut views {
        v.starts_on = v.published_starts_on;
        v.ends_on = v.published_ends_on;
        if let Some(status) = &v.published_status {
            v.status = *status;
        }
        v.changed_since_publish = false;
        for day in &mut v.agenda {
            day.date = v
                .starts_on
                .map(|s| s + chrono::Duration::days(i64::from(day.day) - 1));
        }
    }
    Ok((ctx, views))
}

/// A city's published visits as an RFC 5545 calendar feed, in `t`'s language.
pub fn city_ics(
    conn: &mut DbConnection,
    city: &crate::ops::profiles::Context,
    t: &crate::i18n::Tr,
) -> Result<String, Error> {
    let (ctx, views) = city_views(conn, &city.invitation.cohort_id, &city.invitation.city_id)?;
    Ok(crate::mail::ics::ics(
        &views,
        &format!("{}: {}", city.city_name, ctx.cohort.cohort.name),
        "PUBLISH",
        None,
        t,
    ))
}
