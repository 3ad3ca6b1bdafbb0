//! Creating and changing programmes and cohorts (with their blackout dates), for the
//! API and the console alike.

use chrono::NaiveDateTime;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::cohort;
use crate::db::models::{audit, event, new_id, next_stamp, programme};
use crate::domain::calendar::{EventDetails, EventKind};
use crate::domain::cohort::CohortDetails;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;
use crate::domain::invalid::{control_in, control_message, text};
use crate::domain::{Invalid, limits};

/// A programme's name and description as stored (trimmed), or every wrong field.
fn programme_fields(name: &str, description: &str) -> Result<(String, String), Error> {
    let name = text("name", name, limits::TITLE_CHARS)?;
    let description = description.trim();
    if description.chars().count() > limits::TEXT_CHARS {
        return Err(Invalid::field(
            "description",
            format!("must be at most {} characters", limits::TEXT_CHARS),
        )
        .into());
    }
    if let Some(c) = control_in(description, true) {
        return Err(Invalid::field("description", control_message(c, true)).into());
    }
    Ok((name, description.to_owned()))
}

/// A taken programme name, named on its field.
fn duplicate_name(e: diesel::result::Error, name: &str) -> Error {
    match Error::from(e) {
        Error::Conflict { .. } => Error::conflict(
            Some("name"),
            format!("a programme is already named \"{name}\""),
        ),
        other => other,
    }
}

/// Stores a new programme; its name must be free.
pub fn create_programme(
    conn: &mut DbConnection,
    name: &str,
    description: &str,
    actor: &str,
) -> Result<ProgrammeId, Error> {
    let (name, description) = programme_fields(name, description)?;
    let id = ProgrammeId::generate();
    programme::insert(conn, &id, &name, &description).map_err(|e| duplicate_name(e, &name))?;
    audit::record(conn, actor, "create", "programme", &id, &name)?;
    Ok(id)
}

/// The version of a programme or a cohort as last changed (from its `updated_at`): its
/// `ETag`, and what an edit form carries so that its save applies only to what was read.
pub fn version_tag(updated_at: NaiveDateTime) -> String {
    format!("v{}", updated_at.and_utc().timestamp_micros())
}

/// Refuses an edit made on a version that is no longer the latest (`expected`, the tag
/// read; `None`: any). The caller holds the row's lock.
fn expect_tag(what: &str, current: NaiveDateTime, expected: Option<&str>) -> Result<(), Error> {
    match expected {
        Some(expected) if expected != version_tag(current) => Err(Error::Stale(format!(
            "the {what} was changed by someone else since it was read (it is at version \"{}\", the change was made on \"{expected}\"): read it again and repeat the change",
            version_tag(current)
        ))),
        _ => Ok(()),
    }
}

/// Renames or redescribes a programme (audited); its new name must be free, and it must
/// not be archived. With `expected` (a [`version_tag`]) it is refused (`Stale`) unless
/// the programme is still as it was read: two managers do not overwrite each other.
pub fn update_programme(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    name: &str,
    description: &str,
    expected: Option<&str>,
    actor: &str,
) -> Result<(), Error> {
    let (name, description) = programme_fields(name, description)?;
    crate::db::lock_programme(conn, id)?;
    super::archive::ensure_programme_open(conn, id)?;
    let before =
        programme::get(conn, id)?.ok_or_else(|| Error::not_found("programme", id.to_owned()))?;
    expect_tag("programme", before.updated_at, expected)?;
    let at = next_stamp(before.updated_at);
    if !programme::update(conn, id, &name, &description, at)
        .map_err(|e| duplicate_name(e, &name))?
    {
        return Err(Error::not_found("programme", id.to_owned()));
    }
    audit::record(conn, actor, "update", "programme", id, &name)?;
    Ok(())
}

/// Why a cohort cannot be stored under its programme.
pub fn check_programme(conn: &mut DbConnection, details: &CohortDetails) -> Result<(), Error> {
    if programme::get(conn, &details.programme_id)?.is_none() {
        return Err(Invalid::field(
            "programme_id",
            format!("no programme has the id \"{}\"", details.programme_id),
        )
        .into());
    }
    Ok(())
}

/// A duplicate cohort number, named.
pub fn duplicate_number(e: diesel::result::Error, details: &CohortDetails) -> Error {
    match Error::from(e) {
        Error::Conflict { .. } => Error::conflict(
            Some("number"),
            format!("the programme already has a cohort {}", details.number),
        ),
        other => other,
    }
}

/// Stores a new cohort with its modules and its blackout dates; returns its id.
pub fn create_cohort(
    conn: &mut DbConnection,
    details: &CohortDetails,
    blackouts: &[EventDetails],
    actor: &str,
) -> Result<CohortId, Error> {
    check_programme(conn, details)?;
    super::archive::ensure_programme_open(conn, &details.programme_id)?;
    let id = CohortId::generate();
    cohort::insert(conn, &id, details).map_err(|e| duplicate_number(e, details))?;
    insert_blackouts(conn, &id, &details.programme_id, blackouts)?;
    audit::record(conn, actor, "create", "cohort", &id, &details.name)?;
    Ok(id)
}

/// Replaces a cohort, its modules and visit rules (audited), and, when `blackouts` is
/// given, its own blackout dates (its own conferences and those of its programme stay).
/// Refused while the cohort or its programme, or the programme it moves to, is archived;
/// with `expected` (a [`version_tag`]), refused (`Stale`) unless the cohort is still as it
/// was read. Under the cohort's lock: a second edit waits, then finds the first's version.
pub fn update_cohort(
    conn: &mut DbConnection,
    id: &CohortId,
    details: &CohortDetails,
    blackouts: Option<&[EventDetails]>,
    expected: Option<&str>,
    actor: &str,
) -> Result<(), Error> {
    check_programme(conn, details)?;
    // Takes the cohort's lock, held to the end: the version read below cannot change
    // before this transaction writes.
    super::archive::ensure_open(conn, id)?;
    super::archive::ensure_programme_open(conn, &details.programme_id)?;
    let before = cohort::get(conn, id)?.ok_or_else(|| Error::not_found("cohort", id.to_owned()))?;
    expect_tag("cohort", before.cohort.updated_at, expected)?;
    let at = next_stamp(before.cohort.updated_at);
    if !cohort::update(conn, id, details, at).map_err(|e| duplicate_number(e, details))? {
        return Err(Error::not_found("cohort", id.to_owned()));
    }
    if let Some(blackouts) = blackouts {
        for old in event::for_cohort(conn, &before.cohort.programme_id, id)? {
            if old.cohort_id.as_ref() == Some(id) && old.kind == EventKind::Blackout.as_str() {
                event::delete(conn, &old.id)?;
            }
        }
        insert_blackouts(conn, id, &details.programme_id, blackouts)?;
    }
    audit::record(conn, actor, "update", "cohort", id, &details.name)?;
    Ok(())
}

/// Stores blackout dates as a cohort's own events.
fn insert_blackouts(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    programme_id: &ProgrammeId,
    blackouts: &[EventDetails],
) -> Result<(), Error> {
    for b in blackouts {
        let mut b = b.clone();
        b.cohort_id = Some(cohort_id.to_owned());
        b.programme_id = Some(programme_id.to_owned());
        event::insert(conn, &new_id(), &b)?;
    }
    Ok(())
}
