//! The email outbox: messages written in the transaction of the change that causes them,
//! claimed by the delivery worker, and their results.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::{Page, now};
use crate::db::DbConnection;
use crate::db::schema::{outbox, visit_changes};
use crate::domain::id::CohortId;
use crate::domain::id::EmailId;
use crate::domain::id::VisitId;
use crate::domain::state::{EmailKind, EmailStatus};

/// A message of the outbox.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    /// Id.
    pub id: EmailId,
    /// The Message-ID header, `<…@domain>`, the same on every attempt.
    pub message_id: String,
    /// `invitation`, `proposal`, `schedule` or `test`.
    pub kind: EmailKind,
    /// The cohort it belongs to.
    pub cohort_id: Option<CohortId>,
    /// The invitation, proposal or visit change it is about.
    pub about_id: String,
    /// The visit, for schedule emails.
    pub visit_id: Option<VisitId>,
    /// The address.
    pub recipient: String,
    /// The person's name.
    pub recipient_name: String,
    /// The language it is written in.
    pub language: String,
    /// Subject.
    pub subject: String,
    /// The text part.
    pub body_text: String,
    /// The HTML part.
    pub body_html: String,
    /// The .ics attachment.
    pub calendar: Option<String>,
    /// Its METHOD: `REQUEST` or `CANCEL`.
    pub calendar_method: Option<String>,
    /// An invitation link, put into the bodies when sending and dropped once sent.
    pub secret: Option<String>,
    /// `queued`, `retrying`, `sent` or `failed`.
    pub status: EmailStatus,
    /// Attempts made.
    pub attempts: i32,
    /// When the next attempt is due.
    pub next_attempt_at: NaiveDateTime,
    /// A worker is sending it until then.
    pub claimed_until: Option<NaiveDateTime>,
    /// Why the last attempt failed.
    pub last_error: String,
    /// The server's reply, or the file written.
    pub delivered_as: String,
    /// Who caused it.
    pub created_by: String,
    /// Queued.
    pub created_at: NaiveDateTime,
    /// Delivered.
    pub sent_at: Option<NaiveDateTime>,
    /// Last changed.
    pub updated_at: NaiveDateTime,
    /// The email this one repeats, when a manager resent it (a publish writes one email
    /// per recipient per change; only a resend makes another).
    pub resend_of: Option<EmailId>,
}

/// Where the placeholder of an invitation link stands in a stored body.
pub const LINK_PLACEHOLDER: &str = "[[invitation-link]]";

impl OutboxRow {
    /// The bodies as sent: the invitation link in place of its placeholder (once sent, the
    /// link is no longer stored, and a note says so).
    pub fn bodies(&self) -> (String, String) {
        let link = self
            .secret
            .as_deref()
            .unwrap_or("(link removed from storage once sent)");
        (
            self.body_text.replace(LINK_PLACEHOLDER, link),
            self.body_html.replace(LINK_PLACEHOLDER, link),
        )
    }

    /// Whether a worker is sending it now.
    pub fn in_flight(&self, at: NaiveDateTime) -> bool {
        self.claimed_until.is_some_and(|c| c > at) && self.status != EmailStatus::Sent
    }
}

/// Stores a message to send.
pub fn insert(conn: &mut DbConnection, row: &OutboxRow) -> QueryResult<()> {
    diesel::insert_into(outbox::table)
        .values(row)
        .execute(conn)
        .map(drop)
}

/// One message.
pub fn get(conn: &mut DbConnection, id: &EmailId) -> QueryResult<Option<OutboxRow>> {
    outbox::table
        .find(id)
        .select(OutboxRow::as_select())
        .first(conn)
        .optional()
}

/// What the manager's list filters on.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Only this status.
    pub status: Option<String>,
    /// Only this cohort.
    pub cohort_id: Option<CohortId>,
    /// Only this kind.
    pub kind: Option<String>,
    /// Only messages to this address.
    pub recipient: Option<String>,
}

