//! The calendar's blackouts and conferences: created, changed and deleted with their
//! references checked and the archive's read-only rule kept, each change audited.

use super::{Error, archive};
use crate::db::DbConnection;
use crate::db::models::event::{self, CalendarEvent};
use crate::db::models::{audit, cohort, new_id, programme};
use crate::domain::Invalid;
use crate::domain::calendar::EventDetails;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

/// Stores a new event; returns it.
pub fn create(
    conn: &mut DbConnection,
    details: &EventDetails,
    actor: &str,
) -> Result<CalendarEvent, Error> {
    check_references(conn, details)?;
    ensure_open(
        conn,
        details.programme_id.as_ref(),
        details.cohort_id.as_ref(),
    )?;
    let id = new_id();
    event::insert(conn, &id, details)?;
    touch(conn, details.cohort_id.as_ref())?;
    audit::record(conn, actor, "create", "event", &id, &details.label)?;
    event::get(conn, &id)?.ok_or_else(|| Error::Bug("created event vanished".to_owned()))
}

/// Replaces an event; both where it was and where it goes must be open.
pub fn update(
    conn: &mut DbConnection,
    id: &str,
    details: &EventDetails,
    actor: &str,
) -> Result<CalendarEvent, Error> {
    check_references(conn, details)?;
    let before = ensure_stored_open(conn, id)?;
    ensure_open(
        conn,
        details.programme_id.as_ref(),
        details.cohort_id.as_ref(),
    )?;
    if !event::update(conn, id, details)? {
        return Err(Error::not_found("event", id));
    }
    touch(conn, before.as_ref())?;
    if details.cohort_id != before {
        touch(conn, details.cohort_id.as_ref())?;
    }
    audit::record(conn, actor, "update", "event", id, &details.label)?;
    event::get(conn, id)?.ok_or_else(|| Error::Bug("updated event vanished".to_owned()))
}

/// Deletes an event of an open cohort or programme.
pub fn delete(conn: &mut DbConnection, id: &str, actor: &str) -> Result<(), Error> {
    let before = ensure_stored_open(conn, id)?;
    if !event::delete(conn, id)? {
        return Err(Error::not_found("event", id));
    }
    touch(conn, before.as_ref())?;
    Ok(audit::record(conn, actor, "delete", "event", id, "")?)
}

fn check_references(conn: &mut DbConnection, d: &EventDetails) -> Result<(), Error> {
    if let Some(p) = &d.programme_id
        && programme::get(conn, p)?.is_none()
    {
        return Err(
            Invalid::field("programme_id", format!("no programme has the id \"{p}\"")).into(),
        );
    }
    if let Some(c) = &d.cohort_id {
        match cohort::get(conn, c)? {
            None => {
                return Err(
                    Invalid::field("cohort_id", format!("no cohort has the id \"{c}\"")).into(),
                );
            }
            Some(found)
                if d.programme_id
                    .as_ref()
                    .is_some_and(|p| *p != found.cohort.programme_id) =>
            {
                return Err(Invalid::field(
                    "cohort_id",
                    format!("cohort \"{c}\" belongs to another programme"),
                )
                .into());
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Refuses a change to an event of an archived cohort or programme (read-only).
fn ensure_open(
    conn: &mut DbConnection,
    programme_id: Option<&ProgrammeId>,
    cohort_id: Option<&CohortId>,
) -> Result<(), Error> {
    if let Some(c) = cohort_id {
        archive::ensure_open(conn, c)?;
    }
    if let Some(p) = programme_id {
        archive::ensure_programme_open(conn, p)?;
    }
    Ok(())
}

/// The stored event's cohort and programme must be open too (a change moves it away);
/// its cohort, if it has one.
fn ensure_stored_open(conn: &mut DbConnection, id: &str) -> Result<Option<CohortId>, Error> {
    match event::get(conn, id)? {
        Some(old) => {
            ensure_open(conn, old.programme_id.as_ref(), old.cohort_id.as_ref())?;
            Ok(old.cohort_id)
        }
        None => Ok(None),
    }
}

/// A cohort's own calendar is part of what its edit form shows: a change to it moves the
/// cohort's version on, so a form loaded before is refused as stale rather than saved over
/// the new dates. (`ensure_open` took the cohort's lock.)
fn touch(conn: &mut DbConnection, cohort_id: Option<&CohortId>) -> Result<(), Error> {
    if let Some(c) = cohort_id {
        cohort::touch(conn, c)?;
    }
    Ok(())
}
