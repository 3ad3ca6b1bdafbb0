//! Cities and their roles.

use std::collections::HashMap;

use diesel::prelude::*;

use super::{Page, new_id, now};
use crate::db::DbConnection;
use crate::db::schema::{cities, city_roles};
use crate::domain::city::CityDetails;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::role::Role;

/// A city row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = cities)]
pub struct City {
    /// Stable id, e.g. `dk-aarhus`.
    pub id: CityId,
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population.
    pub population: i32,
    /// Organisation acting for the city.
    pub organisation: Option<String>,
    /// Comma-separated ISO 639-1 codes.
    pub languages: String,
    /// On the coast.
    pub coastal: Option<bool>,
    /// Climate zone.
    pub climate_zone: Option<String>,
    /// Created.
    pub created_at: chrono::NaiveDateTime,
    /// Last changed.
    pub updated_at: chrono::NaiveDateTime,
}

impl City {
    /// The languages as a list.
    pub fn language_list(&self) -> Vec<String> {
        self.languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// A role row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = city_roles)]
pub struct CityRole {
    /// Id.
    pub id: String,
    /// The city.
    pub city_id: CityId,
    /// `twin`, `mission` or `pilot`.
    pub role: Role,
    /// The cohort it holds for, if any.
    pub cohort_id: Option<CohortId>,
    /// Where the role is documented.
    pub source: String,
    /// Created.
    pub created_at: chrono::NaiveDateTime,
}

/// A role to give a city.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleGrant {
    /// The role.
    pub role: Role,
    /// For one cohort, or `None` for the programme as a whole.
    pub cohort_id: Option<CohortId>,
    /// Where it is documented.
    pub source: String,
}

/// A city with its roles.
#[derive(Debug, Clone)]
pub struct CityWithRoles {
    /// The city.
    pub city: City,
    /// Its roles.
    pub roles: Vec<CityRole>,
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = cities, treat_none_as_null = true)]
struct CityValues<'a> {
    name: &'a str,
    country: &'a str,
    lat: f64,
    lon: f64,
    population: i32,
    organisation: Option<&'a str>,
    languages: String,
    coastal: Option<bool>,
    climate_zone: Option<&'a str>,
    updated_at: chrono::NaiveDateTime,
}

impl<'a> From<&'a CityDetails> for CityValues<'a> {
    fn from(d: &'a CityDetails) -> Self {
        CityValues {
            name: &d.name,
            country: d.country.as_str(),
            lat: d.lat,
            lon: d.lon,
            population: d.population,
            organisation: d.organisation.as_deref(),
            languages: d.languages.join(","),
            coastal: d.coastal,
            climate_zone: d.climate_zone.as_deref(),
            updated_at: now(),
        }
    }
}

/// Filters of the city list.
#[derive(Debug, Default, Clone)]
pub struct CityFilter {
    /// Only cities holding this role.
    pub role: Option<Role>,
    /// Only cities of this country.
    pub country: Option<String>,
}

fn filtered<'a>(
    filter: &'a CityFilter,
) -> cities::BoxedQuery<'a, <DbConnection as Connection>::Backend> {
    let mut query = cities::table.into_boxed();
    if let Some(role) = filter.role {
        let holders = city_roles::table
            .filter(city_roles::role.eq(role.as_str()))
            .select(city_roles::city_id);
        query = query.filter(cities::id.eq_any(holders));
    }
    if let Some(country) = &filter.country {
        query = query.filter(cities::country.eq(country.to_ascii_uppercase()));
    }
    query
}

