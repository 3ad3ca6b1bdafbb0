//! Creating programmes and cohorts (with their blackout dates).

use super::Error;
use crate::db::DbConnection;
use crate::db::models::cohort;
use crate::db::models::{audit, event, new_id, programme};
use crate::domain::calendar::EventDetails;
use crate::domain::cohort::CohortDetails;
use crate::domain::invalid::{control_in, control_message, text};
use crate::domain::{Invalid, limits};

/// Stores a new programme; its name must be free.
pub fn create_programme(
    conn: &mut DbConnection,
    name: &str,
    description: &str,
    actor: &str,
) -> Result<String, Error> {
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
    let id = new_id();
    programme::insert(conn, &id, &name, description).map_err(|e| match Error::from(e) {
        Error::Conflict { .. } => Error::Conflict {
            field: Some("name".to_owned()),
            detail: format!("a programme is already named \"{name}\""),
        },
        other => other,
    })?;
    audit::record(conn, actor, "create", "programme", &id, &name)?;
    Ok(id)
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
        Error::Conflict { .. } => Error::Conflict {
            field: Some("number".to_owned()),
            detail: format!("the programme already has a cohort {}", details.number),
        },
        other => other,
    }
}

/// Stores a new cohort with its modules and its blackout dates; returns its id.
pub fn create_cohort(
    conn: &mut DbConnection,
    details: &CohortDetails,
    blackouts: &[EventDetails],
    actor: &str,
) -> Result<String, Error> {
    check_programme(conn, details)?;
    super::archive::ensure_programme_open(conn, &details.programme_id)?;
    let id = new_id();
    cohort::insert(conn, &id, details).map_err(|e| duplicate_number(e, details))?;
    for b in blackouts {
        let mut b = b.clone();
        b.cohort_id = Some(id.clone());
        b.programme_id = Some(details.programme_id.clone());
        event::insert(conn, &new_id(), &b)?;
    }
    audit::record(conn, actor, "create", "cohort", &id, &details.name)?;
    Ok(id)
}
