//! Server-rendered pages.

pub mod home;

use actix_web::web;

/// The route table of the pages.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show));
}

/// The page for any path nothing else answers.
#[derive(askama::Template)]
#[template(path = "not_found.html")]
struct NotFound;

/// `404` as a page, for people (the API answers its own paths with problem+json).
pub async fn not_found() -> actix_web::HttpResponse {
    use askama::Template;
    let html = NotFound.render().unwrap_or_else(|_| "Not found".to_owned());
    actix_web::HttpResponse::NotFound()
        .content_type("text/html; charset=utf-8")
        .body(html)
}
