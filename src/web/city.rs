//! `/invitation/{token}`: a city fills its profile through the link of its invitation. No
//! account: the link is the key, and a wrong, expired or revoked one gets the same 404.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::Errors;
use super::page::{Csrf, PageError, html, html_with, redirect};
use super::profile_check::{self, CheckSection};
use super::profile_form::ProfileFormView;
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::FieldError;
use crate::domain::profile::ProfileForm;
use crate::domain::state::{ProfileStatus, VisitStatus};
use crate::mail::Letterhead;
use crate::ops::Error as OpsError;
use crate::ops::profiles::{self, Context, Intent};
use crate::ops::proposals::CityProposal;

#[derive(Template)]
#[template(path = "city_profile.html")]
struct CityPage {
    csrf: String,
    action: String,
    city: String,
    role: String,
    cohort: String,
    call_closes: String,
    closed: bool,
    status: &'static str,
    submitted: Option<(i32, String)>,
    last_saved: Option<(i32, String)>,
    notice: Option<String>,
    refusal: Option<String>,
    form: ProfileFormView,
    proposals: Vec<CityProposal>,
    accepting: String,
    answer_error: Option<(String, String)>,
    visits: Vec<crate::ops::visits::VisitView>,
    /// The full address of the city's calendar feed, and the same as a `webcal:` link.
    feed: (String, String),
    /// The city's visits that have ended, each with whether it gave its feedback.
    feedback: Vec<(String, bool)>,
}

fn role_words(ctx: &Context) -> String {
    match ctx.role {
        crate::domain::profile::ProfileRole::Twin => "Twin City".to_owned(),
        crate::domain::profile::ProfileRole::Host => "host".to_owned(),
    }
}

fn stamp(t: chrono::NaiveDateTime) -> String {
    t.format("%-d %B %Y at %H:%M UTC").to_string()
}

fn page(
    csrf: &Csrf,
    token: &str,
    ctx: &Context,
    form: &ProfileForm,
    errors: &Errors,
    notice: Option<String>,
    refusal: Option<String>,
) -> CityPage {
    CityPage {
        csrf: csrf.token.clone(),
        action: format!("/invitation/{token}"),
        city: ctx.city_name.clone(),
        role: role_words(ctx),
        cohort: ctx.cohort.cohort.name.clone(),
        call_closes: ctx
            .cohort
            .cohort
            .call_closes
            .format("%-d %B %Y")
            .to_string(),
        closed: ctx.call_closed(),
        status: ctx.status().as_str(),
        submitted: ctx
            .submitted
            .as_ref()
            .map(|r| (r.version, r.submitted_at.map(stamp).unwrap_or_default())),
        last_saved: ctx
            .latest
            .as_ref()
            .map(|l| (l.row.version, stamp(l.row.created_at))),
        notice,
        refusal,
        form: ProfileFormView::new(ctx, form, errors),
        proposals: Vec::new(),
        accepting: accepting(ctx),
        answer_error: None,
        visits: Vec::new(),
        feed: (String::new(), String::new()),
        feedback: Vec::new(),
    }
}

async fn proposals_of(pool: &DbPool, ctx: &Context) -> Result<Vec<CityProposal>, PageError> {
    let (cohort, city) = (
        ctx.invitation.cohort_id.clone(),
        ctx.invitation.city_id.clone(),
    );
    Ok(with_db(pool, move |conn| {
        crate::ops::proposals::for_city(conn, &cohort, &city)
    })
    .await?)
}

/// What accepting a pair commits a city to, in the cohort's terms.
fn accepting(ctx: &Context) -> String {
    let c = &ctx.cohort.cohort;
    let modules = ctx
        .cohort
        .modules
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>();
    let plural = |n: i32, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut text = format!(
        "If both cities accept, the programme team plans the technical visits of the pair: {} of the Twin City to its host and {} back, each of {}",
        plural(c.visits_twin_to_host, "trip", "trips"),
        plural(c.visits_host_to_twin, "visit", "visits"),
        plural(c.visit_days, "workday", "workdays"),
    );
    if modules.is_empty() {
        text.push('.');
    } else {
        text.push_str(&format!(
            ", in the cohort's modules ({}).",
            modules.join(", ")
        ));
    }
    text.push_str(" Each side's participants receive the itineraries by email.");
    text
}

