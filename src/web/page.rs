//! What every page shares: rendering, the errors a page answers with, and the CSRF check
//! of every form (a random value in a signed, HTTP-only, SameSite=Strict cookie that the
//! form must echo; a page from another site can neither read nor set it).

use actix_web::cookie::SameSite;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, ResponseError};
use askama::Template;

use super::lang::{Chosen, Switcher};
use crate::auth::{self, CSRF_COOKIE, Manager, Security};
use crate::i18n::Tr;
use crate::ops;

/// Why a page is not shown.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// Nothing here, or a link that does not (or no longer) work: never says which.
    #[error("not found")]
    NotFound,
    /// The page needs a manager's session.
    #[error("login required")]
    LoginRequired {
        /// Where to come back to after logging in.
        next: String,
    },
    /// A form without the CSRF token of this browser.
    #[error("the form's security token does not match")]
    BadCsrf,
    /// Too many login attempts.
    #[error("too many attempts")]
    TooManyAttempts {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// The request is understood and refused: a conflict with what is stored, an action
    /// not allowed, a value not accepted. Shown to the person with the reason.
    #[error("{message}")]
    Refused {
        /// The HTTP status (409, 403, 422, 400, 413, 401).
        status: StatusCode,
        /// Why, for a person, in English.
        message: String,
        /// The same as a key of the message catalogue, where the service named it: a
        /// city's page says it in the city's language.
        refusal: Option<crate::domain::Refusal>,
    },
    /// The database is not reachable now.
    #[error("{0}")]
    Unavailable(String),
    /// A bug.
    #[error("{0}")]
    Internal(String),
}

impl From<ops::Error> for PageError {
    /// Every kind of the service layer's error has its page here; the match is complete,
    /// so a new kind cannot fall into a 500 unnoticed. A refusal keeps its status and its
    /// words.
    fn from(e: ops::Error) -> PageError {
        let refused = |status: StatusCode, e: ops::Error| PageError::Refused {
            status,
            message: e.to_string(),
            refusal: None,
        };
        match e {
            ops::Error::NotFound { .. } => PageError::NotFound,
            ops::Error::Unavailable(m) => PageError::Unavailable(m),
            e @ ops::Error::Invalid(_) => refused(StatusCode::UNPROCESSABLE_ENTITY, e),
            ops::Error::Conflict {
                detail, refusal, ..
            } => PageError::Refused {
                status: StatusCode::CONFLICT,
                message: detail,
                refusal,
            },
            e @ ops::Error::Unauthorized(_) => refused(StatusCode::UNAUTHORIZED, e),
            e @ ops::Error::Forbidden(_) => refused(StatusCode::FORBIDDEN, e),
            e @ ops::Error::Stale(_) => refused(StatusCode::PRECONDITION_FAILED, e),
            e @ (ops::Error::Db(_) | ops::Error::Failed { .. } | ops::Error::Bug(_)) => {
                PageError::Internal(e.chain())
            }
        }
    }
}

impl From<diesel::result::Error> for PageError {
    fn from(e: diesel::result::Error) -> PageError {
        PageError::from(ops::Error::from(e))
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> PageError {
        PageError::Internal(format!("template: {e}"))
    }
}

/// A plain message page (errors, confirmations).
#[derive(Template)]
#[template(path = "message.html")]
pub struct Message<'a> {
    /// Heading and title.
    pub title: &'a str,
    /// Text.
    pub text: &'a str,
    /// A link onwards: address, label.
    pub link: Option<(&'a str, &'a str)>,
}

/// A message page in a city's language, with the language switcher.
#[derive(Template)]
#[template(path = "city_message.html")]
struct CityMessage<'a> {
    t: &'a Tr,
    switch: &'a Switcher,
    title: &'a str,
    text: &'a str,
    link: Option<(&'a str, &'a str)>,
}

fn message(
    status: StatusCode,
    title: &str,
    text: &str,
    link: Option<(&str, &str)>,
    local: Option<(&Tr, &Switcher)>,
) -> HttpResponse {
    let html = match local {
        None => Message { title, text, link }.render(),
        Some((t, switch)) => CityMessage {
            t,
            switch,
            title,
            text,
            link,
        }
        .render(),
    }
    .unwrap_or_else(|_| text.to_owned());
    HttpResponseBuilder::new(status)
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(html)
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::LoginRequired { .. } => StatusCode::SEE_OTHER,
            PageError::BadCsrf => StatusCode::FORBIDDEN,
            PageError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
            PageError::Refused { status, .. } => *status,
            PageError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            PageError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        self.page(None)
    }
}

impl PageError {
    /// The page of this error in a city's language, with the switcher.
    pub fn page_in(&self, chosen: &Chosen) -> HttpResponse {
        let switch = chosen.switcher();
        chosen.apply(self.page(Some((&chosen.tr, &switch))))
    }

