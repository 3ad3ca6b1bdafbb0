//! `/api/cohorts`: list, get, create, update, delete (refused while programme records
//! refer to the cohort), archive and unarchive.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
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
use crate::db::models::cohort::{self, CohortWithModules};
use crate::domain::Invalid;
use crate::domain::cohort::{CohortDetails, CohortFields, ModuleFields};
use crate::domain::costs::{CAP_MAX, eur_of_number};
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;
use crate::ops::archive;
use crate::ops::cohorts::{create_cohort, update_cohort, version_tag};
use crate::ops::deletes;

/// A cohort as sent.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CohortInput {
    /// The programme.
    pub programme_id: String,
    /// Number within the programme, from 1.
    pub number: i64,
    /// Name.
    pub name: String,
    /// The call for applications opens.
    pub call_opens: NaiveDate,
    /// The call closes (cities can edit until then).
    pub call_closes: NaiveDate,
    /// The cohort starts.
    pub starts_on: NaiveDate,
    /// The cohort ends.
    pub ends_on: NaiveDate,
    /// Its modules in order, inside the cohort's dates.
    pub modules: Vec<ModuleInput>,
    /// Its visit rules.
    pub visit_rules: VisitRulesInput,
    /// The travel reimbursement cap per traveller and visit, euros (0 to 100000, at most
    /// two decimals); absent or `null`: no cap.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 100000)]
    pub reimbursement_cap_eur: Option<f64>,
}

/// A module as sent and shown.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModuleInput {
    /// Name (Getting started, Co-creating, Capitalising).
    pub name: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
}

/// Visit rules as sent and shown.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VisitRulesInput {
    /// Trips of the Twin to its host, 0 to 10.
    pub twin_to_host: i64,
    /// Visits of the host to the Twin, 0 to 10.
    pub host_to_twin: i64,
    /// Days each visit takes, 1 to 15.
    pub days: i64,
    /// Least days between two visits of a pair, 0 to 730.
    pub min_gap_days: i64,
    /// The module (position from 1) each visit of a pair falls in, in order: the Twin's
    /// first trip, the host's first visit back, the Twin's second trip, ...; empty (the
    /// default): any time in the cohort.
    #[serde(default)]
    pub modules: Vec<i64>,
}

/// A cohort as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct CohortView {
    /// Id.
    pub id: String,
    /// Programme.
    pub programme_id: String,
    /// Number.
    pub number: i32,
    /// Name.
    pub name: String,
    /// Call opens.
    pub call_opens: NaiveDate,
    /// Call closes.
    pub call_closes: NaiveDate,
    /// Starts.
    pub starts_on: NaiveDate,
    /// Ends.
    pub ends_on: NaiveDate,
    /// Modules in order.
    pub modules: Vec<ModuleInput>,
    /// Visit rules.
    pub visit_rules: VisitRulesInput,
    /// The travel reimbursement cap per traveller and visit, euros; `null`: no cap.
    pub reimbursement_cap_eur: Option<f64>,
    /// Created (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// Last changed (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub updated_at: chrono::NaiveDateTime,
    /// Archived since (UTC), itself or with its programme: then read-only (every write
    /// answers 409) and out of the default list; absent while open.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::domain::time::utc_opt"
    )]
    pub archived_at: Option<chrono::NaiveDateTime>,
}

impl From<CohortWithModules> for CohortView {
    fn from(c: CohortWithModules) -> Self {
        let archived_at = c.archived_since();
        let cap = c.cohort.reimbursement_cap().map(|c| c.euros());
        let k = c.cohort;
        CohortView {
            id: k.id.into(),
            programme_id: k.programme_id.into(),
            number: k.number,
            name: k.name,
            call_opens: k.call_opens,
            call_closes: k.call_closes,
            starts_on: k.starts_on,
            ends_on: k.ends_on,
            modules: c
                .modules
                .into_iter()
                .map(|m| ModuleInput {
                    name: m.name,
                    starts_on: m.starts_on,
                    ends_on: m.ends_on,
                })
                .collect(),
            visit_rules: VisitRulesInput {
                twin_to_host: k.visits_twin_to_host.into(),
                host_to_twin: k.visits_host_to_twin.into(),
                days: k.visit_days.into(),
                min_gap_days: k.min_gap_days.into(),
                modules: crate::domain::cohort::parse_modules(&k.visit_modules)
                    .into_iter()
                    .map(i64::from)
                    .collect(),
            },
            reimbursement_cap_eur: cap,
            created_at: k.created_at,
            updated_at: k.updated_at,
            archived_at,
        }
    }
}

/// `?programme_id=&archived=&limit=&offset=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CohortQuery {
    /// Only the cohorts of this programme.
    pub programme_id: Option<String>,
    /// `false` (the default): open cohorts; `true`: archived ones (themselves or with
    /// their programme); `all`.
    #[param(value_type = Option<String>)]
    pub archived: Option<Archived>,
    /// Page size, 1 to 500 (default 50).
    pub limit: Option<i64>,
    /// Items to skip (default 0).
    pub offset: Option<i64>,
}

