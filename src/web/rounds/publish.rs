//! Publishing a round's pairs from the console: a page that says how many pairs are
//! proposed, who is emailed and which accepted pairs would be released, then the publish.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::id::RoundId;
use crate::ops::Error as OpsError;
use crate::ops::archive;
use crate::ops::proposals::{self, PublishPlan};
use crate::web::confirm::{ConfirmPage, DateField, counted};
use crate::web::console::enter;
use crate::web::page::{PageError, html, html_with, manager, redirect};

/// What the confirmation page says of a publish: the counts, then what else happens.
fn described(plan: &PublishPlan) -> (Vec<String>, Vec<String>) {
    let fresh = plan.fresh.len();
    let mut text = vec![format!(
        "{} will be published as proposals each city accepts or declines from its link; {} to {} in {}.",
        counted(fresh, "pair", "pairs"),
        counted(plan.emails(), "email", "emails"),
        counted(plan.people(), "person", "people"),
        counted(plan.cities(), "city", "cities"),
    )];
    if plan.kept > 0 {
        text.push(format!(
            "{} of earlier rounds {} with {} answers; nobody is emailed about {}.",
            counted(plan.kept, "proposal", "proposals"),
            if plan.kept == 1 { "stays" } else { "stay" },
            if plan.kept == 1 { "its" } else { "their" },
            if plan.kept == 1 { "it" } else { "them" },
        ));
    }
    let others = plan.superseded.len() - plan.released.len();
    if others > 0 {
        text.push(format!(
            "{} of earlier rounds that this round does not keep {} withdrawn, without an email.",
            counted(others, "proposal", "proposals"),
            if others == 1 { "is" } else { "are" },
        ));
    }
    if !plan.released.is_empty() {
        let names = plan
            .released
            .iter()
            .map(|p| format!("{} with {}", p.twin, p.host))
            .collect::<Vec<_>>();
        text.push(format!(
            "{} both cities accepted {} released: {}. Their visits would be cancelled and their participants told. Re-matching from the published round keeps every accepted pair instead.",
            counted(names.len(), "pair", "pairs"),
            if names.len() == 1 { "is" } else { "are" },
            names.join(", ")
        ));
    }
    let untold = plan.untold();
    if !untold.is_empty() {
        text.push(format!(
            "Nobody can be told of {}: neither side gave a contact in its profile or an address with its invitation ({}).",
            counted(untold.len(), "new pair", "new pairs"),
            untold.join(", ")
        ));
    }
    let items = plan
        .fresh
        .iter()
        .map(|f| {
            format!(
                "{} with {}: {}",
                f.pair.twin,
                f.pair.host,
                counted(f.recipients.len(), "email", "emails")
            )
        })
        .collect();
    (text, items)
}

/// The confirmation of a publish, with the action that does it.
fn page_of(
    plan: &PublishPlan,
    nav: crate::web::console::Nav,
    csrf: String,
    id: &str,
    answer_by: Option<(String, String)>,
) -> ConfirmPage {
    let (text, items) = described(plan);
    let release = !plan.released.is_empty();
    ConfirmPage {
        nav,
        csrf,
        title: if release {
            format!(
                "Publish round {} and release pairs both cities accepted?",
                plan.round.number
            )
        } else {
            format!("Publish the pairs of round {}?", plan.round.number)
        },
        text,
        items,
        hidden: Vec::new(),
        action: if release {
            format!("/console/rounds/{id}/publish?release_accepted=yes")
        } else {
            format!("/console/rounds/{id}/publish")
        },
        button: if release {
            "Release them and publish".to_owned()
        } else {
            format!(
                "Publish {} and send {}",
                counted(plan.fresh.len(), "pair", "pairs"),
                counted(plan.emails(), "email", "emails")
            )
        },
        back: format!("/console/rounds/{id}"),
        date: Some(DateField {
            name: "answer_by".to_owned(),
            label: "Answer deadline".to_owned(),
            hint: format!(
                "The day by which both cities of each new pair are to accept or decline: \
                 they are reminded before it, and after it the pair shows as expired and \
                 can be re-matched. From today to the cohort's end ({}).",
                plan.cohort_ends
            ),
            value: answer_by
                .as_ref()
                .map_or_else(|| plan.answer_by.to_string(), |(v, _)| v.clone()),
            min: crate::ops::profiles::today().to_string(),
            max: plan.cohort_ends.to_string(),
            error: answer_by.map(|(_, e)| e).filter(|e| !e.is_empty()),
        }),
    }
}

