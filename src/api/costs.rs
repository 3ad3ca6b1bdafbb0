//! Travel costs: a cohort's visits with their estimated cost against the reimbursement
//! cap, what was spent and the totals (`/api/cohorts/{id}/costs`), one visit's
//! (`/api/visits/{id}/costs`), and the travelling city recording what it spent at
//! `/api/city/visits/{id}/costs` with its invitation token.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::profiles::CityAccess;
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::costs::{SpentFields, TravelRates};
use crate::domain::id::{CohortId, VisitId};
use crate::ops::costs::{self as ops, CityCosts, CohortCosts, VisitCost};

/// What a city spent on a visit, as sent.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CostsInput {
    /// What the delegation's travel cost, there and back, in euros: 0 to 1000000, at
    /// most two decimals.
    #[schema(minimum = 0, maximum = 1000000)]
    pub amount: f64,
    /// What it covers (optional).
    #[serde(default)]
    #[schema(max_length = 500)]
    pub note: String,
}

fn rates(request: &HttpRequest) -> Result<TravelRates, ApiError> {
    Ok(crate::http::state::<TravelRates>(request)?)
}

/// A cohort's travel costs: each visit's estimate against the cap and what its
/// travelling city spent, over-cap visits marked, and the totals.
#[utoipa::path(get, path = "/api/cohorts/{id}/costs", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = CohortCosts), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_cohort(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let rates = rates(&request)?;
    let view = with_db(&pool, move |conn| {
        ops::of_cohort(conn, &CohortId::from(id), &rates)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// One visit's travel cost: its estimate against the cap and what was spent.
#[utoipa::path(get, path = "/api/visits/{id}/costs", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = VisitCost), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_visit(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let rates = rates(&request)?;
    let view = with_db(&pool, move |conn| {
        let v = crate::ops::visits::visit_view(conn, &VisitId::from(id))?;
        ops::of_view(conn, &v, &rates)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The travel cost of a published visit the city makes or receives: the estimate against
/// the cap, what was spent, and whether this city can record it now.
#[utoipa::path(get, path = "/api/city/visits/{id}/costs", tag = "city", security(("invitation" = [])),
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = CityCosts), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn city_get(
    CityAccess(ctx): CityAccess,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let rates = rates(&request)?;
    let view = with_db(&pool, move |conn| {
        ops::for_city(
            conn,
            &VisitId::from(id),
            &ctx.invitation.city_id,
            &ctx.invitation.cohort_id,
            &rates,
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Records or changes what the city spent on a published visit it travels on. Refused to
/// the receiving city (403) and while the cohort is archived (409); a wrong field (an
/// amount out of range or with more than two decimals, a note too long) is named (422)
/// and nothing is stored.
#[utoipa::path(put, path = "/api/city/visits/{id}/costs", tag = "city", security(("invitation" = [])), request_body = CostsInput,
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = VisitCost), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_put(
    CityAccess(ctx): CityAccess,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<CostsInput>,
) -> Result<HttpResponse, ApiError> {
    let rates = rates(&request)?;
    let fields = SpentFields {
        // A JSON number as text: the same check as a form's (two decimals at most).
        amount: if input.amount.is_finite() {
            format!("{}", input.amount)
        } else {
            "not a number".to_owned()
        },
        note: input.note,
    };
    let actor = format!("city:{}", ctx.city_name);
    let view = in_transaction(&pool, move |conn| {
        ops::record(
            conn,
            &VisitId::from(id),
            &ctx.invitation.city_id,
            &ctx.invitation.cohort_id,
            &fields,
            &rates,
            &actor,
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}
