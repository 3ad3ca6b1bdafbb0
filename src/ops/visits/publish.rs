//! Publishing a cohort's schedule: what changed since participants were last told, the
//! emails that tell them (through the outbox), and the record of each change.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::visit::{self, VisitChange, VisitRow};
use crate::db::models::{audit, new_id, now, outbox};
use crate::domain::state::{ChangeKind, EmailStatus, VisitStatus};
use crate::domain::{Invalid, limits};
use crate::mail::compose::{self, Addressbook};
use crate::mail::{self, Draft, Letterhead};

use super::{Context, context, view};
use crate::domain::id::CohortId;
use crate::domain::id::VisitId;

/// A change a publish made, as shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChangeView {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// "Cascais to Aarhus, trip 1".
    pub visit: String,
    /// `planned`, `moved`, `updated` (a new agenda, the same dates) or `cancelled`.
    pub kind: ChangeKind,
    /// The calendar SEQUENCE participants now have.
    pub sequence: i32,
    /// Dates before.
    pub old_starts_on: Option<NaiveDate>,
    /// Dates before.
    pub old_ends_on: Option<NaiveDate>,
    /// Dates after.
    pub new_starts_on: Option<NaiveDate>,
    /// Dates after.
    pub new_ends_on: Option<NaiveDate>,
    /// When it was published.
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub at: chrono::NaiveDateTime,
    /// When the last of its emails was sent (None while any is unsent).
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub notified_at: Option<chrono::NaiveDateTime>,
    /// Its emails by status.
    pub emails: EmailTally,
}

/// How many of a change's emails are sent, still being sent (queued or retrying), or
/// failed.
#[derive(Debug, Clone, Copy, Default, Serialize, ToSchema)]
pub struct EmailTally {
    /// Sent.
    pub sent: i64,
    /// Queued or retrying.
    pub waiting: i64,
    /// Failed for good (resend them from the emails page).
    pub failed: i64,
}

impl EmailTally {
    /// Every email of the change.
    pub fn total(&self) -> i64 {
        self.sent + self.waiting + self.failed
    }
}

/// What a publish would do to one visit: the row as it becomes, and the change.
struct Pending {
    next: VisitRow,
    change: VisitChange,
}

/// The changes a publish would make now: every visit whose dates or status differ from
/// what its participants were last told (drafts become planned; a visit published before
/// gets a higher SEQUENCE).
fn pending(ctx: &Context) -> Vec<Pending> {
    let mut out = Vec::new();
    for v in &ctx.visits {
        if !v.unpublished_change() {
            continue;
        }
        let was_told = v.published_status.is_some_and(VisitStatus::is_live);
        let live = v.status.is_live();
        let moved = v.published_starts_on != v.starts_on || v.published_ends_on != v.ends_on;
        let kind = match (was_told, live) {
            (false, true) => ChangeKind::Planned,
            (true, true) if moved => ChangeKind::Moved,
            // The same dates, a new agenda.
            (true, true) => ChangeKind::Updated,
            (true, false) => ChangeKind::Cancelled,
            (false, false) => continue,
        };
        let mut next = v.clone();
        if v.published_status.is_some() {
            next.sequence += 1;
        }
        if next.status == VisitStatus::Draft {
            next.status = VisitStatus::Planned;
        }
        if kind == ChangeKind::Cancelled {
            next.status = VisitStatus::Cancelled;
            next.starts_on = v.starts_on.or(v.published_starts_on);
            next.ends_on = v.ends_on.or(v.published_ends_on);
        }
        next.published_status = Some(next.status);
        next.published_starts_on = next.starts_on;
        next.published_ends_on = next.ends_on;
        let change = VisitChange {
            id: new_id(),
            visit_id: v.id.clone(),
            cohort_id: v.cohort_id.clone(),
            kind,
            sequence: next.sequence,
            old_starts_on: v.published_starts_on,
            old_ends_on: v.published_ends_on,
            new_starts_on: next.starts_on.filter(|_| kind != ChangeKind::Cancelled),
            new_ends_on: next.ends_on.filter(|_| kind != ChangeKind::Cancelled),
            created_at: now(),
            notified_at: None,
        };
        out.push(Pending { next, change });
    }
    out
}

