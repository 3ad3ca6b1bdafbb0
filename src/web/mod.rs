//! Server-rendered pages.

pub mod archive;
pub mod city;
pub mod confirm;
pub mod console;
pub mod csrf;
pub mod emails;
pub mod feedback;
pub mod form;
pub mod home;
pub mod lang;
pub mod login;
pub mod map;
pub mod page;
pub mod plan;
pub mod privacy;
pub mod profile_check;
pub mod profile_form;
pub mod rounds;
pub mod timeline;
pub mod visits;

use actix_web::web;

/// The route table of the pages.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::show))
        .service(
            web::resource("/login")
                // An email and a password: a few kilobytes, not the 256 KB of other forms.
                .app_data(
                    web::FormConfig::default()
                        .limit(crate::domain::limits::LOGIN_BODY_BYTES)
                        .error_handler(|e, _| {
                            page::form_refused(&e, crate::domain::limits::LOGIN_BODY_BYTES)
                        }),
                )
                .route(web::get().to(login::show))
                .route(web::post().to(login::submit)),
        )
        .route("/logout", web::post().to(login::logout))
        .route("/privacy", web::get().to(privacy::show))
        .route("/invitation/{token}", web::get().to(city::show))
        .route(
            "/invitation/{token}/calendar.ics",
            web::get().to(city::calendar),
        )
        .route("/invitation/{token}", web::post().to(city::save))
        .route(
            "/invitation/{token}/submitted",
            web::get().to(city::submitted),
        )
        .route(
            "/invitation/{token}/visits/{id}",
            web::get().to(visits::city_show),
        )
        .route(
            "/invitation/{token}/visits/{id}/agenda",
            web::post().to(visits::city_agenda),
        )
        .route(
            "/invitation/{token}/visits/{id}/costs",
            web::post().to(visits::city_costs),
        )
        .route(
            "/invitation/{token}/visits/{id}/feedback",
            web::get().to(feedback::show),
        )
        .route(
            "/invitation/{token}/visits/{id}/feedback",
            web::post().to(feedback::save),
        )
        .route("/invitation/{token}/plan", web::get().to(plan::show))
        .route("/invitation/{token}/plan", web::post().to(plan::save))
        .route("/invitation/{token}/plan/check", web::get().to(plan::check))
        .route(
            "/invitation/{token}/plan/submit",
            web::post().to(plan::submit),
        )
        .route(
            "/invitation/{token}/proposals/{id}",
            web::post().to(city::answer),
        )
        .service(
            web::scope("/console")
                .wrap(actix_web::middleware::from_fn(console::managers_only))
                .route("", web::get().to(console::home))
                .route("/programmes", web::post().to(console::programmes::create))
                .route(
                    "/programmes/{id}/edit",
                    web::get().to(console::programmes::edit),
                )
                .route(
                    "/programmes/{id}/edit",
                    web::post().to(console::programmes::update),
                )
                .route("/archived", web::get().to(archive::archived))
                .route(
                    "/{kind:cohorts|programmes}/{id}/archive",
                    web::get().to(archive::confirm_archive),
                )
                .route(
                    "/{kind:cohorts|programmes}/{id}/archive",
                    web::post().to(archive::archive),
                )
                .route(
                    "/{kind:cohorts|programmes}/{id}/unarchive",
                    web::post().to(archive::unarchive),
                )
                .route(
                    "/{kind:cohorts|programmes}/{id}/delete",
                    web::get().to(archive::confirm_delete),
                )
                .route(
                    "/{kind:cohorts|programmes}/{id}/delete",
                    web::post().to(archive::delete),
                )
                .route("/cohorts/new", web::get().to(console::cohorts::new))
                .route("/cohorts", web::post().to(console::cohorts::create))
                .route("/cohorts/{id}", web::get().to(console::cohorts::show))
                .route("/cohorts/{id}/edit", web::get().to(console::cohorts::edit))
                .route(
                    "/cohorts/{id}/edit",
                    web::post().to(console::cohorts::update),
                )
                .route(
                    "/cohorts/{id}/invitations",
                    web::post().to(console::invitations::invite),
                )
                .route(
                    "/cohorts/{id}/reminders",
                    web::post().to(console::reminders::settings),
                )
                .route(
                    "/cohorts/{id}/reminders/{action:hold|release}",
                    web::post().to(console::reminders::hold_or_release),
                )
                .route(
                    "/cohorts/{id}/invitations/csv",
                    web::post().to(console::invitations::invite_csv),
                )
                .route(
                    "/cohorts/{id}/profiles.csv",
                    web::get().to(console::profiles::export),
                )
                .route("/cohorts/{id}/rounds/new", web::get().to(rounds::new_round))
                .route("/cohorts/{id}/rounds", web::post().to(rounds::create))
                .route("/rounds/{id}", web::get().to(rounds::show))
                .route(
                    "/rounds/{id}/instance.json",
                    web::get().to(rounds::instance),
                )
                .route("/jobs/{id}", web::get().to(rounds::job))
                .route("/jobs/{id}/cancel", web::post().to(rounds::cancel))
                .route(
                    "/rounds/{id}/publish",
                    web::get().to(rounds::publish::confirm),
                )
                .route(
                    "/rounds/{id}/publish",
                    web::post().to(rounds::publish::publish),
                )
                .route("/rounds/{id}/rematch", web::post().to(rounds::rematch))
                .route(
                    "/invitations/{id}/resend",
                    web::post().to(console::invitations::resend),
                )
                .route(
                    "/invitations/{id}/revoke",
                    web::get().to(console::invitations::confirm_revoke),
                )
                .route(
                    "/invitations/{id}/revoke",
                    web::post().to(console::invitations::revoke),
                )
                .route(
                    "/invitations/{id}/profile",
                    web::get().to(console::profiles::show),
                )
                .route(
                    "/invitations/{id}/profile",
                    web::post().to(console::profiles::correct),
                )
                .route("/cohorts/{id}/visits", web::get().to(visits::show))
                .route("/cohorts/{id}/visits/plan", web::post().to(visits::plan))
                .route(
                    "/cohorts/{id}/visits/publish",
                    web::get().to(visits::publish::confirm),
                )
                .route(
                    "/cohorts/{id}/visits/publish",
                    web::post().to(visits::publish::publish),
                )
                .route(
                    "/cohorts/{id}/visits/city/{city}",
                    web::get().to(visits::city),
                )
                .route("/visits/{id}", web::get().to(visits::show_visit))
                .route("/visits/{id}", web::post().to(visits::move_visit))
                .route("/visits/{id}/agenda", web::post().to(visits::agenda))
                .route(
                    "/cohorts/{id}/report",
                    web::get().to(console::report::cohort),
                )
                .route(
                    "/cohorts/{id}/report.csv",
                    web::get().to(console::report::cohort_csv),
                )
                .route(
                    "/programmes/{id}/report",
                    web::get().to(console::report::programme),
                )
                .route(
                    "/programmes/{id}/report.csv",
                    web::get().to(console::report::programme_csv),
                )
                .route("/cohorts/{id}/plans", web::get().to(console::plans::list))
                .route(
                    "/cohorts/{id}/plans.csv",
                    web::get().to(console::plans::cohort_csv),
                )
                .route(
                    "/cohorts/{id}/plans/{city}",
                    web::get().to(console::plans::show),
                )
                .route(
                    "/cohorts/{id}/plans/{city}/review",
                    web::post().to(console::plans::review),
                )
                .route(
                    "/cohorts/{id}/plans/{city}/print",
                    web::get().to(console::plans::print),
                )
                .route(
                    "/cohorts/{id}/plans/{city}/plan.csv",
                    web::get().to(console::plans::plan_csv),
                )
                .route("/emails", web::get().to(emails::list))
                .route(
                    "/emails/resend-failed",
                    web::post().to(emails::resend_failed),
                )
                .route("/emails/{id}", web::get().to(emails::show))
                .route("/emails/{id}/resend", web::post().to(emails::resend))
                .route(
                    "/cohorts/{id}/visits/preview",
                    web::get().to(emails::preview),
                )
                .route("/people", web::get().to(console::people::show))
                .route(
                    "/people/export.json",
                    web::get().to(console::people::download),
                )
                .route(
                    "/people/erase",
                    web::get().to(console::people::confirm_erase),
                )
                .route("/people/erase", web::post().to(console::people::erase))
                .route("/tokens", web::get().to(console::tokens::show))
                .route("/tokens", web::post().to(console::tokens::create))
                .route(
                    "/tokens/{id}/revoke",
                    web::post().to(console::tokens::revoke),
                ),
        );
}

/// The page for any path nothing else answers.
#[derive(askama::Template)]
#[template(path = "not_found.html")]
struct NotFound;

/// `404` as a page, for people (the API answers its own paths with problem+json).
pub async fn not_found(request: actix_web::HttpRequest) -> actix_web::HttpResponse {
    use askama::Template;
    // A resource asked with a method it does not answer falls through to here too.
    if request.resource_map().has_resource(request.path()) {
        return actix_web::HttpResponse::MethodNotAllowed()
            .insert_header(("Allow", crate::http::ALLOWED_METHODS))
            .finish();
    }
    let html = NotFound.render().unwrap_or_else(|_| "Not found".to_owned());
    actix_web::HttpResponse::NotFound()
        .content_type("text/html; charset=utf-8")
        .body(html)
}
