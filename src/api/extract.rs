//! Extractors that parse a request's JSON body or query into typed values and, when they
//! cannot, answer with a problem that names the offending field.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use super::ApiError;
use crate::domain::{Invalid, limits};

/// A JSON request body of type `T` (unknown fields refused by `T`'s serde attributes).
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .eq_ignore_ascii_case("application/json")
            })
            .unwrap_or(false);
        let body = Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType(
                    "send the body as Content-Type: application/json".to_owned(),
                ));
            }
            let bytes = body.await.map_err(|e| {
                if e.as_response_error().status_code()
                    == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE
                {
                    ApiError::PayloadTooLarge(format!(
                        "the body is larger than {} KB, the most this API takes",
                        limits::JSON_BODY_BYTES / 1024
                    ))
                } else {
                    ApiError::BadRequest {
                        field: None,
                        detail: e.to_string(),
                    }
                }
            })?;
            parse_json(&bytes).map(JsonBody)
        })
    }
}

/// Parses JSON into `T`, naming the field of the first error.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ApiError::BadRequest {
            field: None,
            detail: format!("the body is not valid JSON: {e}"),
        })?;
    // No stored text may hold a NUL character (PostgreSQL refuses it), so none gets in;
    // the text `\u0000` written out (an escaped backslash) is just text.
    if let Some(path) = nul_at(&value, String::new()) {
        return Err(ApiError::Invalid(Invalid::field(
            if path.is_empty() {
                "body".to_owned()
            } else {
                path
            },
            "must not contain the NUL character (\\u0000)",
        )));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let message = strip_position(&e.into_inner().to_string());
        ApiError::Invalid(Invalid::field(
            if path == "." { "body".to_owned() } else { path },
            message,
        ))
    })
}

/// The path of the first string (or key) that holds a NUL character.
fn nul_at(value: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) => s.contains('\0').then_some(path),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| nul_at(v, format!("{path}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(k, v)| {
            let here = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            if k.contains('\0') {
                Some(here)
            } else {
                nul_at(v, here)
            }
        }),
        _ => None,
    }
}

/// serde_json ends messages with "at line 1 column 42"; the field path says more.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// A query string of type `T`.
#[derive(Debug)]
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned> FromRequest for QueryParams<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let pairs = form_urlencoded::parse(req.query_string().as_bytes());
        if let Some((field, _)) = pairs.into_iter().find(|(_, v)| v.contains('\0')) {
            let invalid = Invalid::field(field.into_owned(), "must not contain the NUL character");
            return std::future::ready(Err(ApiError::Invalid(invalid)));
        }
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(
            req.query_string().as_bytes(),
        ));
        std::future::ready(
            serde_path_to_error::deserialize(de)
                .map(QueryParams)
                .map_err(|e| {
                    let field = e.path().to_string();
                    let message = e.into_inner().to_string();
                    ApiError::Invalid(Invalid::field(field, message))
                }),
        )
    }
}

/// The id in a resource's path (`/api/cities/{id}`). An id no resource could have (control
/// characters, absurd length) is simply not found.
#[derive(Debug)]
pub struct ResourceId(pub String);

impl FromRequest for ResourceId {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let id = req.match_info().get("id").unwrap_or_default().to_owned();
        let result = if id.is_empty() || id.len() > 200 || id.chars().any(char::is_control) {
            Err(ApiError::NotFound {
                what: "resource",
                id: id.escape_default().to_string(),
            })
        } else {
            Ok(ResourceId(id))
        };
        std::future::ready(result)
    }
}
