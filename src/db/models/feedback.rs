//! The feedback of each side of a visit: one row per (visit, city), replaced by an edit.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{new_id, next_stamp, now};
use crate::db::DbConnection;
use crate::db::schema::visit_feedback;
use crate::domain::feedback::Feedback;
use crate::domain::id::CityId;
use crate::domain::id::VisitId;
use crate::domain::state::FollowUp;

/// A feedback row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = visit_feedback)]
pub struct FeedbackRow {
    /// Id.
    pub id: String,
    /// The visit.
    pub visit_id: VisitId,
    /// The city that gave it (the visiting or the receiving city).
    pub city_id: CityId,
    /// 1 to 5.
    pub usefulness: i32,
    /// What the city learnt.
    pub learnt: String,
    /// Ids (`domain:lever`) of the host's practices to replicate, comma-separated.
    pub practices: String,
    /// Would recommend the host.
    pub recommend: bool,
    /// The follow-up wanted.
    pub follow_up: FollowUp,
    /// Who wrote it last: `city:NAME` or a manager's email.
    pub created_by: String,
    /// First given.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

impl FeedbackRow {
    /// The practice ids, in the order stored.
    pub fn practice_ids(&self) -> Vec<String> {
        self.practices
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// The feedback of `city_id` on `visit_id`, if it gave one.
pub fn get(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
) -> QueryResult<Option<FeedbackRow>> {
    visit_feedback::table
        .filter(visit_feedback::visit_id.eq(visit_id))
        .filter(visit_feedback::city_id.eq(city_id))
        .select(FeedbackRow::as_select())
        .first(conn)
        .optional()
}

/// The feedback given on any of `visit_ids`, oldest first.
pub fn of_visits(conn: &mut DbConnection, visit_ids: &[VisitId]) -> QueryResult<Vec<FeedbackRow>> {
    if visit_ids.is_empty() {
        return Ok(Vec::new());
    }
    visit_feedback::table
        .filter(visit_feedback::visit_id.eq_any(visit_ids))
        .order((visit_feedback::created_at, visit_feedback::id))
        .select(FeedbackRow::as_select())
        .load(conn)
}

/// Stores the feedback of `city_id` on `visit_id`: a new row, or the one it gave replaced.
pub fn save(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    f: &Feedback,
    actor: &str,
) -> QueryResult<FeedbackRow> {
    let practices = f.practices.join(",");
    match get(conn, visit_id, city_id)? {
        Some(old) => {
            diesel::update(visit_feedback::table.find(&old.id))
                .set((
                    visit_feedback::usefulness.eq(f.usefulness),
                    visit_feedback::learnt.eq(&f.learnt),
                    visit_feedback::practices.eq(&practices),
                    visit_feedback::recommend.eq(f.recommend),
                    visit_feedback::follow_up.eq(f.follow_up),
                    visit_feedback::created_by.eq(actor),
                    visit_feedback::updated_at.eq(next_stamp(old.updated_at)),
                ))
                .execute(conn)?;
        }
        None => {
            let at = now();
            diesel::insert_into(visit_feedback::table)
                .values(FeedbackRow {
                    id: new_id(),
                    visit_id: visit_id.to_owned(),
                    city_id: city_id.to_owned(),
                    usefulness: f.usefulness,
                    learnt: f.learnt.clone(),
                    practices,
                    recommend: f.recommend,
                    follow_up: f.follow_up,
                    created_by: actor.to_owned(),
                    created_at: at,
                    updated_at: at,
                })
                .execute(conn)?;
        }
    }
    get(conn, visit_id, city_id)?.ok_or(diesel::result::Error::NotFound)
}
