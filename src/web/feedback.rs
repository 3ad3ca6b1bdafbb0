//! `/invitation/{token}/visits/{id}/feedback`: a city gives (and changes, until the cohort
//! ends) its feedback on a visit it made or received, through the link of its invitation.
//!
//! Every word of it is the catalogue's, in the city's language (`super::lang`), the
//! domain's refusals included.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::{Errors, SummaryItem};
use super::lang::{Chosen, Switcher, visit_label_of, word};
use super::page::{Csrf, PageError, html, html_with, redirect};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::feedback::{FeedbackFields, USEFULNESS};
use crate::domain::id::VisitId;
use crate::domain::limits;
use crate::domain::state::FollowUp;
use crate::i18n::Tr;
use crate::ops::Error as OpsError;
use crate::ops::feedback::{self as ops, CityFeedback};
use crate::ops::profiles::{self, Context, today};

/// The fields of the form, in its order, each with the catalogue's id of its label in
/// the error summary and the read-only summary.
const FIELDS: [(&str, &str); 5] = [
    ("usefulness", "feedback-field-usefulness"),
    ("learnt", "feedback-field-learnt"),
    ("practices", "feedback-field-practices"),
    ("recommend", "feedback-field-recommend"),
    ("follow_up", "feedback-field-follow-up"),
];

/// One radio button or checkbox.
pub struct Choice {
    id: String,
    value: String,
    label: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "feedback_form.html")]
struct FeedbackPage {
    t: Tr,
    switch: Switcher,
    csrf: String,
    action: String,
    back: String,
    city: String,
    /// The visit's label, in the page's language.
    label: String,
    /// The last day feedback can be changed, in the page's language.
    closes_on: String,
    view: CityFeedback,
    usefulness: Vec<Choice>,
    learnt: String,
    practices: Vec<Choice>,
    recommend: Vec<Choice>,
    follow_up: Vec<Choice>,
    errors: Errors,
    summary: Vec<SummaryItem>,
    notice: Option<String>,
    refusal: Option<String>,
    learnt_limit: usize,
}

impl FeedbackPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(str::to_owned)
    }

    /// A practice picked, said as the form says it.
    fn practice(&self, p: &crate::ops::feedback::PracticeView) -> String {
        practice_label(&self.t, &p.id, &p.description)
    }

    /// A follow-up's words.
    fn follow_up_word(&self, f: &FollowUp) -> String {
        word(&self.t, "follow-up", f.as_str())
    }
}

/// A host's practice as the page's reader says it: its domain and lever (the id is
/// `domain:lever`) in the page's language, then the host's own words.
fn practice_label(t: &Tr, id: &str, description: &str) -> String {
    let (domain, lever) = id.split_once(':').unwrap_or((id, ""));
    let mut label = format!(
        "{}, {}",
        t.theme(domain, domain),
        t.theme(lever, lever).to_lowercase()
    );
    if !description.is_empty() {
        label.push_str(": ");
        label.push_str(description);
    }
    label
}

fn choices(name: &str, options: &[(String, String)], chosen: &[String]) -> Vec<Choice> {
    options
        .iter()
        .map(|(value, label)| Choice {
            id: format!("{name}-{}", super::form::id_of(value)),
            value: value.clone(),
            label: label.clone(),
            checked: chosen.iter().any(|c| c == value),
        })
        .collect()
}

