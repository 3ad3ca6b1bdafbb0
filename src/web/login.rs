//! `/login` and `/logout`: a manager's browser session.

use std::net::IpAddr;

use actix_web::cookie::{SameSite, time};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::{Errors, Field, SummaryItem};
use super::page::{Csrf, PageError, html, html_with, redirect, security};
use crate::auth::{self, SESSION_COOKIE};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::user;
use crate::domain::{FieldError, limits};
use crate::throttle::{Attempt, DEVICE_COOKIE, device_for, device_value, normalise_email};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    csrf: String,
    next: String,
    summary: Vec<SummaryItem>,
    email: Field,
    password: Field,
}

impl LoginPage {
    fn new(csrf: String, next: String, email: &str, errors: &Errors) -> LoginPage {
        let email = Field::new("email", "email", "Email address", email)
            .autocomplete("username")
            .errors(errors);
        let password = Field::new("password", "password", "Password", "")
            .autocomplete("current-password")
            .errors(errors);
        LoginPage {
            summary: errors.summary(&[&email, &password]),
            csrf,
            next,
            email,
            password,
        }
    }
}

/// `?next=`.
#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Only a path of this site is a place to come back to: it starts with one `/` and holds
/// visible ASCII only. Browsers drop tabs and line breaks from a URL and read `\` as `/`,
/// so `/<TAB>/evil.example` would be `//evil.example`, another site; a line break would
/// also break the Location header. Anything else goes to the console.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.len() <= 2000
                && n.starts_with('/')
                && !n.starts_with("//")
                && n.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') =>
        {
            n.to_owned()
        }
        _ => "/console".to_owned(),
    }
}

/// `GET /login`.
pub async fn show(
    request: HttpRequest,
    query: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    let csrf = Csrf::for_request(&request)?;
    let page = LoginPage::new(
        csrf.token.clone(),
        safe_next(query.next.as_deref()),
        "",
        &Errors::default(),
    );
    Ok(csrf.apply(html(&page)?))
}

/// The login form as sent.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: Option<String>,
}

/// `POST /login`: checks the password (rate limited per email and per client), opens a
/// session.
pub async fn submit(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, PageError> {
    let security = security(&request)?;
    let form = form.into_inner();
    let next = safe_next(form.next.as_deref());
    let device = security.read_signed(&request, DEVICE_COOKIE);
    let known_device = device.as_deref().and_then(|v| device_for(v, &form.email));
    let attempt = match known_device {
        Some(random) => Attempt::KnownDevice(random),
        None => Attempt::Unknown {
            client: security
                .client_address(&request)
                .unwrap_or(IpAddr::from([0, 0, 0, 0])),
            email: &form.email,
        },
    };
    if let Err(retry_after) = security.logins.count(&attempt) {
        tracing::warn!("login refused: too many attempts");
        return Err(PageError::TooManyAttempts { retry_after });
    }
    let email = normalise_email(&form.email);
    if email.chars().count() > limits::EMAIL_CHARS {
        let csrf = Csrf::for_request(&request)?;
        let errors = Errors(vec![FieldError {
            field: "email".to_owned(),
            message: format!(
                "an email address has at most {} characters",
                limits::EMAIL_CHARS
            ),
            refusal: None,
        }]);
        let page = LoginPage::new(csrf.token.clone(), next, "", &errors);
        return Ok(csrf.apply(html_with(
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            &page,
        )?));
    }
    let password = form.password;
    let hours = security.session_hours;
    let found = in_transaction(&pool, move |conn| {
        crate::ops::users::log_in(conn, &email, &password, hours)
    })
    .await?;
    match found {
        Some(token) => {
            let mut response = redirect(&next);
            let _ = response.add_cookie(&security.session_cookie(token));
            if known_device.is_none() {
                // This browser is now a known device of the account (see crate::throttle).
                let value = device_value(&form.email, &auth::new_secret());
                let mut cookie = security.signed_cookie(DEVICE_COOKIE, value, SameSite::Strict);
                cookie.set_path("/login");
                cookie.set_max_age(time::Duration::days(365));
                let _ = response.add_cookie(&cookie);
            }
            Ok(response)
        }
        None => {
            let csrf = Csrf::for_request(&request)?;
            let errors = Errors(vec![FieldError {
                field: "password".to_owned(),
                message: "the email address or the password is not right".to_owned(),
                refusal: None,
            }]);
            let page = LoginPage::new(csrf.token.clone(), next, &form.email, &errors);
            Ok(csrf.apply(html_with(actix_web::http::StatusCode::UNAUTHORIZED, &page)?))
        }
    }
}

/// `POST /logout`: ends the session here and on the server.
pub async fn logout(
    request: HttpRequest,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, PageError> {
    let security = security(&request)?;
    if let Some(token) = security.read_signed(&request, SESSION_COOKIE) {
        let hash = auth::hash_secret(&token);
        with_db(&pool, move |conn| Ok(user::close_session(conn, &hash)?)).await?;
    }
    let mut response = redirect("/login");
    let _ = response.add_cookie(&security.removal(SESSION_COOKIE));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_a_path_of_this_site_is_followed() {
        for ok in ["/console", "/console/cohorts/c1?x=1", "/visits/%09x"] {
            assert_eq!(safe_next(Some(ok)), ok);
        }
        for bad in [
            "//evil.example/p",
            "/\t/evil.example/p",
            "/\\evil.example",
            "https://evil.example",
            "/\r\nSet-Cookie: x=1",
            "/ /evil.example",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/console", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/console");
    }
}