async fn load(pool: &DbPool, token: String) -> Result<Context, PageError> {
    with_db(pool, move |conn| profiles::by_token(conn, &token))
        .await?
        .ok_or(PageError::NotFound)
}

/// `?saved=`.
#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

/// `GET /invitation/{token}`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let ctx = load(&pool, token.clone()).await?;
    let csrf = Csrf::for_request(&request)?;
    let form = ctx
        .latest
        .as_ref()
        .map(|l| ProfileForm::from(&l.profile))
        .unwrap_or_default();
    let notice = match query.saved.as_deref() {
        Some("draft") => {
            Some("Your draft is saved. Come back with the same link to go on.".to_owned())
        }
        Some("answer") => Some("Your answer is recorded. Thank you.".to_owned()),
        _ => None,
    };
    let mut view = page(&csrf, &token, &ctx, &form, &Errors::default(), notice, None);
    view.proposals = proposals_of(&pool, &ctx).await?;
    let (cohort, city) = (
        ctx.invitation.cohort_id.clone(),
        ctx.invitation.city_id.clone(),
    );
    view.visits = with_db(&pool, move |conn| {
        crate::ops::visits::city_views(conn, &cohort, &city).map(|(_, v)| v)
    })
    .await?;
    view.feed = feed(
        &crate::http::state::<Letterhead>(&request)?.public_url,
        &token,
    );
    view.feedback = {
        let (cohort, city) = (
            ctx.invitation.cohort_id.clone(),
            ctx.invitation.city_id.clone(),
        );
        with_db(&pool, move |conn| {
            crate::ops::feedback::ended_for_city(
                conn,
                &cohort,
                &city,
                crate::ops::profiles::today(),
            )
        })
        .await?
    };
    Ok(csrf.apply(html(&view)?))
}

/// The calendar feed's full address, and the same with the `webcal:` scheme calendar apps
/// open as a subscription.
fn feed(public_url: &str, token: &str) -> (String, String) {
    let url = format!("{public_url}/invitation/{token}/calendar.ics");
    let webcal = match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url.clone(),
    };
    (url, webcal)
}

/// `GET /invitation/{token}/calendar.ics`: the city's published visits as a calendar feed
/// its calendar client can subscribe to (the link is the key, as for the page).
pub async fn calendar(
    pool: web::Data<DbPool>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let ctx = load(&pool, token.into_inner()).await?;
    let body = with_db(&pool, move |conn| {
        crate::ops::visits::city_ics(
            conn,
            &ctx.invitation.cohort_id,
            &ctx.invitation.city_id,
            &ctx.city_name,
        )
    })
    .await?;
    Ok(crate::http::calendar(body))
}

/// `POST /invitation/{token}/proposals/{id}`: accept, or decline with a reason.
pub async fn answer(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (token, proposal_id) = path.into_inner();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let ctx = load(&pool, token.clone()).await?;
    let accept = field("answer") == "accept";
    let reason = field("reason");
    let attempt = {
        let (cohort, city, id, reason) = (
            ctx.invitation.cohort_id.clone(),
            ctx.invitation.city_id.clone(),
            proposal_id.clone(),
            reason.clone(),
        );
        in_transaction(&pool, move |conn| {
            crate::ops::proposals::answer(conn, &cohort, &city, &id, accept, &reason)
        })
        .await
    };
    match attempt {
        Ok(_) => Ok(redirect(&format!("/invitation/{token}?saved=answer"))),
        Err(OpsError::Invalid(invalid)) => {
            let csrf = Csrf::for_request(&request)?;
            let form = ctx
                .latest
                .as_ref()
                .map(|l| ProfileForm::from(&l.profile))
                .unwrap_or_default();
            let mut view = page(&csrf, &token, &ctx, &form, &Errors::default(), None, None);
            view.proposals = proposals_of(&pool, &ctx).await?;
            view.answer_error = invalid
                .0
                .first()
                .map(|e| (proposal_id.clone(), e.message.clone()));
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &view)?))
        }
        Err(OpsError::NotFound { .. }) => Err(PageError::NotFound),
        Err(other) => Err(other.into()),
    }
}