/// What the form shows: `typed` when the city sent it, else what it gave before.
fn page(
    chosen: &Chosen,
    csrf: &Csrf,
    token: &str,
    ctx: &Context,
    view: CityFeedback,
    typed: Option<&FeedbackFields>,
    errors: Errors,
) -> FeedbackPage {
    let given = view.feedback.as_ref().map(|f| FeedbackFields {
        usefulness: f.usefulness.to_string(),
        learnt: f.learnt.clone(),
        practices: f.practices.iter().map(|p| p.id.clone()).collect(),
        recommend: if f.recommend { "yes" } else { "no" }.to_owned(),
        follow_up: f.follow_up.as_str().to_owned(),
    });
    let t = chosen.tr;
    let errors = errors.in_language(&t);
    let fields = typed.cloned().or(given).unwrap_or_default();
    let usefulness = choices(
        "usefulness",
        &USEFULNESS
            .map(|n| (n.to_string(), t.t1("feedback-usefulness-choice", "n", n)))
            .collect::<Vec<_>>(),
        std::slice::from_ref(&fields.usefulness),
    );
    let practices = choices(
        "practices",
        &view
            .practices
            .iter()
            .map(|p| (p.id.clone(), practice_label(&t, &p.id, &p.description)))
            .collect::<Vec<_>>(),
        &fields.practices,
    );
    let recommend = choices(
        "recommend",
        &[
            ("yes".to_owned(), t.t("feedback-yes")),
            ("no".to_owned(), t.t("feedback-no")),
        ],
        std::slice::from_ref(&fields.recommend),
    );
    let follow_up = choices(
        "follow_up",
        &FollowUp::ALL
            .iter()
            .map(|u| (u.as_str().to_owned(), word(&t, "follow-up", u.as_str())))
            .collect::<Vec<_>>(),
        std::slice::from_ref(&fields.follow_up),
    );
    // The summary, in the form's order, each line linking to its field's first input.
    let first = |list: &[Choice], fallback: &str| {
        list.first()
            .map_or_else(|| fallback.to_owned(), |c| c.id.clone())
    };
    let mut summary = Vec::new();
    for (name, label) in FIELDS {
        let label = t.t(label);
        for e in errors.0.iter().filter(|e| e.field == name) {
            let id = match name {
                "usefulness" => first(&usefulness, "usefulness"),
                "practices" => first(&practices, "practices"),
                "recommend" => first(&recommend, "recommend"),
                "follow_up" => first(&follow_up, "follow_up"),
                _ => "learnt".to_owned(),
            };
            summary.push(SummaryItem {
                id,
                text: t.t2(
                    "feedback-summary-line",
                    ("field", label.as_str()),
                    ("message", e.message.as_str()),
                ),
            });
        }
    }
    for e in errors
        .0
        .iter()
        .filter(|e| !FIELDS.iter().any(|(n, _)| *n == e.field))
    {
        summary.push(SummaryItem {
            id: "feedback".to_owned(),
            text: t.t2(
                "feedback-summary-line",
                ("field", e.field.as_str()),
                ("message", e.message.as_str()),
            ),
        });
    }
    FeedbackPage {
        t,
        switch: chosen.switcher(),
        label: visit_label_of(&t, &view.label_parts),
        closes_on: t.short_date(view.closes_on),
        csrf: csrf.token.clone(),
        action: format!("/invitation/{token}/visits/{}/feedback", view.visit_id),
        back: format!("/invitation/{token}"),
        city: ctx.city_name.clone(),
        refusal: view
            .why
            .as_ref()
            .map(|r| t.refusal(r))
            .or_else(|| view.refusal.clone()),
        view,
        usefulness,
        learnt: fields.learnt,
        practices,
        recommend,
        follow_up,
        errors,
        summary,
        notice: None,
        learnt_limit: limits::FEEDBACK_CHARS,
    }
}

async fn load(pool: &DbPool, token: String) -> Result<Context, PageError> {
    with_db(pool, move |conn| profiles::by_token(conn, &token))
        .await?
        .ok_or(PageError::NotFound)
}

