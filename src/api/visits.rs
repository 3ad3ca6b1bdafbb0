//! `/api/cohorts/{id}/visits…`, `/api/visits/{id}…` and `/api/city/visits…`: plan the
//! technical visits of a cohort's published pairs, move and confirm one by hand, edit its
//! agenda, publish the schedule, and read it as JSON or as an RFC 5545 calendar.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::idempotency;
use super::precondition::{etag, if_match};
use super::profiles::CityAccess;
use super::resource::fetch;
use super::{ApiError, Problem};
use crate::auth::{bearer, hash_secret};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::user;
use crate::db::models::visit::{self};
use crate::domain::id::CohortId;
use crate::domain::id::VisitId;
use crate::mail::Letterhead;
use crate::ops::visits::{
    self as ops, AgendaEntry, ChangeView, PlanView, Published, VisitUpdate, VisitView, city_views,
    plan_cohort, plan_view_of, visit_view,
};

/// Plans the technical visits of every published pair of the cohort in one action: the
/// cohort's visit rules, modules, blackouts and conferences, each city's unavailable days
/// and each host's capacity are kept; confirmed visits stay where they are, placed ones
/// move only when they must. Visits that cannot be placed come with the reason and what
/// would make them fit.
#[utoipa::path(post, path = "/api/cohorts/{id}/visits/plan", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 201, body = PlanView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn plan(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let view = plan_cohort(&pool, id.into(), manager.email).await?;
    Ok(HttpResponse::Created().json(view))
}

/// The visits of a cohort with their itineraries, the latest run and the calendar.
#[utoipa::path(get, path = "/api/cohorts/{id}/visits", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = PlanView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn of_cohort(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let (view, tag) = with_db(&pool, move |conn| {
        let ctx = ops::context(conn, &CohortId::from(&id))?;
        Ok((plan_view_of(conn, &ctx)?, ops::schedule_tag(&ctx)))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(&tag)).json(view))
}

/// Publishes the schedule: placed visits become planned, and each visit whose dates or
/// status changed since participants were last told is recorded (moved ones with a
/// higher calendar SEQUENCE) and its participants emailed (through the outbox).
#[utoipa::path(post, path = "/api/cohorts/{id}/visits/publish", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of GET /api/cohorts/{id}/visits: publish only if the schedule is still as read (else 412)"),
        ("Idempotency-Key" = Option<String>, Header, description = "A key of your own (a UUID): the same request sent again with it gets the first answer, and nothing is published twice")),
    responses((status = 412, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = Published), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn publish(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let expected = if_match(&request);
    let key = idempotency::key_of(&request)?;
    let actor = manager.email.clone();
    let id = CohortId::from(id);
    idempotency::once(&pool, actor, key, request.path().to_owned(), move |conn| {
        ops::expect_schedule(conn, &id, expected.as_deref())?;
        ops::publish(conn, &id, &head, &manager.email)
    })
    .await
}

/// Every change published for the cohort's visits, newest first, with when participants
/// were emailed about it.
#[utoipa::path(get, path = "/api/cohorts/{id}/visits/changes", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<ChangeView>), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn changes(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let list = with_db(&pool, move |conn| {
        let ctx = ops::context(conn, &CohortId::from(&id))?;
        ops::changes(conn, &ctx)
    })
    .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// One visit with its itinerary: agenda day by day, both sides' contacts, travel.
