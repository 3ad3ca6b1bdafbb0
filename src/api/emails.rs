//! `/api/emails…`: every email the service queued, where each stands (queued, sent with
//! its Message-ID and time, retrying with the last error, failed), resending one or every
//! failed one; and `/api/cohorts/{id}/visits/preview`, the emails a publish would send.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiManager;
use super::extract::{QueryParams, ResourceId};
use super::page::{PageQuery, Paged};
use super::{ApiError, Problem};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::CohortId;
use crate::domain::id::EmailId;
use crate::mail::Letterhead;
use crate::ops::outbox::{self as ops, EmailFull, EmailPreview, EmailQuery, EmailView};

/// A page of emails, with how many are in each status.
#[derive(Debug, Serialize, ToSchema)]
pub struct EmailList {
    /// The page, newest first.
    #[serde(flatten)]
    pub page: Paged<EmailView>,
    /// How many emails are queued, retrying, sent, failed (of the cohort filtered, or all).
    pub counts: std::collections::BTreeMap<String, i64>,
}

/// The emails, newest first, filtered by status, cohort, kind or recipient.
#[utoipa::path(get, path = "/api/emails", tag = "emails", security(("bearer" = [])), params(EmailQuery),
    responses((status = 200, body = EmailList), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    QueryParams(q): QueryParams<EmailQuery>,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = PageQuery {
        limit: q.limit,
        offset: q.offset,
    }
    .bounds()?;
    let filter = q.filter()?;
    let listing = with_db(&pool, move |conn| ops::list(conn, &filter, limit, offset)).await?;
    Ok(HttpResponse::Ok().json(EmailList {
        page: Paged {
            items: listing.page.items.iter().map(EmailView::from).collect(),
            total: listing.page.total,
            limit,
            offset,
        },
        counts: listing.counts.into_iter().collect(),
    }))
}

/// One email with its text, HTML and calendar.
#[utoipa::path(get, path = "/api/emails/{id}", tag = "emails", security(("bearer" = [])),
    params(("id" = String, Path, description = "Email id")),
    responses((status = 200, body = EmailFull), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let row = with_db(&pool, move |conn| ops::get(conn, &EmailId::from(id))).await?;
    Ok(HttpResponse::Ok().json(EmailFull::from(&row)))
}

/// Sends an email again: a failed one is queued again (same Message-ID), a sent one as a
/// new copy (new Message-ID). The answer is the email queued.
#[utoipa::path(post, path = "/api/emails/{id}/resend", tag = "emails", security(("bearer" = [])),
    params(("id" = String, Path, description = "Email id")),
    responses((status = 200, body = EmailView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json")))]
pub async fn resend(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    ResourceId(id): ResourceId,
) -> Result<HttpResponse, ApiError> {
    let row = in_transaction(&pool, move |conn| {
        ops::resend(conn, &EmailId::from(id), &head, &manager.email)
    })
    .await?;
    Ok(HttpResponse::Ok().json(EmailView::from(&row)))
}

/// Which failed emails to queue again.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FailedQuery {
    /// Only this cohort's.
    pub cohort: Option<String>,
}

/// How many failed emails were queued again.
#[derive(Debug, Serialize, ToSchema)]
pub struct Requeued {
    /// That many.
    pub queued: usize,
}

/// Queues every failed email again (of a cohort with `?cohort=`).
#[utoipa::path(post, path = "/api/emails/resend-failed", tag = "emails", security(("bearer" = [])), params(FailedQuery),
    responses((status = 409, body = Problem, content_type = "application/problem+json"), (status = 200, body = Requeued)))]
pub async fn resend_failed(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    QueryParams(q): QueryParams<FailedQuery>,
) -> Result<HttpResponse, ApiError> {
    let queued = in_transaction(&pool, move |conn| {
        let cohort = q.cohort.map(CohortId::from);
        ops::resend_failed(conn, cohort.as_ref(), &manager.email)
    })
    .await?;
    Ok(HttpResponse::Ok().json(Requeued { queued }))
}

/// What publishing the schedule would send now, a page at a time.
#[derive(Debug, Serialize, ToSchema)]
pub struct PreviewView {
    /// One email per participant of each visit whose dates or status changed: this page.
    pub emails: Vec<EmailPreview>,
    /// How many emails the publish would send in all.
    pub total: i64,
    /// The page size used.
    pub limit: i64,
    /// How many were skipped.
    pub offset: i64,
    /// Changed visits nobody could be emailed about (neither city gave a contact or an
    /// invitation address).
    pub nobody_to_email: Vec<String>,
}

/// The emails publishing the schedule would send now, one per participant of each visit
/// whose dates or status changed, and the changed visits nobody could be told of; nothing
/// is stored or sent.
#[utoipa::path(get, path = "/api/cohorts/{id}/visits/preview", tag = "visits", security(("bearer" = [])),
    params(("id" = String, Path, description = "Cohort id"), PageQuery),
    responses((status = 200, body = PreviewView), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn preview(
    _manager: ApiManager,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    ResourceId(id): ResourceId,
    QueryParams(page): QueryParams<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = page.bounds()?;
    let preview = with_db(&pool, move |conn| {
        crate::ops::visits::preview(conn, &CohortId::from(id), &head)
    })
    .await?;
    let total = preview.emails.len() as i64;
    Ok(HttpResponse::Ok().json(PreviewView {
        emails: preview
            .emails
            .into_iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(EmailPreview::from)
            .collect(),
        total,
        limit,
        offset,
        nobody_to_email: preview.nobody_to_email,
    }))
}
