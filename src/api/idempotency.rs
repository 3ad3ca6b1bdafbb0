//! `Idempotency-Key` on the publishing POSTs: a manager's request sent again with the same
//! key (a retry after a lost answer, a double click, the same request to two instances)
//! gets the first request's answer, and nothing happens twice.
//!
//! The answer is stored in the transaction of the change. Two requests with one key at
//! once: the second's change finds nothing left to do (the cohort's lock orders them),
//! its store of the key collides with the first's, it is rolled back, and it answers
//! with what the first stored.

use actix_web::http::header::HeaderValue;
use actix_web::{HttpRequest, HttpResponse};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

use super::ApiError;
use crate::blocking::{in_transaction, with_db};
use crate::db::models::idempotency::{self, Stored};
use crate::db::{DbConnection, DbPool};

/// The longest key accepted.
const KEY_CHARS: usize = 200;

/// The request's `Idempotency-Key`, if it sent one: 1 to 200 visible ASCII characters.
pub fn key_of(request: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = request.headers().get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or("").trim().trim_matches('"');
    if key.is_empty() || key.len() > KEY_CHARS || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::BadRequest {
            field: Some("Idempotency-Key".to_owned()),
            detail: format!(
                "Idempotency-Key must be 1 to {KEY_CHARS} visible ASCII characters (a UUID, say)"
            ),
        });
    }
    Ok(Some(key.to_owned()))
}

/// Runs `change` in a transaction once per key, and answers 200 with its result, or with
/// the answer stored for the key. Without a key, it simply runs.
pub async fn once<T, F>(
    pool: &DbPool,
    actor: String,
    key: Option<String>,
    path: String,
    change: F,
) -> Result<HttpResponse, ApiError>
where
    T: Serialize + Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, crate::ops::Error> + Send + 'static,
{
    let Some(key) = key else {
        let done = in_transaction(pool, change).await?;
        return Ok(HttpResponse::Ok().json(done));
    };
    let (who, which, at) = (actor.clone(), key.clone(), path.clone());
    let outcome = in_transaction(pool, move |conn| {
        if let Some(stored) = idempotency::find(conn, &who, &which)? {
            return Ok(stored);
        }
        let done = change(conn)?;
        let answer = Stored {
            path: at,
            status: 200,
            body: serde_json::to_string(&done)
                .map_err(|e| crate::ops::Error::Bug(format!("answer: {e}")))?,
        };
        match idempotency::store(conn, &who, &which, &answer) {
            Ok(()) => Ok(answer),
            // Another request with this key was first: this one is rolled back.
            Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                Err(crate::ops::Error::Conflict {
                    field: Some("Idempotency-Key".to_owned()),
                    detail: String::new(),
                    refusal: None,
                })
            }
            Err(e) => Err(e.into()),
        }
    })
    .await;
    let stored = match outcome {
        Ok(stored) => stored,
        Err(crate::ops::Error::Conflict { field: Some(f), .. }) if f == "Idempotency-Key" => {
            with_db(pool, move |conn| Ok(idempotency::find(conn, &actor, &key)?))
                .await?
                .ok_or_else(|| crate::ops::Error::Bug("an idempotency key vanished".to_owned()))?
        }
        Err(e) => return Err(e.into()),
    };
    if stored.path != path {
        return Err(ApiError::Invalid(crate::domain::Invalid::field(
            "Idempotency-Key",
            format!(
                "this key was used for another request ({}): send a new key for each change",
                stored.path
            ),
        )));
    }
    let status = actix_web::http::StatusCode::from_u16(stored.status as u16)
        .unwrap_or(actix_web::http::StatusCode::OK);
    Ok(HttpResponse::build(status)
        .insert_header(("Content-Type", HeaderValue::from_static("application/json")))
        .body(stored.body))
}
