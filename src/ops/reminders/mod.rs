//! Reminders (issue 25, part 1): what each cohort's settings make due, sent at most once
//! from the outbox by the scheduler, listed for the console, held and released by a
//! manager.
//!
//! A reminder is a kind (`ReminderKind`), a subject (the invitation, proposal or visit; the
//! cohort for a Replication Plan), a
//! city and a due date. The plan of a cohort is every reminder still relevant: a profile
//! not submitted while the call is open, a side that has not answered a proposal by its
//! deadline, a published visit not started yet, a side without feedback on a visit that
//! ended while the cohort runs, a Twin of an accepted pair whose Replication Plan the
//! programme does not hold (not started, a draft, or sent back) before the cohort ends. A
//! tick ([`enqueue_due`]) sends, for each kind, subject and
//! city, the latest reminder due by today (one missed while the service was down goes
//! once, late, not once per missed day), by claiming its row first: the UNIQUE key of the
//! `reminders` table makes the claim succeed once however many instances tick at once.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate};

use super::Error;
use crate::db::DbConnection;
use crate::db::models::reminder::Key;
use crate::db::models::{audit, cohort, feedback, invitation, profile, proposal, visit};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::profile::ProfileRole;
use crate::domain::reminders::{KindSettings, ReminderSettings};
use crate::domain::state::{
    Direction, PairState, PlanStatus, ProfileStatus, ReminderKind, VisitStatus,
};

mod manage;
mod send;

pub use manage::{LIST_DAYS, ReminderKey, ReminderView, hold, release, upcoming};
pub use send::enqueue_due;

/// What a reminder is about, as the plan found it.
#[derive(Debug, Clone)]
enum Subject {
    Profile {
        role: ProfileRole,
        closes: NaiveDate,
    },
    Proposal {
        role: ProfileRole,
        twin: String,
        host: String,
        answer_by: NaiveDate,
    },
    Visit {
        visit: Box<visit::VisitRow>,
        travelling: bool,
    },
    Feedback {
        visit: Box<visit::VisitRow>,
        role: ProfileRole,
        open_until: NaiveDate,
    },
    Plan {
        ends: NaiveDate,
    },
}

/// One reminder a cohort's settings make: due on `key.due_on`, relevant to `until`.
#[derive(Debug, Clone)]
struct Planned {
    key: Key,
    city: String,
    about: String,
    until: NaiveDate,
    subject: Subject,
}