/// A page of messages, newest first.
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    limit: i64,
    offset: i64,
) -> QueryResult<Page<OutboxRow>> {
    let query = || {
        let mut q = outbox::table.into_boxed();
        if let Some(s) = &filter.status {
            q = q.filter(outbox::status.eq(s.clone()));
        }
        if let Some(c) = &filter.cohort_id {
            q = q.filter(outbox::cohort_id.eq(c.clone()));
        }
        if let Some(k) = &filter.kind {
            q = q.filter(outbox::kind.eq(k.clone()));
        }
        if let Some(r) = &filter.recipient {
            q = q.filter(outbox::recipient.eq(r.clone()));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order((outbox::created_at.desc(), outbox::id.desc()))
        .limit(limit)
        .offset(offset)
        .select(OutboxRow::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// How many messages are in each status (of one cohort, or all).
pub fn counts(
    conn: &mut DbConnection,
    cohort_id: Option<&CohortId>,
) -> QueryResult<Vec<(String, i64)>> {
    let mut q = outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .into_boxed();
    if let Some(c) = cohort_id {
        q = q.filter(outbox::cohort_id.eq(c.to_owned()));
    }
    q.load(conn)
}

/// Per published visit change of a cohort: (change id, status, how many of its emails).
pub fn tally_of_changes(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> QueryResult<Vec<(String, EmailStatus, i64)>> {
    outbox::table
        .filter(outbox::cohort_id.eq(cohort_id))
        .filter(outbox::kind.eq(EmailKind::Schedule))
        .group_by((outbox::about_id, outbox::status))
        .select((outbox::about_id, outbox::status, diesel::dsl::count_star()))
        .load(conn)
}

/// Claims up to `limit` due messages for `lease`: on PostgreSQL the rows are locked with
/// `FOR UPDATE SKIP LOCKED`, so instances claiming at the same time take different ones.
/// Runs in its own short transaction.
pub fn claim(
    conn: &mut DbConnection,
    limit: i64,
    lease: Duration,
    instance: &str,
) -> QueryResult<Vec<OutboxRow>> {
    crate::db::write_transaction(conn, |conn| {
        let at = now();
        let due = outbox::table
            .filter(outbox::status.eq_any(["queued", "retrying"]))
            .filter(outbox::next_attempt_at.le(at))
            .filter(
                outbox::claimed_until
                    .is_null()
                    .or(outbox::claimed_until.lt(at)),
            )
            .order((outbox::next_attempt_at, outbox::id))
            .limit(limit)
            .select(outbox::id);
        let ids: Vec<EmailId> = match conn {
            DbConnection::Postgres(pg) => due.for_update().skip_locked().load(pg)?,
            // One worker per SQLite database, and its write lock serialises the rest.
            DbConnection::Sqlite(lite) => due.load(lite)?,
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
            .set((
                outbox::claimed_until.eq(at + lease),
                outbox::claimed_by.eq(instance),
            ))
            .execute(conn)?;
        outbox::table
            .filter(outbox::id.eq_any(&ids))
            .order((outbox::next_attempt_at, outbox::id))
            .select(OutboxRow::as_select())
            .load(conn)
    })
}

/// Gives back every claim (SQLite at start-up: its one worker is this process, so a claim
/// left is from a process that stopped in the middle of a batch).
pub fn release_claims(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::update(outbox::table.filter(outbox::claimed_until.is_not_null()))
        .set(outbox::claimed_until.eq(None::<NaiveDateTime>))
        .execute(conn)
}

/// Gives back the claims `instance` holds on messages still to send: at its start (the
/// claims a stopped run of it left) and when it stops (the messages it did not get to).
pub fn release_claims_of(conn: &mut DbConnection, instance: &str) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::claimed_by.eq(instance))
            .filter(outbox::claimed_until.is_not_null())
            .filter(outbox::status.eq_any(["queued", "retrying"])),
    )
    .set(outbox::claimed_until.eq(None::<NaiveDateTime>))
    .execute(conn)
}

/// Gives back `instance`'s claims of these messages (a batch it stopped before sending).
pub fn release(conn: &mut DbConnection, ids: &[EmailId], instance: &str) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::claimed_by.eq(instance)),
    )
    .set(outbox::claimed_until.eq(None::<NaiveDateTime>))
    .execute(conn)
}