/// A page of cities by name, with their roles.
pub fn list(
    conn: &mut DbConnection,
    filter: &CityFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<Page<CityWithRoles>> {
    let total = filtered(filter).count().get_result(conn)?;
    let rows: Vec<City> = filtered(filter)
        .order((cities::name, cities::country))
        .limit(limit)
        .offset(offset)
        .select(City::as_select())
        .load(conn)?;
    let items = with_roles(conn, rows)?;
    Ok(Page { items, total })
}

/// Every city with its roles, by id (the export).
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<CityWithRoles>> {
    let rows = cities::table
        .order(cities::id)
        .select(City::as_select())
        .load(conn)?;
    let roles = city_roles::table
        .order(city_roles::role)
        .select(CityRole::as_select())
        .load(conn)?;
    Ok(attach(rows, roles))
}

/// The cities of `rows` with their roles.
fn with_roles(conn: &mut DbConnection, rows: Vec<City>) -> QueryResult<Vec<CityWithRoles>> {
    let ids: Vec<&str> = rows.iter().map(|c| c.id.as_str()).collect();
    let roles = city_roles::table
        .filter(city_roles::city_id.eq_any(&ids))
        .order(city_roles::role)
        .select(CityRole::as_select())
        .load(conn)?;
    Ok(attach(rows, roles))
}

/// Gives each city its roles, keeping the order of both.
fn attach(rows: Vec<City>, roles: Vec<CityRole>) -> Vec<CityWithRoles> {
    let mut by_city: HashMap<CityId, Vec<CityRole>> = HashMap::new();
    for role in roles {
        by_city.entry(role.city_id.clone()).or_default().push(role);
    }
    rows.into_iter()
        .map(|city| CityWithRoles {
            roles: by_city.remove(&city.id).unwrap_or_default(),
            city,
        })
        .collect()
}

/// One city with its roles.
pub fn get(conn: &mut DbConnection, id: &CityId) -> QueryResult<Option<CityWithRoles>> {
    let Some(city) = cities::table
        .find(id)
        .select(City::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    Ok(with_roles(conn, vec![city])?.pop())
}

/// The id of the city of that name and country, if there is one.
pub fn find_by_name(
    conn: &mut DbConnection,
    name: &str,
    country: &str,
) -> QueryResult<Option<CityId>> {
    cities::table
        .filter(cities::name.eq(name))
        .filter(cities::country.eq(country))
        .select(cities::id)
        .first(conn)
        .optional()
}

/// Stores a new city under `id`.
pub fn insert(conn: &mut DbConnection, id: &CityId, details: &CityDetails) -> QueryResult<()> {
    let created = now();
    diesel::insert_into(cities::table)
        .values((
            cities::id.eq(id),
            CityValues::from(details),
            cities::created_at.eq(created),
        ))
        .execute(conn)
        .map(drop)
}

/// Replaces a city's details; `false` when there is no such city.
pub fn update(conn: &mut DbConnection, id: &CityId, details: &CityDetails) -> QueryResult<bool> {
    diesel::update(cities::table.find(id))
        .set(CityValues::from(details))
        .execute(conn)
        .map(|n| n == 1)
}

/// Deletes a city and its roles; `false` when there is no such city.
pub fn delete(conn: &mut DbConnection, id: &CityId) -> QueryResult<bool> {
    diesel::delete(city_roles::table.filter(city_roles::city_id.eq(id))).execute(conn)?;
    diesel::delete(cities::table.find(id))
        .execute(conn)
        .map(|n| n == 1)
}

/// Replaces a city's roles with `grants`.
pub fn set_roles(
    conn: &mut DbConnection,
    city_id: &CityId,
    grants: &[RoleGrant],
) -> QueryResult<()> {
    diesel::delete(city_roles::table.filter(city_roles::city_id.eq(city_id))).execute(conn)?;
    grants.iter().try_for_each(|g| add_role(conn, city_id, g))
}

/// Gives a city a role (the unique index refuses one it holds already).
pub fn add_role(conn: &mut DbConnection, city_id: &CityId, grant: &RoleGrant) -> QueryResult<()> {
    diesel::insert_into(city_roles::table)
        .values((
            city_roles::id.eq(new_id()),
            city_roles::city_id.eq(city_id),
            city_roles::role.eq(grant.role.as_str()),
            city_roles::cohort_id.eq(grant.cohort_id.as_ref()),
            city_roles::source.eq(&grant.source),
            city_roles::created_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

/// Whether the city holds that role (for that cohort, or programme-wide with `None`).
pub fn has_role(
    conn: &mut DbConnection,
    city_id: &CityId,
    role: Role,
    cohort_id: Option<&CohortId>,
) -> QueryResult<bool> {
    let query = city_roles::table
        .filter(city_roles::city_id.eq(city_id))
        .filter(city_roles::role.eq(role.as_str()));
    let held: i64 = match cohort_id {
        Some(c) => query
            .filter(city_roles::cohort_id.eq(c))
            .count()
            .get_result(conn)?,
        None => query
            .filter(city_roles::cohort_id.is_null())
            .count()
            .get_result(conn)?,
    };
    Ok(held > 0)
}

/// How many cities and roles there are: (cities, roles by role).
pub fn counts(conn: &mut DbConnection) -> QueryResult<(i64, Vec<(String, i64)>)> {
    let cities = cities::table.count().get_result(conn)?;
    let roles = city_roles::table
        .group_by(city_roles::role)
        .select((city_roles::role, diesel::dsl::count_star()))
        .order(city_roles::role)
        .load(conn)?;
    Ok((cities, roles))
}

/// Sets the coordinates and population of a city (what an import carries).
pub fn update_location(
    conn: &mut DbConnection,
    id: &CityId,
    lat: f64,
    lon: f64,
    population: i32,
) -> QueryResult<()> {
    diesel::update(cities::table.find(id))
        .set((
            cities::lat.eq(lat),
            cities::lon.eq(lon),
            cities::population.eq(population),
            cities::updated_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}