/// The "Check your answers" page.
#[derive(Template)]
#[template(path = "city_check.html")]
struct CheckPage {
    csrf: String,
    action: String,
    city: String,
    role: String,
    cohort: String,
    resubmit: bool,
    sections: Vec<CheckSection>,
    hidden: Vec<(String, String)>,
    /// The tag of the profile as it was when the answers were checked: the confirmation
    /// saves only if it is still the latest (a second click on Submit finds it is not).
    version: String,
}

/// The confirmation page of a submitted profile.
#[derive(Template)]
#[template(path = "city_submitted.html")]
struct SubmittedPage {
    action: String,
    city: String,
    reference: String,
    version: i32,
    submitted_at: String,
    recipients: Vec<String>,
    call_closes: String,
    closed: bool,
    /// Why this page answers a submission that stored nothing (it was already submitted),
    /// with the answers received then.
    notice: Option<String>,
    received: Vec<CheckSection>,
}

/// What a city asks of its form, by the button it pressed.
enum Step {
    /// Save a draft (as it is, nothing checked but what is there).
    Draft,
    /// Submit: the answers are checked and shown back before anything is stored.
    Check,
    /// Submit what it checked.
    Confirm,
    /// Back from the check to the form, with its answers.
    Change,
}

/// `POST /invitation/{token}`: save a draft; or submit, in two steps (check the answers,
/// then confirm); or go back from the check to the form.
pub async fn save(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let form = ProfileForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let ctx = load(&pool, token.clone()).await?;
    // Once submitted, every save is a submission: it goes through the check too.
    let step = match field("action") {
        "confirm" => Step::Confirm,
        "change" => Step::Change,
        "submit" => Step::Check,
        _ if ctx.submitted.is_some() => Step::Check,
        _ => Step::Draft,
    };
    let csrf = Csrf::for_request(&request)?;
    let attempt = match step {
        Step::Change => {
            let view = page(&csrf, &token, &ctx, &form, &Errors::default(), None, None);
            return Ok(csrf.apply(html(&view)?));
        }
        Step::Check => {
            let (checking, form) = (ctx.clone(), form.clone());
            let checked = with_db(&pool, move |conn| {
                profiles::check_as_city(conn, &checking, &form, true)
            })
            .await;
            match checked {
                Ok(valid) => {
                    let view = CheckPage {
                        csrf: csrf.token.clone(),
                        action: format!("/invitation/{token}"),
                        city: ctx.city_name.clone(),
                        role: role_words(&ctx),
                        cohort: ctx.cohort.cohort.name.clone(),
                        resubmit: ctx.submitted.is_some(),
                        sections: profile_check::sections(&ctx, &valid),
                        hidden: profile_check::hidden(&valid),
                        version: profiles::profile_tag(
                            ctx.latest.as_ref().map_or(0, |l| l.row.version),
                        ),
                    };
                    return Ok(csrf.apply(html(&view)?));
                }
                Err(e) => Err(e),
            }
        }
        Step::Draft | Step::Confirm => {
            let intent = if matches!(step, Step::Confirm) {
                Intent::Submit
            } else {
                Intent::Draft
            };
            let head = crate::http::state::<Letterhead>(&request)?;
            // The check page sends the tag of the version it checked against: a second
            // click on its Submit (or a change saved meanwhile) finds a newer version and
            // stores and sends nothing.
            let expected = Some(field("version"))
                .filter(|v| matches!(step, Step::Confirm) && !v.is_empty())
                .map(str::to_owned);
            let (ctx, form) = (ctx.clone(), form.clone());
            in_transaction(&pool, move |conn| {
                profiles::expect_version(conn, &ctx, expected.as_deref())?;
                profiles::save_as_city(conn, &ctx, &form, intent, &head)
            })
            .await
        }
    };
    match attempt {
        Ok(row) if row.status == ProfileStatus::Submitted => {
            Ok(redirect(&format!("/invitation/{token}/submitted")))
        }
        Ok(_) => Ok(redirect(&format!("/invitation/{token}?saved=draft"))),
        Err(OpsError::Invalid(invalid)) => {
            let view = page(&csrf, &token, &ctx, &form, &Errors(invalid.0), None, None);
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &view)?))
        }
        Err(OpsError::Forbidden(reason)) => {
            let view = page(
                &csrf,
                &token,
                &ctx,
                &form,
                &Errors::default(),
                None,
                Some(reason),
            );
            Ok(csrf.apply(html_with(StatusCode::FORBIDDEN, &view)?))
        }
        Err(OpsError::Stale(_)) => {
            // What is stored now, not what the page was loaded with.
            let now = load(&pool, token.clone()).await?;
            let submitted_now = now
                .latest
                .as_ref()
                .is_some_and(|l| l.row.status == ProfileStatus::Submitted);
            if submitted_now {
                let mut view = submitted_page(&token, &now);
                view.notice = Some(
                    "This profile was already submitted: nothing was submitted or sent again. Here is what was received."
                        .to_owned(),
                );
                return html_with(StatusCode::CONFLICT, &view);
            }
            let refusal = "Your profile was saved from elsewhere after you checked these answers, so they were not submitted. Your answers are below: check them and submit again.".to_owned();
            let view = page(
                &csrf,
                &token,
                &now,
                &form,
                &Errors::default(),
                None,
                Some(refusal),
            );
            Ok(csrf.apply(html_with(StatusCode::CONFLICT, &view)?))
        }
        Err(OpsError::Conflict { field, detail }) => {
            let errors = Errors(vec![FieldError {
                field: field.unwrap_or_default(),
                message: detail,
            }]);
            let view = page(&csrf, &token, &ctx, &form, &errors, None, None);
            Ok(csrf.apply(html_with(StatusCode::CONFLICT, &view)?))
        }
        Err(other) => Err(other.into()),
    }
}

