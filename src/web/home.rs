//! The home page: what is in the database and where to go next.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::blocking::with_db;
use crate::db::models::{city, cohort, event, programme};
use crate::db::{DbPool, backend_of};
use crate::ops::Error as OpsError;

/// What the home page shows.
#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    database: &'static str,
    cities: i64,
    roles: Vec<(String, i64)>,
    programmes: i64,
    cohorts: i64,
    events: i64,
}

/// `GET /`.
pub async fn show(pool: web::Data<DbPool>) -> Result<HttpResponse, crate::web::page::PageError> {
    let page = with_db(&pool, |conn| {
        let (cities, roles) = city::counts(conn)?;
        Ok(Home {
            database: backend_of(conn).name(),
            cities,
            roles,
            programmes: programme::count(conn)?,
            cohorts: cohort::count(conn)?,
            events: event::count(conn)?,
        })
    })
    .await?;
    let html = page
        .render()
        .map_err(|e| OpsError::failed("the home page", e))?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(html))
}