/// The emails of pending changes (one per participant of each changed visit), and the
/// visits whose change nobody can be told of (no contact, no invitation address).
fn emails_of(
    conn: &mut DbConnection,
    ctx: &Context,
    pending: &[Pending],
    head: &Letterhead,
) -> Result<(Vec<Draft>, Vec<String>), Error> {
    let book = Addressbook::new(conn, &ctx.cohort.cohort.id, &ctx.profiles, |id| {
        ctx.cities.get(id).map(|c| c.country.clone())
    })?;
    let mut agendas = visit::agendas_of_cohort(conn, &ctx.cohort.cohort.id)?;
    let mut drafts = Vec::new();
    let mut nobody = Vec::new();
    for p in pending {
        let view = view(
            ctx,
            &p.next,
            agendas.remove(p.next.id.as_str()).unwrap_or_default(),
        );
        let change = compose::Change {
            id: p.change.id.clone(),
            kind: p.change.kind,
            old: p.change.old_starts_on.zip(p.change.old_ends_on),
        };
        let emails = compose::visit_change(&view, &change, &book, &ctx.cohort.cohort.name, head);
        if emails.is_empty() {
            nobody.push(view.label);
        }
        drafts.extend(emails);
    }
    Ok((drafts, nobody))
}

/// What a publish did: the changes recorded and the emails queued for them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Published {
    /// The changes, one per visit whose participants are told.
    pub changes: Vec<ChangeView>,
    /// Emails queued in the outbox (one per participant of each changed visit).
    pub emails: usize,
    /// Changed visits nobody could be emailed about: neither city gave a contact or an
    /// invitation address.
    pub nobody_to_email: Vec<String>,
}

/// What a publish would send now.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The cohort's name.
    pub cohort: String,
    /// The emails.
    pub emails: Vec<Draft>,
    /// Changed visits nobody could be emailed about.
    pub nobody_to_email: Vec<String>,
    /// Visits whose participants a publish would tell of a change.
    pub changes: usize,
    /// The tag of the schedule the preview was made from ([`schedule_tag`]): a publish
    /// that expects it sends exactly these emails, or nothing.
    pub tag: String,
}

/// The tag of a cohort's schedule as it stands: every visit's dates, status, sequence and
/// what its participants were told. A publish sent with it (`If-Match`) publishes exactly
/// what its sender saw, or nothing.
pub fn schedule_tag(ctx: &Context) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    let mut visits: Vec<&VisitRow> = ctx.visits.iter().collect();
    visits.sort_by(|a, b| a.id.cmp(&b.id));
    for v in visits {
        hash.update(format!(
            "{}|{:?}|{:?}|{}|{}|{:?}|{:?}|{:?}|{:?}\n",
            v.id,
            v.starts_on,
            v.ends_on,
            v.status,
            v.sequence,
            v.published_status,
            v.published_starts_on,
            v.published_ends_on,
            v.agenda_changed_at,
        ));
    }
    let digest = hash.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("schedule-{hex}")
}

/// Refuses a publish of a schedule that changed since its sender read it (`If-Match`).
/// Takes the cohort's write lock, so the publish after it follows at once.
pub fn expect_schedule(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    expected: Option<&str>,
) -> Result<(), Error> {
    let Some(expected) = expected else {
        return Ok(());
    };
    crate::db::lock_cohort(conn, cohort_id)?;
    let current = schedule_tag(&context(conn, cohort_id)?);
    if expected != current {
        return Err(Error::Stale(
            "the schedule changed since it was read (a visit moved, was planned or published): read it and its preview again before publishing"
                .to_owned(),
        ));
    }
    Ok(())
}

