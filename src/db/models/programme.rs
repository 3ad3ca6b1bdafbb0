//! Programmes.

use diesel::prelude::*;

use super::{Listing, Page, now};
use crate::db::DbConnection;
use crate::db::schema::programmes;
use crate::domain::id::ProgrammeId;

/// A programme row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = programmes)]
pub struct Programme {
    /// Id.
    pub id: ProgrammeId,
    /// Name, unique.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// Created.
    pub created_at: chrono::NaiveDateTime,
    /// Last changed.
    pub updated_at: chrono::NaiveDateTime,
    /// Archived since (read-only, out of the default lists).
    pub archived_at: Option<chrono::NaiveDateTime>,
}

/// A page of programmes by name.
pub fn list(
    conn: &mut DbConnection,
    listing: Listing,
    limit: i64,
    offset: i64,
) -> QueryResult<Page<Programme>> {
    let filtered = || {
        let q = programmes::table.into_boxed();
        match listing {
            Listing::Active => q.filter(programmes::archived_at.is_null()),
            Listing::Archived => q.filter(programmes::archived_at.is_not_null()),
            Listing::All => q,
        }
    };
    let total = filtered().count().get_result(conn)?;
    let items = filtered()
        .order(programmes::name)
        .limit(limit)
        .offset(offset)
        .select(Programme::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// One programme.
pub fn get(conn: &mut DbConnection, id: &ProgrammeId) -> QueryResult<Option<Programme>> {
    programmes::table
        .find(id)
        .select(Programme::as_select())
        .first(conn)
        .optional()
}

/// Stores a new programme.
pub fn insert(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    name: &str,
    description: &str,
) -> QueryResult<()> {
    let at = now();
    diesel::insert_into(programmes::table)
        .values((
            programmes::id.eq(id),
            programmes::name.eq(name),
            programmes::description.eq(description),
            programmes::created_at.eq(at),
            programmes::updated_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// Renames or redescribes a programme, stamped `at`; `false` when there is none.
pub fn update(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    name: &str,
    description: &str,
    at: chrono::NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(programmes::table.find(id))
        .set((
            programmes::name.eq(name),
            programmes::description.eq(description),
            programmes::updated_at.eq(at),
        ))
        .execute(conn)
        .map(|n| n == 1)
}

/// Archives a programme (`Some(when)`) or takes it out of the archive (`None`); `false`
/// when there is none.
pub fn set_archived(
    conn: &mut DbConnection,
    id: &ProgrammeId,
    at: Option<chrono::NaiveDateTime>,
) -> QueryResult<bool> {
    diesel::update(programmes::table.find(id))
        .set(programmes::archived_at.eq(at))
        .execute(conn)
        .map(|n| n == 1)
}

/// Deletes a programme with its own calendar events (the database refuses while a cohort
/// refers to it); `false` when there is none.
pub fn delete(conn: &mut DbConnection, id: &ProgrammeId) -> QueryResult<bool> {
    diesel::delete(programmes::table.find(id))
        .execute(conn)
        .map(|n| n == 1)
}

/// How many programmes there are.
pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    programmes::table.count().get_result(conn)
}
