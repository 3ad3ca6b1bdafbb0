//! The privacy notice (GDPR): a short statement on every city form, in the city's
//! language, of what is kept, why, for how long and how to ask for a copy or erasure,
//! linked to the full notice at `/privacy` (the eight languages, with the controller and
//! contact of `[privacy]`).

use std::sync::atomic::{AtomicU32, Ordering};

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::lang::{Chosen, Switcher};
use crate::config::PrivacySettings;
use crate::i18n::Tr;
use crate::ops::Error as OpsError;

/// The retention period the short notice states: the service's `privacy.retention_days`,
/// set once as it starts (every instance of a deployment has the same).
static RETENTION_DAYS: AtomicU32 = AtomicU32::new(730);

/// Takes the service's privacy settings, as it starts.
pub fn configure(settings: &PrivacySettings) {
    RETENTION_DAYS.store(settings.retention_days, Ordering::Relaxed);
}

/// The service's retention period, in days after a cohort's end.
pub fn retention_days() -> u32 {
    RETENTION_DAYS.load(Ordering::Relaxed)
}

/// The day a cohort ending on `ends_on` has its personal data anonymised, as the console
/// says it.
pub fn anonymised_on(ends_on: &chrono::NaiveDate) -> String {
    crate::ops::privacy::anonymises_on(*ends_on, retention_days()).to_string()
}

/// The short notice of a city form, in the words of `t` (the templates' `privacy_notice.html`).
pub fn notice(t: &Tr) -> String {
    t.t1("privacy-notice-short", "days", i64::from(retention_days()))
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    t: Tr,
    switch: Switcher,
    days: usize,
    controller: String,
    contact: String,
}

/// `GET /privacy`: the full notice, in the language chosen (`?lang=`), else the
/// browser's.
pub async fn show(
    request: HttpRequest,
    settings: web::Data<PrivacySettings>,
) -> Result<HttpResponse, super::page::PageError> {
    let chosen = Chosen::for_request(&request, None);
    let page = PrivacyPage {
        t: chosen.tr,
        switch: chosen.switcher(),
        days: settings.retention_days as usize,
        controller: settings.controller.clone(),
        contact: settings.contact.clone(),
    };
    let html = page
        .render()
        .map_err(|e| OpsError::failed("the privacy notice", e))?;
    Ok(chosen.apply(
        HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(html),
    ))
}
