//! Visits of published pairs, their agenda, the planning runs, and the changes a published
//! schedule made.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{new_id, now};
use crate::db::DbConnection;
use crate::db::schema::{schedules, visit_agenda, visit_changes, visits};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::id::ProposalId;
use crate::domain::id::VisitId;
use crate::domain::state::{ChangeKind, Direction, VisitStatus};

/// A visit row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = visits)]
pub struct VisitRow {
    /// Id (also the calendar UID's left part).
    pub id: VisitId,
    /// Cohort.
    pub cohort_id: CohortId,
    /// The pair's proposal.
    pub proposal_id: ProposalId,
    /// The Twin of the pair.
    pub twin_city_id: CityId,
    /// The host of the pair.
    pub host_id: HostId,
    /// The travelling city.
    pub guest_city_id: CityId,
    /// The receiving city.
    pub host_city_id: CityId,
    /// `outward` (the Twin travels) or `return` (the host comes to the Twin).
    pub direction: Direction,
    /// Its number within its direction, from 1.
    pub position: i32,
    /// Consecutive workdays.
    pub days: i32,
    /// First day it may start (its module, or the cohort).
    pub window_start: NaiveDate,
    /// Last day it may end.
    pub window_end: NaiveDate,
    /// First day, when placed.
    pub starts_on: Option<NaiveDate>,
    /// Last day, when placed.
    pub ends_on: Option<NaiveDate>,
    /// `unplaced`, `draft`, `planned`, `confirmed` or `cancelled`.
    pub status: VisitStatus,
    /// Why it is unplaced, and what would make it fit.
    pub reason: String,
    /// The calendar SEQUENCE participants last received.
    pub sequence: i32,
    /// The status participants were last told (`None`: never published).
    pub published_status: Option<VisitStatus>,
    /// The first day participants were last told.
    pub published_starts_on: Option<NaiveDate>,
    /// The last day participants were last told.
    pub published_ends_on: Option<NaiveDate>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
    /// When its agenda changed after participants were told of it; `None` when they know
    /// the agenda as it is.
    pub agenda_changed_at: Option<NaiveDateTime>,
}

impl VisitRow {
    /// Whether the dates or status differ from what participants were last told, or its
    /// agenda changed since.
    pub fn unpublished_change(&self) -> bool {
        match self.published_status {
            None => self.status.is_live(),
            Some(told) => {
                told.is_live() != self.status.is_live()
                    || self.status.is_live()
                        && (self.published_starts_on != self.starts_on
                            || self.published_ends_on != self.ends_on
                            || self.agenda_changed_at.is_some())
            }
        }
    }
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = visit_agenda)]
pub struct AgendaItem {
    /// Id.
    pub id: String,
    /// The visit.
    pub visit_id: VisitId,
    /// Day of the visit, from 1.
    pub day: i32,
    /// Order within the day.
    pub position: i32,
    /// What happens.
    pub title: String,
    /// More about it.
    pub detail: String,
}

/// A planning run.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = schedules)]
pub struct ScheduleRow {
    /// Id.
    pub id: String,
    /// Cohort.
    pub cohort_id: CohortId,
    /// 1, 2, ... within the cohort.
    pub number: i32,
    /// The exact solver instance (`twinning-visits/1`).
    pub instance: String,
    /// The solver's result.
    pub result: String,
    /// `twinning-solver` version.
    pub solver_version: String,
    /// Gathering, solving and storing, seconds.
    pub seconds: f64,
    /// The manager.
    pub created_by: String,
    /// When.
    pub created_at: NaiveDateTime,
    /// When its visits were published (a later publish covers earlier runs).
    pub published_at: Option<NaiveDateTime>,
}

/// A change a publish made to a visit, for the participants to be told.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = visit_changes)]
pub struct VisitChange {
    /// Id.
    pub id: String,
    /// The visit.
    pub visit_id: VisitId,
    /// Cohort.
    pub cohort_id: CohortId,
    /// `planned`, `moved` or `cancelled`.
    pub kind: ChangeKind,
    /// The calendar SEQUENCE after the change.
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
    pub created_at: NaiveDateTime,
    /// When participants were emailed about it (the email outbox sets it).
    pub notified_at: Option<NaiveDateTime>,
}

/// The visits of a cohort, by pair and order.
pub fn of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<Vec<VisitRow>> {
    visits::table
        .filter(visits::cohort_id.eq(cohort_id))
        .order((
            visits::twin_city_id,
            visits::created_at,
            visits::direction,
            visits::position,
        ))
        .select(VisitRow::as_select())
        .load(conn)
}

/// One visit.
pub fn get(conn: &mut DbConnection, id: &VisitId) -> QueryResult<Option<VisitRow>> {
    visits::table
        .find(id)
        .select(VisitRow::as_select())
        .first(conn)
        .optional()
}

