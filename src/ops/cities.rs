//! Cities of the reference data: created and replaced with their roles, a name unique in
//! its country and every cohort a role names existing, each change audited. (Deleting one
//! is in `deletes`: refused while anything refers to it.)

use super::Error;
use crate::db::DbConnection;
use crate::db::models::city::{self, CityWithRoles, RoleGrant};
use crate::db::models::{audit, cohort};
use crate::domain::Invalid;
use crate::domain::city::{CityDetails, city_id};
use crate::domain::id::CityId;

/// Stores a new city with its roles; its id comes from its country and name.
pub fn create(
    conn: &mut DbConnection,
    details: &CityDetails,
    grants: &[RoleGrant],
    actor: &str,
) -> Result<CityWithRoles, Error> {
    check_references(conn, None, details, grants)?;
    let id = city_id(&details.country, &details.name);
    if city::get(conn, &id)?.is_some() {
        return Err(Error::conflict(
            Some("name"),
            format!("another city already has the id {id}; change the name"),
        ));
    }
    city::insert(conn, &id, details)?;
    grants
        .iter()
        .try_for_each(|g| city::add_role(conn, &id, g))?;
    audit::record(conn, actor, "create", "city", &id, &details.name)?;
    city::get(conn, &id)?.ok_or_else(|| Error::Bug("created city vanished".to_owned()))
}

/// Replaces a city's details and roles; its id does not change.
pub fn update(
    conn: &mut DbConnection,
    id: &CityId,
    details: &CityDetails,
    grants: &[RoleGrant],
    actor: &str,
) -> Result<CityWithRoles, Error> {
    if city::get(conn, id)?.is_none() {
        return Err(Error::not_found("city", id));
    }
    check_references(conn, Some(id.as_str()), details, grants)?;
    city::update(conn, id, details)?;
    city::set_roles(conn, id, grants)?;
    audit::record(conn, actor, "update", "city", id, &details.name)?;
    city::get(conn, id)?.ok_or_else(|| Error::Bug("updated city vanished".to_owned()))
}

/// Refuses a name already used in the country by another city, and unknown cohorts.
fn check_references(
    conn: &mut DbConnection,
    id: Option<&str>,
    details: &CityDetails,
    grants: &[RoleGrant],
) -> Result<(), Error> {
    if let Some(other) = city::find_by_name(conn, &details.name, details.country.as_str())?
        && Some(other.as_str()) != id
    {
        return Err(Error::Conflict {
            field: Some("name".to_owned()),
            detail: format!(
                "{} ({}) already exists, with id {other}",
                details.name,
                details.country.as_str()
            ),
            refusal: None,
        });
    }
    for (i, g) in grants.iter().enumerate() {
        if let Some(c) = &g.cohort_id
            && cohort::get(conn, c)?.is_none()
        {
            return Err(Invalid::field(
                format!("roles[{i}].cohort_id"),
                format!("no cohort has the id \"{c}\""),
            )
            .into());
        }
    }
    Ok(())
}
