//! The JSON API under `/api`, its OpenAPI document, and `/health`.

pub mod cities;
pub mod cohorts;
pub mod costs;
pub mod emails;
mod error;
pub mod events;
pub mod extract;
pub mod feedback;
mod guard;
pub mod health;
pub mod idempotency;
pub mod invitations;
pub mod page;
pub mod plans;
pub mod precondition;
pub mod privacy;
pub mod profiles;
pub mod programmes;
pub mod reminders;
pub mod report;
mod resource;
pub mod rounds;
mod truth;
pub mod visits;

use actix_web::{HttpResponse, web};
use utoipa::OpenApi;

use truth::Truthful;

pub use error::{ApiError, Problem};
pub use guard::{ApiManager, RefusedToken};

/// The OpenAPI 3 document of the API, built from the handlers' annotations.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "twinning",
        description = "Peer-learning programmes between cities: cities, programmes, cohorts, calendar, invitations, profiles, matching rounds, visit schedules, calendar feeds and the emails sent. Manager operations need a bearer API token (create one in the console); a city reaches its own profile with its invitation token."
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
        programmes::archive,
        programmes::unarchive,
        cohorts::list,
        cohorts::get,
        cohorts::create,
        cohorts::update,
        cohorts::delete,
        cohorts::archive,
        cohorts::unarchive,
        reminders::list,
        reminders::settings,
        reminders::hold,
        reminders::release,
        events::list,
        events::get,
        events::create,
        events::update,
        events::delete,
        invitations::list,
        invitations::create,
        invitations::create_csv,
        invitations::get,
        invitations::resend,
        invitations::revoke,
        profiles::get,
        profiles::correct,
        profiles::of_cohort,
        profiles::export,
        profiles::city_get,
        profiles::city_save,
        rounds::create,
        rounds::list,
        rounds::get,
        rounds::instance,
        rounds::publish,
        rounds::rematch,
        rounds::proposals,
        profiles::city_proposals,
        profiles::city_answer,
        visits::plan,
        visits::of_cohort,
        visits::publish,
        visits::changes,
        visits::get,
        visits::update,
        visits::agenda,
        visits::instance,
        visits::cohort_feed,
        visits::city_list,
        visits::city_feed,
        visits::city_agenda,
        feedback::city_get,
        feedback::city_put,
        feedback::of_visit,
        feedback::one,
        feedback::of_pair,
        feedback::of_host,
        plans::city_get,
        plans::city_put,
        plans::city_submit,
        plans::of_cohort,
        plans::one,
        plans::review,
        plans::cohort_csv,
        plans::plan_csv,
        costs::of_cohort,
        costs::of_visit,
        costs::city_get,
        costs::city_put,
        report::of_cohort,
        report::of_programme,
        emails::preview,
        emails::list,
        emails::get,
        emails::resend,
        emails::resend_failed,
        privacy::export,
        privacy::erase,
        health::health,
    ),
    components(schemas(Problem, crate::domain::FieldError)),
    modifiers(&BearerAuth, &Truthful)
)]
pub struct ApiDoc;

/// The two bearer schemes: a manager's API token, a city's invitation token.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A manager's API token, created in the console under API tokens",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "invitation",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("The token of a city's invitation link (the last part of /invitation/TOKEN)"))
                    .build(),
            ),
        );
    }
}

async fn openapi() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

async fn unknown(request: actix_web::HttpRequest) -> Result<HttpResponse, ApiError> {
    // A resource asked with a method it does not answer falls through to here too.
    if request.resource_map().has_resource(request.path()) {
        return Err(ApiError::MethodNotAllowed(format!(
            "{} is not an operation of {}; the API description lists them",
            request.method(),
            request.path()
        )));
    }
    Err(ApiError::NotFound {
        what: "API route",
        id: request.path().to_owned(),
    })
}