/// Stores a new visit.
pub fn insert(conn: &mut DbConnection, row: &VisitRow) -> QueryResult<()> {
    diesel::insert_into(visits::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

/// Saves a visit's dates, status, reason, length and window.
pub fn save(conn: &mut DbConnection, row: &VisitRow) -> QueryResult<()> {
    diesel::update(visits::table.find(&row.id))
        .set((
            visits::days.eq(row.days),
            visits::window_start.eq(row.window_start),
            visits::window_end.eq(row.window_end),
            visits::starts_on.eq(row.starts_on),
            visits::ends_on.eq(row.ends_on),
            visits::status.eq(&row.status),
            visits::reason.eq(&row.reason),
            visits::sequence.eq(row.sequence),
            visits::published_status.eq(&row.published_status),
            visits::published_starts_on.eq(row.published_starts_on),
            visits::published_ends_on.eq(row.published_ends_on),
            visits::updated_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

/// Records that a visit's participants were told its agenda as it is now (a publish).
pub fn agenda_told(conn: &mut DbConnection, id: &VisitId) -> QueryResult<()> {
    diesel::update(visits::table.find(id))
        .set(visits::agenda_changed_at.eq(None::<NaiveDateTime>))
        .execute(conn)
        .map(drop)
}

/// Removes a visit nobody was ever told about.
pub fn delete(conn: &mut DbConnection, id: &VisitId) -> QueryResult<()> {
    diesel::delete(visits::table.find(id))
        .execute(conn)
        .map(drop)
}

/// A visit's agenda, by day and order.
pub fn agenda(conn: &mut DbConnection, visit_id: &VisitId) -> QueryResult<Vec<AgendaItem>> {
    visit_agenda::table
        .filter(visit_agenda::visit_id.eq(visit_id))
        .order((visit_agenda::day, visit_agenda::position))
        .select(AgendaItem::as_select())
        .load(conn)
}

/// The agendas of every visit of a cohort, by visit, each by day and order (one query).
pub fn agendas_of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<std::collections::HashMap<String, Vec<AgendaItem>>> {
    let items: Vec<AgendaItem> = visit_agenda::table
        .inner_join(visits::table)
        .filter(visits::cohort_id.eq(cohort_id))
        .order((
            visit_agenda::visit_id,
            visit_agenda::day,
            visit_agenda::position,
        ))
        .select(AgendaItem::as_select())
        .load(conn)?;
    let mut out: std::collections::HashMap<String, Vec<AgendaItem>> =
        std::collections::HashMap::new();
    for item in items {
        out.entry(item.visit_id.clone().into())
            .or_default()
            .push(item);
    }
    Ok(out)
}

/// One planning run.
pub fn schedule(conn: &mut DbConnection, id: &str) -> QueryResult<Option<ScheduleRow>> {
    schedules::table
        .find(id)
        .select(ScheduleRow::as_select())
        .first(conn)
        .optional()
}

/// Replaces a visit's agenda: (day, title, detail) in order. A visit its participants
/// were told of is marked, so the next publish tells them the new agenda.
pub fn set_agenda(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    items: &[(i32, String, String)],
) -> QueryResult<()> {
    diesel::update(
        visits::table
            .find(visit_id)
            .filter(visits::published_status.is_not_null()),
    )
    .set(visits::agenda_changed_at.eq(now()))
    .execute(conn)?;
    diesel::delete(visit_agenda::table.filter(visit_agenda::visit_id.eq(visit_id)))
        .execute(conn)?;
    let mut position = std::collections::HashMap::<i32, i32>::new();
    let rows: Vec<AgendaItem> = items
        .iter()
        .map(|(day, title, detail)| {
            let p = position.entry(*day).or_default();
            *p += 1;
            AgendaItem {
                id: new_id(),
                visit_id: visit_id.to_owned(),
                day: *day,
                position: *p,
                title: title.clone(),
                detail: detail.clone(),
            }
        })
        .collect();
    // One statement per item: MultiConnection has no batch insert (agendas are short).
    for row in &rows {
        diesel::insert_into(visit_agenda::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

/// Stores a planning run as the next number of its cohort; returns it.
pub fn insert_schedule(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    instance: &str,
    result: &str,
    seconds: f64,
    created_by: &str,
) -> QueryResult<ScheduleRow> {
    let last: Option<i32> = schedules::table
        .filter(schedules::cohort_id.eq(cohort_id))
        .select(diesel::dsl::max(schedules::number))
        .first(conn)?;
    let row = ScheduleRow {
        id: new_id(),
        cohort_id: cohort_id.to_owned(),
        number: last.unwrap_or(0) + 1,
        instance: instance.to_owned(),
        result: result.to_owned(),
        solver_version: twinning_solver::VERSION.to_owned(),
        seconds,
        created_by: created_by.to_owned(),
        created_at: now(),
        published_at: None,
    };
    diesel::insert_into(schedules::table)
        .values(&row)
        .execute(conn)?;
    Ok(row)
}

/// The planning runs of a cohort, newest first.
pub fn schedules_of(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<ScheduleRow>> {
    schedules::table
        .filter(schedules::cohort_id.eq(cohort_id))
        .order(schedules::number.desc())
        .select(ScheduleRow::as_select())
        .load(conn)
}

/// Marks the cohort's unpublished planning runs published.
pub fn mark_published(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<()> {
    diesel::update(
        schedules::table
            .filter(schedules::cohort_id.eq(cohort_id))
            .filter(schedules::published_at.is_null()),
    )
    .set(schedules::published_at.eq(now()))
    .execute(conn)
    .map(drop)
}

/// Records a published change.
pub fn insert_change(conn: &mut DbConnection, change: &VisitChange) -> QueryResult<()> {
    diesel::insert_into(visit_changes::table)
        .values(change)
        .execute(conn)
        .map(drop)
}

/// The published changes of a cohort, newest first.
pub fn changes_of(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<Vec<VisitChange>> {
    visit_changes::table
        .filter(visit_changes::cohort_id.eq(cohort_id))
        .order((visit_changes::created_at.desc(), visit_changes::id))
        .select(VisitChange::as_select())
        .load(conn)
}
