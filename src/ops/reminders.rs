//! Reminders (issue 25, part 1): what each cohort's settings make due, sent at most once
//! from the outbox by the scheduler, listed for the console, held and released by a
//! manager.
//!
//! A reminder is a kind (`ReminderKind`), a subject (the invitation, proposal or visit), a
//! city and a due date. The plan of a cohort is every reminder still relevant: a profile
//! not submitted while the call is open, a side that has not answered a proposal by its
//! deadline, a published visit not started yet, a side without feedback on a visit that
//! ended while the cohort runs. A tick ([`enqueue_due`]) sends, for each kind, subject and
//! city, the latest reminder due by today (one missed while the service was down goes
//! once, late, not once per missed day), by claiming its row first: the UNIQUE key of the
//! `reminders` table makes the claim succeed once however many instances tick at once.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::reminder::{self, Key, ReminderRow};
use crate::db::models::{audit, cohort, feedback, invitation, profile, proposal, visit};
use crate::domain::id::{CityId, CohortId};
use crate::domain::profile::ProfileRole;
use crate::domain::reminders::{KindSettings, ReminderSettings};
use crate::domain::state::{
    Direction, PairState, ProfileStatus, ReminderKind, ReminderStatus, VisitStatus,
};
use crate::mail::compose::{self, Addressbook, ReminderAbout, ReminderEmail};
use crate::mail::{self, Letterhead};

/// Days ahead the console lists.
pub const LIST_DAYS: i64 = 30;

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

/// A reminder as the console and the API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReminderView {
    /// What it reminds of.
    pub kind: ReminderKind,
    /// The invitation, proposal or visit it is about.
    pub subject_id: String,
    /// The city reminded.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// Its name.
    pub city: String,
    /// What it is about, in words.
    pub about: String,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// `due` (not sent yet), `sent` or `held`.
    pub state: String,
    /// Emails sent for it.
    pub emails: i32,
}

/// The reminder a manager holds or releases.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReminderKey {
    /// Its kind.
    pub kind: ReminderKind,
    /// The invitation, proposal or visit it is about.
    pub subject_id: String,
    /// The city reminded.
    pub city_id: String,
    /// The day it is due.
    pub due_on: NaiveDate,
}

impl From<ReminderKey> for Key {
    fn from(k: ReminderKey) -> Key {
        Key {
            kind: k.kind,
            subject_id: k.subject_id,
            city_id: k.city_id,
            due_on: k.due_on,
        }
    }
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
    let names: HashMap<String, String> = crate::db::models::city::all(conn)?
        .into_iter()
        .map(|c| (c.city.id, c.city.name))
        .collect();
    let name = |id: &str| names.get(id).cloned().unwrap_or_else(|| id.to_owned());
    let mut out = Vec::new();
    let mut add = |kind: ReminderKind,
                   subject_id: &str,
                   city_id: &str,
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
                    city_id: city_id.to_owned(),
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
    let given: HashSet<(String, String)> = feedback::of_visits(conn, &ended)?
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
    Ok(out)
}

fn host_name(conn: &mut DbConnection, id: &str) -> Result<String, Error> {
    use crate::db::schema::hosts;
    use diesel::prelude::*;
    Ok(hosts::table
        .find(id)
        .select(hosts::name)
        .first::<String>(conn)
        .optional()?
        .unwrap_or_default())
}

