//! Stored jobs: long work started from a page, visible to every instance of the app.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::now;
use crate::db::DbConnection;
use crate::db::schema::jobs;

/// A job as stored.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = jobs)]
pub struct JobRow {
    /// Id.
    pub id: String,
    /// What it does.
    pub title: String,
    /// The manager who started it.
    pub owner: String,
    /// The phase it is in.
    pub phase: String,
    /// A cancel was asked for.
    pub cancel_requested: bool,
    /// `done`, `failed` or `cancelled`; None while it runs.
    pub outcome: Option<String>,
    /// What it made (a round id) or why it failed.
    pub result: String,
    /// When it started.
    pub started_at: NaiveDateTime,
    /// Last sign of life of the instance running it.
    pub heartbeat_at: NaiveDateTime,
    /// When it ended.
    pub ended_at: Option<NaiveDateTime>,
}

/// Stores a job that starts now.
pub fn insert(conn: &mut DbConnection, id: &str, title: &str, owner: &str) -> QueryResult<()> {
    let at = now();
    diesel::insert_into(jobs::table)
        .values(JobRow {
            id: id.to_owned(),
            title: title.to_owned(),
            owner: owner.to_owned(),
            phase: "starting".to_owned(),
            cancel_requested: false,
            outcome: None,
            result: String::new(),
            started_at: at,
            heartbeat_at: at,
            ended_at: None,
        })
        .execute(conn)
        .map(|_| ())
}

/// The job, if there is one with this id.
pub fn get(conn: &mut DbConnection, id: &str) -> QueryResult<Option<JobRow>> {
    jobs::table
        .find(id)
        .select(JobRow::as_select())
        .first(conn)
        .optional()
}

/// Names the phase a running job enters (and beats).
pub fn set_phase(conn: &mut DbConnection, id: &str, phase: &str) -> QueryResult<()> {
    diesel::update(jobs::table.find(id).filter(jobs::outcome.is_null()))
        .set((jobs::phase.eq(phase), jobs::heartbeat_at.eq(now())))
        .execute(conn)
        .map(|_| ())
}

/// The instance running the job is alive.
pub fn beat(conn: &mut DbConnection, id: &str) -> QueryResult<()> {
    diesel::update(jobs::table.find(id).filter(jobs::outcome.is_null()))
        .set(jobs::heartbeat_at.eq(now()))
        .execute(conn)
        .map(|_| ())
}

/// Asks a running job to stop; false when no job has this id (an ended one is left as
/// it ended, and true is returned).
pub fn request_cancel(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    diesel::update(jobs::table.find(id).filter(jobs::outcome.is_null()))
        .set(jobs::cancel_requested.eq(true))
        .execute(conn)?;
    Ok(get(conn, id)?.is_some())
}

/// Whether a cancel was asked for.
pub fn cancel_requested(conn: &mut DbConnection, id: &str) -> QueryResult<bool> {
    jobs::table
        .find(id)
        .select(jobs::cancel_requested)
        .first(conn)
        .optional()
        .map(|c| c.unwrap_or(false))
}

/// Records how a job ended: `outcome` is `done`, `failed` or `cancelled`.
pub fn finish(conn: &mut DbConnection, id: &str, outcome: &str, result: &str) -> QueryResult<()> {
    let at = now();
    diesel::update(jobs::table.find(id))
        .set((
            jobs::outcome.eq(outcome),
            jobs::result.eq(result),
            jobs::phase.eq("ended"),
            jobs::heartbeat_at.eq(at),
            jobs::ended_at.eq(at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Forgets jobs that started before `before` and have ended (or stopped beating).
pub fn prune(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        jobs::table.filter(jobs::started_at.lt(before)).filter(
            jobs::outcome
                .is_not_null()
                .or(jobs::heartbeat_at.lt(before)),
        ),
    )
    .execute(conn)
}
