//! Erasing a person's data on request: their name and address in the cities' contacts
//! and profiles, the invitations sent to them, the emails sent to them (recipient, name,
//! body, calendar) and the address wherever others' emails or the audit log name it are
//! replaced by an anonymous placeholder. Profiles, pairs, visits, feedback and plans stay
//! as they are, so every count and report is unchanged. Idempotent: a second erasure finds
//! nothing left.

use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::{containing, lower};
use crate::db::DbConnection;
use crate::db::models::audit;
use crate::domain::id::{CohortId, EmailId};
use crate::domain::privacy::{ERASED_BODY, ERASED_NAME, PersonEmail};
use crate::ops::Error;

/// What an erasure changed (all zero the second time).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Erased {
    /// The placeholder that now stands for the address.
    pub placeholder: String,
    /// Contacts of cities changed.
    pub city_contacts: usize,
    /// Participants of profiles changed.
    pub profile_contacts: usize,
    /// Invitations changed.
    pub invitations: usize,
    /// Emails to the person erased.
    pub emails: usize,
    /// Others' emails and audit entries whose text named the address.
    pub mentions: usize,
}

impl Erased {
    fn total(&self) -> usize {
        self.city_contacts + self.profile_contacts + self.invitations + self.emails + self.mentions
    }
}

