//! The one error type of the web layer: every failure becomes an
//! `application/problem+json` answer (RFC 9457) that names what is wrong. Internal errors
//! are logged here, once, and shown without their details.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use diesel::result::Error as DieselError;
use serde::Serialize;

use crate::domain::{FieldError, Invalid};
use crate::http::{ALLOWED_METHODS, RETRY_AFTER_SECONDS};
use crate::ops;

/// What went wrong with a request.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The body is not JSON, or not the JSON expected.
    #[error("{detail}")]
    BadRequest {
        /// The field at fault, if one is.
        field: Option<String>,
        /// What is wrong.
        detail: String,
    },
    /// One or more fields hold values that are not allowed.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// No such thing.
    #[error("{what} {id} does not exist")]
    NotFound {
        /// What was looked for (`city`).
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// The change clashes with what is stored (a duplicate, a thing still in use).
    #[error("{detail}")]
    Conflict {
        /// The field at fault, if one is.
        field: Option<String>,
        /// What clashes.
        detail: String,
    },
    /// No valid credentials: a manager's bearer token (or a city's invitation token where
    /// one is accepted) is missing, unknown, expired or revoked.
    #[error("{0}")]
    Unauthorized(String),
    /// The credentials are valid but do not allow this (the call is closed, say).
    #[error("{0}")]
    Forbidden(String),
    /// The body is not JSON at all.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The client acted on a version that is no longer the current one (`If-Match`).
    #[error("{0}")]
    PreconditionFailed(String),
    /// The body is larger than this operation takes.
    #[error("{0}")]
    PayloadTooLarge(String),
    /// The method is not one this resource answers.
    #[error("{0}")]
    MethodNotAllowed(String),
    /// The database cannot be reached now, or is busy: worth trying again shortly.
    #[error("{0}")]
    Unavailable(String),
    /// A bug or an unexpected failure.
    #[error("{0}")]
    Internal(String),
}

/// The problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What happened, for a person.
    pub detail: String,
    /// The first field at fault, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Every field at fault.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl ApiError {
    fn title(&self) -> &'static str {
        match self {
            ApiError::BadRequest { .. } => "Malformed request",
            ApiError::Invalid(_) => "Invalid input",
            ApiError::NotFound { .. } => "Not found",
            ApiError::Conflict { .. } => "Conflict",
            ApiError::Unauthorized(_) => "Unauthorized",
            ApiError::Forbidden(_) => "Forbidden",
            ApiError::UnsupportedMediaType(_) => "Unsupported media type",
            ApiError::PreconditionFailed(_) => "Precondition failed",
            ApiError::PayloadTooLarge(_) => "Payload too large",
            ApiError::MethodNotAllowed(_) => "Method not allowed",
            ApiError::Unavailable(_) => "Service unavailable",
            ApiError::Internal(_) => "Internal error",
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            ApiError::BadRequest { .. } => "/problems/malformed-request",
            ApiError::Invalid(_) => "/problems/invalid-input",
            ApiError::NotFound { .. } => "/problems/not-found",
            ApiError::Conflict { .. } => "/problems/conflict",
            ApiError::Unauthorized(_) => "/problems/unauthorized",
            ApiError::Forbidden(_) => "/problems/forbidden",
            ApiError::UnsupportedMediaType(_) => "/problems/unsupported-media-type",
            ApiError::PreconditionFailed(_) => "/problems/precondition-failed",
            ApiError::PayloadTooLarge(_) => "/problems/payload-too-large",
            ApiError::MethodNotAllowed(_) => "/problems/method-not-allowed",
            ApiError::Unavailable(_) => "/problems/unavailable",
            ApiError::Internal(_) => "/problems/internal",
        }
    }

    /// The problem document of this error.
    pub fn problem(&self) -> Problem {
        let (field, errors) = match self {
            ApiError::Invalid(Invalid(errors)) => {
                (errors.first().map(|e| e.field.clone()), errors.clone())
            }
            ApiError::BadRequest { field, .. } | ApiError::Conflict { field, .. } => {
                (field.clone(), Vec::new())
            }
            _ => (None, Vec::new()),
        };
        let detail = match self {
            ApiError::Internal(_) => {
                "Something went wrong on our side; it has been logged.".to_owned()
            }
            other => other.to_string(),
        };
        Problem {
            kind: self.kind().to_owned(),
            title: self.title().to_owned(),
            status: self.status_code().as_u16(),
            detail,
            field,
            errors,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::NotFound { .. } => StatusCode::NOT_FOUND,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(e) => tracing::error!(error = %e, "request failed"),
            ApiError::Unavailable(e) => tracing::warn!(error = %e, "request refused"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        match self {
            ApiError::Unauthorized(_) => {
                response.insert_header(("WWW-Authenticate", "Bearer realm=\"twinning\""));
            }
            ApiError::Unavailable(_) => {
                response.insert_header(("Retry-After", RETRY_AFTER_SECONDS.to_string()));
            }
            ApiError::MethodNotAllowed(_) => {
                response.insert_header(("Allow", ALLOWED_METHODS));
            }
            _ => {}
        }
        response
            .content_type("application/problem+json")
            .json(self.problem())
    }
}

impl From<ops::Error> for ApiError {
    /// Every kind of the service layer's error has its status here; the match is
    /// complete, so a new kind cannot fall into a 500 unnoticed.
    fn from(e: ops::Error) -> ApiError {
        match e {
            ops::Error::Invalid(invalid) => ApiError::Invalid(invalid),
            ops::Error::NotFound { what, id } => ApiError::NotFound { what, id },
            ops::Error::Conflict { field, detail, .. } => ApiError::Conflict { field, detail },
            ops::Error::Unauthorized(why) => ApiError::Unauthorized(why),
            ops::Error::Forbidden(why) => ApiError::Forbidden(why),
            ops::Error::Stale(why) => ApiError::PreconditionFailed(why),
            ops::Error::Unavailable(why) => ApiError::Unavailable(why),
            failure @ (ops::Error::Db(_) | ops::Error::Failed { .. } | ops::Error::Bug(_)) => {
                ApiError::Internal(failure.chain())
            }
        }
    }
}

impl From<DieselError> for ApiError {
    fn from(e: DieselError) -> ApiError {
        ApiError::from(ops::Error::from(e))
    }
}

impl ApiError {
    /// The problem for an error answer that did not come from a handler (a body over its
    /// limit, a path no route has): the same status, as problem+json.
    pub fn from_status(status: StatusCode, detail: String) -> ApiError {
        match status {
            StatusCode::NOT_FOUND => ApiError::NotFound {
                what: "API route",
                id: detail,
            },
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge(detail),
            StatusCode::PRECONDITION_FAILED => ApiError::PreconditionFailed(detail),
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed(detail),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType(detail),
            StatusCode::SERVICE_UNAVAILABLE => ApiError::Unavailable(detail),
            s if s.is_server_error() => ApiError::Internal(detail),
            _ => ApiError::BadRequest {
                field: None,
                detail,
            },
        }
    }
}

impl From<crate::db::DbError> for ApiError {
    fn from(e: crate::db::DbError) -> ApiError {
        ApiError::from(ops::Error::from(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::DatabaseErrorKind;

    #[test]
    fn a_busy_database_is_a_503_with_retry_after_not_a_500() {
        let busy = DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new("database is locked".to_owned()),
        );
        let response = ApiError::from(busy).error_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            response.headers().get("retry-after").map(|v| v.as_bytes()),
            Some(&b"5"[..])
        );
        let other = DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new("disk I/O error".to_owned()),
        );
        assert_eq!(
            ApiError::from(other).status_code(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
