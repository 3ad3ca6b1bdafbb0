//! The programme's report in JSON, for the manager and the funder: a cohort's
//! (`/api/cohorts/{id}/report`) and a programme's, the sum of its cohorts
//! (`/api/programmes/{id}/report`).

use actix_web::{HttpRequest, HttpResponse, web};

use super::ApiManager;
use super::extract::ResourceId;
use super::{ApiError, Problem};
use crate::blocking::with_db;
use crate::db::DbPool;
use crate::domain::costs::TravelRates;
use crate::domain::id::{CohortId, ProgrammeId};
use crate::ops::report::{self as ops, CohortReport, ProgrammeReport};

fn rates(request: &HttpRequest) -> Result<TravelRates, ApiError> {
    Ok(crate::http::state::<TravelRates>(request)?)
}

/// A cohort's report: cities by role and status, pairs, visits done, planned and
/// cancelled, people who travelled, km and CO₂e by mode, travel costs against the caps,
/// feedback per host, replication actions by theme and status, and the Twins the latest
/// published round left unmatched, with why.
#[utoipa::path(get, path = "/api/cohorts/{id}/report", tag = "report", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = CohortReport), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_cohort(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let rates = rates(&request)?;
    let today = crate::ops::profiles::today();
    let report = with_db(&pool, move |conn| {
        ops::of_cohort(conn, &CohortId::from(id), &rates, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// A programme's report: each cohort's (archived ones included) and their sum.
#[utoipa::path(get, path = "/api/programmes/{id}/report", tag = "report", security(("bearer" = [])),
    params(("id" = String, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeReport), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_programme(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let rates = rates(&request)?;
    let today = crate::ops::profiles::today();
    let report = with_db(&pool, move |conn| {
        ops::of_programme(conn, &ProgrammeId::from(id), &rates, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(report))
}