fn parse(input: &CohortInput) -> Result<CohortDetails, Invalid> {
    CohortDetails::try_from(CohortFields {
        programme_id: &ProgrammeId::from(&input.programme_id),
        number: input.number,
        name: &input.name,
        call_opens: input.call_opens,
        call_closes: input.call_closes,
        starts_on: input.starts_on,
        ends_on: input.ends_on,
        modules: input
            .modules
            .iter()
            .map(|m| ModuleFields {
                name: &m.name,
                starts_on: m.starts_on,
                ends_on: m.ends_on,
            })
            .collect(),
        visit_rules: [
            input.visit_rules.twin_to_host,
            input.visit_rules.host_to_twin,
            input.visit_rules.days,
            input.visit_rules.min_gap_days,
        ],
        visit_modules: input.visit_rules.modules.clone(),
        reimbursement_cap: input
            .reimbursement_cap_eur
            .map(|eur| eur_of_number("reimbursement_cap_eur", eur, CAP_MAX))
            .transpose(),
    })
}

/// Lists cohorts by programme and number.
#[utoipa::path(security(("bearer" = [])), get, path = "/api/cohorts", tag = "cohorts", params(CohortQuery),
    responses((status = 200, body = Paged<CohortView>), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    QueryParams(q): QueryParams<CohortQuery>,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .bounds()?;
    let programme_id = q.programme_id.map(ProgrammeId::from);
    let listing = q.archived.unwrap_or_default().into();
    let page = with_db(&pool, move |conn| {
        Ok(cohort::list(
            conn,
            programme_id.as_ref(),
            listing,
            limit,
            offset,
        )?)
    })
    .await?;
    let items = page
        .items
        .into_iter()
        .map(CohortView::from)
        .collect::<Vec<_>>();
    Ok(HttpResponse::Ok().json(Paged {
        items,
        total: page.total,
        limit,
        offset,
    }))
}

/// One cohort.
#[utoipa::path(security(("bearer" = [])), get, path = "/api/cohorts/{id}", tag = "cohorts", params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = CohortView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let found = fetch(&pool, "cohort", CohortId::from(id), cohort::get).await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&version_tag(found.cohort.updated_at)))
        .json(CohortView::from(found)))
}

/// Creates a cohort with its modules and visit rules.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/cohorts", tag = "cohorts", request_body = CohortInput,
    responses((status = 201, body = CohortView), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<CohortInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let details = parse(&input)?;
    let created = in_transaction(&pool, move |conn| {
        let id = create_cohort(conn, &details, &[], &actor)?;
        cohort::get(conn, &id)?
            .ok_or_else(|| crate::ops::Error::Bug("created cohort vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/cohorts/{}", created.cohort.id)))
        .insert_header(etag(&version_tag(created.cohort.updated_at)))
        .json(CohortView::from(created)))
}

/// Replaces a cohort, its modules and visit rules. With `If-Match` (the `ETag` of the
/// cohort as read), only if nobody changed it since (else 412, nothing changed).
#[utoipa::path(security(("bearer" = [])), put, path = "/api/cohorts/{id}", tag = "cohorts", request_body = CohortInput,
    params(("id" = String, Path, description = "Cohort id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the cohort as read: save only if it is still its current version (else 412)")),
    responses((status = 200, body = CohortView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    ApiManager(manager): ApiManager,
    request: HttpRequest,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(input): JsonBody<CohortInput>,
) -> Result<HttpResponse, ApiError> {
    let actor = manager.email;
    let details = parse(&input)?;
    let expected = if_match(&request);
    let updated = in_transaction(&pool, move |conn| {
        let id = CohortId::from(id);
        update_cohort(conn, &id, &details, None, expected.as_deref(), &actor)?;
        cohort::get(conn, &id)?
            .ok_or_else(|| crate::ops::Error::Bug("updated cohort vanished".to_owned()))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(&version_tag(updated.cohort.updated_at)))
        .json(CohortView::from(updated)))
}

/// Deletes a cohort with its modules and own events; refused (409, naming how many of
/// each) while invitations, profiles, rounds, proposals, visits, emails or city roles refer
/// to it: archive it instead.
#[utoipa::path(security(("bearer" = [])), delete, path = "/api/cohorts/{id}", tag = "cohorts", params(("id" = String, Path, description = "Cohort id")),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn delete(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    remove(
        &pool,
        CohortId::from(id),
        manager.email,
        deletes::delete_cohort,
    )
    .await
}

/// Archives a cohort that is over: read-only (every write answers 409), out of the default
/// list, kept whole (report, audit log, calendar feeds). Audited; undone by unarchive.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/cohorts/{id}/archive", tag = "cohorts", params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = CohortView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn archive(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    set_archived(&pool, id, manager.email, archive::archive_cohort).await
}

/// Takes a cohort out of the archive: writable and listed again. Audited. Refused (409)
/// while its programme is archived.
#[utoipa::path(security(("bearer" = [])), post, path = "/api/cohorts/{id}/unarchive", tag = "cohorts", params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = CohortView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn unarchive(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    set_archived(&pool, id, manager.email, archive::unarchive_cohort).await
}

async fn set_archived(
    pool: &DbPool,
    id: String,
    actor: String,
    change: fn(&mut crate::db::DbConnection, &CohortId, &str) -> Result<(), crate::ops::Error>,
) -> Result<HttpResponse, ApiError> {
    let id = CohortId::from(id);
    let changed = in_transaction(pool, move |conn| {
        change(conn, &id, &actor)?;
        cohort::get(conn, &id)?.ok_or(crate::ops::Error::not_found("cohort", id))
    })
    .await?;
    Ok(HttpResponse::Ok().json(CohortView::from(changed)))
}
