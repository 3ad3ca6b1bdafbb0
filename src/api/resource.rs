//! What every resource's handlers do alike: read one by id or answer 404, delete one with
//! an audit entry or answer 404.

use actix_web::HttpResponse;
use diesel::QueryResult;

use super::ApiError;
use crate::blocking::{in_transaction, with_db};
use crate::db::models::audit;
use crate::db::{DbConnection, DbPool};

/// Reads the `what` with this id, or answers 404 naming it.
pub async fn fetch<T: Send + 'static>(
    pool: &DbPool,
    what: &'static str,
    id: String,
    get: fn(&mut DbConnection, &str) -> QueryResult<Option<T>>,
) -> Result<T, ApiError> {
    with_db(pool, move |conn| {
        get(conn, &id)?.ok_or(ApiError::NotFound { what, id })
    })
    .await
}

/// Deletes the `what` with this id and records that `actor` did, or answers 404 naming it.
pub async fn remove(
    pool: &DbPool,
    what: &'static str,
    id: String,
    delete: fn(&mut DbConnection, &str) -> QueryResult<bool>,
    actor: String,
) -> Result<HttpResponse, ApiError> {
    in_transaction(pool, move |conn| {
        if !delete(conn, &id)? {
            return Err(ApiError::NotFound { what, id });
        }
        audit::record(conn, &actor, "delete", what, &id, "").map_err(ApiError::from)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
