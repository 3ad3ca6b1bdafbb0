//! A person's data on request (GDPR): what the service holds about an email address
//! (`export`), its erasure (`erase`), and the anonymisation of a cohort's personal data
//! once its retention period has passed (`retention`, run by the scheduler's tick).
//! A person is their email address, matched without regard to case.

mod erase;
mod retention;

pub use erase::{Erased, erase};
pub use retention::{anonymise_due, anonymises_on};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::audit;
use crate::domain::id::{CityId, CohortId, EmailId, VisitId};
use crate::domain::privacy::PersonEmail;

#[diesel::declare_sql_function]
extern "SQL" {
    /// SQL's `lower`, on both backends.
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Everything the service holds about one person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonData {
    /// The address asked about.
    pub email: String,
    /// Whether a manager's account has this address.
    pub manager_account: Option<ManagerAccount>,
    /// The person as a contact of a city (the cities' address book).
    pub city_contacts: Vec<CityContact>,
    /// The person as a participant in cities' profiles.
    pub profile_contacts: Vec<ProfileContact>,
    /// Invitations sent to the address.
    pub invitations: Vec<InvitationSent>,
    /// Emails sent (or to be sent) to the address.
    pub emails: Vec<EmailSent>,
    /// Feedback given by the cities whose profile lists the person, in those cohorts: text
    /// the person may have written as their city's contact.
    pub feedback: Vec<FeedbackWritten>,
    /// Replication Plan actions of the cities whose profile lists the person, in those
    /// cohorts.
    pub plan_actions: Vec<PlanActionWritten>,
    /// Audit entries made by the address or naming it.
    pub audit: Vec<AuditNaming>,
}

/// A manager's account.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ManagerAccount {
    /// The name shown.
    pub name: String,
    /// When it was made.
    pub created_at: NaiveDateTime,
}

/// A city's contact.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CityContact {
    /// The city.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// Its name.
    pub city: String,
    /// The person's name.
    pub name: String,
    /// The email address as stored.
    pub email: String,
    /// Their role.
    pub role: String,
    /// Their language.
    pub language: String,
}

/// A participant of a city's profile (one version).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProfileContact {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The city.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// Its name.
    pub city: String,
    /// The profile's version.
    pub version: i32,
    /// The person's name.
    pub name: String,
    /// The email address as stored.
    pub email: String,
    /// Their role.
    pub role: String,
    /// Their language.
    pub language: String,
}

/// An invitation sent to the address.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InvitationSent {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The city invited.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// When.
    pub created_at: NaiveDateTime,
}

/// An email to the address.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EmailSent {
    /// Its id.
    #[schema(value_type = String)]
    pub id: EmailId,
    /// Its kind.
    pub kind: String,
    /// The name it was addressed to.
    pub recipient_name: String,
    /// Its subject.
    pub subject: String,
    /// Its text.
    pub body_text: String,
    /// queued, retrying, sent or failed.
    pub status: String,
    /// When it was queued.
    pub created_at: NaiveDateTime,
}

/// Feedback on a visit by a city the person was a contact of.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeedbackWritten {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// The city that gave it.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// What the city learnt.
    pub learnt: String,
    /// When it was last changed.
    pub updated_at: NaiveDateTime,
}

/// An action of a Replication Plan of a city the person was a contact of.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlanActionWritten {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The city.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// The plan's version.
    pub version: i32,
    /// The action.
    pub title: String,
    /// Who owns it.
    pub owner: String,
}

/// An audit entry made by or naming the address.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AuditNaming {
    /// When.
    pub at: NaiveDateTime,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// On what kind of thing.
    pub entity: String,
    /// On which.
    pub entity_id: String,
    /// Its detail.
    pub detail: String,
}

/// Takes the row locks of the emails `ids` that are free (PostgreSQL: `FOR UPDATE SKIP
/// LOCKED`; SQLite's write lock holds them all); whether every one was. One the mail
/// worker holds is being recorded as sent: waiting for it while holding others could
/// deadlock with the worker's batch, so the caller gives up and tries again later.
pub(crate) fn lock_emails(conn: &mut DbConnection, ids: &[EmailId]) -> Result<bool, Error> {
    use crate::db::schema::outbox;
    let DbConnection::Postgres(pg) = conn else {
        return Ok(true);
    };
    let mut free = 0;
    for chunk in ids.chunks(1_000) {
        let locked: Vec<EmailId> = outbox::table
            .filter(outbox::id.eq_any(chunk))
            .order(outbox::id)
            .select(outbox::id)
            .for_update()
            .skip_locked()
            .load(pg)?;
        free += locked.len();
    }
    Ok(free == ids.len())
}