/// `GET /console/rounds/{id}/publish`: what publishing would do, and the button. Refused
/// with the reason when the round is published already, has no pair, or its cohort is
/// archived.
pub async fn confirm(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let key = id.clone();
    let plan = with_db(&pool, move |conn| {
        let plan = proposals::plan_publish(conn, &RoundId::from(key))?;
        archive::check_open(conn, &plan.round.cohort_id)?;
        Ok(plan)
    })
    .await?;
    let page = page_of(&plan, nav, csrf.token.clone(), &id, None);
    Ok(csrf.apply(html(&page)?))
}

/// `?release_accepted=yes` of the publish form, after the manager confirmed.
#[derive(Deserialize)]
pub struct PublishQuery {
    #[serde(default)]
    release_accepted: Option<String>,
}

/// `POST /console/rounds/{id}/publish`: publishes; when that would release pairs both
/// cities accepted and the form did not say so, the confirmation page again, naming them.
pub async fn publish(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    head: web::Data<crate::mail::Letterhead>,
    id: web::Path<String>,
    query: web::Query<PublishQuery>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    let back = format!("/console/rounds/{id}");
    let release = query.release_accepted.as_deref() == Some("yes");
    let round_id = id.clone();
    // The deadline the manager chose (absent: the default, as an API publish without one).
    let sent = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "answer_by")
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty());
    let answer_by = match sent.as_deref().map(str::parse::<chrono::NaiveDate>) {
        None => None,
        Some(Ok(d)) => Some(d),
        Some(Err(_)) => {
            let value = sent.clone().unwrap_or_default();
            return again(
                &request,
                &pool,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some((
                    value.clone(),
                    format!("\"{value}\" is not a date: write YYYY-MM-DD"),
                )),
            )
            .await;
        }
    };
    match in_transaction(&pool, move |conn| {
        proposals::publish(
            conn,
            &RoundId::from(round_id),
            &head,
            &manager.email,
            release,
            answer_by,
        )
    })
    .await
    {
        Ok(_) => Ok(redirect(&back)),
        Err(OpsError::Conflict {
            field: Some(field), ..
        }) if field == "release_accepted" => {
            let kept = sent.map(|v| (v, String::new()));
            again(&request, &pool, &id, StatusCode::CONFLICT, kept).await
        }
        Err(OpsError::Invalid(invalid)) => {
            let error = invalid
                .0
                .iter()
                .map(|e| e.message.clone())
                .collect::<Vec<_>>()
                .join("; ");
            let value = sent.unwrap_or_default();
            again(
                &request,
                &pool,
                &id,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some((value, error)),
            )
            .await
        }
        // Published already (a double click): the round's page shows it.
        Err(OpsError::Conflict { .. }) => Ok(redirect(&back)),
        Err(e) => Err(e.into()),
    }
}

/// The confirmation page again, with the deadline sent and why the publish did not happen.
async fn again(
    request: &HttpRequest,
    pool: &DbPool,
    id: &str,
    status: StatusCode,
    answer_by: Option<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(request).await?;
    let key = id.to_owned();
    let plan = with_db(pool, move |conn| {
        proposals::plan_publish(conn, &RoundId::from(key))
    })
    .await?;
    let page = page_of(&plan, nav, csrf.token.clone(), id, answer_by);
    Ok(csrf.apply(html_with(status, &page)?))
}
