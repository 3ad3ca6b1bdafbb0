//! The CSRF check of every form, in one place: a middleware around the pages reads the
//! token a form sends (`csrf`, in a URL-encoded or a multipart body) and compares it with
//! this browser's signed cookie before any handler runs, so a page handler cannot forget
//! it. A request without it is answered 403 and nothing is done.

use actix_web::HttpMessage;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut};
use futures_util::StreamExt;

use super::page::{Csrf, PageError};
use crate::auth::CSRF_FIELD;
use crate::domain::limits;

/// Checks the token of every page request that changes something (any method but GET and
/// HEAD); the API, authenticated by bearer tokens that no other site can send, is not a
/// page and is not checked here.
pub async fn require(
    mut request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if matches!(*request.method(), Method::GET | Method::HEAD)
        || request.path() == "/api"
        || request.path().starts_with("/api/")
    {
        return Ok(next.call(request).await?.map_into_left_body());
    }
    let body = match read(request.take_payload()).await {
        Ok(body) => body,
        Err(refused) => return Ok(request.error_response(refused).map_into_right_body()),
    };
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let sent = if content_type.starts_with("multipart/form-data") {
        multipart_token(request.headers(), body.clone()).await
    } else {
        form_token(&body)
    };
    if let Err(refused) = Csrf::verify(request.request(), sent.as_deref().unwrap_or("")) {
        return Ok(request.error_response(refused).map_into_right_body());
    }
    // The handler reads the body as it came.
    request.set_payload(Payload::from(body));
    Ok(next.call(request).await?.map_into_left_body())
}

/// The body, up to the largest a page takes (a CSV upload); each handler's own limit is
/// checked after, when it reads it.
async fn read(mut payload: Payload) -> Result<Bytes, PageError> {
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| PageError::Refused {
            status: actix_web::http::StatusCode::BAD_REQUEST,
            message: format!("the form could not be read: {e}"),
            refusal: None,
        })?;
        if body.len() + chunk.len() > limits::CSV_UPLOAD_BYTES {
            return Err(PageError::Refused {
                status: actix_web::http::StatusCode::PAYLOAD_TOO_LARGE,
                message: format!(
                    "the form is larger than {} KB; nothing was saved",
                    limits::CSV_UPLOAD_BYTES / 1024
                ),
                refusal: None,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// The token of a URL-encoded form.
fn form_token(body: &[u8]) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(name, _)| name == CSRF_FIELD)
        .map(|(_, value)| value)
}

/// The token of a multipart form (the CSV upload): the text part named `csrf`.
async fn multipart_token(
    headers: &actix_web::http::header::HeaderMap,
    body: Bytes,
) -> Option<String> {
    let stream =
        futures_util::stream::once(
            async move { Ok::<Bytes, actix_web::error::PayloadError>(body) },
        );
    let mut parts = actix_multipart::Multipart::new(headers, stream);
    while let Some(Ok(mut part)) = parts.next().await {
        let named = part.content_disposition().and_then(|d| d.get_name()) == Some(CSRF_FIELD);
        let mut value = Vec::new();
        while let Some(Ok(chunk)) = part.next().await {
            if named && value.len() + chunk.len() <= 1024 {
                value.extend_from_slice(&chunk);
            }
        }
        if named {
            return String::from_utf8(value).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_read_from_a_form_wherever_it_is() {
        assert_eq!(
            form_token(b"name=Lisbon&csrf=abc%2Bd&x=1").as_deref(),
            Some("abc+d")
        );
        assert_eq!(form_token(b"name=Lisbon"), None);
        assert_eq!(form_token(b"%%%"), None);
    }

    #[actix_web::test]
    async fn the_token_is_read_from_a_multipart_upload() {
        let mut headers = actix_web::http::header::HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            "multipart/form-data; boundary=XYZ".parse().unwrap(),
        );
        let body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\ncity\r\nLisbon\r\n--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok123\r\n--XYZ--\r\n";
        assert_eq!(
            multipart_token(&headers, Bytes::from(body))
                .await
                .as_deref(),
            Some("tok123")
        );
    }
}
