//! `/console`: the programme managers' pages. This file: the home page (programmes and
//! their cohorts, the new programme form) and what every console page shares (the
//! navigation, the manager and CSRF token of a request, form errors). Programmes,
//! cohorts, invitations, profiles and API tokens each have a file of their own. Every
//! page needs a session; every form carries the CSRF token; every change is audited under
//! the manager's email.

pub mod chart;
pub mod cohort_form;
pub mod cohorts;
pub mod invitations;
pub mod people;
pub mod plans;
pub mod profiles;
pub mod programmes;
pub mod reminders;
pub mod report;
pub mod tokens;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use askama::Template;

use super::form::{Errors, Field, SummaryItem};
use super::page::{Csrf, PageError, html, html_with, manager};
use crate::auth::Manager;
use crate::blocking::with_db;
use crate::db::DbPool;
use crate::db::models::{Listing, cohort, programme};
use crate::domain::{FieldError, Invalid};
use crate::ops::Error as OpsError;
use crate::ops::attention::CohortAttention;

/// The console's navigation: who is logged in and the logout form's token.
pub struct Nav {
    /// The manager's name.
    pub name: String,
    /// CSRF token of the logout form.
    pub csrf: String,
}

/// The manager of a console page, this browser's CSRF token and the navigation.
pub(crate) async fn enter(request: &HttpRequest) -> Result<(Manager, Csrf, Nav), PageError> {
    let manager = manager(request).await?;
    let csrf = Csrf::for_request(request)?;
    let nav = Nav {
        name: manager.name.clone(),
        csrf: csrf.token.clone(),
    };
    Ok((manager, csrf, nav))
}

struct ProgrammeEntry {
    id: String,
    name: String,
    description: String,
    cohorts: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "console/home.html")]
pub(super) struct HomePage {
    nav: Nav,
    csrf: String,
    attention: Vec<CohortAttention>,
    programmes: Vec<ProgrammeEntry>,
    summary: Vec<SummaryItem>,
    name: Field,
    description: Field,
}

/// The home page, with what was typed in the new programme form and what is wrong with it.
pub(super) async fn home_page(
    pool: &DbPool,
    nav: Nav,
    csrf: String,
    typed: (&str, &str),
    errors: &Errors,
) -> Result<HomePage, PageError> {
    let attention = with_db(pool, |conn| {
        crate::ops::attention::open_cohorts(conn, crate::ops::profiles::today())
    })
    .await?;
    let programmes = with_db(pool, |conn| {
        let all = programme::list(conn, Listing::Active, 500, 0)?.items;
        let cohorts = cohort::list(conn, None, Listing::Active, 500, 0)?.items;
        Ok(all
            .into_iter()
            .map(|p| ProgrammeEntry {
                cohorts: cohorts
                    .iter()
                    .filter(|c| c.cohort.programme_id == p.id)
                    .map(|c| {
                        (
                            c.cohort.id.to_string(),
                            c.cohort.name.clone(),
                            format!("call {} to {}", c.cohort.call_opens, c.cohort.call_closes),
                        )
                    })
                    .collect(),
                id: p.id.into(),
                name: p.name,
                description: p.description,
            })
            .collect::<Vec<_>>())
    })
    .await?;
    let name = Field::new("text", "name", "Name", typed.0).errors(errors);
    let description = Field::new("textarea", "description", "Description", typed.1).errors(errors);
    Ok(HomePage {
        attention,
        nav,
        csrf,
        programmes,
        summary: errors.summary(&[&name, &description]),
        name,
        description,
    })
}

/// `GET /console`.
pub async fn home(
    request: HttpRequest,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let page = home_page(&pool, nav, csrf.token.clone(), ("", ""), &Errors::default()).await?;
    Ok(csrf.apply(html(&page)?))
}

/// Turns a validation or conflict error into form errors; anything else stays an error.
pub(super) fn form_errors(e: OpsError) -> Result<Errors, PageError> {
    match e {
        OpsError::Invalid(Invalid(errors)) => Ok(Errors(errors)),
        OpsError::Conflict {
            field,
            detail,
            refusal,
        } => Ok(Errors(vec![FieldError {
            field: field.unwrap_or_default(),
            message: detail,
            refusal,
        }])),
        other => Err(other.into()),
    }
}

/// The errors of an edit form: a refusal that is about no field (the programme or cohort
/// is archived) is a page of its own with the reason, not a line of the form.
pub(super) fn edit_errors(e: OpsError) -> Result<Errors, PageError> {
    match e {
        OpsError::Conflict { field: None, .. } => Err(e.into()),
        other => form_errors(other),
    }
}

/// Every page under `/console` is a manager's: this middleware finds the session's
/// manager before any handler runs (or answers with the login page), so a console
/// handler cannot forget to ask, and hands the manager on to `page::manager`.
pub async fn managers_only(
    request: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<
    actix_web::dev::ServiceResponse<actix_web::body::EitherBody<impl actix_web::body::MessageBody>>,
    actix_web::Error,
> {
    use actix_web::HttpMessage;
    match manager(request.request()).await {
        Ok(found) => {
            request.extensions_mut().insert(found.clone());
            let response = next.call(request).await?;
            // Not found inside the console (no such page, no such cohort): the same
            // answer, with the console's menu to go on from.
            if response.status() == StatusCode::NOT_FOUND {
                let page = console_not_found(response.request(), &found);
                return Ok(response.into_response(page).map_into_right_body());
            }
            Ok(response.map_into_left_body())
        }
        Err(refused) => Ok(request.error_response(refused).map_into_right_body()),
    }
}

/// The not-found page of the console: its menu, for a logged-in manager.
#[derive(Template)]
#[template(path = "console/not_found.html")]
struct ConsoleNotFound {
    nav: Nav,
}

fn console_not_found(request: &HttpRequest, manager: &Manager) -> HttpResponse {
    let Ok(csrf) = Csrf::for_request(request) else {
        return PageError::NotFound.error_response();
    };
    let page = ConsoleNotFound {
        nav: Nav {
            name: manager.name.clone(),
            csrf: csrf.token.clone(),
        },
    };
    match html_with(StatusCode::NOT_FOUND, &page) {
        Ok(response) => csrf.apply(response),
        Err(_) => PageError::NotFound.error_response(),
    }
}
