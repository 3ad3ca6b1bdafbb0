//! Replication Plans: a Twin City reads, saves and submits its own at `/api/city/plan`
//! with its invitation token; managers list a cohort's plans, read one, review it
//! (accept or ask for changes, with the version read: a stale review is a 409) and
//! export them as CSV.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::profiles::CityAccess;
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::plan::ActionFields;
use crate::domain::state::ActionStatus;
use crate::mail::Letterhead;
use crate::ops::plans::{self as ops, CityPlan, Decision, PlanLine, ReplicationPlanView};
use crate::ops::profiles::today;

/// An action of a plan, as sent.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanActionInput {
    /// What the city will do.
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// The host's practice it replicates: an `id` of `practices` of GET (`domain:lever`).
    pub practice: String,
    /// Who carries it: a name or a role.
    #[schema(min_length = 1, max_length = 120)]
    pub owner: String,
    /// First day.
    pub starts_on: chrono::NaiveDate,
    /// Last day (not before the first).
    pub ends_on: chrono::NaiveDate,
    /// Estimated budget in whole euros (0 to 100 000 000).
    #[schema(minimum = 0, maximum = 100_000_000)]
    pub budget_eur: i64,
    /// Where it stands (default `planned`).
    #[serde(default)]
    pub status: Option<ActionStatus>,
    /// What is measured.
    #[schema(min_length = 1, max_length = 200)]
    pub indicator: String,
    /// The value aimed at.
    pub target_value: f64,
    /// Its unit (optional).
    #[serde(default)]
    #[schema(max_length = 120)]
    pub target_unit: String,
}

impl From<&PlanActionInput> for ActionFields {
    fn from(a: &PlanActionInput) -> ActionFields {
        ActionFields {
            title: a.title.clone(),
            practice: a.practice.clone(),
            owner: a.owner.clone(),
            starts_on: a.starts_on.to_string(),
            ends_on: a.ends_on.to_string(),
            budget_eur: a.budget_eur.to_string(),
            status: a.status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
            indicator: a.indicator.clone(),
            target_value: a.target_value.to_string(),
            target_unit: a.target_unit.clone(),
        }
    }
}

/// A plan's actions, as sent: the whole list, in order.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplicationPlanInput {
    /// At most 30.
    #[schema(max_items = 30)]
    pub actions: Vec<PlanActionInput>,
}

/// A submission: the version the city checked (optional; when given and no longer the
/// latest draft, 409).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanSubmitInput {
    /// The draft's version number.
    #[serde(default)]
    pub version: Option<i32>,
}

/// A manager's review.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanReviewInput {
    /// The submitted version read (else 409).
    pub version: i32,
    /// `accept` or `changes` (ask the city for changes).
    pub decision: String,
    /// The comment, quoted in the email to the city; needed to ask for changes.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub comment: String,
}

