//! What a manager sees of a cohort's reminders (the next 30 days: due, sent, held), and
//! holding or releasing one.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::{due_now, plan};
use crate::db::DbConnection;
use crate::db::models::audit;
use crate::db::models::reminder::{self, Key, ReminderRow};
use crate::domain::id::{CityId, CohortId};
use crate::domain::state::{ReminderKind, ReminderStatus};
use crate::ops::Error;

/// Days ahead the console lists.
pub const LIST_DAYS: i64 = 30;

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
            city_id: CityId::from(k.city_id),
            due_on: k.due_on,
        }
    }
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
    let names: HashMap<CityId, String> = crate::db::models::city::all(conn)?
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
        city_id: key.city_id.clone(),
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
    crate::ops::archive::ensure_open(conn, cohort_id)?;
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
    crate::ops::archive::ensure_open(conn, cohort_id)?;
    let key = Key::from(key);
    let row = reminder::find(conn, &key)?.filter(|r| r.cohort_id == cohort_id);
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