/// The route table of the API.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/health", web::get().to(health::health)).service(
        web::scope("/api")
            .wrap(actix_web::middleware::from_fn(guard::authenticate_first))
            .wrap(actix_web::middleware::from_fn(guard::every_error_a_problem))
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
            .route(
                "/programmes/{id}/archive",
                web::post().to(programmes::archive),
            )
            .route(
                "/programmes/{id}/unarchive",
                web::post().to(programmes::unarchive),
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
            .route("/cohorts/{id}/archive", web::post().to(cohorts::archive))
            .route(
                "/cohorts/{id}/unarchive",
                web::post().to(cohorts::unarchive),
            )
            .route("/cohorts/{id}/reminders", web::get().to(reminders::list))
            .route(
                "/cohorts/{id}/reminders/settings",
                web::put().to(reminders::settings),
            )
            .route(
                "/cohorts/{id}/reminders/hold",
                web::post().to(reminders::hold),
            )
            .route(
                "/cohorts/{id}/reminders/release",
                web::post().to(reminders::release),
            )
            .service(
                web::resource("/cohorts/{id}/invitations")
                    .route(web::get().to(invitations::list))
                    .route(web::post().to(invitations::create)),
            )
            .service(
                web::resource("/cohorts/{id}/invitations/csv")
                    .app_data(web::PayloadConfig::new(
                        crate::domain::limits::CSV_UPLOAD_BYTES,
                    ))
                    .route(web::post().to(invitations::create_csv)),
            )
            .route("/cohorts/{id}/profiles", web::get().to(profiles::of_cohort))
            .route(
                "/cohorts/{id}/profiles.csv",
                web::get().to(profiles::export),
            )
            .service(
                web::resource("/cohorts/{id}/rounds")
                    .route(web::get().to(rounds::list))
                    .route(web::post().to(rounds::create)),
            )
            .route("/rounds/{id}", web::get().to(rounds::get))
            .route("/rounds/{id}/instance", web::get().to(rounds::instance))
            .route("/rounds/{id}/publish", web::post().to(rounds::publish))
            .route("/rounds/{id}/rematch", web::post().to(rounds::rematch))
            .route("/cohorts/{id}/proposals", web::get().to(rounds::proposals))
            .route("/city/proposals", web::get().to(profiles::city_proposals))
            .route(
                "/city/proposals/{id}",
                web::post().to(profiles::city_answer),
            )
            .route("/cohorts/{id}/visits", web::get().to(visits::of_cohort))
            .route("/cohorts/{id}/visits/plan", web::post().to(visits::plan))
            .route(
                "/cohorts/{id}/visits/publish",
                web::post().to(visits::publish),
            )
            .route(
                "/cohorts/{id}/visits/changes",
                web::get().to(visits::changes),
            )
            .route(
                "/cohorts/{id}/visits/preview",
                web::get().to(emails::preview),
            )
            .route("/people/export", web::get().to(privacy::export))
            .route("/people/erase", web::post().to(privacy::erase))
            .route("/emails", web::get().to(emails::list))
            .route(
                "/emails/resend-failed",
                web::post().to(emails::resend_failed),
            )
            .route("/emails/{id}", web::get().to(emails::get))
            .route("/emails/{id}/resend", web::post().to(emails::resend))
            .route(
                "/cohorts/{id}/calendar.ics",
                web::get().to(visits::cohort_feed),
            )
            .service(
                web::resource("/visits/{id}")
                    .route(web::get().to(visits::get))
                    .route(web::patch().to(visits::update)),
            )
            .route("/visits/{id}/agenda", web::put().to(visits::agenda))
            .route("/visits/{id}/feedback", web::get().to(feedback::of_visit))
            .route("/visits/{id}/feedback/{city}", web::get().to(feedback::one))
            .route("/proposals/{id}/feedback", web::get().to(feedback::of_pair))
            .route("/hosts/{id}/feedback", web::get().to(feedback::of_host))
            .route("/cohorts/{id}/costs", web::get().to(costs::of_cohort))
            .route("/cohorts/{id}/report", web::get().to(report::of_cohort))
            .route(
                "/programmes/{id}/report",
                web::get().to(report::of_programme),
            )
            .route("/visits/{id}/costs", web::get().to(costs::of_visit))
            .service(
                web::resource("/city/visits/{id}/costs")
                    .route(web::get().to(costs::city_get))
                    .route(web::put().to(costs::city_put)),
            )
            .service(
                web::resource("/city/plan")
                    .route(web::get().to(plans::city_get))
                    .route(web::put().to(plans::city_put)),
            )
            .route("/city/plan/submit", web::post().to(plans::city_submit))
            .route("/cohorts/{id}/plans", web::get().to(plans::of_cohort))
            .route("/cohorts/{id}/plans.csv", web::get().to(plans::cohort_csv))
            .route("/cohorts/{id}/plans/{city}", web::get().to(plans::one))
            .route(
                "/cohorts/{id}/plans/{city}/csv",
                web::get().to(plans::plan_csv),
            )
            .route(
                "/cohorts/{id}/plans/{city}/review",
                web::post().to(plans::review),
            )
            .service(
                web::resource("/city/visits/{id}/feedback")
                    .route(web::get().to(feedback::city_get))
                    .route(web::put().to(feedback::city_put)),
            )
            .route("/schedules/{id}/instance", web::get().to(visits::instance))
            .route("/city/visits", web::get().to(visits::city_list))
            .route("/city/calendar.ics", web::get().to(visits::city_feed))
            .route(
                "/city/visits/{id}/agenda",
                web::put().to(visits::city_agenda),
            )
            .route("/invitations/{id}", web::get().to(invitations::get))
            .route(
                "/invitations/{id}/resend",
                web::post().to(invitations::resend),
            )
            .route(
                "/invitations/{id}/revoke",
                web::post().to(invitations::revoke),
            )
            .service(
                web::resource("/invitations/{id}/profile")
                    .route(web::get().to(profiles::get))
                    .route(web::put().to(profiles::correct)),
            )
            .service(
                web::resource("/city/profile")
                    .route(web::get().to(profiles::city_get))
                    .route(web::put().to(profiles::city_save)),
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
