//! `/invitation/{token}/visits/{id}/feedback`: a city gives (and changes, until the cohort
//! ends) its feedback on a visit it made or received, through the link of its invitation.
//!
//! The English words a city reads here are kept together in [`words`] and in
//! `templates/feedback_form.html`, ready to move into the translation catalogue.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::{Errors, SummaryItem};
use super::page::{Csrf, PageError, html, html_with, redirect};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::feedback::FeedbackFields;
use crate::domain::id::VisitId;
use crate::domain::limits;
use crate::domain::state::FollowUp;
use crate::ops::Error as OpsError;
use crate::ops::feedback::{self as ops, CityFeedback};
use crate::ops::profiles::{self, Context, today};

/// What the city reads, in English (to move into the catalogue).
pub mod words {
    /// Link on the city's page to a visit's form, before any feedback.
    pub const GIVE: &str = "Give feedback";
    /// The same once given.
    pub const CHANGE: &str = "Change your feedback";
    /// Labels of the usefulness scale.
    pub const USEFULNESS: [&str; 5] = [
        "1 – not useful",
        "2 – a little useful",
        "3 – useful",
        "4 – very useful",
        "5 – extremely useful",
    ];
    /// Labels of the recommendation.
    pub const YES: &str = "Yes";
    /// "No".
    pub const NO: &str = "No";
    /// The summary labels of the fields, in form order.
    pub const FIELDS: [(&str, &str); 5] = [
        ("usefulness", "How useful the visit was"),
        ("learnt", "What you learnt"),
        ("practices", "Practices to replicate"),
        ("recommend", "Recommend the host"),
        ("follow_up", "Follow-up"),
    ];
    /// After a save.
    pub const SAVED: &str = "Your feedback is saved. Thank you. You can change it until";
}

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
    csrf: String,
    action: String,
    back: String,
    city: String,
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
    let fields = typed.cloned().or(given).unwrap_or_default();
    let usefulness = choices(
        "usefulness",
        &words::USEFULNESS
            .iter()
            .enumerate()
            .map(|(i, l)| ((i + 1).to_string(), (*l).to_owned()))
            .collect::<Vec<_>>(),
        std::slice::from_ref(&fields.usefulness),
    );
    let practices = choices(
        "practices",
        &view
            .practices
            .iter()
            .map(|p| (p.id.clone(), p.label.clone()))
            .collect::<Vec<_>>(),
        &fields.practices,
    );
    let recommend = choices(
        "recommend",
        &[
            ("yes".to_owned(), words::YES.to_owned()),
            ("no".to_owned(), words::NO.to_owned()),
        ],
        std::slice::from_ref(&fields.recommend),
    );
    let follow_up = choices(
        "follow_up",
        &FollowUp::ALL
            .iter()
            .map(|u| (u.as_str().to_owned(), u.label().to_owned()))
            .collect::<Vec<_>>(),
        std::slice::from_ref(&fields.follow_up),
    );
    // The summary, in the form's order, each line linking to its field's first input.
    let first = |list: &[Choice], fallback: &str| {
        list.first()
            .map_or_else(|| fallback.to_owned(), |c| c.id.clone())
    };
    let mut summary = Vec::new();
    for (name, label) in words::FIELDS {
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
                text: format!("{label}: {}", e.message),
            });
        }
    }
    for e in errors
        .0
        .iter()
        .filter(|e| !words::FIELDS.iter().any(|(n, _)| *n == e.field))
    {
        summary.push(SummaryItem {
            id: "feedback".to_owned(),
            text: format!("{}: {}", e.field, e.message),
        });
    }
    FeedbackPage {
        csrf: csrf.token.clone(),
        action: format!("/invitation/{token}/visits/{}/feedback", view.visit_id),
        back: format!("/invitation/{token}"),
        city: ctx.city_name.clone(),
        refusal: view.refusal.clone(),
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

/// `GET /invitation/{token}/visits/{id}/feedback`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    query: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let ctx = load(&pool, token.clone()).await?;
    let view = city_view(&pool, &ctx, id).await?;
    let csrf = Csrf::for_request(&request)?;
    let mut p = page(&csrf, &token, &ctx, view, None, Errors::default());
    if query.saved.is_some() {
        p.notice = Some(format!(
            "{} {}.",
            words::SAVED,
            p.view.closes_on.format("%-d %B %Y")
        ));
    }
    Ok(csrf.apply(html(&p)?))
}

/// `POST /invitation/{token}/visits/{id}/feedback`: gives or changes the feedback.
pub async fn save(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (token, id) = path.into_inner();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
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
    let ctx = load(&pool, token.clone()).await?;
    let attempt = {
        let (city, cohort, visit, fields) = (
            ctx.invitation.city_id.clone(),
            ctx.invitation.cohort_id.clone(),
            id.clone(),
            fields.clone(),
        );
        let actor = format!("city:{}", ctx.city_name);
        in_transaction(&pool, move |conn| {
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
    let view = city_view(&pool, &ctx, id).await?;
    let csrf = Csrf::for_request(&request)?;
    match status {
        Err(invalid) => {
            let p = page(&csrf, &token, &ctx, view, Some(&fields), Errors(invalid.0));
            Ok(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &p)?))
        }
        Ok((code, why)) => {
            let mut p = page(&csrf, &token, &ctx, view, Some(&fields), Errors::default());
            p.refusal = Some(why);
            Ok(csrf.apply(html_with(code, &p)?))
        }
    }
}