/// Records a delivery: sent, with what the server said (or the file); the invitation link
/// is dropped; the visit change it announces is marked notified.
pub fn mark_sent(conn: &mut DbConnection, row: &OutboxRow, delivered_as: &str) -> QueryResult<()> {
    crate::db::write_transaction(conn, |conn| {
        let at = now();
        diesel::update(outbox::table.find(&row.id))
            .set((
                outbox::status.eq(EmailStatus::Sent),
                outbox::attempts.eq(outbox::attempts + 1),
                outbox::sent_at.eq(at),
                outbox::claimed_until.eq(None::<NaiveDateTime>),
                outbox::last_error.eq(""),
                outbox::delivered_as.eq(delivered_as),
                outbox::secret.eq(None::<String>),
                outbox::updated_at.eq(at),
            ))
            .execute(conn)?;
        if row.kind == EmailKind::Schedule {
            // The change's participants are all told once its last email is sent.
            let unsent = outbox::table
                .filter(outbox::kind.eq(EmailKind::Schedule))
                .filter(outbox::about_id.eq(&row.about_id))
                .filter(outbox::status.ne(EmailStatus::Sent));
            diesel::update(
                visit_changes::table
                    .find(&row.about_id)
                    .filter(visit_changes::notified_at.is_null())
                    .filter(diesel::dsl::not(diesel::dsl::exists(unsent))),
            )
            .set(visit_changes::notified_at.eq(at))
            .execute(conn)?;
        }
        Ok(())
    })
}

/// Records a failed attempt: `retry_at` the next attempt (status `retrying`), or `None`
/// for a permanent failure (status `failed`).
pub fn mark_failed(
    conn: &mut DbConnection,
    id: &str,
    error: &str,
    retry_at: Option<NaiveDateTime>,
) -> QueryResult<()> {
    let at = now();
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(if retry_at.is_some() {
                "retrying"
            } else {
                "failed"
            }),
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::next_attempt_at.eq(retry_at.unwrap_or(at)),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(error),
            outbox::updated_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// Puts a failed or retrying message back in the queue, due now, with its attempts reset.
pub fn requeue(conn: &mut DbConnection, id: &EmailId) -> QueryResult<bool> {
    let at = now();
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::status.eq_any(["failed", "retrying"])),
    )
    .set(requeued(at))
    .execute(conn)
    .map(|n| n == 1)
}

/// The columns a requeue sets.
type Requeued = (
    diesel::dsl::Eq<outbox::status, EmailStatus>,
    diesel::dsl::Eq<outbox::attempts, i32>,
    diesel::dsl::Eq<outbox::next_attempt_at, NaiveDateTime>,
    diesel::dsl::Eq<outbox::claimed_until, Option<NaiveDateTime>>,
    diesel::dsl::Eq<outbox::updated_at, NaiveDateTime>,
);

/// What putting a message back in the queue sets: queued, due `at`, attempts reset,
/// unclaimed.
fn requeued(at: NaiveDateTime) -> Requeued {
    (
        outbox::status.eq(EmailStatus::Queued),
        outbox::attempts.eq(0),
        outbox::next_attempt_at.eq(at),
        outbox::claimed_until.eq(None),
        outbox::updated_at.eq(at),
    )
}

/// Puts every failed message (of one cohort, or all) back in the queue, due now, with
/// its attempts reset; returns how many.
/// Queues every failed message again: of one cohort, or of all but the cohorts in
/// `except` (the archived ones, which change nothing any more).
pub fn requeue_failed(
    conn: &mut DbConnection,
    cohort_id: Option<&CohortId>,
    except: &[CohortId],
) -> QueryResult<usize> {
    let failed = outbox::table.filter(outbox::status.eq(EmailStatus::Failed));
    let set = requeued(now());
    match cohort_id {
        Some(c) => diesel::update(failed.filter(outbox::cohort_id.eq(c)))
            .set(set)
            .execute(conn),
        None => diesel::update(
            failed.filter(
                outbox::cohort_id
                    .is_null()
                    .or(diesel::dsl::not(outbox::cohort_id.eq_any(except))),
            ),
        )
        .set(set)
        .execute(conn),
    }
}

/// The messages about one thing (a visit change, a proposal, an invitation).
pub fn about(conn: &mut DbConnection, about_id: &str) -> QueryResult<Vec<OutboxRow>> {
    outbox::table
        .filter(outbox::about_id.eq(about_id))
        .order(outbox::created_at)
        .select(OutboxRow::as_select())
        .load(conn)
}

/// Messages not delivered yet (queued or retrying).
pub fn pending(conn: &mut DbConnection) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::status.eq_any(["queued", "retrying"]))
        .count()
        .get_result(conn)
}
