//! The answers of publishing POSTs sent with an Idempotency-Key, by manager and key.

use diesel::prelude::*;

use super::now;
use crate::db::DbConnection;
use crate::db::schema::idempotency_keys;

/// A stored answer: the path it answered, its status and body.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys)]
pub struct Stored {
    /// The request's path.
    pub path: String,
    /// The HTTP status.
    pub status: i32,
    /// The JSON body.
    pub body: String,
}

/// The answer stored for this manager's key, if any.
pub fn find(conn: &mut DbConnection, actor: &str, key: &str) -> QueryResult<Option<Stored>> {
    idempotency_keys::table
        .find((actor, key))
        .select(Stored::as_select())
        .first(conn)
        .optional()
}

/// Stores an answer; a unique violation means another request with the key was first.
pub fn store(conn: &mut DbConnection, actor: &str, key: &str, answer: &Stored) -> QueryResult<()> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::actor.eq(actor),
            idempotency_keys::key.eq(key),
            idempotency_keys::path.eq(&answer.path),
            idempotency_keys::status.eq(answer.status),
            idempotency_keys::body.eq(&answer.body),
            idempotency_keys::created_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}
