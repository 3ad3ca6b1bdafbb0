//! What the API and the pages say alike in HTTP, kept below both so neither imports the
//! other for it.

/// Seconds a client is told to wait before trying a busy service again.
pub const RETRY_AFTER_SECONDS: u64 = 5;

/// The methods some resource of the service answers (HEAD as GET).
pub const ALLOWED_METHODS: &str = "GET, HEAD, POST, PUT, PATCH, DELETE";

/// A calendar feed as answered (never cached: it changes with every publish).
pub fn calendar(body: String) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

/// A piece of the app's shared state (the letterhead, the security settings), cloned; its
/// absence is a wiring bug of `startup`.
pub fn state<T: Clone + 'static>(request: &actix_web::HttpRequest) -> Result<T, crate::ops::Error> {
    request
        .app_data::<actix_web::web::Data<T>>()
        .map(|s| s.get_ref().clone())
        .ok_or_else(|| {
            crate::ops::Error::Bug(format!(
                "no {} in the app's state",
                std::any::type_name::<T>()
            ))
        })
}