/// Replaces `text`'s occurrences of `folded` (lower case), whatever their case.
fn replace_folded(text: &str, folded: &str, with: &str) -> String {
    let lower = text.to_lowercase();
    // Lower-casing may change lengths outside ASCII: then replace the exact forms only.
    if lower.len() != text.len() {
        return text.replace(folded, with);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (at, _) in lower.match_indices(folded) {
        out.push_str(&text[rest..at]);
        out.push_str(with);
        rest = at + folded.len();
    }
    out.push_str(&text[rest..]);
    out
}

/// Erases `email`'s personal data, in the caller's transaction, under the lock of every
/// cohort it touches; refused while a manager's account has the address (remove the
/// account first). Audited with the address's hash only.
pub fn erase(conn: &mut DbConnection, email: &PersonEmail, actor: &str) -> Result<Erased, Error> {
    use crate::db::schema::{
        audit_log, contacts, invitations, outbox, profile_contacts, profiles, users,
    };
    let folded = email.folded();
    let placeholder = email.placeholder();
    let manager: i64 = users::table
        .filter(lower(users::email).eq(&folded))
        .count()
        .get_result(conn)?;
    if manager > 0 {
        return Err(Error::Conflict {
            field: Some("email".to_owned()),
            detail: "this address is a manager's account: remove the account first".to_owned(),
            refusal: None,
        });
    }
    // The cohorts touched, locked in one order so two erasures cannot deadlock.
    let mut cohorts: Vec<CohortId> = profile_contacts::table
        .inner_join(profiles::table)
        .filter(lower(profile_contacts::email).eq(&folded))
        .select(profiles::cohort_id)
        .load(conn)?;
    cohorts.extend(
        invitations::table
            .filter(lower(invitations::email).eq(&folded))
            .select(invitations::cohort_id)
            .load::<CohortId>(conn)?,
    );
    cohorts.extend(
        outbox::table
            .filter(lower(outbox::recipient).eq(&folded))
            .select(outbox::cohort_id)
            .load::<Option<CohortId>>(conn)?
            .into_iter()
            .flatten(),
    );
    cohorts.sort();
    cohorts.dedup();
    for cohort_id in &cohorts {
        crate::db::lock_cohort(conn, cohort_id)?;
    }
    // The emails to change: those to the address, and others' that name it.
    let pattern = containing(&folded);
    let mut emails: Vec<EmailId> = outbox::table
        .filter(
            lower(outbox::recipient)
                .eq(&folded)
                .or(lower(outbox::body_text).like(&pattern).escape('\\'))
                .or(lower(outbox::body_html).like(&pattern).escape('\\')),
        )
        .select(outbox::id)
        .load(conn)?;
    emails.sort();
    if !super::lock_emails(conn, &emails)? {
        return Err(Error::Unavailable(
            "an email to or about this address is being sent: try again in a minute".to_owned(),
        ));
    }
    let mut done = Erased {
        placeholder: placeholder.clone(),
        ..Erased::default()
    };
    done.city_contacts = diesel::update(contacts::table.filter(lower(contacts::email).eq(&folded)))
        .set((
            contacts::email.eq(&placeholder),
            contacts::name.eq(ERASED_NAME),
            contacts::updated_at.eq(crate::db::models::now()),
        ))
        .execute(conn)?;
    done.profile_contacts =
        diesel::update(profile_contacts::table.filter(lower(profile_contacts::email).eq(&folded)))
            .set((
                profile_contacts::email.eq(&placeholder),
                profile_contacts::name.eq(ERASED_NAME),
            ))
            .execute(conn)?;
    done.invitations =
        diesel::update(invitations::table.filter(lower(invitations::email).eq(&folded)))
            .set(invitations::email.eq(&placeholder))
            .execute(conn)?;
    done.emails = diesel::update(outbox::table.filter(lower(outbox::recipient).eq(&folded)))
        .set((
            outbox::recipient.eq(&placeholder),
            outbox::recipient_name.eq(ERASED_NAME),
            outbox::body_text.eq(ERASED_BODY),
            outbox::body_html.eq(ERASED_BODY),
            outbox::calendar.eq(None::<String>),
        ))
        .execute(conn)?;
    // Emails not sent yet are not sent to the placeholder.
    diesel::update(
        outbox::table
            .filter(outbox::recipient.eq(&placeholder))
            .filter(outbox::status.eq_any(["queued", "retrying"])),
    )
    .set((
        outbox::status.eq("failed"),
        outbox::last_error.eq("the recipient's data was erased"),
    ))
    .execute(conn)?;
    // Others' emails (an itinerary lists every participant) and the audit log may name
    // the address in their text.
    let mentioning: Vec<(EmailId, String, String, Option<String>)> = outbox::table
        .filter(
            lower(outbox::body_text)
                .like(&pattern)
                .escape('\\')
                .or(lower(outbox::body_html).like(&pattern).escape('\\')),
        )
        .select((
            outbox::id,
            outbox::body_text,
            outbox::body_html,
            outbox::calendar,
        ))
        .load(conn)?;
    for (id, text, html, calendar) in mentioning {
        diesel::update(outbox::table.find(&id))
            .set((
                outbox::body_text.eq(replace_folded(&text, &folded, &placeholder)),
                outbox::body_html.eq(replace_folded(&html, &folded, &placeholder)),
                outbox::calendar.eq(calendar.map(|c| replace_folded(&c, &folded, &placeholder))),
            ))
            .execute(conn)?;
        done.mentions += 1;
    }
    let entries: Vec<(String, String, String)> = audit_log::table
        .filter(
            lower(audit_log::actor)
                .eq(&folded)
                .or(lower(audit_log::detail).like(&pattern).escape('\\')),
        )
        .select((audit_log::id, audit_log::actor, audit_log::detail))
        .load(conn)?;
    for (id, who, detail) in entries {
        diesel::update(audit_log::table.find(&id))
            .set((
                audit_log::actor.eq(replace_folded(&who, &folded, &placeholder)),
                audit_log::detail.eq(replace_folded(&detail, &folded, &placeholder)),
            ))
            .execute(conn)?;
        done.mentions += 1;
    }
    if done.total() > 0 {
        audit::record(
            conn,
            actor,
            "erase",
            "person",
            &email.hash(),
            &format!(
                "a person's data was erased on request: {} city contacts, {} profile participants, {} invitations, {} emails, {} mentions",
                done.city_contacts,
                done.profile_contacts,
                done.invitations,
                done.emails,
                done.mentions
            ),
        )?;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::replace_folded;

    #[test]
    fn an_address_is_replaced_whatever_its_case() {
        assert_eq!(
            replace_folded(
                "To Ana@Example.org and ana@example.org.",
                "ana@example.org",
                "X"
            ),
            "To X and X."
        );
    }
}
