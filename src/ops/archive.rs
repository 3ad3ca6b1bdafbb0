//! Archiving a programme or a cohort that is over, instead of deleting it: it becomes
//! read-only and leaves the default lists, but is kept whole (its report, the audit log,
//! its calendar feeds, which then show nothing new); unarchiving restores it. Archiving a
//! programme makes all its cohorts read-only with it; each cohort keeps its own archive
//! date, so unarchiving the programme gives back exactly the cohorts that were open.
//!
//! Every write to a cohort or its records calls [`ensure_open`] (or
//! [`ensure_programme_open`]) inside the write's own transaction, so an archive between a
//! page's read and its write still refuses the write; it takes the cohort's write lock
//! ([`crate::db::lock_cohort`]), so an archive and a write at once, even on two instances,
//! happen one after the other.

use chrono::NaiveDateTime;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::{audit, cohort, now, programme};
use crate::domain::Refusal;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

fn when(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// The refusal of a write to an archived cohort: since when, and how to undo it.
fn cohort_is_archived(id: &CohortId, state: &cohort::ArchiveState) -> Error {
    let detail = match (state.cohort, state.programme) {
        (Some(at), _) => format!(
            "the cohort is archived (since {}) and read-only: unarchive it first (POST /api/cohorts/{id}/unarchive, or Unarchive on its console page)",
            when(at)
        ),
        (None, Some(at)) => format!(
            "the cohort's programme is archived (since {}), so the cohort is read-only: unarchive the programme first (POST /api/programmes/{}/unarchive, or Unarchive in the console's Archived view)",
            when(at),
            state.programme_id
        ),
        (None, None) => format!("cohort {id} is open"),
    };
    // What a city's page says instead: the address to unarchive is for managers.
    let refusal = state
        .cohort
        .or(state.programme)
        .map(|at| Refusal::new("refusal-cohort-archived").date("date", at.date()));
    Error::Conflict {
        field: None,
        detail,
        refusal,
    }
}

/// Refuses a write to a cohort that is archived (itself or with its programme). A cohort
/// that does not exist passes: the write itself says it is not found.
pub fn ensure_open(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<(), Error> {
    // Held to the end of the write: an archive waits for it, or it waits for the archive.
    crate::db::lock_cohort(conn, cohort_id)?;
    check_open(conn, cohort_id)
}

/// The refusal [`ensure_open`] would give, read without taking the lock: for a page that
/// asks before a write (a confirmation, an edit form) to give the reason at once. The
/// write itself still calls [`ensure_open`].
pub fn check_open(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<(), Error> {
    match cohort::archive_state(conn, cohort_id)? {
        Some(state) if state.cohort.is_some() || state.programme.is_some() => {
            Err(cohort_is_archived(cohort_id, &state))
        }
        _ => Ok(()),
    }
}

/// Refuses a write to an archived programme (its name, a new cohort, its events).
pub fn ensure_programme_open(
    conn: &mut DbConnection,
    programme_id: &ProgrammeId,
) -> Result<(), Error> {
    match programme::get(conn, programme_id)?.and_then(|p| p.archived_at) {
        Some(at) => Err(Error::Conflict {
            field: None,
            detail: format!(
                "the programme is archived (since {}) and read-only: unarchive it first (POST /api/programmes/{programme_id}/unarchive, or Unarchive in the console's Archived view)",
                when(at)
            ),
            refusal: None,
        }),
        None => Ok(()),
    }
}

/// Archives a cohort (audited); archiving one already archived changes nothing.
pub fn archive_cohort(conn: &mut DbConnection, id: &CohortId, actor: &str) -> Result<(), Error> {
    crate::db::lock_cohort(conn, id)?;
    let state = cohort::archive_state(conn, id)?.ok_or_else(|| Error::not_found("cohort", id))?;
    if state.cohort.is_some() {
        return Ok(());
    }
    cohort::set_archived(conn, id, Some(now()))?;
    audit::record(conn, actor, "archive", "cohort", id, "")?;
    Ok(())
}

/// Takes a cohort out of the archive (audited); refused while its programme is archived
/// (the cohort would stay read-only).
pub fn unarchive_cohort(conn: &mut DbConnection, id: &CohortId, actor: &str) -> Result<(), Error> {
    crate::db::lock_cohort(conn, id)?;
    let state = cohort::archive_state(conn, id)?.ok_or_else(|| Error::not_found("cohort", id))?;
    if state.programme.is_some() {
        return Err(cohort_is_archived(
            id,
            &cohort::ArchiveState {
                cohort: None,
                ..state
            },
        ));
    }
    if state.cohort.is_none() {
        return Ok(());
    }
    cohort::set_archived(conn, id, None)?;
    audit::record(conn, actor, "unarchive", "cohort", id, "")?;
    Ok(())
}

/// Archives a programme, and with it the view of all its cohorts (audited).
pub fn archive_programme(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    actor: &str,
) -> Result<(), Error> {
    let found = programme::get(conn, id)?.ok_or_else(|| Error::not_found("programme", id))?;
    if found.archived_at.is_some() {
        return Ok(());
    }
    programme::set_archived(conn, id, Some(now()))?;
    audit::record(conn, actor, "archive", "programme", id, &found.name)?;
    Ok(())
}

/// Takes a programme out of the archive (audited): its cohorts are open again, except
/// those archived on their own.
pub fn unarchive_programme(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    actor: &str,
) -> Result<(), Error> {
    let found = programme::get(conn, id)?.ok_or_else(|| Error::not_found("programme", id))?;
    if found.archived_at.is_none() {
        return Ok(());
    }
    programme::set_archived(conn, id, None)?;
    audit::record(conn, actor, "unarchive", "programme", id, &found.name)?;
    Ok(())
}
