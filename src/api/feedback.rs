//! Feedback after each visit: a city gives and changes its own at
//! `/api/city/visits/{id}/feedback` with its invitation token; managers read each side's
//! feedback and the summaries per visit, per pair and per host.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::profiles::CityAccess;
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::feedback::FeedbackFields;
use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::id::ProposalId;
use crate::domain::id::VisitId;
use crate::domain::state::FollowUp;
use crate::ops::feedback::{
    self as ops, CityFeedback, FeedbackView, HostFeedback, PairFeedback, VisitFeedback,
};
use crate::ops::profiles::today;

/// A city's feedback on a visit, as sent.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackInput {
    /// How useful the visit was: 1 (not useful) to 5 (very useful).
    #[schema(minimum = 1, maximum = 5)]
    pub usefulness: i64,
    /// What the city learnt (not empty).
    #[schema(min_length = 1, max_length = 2000)]
    pub learnt: String,
    /// Ids (`domain:lever`) of the host's practices the city means to replicate, picked
    /// from `practices` of GET (at most as many as the host shows).
    #[serde(default)]
    #[schema(max_items = 42)]
    pub practices: Vec<String>,
    /// Whether the city would recommend the host.
    pub recommend: bool,
    /// The follow-up wanted: `online` (an online session), `visit` (another visit), `none`.
    pub follow_up: FollowUp,
}

impl From<&FeedbackInput> for FeedbackFields {
    fn from(f: &FeedbackInput) -> FeedbackFields {
        FeedbackFields {
            usefulness: f.usefulness.to_string(),
            learnt: f.learnt.clone(),
            practices: f.practices.clone(),
            recommend: if f.recommend { "yes" } else { "no" }.to_owned(),
            follow_up: f.follow_up.as_str().to_owned(),
        }
    }
}

/// The city's feedback on a visit it made or received: whether it can give it now (and
/// why not), the host's practices it can pick, and what it gave (`null` before).
#[utoipa::path(get, path = "/api/city/visits/{id}/feedback", tag = "city", security(("invitation" = [])),
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = CityFeedback), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn city_get(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let view = with_db(&pool, move |conn| {
        ops::for_city(
            conn,
            &VisitId::from(id),
            &ctx.invitation.city_id,
            Some(&ctx.invitation.cohort_id),
            today(),
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Gives or replaces the city's feedback on a visit it made or received. Refused before
/// the visit has ended and for a visit that did not take place (409), once the cohort has
/// ended (403) or while it is archived (409); a wrong field (usefulness out of 1 to 5, a
/// practice the host does not show, a text too long) is named (422) and nothing is stored.
#[utoipa::path(put, path = "/api/city/visits/{id}/feedback", tag = "city", security(("invitation" = [])), request_body = FeedbackInput,
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = FeedbackView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_put(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<FeedbackInput>,
) -> Result<HttpResponse, ApiError> {
    let fields = FeedbackFields::from(&input);
    let actor = format!("city:{}", ctx.city_name);
    let view = in_transaction(&pool, move |conn| {
        ops::give(
            conn,
            &VisitId::from(id),
            &ctx.invitation.city_id,
            Some(&ctx.invitation.cohort_id),
            &fields,
            today(),
            &actor,
        )
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// A visit's feedback from both sides, with its summary.
#[utoipa::path(get, path = "/api/visits/{id}/feedback", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = VisitFeedback), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_visit(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let view = with_db(&pool, move |conn| {
        ops::of_visit(conn, &VisitId::from(id), today())
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// One side's feedback on a visit (404 until that city gave it).
#[utoipa::path(get, path = "/api/visits/{id}/feedback/{city}", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Visit id"), ("city" = String, Path, description = "City id of the visiting or the receiving city")),
    responses((status = 200, body = FeedbackView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn one(
    _manager: ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let city = request
        .match_info()
        .get("city")
        .unwrap_or_default()
        .to_owned();
    let view = with_db(&pool, move |conn| {
        ops::one(conn, &VisitId::from(id), &CityId::from(city))
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// A pair's feedback over its visits both ways: each visit's, and the summary (all, the
/// Twin's, the host's).
#[utoipa::path(get, path = "/api/proposals/{id}/feedback", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Proposal id (the pair)")),
    responses((status = 200, body = PairFeedback), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_pair(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let view = with_db(&pool, move |conn| {
        ops::of_pair(conn, &ProposalId::from(id), today())
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// A host's feedback across the visits of its pairs: mean usefulness, how many would
/// recommend it, the practices picked with counts, the follow-ups wanted.
#[utoipa::path(get, path = "/api/hosts/{id}/feedback", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Host id")),
    responses((status = 200, body = HostFeedback), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_host(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let view = with_db(&pool, move |conn| {
        ops::of_host(conn, &HostId::from(id), today())
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}
