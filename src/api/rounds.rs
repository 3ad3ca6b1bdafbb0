//! `/api/cohorts/{id}/rounds` and `/api/rounds/{id}`: run a matching round, read it back
//! with its report, and fetch the exact solver instance it solved.

use actix_web::{HttpResponse, web};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::ApiManager;
use super::extract::{JsonBody, QueryParams, ResourceId};
use super::resource::fetch;
use super::{ApiError, Problem};
use crate::blocking::on_own_thread;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::round::{self, RoundRow};
use crate::domain::id::CohortId;
use crate::domain::id::RoundId;
use crate::ops::rounds::{self as ops, Report, RoundSettings};

/// A round as shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoundView {
    /// Id.
    pub id: String,
    /// Cohort.
    pub cohort_id: String,
    /// 1, 2, ... within the cohort.
    pub number: i32,
    /// The solver's status.
    pub status: String,
    /// `twinning-solver` version.
    pub solver_version: String,
    /// Scoring and solving, seconds.
    pub seconds: f64,
    /// The manager.
    pub created_by: String,
    /// When (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: NaiveDateTime,
    /// What was chosen.
    pub settings: RoundSettings,
    /// Pairs, explanations, why-nots, alternates, unmatched, blocking pairs, map.
    pub report: Report,
}

impl TryFrom<RoundRow> for RoundView {
    type Error = ApiError;

    fn try_from(row: RoundRow) -> Result<Self, ApiError> {
        Ok(RoundView {
            settings: ops::settings_of(&row)?,
            report: ops::report_of(&row)?,
            id: row.id.into(),
            cohort_id: row.cohort_id.into(),
            number: row.number,
            status: row.status,
            solver_version: row.solver_version,
            seconds: row.seconds,
            created_by: row.created_by,
            created_at: row.created_at,
        })
    }
}

/// Scores every pair of the cohort's submitted Twins and hosts, solves, stores the round.
#[utoipa::path(post, path = "/api/cohorts/{id}/rounds", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")), request_body = RoundSettings,
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 201, body = RoundView), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(settings): JsonBody<RoundSettings>,
) -> Result<HttpResponse, ApiError> {
    let prepared = with_db(&pool, move |conn| {
        ops::prepare(conn, &CohortId::from(id), settings)
    })
    .await?;
    let solved = on_own_thread("round", move || ops::solve(prepared)).await??;
    let row = in_transaction(&pool, move |conn| ops::store(conn, &solved, &manager.email)).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/rounds/{}", row.id)))
        .json(RoundView::try_from(row)?))
}

/// The rounds of a cohort, newest first.
#[utoipa::path(get, path = "/api/cohorts/{id}/rounds", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<RoundView>), (status = 401, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let rows = with_db(&pool, move |conn| {
        Ok(round::of_cohort(conn, &CohortId::from(id))?)
    })
    .await?;
    let views = rows
        .into_iter()
        .map(RoundView::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(views))
}

/// One round with its report.
#[utoipa::path(get, path = "/api/rounds/{id}", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Round id")),
    responses((status = 200, body = RoundView), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let row = fetch(&pool, "round", RoundId::from(id), round::get).await?;
    Ok(HttpResponse::Ok().json(RoundView::try_from(row)?))
}

/// The exact solver instance of a round (`twinning-matching/1`): `twinning solve match` on
/// it gives the round's result again.
#[utoipa::path(get, path = "/api/rounds/{id}/instance", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Round id")),
    responses((status = 200, body = Object), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn instance(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let row = fetch(&pool, "round", RoundId::from(id), round::get).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(row.instance))
}

/// `?release_accepted=true` of a publish.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct PublishQuery {
    /// Release the pairs both cities accepted that this round does not keep (their
    /// visits are cancelled); without it such a publish is refused with 409 naming them.
    pub release_accepted: Option<bool>,
    /// The day by which both cities of each new pair are to answer (`YYYY-MM-DD`): from
    /// today to the cohort's end; default 14 days from today, within the cohort.
    #[param(value_type = Option<String>, format = Date)]
    pub answer_by: Option<chrono::NaiveDate>,
}

/// Publishes a round: its pairs become proposals both cities answer from their links.
/// Pairs both cities accepted that the round does not keep are released only with
/// `release_accepted=true`.
#[utoipa::path(post, path = "/api/rounds/{id}/publish", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Round id"), PublishQuery,
        ("Idempotency-Key" = Option<String>, Header, description = "A key of your own (a UUID): the same request sent again with it gets the first answer, and nothing is proposed twice")),
    responses((status = 200, body = Vec<crate::ops::proposals::ProposalView>), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn publish(
    ApiManager(manager): ApiManager,
    request: actix_web::HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<crate::mail::Letterhead>,
    ResourceId(id): ResourceId,
    QueryParams(q): QueryParams<PublishQuery>,
) -> Result<HttpResponse, ApiError> {
    let release = q.release_accepted.unwrap_or(false);
    let answer_by = q.answer_by;
    let key = super::idempotency::key_of(&request)?;
    let actor = manager.email.clone();
    super::idempotency::once(&pool, actor, key, request.path().to_owned(), move |conn| {
        crate::ops::proposals::publish(
            conn,
            &RoundId::from(id),
            &head,
            &manager.email,
            release,
            answer_by,
        )
    })
    .await
}

/// Re-matches a published round after declines: accepted pairs stay, declined pairs are
/// forbidden, other proposed pairs change only when that pays the change penalty. The
/// new round's report lists what changed.
#[utoipa::path(post, path = "/api/rounds/{id}/rematch", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Round id")),
    responses((status = 201, body = RoundView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn rematch(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let prepared = with_db(&pool, move |conn| {
        crate::ops::proposals::prepare_rematch(conn, &RoundId::from(id))
    })
    .await?;
    let solved = on_own_thread("round", move || ops::solve(prepared)).await??;
    let row = in_transaction(&pool, move |conn| ops::store(conn, &solved, &manager.email)).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/rounds/{}", row.id)))
        .json(RoundView::try_from(row)?))
}

/// The live proposals of a cohort with both cities' answers.
#[utoipa::path(get, path = "/api/cohorts/{id}/proposals", tag = "rounds", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = Vec<crate::ops::proposals::ProposalView>)))]
pub async fn proposals(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let live = with_db(&pool, move |conn| {
        let list = crate::db::models::proposal::live_of_cohort(conn, &CohortId::from(id))?;
        crate::ops::proposals::views(conn, list)
    })
    .await?;
    Ok(HttpResponse::Ok().json(live))
}