/// Publishes the schedule: drafts become planned, every visit whose dates or status
/// differ from what its participants were last told gets a change record (and a higher
/// SEQUENCE when it was published before), and each of its participants an email in the
/// outbox, in the same transaction. Nothing changed: nothing recorded, nobody emailed.
pub fn publish(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    head: &Letterhead,
    actor: &str,
) -> Result<Published, Error> {
    // A second publish at once waits for the first, then finds nothing left to tell.
    crate::db::lock_cohort(conn, cohort_id)?;
    let ctx = context(conn, cohort_id)?;
    crate::ops::archive::ensure_open(conn, cohort_id)?;
    if ctx.visits.is_empty() {
        return Err(Invalid::field(
            "visits",
            "the cohort has no visit yet: plan the visits first",
        )
        .into());
    }
    let pending = pending(&ctx);
    let (drafts, nobody_to_email) = emails_of(conn, &ctx, &pending, head)?;
    // A bound on what one publish can send: with the bound on each profile's contacts no
    // real cohort comes near it, and nothing is stored when it would be passed.
    if drafts.len() > limits::EMAILS_PER_PUBLISH {
        return Err(Error::Conflict {
            field: None,
            detail: format!(
                "this publish would send {} emails, more than the {} one publish may send; \
                 check the contacts of the cities' profiles (the preview lists every email)",
                drafts.len(),
                limits::EMAILS_PER_PUBLISH
            ),
            refusal: None,
        });
    }
    for p in &pending {
        visit::save(conn, &p.next)?;
        visit::agenda_told(conn, &p.next.id)?;
        visit::insert_change(conn, &p.change)?;
    }
    // What the answer shows: every email of this publish is waiting to be sent.
    let mut tally: HashMap<String, EmailTally> = HashMap::new();
    for d in &drafts {
        tally.entry(d.about_id.clone()).or_default().waiting += 1;
    }
    let emails = mail::enqueue(conn, drafts, head, actor)?;
    // Drafts nobody has to be told about yet (no dates) stay as they are.
    visit::mark_published(conn, cohort_id)?;
    audit::record(
        conn,
        actor,
        "publish",
        "schedule",
        cohort_id.as_str(),
        &format!(
            "{} visit change(s) published, {emails} email(s) queued",
            pending.len()
        ),
    )?;
    Ok(Published {
        changes: pending
            .into_iter()
            .map(|p| change_view(&ctx, &tally, p.change))
            .collect(),
        emails,
        nobody_to_email,
    })
}

/// The emails a publish would send now, without storing anything.
pub fn preview(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    head: &Letterhead,
) -> Result<Preview, Error> {
    let ctx = context(conn, cohort_id)?;
    let pending = pending(&ctx);
    let (emails, nobody_to_email) = emails_of(conn, &ctx, &pending, head)?;
    Ok(Preview {
        cohort: ctx.cohort.cohort.name.clone(),
        emails,
        nobody_to_email,
        changes: pending.len(),
        tag: schedule_tag(&ctx),
    })
}

/// Each published change's emails, by change id.
fn email_tally(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> Result<HashMap<String, EmailTally>, Error> {
    let mut tally: HashMap<String, EmailTally> = HashMap::new();
    for (change, status, n) in outbox::tally_of_changes(conn, cohort_id)? {
        let t = tally.entry(change).or_default();
        match status {
            EmailStatus::Sent => t.sent += n,
            EmailStatus::Failed => t.failed += n,
            EmailStatus::Queued | EmailStatus::Retrying => t.waiting += n,
        }
    }
    Ok(tally)
}

fn change_view(ctx: &Context, tally: &HashMap<String, EmailTally>, c: VisitChange) -> ChangeView {
    let label = ctx
        .visits
        .iter()
        .find(|v| v.id == c.visit_id)
        .map(|v| ctx.label(v))
        .unwrap_or_default();
    ChangeView {
        visit_id: c.visit_id,
        visit: label,
        kind: c.kind,
        sequence: c.sequence,
        old_starts_on: c.old_starts_on,
        old_ends_on: c.old_ends_on,
        new_starts_on: c.new_starts_on,
        new_ends_on: c.new_ends_on,
        at: c.created_at,
        notified_at: c.notified_at,
        emails: tally.get(&c.id).copied().unwrap_or_default(),
    }
}

/// The published changes of a cohort, newest first.
pub fn changes(conn: &mut DbConnection, ctx: &Context) -> Result<Vec<ChangeView>, Error> {
    let tally = email_tally(conn, &ctx.cohort.cohort.id)?;
    Ok(visit::changes_of(conn, &ctx.cohort.cohort.id)?
        .into_iter()
        .map(|c| change_view(ctx, &tally, c))
        .collect())
}
