//! The JSON API under `/api`, its OpenAPI document, and `/health`.

pub mod cities;
pub mod cohorts;
mod error;
pub mod events;
pub mod extract;
pub mod health;
pub mod page;
pub mod programmes;
mod resource;

use actix_web::{HttpResponse, web};
use utoipa::OpenApi;

pub use error::{ApiError, Problem};

/// The OpenAPI 3 document of the API, built from the handlers' annotations.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "twinning",
        description = "Peer-learning programmes between cities: cities, programmes, cohorts, calendar."
    ),
    paths(
        cities::list,
        cities::get,
        cities::create,
        cities::update,
        cities::delete,
        programmes::list,
        programmes::get,
        programmes::create,
        programmes::update,
        programmes::delete,
        cohorts::list,
        cohorts::get,
        cohorts::create,
        cohorts::update,
        cohorts::delete,
        events::list,
        events::get,
        events::create,
        events::update,
        events::delete,
        health::health,
    ),
    components(schemas(Problem, crate::domain::FieldError))
)]
pub struct ApiDoc;

async fn openapi() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

async fn unknown(request: actix_web::HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound {
        what: "API route",
        id: request.path().to_owned(),
    })
}

/// The route table of the API.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/health", web::get().to(health::health)).service(
        web::scope("/api")
            .route("/openapi.json", web::get().to(openapi))
            .service(
                web::resource("/cities")
                    .route(web::get().to(cities::list))
                    .route(web::post().to(cities::create)),
            )
            .service(
                web::resource("/cities/{id}")
                    .route(web::get().to(cities::get))
                    .route(web::put().to(cities::update))
                    .route(web::delete().to(cities::delete)),
            )
            .service(
                web::resource("/programmes")
                    .route(web::get().to(programmes::list))
                    .route(web::post().to(programmes::create)),
            )
            .service(
                web::resource("/programmes/{id}")
                    .route(web::get().to(programmes::get))
                    .route(web::put().to(programmes::update))
                    .route(web::delete().to(programmes::delete)),
            )
            .service(
                web::resource("/cohorts")
                    .route(web::get().to(cohorts::list))
                    .route(web::post().to(cohorts::create)),
            )
            .service(
                web::resource("/cohorts/{id}")
                    .route(web::get().to(cohorts::get))
                    .route(web::put().to(cohorts::update))
                    .route(web::delete().to(cohorts::delete)),
            )
            .service(
                web::resource("/events")
                    .route(web::get().to(events::list))
                    .route(web::post().to(events::create)),
            )
            .service(
                web::resource("/events/{id}")
                    .route(web::get().to(events::get))
                    .route(web::put().to(events::update))
                    .route(web::delete().to(events::delete)),
            )
            .default_service(web::to(unknown)),
    );
}
