//! Reminders sent or held: one row per kind, subject, city and due date (UNIQUE), so a
//! reminder is sent at most once whatever the number of instances ticking.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{new_id, now};
use crate::db::DbConnection;
use crate::db::schema::reminders;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::state::{ReminderKind, ReminderStatus};

/// A reminder row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = reminders)]
pub struct ReminderRow {
    /// Id.
    pub id: String,
    /// Cohort.
    pub cohort_id: CohortId,
    /// What it reminds of.
    pub kind: ReminderKind,
    /// The invitation, proposal or visit it is about.
    pub subject_id: String,
    /// The city reminded.
    pub city_id: CityId,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// Sent or held.
    pub status: ReminderStatus,
    /// Emails enqueued for it (its city's participants).
    pub emails: i32,
    /// The scheduler's instance, or the manager who held it.
    pub created_by: String,
    /// Written.
    pub created_at: NaiveDateTime,
}

/// What identifies a reminder: its kind, subject, city and due date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// What it reminds of.
    pub kind: ReminderKind,
    /// The invitation, proposal or visit.
    pub subject_id: String,
    /// The city reminded.
    pub city_id: CityId,
    /// The day it is due.
    pub due_on: NaiveDate,
}

impl ReminderRow {
    /// Its key.
    pub fn key(&self) -> Key {
        Key {
            kind: self.kind,
            subject_id: self.subject_id.clone(),
            city_id: self.city_id.clone(),
            due_on: self.due_on,
        }
    }
}

/// Writes the row of a reminder unless one with its key exists (sent, or held, by
/// anyone, in a transaction committed or still running): true when this call wrote it,
/// so only that caller sends it. INSERT … ON CONFLICT DO NOTHING, on both backends.
pub fn claim(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    key: &Key,
    status: ReminderStatus,
    actor: &str,
) -> QueryResult<Option<String>> {
    use diesel::sql_types::{Date, Text, Timestamp};
    let id = new_id();
    let at = now();
    const COLUMNS: &str = "INSERT INTO reminders (id, cohort_id, kind, subject_id, city_id, \
                           due_on, status, emails, created_by, created_at) VALUES ";
    const ON_CONFLICT: &str = " ON CONFLICT (kind, subject_id, city_id, due_on) DO NOTHING";
    macro_rules! run {
        ($conn:expr, $sql:expr) => {
            diesel::sql_query($sql)
                .bind::<Text, _>(&id)
                .bind::<Text, _>(cohort_id.as_str())
                .bind::<Text, _>(key.kind.as_str())
                .bind::<Text, _>(&key.subject_id)
                .bind::<Text, _>(key.city_id.as_str())
                .bind::<Date, _>(key.due_on)
                .bind::<Text, _>(status.as_str())
                .bind::<Text, _>(actor)
                .bind::<Timestamp, _>(at)
                .execute($conn)?
        };
    }
    let written = match conn {
        DbConnection::Postgres(pg) => run!(
            pg,
            format!("{COLUMNS}($1, $2, $3, $4, $5, $6, $7, 0, $8, $9){ON_CONFLICT}")
        ),
        DbConnection::Sqlite(lite) => run!(
            lite,
            format!("{COLUMNS}(?, ?, ?, ?, ?, ?, ?, 0, ?, ?){ON_CONFLICT}")
        ),
    };
    Ok((written == 1).then_some(id))
}

/// Records how many emails a reminder sent.
pub fn set_emails(conn: &mut DbConnection, id: &str, emails: i32) -> QueryResult<()> {
    diesel::update(reminders::table.find(id))
        .set(reminders::emails.eq(emails))
        .execute(conn)
        .map(drop)
}

/// The row of a key, if any.
pub fn find(conn: &mut DbConnection, key: &Key) -> QueryResult<Option<ReminderRow>> {
    reminders::table
        .filter(reminders::kind.eq(key.kind))
        .filter(reminders::subject_id.eq(&key.subject_id))
        .filter(reminders::city_id.eq(&key.city_id))
        .filter(reminders::due_on.eq(key.due_on))
        .select(ReminderRow::as_select())
        .first(conn)
        .optional()
}

/// Deletes a held row (a release); false when there was none held.
pub fn release(conn: &mut DbConnection, key: &Key) -> QueryResult<bool> {
    diesel::delete(
        reminders::table
            .filter(reminders::kind.eq(key.kind))
            .filter(reminders::subject_id.eq(&key.subject_id))
            .filter(reminders::city_id.eq(&key.city_id))
            .filter(reminders::due_on.eq(key.due_on))
            .filter(reminders::status.eq(ReminderStatus::Held)),
    )
    .execute(conn)
    .map(|n| n > 0)
}

/// The rows of a cohort, by due date.
pub fn of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<Vec<ReminderRow>> {
    reminders::table
        .filter(reminders::cohort_id.eq(cohort_id))
        .order((reminders::due_on, reminders::created_at))
        .select(ReminderRow::as_select())
        .load(conn)
}
