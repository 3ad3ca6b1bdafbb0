//! Deleting a city, a cohort or a programme: only when no programme record refers to it.
//! The records that do are counted per kind inside the delete's own transaction (so none
//! can be added between the count and the delete) and the refusal names them, with what to
//! do instead: correct the city, archive the cohort or the programme. The database's
//! RESTRICT references are the backstop; a violation still answers 409, never 500.
//!
//! What is deleted is kept in the audit log's detail (its data as JSON), so a mistaken
//! delete can be put back by hand.

use super::Error;
use crate::db::DbConnection;
use crate::db::models::references::{self, Referrers};
use crate::db::models::{audit, city, cohort, programme};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;

fn refused(subject: &str, referrers: &[Referrers], instead: &str) -> Error {
    Error::Conflict {
        field: None,
        detail: format!(
            "{subject} is referred to by {}, so it cannot be deleted: {instead}",
            references::describe(referrers)
        ),
        refusal: None,
    }
}

/// The database refused although the count found nothing (a record added by a writer the
/// count could not see): still a refusal, never a failure.
fn backstop(subject: String) -> impl FnOnce(diesel::result::Error) -> Error {
    move |e| match Error::from(e) {
        Error::Conflict { .. } => Error::conflict(
            None,
            format!("{subject} is referred to by other records, so it cannot be deleted"),
        ),
        other => other,
    }
}

/// The city, unless programme records refer to it (then the refusal that names them).
pub fn check_city(conn: &mut DbConnection, id: &CityId) -> Result<city::CityWithRoles, Error> {
    let found = city::get(conn, id)?.ok_or_else(|| Error::not_found("city", id))?;
    let subject = format!("{} ({id})", found.city.name);
    let referrers = references::to_city(conn, id)?;
    if references::any(&referrers) {
        return Err(refused(
            &subject,
            &referrers,
            &format!(
                "the programme's history relies on it. Its data (name, coordinates, population) can be corrected instead (PUT /api/cities/{id}); its id never changes"
            ),
        ));
    }
    Ok(found)
}

/// Deletes a city with its own roles and contacts, unless programme records refer to it.
pub fn delete_city(conn: &mut DbConnection, id: &CityId, actor: &str) -> Result<(), Error> {
    let found = check_city(conn, id)?;
    let subject = format!("{} ({id})", found.city.name);
    let c = &found.city;
    let kept = serde_json::json!({
        "name": c.name, "country": c.country, "lat": c.lat, "lon": c.lon,
        "population": c.population, "organisation": c.organisation,
        "languages": c.language_list(), "coastal": c.coastal, "climate_zone": c.climate_zone,
        "roles": found.roles.iter().map(|r| serde_json::json!({
            "role": r.role, "cohort_id": r.cohort_id, "source": r.source
        })).collect::<Vec<_>>(),
    });
    city::delete(conn, id).map_err(backstop(subject))?;
    audit::record(conn, actor, "delete", "city", id, &kept.to_string())?;
    Ok(())
}

/// The cohort, unless programme records refer to it (then the refusal that names them).
pub fn check_cohort(
    conn: &mut DbConnection,
    id: &CohortId,
) -> Result<cohort::CohortWithModules, Error> {
    let found = cohort::get(conn, id)?.ok_or_else(|| Error::not_found("cohort", id))?;
    let subject = format!("cohort \"{}\"", found.cohort.name);
    let referrers = references::to_cohort(conn, id.as_str())?;
    if references::any(&referrers) {
        return Err(refused(
            &subject,
            &referrers,
            &format!(
                "archive it instead (POST /api/cohorts/{id}/archive): it stays whole and read-only, and can be unarchived"
            ),
        ));
    }
    Ok(found)
}

/// Deletes a cohort with its modules and own calendar events, unless programme records
/// refer to it (then it can be archived).
pub fn delete_cohort(conn: &mut DbConnection, id: &CohortId, actor: &str) -> Result<(), Error> {
    let found = check_cohort(conn, id)?;
    let k = &found.cohort;
    let subject = format!("cohort \"{}\"", k.name);
    let kept = serde_json::json!({
        "programme_id": k.programme_id, "number": k.number, "name": k.name,
        "call_opens": k.call_opens, "call_closes": k.call_closes,
        "starts_on": k.starts_on, "ends_on": k.ends_on,
        "modules": found.modules.iter().map(|m| serde_json::json!({
            "name": m.name, "starts_on": m.starts_on, "ends_on": m.ends_on
        })).collect::<Vec<_>>(),
        "visit_rules": {
            "twin_to_host": k.visits_twin_to_host, "host_to_twin": k.visits_host_to_twin,
            "days": k.visit_days, "min_gap_days": k.min_gap_days, "modules": k.visit_modules,
        },
    });
    cohort::delete(conn, id).map_err(backstop(subject))?;
    audit::record(conn, actor, "delete", "cohort", id, &kept.to_string())?;
    Ok(())
}

/// The programme, unless it has cohorts (then the refusal that counts them).
pub fn check_programme(
    conn: &mut DbConnection,
    id: &ProgrammeId,
) -> Result<programme::Programme, Error> {
    let found = programme::get(conn, id)?.ok_or_else(|| Error::not_found("programme", id))?;
    let subject = format!("programme \"{}\"", found.name);
    let referrers = references::to_programme(conn, id.as_str())?;
    if references::any(&referrers) {
        return Err(refused(
            &subject,
            &referrers,
            &format!(
                "delete first the cohorts nothing refers to, or archive the programme (POST /api/programmes/{id}/archive): it stays whole and read-only, and can be unarchived"
            ),
        ));
    }
    Ok(found)
}

/// Deletes a programme with its own calendar events, unless it has cohorts.
pub fn delete_programme(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    actor: &str,
) -> Result<(), Error> {
    let found = check_programme(conn, id)?;
    let subject = format!("programme \"{}\"", found.name);
    let kept = serde_json::json!({"name": found.name, "description": found.description});
    programme::delete(conn, id).map_err(backstop(subject))?;
    audit::record(conn, actor, "delete", "programme", id, &kept.to_string())?;
    Ok(())
}
