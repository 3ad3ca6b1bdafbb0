//! A person's data on request (GDPR), for managers: what the service holds about an email
//! address (`GET /api/people/export?email=`) and its erasure (`POST /api/people/erase`).
//! Both are audited with the address's hash only.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::ApiManager;
use super::extract::JsonBody;
use super::{ApiError, Problem};
use crate::blocking::in_transaction;
use crate::db::DbPool;
use crate::domain::privacy::PersonEmail;
use crate::ops::privacy::{self as ops, Erased, PersonData};

/// Whose data.
#[derive(Debug, Clone, Deserialize, IntoParams)]
pub struct PersonQuery {
    /// The person's email address (matched without regard to case).
    #[serde(default)]
    pub email: String,
}

/// Whose data to erase.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EraseInput {
    /// The person's email address (matched without regard to case).
    #[schema(max_length = 254)]
    pub email: String,
}

fn person(value: &str) -> Result<PersonEmail, ApiError> {
    PersonEmail::parse("email", value).map_err(|e| crate::ops::Error::from(e).into())
}

/// Everything the service holds about a person: their contacts in cities and profiles,
/// invitations and emails sent to them, the feedback and plan actions of the cities they
/// spoke for, and the audit entries naming them. A bad address is named (422).
#[utoipa::path(get, path = "/api/people/export", tag = "people", security(("bearer" = [])),
    params(PersonQuery),
    responses((status = 200, body = PersonData), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn export(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    query: web::Query<PersonQuery>,
) -> Result<HttpResponse, ApiError> {
    let email = person(&query.email)?;
    let actor = manager.email;
    let data = in_transaction(&pool, move |conn| ops::export(conn, &email, &actor)).await?;
    Ok(HttpResponse::Ok().json(data))
}

/// Erases a person's data: their name and address in contacts, profiles, invitations and
/// emails become an anonymous placeholder, and their emails' bodies a note; profiles,
/// pairs, visits, feedback and plans stay. A second erasure changes nothing. Refused for a
/// manager's account (409); a bad address is named (422); while the mail worker is
/// recording an email to or about the address, 503: send it again a moment later.
#[utoipa::path(post, path = "/api/people/erase", tag = "people", security(("bearer" = [])), request_body = EraseInput,
    responses((status = 200, body = Erased), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 503, body = Problem, content_type = "application/problem+json")))]
pub async fn erase(
    ApiManager(manager): ApiManager,
    pool: web::Data<DbPool>,
    JsonBody(input): JsonBody<EraseInput>,
) -> Result<HttpResponse, ApiError> {
    let email = person(&input.email)?;
    let actor = manager.email;
    let done = in_transaction(&pool, move |conn| ops::erase(conn, &email, &actor)).await?;
    Ok(HttpResponse::Ok().json(done))
}
