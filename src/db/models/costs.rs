//! What the travelling city of a visit actually spent on it: one row per visit, replaced
//! by an edit.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{next_stamp, now};
use crate::db::DbConnection;
use crate::db::schema::visit_costs;
use crate::domain::costs::Spent;
use crate::domain::id::CityId;
use crate::domain::id::VisitId;

/// A row of what was spent on a visit.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = visit_costs)]
pub struct CostRow {
    /// The visit.
    pub visit_id: VisitId,
    /// The city that recorded it (the travelling city).
    pub city_id: CityId,
    /// Euro cents.
    pub amount_cents: i32,
    /// What it covers (may be empty).
    pub note: String,
    /// Who wrote it last: `city:NAME`.
    pub created_by: String,
    /// First recorded.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// What was recorded as spent on `visit_id`, if anything.
pub fn get(conn: &mut DbConnection, visit_id: &VisitId) -> QueryResult<Option<CostRow>> {
    visit_costs::table
        .find(visit_id)
        .select(CostRow::as_select())
        .first(conn)
        .optional()
}

/// What was recorded as spent on any of `visit_ids`.
pub fn of_visits(conn: &mut DbConnection, visit_ids: &[VisitId]) -> QueryResult<Vec<CostRow>> {
    if visit_ids.is_empty() {
        return Ok(Vec::new());
    }
    visit_costs::table
        .filter(visit_costs::visit_id.eq_any(visit_ids))
        .select(CostRow::as_select())
        .load(conn)
}

/// Stores what `city_id` spent on `visit_id`: a new row, or the one recorded replaced.
pub fn save(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    spent: &Spent,
    actor: &str,
) -> QueryResult<CostRow> {
    // Bounded by `costs::SPENT_MAX`, well inside an i32 of cents.
    let cents = i32::try_from(spent.amount.cents()).unwrap_or(i32::MAX);
    match get(conn, visit_id)? {
        Some(old) => {
            diesel::update(visit_costs::table.find(visit_id))
                .set((
                    visit_costs::city_id.eq(city_id),
                    visit_costs::amount_cents.eq(cents),
                    visit_costs::note.eq(&spent.note),
                    visit_costs::created_by.eq(actor),
                    visit_costs::updated_at.eq(next_stamp(old.updated_at)),
                ))
                .execute(conn)?;
        }
        None => {
            let at = now();
            diesel::insert_into(visit_costs::table)
                .values(CostRow {
                    visit_id: visit_id.to_owned(),
                    city_id: city_id.to_owned(),
                    amount_cents: cents,
                    note: spent.note.clone(),
                    created_by: actor.to_owned(),
                    created_at: at,
                    updated_at: at,
                })
                .execute(conn)?;
        }
    }
    get(conn, visit_id)?.ok_or(diesel::result::Error::NotFound)
}