/// A cohort's reminder settings.
pub fn settings(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<ReminderSettings, Error> {
    Ok(ReminderSettings::stored(&stored_settings(conn, cohort_id)?))
}

fn stored_settings(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<String, Error> {
    use crate::db::schema::cohorts;
    use diesel::prelude::*;
    cohorts::table
        .find(cohort_id)
        .select(cohorts::reminders)
        .first::<String>(conn)
        .optional()?
        .ok_or_else(|| Error::not_found("cohort", cohort_id))
}

/// Changes a cohort's reminder settings (the kinds sent; the others keep theirs), checked:
/// days from 0 (1 for feedback) to 60, at most five per kind, distinct.
pub fn set_settings(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    sent: BTreeMap<ReminderKind, KindSettings>,
    actor: &str,
) -> Result<ReminderSettings, Error> {
    use crate::db::schema::cohorts;
    use diesel::prelude::*;
    super::archive::ensure_open(conn, cohort_id)?;
    let current = settings(conn, cohort_id)?;
    let next = ReminderSettings::checked(sent, &current)?;
    diesel::update(cohorts::table.find(cohort_id))
        .set(cohorts::reminders.eq(next.to_stored()))
        .execute(conn)?;
    audit::record(
        conn,
        actor,
        "update",
        "reminder_settings",
        cohort_id,
        &next.to_stored(),
    )?;
    Ok(next)
}

/// Every reminder a cohort's settings make for what is still to do on `today`.
fn plan(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<Vec<Planned>, Error> {
    let Some(c) = cohort::get(conn, cohort_id)? else {
        return Err(Error::not_found("cohort", cohort_id));
    };
    let settings = ReminderSettings::stored(&stored_settings(conn, cohort_id)?);
    let names: HashMap<CityId, String> = crate::db::models::city::all(conn)?
        .into_iter()
        .map(|c| (c.city.id, c.city.name))
        .collect();
    let name = |id: &CityId| names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut out = Vec::new();
    let mut add = |kind: ReminderKind,
                   subject_id: &str,
                   city_id: &CityId,
                   date: NaiveDate,
                   until: NaiveDate,
                   about: String,
                   subject: Subject| {
        let k = settings.of(kind);
        if !k.enabled || until < today {
            return;
        }
        for d in &k.days {
            let days = Duration::days(i64::from(*d));
            let due_on = if kind.after() {
                date + days
            } else {
                date - days
            };
            out.push(Planned {
                key: Key {
                    kind,
                    subject_id: subject_id.to_owned(),
                    city_id: city_id.clone(),
                    due_on,
                },
                city: name(city_id),
                about: about.clone(),
                until,
                subject: subject.clone(),
            });
        }
    };
    // Profiles not submitted while the call is open, of cities with a working link.
    let current = profile::current_of_cohort(conn, cohort_id)?;
    let closes = c.cohort.call_closes;
    for (inv, city_name) in invitation::of_cohort(conn, cohort_id)? {
        let submitted = current
            .get(&(inv.city_id.clone(), inv.role))
            .is_some_and(|p| p.row.status == ProfileStatus::Submitted);
        if submitted || !inv.is_live() {
            continue;
        }
        add(
            ReminderKind::Profile,
            inv.id.as_str(),
            &inv.city_id,
            closes,
            closes,
            format!("the profile of {city_name}"),
            Subject::Profile {
                role: inv.role,
                closes,
            },
        );
    }
    // Proposals a side has not answered, to their deadline.
    let hosts = invitation::host_cities_of_cohort(conn, cohort_id)?;
    for p in proposal::live_of_cohort(conn, cohort_id)? {
        let Some(by) = p.answer_by else { continue };
        if p.state() != PairState::Proposed {
            continue;
        }
        let twin = name(&p.twin_city_id);
        let host = host_name(conn, &p.host_id)?;
        let about = format!("{twin} with {host}");
        let mut sides = Vec::new();
        if p.twin_answer == crate::domain::state::Answer::Pending {
            sides.push((p.twin_city_id.clone(), ProfileRole::Twin));
        }
        if p.host_answer == crate::domain::state::Answer::Pending {
            for (h, city) in &hosts {
                if *h == p.host_id {
                    sides.push((city.clone(), ProfileRole::Host));
                }
            }
        }
        for (city, role) in sides {
            add(
                ReminderKind::Proposal,
                p.id.as_str(),
                &city,
                by,
                by,
                about.clone(),
                Subject::Proposal {
                    role,
                    twin: twin.clone(),
                    host: host.clone(),
                    answer_by: by,
                },
            );
        }
    }
    // Published visits: before they start, and feedback after they end.
    let visits = visit::of_cohort(conn, cohort_id)?;
    let ended: Vec<_> = visits
        .iter()
        .filter(|v| super::feedback::has_ended(v, today))
        .map(|v| v.id.clone())
        .collect();
    let given: HashSet<(String, CityId)> = feedback::of_visits(conn, &ended)?
        .into_iter()
        .map(|f| (f.visit_id.to_string(), f.city_id))
        .collect();
    let ends = c.cohort.ends_on;
    for v in &visits {
        let told = matches!(v.status, VisitStatus::Planned | VisitStatus::Confirmed)
            && matches!(
                v.published_status,
                Some(VisitStatus::Planned | VisitStatus::Confirmed)
            );
        let (Some(start), Some(end)) = (v.published_starts_on, v.published_ends_on) else {
            continue;
        };
        if !told {
            continue;
        }
        let about = format!(
            "{} to {}, {start}",
            name(&v.guest_city_id),
            name(&v.host_city_id)
        );
        let (guest_role, host_role) = if v.direction == Direction::Outward {
            (ProfileRole::Twin, ProfileRole::Host)
        } else {
            (ProfileRole::Host, ProfileRole::Twin)
        };
        for (city, travelling, role) in [
            (&v.guest_city_id, true, guest_role),
            (&v.host_city_id, false, host_role),
        ] {
            add(
                ReminderKind::Visit,
                v.id.as_str(),
                city,
                start,
                start,
                about.clone(),
                Subject::Visit {
                    visit: Box::new(v.clone()),
                    travelling,
                },
            );
            if !given.contains(&(v.id.to_string(), city.clone())) {
                add(
                    ReminderKind::Feedback,
                    v.id.as_str(),
                    city,
                    end,
                    ends,
                    about.clone(),
                    Subject::Feedback {
                        visit: Box::new(v.clone()),
                        role,
                        open_until: ends,
                    },
                );
            }
        }
    }
    // Replication Plans a Twin of an accepted pair has still to submit (not started, a
    // draft, or sent back for changes), before the cohort ends.
    for line in super::plans::of_cohort(conn, cohort_id)? {
        if matches!(
            line.status,
            Some(PlanStatus::Submitted | PlanStatus::Accepted)
        ) {
            continue;
        }
        add(
            ReminderKind::Plan,
            cohort_id.as_str(),
            &line.city_id,
            ends,
            ends,
            format!("the Replication Plan of {}", line.city),
            Subject::Plan { ends },
        );
    }
    Ok(out)
}

fn host_name(conn: &mut DbConnection, id: &HostId) -> Result<String, Error> {
    Ok(crate::db::models::invitation::host_name(conn, id)?.unwrap_or_default())
}

/// Of the plan, what is due on `today`: for each kind, subject and city, the latest
/// reminder due by today, if what it reminds of is still to do.
fn due_now(plan: Vec<Planned>, today: NaiveDate) -> Vec<Planned> {
    let mut latest: BTreeMap<(ReminderKind, String, CityId), Planned> = BTreeMap::new();
    for p in plan {
        if p.key.due_on > today || p.until < today {
            continue;
        }
        let group = (p.key.kind, p.key.subject_id.clone(), p.key.city_id.clone());
        match latest.get(&group) {
            Some(q) if q.key.due_on >= p.key.due_on => {}
            _ => {
                latest.insert(group, p);
            }
        }
    }
    latest.into_values().collect()
}
