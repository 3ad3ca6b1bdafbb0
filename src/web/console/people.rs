//! `/console/people`: a person's data on request (GDPR). A manager searches by email
//! address and sees what the service holds about that person (contacts in which profiles
//! and cohorts, invitations and emails sent, the feedback and plan actions of the cities
//! they spoke for, audit entries), downloads it as JSON, and erases it after a
//! confirmation page. Each export and erasure is audited (`ops::privacy`).

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Nav, enter};
use crate::blocking::in_transaction;
use crate::db::DbPool;
use crate::domain::privacy::PersonEmail;
use crate::ops::Error as OpsError;
use crate::ops::privacy::{self as ops, Erased, PersonData};
use crate::web::confirm::ConfirmPage;
use crate::web::form::{Errors, Field, SummaryItem};
use crate::web::page::{PageError, html, html_with};

#[derive(Template)]
#[template(path = "console/people.html")]
struct PeoplePage {
    nav: Nav,
    summary: Vec<SummaryItem>,
    email: Field,
    /// The address searched, encoded for a link.
    query: String,
    data: Option<PersonData>,
    erased: Option<Erased>,
}

/// Whose data (the search, the download, the confirmation).
#[derive(Deserialize)]
pub struct PersonForm {
    #[serde(default)]
    email: Option<String>,
}

fn page(nav: Nav, value: &str, errors: &Errors) -> PeoplePage {
    let email = Field::new("email", "email", "Email address", value)
        .hint("The address the person is known by: matched without regard to case.")
        .errors(errors);
    PeoplePage {
        nav,
        summary: errors.summary(&[&email]),
        email,
        query: form_urlencoded::byte_serialize(value.as_bytes()).collect(),
        data: None,
        erased: None,
    }
}

/// The address sent, or the page that names what is wrong with it.
fn parse(value: &str) -> Result<PersonEmail, Errors> {
    PersonEmail::parse("email", value).map_err(|e| Errors(e.0))
}

/// `GET /console/people[?email=]`: the search, and what is held about the address.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    query: web::Query<PersonForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let Some(value) = query.email.clone() else {
        let empty = page(nav, "", &Errors::default());
        return Ok(csrf.apply(html(&empty)?));
    };
    let email = match parse(&value) {
        Ok(email) => email,
        Err(errors) => {
            let refused = page(nav, &value, &errors);
            return Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &refused)?));
        }
    };
    let actor = manager.email;
    let data = in_transaction(&pool, move |conn| ops::export(conn, &email, &actor)).await?;
    let mut found = page(nav, &value, &Errors::default());
    found.data = Some(data);
    Ok(csrf.apply(html(&found)?))
}

/// `GET /console/people/export.json?email=`: what is held about the address, as a file.
pub async fn download(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    query: web::Query<PersonForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, _, _) = enter(&request).await?;
    let email = PersonEmail::parse("email", query.email.as_deref().unwrap_or_default())
        .map_err(OpsError::from)?;
    let actor = manager.email;
    let data = in_transaction(&pool, move |conn| ops::export(conn, &email, &actor)).await?;
    let body = serde_json::to_string_pretty(&data)
        .map_err(|e| OpsError::failed("a person's data as JSON", e))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Cache-Control", "no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"personal-data.json\"",
        ))
        .body(body))
}

/// `GET /console/people/erase?email=`: what erasing changes, and the button.
pub async fn confirm_erase(
    request: HttpRequest,
    query: web::Query<PersonForm>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let email = PersonEmail::parse("email", query.email.as_deref().unwrap_or_default())
        .map_err(OpsError::from)?;
    let back: String = form_urlencoded::byte_serialize(email.as_str().as_bytes()).collect();
    let confirm = ConfirmPage {
        nav,
        csrf: csrf.token.clone(),
        title: format!("Erase the personal data of {}?", email.as_str()),
        text: vec![
            "Wherever the service holds this address (the cities' contacts, the participants of profiles, invitations, emails sent and the audit log), it and the person's name are replaced by an anonymous placeholder, and the texts of the emails sent to them by a note that they were erased. Emails not yet sent to them are not sent.".to_owned(),
            "The profiles, pairs, visits, feedback and Replication Plans stay as they are: every count and report of the cohorts is unchanged.".to_owned(),
            "This cannot be undone. Download the person's data first if they asked for a copy.".to_owned(),
        ],
        items: Vec::new(),
        hidden: vec![("email".to_owned(), email.as_str().to_owned())],
        action: "/console/people/erase".to_owned(),
        button: "Erase this person's data".to_owned(),
        back: format!("/console/people?email={back}"),
        date: None,
    };
    Ok(csrf.apply(html(&confirm)?))
}

/// `POST /console/people/erase`: erases the address's data; the page says what changed.
pub async fn erase(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<PersonForm>,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let value = form.email.clone().unwrap_or_default();
    let email = match parse(&value) {
        Ok(email) => email,
        Err(errors) => {
            let refused = page(nav, &value, &errors);
            return Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &refused)?));
        }
    };
    let actor = manager.email;
    let done = in_transaction(&pool, move |conn| ops::erase(conn, &email, &actor)).await?;
    let mut erased = page(nav, "", &Errors::default());
    erased.erased = Some(done);
    Ok(csrf.apply(html(&erased)?))
}
