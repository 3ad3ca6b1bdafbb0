//! The service's edge, above the API and the pages (like `startup`, which wraps every
//! answer in it): what every response carries, and which methods it answers:
//!
//! - security headers on every page and API answer: a content security policy without
//!   any script (no page has one) that no other site may frame, `nosniff`, no referrer
//!   (invitation links carry their token in the URL, and must not leak to another site
//!   through a link the city follows), and HSTS where cookies are HTTPS-only;
//! - HEAD is answered as GET without its body; TRACE, CONNECT and any other method no
//!   resource has get 405 with the methods there are.

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{Error, HttpResponse, ResponseError};

use crate::api::ApiError;
use crate::http::ALLOWED_METHODS;

/// The content security policy of every answer. Styles may be inline (the pages have one
/// style sheet in their head, the emails' HTML is styled inline); scripts may not be.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The security headers, added to every answer that does not set its own.
pub fn security_headers(https_only: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"));
    if https_only {
        headers.add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        headers
    }
}

/// HEAD as GET (the server drops the body of an answer to HEAD); a method no resource has
/// is refused with 405 before routing.
pub async fn methods(
    mut request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let method = request.method().clone();
    let head = method == Method::HEAD;
    if head {
        request.head_mut().method = Method::GET;
    } else if ![
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
    ]
    .contains(&method)
    {
        let response = if request.path().starts_with("/api/") {
            ApiError::MethodNotAllowed(format!("{method} is not a method of this API"))
                .error_response()
        } else {
            HttpResponse::MethodNotAllowed()
                .insert_header(("Allow", ALLOWED_METHODS))
                .finish()
        };
        return Ok(request.into_response(response).map_into_right_body());
    }
    let response = next.call(request).await?;
    if head {
        // The headers of GET, no body and no length (a body here would be read as the
        // start of the next answer on the connection).
        return Ok(response
            .map_body(|_, _| BoxBody::new(actix_web::body::None::new()))
            .map_into_right_body());
    }
    Ok(response.map_into_left_body())
}
