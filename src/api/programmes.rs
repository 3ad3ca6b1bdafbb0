//! `/api/programmes`: list, get, create, update, delete (refused while it has cohorts),
//! archive and unarchive.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiManager;
use super::extract::{JsonBody, QueryParams, ResourceId};
use super::page::{PageQuery, Paged};
use super::precondition::{etag, if_match};
use super::resource::{Archived, fetch, remove};
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::programme::{self, Programme};
use crate::domain::id::ProgrammeId;
use crate::ops::cohorts::{create_programme, update_programme, version_tag};
use crate::ops::{archive, deletes};

/// A programme as sent.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeInput {
    /// Name, unique.
    pub name: String,
    /// What it is for.
    #[serde(default)]
    pub description: String,
}

/// A programme as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Created (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// Last changed (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub updated_at: chrono::NaiveDateTime,
    /// Archived since (UTC): then it and all its cohorts are read-only (every write
    /// answers 409) and out of the default lists; absent while open.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::domain::time::utc_opt"
    )]
    pub archived_at: Option<chrono::NaiveDateTime>,
}

/// `?archived=&limit=&offset=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeQuery {
    /// `false` (the default): open programmes; `true`: archived ones; `all`.
    #[param(value_type = Option<String>)]
    pub archived: Option<Archived>,
    /// Page size, 1 to 500 (default 50).
    pub limit: Option<i64>,
    /// Items to skip (default 0).
    pub offset: Option<i64>,
}

impl From<Programme> for ProgrammeView {
    fn from(p: Programme) -> Self {
        ProgrammeView {
            id: p.id.into(),
            name: p.name,
            description: p.description,
            created_at: p.created_at,
            updated_at: p.updated_at,
            archived_at: p.archived_at,
        }
    }
}

/// Lists programmes by name.
#[utoipa::path(security(("bearer" = [])), get, path = "/api/programmes", tag = "programmes", params(ProgrammeQuery),
    responses((status = 200, body = Paged<ProgrammeView>), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    QueryParams(q): QueryParams<ProgrammeQuery>,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .bounds()?;
    let listing = q.archived.unwrap_or_default().into();
    let page = with_db(&pool, move |conn| {
        Ok(programme::list(conn, listing, limit, offset)?)
    })
    .await?;
    let items = page
        .items
        .into_iter()
        .map(ProgrammeView::from)
        .collect::<Vec<_>>();
    Ok(HttpResponse::Ok().json(Paged {
        items,
        total: page.total,
        limit,
        offset,
    }))
}

/// One programme.
#[utoipa::path(security(("bearer" = [])), get, path = "/api/programmes/{id}", tag = "programmes", params(("id" = String, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let found = fetch(&pool, "programme", ProgrammeId::from(id), programme::get).await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&version_tag(found.updated_at)))
        .json(ProgrammeView::from(found)))
}

/// Creates a programme.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/programmes", tag = "programmes", request_body = ProgrammeInput,
    responses((status = 201, body = ProgrammeView), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<ProgrammeInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let created = in_transaction(&pool, move |conn| {
        let id = create_programme(conn, &input.name, &input.description, &actor)?;
        programme::get(conn, &id)?
            .ok_or_else(|| crate::ops::Error::Bug("created programme vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/programmes/{}", created.id)))
        .insert_header(etag(&version_tag(created.updated_at)))
        .json(ProgrammeView::from(created)))
}

/// Renames or redescribes a programme. With `If-Match` (the `ETag` of the programme as
/// read), only if nobody changed it since (else 412, nothing changed).
#[utoipa::path(security(("bearer" = [])), put, path = "/api/programmes/{id}", tag = "programmes", request_body = ProgrammeInput,
    params(("id" = String, Path, description = "Programme id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the programme as read: save only if it is still its current version (else 412)")),
    responses((status = 200, body = ProgrammeView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<ProgrammeInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let expected = if_match(&request);
    let id = ProgrammeId::from(id);
    let updated = in_transaction(&pool, move |conn| {
        update_programme(
            conn,
            &id,
            &input.name,
            &input.description,
            expected.as_deref(),
            &actor,
        )?;
        programme::get(conn, &id)?
            .ok_or_else(|| crate::ops::Error::Bug("updated programme vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&version_tag(updated.updated_at)))
        .json(ProgrammeView::from(updated)))
}

/// Deletes a programme with its own events; refused (409, naming how many cohorts) while
/// it has cohorts: delete those nothing refers to first, or archive the programme.
#[utoipa::path(security(("bearer" = [])), delete, path = "/api/programmes/{id}", tag = "programmes", params(("id" = String, Path, description = "Programme id")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn delete(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    remove(
        &pool,
        ProgrammeId::from(id),
        manager.email,
        deletes::delete_programme,
    )
    .await
}

/// Archives a programme that is over, and with it all its cohorts: read-only (every write
/// answers 409), out of the default lists, kept whole. Audited; undone by unarchive (each
/// cohort archived on its own stays archived).
#[utoipa::path(security(("bearer" = [])), post, path = "/api/programmes/{id}/archive", tag = "programmes", params(("id" = String, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn archive(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    set_archived(&pool, id, manager.email, archive::archive_programme).await
}

/// Takes a programme out of the archive, with the cohorts that were not archived on their
/// own. Audited.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/programmes/{id}/unarchive", tag = "programmes", params(("id" = String, Path, description = "Programme id")),
    responses((status = 200, body = ProgrammeView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn unarchive(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    set_archived(&pool, id, manager.email, archive::unarchive_programme).await
}

async fn set_archived(
    pool: &DbPool,
    id: String,
    actor: String,
    change: fn(&mut crate::db::DbConnection, &ProgrammeId, &str) -> Result<(), crate::ops::Error>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgrammeId::from(id);
    let changed = in_transaction(pool, move |conn| {
        change(conn, &id, &actor)?;
        programme::get(conn, &id)?.ok_or(crate::ops::Error::not_found("programme", id))
    })
    .await?;
    Ok(HttpResponse::Ok().json(ProgrammeView::from(changed)))
}
