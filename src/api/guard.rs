//! What every API request goes through around its handler:
//!
//! - a manager's bearer token is checked before anything reads the body, so a wrong token
//!   with a bad body is told 401, not what is wrong with the body (the extractors of a
//!   handler run side by side, and the body's answer would come first);
//! - every error answer is problem+json, also those no handler wrote: a body over its
//!   limit (413), a method the resource does not answer (405).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, ResponseError};

use std::future::Future;
use std::pin::Pin;

use actix_web::FromRequest;
use actix_web::HttpRequest;
use actix_web::dev::Payload;

use super::ApiError;
use crate::auth::{self, Manager};
use crate::ops;

/// Paths where the bearer token is a city's invitation token, checked by their handlers.
fn takes_city_token(path: &str) -> bool {
    path.starts_with("/api/city/")
}

/// Checks a manager's bearer token first and hands the outcome to [`ApiManager`] through
/// the request's extensions: a known manager, or the refusal, which the extractor then
/// gives at once, before any body is read. A public operation (the cities, the events)
/// ignores it, so a client that sends some other token everywhere still reads them.
pub async fn authenticate_first(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if !takes_city_token(request.path())
        && let Some(token) = auth::bearer(request.request())
    {
        match auth::manager_of_token(request.request(), token).await {
            Ok(manager) => {
                request.extensions_mut().insert(ApiManager(manager));
            }
            Err(ops::Error::Unauthorized(why)) => {
                request.extensions_mut().insert(RefusedToken(why));
            }
            Err(e) => {
                return Ok(request
                    .error_response(ApiError::from(e))
                    .map_into_right_body());
            }
        }
    }
    next.call(request)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// Turns an error answer that is not problem+json into one, with the same status.
pub async fn every_error_a_problem(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let response = next.call(request).await?;
    let status = response.status();
    let is_problem = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/problem+json"));
    if is_problem || !(status.is_client_error() || status.is_server_error()) {
        return Ok(response.map_into_left_body());
    }
    let detail = if status == StatusCode::METHOD_NOT_ALLOWED {
        format!(
            "{} is not an operation of {}; the API description lists them",
            response.request().method(),
            response.request().path()
        )
    } else {
        response
            .response()
            .error()
            .map(ToString::to_string)
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_owned())
    };
    let error = ApiError::from_status(status, detail);
    let (request, _) = response.into_parts();
    Ok(ServiceResponse::new(request, error.error_response()).map_into_right_body())
}

/// A bearer token that is no manager's, found before the handler ran: a manager-only
/// operation refuses it at once (a public one does not care).
#[derive(Debug, Clone)]
pub struct RefusedToken(pub String);

/// A manager authenticated by an API bearer token: the extractor of the manager-only API.
#[derive(Debug, Clone)]
pub struct ApiManager(pub Manager);

impl FromRequest for ApiManager {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<ApiManager, ApiError>>>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        use actix_web::HttpMessage;
        // Checked already, before the body was read (authenticate_first).
        if let Some(found) = request.extensions().get::<ApiManager>() {
            let found = found.clone();
            return Box::pin(async move { Ok(found) });
        }
        if let Some(RefusedToken(why)) = request.extensions().get::<RefusedToken>() {
            let refused = ApiError::Unauthorized(why.clone());
            return Box::pin(async move { Err(refused) });
        }
        let request = request.clone();
        Box::pin(async move {
            let Some(token) = auth::bearer(&request) else {
                return Err(ApiError::Unauthorized(
                    "this needs a manager's API token: send Authorization: Bearer TOKEN (create one in the console under API tokens)".to_owned(),
                ));
            };
            auth::manager_of_token(&request, token)
                .await
                .map(ApiManager)
                .map_err(ApiError::from)
        })
    }
}
