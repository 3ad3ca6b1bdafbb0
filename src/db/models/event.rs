//! Calendar events.

use diesel::prelude::*;

use super::{Page, now};
use crate::db::DbConnection;
use crate::db::schema::calendar_events;
use crate::domain::calendar::EventDetails;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

/// A calendar event row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = calendar_events)]
pub struct CalendarEvent {
    /// Id.
    pub id: String,
    /// Programme, or every programme.
    pub programme_id: Option<ProgrammeId>,
    /// Cohort, or every cohort.
    pub cohort_id: Option<CohortId>,
    /// `blackout` or `conference`.
    pub kind: String,
    /// What it is.
    pub label: String,
    /// Where.
    pub location: Option<String>,
    /// First day.
    pub starts_on: chrono::NaiveDate,
    /// Last day.
    pub ends_on: chrono::NaiveDate,
    /// Created.
    pub created_at: chrono::NaiveDateTime,
    /// Last changed.
    pub updated_at: chrono::NaiveDateTime,
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = calendar_events, treat_none_as_null = true)]
struct EventValues<'a> {
    programme_id: Option<&'a ProgrammeId>,
    cohort_id: Option<&'a CohortId>,
    kind: &'a str,
    label: &'a str,
    location: Option<&'a str>,
    starts_on: chrono::NaiveDate,
    ends_on: chrono::NaiveDate,
    updated_at: chrono::NaiveDateTime,
}

impl<'a> From<&'a EventDetails> for EventValues<'a> {
    fn from(d: &'a EventDetails) -> Self {
        EventValues {
            programme_id: d.programme_id.as_ref(),
            cohort_id: d.cohort_id.as_ref(),
            kind: d.kind.as_str(),
            label: &d.label,
            location: d.location.as_deref(),
            starts_on: d.period.start,
            ends_on: d.period.end,
            updated_at: now(),
        }
    }
}

/// A page of events by date.
pub fn list(conn: &mut DbConnection, limit: i64, offset: i64) -> QueryResult<Page<CalendarEvent>> {
    let total = calendar_events::table.count().get_result(conn)?;
    let items = calendar_events::table
        .order((calendar_events::starts_on, calendar_events::id))
        .limit(limit)
        .offset(offset)
        .select(CalendarEvent::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// One event.
pub fn get(conn: &mut DbConnection, id: &str) -> QueryResult<Option<CalendarEvent>> {
    calendar_events::table
        .find(id)
        .select(CalendarEvent::as_select())
        .first(conn)
        .optional()
}

/// Stores a new event.
pub fn insert(conn: &mut DbConnection, id: &str, details: &EventDetails) -> QueryResult<()> {
    diesel::insert_into(calendar_events::table)
        .values((
            calendar_events::id.eq(id),
            EventValues::from(details),
            calendar_events::created_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

/// Replaces an event; `false` when there is none.
pub fn update(conn: &mut DbConnection, id: &str, details: &EventDetails) -> QueryResult<bool> {
    diesel::update(calendar_events::table.find(id))
        .set(EventValues::from(details))
        .execute(conn)
        .map(|n| n == 1)
}

/// Deletes an event; `false` when there is none.
pub fn delete(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    diesel::delete(calendar_events::table.find(id))
        .execute(conn)
        .map(|n| n == 1)
}

/// How many events there are.
pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    calendar_events::table.count().get_result(conn)
}

/// The events of a cohort's calendar: its own, its programme's and everyone's, by date.
pub fn for_cohort(
    conn: &mut DbConnection,
    programme_id: &ProgrammeId,
    cohort_id: &CohortId,
) -> QueryResult<Vec<CalendarEvent>> {
    calendar_events::table
        .filter(
            calendar_events::cohort_id
                .eq(cohort_id)
                .or(calendar_events::cohort_id.is_null().and(
                    calendar_events::programme_id
                        .eq(programme_id)
                        .or(calendar_events::programme_id.is_null()),
                )),
        )
        .order(calendar_events::starts_on)
        .select(CalendarEvent::as_select())
        .load(conn)
}
