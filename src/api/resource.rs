//! What every resource's handlers do alike: read one by id or answer 404, delete one
//! through the use case that refuses what is still referred to, and choose which to list
//! by archive state.

use actix_web::HttpResponse;
use diesel::QueryResult;
use serde::Deserialize;

use super::ApiError;
use crate::blocking::{in_transaction, with_db};
use crate::db::models::Listing;
use crate::db::{DbConnection, DbPool};

/// Reads the `what` with this id, or answers 404 naming it.
pub async fn fetch<T, K, I>(
    pool: &DbPool,
    what: &'static str,
    id: K,
    get: fn(&mut DbConnection, &I) -> QueryResult<Option<T>>,
) -> Result<T, ApiError>
where
    T: Send + 'static,
    K: std::borrow::Borrow<I> + std::fmt::Display + Send + 'static,
    I: ?Sized + 'static,
{
    with_db(pool, move |conn| {
        get(conn, id.borrow())?.ok_or_else(|| crate::ops::Error::not_found(what, &id))
    })
    .await
    .map_err(ApiError::from)
}

/// Deletes the thing with this id through `delete` (which counts what refers to it and
/// refuses, and records the delete under `actor`), in one transaction: 204, 404 or 409.
pub async fn remove<K, I>(
    pool: &DbPool,
    id: K,
    actor: String,
    delete: fn(&mut DbConnection, &I, &str) -> Result<(), crate::ops::Error>,
) -> Result<HttpResponse, ApiError>
where
    K: std::borrow::Borrow<I> + Send + 'static,
    I: ?Sized + 'static,
{
    in_transaction(pool, move |conn| delete(conn, id.borrow(), &actor)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// `?archived=`: which to list. Archived programmes and cohorts are over: out of the
/// default list, kept whole.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
pub enum Archived {
    /// `false` (the default): those not archived.
    #[default]
    #[serde(rename = "false")]
    No,
    /// `true`: only the archived ones.
    #[serde(rename = "true")]
    Yes,
    /// `all`: both.
    #[serde(rename = "all")]
    All,
}

impl From<Archived> for Listing {
    fn from(a: Archived) -> Listing {
        match a {
            Archived::No => Listing::Active,
            Archived::Yes => Listing::Archived,
            Archived::All => Listing::All,
        }
    }
}
