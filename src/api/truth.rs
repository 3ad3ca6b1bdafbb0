//! What the OpenAPI document says of every operation alike, written once so it stays true:
//! the answers the service gives around the handlers (401 where a token is needed, 400,
//! 413, 415 and 422 where a body is read, 422 where a query is read, 404 where a path
//! names a thing, 503 when the database is busy) and the bounds of the paging parameters.

use utoipa::openapi::path::Operation;
use utoipa::openapi::{Content, Ref, RefOr, Response, Schema};

use super::page::MAX_LIMIT;

/// The answers every operation can give, added to the document where a handler's own
/// annotation does not list them.
pub struct Truthful;

impl utoipa::Modify for Truthful {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                complete(path, operation);
            }
        }
    }
}

fn complete(path: &str, operation: &mut Operation) {
    let guarded = operation.security.as_ref().is_some_and(|s| !s.is_empty());
    let has_body = operation.request_body.is_some();
    let mut add = |status: &str, why: &str| {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| problem(why));
    };
    if guarded {
        add(
            "401",
            "No valid token: missing, unknown, expired or revoked (checked before the body)",
        );
    }
    // A city's writes through its link stop when the call closes.
    let by_city = serde_json::to_value(&operation.security)
        .is_ok_and(|v| v.to_string().contains("\"invitation\""));
    if by_city && has_body {
        add(
            "403",
            "The city may not change this now (the call has closed)",
        );
    }
    if has_body {
        add("400", "The body is not valid JSON");
        add("413", "The body is larger than the operation takes");
        add("415", "The body is not sent as application/json");
        add(
            "422",
            "A value is not allowed; the problem names each field",
        );
    }
    if path.contains('{') {
        add("404", "Nothing has this id");
    }
    let has_query = operation
        .parameters
        .iter()
        .flatten()
        .any(|p| matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query));
    let has_header = operation
        .parameters
        .iter()
        .flatten()
        .any(|p| matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Header));
    if has_header {
        add(
            "400",
            "A header is malformed (an Idempotency-Key, say); the problem names it",
        );
    }
    if has_query {
        add(
            "422",
            "A query parameter is unknown or out of range; the problem names it",
        );
    }
    add(
        "503",
        "The database is busy or unreachable: try again after Retry-After seconds",
    );
    for parameter in operation.parameters.iter_mut().flatten() {
        let bounds = match parameter.name.as_str() {
            "limit" => Some((1, Some(MAX_LIMIT as isize))),
            "offset" => Some((0, None)),
            _ => None,
        };
        if let (Some((min, max)), Some(RefOr::T(Schema::Object(object)))) =
            (bounds, parameter.schema.as_mut())
        {
            object.minimum = Some(utoipa::Number::Int(min));
            object.maximum = max.map(utoipa::Number::Int);
        }
    }
}

fn problem(description: &str) -> RefOr<Response> {
    RefOr::T(
        utoipa::openapi::ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                Content::new(Some(Ref::from_schema_name("Problem"))),
            )
            .build(),
    )
}