async fn city_view(pool: &DbPool, ctx: &Context, visit: String) -> Result<CityFeedback, PageError> {
    let (city, cohort) = (
        ctx.invitation.city_id.clone(),
        ctx.invitation.cohort_id.clone(),
    );
    match with_db(pool, move |conn| {
        ops::for_city(conn, &VisitId::from(visit), &city, Some(&cohort), today())
    })
    .await
    {
        Ok(view) => Ok(view),
        Err(OpsError::NotFound { .. }) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// `?saved=`.
#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

/// The language of the city's pages: its first participant's, or as chosen.
fn chosen(request: &HttpRequest, ctx: &Context) -> Chosen {
    let profile = ctx
        .latest
        .as_ref()
        .and_then(|l| l.profile.contacts.first())
        .map(|c| c.language.as_str());
    Chosen::for_request(request, profile)
}

/// A refusal or an error is a page in the city's language too.
fn answered(
    request: &HttpRequest,
    result: Result<HttpResponse, PageError>,
) -> Result<HttpResponse, PageError> {
    result.or_else(|e| Ok(e.page_in(&Chosen::for_request(request, None))))
}

/// `GET /invitation/{token}/visits/{id}/feedback`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let result = show_page(&request, &pool, token, id, query.saved.is_some()).await;
    answered(&request, result)
}

async fn show_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: String,
    id: String,
    saved: bool,
) -> Result<HttpResponse, PageError> {
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    let view = city_view(pool, &ctx, id).await?;
    let csrf = Csrf::for_request(request)?;
    let mut p = page(&chosen, &csrf, &token, &ctx, view, None, Errors::default());
    if saved {
        p.notice = Some(p.t.t1("feedback-saved", "date", p.closes_on.as_str()));
    }
    Ok(chosen.apply(csrf.apply(html(&p)?)))
}

/// `POST /invitation/{token}/visits/{id}/feedback`: gives or changes the feedback.
pub async fn save(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let result = save_page(&request, &pool, token, id, &body).await;
    answered(&request, result)
}

async fn save_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: String,
    id: String,
    body: &[u8],
) -> Result<HttpResponse, PageError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let fields = FeedbackFields {
        usefulness: field("usefulness"),
        learnt: field("learnt"),
        practices: pairs
            .iter()
            .filter(|(k, _)| k == "practices")
            .map(|(_, v)| v.clone())
            .collect(),
        recommend: field("recommend"),
        follow_up: field("follow_up"),
    };
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    let attempt = {
        let (city, cohort, visit, fields) = (
            ctx.invitation.city_id.clone(),
            ctx.invitation.cohort_id.clone(),
            id.clone(),
            fields.clone(),
        );
        let actor = format!("city:{}", ctx.city_name);
        in_transaction(pool, move |conn| {
            ops::give(
                conn,
                &VisitId::from(visit),
                &city,
                Some(&cohort),
                &fields,
                today(),
                &actor,
            )
        })
        .await
    };
    let status = match attempt {
        Ok(_) => {
            return Ok(redirect(&format!(
                "/invitation/{token}/visits/{id}/feedback?saved=1"
            )));
        }
        Err(OpsError::NotFound { .. }) => return Err(PageError::NotFound),
        Err(OpsError::Invalid(invalid)) => Err(invalid),
        Err(e @ OpsError::Conflict { .. }) => Ok((StatusCode::CONFLICT, e.to_string())),
        Err(OpsError::Forbidden(why)) => Ok((StatusCode::FORBIDDEN, why)),
        Err(other) => return Err(other.into()),
    };
    let view = city_view(pool, &ctx, id).await?;
    let csrf = Csrf::for_request(request)?;
    match status {
        Err(invalid) => {
            let p = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                view,
                Some(&fields),
                Errors(invalid.0),
            );
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &p)?)))
        }
        Ok((code, why)) => {
            // The refusal as the page says it (the visit's state read again), else the
            // service's words.
            let said = view.why.as_ref().map(|r| chosen.tr.refusal(r));
            let mut p = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                view,
                Some(&fields),
                Errors::default(),
            );
            p.refusal = Some(said.unwrap_or(why));
            Ok(chosen.apply(csrf.apply(html_with(code, &p)?)))
        }
    }
}
