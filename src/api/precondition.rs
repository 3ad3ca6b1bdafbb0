//! Conditional writes, the HTTP way: a profile and a cohort's schedule are read with an
//! `ETag`, and a write sent with `If-Match` happens only if what the client read is still
//! current (else 412, nothing changed). A write without `If-Match` happens as before.

use actix_web::HttpRequest;
use actix_web::http::header::{ETAG, HeaderValue, IF_MATCH};

/// The tag the client expects, from `If-Match`: `None` when there is none or it is `*`
/// (any). A weak tag (`W/"..."`) is read as its value.
pub fn if_match(request: &HttpRequest) -> Option<String> {
    let value = request
        .headers()
        .get(IF_MATCH)?
        .to_str()
        .unwrap_or("")
        .trim();
    if value == "*" {
        return None;
    }
    let value = value.strip_prefix("W/").unwrap_or(value);
    Some(value.trim_matches('"').to_owned())
}

/// The `ETag` header of a tag.
pub fn etag(tag: &str) -> (actix_web::http::header::HeaderName, HeaderValue) {
    (
        ETAG,
        HeaderValue::from_str(&format!("\"{tag}\"")).unwrap_or(HeaderValue::from_static("\"\"")),
    )
}