/// The city's plan: whether it can be changed now, its host's practices to pick from,
/// and every version so far (`plan` is `null` before the first save). 409 for a host's
/// link or a Twin whose pair is not accepted.
#[utoipa::path(get, path = "/api/city/plan", tag = "city", security(("invitation" = [])),
    responses((status = 200, body = CityPlan), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn city_get(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, ApiError> {
    let view = with_db(&pool, move |conn| ops::for_city(conn, &ctx, today())).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Saves the city's plan as a draft (its draft rewritten, or a new version after one
/// submitted). A wrong field is named (`actions[1].ends_on`, 422) and nothing is stored;
/// refused once the cohort has ended (403) or while it is archived (409).
#[utoipa::path(put, path = "/api/city/plan", tag = "city", security(("invitation" = [])), request_body = ReplicationPlanInput,
    responses((status = 200, body = ReplicationPlanView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_put(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<ReplicationPlanInput>,
) -> Result<HttpResponse, ApiError> {
    let rows: Vec<ActionFields> = input.actions.iter().map(ActionFields::from).collect();
    let actor = format!("city:{}", ctx.city_name);
    let view = in_transaction(&pool, move |conn| {
        ops::save(conn, &ctx, &rows, today(), &actor)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Submits the city's draft: a numbered version the programme reviews; a receipt goes to
/// the city's contacts. 409 when there is no draft or `version` is not the latest draft;
/// 422 without an action.
#[utoipa::path(post, path = "/api/city/plan/submit", tag = "city", security(("invitation" = [])), request_body = PlanSubmitInput,
    responses((status = 200, body = ReplicationPlanView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_submit(
    CityAccess(ctx): CityAccess,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<PlanSubmitInput>,
) -> Result<HttpResponse, ApiError> {
    let head = crate::http::state::<Letterhead>(&request)?;
    let actor = format!("city:{}", ctx.city_name);
    let view = in_transaction(&pool, move |conn| {
        ops::submit(conn, &ctx, input.version, today(), &actor, Some(&head))
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

fn city_of(request: &HttpRequest) -> CityId {
    CityId::from(request.match_info().get("city").unwrap_or_default())
}

/// Every Twin of an accepted pair in the cohort, with where its plan stands.
#[utoipa::path(get, path = "/api/cohorts/{id}/plans", tag = "plans", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<PlanLine>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_cohort(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let list = with_db(&pool, move |conn| ops::of_cohort(conn, &CohortId::from(id))).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A Twin's plan, every version newest first.
#[utoipa::path(get, path = "/api/cohorts/{id}/plans/{city}", tag = "plans", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id"), ("city" = String, Path, description = "The Twin City's id")),
    responses((status = 200, body = ReplicationPlanView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn one(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let city = city_of(&request);
    let view = with_db(&pool, move |conn| {
        ops::one(conn, &CohortId::from(id), &city)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Reviews the latest submitted version: accept it, or ask for changes (with a comment).
/// The city is written to in its language. 409 when `version` is not the latest submitted
/// version or it is already reviewed (another manager was first).
#[utoipa::path(post, path = "/api/cohorts/{id}/plans/{city}/review", tag = "plans", security(("bearer" = [])), request_body = PlanReviewInput,
    params(("id" = String, Path, description = "Cohort id"), ("city" = String, Path, description = "The Twin City's id")),
    responses((status = 200, body = ReplicationPlanView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn review(
    manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<PlanReviewInput>,
) -> Result<HttpResponse, ApiError> {
    let city = city_of(&request);
    let decision = Decision::parse(&input.decision).map_err(crate::ops::Error::Invalid)?;
    let head = crate::http::state::<Letterhead>(&request)?;
    let actor = manager.0.email.clone();
    let view = in_transaction(&pool, move |conn| {
        ops::review(
            conn,
            &CohortId::from(id),
            &city,
            input.version,
            decision,
            &input.comment,
            &actor,
            Some(&head),
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

fn csv(data: Vec<u8>, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .body(data)
}

/// Every submitted plan of the cohort as CSV, one row per action.
#[utoipa::path(get, path = "/api/cohorts/{id}/plans.csv", tag = "plans", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = String, content_type = "text/csv"), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn cohort_csv(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let data = with_db(&pool, move |conn| {
        ops::cohort_csv(conn, &CohortId::from(id))
    })
    .await?;
    Ok(csv(data, "replication-plans.csv"))
}

/// A Twin's plan as CSV, one row per action of the version the programme holds.
#[utoipa::path(get, path = "/api/cohorts/{id}/plans/{city}/csv", tag = "plans", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id"), ("city" = String, Path, description = "The Twin City's id")),
    responses((status = 200, body = String, content_type = "text/csv"), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn plan_csv(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let city = city_of(&request);
    let data = with_db(&pool, move |conn| {
        ops::plan_csv(conn, &CohortId::from(id), &city)
    })
    .await?;
    Ok(csv(data, "replication-plan.csv"))
}
