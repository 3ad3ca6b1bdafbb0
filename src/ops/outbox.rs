//! What managers see and do with the emails: the list with where each stands, one email
//! in full, resending one or every failed one, and the preview of a schedule's emails.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::outbox::{self, Filter, LINK_PLACEHOLDER, OutboxRow};
use crate::db::models::{Page, audit, now};
use crate::domain::Invalid;
use crate::domain::id::CohortId;
use crate::domain::id::EmailId;
use crate::domain::id::VisitId;
use crate::domain::state::{EmailKind, EmailStatus};
use crate::mail::{Draft, Letterhead};

/// The stored names of every value of a state enum, as a filter names them.
fn names<S: Copy>(all: &[S], name: impl Fn(S) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|s| name(*s)).collect()
}

/// An email as managers see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EmailView {
    /// Id.
    pub id: String,
    /// The Message-ID header, the same on every attempt.
    pub message_id: String,
    /// `invitation`, `proposal`, `schedule`.
    pub kind: EmailKind,
    /// Cohort.
    #[schema(value_type = Option<String>)]
    pub cohort_id: Option<CohortId>,
    /// The invitation, proposal or visit change it is about.
    pub about_id: String,
    /// The visit of a schedule email.
    #[schema(value_type = Option<String>)]
    pub visit_id: Option<VisitId>,
    /// To.
    pub recipient: String,
    /// The person.
    pub recipient_name: String,
    /// The language it is written in.
    pub language: String,
    /// Subject.
    pub subject: String,
    /// `queued`, `retrying`, `sent`, `failed`.
    pub status: EmailStatus,
    /// A worker is sending it now.
    pub sending: bool,
    /// Attempts made.
    pub attempts: i32,
    /// When the next attempt is due (queued, retrying).
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub next_attempt_at: Option<chrono::NaiveDateTime>,
    /// Why the last attempt failed.
    pub last_error: String,
    /// The server's reply, or the file written.
    pub delivered_as: String,
    /// The METHOD of its calendar attachment.
    pub calendar_method: Option<String>,
    /// Queued (UTC).
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// Sent (UTC).
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub sent_at: Option<chrono::NaiveDateTime>,
}

/// An email with its content.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EmailFull {
    /// Where it stands.
    #[serde(flatten)]
    pub email: EmailView,
    /// The text part (an invitation link shows as a placeholder: it is never shown again).
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// The .ics attachment.
    pub calendar: Option<String>,
}

impl From<&OutboxRow> for EmailView {
    fn from(r: &OutboxRow) -> Self {
        let waiting = matches!(r.status, EmailStatus::Queued | EmailStatus::Retrying);
        EmailView {
            id: r.id.clone().into(),
            message_id: r.message_id.clone(),
            kind: r.kind,
            cohort_id: r.cohort_id.clone(),
            about_id: r.about_id.clone(),
            visit_id: r.visit_id.clone(),
            recipient: r.recipient.clone(),
            recipient_name: r.recipient_name.clone(),
            language: r.language.clone(),
            subject: r.subject.clone(),
            status: r.status,
            sending: waiting && r.in_flight(now()),
            attempts: r.attempts,
            next_attempt_at: waiting.then_some(r.next_attempt_at),
            last_error: r.last_error.clone(),
            delivered_as: r.delivered_as.clone(),
            calendar_method: r.calendar_method.clone(),
            created_at: r.created_at,
            sent_at: r.sent_at,
        }
    }
}

/// The content of a stored email as shown: an invitation link is not shown.
fn hide_link(body: &str) -> String {
    body.replace(LINK_PLACEHOLDER, "[the invitation link]")
}

impl From<&OutboxRow> for EmailFull {
    fn from(r: &OutboxRow) -> Self {
        EmailFull {
            email: EmailView::from(r),
            text: hide_link(&r.body_text),
            html: hide_link(&r.body_html),
            calendar: r.calendar.clone(),
        }
    }
}

/// An email a publish would send, as previewed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EmailPreview {
    /// To.
    pub recipient: String,
    /// The person.
    pub recipient_name: String,
    /// The language.
    pub language: String,
    /// Subject.
    pub subject: String,
    /// The visit.
    #[schema(value_type = Option<String>)]
    pub visit_id: Option<VisitId>,
    /// The text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// The METHOD of the calendar.
    pub calendar_method: Option<String>,
    /// The .ics attachment.
    pub calendar: Option<String>,
}

impl From<Draft> for EmailPreview {
    fn from(d: Draft) -> Self {
        let (calendar_method, calendar) = d.calendar.unzip();
        EmailPreview {
            recipient: d.to,
            recipient_name: d.name,
            language: d.language,
            subject: d.subject,
            visit_id: d.visit_id,
            text: hide_link(&d.text),
            html: hide_link(&d.html),
            calendar_method,
            calendar,
        }
    }
}

/// The filter of the list, as asked (`?status=&cohort=&kind=&recipient=`).
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EmailQuery {
    /// `queued`, `retrying`, `sent` or `failed`.
    pub status: Option<String>,
    /// A cohort id.
    pub cohort: Option<String>,
    /// `invitation`, `proposal`, `schedule`.
    pub kind: Option<String>,
    /// An address.
    pub recipient: Option<String>,
    /// How many, 1 to 500 (default 50).
    pub limit: Option<i64>,
    /// How many to skip.
    pub offset: Option<i64>,
}

