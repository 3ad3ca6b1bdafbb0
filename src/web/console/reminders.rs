//! A cohort's reminders in the console: its settings form (per kind, sent or not and on
//! which days) and the reminders of the next 30 days with a button to hold or release
//! each, on the cohort's page. Plain POST forms; each answer is the cohort's page again.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::cohorts::{CohortExtras, cohort_page};
use super::enter;
use crate::blocking::in_transaction;
use crate::db::DbPool;
use crate::domain::id::CohortId;
use crate::domain::reminders::{KindSettings, ReminderSettings};
use crate::domain::state::ReminderKind;
use crate::domain::{FieldError, Invalid};
use crate::ops::Error as OpsError;
use crate::ops::profiles::today;
use crate::ops::reminders::{self as ops, ReminderKey};
use crate::web::form::{Errors, Field};
use crate::web::page::{PageError, html_with, redirect};

/// The settings form's fields, per kind: sent or not, and the days.
pub(super) fn fields(
    settings: &ReminderSettings,
    typed: Option<&[(String, String)]>,
    errors: &Errors,
) -> Vec<(&'static str, Field, Field)> {
    let value = |name: &str, saved: String| {
        typed.map_or(saved, |t| {
            t.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    };
    ReminderKind::ALL
        .iter()
        .map(|kind| {
            let k = settings.of(*kind);
            let on = format!("reminders.{}.enabled", kind.as_str());
            let days = format!("reminders.{}.days", kind.as_str());
            let on_value = value(&on, if k.enabled { "yes" } else { "no" }.to_owned());
            (
                kind.label(),
                Field::select(
                    &on,
                    "This reminder",
                    &on_value,
                    None,
                    [("yes", "Send"), ("no", "Do not send")]
                        .map(|(v, l)| (v.to_owned(), l.to_owned())),
                )
                .errors(errors),
                Field::new(
                    "text",
                    &days,
                    "Days",
                    value(&days, settings.days_text(*kind)),
                )
                .hint(if kind.after() {
                    "Days after the visit ends, from 1 to 60, comma-separated (at most 5)"
                } else {
                    "Days before, from 0 (on the day) to 60, comma-separated (at most 5)"
                })
                .errors(errors),
            )
        })
        .collect()
}

fn pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .into_owned()
        .take(crate::domain::limits::FORM_ROWS)
        .collect()
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The settings a form sent (`reminders.<kind>.enabled`, `reminders.<kind>.days`), each
/// wrong field named; `None` when the form has none of them.
pub(super) fn sent(
    typed: &[(String, String)],
) -> Option<Result<std::collections::BTreeMap<ReminderKind, KindSettings>, Invalid>> {
    if !typed.iter().any(|(k, _)| k.starts_with("reminders.")) {
        return None;
    }
    let mut sent = std::collections::BTreeMap::new();
    let mut wrong = Vec::new();
    for kind in ReminderKind::ALL {
        let days_text = field(typed, &format!("reminders.{}.days", kind.as_str()));
        match ReminderSettings::parse_days(*kind, days_text) {
            Ok(days) => {
                let enabled = field(typed, &format!("reminders.{}.enabled", kind.as_str())) != "no";
                sent.insert(*kind, KindSettings { enabled, days });
            }
            Err(Invalid(e)) => wrong.extend(e),
        }
    }
    Some(if wrong.is_empty() {
        Ok(sent)
    } else {
        Err(Invalid(wrong))
    })
}

/// A form's values of the settings, as `fields` reads them back.
pub(super) fn typed_of(settings: &ReminderSettings) -> Vec<(String, String)> {
    ReminderKind::ALL
        .iter()
        .flat_map(|kind| {
            let k = settings.of(*kind);
            [
                (
                    format!("reminders.{}.enabled", kind.as_str()),
                    if k.enabled { "yes" } else { "no" }.to_owned(),
                ),
                (
                    format!("reminders.{}.days", kind.as_str()),
                    settings.days_text(*kind),
                ),
            ]
        })
        .collect()
}

/// `POST /console/cohorts/{id}/reminders`: saves the settings, or the cohort's page again
/// with the form as typed and what is wrong.
pub async fn settings(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let typed = pairs(&body);
    let result = match sent(&typed).unwrap_or_else(|| Ok(Default::default())) {
        Ok(sent) => {
            let (key, actor) = (CohortId::from(id.clone()), manager.email);
            in_transaction(&pool, move |conn| {
                ops::set_settings(conn, &key, sent, &actor)
            })
            .await
            .map(drop)
        }
        Err(invalid) => Err(OpsError::Invalid(invalid)),
    };
    match result {
        Ok(()) => Ok(redirect(&format!(
            "/console/cohorts/{id}?saved=reminders#reminders"
        ))),
        Err(OpsError::Invalid(Invalid(errors))) => {
            let extras = CohortExtras {
                reminder_typed: Some(typed),
                reminder_errors: Errors(errors),
                ..CohortExtras::default()
            };
            let page = cohort_page(&pool, nav, csrf.token.clone(), id, extras).await?;
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &page)?))
        }
        Err(e) => Err(e.into()),
    }
}

fn key_of(pairs: &[(String, String)]) -> Result<ReminderKey, Invalid> {
    let kind = field(pairs, "kind")
        .parse::<ReminderKind>()
        .map_err(|e| Invalid::field("kind", e))?;
    let due_on = field(pairs, "due_on")
        .parse::<chrono::NaiveDate>()
        .map_err(|_| Invalid(vec![FieldError::new("due_on", "not a date")]))?;
    Ok(ReminderKey {
        kind,
        subject_id: field(pairs, "subject_id").to_owned(),
        city_id: field(pairs, "city_id").to_owned(),
        due_on,
    })
}

/// `POST /console/cohorts/{id}/reminders/hold` and `…/release`: holds or releases the
/// reminder the form names, then the cohort's page.
pub async fn hold_or_release(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (manager, _, _) = enter(&request).await?;
    let (id, action) = path.into_inner();
    let key = key_of(&pairs(&body)).map_err(OpsError::Invalid)?;
    let (cohort, actor) = (CohortId::from(id.clone()), manager.email);
    let hold = action == "hold";
    in_transaction(&pool, move |conn| {
        if hold {
            ops::hold(conn, &cohort, key, &actor, today()).map(drop)
        } else {
            ops::release(conn, &cohort, key, &actor)
        }
    })
    .await?;
    let saved = if hold { "held" } else { "released" };
    Ok(redirect(&format!(
        "/console/cohorts/{id}?saved={saved}#reminders"
    )))
}
