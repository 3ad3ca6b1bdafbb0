//! Extractors that parse a request's JSON body or query into typed values and, when they
//! cannot, answer with a problem that names the offending field.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use super::ApiError;
use crate::domain::Invalid;

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
            let bytes = body.await.map_err(|e| ApiError::BadRequest {
                field: None,
                detail: e.to_string(),
            })?;
            parse_json(&bytes).map(JsonBody)
        })
    }
}

/// Parses JSON into `T`, naming the field of the first error.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    // No stored text may hold a NUL character (PostgreSQL refuses it), so none gets in.
    if bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000")) {
        return Err(ApiError::Invalid(Invalid::field(
            "body",
            "text must not contain the NUL character (\\u0000)",
        )));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            ApiError::BadRequest {
                field: None,
                detail: format!("the body is not valid JSON: {inner}"),
            }
        } else {
            let message = strip_position(&inner.to_string());
            ApiError::Invalid(Invalid::field(
                if path == "." { "body".to_owned() } else { path },
                message,
            ))
        }
    })
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