impl EmailQuery {
    /// The checked filter.
    pub fn filter(&self) -> Result<Filter, Invalid> {
        fn pick(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        // The enums' own lists: a kind added to `EmailKind` is one a filter takes.
        let statuses = names(EmailStatus::ALL, EmailStatus::as_str);
        if let Some(s) = pick(&self.status)
            && !statuses.contains(&s)
        {
            return Err(Invalid::field(
                "status",
                format!("\"{s}\" is not a status: use {}", statuses.join(", ")),
            ));
        }
        let kinds = names(EmailKind::ALL, EmailKind::as_str);
        if let Some(k) = pick(&self.kind)
            && !kinds.contains(&k)
        {
            return Err(Invalid::field(
                "kind",
                format!("\"{k}\" is not a kind of email: use {}", kinds.join(", ")),
            ));
        }
        Ok(Filter {
            status: pick(&self.status).map(str::to_owned),
            cohort_id: pick(&self.cohort).map(CohortId::from),
            kind: pick(&self.kind).map(str::to_owned),
            recipient: pick(&self.recipient).map(str::to_owned),
        })
    }
}

/// A page of emails with how many are in each status (of the cohort filtered, or all).
pub struct Listing {
    /// The page.
    pub page: Page<OutboxRow>,
    /// `(status, count)` for every status.
    pub counts: Vec<(String, i64)>,
}

/// Lists emails, newest first.
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    limit: i64,
    offset: i64,
) -> Result<Listing, Error> {
    let page = outbox::list(conn, filter, limit, offset)?;
    let found = outbox::counts(conn, filter.cohort_id.as_ref())?;
    let counts = EmailStatus::ALL
        .iter()
        .map(|s| {
            let n = found
                .iter()
                .find(|(k, _)| k == s.as_str())
                .map_or(0, |(_, n)| *n);
            (s.as_str().to_owned(), n)
        })
        .collect();
    Ok(Listing { page, counts })
}

/// One email.
pub fn get(conn: &mut DbConnection, id: &EmailId) -> Result<OutboxRow, Error> {
    outbox::get(conn, id)?.ok_or_else(|| Error::not_found("email", id))
}

/// Sends an email again: a failed or retrying one goes back in the queue, due now (same
/// Message-ID: it never arrived); a sent one is queued as a new copy with a new
/// Message-ID, so the receiver sees a second message. An invitation's sent email cannot
/// be copied (its link is not kept): issue a new link instead.
pub fn resend(
    conn: &mut DbConnection,
    id: &EmailId,
    head: &Letterhead,
    actor: &str,
) -> Result<OutboxRow, Error> {
    let row = get(conn, id)?;
    if let Some(cohort) = &row.cohort_id {
        super::archive::ensure_open(conn, cohort)?;
    }
    let again = match row.status {
        EmailStatus::Failed | EmailStatus::Retrying => {
            outbox::requeue(conn, id)?;
            get(conn, id)?
        }
        EmailStatus::Sent if row.body_text.contains(LINK_PLACEHOLDER) => {
            return Err(Error::Conflict {
                field: None,
                detail: "this invitation email was sent and its link is no longer kept: \
                         issue a new link for the invitation instead (it is emailed)"
                    .to_owned(),
                refusal: None,
            });
        }
        EmailStatus::Sent => {
            let at = now();
            let copy = OutboxRow {
                id: EmailId::generate(),
                message_id: head.message_id(),
                status: EmailStatus::Queued,
                attempts: 0,
                next_attempt_at: at,
                claimed_until: None,
                last_error: String::new(),
                delivered_as: String::new(),
                created_by: actor.to_owned(),
                created_at: at,
                sent_at: None,
                updated_at: at,
                resend_of: Some(row.resend_of.clone().unwrap_or_else(|| row.id.clone())),
                ..row
            };
            outbox::insert(conn, &copy)?;
            copy
        }
        _ => {
            return Err(Error::Conflict {
                field: None,
                detail: "this email is still queued: it goes out by itself".to_owned(),
                refusal: None,
            });
        }
    };
    audit::record(conn, actor, "resend", "email", &again.id, &again.subject)?;
    Ok(again)
}

/// Puts every failed email (of a cohort, or all) back in the queue; returns how many.
pub fn resend_failed(
    conn: &mut DbConnection,
    cohort_id: Option<&CohortId>,
    actor: &str,
) -> Result<usize, Error> {
    if let Some(cohort) = cohort_id {
        super::archive::ensure_open(conn, cohort)?;
    }
    // All: but an archived cohort's, which are kept as they were.
    let archived = crate::db::models::cohort::archived_ids(conn)?;
    let n = outbox::requeue_failed(conn, cohort_id, &archived)?;
    audit::record(
        conn,
        actor,
        "resend",
        "email",
        cohort_id.map_or("all", CohortId::as_str),
        &format!("{n} failed email(s) queued again"),
    )?;
    Ok(n)
}