/// Of the plan, what is due on `today`: for each kind, subject and city, the latest
/// reminder due by today, if what it reminds of is still to do.
fn due_now(plan: Vec<Planned>, today: NaiveDate) -> Vec<Planned> {
    let mut latest: BTreeMap<(ReminderKind, String, String), Planned> = BTreeMap::new();
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
        sent += crate::db::write_transaction(conn, |conn| {
            enqueue_cohort(conn, &cohort_id, head, today, actor)
        })?;
    }
    Ok(sent)
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
    if super::archive::check_open(conn, cohort_id).is_err() {
        return Ok(0);
    }
    let due = due_now(plan(conn, cohort_id, today)?, today);
    if due.is_empty() {
        return Ok(0);
    }
    let ctx = super::visits::context(conn, cohort_id)?;
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
    ctx: &super::visits::Context,
    book: &Addressbook,
    agendas: &mut HashMap<String, Vec<visit::AgendaItem>>,
    cohort: &str,
    head: &Letterhead,
    today: NaiveDate,
) -> Vec<mail::Draft> {
    let view_of = |v: &visit::VisitRow, agendas: &mut HashMap<String, Vec<visit::AgendaItem>>| {
        let agenda = agendas.get(v.id.as_str()).cloned().unwrap_or_default();
        agendas.entry(v.id.to_string()).or_default();
        super::visits::view(ctx, v, agenda)
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

/// The reminders of a cohort from `today` to [`LIST_DAYS`] ahead, with those sent or held
/// in the [`LIST_DAYS`] before: due (to be sent), sent or held.
pub fn upcoming(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<Vec<ReminderView>, Error> {
    let plan = plan(conn, cohort_id, today)?;
    let rows: HashMap<Key, ReminderRow> = reminder::of_cohort(conn, cohort_id)?
        .into_iter()
        .map(|r| (r.key(), r))
        .collect();
    let due: HashSet<Key> = due_now(plan.clone(), today)
        .into_iter()
        .map(|p| p.key)
        .collect();
    let horizon = today + Duration::days(LIST_DAYS);
    let since = today - Duration::days(LIST_DAYS);
    let mut out = Vec::new();
    let mut listed = HashSet::new();
    for p in plan {
        let row = rows.get(&p.key);
        let wanted = (p.key.due_on >= today && p.key.due_on <= horizon)
            || due.contains(&p.key)
            || row.is_some_and(|r| r.due_on >= since && r.due_on <= horizon);
        if !wanted || !listed.insert(p.key.clone()) {
            continue;
        }
        out.push(view(&p.key, p.city, p.about, row));
    }
    // Sent or held reminders whose subject is done (a profile submitted since) stay listed.
    let names: HashMap<String, String> = crate::db::models::city::all(conn)?
        .into_iter()
        .map(|c| (c.city.id, c.city.name))
        .collect();
    for (key, row) in &rows {
        if key.due_on < since || key.due_on > horizon || listed.contains(key) {
            continue;
        }
        let city = names.get(&key.city_id).cloned().unwrap_or_default();
        out.push(view(key, city, String::new(), Some(row)));
    }
    out.sort_by(|a, b| {
        (a.due_on, a.kind, &a.city, &a.subject_id).cmp(&(b.due_on, b.kind, &b.city, &b.subject_id))
    });
    Ok(out)
}

fn view(key: &Key, city: String, about: String, row: Option<&ReminderRow>) -> ReminderView {
    ReminderView {
        kind: key.kind,
        subject_id: key.subject_id.clone(),
        city_id: CityId::from(key.city_id.clone()),
        city,
        about,
        due_on: key.due_on,
        state: row.map_or("due", |r| r.status.as_str()).to_owned(),
        emails: row.map_or(0, |r| r.emails),
    }
}

/// Holds a reminder the cohort's plan makes, so the scheduler does not send it; refused
/// when it was sent already or the plan has no such reminder.
pub fn hold(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    key: ReminderKey,
    actor: &str,
    today: NaiveDate,
) -> Result<ReminderView, Error> {
    super::archive::ensure_open(conn, cohort_id)?;
    let key = Key::from(key);
    let Some(p) = plan(conn, cohort_id, today)?
        .into_iter()
        .find(|p| p.key == key)
    else {
        return Err(Error::not_found(
            "reminder",
            format!(
                "{} {} {} {}",
                key.kind, key.subject_id, key.city_id, key.due_on
            ),
        ));
    };
    if reminder::claim(conn, cohort_id, &key, ReminderStatus::Held, actor)?.is_none() {
        let row = reminder::find(conn, &key)?;
        if row
            .as_ref()
            .is_some_and(|r| r.status == ReminderStatus::Sent)
        {
            return Err(Error::conflict(
                None,
                format!("this reminder to {} was sent already", p.city),
            ));
        }
    } else {
        audit::record(
            conn,
            actor,
            "hold",
            "reminder",
            cohort_id,
            &format!(
                "{} reminder due {} to {} about {}",
                key.kind, key.due_on, p.city, p.about
            ),
        )?;
    }
    let row = reminder::find(conn, &key)?;
    Ok(view(&key, p.city, p.about, row.as_ref()))
}

/// Releases a held reminder: the scheduler sends it when it is due, if it still is.
pub fn release(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    key: ReminderKey,
    actor: &str,
) -> Result<(), Error> {
    super::archive::ensure_open(conn, cohort_id)?;
    let key = Key::from(key);
    let row = reminder::find(conn, &key)?.filter(|r| &r.cohort_id == cohort_id);
    match row {
        Some(r) if r.status == ReminderStatus::Held => {
            reminder::release(conn, &key)?;
            audit::record(
                conn,
                actor,
                "release",
                "reminder",
                cohort_id,
                &format!(
                    "{} reminder due {} to {}",
                    key.kind, key.due_on, key.city_id
                ),
            )?;
            Ok(())
        }
        Some(_) => Err(Error::conflict(
            None,
            "this reminder was sent: it is not held",
        )),
        None => Err(Error::not_found(
            "held reminder",
            format!(
                "{} {} {} {}",
                key.kind, key.subject_id, key.city_id, key.due_on
            ),
        )),
    }
}
