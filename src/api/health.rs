//! `GET /health`: the service is up and its database answers.

use actix_web::{HttpResponse, web};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::{ApiError, Problem};
use crate::blocking::with_db;
use crate::db::schema::themes;
use crate::db::{DbPool, backend_of};

/// The health answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    pub status: &'static str,
    /// `sqlite` or `postgres`.
    pub database: &'static str,
    /// The app's version.
    pub version: &'static str,
}

/// Checks the database with a query.
#[utoipa::path(get, path = "/health", tag = "health",
    responses((status = 200, body = Health), (status = 503, body = Problem, content_type = "application/problem+json")))]
pub async fn health(pool: web::Data<DbPool>) -> Result<HttpResponse, ApiError> {
    let database = with_db(&pool, |conn| {
        themes::table
            .count()
            .get_result::<i64>(conn)
            .map(|_| backend_of(conn).name())
            .map_err(|e| {
                crate::ops::Error::Unavailable(format!("the database does not answer: {e}"))
            })
    })
    .await?;
    Ok(HttpResponse::Ok().json(Health {
        status: "ok",
        database,
        version: env!("CARGO_PKG_VERSION"),
    }))
}
