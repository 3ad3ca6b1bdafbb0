//! Server-rendered pages.

pub mod home;

use actix_web::web;

/// The route table of the pages.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show));
}