    /// The page of this error: in English for the console, else in the city's language.
    fn page(&self, local: Option<(&Tr, &Switcher)>) -> HttpResponse {
        let english = Tr::english();
        let t = local.map_or(&english, |(t, _)| t);
        let home = t.t("error-home");
        match self {
            PageError::NotFound => message(
                StatusCode::NOT_FOUND,
                &t.t("error-not-found-title"),
                &t.t("error-not-found-text"),
                Some(("/", &home)),
                local,
            ),
            PageError::LoginRequired { next } => {
                let target = format!(
                    "/login?next={}",
                    form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                HttpResponse::SeeOther()
                    .insert_header(("Location", target))
                    .finish()
            }
            PageError::BadCsrf => message(
                StatusCode::FORBIDDEN,
                &t.t("error-csrf-title"),
                &t.t("error-csrf-text"),
                None,
                local,
            ),
            PageError::TooManyAttempts { retry_after } => {
                let mut response = message(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Too many attempts",
                    &format!("Too many login attempts. Wait {retry_after} seconds and try again."),
                    Some(("/login", "Back to the login page")),
                    None,
                );
                if let Ok(v) =
                    actix_web::http::header::HeaderValue::from_str(&retry_after.to_string())
                {
                    response
                        .headers_mut()
                        .insert(actix_web::http::header::RETRY_AFTER, v);
                }
                response
            }
            PageError::Refused {
                status,
                message: why,
                refusal,
            } => {
                // A city's page says a named refusal in its language; the console keeps
                // the service's English.
                let why = match (refusal, local) {
                    (Some(r), Some(_)) => t.refusal(r),
                    _ => why.clone(),
                };
                message(
                    *status,
                    &t.t("error-refused-title"),
                    &t.t1("error-refused-text", "why", why.as_str()),
                    None,
                    local,
                )
            }
            PageError::Unavailable(e) => {
                tracing::warn!(error = %e, "page refused");
                let mut response = message(
                    StatusCode::SERVICE_UNAVAILABLE,
                    &t.t("error-unavailable-title"),
                    &t.t("error-unavailable-text"),
                    None,
                    local,
                );
                response.headers_mut().insert(
                    actix_web::http::header::RETRY_AFTER,
                    crate::http::RETRY_AFTER_SECONDS.into(),
                );
                response
            }
            PageError::Internal(e) => {
                tracing::error!(error = %e, "page failed");
                message(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &t.t("error-internal-title"),
                    &t.t("error-internal-text"),
                    Some(("/", &home)),
                    local,
                )
            }
        }
    }
}

/// A rendered page.
pub fn html(template: &impl Template) -> Result<HttpResponse, PageError> {
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(template.render()?))
}

/// A page with a status (a form shown again with its errors: 422).
pub fn html_with(status: StatusCode, template: &impl Template) -> Result<HttpResponse, PageError> {
    let mut response = html(template)?;
    *response.status_mut() = status;
    Ok(response)
}

/// `303 See Other` to `to`: after every successful form.
pub fn redirect(to: &str) -> HttpResponse {
    // A target that cannot be a header value (a line break) goes home, never a 500.
    let to = actix_web::http::header::HeaderValue::from_str(to)
        .unwrap_or_else(|_| actix_web::http::header::HeaderValue::from_static("/"));
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, to))
        .finish()
}

/// The security state of the app.
pub fn security(request: &HttpRequest) -> Result<Security, PageError> {
    Ok(crate::http::state::<Security>(request)?)
}

/// The CSRF token a form on this page carries, and the cookie to set when the browser has
/// none yet.
pub struct Csrf {
    /// The value of the hidden field.
    pub token: String,
    cookie: Option<actix_web::cookie::Cookie<'static>>,
}

impl Csrf {
    /// This browser's token, or a new one.
    pub fn for_request(request: &HttpRequest) -> Result<Csrf, PageError> {
        let security = security(request)?;
        Ok(match security.read_signed(request, CSRF_COOKIE) {
            Some(token) => Csrf {
                token,
                cookie: None,
            },
            None => {
                let token = auth::new_secret();
                let cookie = security.signed_cookie(CSRF_COOKIE, token.clone(), SameSite::Strict);
                Csrf {
                    token,
                    cookie: Some(cookie),
                }
            }
        })
    }

    /// Adds the cookie to a response when it is new.
    pub fn apply(&self, mut response: HttpResponse) -> HttpResponse {
        if let Some(cookie) = &self.cookie {
            let _ = response.add_cookie(cookie);
        }
        response
    }

    /// Checks the token a form sent against this browser's cookie.
    pub fn verify(request: &HttpRequest, sent: &str) -> Result<(), PageError> {
        let security = security(request)?;
        match security.read_signed(request, CSRF_COOKIE) {
            Some(expected)
                if !sent.is_empty() && constant_time_eq(expected.as_bytes(), sent.as_bytes()) =>
            {
                Ok(())
            }
            _ => Err(PageError::BadCsrf),
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The manager of the session, or a redirect to the login page that comes back here.
pub async fn manager(request: &HttpRequest) -> Result<Manager, PageError> {
    {
        use actix_web::HttpMessage;
        if let Some(found) = request.extensions().get::<Manager>() {
            return Ok(found.clone());
        }
    }
    match auth::session_manager(request).await? {
        Some(m) => Ok(m),
        // Back to the page after logging in; a form sent without a session goes back to
        // the console (its POST cannot be replayed by a redirect).
        None => Err(PageError::LoginRequired {
            next: match request.method() {
                &actix_web::http::Method::GET => request
                    .uri()
                    .path_and_query()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|| "/console".to_owned()),
                _ => "/console".to_owned(),
            },
        }),
    }
}

/// A form that cannot be read (over its size, not a form): the page says why, with the
/// status (413 for a size), never a bare text answer.
pub fn form_refused(e: &dyn actix_web::ResponseError, limit: usize) -> actix_web::Error {
    let status = e.status_code();
    let message = if status == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE {
        format!(
            "What was sent is larger than {} KB, the most this form takes",
            limit / 1024
        )
    } else {
        format!("What was sent could not be read ({e})")
    };
    crate::web::page::PageError::Refused {
        status,
        message,
        refusal: None,
    }
    .into()
}