/// A `LIKE` pattern that finds `text` anywhere, with `\` escaping.
pub(crate) fn containing(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// Everything held about `email`; the export is audited (who exported whom, by hash).
pub fn export(
    conn: &mut DbConnection,
    email: &PersonEmail,
    actor: &str,
) -> Result<PersonData, Error> {
    use crate::db::schema::{
        audit_log, cities, contacts, invitations, outbox, plan_actions, profile_contacts, profiles,
        replication_plans, users, visit_feedback, visits,
    };
    let folded = email.folded();
    let manager_account = users::table
        .filter(lower(users::email).eq(&folded))
        .select((users::name, users::created_at))
        .first::<(String, NaiveDateTime)>(conn)
        .optional()?
        .map(|(name, created_at)| ManagerAccount { name, created_at });
    let city_contacts = contacts::table
        .inner_join(cities::table)
        .filter(lower(contacts::email).eq(&folded))
        .order((cities::name, contacts::id))
        .select((
            contacts::city_id,
            cities::name,
            contacts::name,
            contacts::email,
            contacts::role,
            contacts::language,
        ))
        .load::<(CityId, String, String, String, String, String)>(conn)?
        .into_iter()
        .map(|(city_id, city, name, email, role, language)| CityContact {
            city_id,
            city,
            name,
            email,
            role,
            language,
        })
        .collect();
    let profile_contacts: Vec<ProfileContact> = profile_contacts::table
        .inner_join(profiles::table.inner_join(cities::table))
        .filter(lower(profile_contacts::email).eq(&folded))
        .order((profiles::cohort_id, cities::name, profiles::version))
        .select((
            profiles::cohort_id,
            profiles::city_id,
            cities::name,
            profiles::version,
            profile_contacts::name,
            profile_contacts::email,
            profile_contacts::role,
            profile_contacts::language,
        ))
        .load::<(
            CohortId,
            CityId,
            String,
            i32,
            String,
            String,
            String,
            String,
        )>(conn)?
        .into_iter()
        .map(
            |(cohort_id, city_id, city, version, name, email, role, language)| ProfileContact {
                cohort_id,
                city_id,
                city,
                version,
                name,
                email,
                role,
                language,
            },
        )
        .collect();
    let invitations = invitations::table
        .filter(lower(invitations::email).eq(&folded))
        .order(invitations::created_at)
        .select((
            invitations::cohort_id,
            invitations::city_id,
            invitations::created_at,
        ))
        .load::<(CohortId, CityId, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(cohort_id, city_id, created_at)| InvitationSent {
            cohort_id,
            city_id,
            created_at,
        })
        .collect();
    let emails = outbox::table
        .filter(lower(outbox::recipient).eq(&folded))
        .order(outbox::created_at)
        .select((
            outbox::id,
            outbox::kind,
            outbox::recipient_name,
            outbox::subject,
            outbox::body_text,
            outbox::status,
            outbox::created_at,
        ))
        .load::<(
            EmailId,
            String,
            String,
            String,
            String,
            String,
            NaiveDateTime,
        )>(conn)?
        .into_iter()
        .map(
            |(id, kind, recipient_name, subject, body_text, status, created_at)| EmailSent {
                id,
                kind,
                recipient_name,
                subject,
                body_text,
                status,
                created_at,
            },
        )
        .collect();
    // The cities (and cohorts) the person speaks for.
    let mut spoken_for: Vec<(CohortId, CityId)> = profile_contacts
        .iter()
        .map(|c| (c.cohort_id.clone(), c.city_id.clone()))
        .collect();
    spoken_for.sort();
    spoken_for.dedup();
    let mut feedback = Vec::new();
    let mut plan_actions_written = Vec::new();
    for (cohort_id, city_id) in &spoken_for {
        feedback.extend(
            visit_feedback::table
                .inner_join(visits::table)
                .filter(visits::cohort_id.eq(cohort_id))
                .filter(visit_feedback::city_id.eq(city_id))
                .order(visit_feedback::created_at)
                .select((
                    visit_feedback::visit_id,
                    visit_feedback::learnt,
                    visit_feedback::updated_at,
                ))
                .load::<(VisitId, String, NaiveDateTime)>(conn)?
                .into_iter()
                .map(|(visit_id, learnt, updated_at)| FeedbackWritten {
                    visit_id,
                    city_id: city_id.clone(),
                    learnt,
                    updated_at,
                }),
        );
        plan_actions_written.extend(
            plan_actions::table
                .inner_join(replication_plans::table)
                .filter(replication_plans::cohort_id.eq(cohort_id))
                .filter(replication_plans::city_id.eq(city_id))
                .order((replication_plans::version, plan_actions::position))
                .select((
                    replication_plans::version,
                    plan_actions::title,
                    plan_actions::owner,
                ))
                .load::<(i32, String, String)>(conn)?
                .into_iter()
                .map(|(version, title, owner)| PlanActionWritten {
                    cohort_id: cohort_id.clone(),
                    city_id: city_id.clone(),
                    version,
                    title,
                    owner,
                }),
        );
    }
    let audit = audit_log::table
        .filter(
            lower(audit_log::actor)
                .eq(&folded)
                .or(lower(audit_log::detail)
                    .like(containing(&folded))
                    .escape('\\')),
        )
        .order(audit_log::at)
        .select((
            audit_log::at,
            audit_log::actor,
            audit_log::action,
            audit_log::entity,
            audit_log::entity_id,
            audit_log::detail,
        ))
        .load::<(NaiveDateTime, String, String, String, String, String)>(conn)?
        .into_iter()
        .map(
            |(at, actor, action, entity, entity_id, detail)| AuditNaming {
                at,
                actor,
                action,
                entity,
                entity_id,
                detail,
            },
        )
        .collect();
    audit::record(
        conn,
        actor,
        "export",
        "person",
        &email.hash(),
        "a person's data was exported on request",
    )?;
    Ok(PersonData {
        email: email.as_str().to_owned(),
        manager_account,
        city_contacts,
        profile_contacts,
        invitations,
        emails,
        feedback,
        plan_actions: plan_actions_written,
        audit,
    })
}