/// `GET /invitation/{token}/submitted`: the confirmation of the latest submission, with
/// its reference; a city that has not submitted goes back to its page.
pub async fn submitted(
    pool: web::Data<DbPool>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let ctx = load(&pool, token.clone()).await?;
    if ctx.submitted.is_none() {
        return Ok(redirect(&format!("/invitation/{token}")));
    }
    html(&submitted_page(&token, &ctx))
}

/// The confirmation of the latest submission (the caller knows there is one).
fn submitted_page(token: &str, ctx: &Context) -> SubmittedPage {
    let row = ctx.submitted.as_ref();
    let latest = ctx
        .latest
        .as_ref()
        .filter(|l| row.is_some_and(|r| r.id == l.row.id));
    SubmittedPage {
        action: format!("/invitation/{token}"),
        city: ctx.city_name.clone(),
        reference: row.map(profiles::reference).unwrap_or_default(),
        version: row.map_or(0, |r| r.version),
        submitted_at: row
            .and_then(|r| r.submitted_at)
            .map(stamp)
            .unwrap_or_default(),
        recipients: latest
            .map(|l| l.profile.contacts.iter().map(|c| c.email.clone()).collect())
            .unwrap_or_default(),
        call_closes: ctx
            .cohort
            .cohort
            .call_closes
            .format("%-d %B %Y")
            .to_string(),
        closed: ctx.call_closed(),
        notice: None,
        received: latest
            .map(|l| profile_check::sections(ctx, &l.profile))
            .unwrap_or_default(),
    }
}
