//! The console's emails: every message with where it stands (queued, sending, sent with
//! its Message-ID and time, retrying with the last error, failed), one message in full,
//! resending one or every failed one, and the preview of a schedule's emails before it is
//! published.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::console::{Nav, enter};
use super::page::{PageError, html, manager, redirect};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::CohortId;
use crate::domain::id::EmailId;
use crate::domain::limits;
use crate::domain::state::EmailStatus;
use crate::mail::Letterhead;
use crate::ops::Error as OpsError;
use crate::ops::outbox::{self as ops, EmailFull, EmailPreview, EmailQuery, EmailView};

/// Messages per page.
const PAGE: i64 = 100;

#[derive(Template)]
#[template(path = "console/emails.html")]
struct ListPage {
    nav: Nav,
    csrf: String,
    counts: Vec<(String, i64)>,
    emails: Vec<EmailView>,
    total: i64,
    offset: i64,
    /// The filter as a query string, without the offset.
    query: String,
    status: String,
    cohort: String,
    notice: Option<String>,
}

/// `?status=&cohort=&kind=&recipient=&offset=` and `?requeued=N` after a resend.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    status: Option<String>,
    cohort: Option<String>,
    kind: Option<String>,
    recipient: Option<String>,
    offset: Option<i64>,
    requeued: Option<usize>,
}

/// `GET /console/emails`.
pub async fn list(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let q = query.into_inner();
    let filter = EmailQuery {
        status: q.status,
        cohort: q.cohort,
        kind: q.kind,
        recipient: q.recipient,
        ..EmailQuery::default()
    }
    .filter()
    .map_err(OpsError::from)?;
    let offset = q.offset.unwrap_or(0).max(0);
    let shown = filter.clone();
    let listing = with_db(&pool, move |conn| ops::list(conn, &shown, PAGE, offset)).await?;
    let mut query = Vec::new();
    for (k, v) in [
        ("status", filter.status.as_deref()),
        ("cohort", filter.cohort_id.as_ref().map(CohortId::as_str)),
        ("kind", filter.kind.as_deref()),
        ("recipient", filter.recipient.as_deref()),
    ] {
        if let Some(v) = v {
            query.push(format!(
                "{k}={}",
                form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            ));
        }
    }
    let page = ListPage {
        nav,
        csrf: csrf.token.clone(),
        counts: listing.counts,
        emails: listing.page.items.iter().map(EmailView::from).collect(),
        total: listing.page.total,
        offset,
        query: query.join("&"),
        status: filter.status.unwrap_or_default(),
        cohort: filter.cohort_id.unwrap_or_default().into(),
        notice: q.requeued.map(|n| {
            format!(
                "{} queued again: the worker sends {} now.",
                super::confirm::counted(n, "email", "emails"),
                if n == 1 { "it" } else { "them" }
            )
        }),
    };
    Ok(csrf.apply(html(&page)?))
}

#[derive(Template)]
#[template(path = "console/email.html")]
struct EmailPage {
    nav: Nav,
    csrf: String,
    email: EmailFull,
}

/// `GET /console/emails/{id}`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let row = with_db(&pool, move |conn| ops::get(conn, &EmailId::from(id))).await?;
    let page = EmailPage {
        nav,
        csrf: csrf.token.clone(),
        email: EmailFull::from(&row),
    };
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/emails/{id}/resend`.
pub async fn resend(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    let row = in_transaction(&pool, move |conn| {
        ops::resend(conn, &EmailId::from(id), &head, &manager.email)
    })
    .await?;
    Ok(redirect(&format!("/console/emails/{}", row.id)))
}

/// The resend-all form: the cohort it is limited to, if any.
#[derive(Deserialize)]
pub struct FailedForm {
    #[serde(default)]
    cohort: String,
}

/// `POST /console/emails/resend-failed`.
pub async fn resend_failed(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<FailedForm>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let cohort = Some(form.cohort.trim().to_owned()).filter(|c| !c.is_empty());
    let scope = cohort.clone();
    let n = in_transaction(&pool, move |conn| {
        ops::resend_failed(conn, scope.map(CohortId::from).as_ref(), &manager.email)
    })
    .await?;
    let back = match cohort {
        Some(c) => format!("/console/emails?cohort={c}&requeued={n}"),
        None => format!("/console/emails?requeued={n}"),
    };
    Ok(redirect(&back))
}

#[derive(Template)]
#[template(path = "console/email_preview.html")]
struct PreviewPage {
    nav: Nav,
    cohort_id: String,
    cohort: String,
    emails: Vec<EmailPreview>,
    nobody: Vec<String>,
    /// Emails of the whole publish.
    total: usize,
    /// The number of the first email shown, from 1.
    first: usize,
    /// The page before and after, if any.
    previous: Option<usize>,
    next: Option<usize>,
}

/// `?page=` of the preview, from 1.
#[derive(Deserialize)]
pub struct PreviewQuery {
    page: Option<usize>,
}

/// `GET /console/cohorts/{id}/visits/preview`: the emails a publish would send now.
pub async fn preview(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<Letterhead>,
    id: web::Path<String>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let cohort_id = id.into_inner();
    let cid = cohort_id.clone();
    let preview = with_db(&pool, move |conn| {
        crate::ops::visits::preview(conn, &CohortId::from(cid), &head)
    })
    .await?;
    // A page of the emails at a time: a publish of a large cohort is thousands.
    let total = preview.emails.len();
    let per_page = limits::PREVIEW_PAGE;
    let pages = total.div_ceil(per_page).max(1);
    let number = query.page.unwrap_or(1).clamp(1, pages);
    let skip = (number - 1) * per_page;
    let page = PreviewPage {
        nav,
        cohort_id,
        cohort: preview.cohort,
        emails: preview
            .emails
            .into_iter()
            .skip(skip)
            .take(per_page)
            .map(EmailPreview::from)
            .collect(),
        nobody: preview.nobody_to_email,
        total,
        first: skip + 1,
        previous: (number > 1).then(|| number - 1),
        next: (number < pages).then(|| number + 1),
    };
    Ok(csrf.apply(html(&page)?))
}