#[utoipa::path(get, path = "/api/visits/{id}", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = VisitView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let view = with_db(&pool, move |conn| visit_view(conn, &VisitId::from(id))).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Moves a visit to a new first day and/or confirms it. The move is checked against every
/// rule with the other visits where they are; one that breaks a rule is refused (422)
/// naming the rule, and nothing changes.
#[utoipa::path(patch, path = "/api/visits/{id}", tag = "visits", security(("bearer" = [])), request_body = VisitUpdate,
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 200, body = VisitView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(change): JsonBody<VisitUpdate>,
) -> Result<HttpResponse, ApiError> {
    let id = VisitId::from(id);
    let view = in_transaction(&pool, move |conn| {
        ops::update(conn, &id, &change, &manager.email)?;
        visit_view(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Replaces a visit's agenda (a manager).
#[utoipa::path(put, path = "/api/visits/{id}/agenda", tag = "visits", security(("bearer" = [])), request_body = Vec<AgendaEntry>,
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = VisitView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn agenda(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(entries): JsonBody<Vec<AgendaEntry>>,
) -> Result<HttpResponse, ApiError> {
    let id = VisitId::from(id);
    let view = in_transaction(&pool, move |conn| {
        ops::set_agenda(conn, &id, &entries, None, &manager.email)?;
        visit_view(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The exact solver instance of a planning run (`twinning-visits/1`): `twinning solve
/// visits` on it gives the run's result again.
#[utoipa::path(get, path = "/api/schedules/{id}/instance", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Schedule id")),
    responses((status = 200, body = Object), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn instance(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let row = fetch(&pool, "schedule", id, visit::schedule).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(row.instance))
}

/// `?token=` for calendar clients that cannot send a header.
#[derive(Debug, Deserialize)]
pub struct FeedQuery {
    token: Option<String>,
}

/// The cohort's published visits as an RFC 5545 calendar feed: one event per visit with a
/// stable UID and SEQUENCE. A manager's API token as the bearer token or as `?token=`
/// (for calendar clients; query strings are never logged).
#[utoipa::path(get, path = "/api/cohorts/{id}/calendar.ics", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id"), ("token" = Option<String>, Query, description = "A manager's API token, instead of the header")),
    responses((status = 200, content_type = "text/calendar"), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn cohort_feed(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    query: web::Query<FeedQuery>,
) -> Result<HttpResponse, ApiError> {
    let token = bearer(&request)
        .or_else(|| query.into_inner().token)
        .ok_or_else(|| {
            crate::ops::Error::Unauthorized(
                "this feed needs a manager's API token: Authorization: Bearer TOKEN, or ?token=TOKEN"
                    .to_owned(),
            )
        })?;
    let hash = hash_secret(&token);
    let body = with_db(&pool, move |conn| {
        if user::by_token(conn, &hash)?.is_none() {
            return Err(crate::ops::Error::Unauthorized(
                "the API token is unknown or revoked".to_owned(),
            ));
        }
        let ctx = ops::context(conn, &CohortId::from(&id))?;
        let views = ops::views(conn, &ctx, |_| true)?;
        Ok(crate::mail::ics::ics(
            &views,
            &ctx.cohort.cohort.name,
            "PUBLISH",
            None,
            &crate::i18n::Tr::english(),
        ))
    })
    .await?;
    Ok(crate::http::calendar(body))
}

/// The city's published visits (as guest or host) with their itineraries.
#[utoipa::path(get, path = "/api/city/visits", tag = "city", security(("invitation" = [])),
    responses((status = 200, body = Vec<VisitView>), (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn city_list(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, ApiError> {
    let views = with_db(&pool, move |conn| {
        city_views(conn, &ctx.invitation.cohort_id, &ctx.invitation.city_id).map(|(_, v)| v)
    })
    .await?;
    Ok(HttpResponse::Ok().json(views))
}

/// The city's published visits as an RFC 5545 calendar feed. The same feed is at
/// `/invitation/{token}/calendar.ics` for calendar clients.
#[utoipa::path(get, path = "/api/city/calendar.ics", tag = "city", security(("invitation" = [])),
    responses((status = 200, content_type = "text/calendar"), (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn city_feed(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, ApiError> {
    // In the language of the city's profile, as its emails.
    let tr = crate::i18n::Tr::of(ctx.language().unwrap_or("en"));
    let body = with_db(&pool, move |conn| ops::city_ics(conn, &ctx, &tr)).await?;
    Ok(crate::http::calendar(body))
}

/// Replaces the agenda of a visit the city receives.
#[utoipa::path(put, path = "/api/city/visits/{id}/agenda", tag = "city", security(("invitation" = [])), request_body = Vec<AgendaEntry>,
    params(("id" = String, Path, description = "Visit id")),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = VisitView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn city_agenda(
    CityAccess(ctx): CityAccess,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(entries): JsonBody<Vec<AgendaEntry>>,
) -> Result<HttpResponse, ApiError> {
    let (city, cohort) = (
        ctx.invitation.city_id.clone(),
        ctx.invitation.cohort_id.clone(),
    );
    let actor = format!("city:{}", ctx.city_name);
    let id = VisitId::from(id);
    let view = in_transaction(&pool, move |conn| {
        ops::set_agenda(conn, &id, &entries, Some((&city, &cohort)), &actor)?;
        visit_view(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}
