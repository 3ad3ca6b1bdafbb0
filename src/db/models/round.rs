//! Matching rounds, stored whole: settings, solver instance, result and report as JSON.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::now;
use crate::db::DbConnection;
use crate::db::schema::rounds;
use crate::domain::id::CohortId;
use crate::domain::id::RoundId;

/// A round row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = rounds)]
pub struct RoundRow {
    /// Id.
    pub id: RoundId,
    /// Cohort.
    pub cohort_id: CohortId,
    /// 1, 2, ... within the cohort.
    pub number: i32,
    /// The solver's status.
    pub status: String,
    /// The settings the manager chose, JSON.
    pub settings: String,
    /// The exact solver instance, JSON (`twinning-matching/1`).
    pub instance: String,
    /// The solver's result, JSON.
    pub result: String,
    /// What the pages show, JSON.
    pub report: String,
    /// `twinning-solver` version.
    pub solver_version: String,
    /// Wall time of scoring and solving, seconds.
    pub seconds: f64,
    /// The manager.
    pub created_by: String,
    /// When.
    pub created_at: NaiveDateTime,
    /// The round a re-match started from.
    pub parent_id: Option<RoundId>,
    /// When its pairs were proposed to the cities.
    pub published_at: Option<NaiveDateTime>,
}

/// What a new round stores.
pub struct NewRound<'a> {
    /// Id.
    pub id: &'a RoundId,
    /// Cohort.
    pub cohort_id: &'a CohortId,
    /// Status.
    pub status: &'a str,
    /// Settings JSON.
    pub settings: &'a str,
    /// Instance JSON.
    pub instance: &'a str,
    /// Result JSON.
    pub result: &'a str,
    /// Report JSON.
    pub report: &'a str,
    /// Solver version.
    pub solver_version: &'a str,
    /// Seconds.
    pub seconds: f64,
    /// Manager.
    pub created_by: &'a str,
    /// The round a re-match starts from.
    pub parent_id: Option<&'a RoundId>,
}

/// Stores a round as the next number of its cohort; returns the number.
pub fn insert(conn: &mut DbConnection, new: &NewRound<'_>) -> QueryResult<i32> {
    // Rounds solved at once are numbered one after the other, none refused.
    crate::db::lock_cohort(conn, new.cohort_id)?;
    let last: Option<i32> = rounds::table
        .filter(rounds::cohort_id.eq(new.cohort_id))
        .select(diesel::dsl::max(rounds::number))
        .first(conn)?;
    let number = last.unwrap_or(0) + 1;
    diesel::insert_into(rounds::table)
        .values((
            rounds::id.eq(new.id),
            rounds::cohort_id.eq(new.cohort_id),
            rounds::number.eq(number),
            rounds::status.eq(new.status),
            rounds::settings.eq(new.settings),
            rounds::instance.eq(new.instance),
            rounds::result.eq(new.result),
            rounds::report.eq(new.report),
            rounds::solver_version.eq(new.solver_version),
            rounds::seconds.eq(new.seconds),
            rounds::created_by.eq(new.created_by),
            rounds::created_at.eq(now()),
            rounds::parent_id.eq(new.parent_id),
        ))
        .execute(conn)?;
    Ok(number)
}

/// One round.
pub fn get(conn: &mut DbConnection, id: &RoundId) -> QueryResult<Option<RoundRow>> {
    rounds::table
        .find(id)
        .select(RoundRow::as_select())
        .first(conn)
        .optional()
}

/// The rounds of a cohort, newest first.
pub fn of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<Vec<RoundRow>> {
    rounds::table
        .filter(rounds::cohort_id.eq(cohort_id))
        .order(rounds::number.desc())
        .select(RoundRow::as_select())
        .load(conn)
}

/// Marks a round published.
pub fn mark_published(conn: &mut DbConnection, id: &RoundId) -> QueryResult<()> {
    diesel::update(rounds::table.find(id))
        .set(rounds::published_at.eq(now()))
        .execute(conn)
        .map(drop)
}
