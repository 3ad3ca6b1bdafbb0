//! The retention period: `privacy.retention_days` after a cohort ends, the scheduler's
//! tick anonymises the cohort's personal data once (its profiles' participants, its
//! invitations' addresses, its emails' recipients, bodies and calendars), under the
//! cohort's lock and its emails' (a cohort whose emails the mail worker is recording waits
//! for the next tick), marking the cohort so no later tick, on any instance, does it again.
//! Profiles, pairs, visits, feedback and plans stay, so its reports are unchanged.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::audit;
use crate::domain::id::{CohortId, EmailId, InvitationId};
use crate::domain::privacy::{ERASED_BODY, ERASED_NAME, is_placeholder, placeholder_of};
use crate::ops::Error;

/// The day a cohort ending on `ends_on` has its personal data anonymised.
pub fn anonymises_on(ends_on: NaiveDate, retention_days: u32) -> NaiveDate {
    ends_on + chrono::Duration::days(i64::from(retention_days))
}

/// Anonymises every cohort whose retention period has passed by `now` and which was not
/// anonymised yet; how many cohorts it anonymised.
pub fn anonymise_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    retention_days: u32,
    actor: &str,
) -> Result<usize, Error> {
    use crate::db::schema::cohorts;
    let last_end = now.date() - chrono::Duration::days(i64::from(retention_days));
    let due: Vec<CohortId> = cohorts::table
        .filter(cohorts::personal_data_erased_at.is_null())
        .filter(cohorts::ends_on.lt(last_end))
        .order(cohorts::ends_on)
        .select(cohorts::id)
        .load(conn)?;
    let mut done = 0;
    for cohort_id in due {
        if crate::db::write_transaction(conn, |conn| {
            anonymise_cohort(conn, &cohort_id, now, actor)
        })? {
            done += 1;
        }
    }
    Ok(done)
}

/// Anonymises one cohort under its lock, unless another tick did first.
fn anonymise_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    now: NaiveDateTime,
    actor: &str,
) -> Result<bool, Error> {
    use crate::db::schema::{cohorts, invitations, outbox, profile_contacts, profiles};
    crate::db::lock_cohort(conn, cohort_id)?;
    let marked: Option<NaiveDateTime> = cohorts::table
        .find(cohort_id)
        .select(cohorts::personal_data_erased_at)
        .first(conn)?;
    if marked.is_some() {
        return Ok(false);
    }
    let participants: Vec<(String, String)> = profile_contacts::table
        .inner_join(profiles::table)
        .filter(profiles::cohort_id.eq(cohort_id))
        .select((profile_contacts::id, profile_contacts::email))
        .load(conn)?;
    let mut people = 0;
    for (id, email) in participants {
        if is_placeholder(&email) {
            continue;
        }
        diesel::update(profile_contacts::table.find(&id))
            .set((
                profile_contacts::email.eq(placeholder_of(&email)),
                profile_contacts::name.eq(ERASED_NAME),
            ))
            .execute(conn)?;
        people += 1;
    }
    let invited: Vec<(InvitationId, String)> = invitations::table
        .filter(invitations::cohort_id.eq(cohort_id))
        .filter(invitations::email.ne(""))
        .select((invitations::id, invitations::email))
        .load(conn)?;
    let mut invitations_done = 0;
    for (id, email) in invited {
        if is_placeholder(&email) {
            continue;
        }
        diesel::update(invitations::table.find(&id))
            .set(invitations::email.eq(placeholder_of(&email)))
            .execute(conn)?;
        invitations_done += 1;
    }
    let sent: Vec<(EmailId, String)> = outbox::table
        .filter(outbox::cohort_id.eq(cohort_id))
        .order(outbox::id)
        .select((outbox::id, outbox::recipient))
        .load(conn)?;
    let ids: Vec<EmailId> = sent.iter().map(|(id, _)| id.clone()).collect();
    if !super::lock_emails(conn, &ids)? {
        // Some are being sent: the next tick does the cohort, whole.
        return Ok(false);
    }
    let mut emails = 0;
    for (id, recipient) in sent {
        if is_placeholder(&recipient) {
            continue;
        }
        diesel::update(outbox::table.find(&id))
            .set((
                outbox::recipient.eq(placeholder_of(&recipient)),
                outbox::recipient_name.eq(ERASED_NAME),
                outbox::body_text.eq(ERASED_BODY),
                outbox::body_html.eq(ERASED_BODY),
                outbox::calendar.eq(None::<String>),
            ))
            .execute(conn)?;
        emails += 1;
    }
    // What was not sent yet is not sent to the placeholders.
    diesel::update(
        outbox::table
            .filter(outbox::cohort_id.eq(cohort_id))
            .filter(outbox::status.eq_any(["queued", "retrying"])),
    )
    .set((
        outbox::status.eq("failed"),
        outbox::last_error.eq("the cohort's personal data was anonymised"),
    ))
    .execute(conn)?;
    diesel::update(cohorts::table.find(cohort_id))
        .set(cohorts::personal_data_erased_at.eq(Some(now)))
        .execute(conn)?;
    audit::record(
        conn,
        actor,
        "anonymise",
        "cohort",
        cohort_id,
        &format!(
            "the retention period passed: {people} profile participants, {invitations_done} invitations, {emails} emails anonymised"
        ),
    )?;
    Ok(true)
}
