//! A cohort's reminders: its settings (which kinds are sent, on which days), the reminders
//! of the next 30 days (due, sent or held), and holding or releasing one.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{JsonBody, ResourceId};
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::CohortId;
use crate::domain::reminders::{KindSettings, ReminderSettings};
use crate::domain::state::ReminderKind;
use crate::ops::profiles::today;
use crate::ops::reminders::{self as ops, ReminderKey, ReminderView};

/// A cohort's reminders.
#[derive(Debug, Serialize, ToSchema)]
pub struct CohortReminders {
    /// Per kind (`profile`, `proposal`, `visit`, `feedback`): sent or not, and the days
    /// before its date (after it, for feedback).
    #[schema(value_type = BTreeMap<String, KindSettings>)]
    pub settings: ReminderSettings,
    /// The reminders from today to 30 days ahead, and those sent or held in the 30 days
    /// before, by due date.
    pub reminders: Vec<ReminderView>,
}

/// A cohort's reminder settings and its reminders of the next 30 days.
#[utoipa::path(get, path = "/api/cohorts/{id}/reminders", tag = "cohorts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    responses((status = 200, body = CohortReminders), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let found = with_db(&pool, move |conn| {
        let id = CohortId::from(id);
        Ok(CohortReminders {
            settings: ops::settings(conn, &id)?,
            reminders: ops::upcoming(conn, &id, today())?,
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// Changes a cohort's reminder settings: the kinds sent change, the others keep theirs.
/// Days are whole numbers from 0 (on the day; 1 for feedback, which opens the day after a
/// visit) to 60, at most five per kind, each once; an error names `reminders.<kind>.days`.
#[utoipa::path(put, path = "/api/cohorts/{id}/reminders/settings", tag = "cohorts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")),
    request_body(content = BTreeMap<String, KindSettings>, description = "Per kind: `{\"enabled\": true, \"days\": [7, 1]}`"),
    responses((status = 200, body = BTreeMap<String, KindSettings>), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn settings(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(sent): JsonBody<BTreeMap<ReminderKind, KindSettings>>,
) -> Result<HttpResponse, ApiError> {
    let saved = in_transaction(&pool, move |conn| {
        ops::set_settings(conn, &CohortId::from(id), sent, &manager.email)
    })
    .await?;
    Ok(HttpResponse::Ok().json(saved))
}

/// Holds a reminder of the cohort (as listed): the scheduler does not send it until it is
/// released. 409 when it was sent already.
#[utoipa::path(post, path = "/api/cohorts/{id}/reminders/hold", tag = "cohorts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")), request_body = ReminderKey,
    responses((status = 200, body = ReminderView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn hold(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(key): JsonBody<ReminderKey>,
) -> Result<HttpResponse, ApiError> {
    let view = in_transaction(&pool, move |conn| {
        ops::hold(conn, &CohortId::from(id), key, &manager.email, today())
    })
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Releases a held reminder: the scheduler sends it when it is due, if what it reminds of
/// is still to do.
#[utoipa::path(post, path = "/api/cohorts/{id}/reminders/release", tag = "cohorts", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id")), request_body = ReminderKey,
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn release(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
    JsonBody(key): JsonBody<ReminderKey>,
) -> Result<HttpResponse, ApiError> {
    in_transaction(&pool, move |conn| {
        ops::release(conn, &CohortId::from(id), key, &manager.email)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
