//! A tick: the reminders due and not yet sent, each claimed by its row, then its emails
//! enqueued, in one transaction per cohort under its lock.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};

use super::{Planned, Subject, due_now, plan};
use crate::db::DbConnection;
use crate::db::models::reminder::{self, Key, ReminderRow};
use crate::db::models::{audit, visit};
use crate::domain::id::CohortId;
use crate::domain::profile::ProfileRole;
use crate::domain::state::{Direction, ReminderStatus};
use crate::mail::compose::{self, Addressbook, ReminderAbout, ReminderEmail};
use crate::mail::{self, Letterhead};
use crate::ops::Error;

/// Sends the reminders due at `now` in every cohort that is not archived, each at most
/// once; returns how many reminders were sent (each to all of its city's participants).
/// Each cohort is one transaction under its lock.
pub fn enqueue_due(
    conn: &mut DbConnection,
    head: &Letterhead,
    now: NaiveDateTime,
    actor: &str,
) -> Result<usize, Error> {
    let today = now.date();
    let open: Vec<CohortId> = {
        use crate::db::schema::{cohorts, programmes};
        use diesel::prelude::*;
        cohorts::table
            .inner_join(programmes::table)
            .filter(cohorts::archived_at.is_null())
            .filter(programmes::archived_at.is_null())
            .select(cohorts::id)
            .load(conn)?
    };
    let mut sent = 0;
    for cohort_id in open {
        // Read first, without a lock: most ticks find nothing new in most cohorts.
        if unsent(conn, &cohort_id, today)?.is_empty() {
            continue;
        }
        sent += crate::db::write_transaction(conn, |conn| {
            enqueue_cohort(conn, &cohort_id, head, today, actor)
        })?;
    }
    Ok(sent)
}

/// What is due on `today` and has no row yet (neither sent nor held).
fn unsent(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<Vec<Planned>, Error> {
    let done: HashSet<Key> = reminder::of_cohort(conn, cohort_id)?
        .iter()
        .map(ReminderRow::key)
        .collect();
    Ok(due_now(plan(conn, cohort_id, today)?, today)
        .into_iter()
        .filter(|p| !done.contains(&p.key))
        .collect())
}

fn enqueue_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    head: &Letterhead,
    today: NaiveDate,
    actor: &str,
) -> Result<usize, Error> {
    // Under the lock, a cohort being archived waits, or is found archived.
    crate::db::lock_cohort(conn, cohort_id)?;
    if crate::ops::archive::check_open(conn, cohort_id).is_err() {
        return Ok(0);
    }
    let due = unsent(conn, cohort_id, today)?;
    if due.is_empty() {
        return Ok(0);
    }
    let ctx = crate::ops::visits::context(conn, cohort_id)?;
    let cohort_name = ctx.cohort.cohort.name.clone();
    let book = Addressbook::of_cohort(conn, cohort_id)?;
    let mut agendas = visit::agendas_of_cohort(conn, cohort_id)?;
    let mut sent = 0;
    for p in due {
        let Some(id) = reminder::claim(conn, cohort_id, &p.key, ReminderStatus::Sent, actor)?
        else {
            continue;
        };
        let drafts = emails(
            &p,
            &id,
            &ctx,
            &book,
            &mut agendas,
            &cohort_name,
            head,
            today,
        );
        let n = drafts.len();
        mail::enqueue(conn, drafts, head, actor)?;
        reminder::set_emails(conn, &id, i32::try_from(n).unwrap_or(i32::MAX))?;
        audit::record(
            conn,
            actor,
            "send",
            "reminder",
            &id,
            &format!(
                "{} reminder due {} to {} about {}: {n} emails",
                p.key.kind, p.key.due_on, p.city, p.about
            ),
        )?;
        sent += 1;
    }
    Ok(sent)
}

#[allow(clippy::too_many_arguments)]
fn emails(
    p: &Planned,
    id: &str,
    ctx: &crate::ops::visits::Context,
    book: &Addressbook,
    agendas: &mut HashMap<String, Vec<visit::AgendaItem>>,
    cohort: &str,
    head: &Letterhead,
    today: NaiveDate,
) -> Vec<mail::Draft> {
    let view_of = |v: &visit::VisitRow, agendas: &mut HashMap<String, Vec<visit::AgendaItem>>| {
        let agenda = agendas.get(v.id.as_str()).cloned().unwrap_or_default();
        agendas.entry(v.id.to_string()).or_default();
        crate::ops::visits::view(ctx, v, agenda)
    };
    let (about, people, guests, hosts);
    let view;
    match &p.subject {
        Subject::Profile { role, closes } => {
            people = book.of(&p.key.city_id, *role);
            about = ReminderAbout::Profile { closes: *closes };
        }
        Subject::Proposal {
            role,
            twin,
            host,
            answer_by,
        } => {
            people = book.of(&p.key.city_id, *role);
            about = ReminderAbout::Proposal {
                twin,
                host,
                answer_by: *answer_by,
            };
        }
        Subject::Visit { visit, travelling } => {
            view = view_of(visit, agendas);
            let (guest_role, host_role) = if visit.direction == Direction::Outward {
                (ProfileRole::Twin, ProfileRole::Host)
            } else {
                (ProfileRole::Host, ProfileRole::Twin)
            };
            guests = book.of(&visit.guest_city_id, guest_role);
            hosts = book.of(&visit.host_city_id, host_role);
            people = if *travelling {
                guests.clone()
            } else {
                hosts.clone()
            };
            let start = visit.published_starts_on.unwrap_or(today);
            about = ReminderAbout::Visit {
                view: &view,
                days_left: (start - today).num_days(),
                travelling: *travelling,
                guests: &guests,
                hosts: &hosts,
            };
        }
        Subject::Feedback {
            visit,
            role,
            open_until,
        } => {
            view = view_of(visit, agendas);
            people = book.of(&p.key.city_id, *role);
            about = ReminderAbout::Feedback {
                view: &view,
                open_until: *open_until,
            };
        }
        Subject::Plan { ends } => {
            people = book.of(&p.key.city_id, ProfileRole::Twin);
            about = ReminderAbout::Plan { ends: *ends };
        }
    }
    let email = ReminderEmail {
        reminder_id: id,
        cohort_id: &ctx.cohort.cohort.id,
        cohort,
        city: &p.city,
        about,
    };
    let mut seen = HashSet::new();
    people
        .iter()
        .filter(|to| seen.insert(to.email.to_lowercase()))
        .map(|to| compose::reminder(&email, to, head))
        .collect()
}
