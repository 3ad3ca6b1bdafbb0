//! `/api/cities`: list, get, create, update, delete.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiManager;
use super::extract::{JsonBody, QueryParams, ResourceId};
use super::page::{PageQuery, Paged};
use super::resource::{fetch, remove};
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::city::{self, CityFilter, CityWithRoles, RoleGrant};
use crate::domain::city::{CityDetails, CityFields};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::role::Role;
use crate::domain::{Invalid, invalid::Checks};
use crate::ops::cities as ops;
use crate::ops::deletes;

/// A city as sent to create or replace one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CityInput {
    /// Name as the city writes it.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Latitude, -90 to 90.
    pub lat: f64,
    /// Longitude, -180 to 180.
    pub lon: f64,
    /// Inhabitants, 0 or more.
    pub population: i64,
    /// The organisation acting for the city.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Working languages, ISO 639-1.
    #[serde(default)]
    pub languages: Vec<String>,
    /// On the coast.
    #[serde(default)]
    pub coastal: Option<bool>,
    /// Climate zone.
    #[serde(default)]
    pub climate_zone: Option<String>,
    /// Its roles; on replace, these replace the stored ones.
    #[serde(default)]
    pub roles: Vec<RoleInput>,
}

/// A role as sent.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleInput {
    /// twin, mission or pilot.
    pub role: Role,
    /// For one cohort only.
    #[serde(default)]
    pub cohort_id: Option<String>,
    /// Where the role is documented.
    #[serde(default)]
    pub source: String,
}

/// A city as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct CityView {
    /// Stable id (`dk-aarhus`).
    pub id: String,
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
    /// Organisation.
    pub organisation: Option<String>,
    /// Languages.
    pub languages: Vec<String>,
    /// On the coast.
    pub coastal: Option<bool>,
    /// Climate zone.
    pub climate_zone: Option<String>,
    /// Roles.
    pub roles: Vec<RoleView>,
    /// Created (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// Last changed (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub updated_at: chrono::NaiveDateTime,
}

/// A role as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoleView {
    /// twin, mission or pilot.
    pub role: crate::domain::role::Role,
    /// The cohort, if the role is for one.
    pub cohort_id: Option<String>,
    /// Where it is documented.
    pub source: String,
}

impl From<CityWithRoles> for CityView {
    fn from(c: CityWithRoles) -> CityView {
        let languages = c.city.language_list();
        let city = c.city;
        CityView {
            id: city.id.into(),
            name: city.name,
            country: city.country,
            lat: city.lat,
            lon: city.lon,
            population: city.population,
            organisation: city.organisation,
            languages,
            coastal: city.coastal,
            climate_zone: city.climate_zone,
            roles: c
                .roles
                .into_iter()
                .map(|r| RoleView {
                    role: r.role,
                    cohort_id: r.cohort_id.map(String::from),
                    source: r.source,
                })
                .collect(),
            created_at: city.created_at,
            updated_at: city.updated_at,
        }
    }
}

/// `?role=&country=&limit=&offset=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CityQuery {
    /// Only cities holding this role.
    pub role: Option<Role>,
    /// Only cities of this country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// Page size, 1 to 500 (default 50).
    pub limit: Option<i64>,
    /// Items to skip (default 0).
    pub offset: Option<i64>,
}

fn parse(input: &CityInput) -> Result<(CityDetails, Vec<RoleGrant>), Invalid> {
    let mut checks = Checks::new();
    let details = checks.take(CityDetails::try_from(CityFields {
        name: &input.name,
        country: &input.country,
        lat: input.lat,
        lon: input.lon,
        population: input.population,
        organisation: input.organisation.as_deref(),
        languages: &input.languages,
        coastal: input.coastal,
        climate_zone: input.climate_zone.as_deref(),
    }));
    let mut grants: Vec<RoleGrant> = Vec::with_capacity(input.roles.len());
    for (i, r) in input.roles.iter().enumerate() {
        let grant = RoleGrant {
            role: r.role,
            cohort_id: r
                .cohort_id
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(CohortId::from),
            source: r.source.trim().to_owned(),
        };
        checks.ensure(
            !grants
                .iter()
                .any(|g| g.role == grant.role && g.cohort_id == grant.cohort_id),
            &format!("roles[{i}].role"),
            format!("{} is listed twice", grant.role),
        );
        grants.push(grant);
    }
    checks.finish(|| (details.expect("checked"), grants))
}

/// Lists cities by name.
#[utoipa::path(get, path = "/api/cities", tag = "cities", params(CityQuery),
    responses((status = 200, body = Paged<CityView>), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    pool: web::Data<DbPool>,
    QueryParams(q): QueryParams<CityQuery>,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .bounds()?;
    let filter = CityFilter {
        role: q.role,
        country: q.country,
    };
    let page = with_db(&pool, move |conn| {
        Ok(city::list(conn, &filter, limit, offset)?)
    })
    .await?;
    Ok(HttpResponse::Ok().json(Paged {
        items: page
            .items
            .into_iter()
            .map(CityView::from)
            .collect::<Vec<_>>(),
        total: page.total,
        limit,
        offset,
    }))
}

/// One city.
#[utoipa::path(get, path = "/api/cities/{id}", tag = "cities", params(("id" = String, Path, description = "City id, e.g. dk-aarhus")),
    responses((status = 200, body = CityView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let found = fetch(&pool, "city", CityId::from(id), city::get).await?;
    Ok(HttpResponse::Ok().json(CityView::from(found)))
}

/// Creates a city; its id is made from its country and name.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/cities", tag = "cities", request_body = CityInput,
    responses((status = 201, body = CityView), (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<CityInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let (details, grants) = parse(&input)?;
    let created = in_transaction(&pool, move |conn| {
        ops::create(conn, &details, &grants, &actor)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/cities/{}", created.city.id)))
        .json(CityView::from(created)))
}

/// Replaces a city's details and roles; its id does not change.
#[utoipa::path(security(("bearer" = [])), put, path = "/api/cities/{id}", tag = "cities", request_body = CityInput, params(("id" = String, Path, description = "City id")),
    responses((status = 200, body = CityView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<CityInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let (details, grants) = parse(&input)?;
    let updated = in_transaction(&pool, move |conn| {
        ops::update(conn, &CityId::from(id), &details, &grants, &actor)
    })
    .await?;
    Ok(HttpResponse::Ok().json(CityView::from(updated)))
}

/// Deletes a city with its own roles and contacts; refused (409, naming how many of each)
/// while invitations, profiles, hosts, proposals or visits refer to it: correct its data
/// instead (its id never changes).
#[utoipa::path(security(("bearer" = [])), delete, path = "/api/cities/{id}", tag = "cities", params(("id" = String, Path, description = "City id")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn delete(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    remove(&pool, CityId::from(id), manager.email, deletes::delete_city).await
}
