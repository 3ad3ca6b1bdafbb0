//! `/api/events`: the calendar's blackouts and conferences.

use actix_web::{HttpResponse, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, QueryParams, ResourceId};
use super::page::{PageQuery, Paged};
use super::resource::fetch;
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::event::{self, CalendarEvent};
use crate::domain::Invalid;
use crate::domain::calendar::{EventDetails, EventKind};
use crate::ops::events as ops;

/// An event as sent.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    /// The programme it applies to; none for every programme.
    #[serde(default)]
    pub programme_id: Option<String>,
    /// The cohort it applies to; none for every cohort.
    #[serde(default)]
    pub cohort_id: Option<String>,
    /// blackout or conference.
    pub kind: EventKind,
    /// What it is ("Summer break", "Cities Mission conference").
    #[schema(max_length = 200)]
    pub label: String,
    /// Where.
    #[serde(default)]
    #[schema(max_length = 120)]
    pub location: Option<String>,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
}

/// An event as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    /// Id.
    pub id: String,
    /// Programme, if it applies to one.
    pub programme_id: Option<String>,
    /// Cohort, if it applies to one.
    pub cohort_id: Option<String>,
    /// blackout or conference.
    pub kind: String,
    /// What it is.
    pub label: String,
    /// Where.
    pub location: Option<String>,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Created (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// Last changed (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub updated_at: chrono::NaiveDateTime,
}

impl From<CalendarEvent> for EventView {
    fn from(e: CalendarEvent) -> Self {
        EventView {
            id: e.id,
            programme_id: e.programme_id.map(String::from),
            cohort_id: e.cohort_id.map(String::from),
            kind: e.kind,
            label: e.label,
            location: e.location,
            starts_on: e.starts_on,
            ends_on: e.ends_on,
            created_at: e.created_at,
            updated_at: e.updated_at,
        }
    }
}

fn parse(i: &EventInput) -> Result<EventDetails, Invalid> {
    EventDetails::new(
        i.programme_id.as_deref(),
        i.cohort_id.as_deref(),
        i.kind,
        &i.label,
        i.location.as_deref(),
        i.starts_on,
        i.ends_on,
    )
}

/// Lists events by date.
#[utoipa::path(get, path = "/api/events", tag = "calendar", params(PageQuery),
    responses((status = 200, body = Paged<EventView>), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    pool: web::Data<DbPool>,
    QueryParams(q): QueryParams<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = q.bounds()?;
    let page = with_db(&pool, move |conn| Ok(event::list(conn, limit, offset)?)).await?;
    let items = page
        .items
        .into_iter()
        .map(EventView::from)
        .collect::<Vec<_>>();
    Ok(HttpResponse::Ok().json(Paged {
        items,
        total: page.total,
        limit,
        offset,
    }))
}

/// One event.
#[utoipa::path(get, path = "/api/events/{id}", tag = "calendar", params(("id" = String, Path, description = "Event id")),
    responses((status = 200, body = EventView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let found = fetch(&pool, "event", id, event::get).await?;
    Ok(HttpResponse::Ok().json(EventView::from(found)))
}

/// Creates an event.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/events", tag = "calendar", request_body = EventInput,
    responses((status = 201, body = EventView), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<EventInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let details = parse(&input)?;
    let created = in_transaction(&pool, move |conn| ops::create(conn, &details, &actor)).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/events/{}", created.id)))
        .json(EventView::from(created)))
}

/// Replaces an event.
#[utoipa::path(security(("bearer" = [])), put, path = "/api/events/{id}", tag = "calendar", request_body = EventInput, params(("id" = String, Path, description = "Event id")),
    responses((status = 200, body = EventView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<EventInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let details = parse(&input)?;
    let updated =
        in_transaction(&pool, move |conn| ops::update(conn, &id, &details, &actor)).await?;
    Ok(HttpResponse::Ok().json(EventView::from(updated)))
}

/// Deletes an event.
#[utoipa::path(security(("bearer" = [])), delete, path = "/api/events/{id}", tag = "calendar", params(("id" = String, Path, description = "Event id")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn delete(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    in_transaction(&pool, move |conn| ops::delete(conn, &id, &actor)).await?;
    Ok(HttpResponse::NoContent().finish())
}
