//! The home page: what the service is for, and the way in for each of its users.

use actix_web::HttpResponse;
use askama::Template;

use crate::ops::Error as OpsError;

/// The home page; the same for everyone.
#[derive(Template)]
#[template(path = "home.html")]
struct Home;

/// `GET /`.
pub async fn show() -> Result<HttpResponse, crate::web::page::PageError> {
    let html = Home
        .render()
        .map_err(|e| OpsError::failed("the home page", e))?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(html))
}
