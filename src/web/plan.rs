//! `/invitation/{token}/plan`: a Twin City writes its Replication Plan through the link
//! of its invitation: one row of fields per action (a button adds an empty row or removes
//! one, without JavaScript), a draft saved at any time, then a page to check the plan and
//! submit it as a numbered version. Every word is the catalogue's, in the city's
//! language; the programme team's comment is shown beside the form.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::form::{Errors, Field, SummaryItem};
use super::lang::{Chosen, Switcher, word};
use super::page::{Csrf, PageError, html, html_with, redirect};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::domain::limits;
use crate::domain::plan::{ACTION_FIELDS, ActionFields};
use crate::domain::state::{ActionStatus, PlanStatus};
use crate::i18n::Tr;
use crate::mail::Letterhead;
use crate::ops::Error as OpsError;
use crate::ops::plans::{self as ops, CityPlan, PlanVersionView, fields_of_view};
use crate::ops::profiles::{self, Context, today};

/// One action's fields as drawn.
pub struct Row {
    /// 1, 2, ...
    n: usize,
    /// Its fields, in the form's order.
    fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "plan_form.html")]
struct PlanPage {
    t: Tr,
    switch: Switch,
    csrf: String,
    action: String,
    back: String,
    city: String,
    view: CityPlan,
    status: Option<String>,
    comment: Option<String>,
    closes_on: String,
    rows: Vec<Row>,
    summary: Vec<SummaryItem>,
    notice: Option<String>,
    refusal: Option<String>,
    max_actions: usize,
    can_add: bool,
}

type Switch = Switcher;

#[derive(Template)]
#[template(path = "plan_check.html")]
struct CheckPage {
    t: Tr,
    switch: Switch,
    csrf: String,
    action: String,
    back: String,
    city: String,
    version: PlanVersionView,
    /// (label, value) pairs of each action.
    actions: Vec<(String, Vec<(String, String)>)>,
    /// Version, actions and budget, in a sentence.
    intro: String,
}

/// A practice in the page's language: its domain and lever, then the host's words.
pub fn practice_label(t: &Tr, id: &str, description: &str) -> String {
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

/// The rows of the form: `typed` (or the plan's latest version), then one empty row.
fn rows(t: &Tr, view: &CityPlan, typed: &[ActionFields], errors: &Errors) -> Vec<Row> {
    let practices: Vec<(String, String)> = view
        .practices
        .iter()
        .map(|p| (p.id.clone(), practice_label(t, &p.id, &p.description)))
        .collect();
    let statuses: Vec<(String, String)> = ActionStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), word(t, "action-status", s.as_str())))
        .collect();
    typed
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let name = |f: &str| format!("actions[{i}].{f}");
            let text = |f: &str, label: &str, value: &str| {
                Field::new("text", name(f), t.t(label), value).in_language(t)
            };
            let status = if a.status.is_empty() {
                ActionStatus::Planned.as_str()
            } else {
                a.status.as_str()
            };
            let fields = vec![
                text("title", "plan-field-title", &a.title).limit_in(t, limits::TITLE_CHARS),
                Field::select(
                    name("practice"),
                    t.t("plan-field-practice"),
                    &a.practice,
                    Some(&t.t("plan-choose-practice")),
                    practices.clone(),
                )
                .in_language(t),
                text("owner", "plan-field-owner", &a.owner)
                    .hint(t.t("plan-hint-owner"))
                    .limit_in(t, limits::LABEL_CHARS),
                text("starts_on", "plan-field-starts", &a.starts_on).hint(t.t("plan-hint-date")),
                text("ends_on", "plan-field-ends", &a.ends_on).hint(t.t("plan-hint-date")),
                text("budget_eur", "plan-field-budget", &a.budget_eur).hint(t.t1(
                    "plan-hint-budget",
                    "max",
                    t.number(limits::ACTION_BUDGET_EUR_MAX as f64).as_str(),
                )),
                Field::select(
                    name("status"),
                    t.t("plan-field-status"),
                    status,
                    None,
                    statuses.clone(),
                )
                .in_language(t),
                text("indicator", "plan-field-indicator", &a.indicator)
                    .hint(t.t("plan-hint-indicator"))
                    .limit_in(t, limits::TITLE_CHARS),
                text("target_value", "plan-field-target", &a.target_value)
                    .hint(t.t("plan-hint-target")),
                text("target_unit", "plan-field-unit", &a.target_unit)
                    .hint(t.t("plan-hint-unit"))
                    .optional()
                    .limit_in(t, limits::LABEL_CHARS),
            ]
            .into_iter()
            .map(|f| f.errors(errors))
            .collect();
            Row { n: i + 1, fields }
        })
        .collect()
}

/// The form: what the city typed, else its latest version, with one empty row more.
fn page(
    chosen: &Chosen,
    csrf: &Csrf,
    token: &str,
    ctx: &Context,
    view: CityPlan,
    typed: Option<Vec<ActionFields>>,
    errors: Errors,
) -> PlanPage {
    let t = chosen.tr;
    let errors = errors.in_language(&t);
    let mut list = typed.unwrap_or_else(|| {
        view.plan
            .as_ref()
            .map(|p| p.latest().actions.iter().map(fields_of_view).collect())
            .unwrap_or_default()
    });
    if list.len() < limits::ACTIONS_PER_PLAN && list.last().is_none_or(|a| !a.is_empty()) {
        list.push(ActionFields::default());
    }
    let rows = rows(&t, &view, &list, &errors);
    let all: Vec<&Field> = rows.iter().flat_map(|r| r.fields.iter()).collect();
    let summary = errors
        .summary(&all)
        .into_iter()
        .map(|s| SummaryItem {
            text: s
                .text
                .replacen(": ", &format!(" ({}): ", row_of(&s.id, &t)), 1),
            ..s
        })
        .collect();
    let (status, comment) = status_of(&t, &view);
    PlanPage {
        t,
        switch: chosen.switcher(),
        csrf: csrf.token.clone(),
        action: format!("/invitation/{token}/plan"),
        back: format!("/invitation/{token}"),
        city: ctx.city_name.clone(),
        closes_on: t.short_date(view.closes_on),
        refusal: view
            .why
            .as_ref()
            .map(|r| t.refusal(r))
            .or_else(|| view.refusal.clone()),
        can_add: list.len() < limits::ACTIONS_PER_PLAN,
        view,
        status,
        comment,
        rows,
        summary,
        notice: None,
        max_actions: limits::ACTIONS_PER_PLAN,
    }
}

/// A target as the page writes it: whole numbers grouped, decimals as typed.
fn target_text(t: &Tr, v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        t.number(v)
    } else {
        v.to_string()
    }
}

/// "Action 2" for the summary line of a field id `actions-1-title`.
fn row_of(id: &str, t: &Tr) -> String {
    id.strip_prefix("actions-")
        .and_then(|rest| rest.split('-').next())
        .and_then(|n| n.parse::<usize>().ok())
        .map_or_else(String::new, |i| t.t1("plan-action", "n", i + 1))
}

/// Where the plan stands, and the programme team's comment, in the page's language.
fn status_of(t: &Tr, view: &CityPlan) -> (Option<String>, Option<String>) {
    let Some(plan) = &view.plan else {
        return (Some(t.t("plan-status-none")), None);
    };
    let latest = plan.latest();
    let version = ("version", latest.version.to_string());
    let when =
        |at: Option<chrono::NaiveDateTime>| at.map(|a| t.short_date(a.date())).unwrap_or_default();
    let status = match latest.status {
        PlanStatus::Draft => t.t1("plan-status-draft", version.0, version.1.as_str()),
        PlanStatus::Submitted => t.t2(
            "plan-status-submitted",
            (version.0, version.1.as_str()),
            ("date", when(latest.submitted_at).as_str()),
        ),
        PlanStatus::ChangesRequested => t.t1("plan-status-changes", version.0, version.1.as_str()),
        PlanStatus::Accepted => t.t2(
            "plan-status-accepted",
            (version.0, version.1.as_str()),
            ("date", when(latest.reviewed_at).as_str()),
        ),
    };
    let comment = plan
        .submitted()
        .filter(|v| !v.comment.is_empty())
        .map(|v| t.t1("plan-comment", "comment", v.comment.as_str()));
    (Some(status), comment)
}

async fn load(pool: &DbPool, token: String) -> Result<Context, PageError> {
    with_db(pool, move |conn| profiles::by_token(conn, &token))
        .await?
        .ok_or(PageError::NotFound)
}

async fn city_view(pool: &DbPool, ctx: &Context) -> Result<CityPlan, PageError> {
    let ctx = ctx.clone();
    Ok(with_db(pool, move |conn| ops::for_city(conn, &ctx, today())).await?)
}

fn chosen(request: &HttpRequest, ctx: &Context) -> Chosen {
    Chosen::for_request(request, ctx.language())
}

fn answered(
    request: &HttpRequest,
    result: Result<HttpResponse, PageError>,
) -> Result<HttpResponse, PageError> {
    result.or_else(|e| Ok(e.page_in(&Chosen::for_request(request, None))))
}

/// `?saved=1`, `?submitted=N`.
#[derive(Deserialize)]
pub struct Notice {
    saved: Option<String>,
    submitted: Option<i32>,
}

/// `GET /invitation/{token}/plan`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    query: web::Query<Notice>,
) -> Result<HttpResponse, PageError> {
    let result = show_page(&request, &pool, token.into_inner(), &query).await;
    answered(&request, result)
}

async fn show_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: String,
    query: &Notice,
) -> Result<HttpResponse, PageError> {
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    let view = city_view(pool, &ctx).await?;
    let csrf = Csrf::for_request(request)?;
    let mut p = page(&chosen, &csrf, &token, &ctx, view, None, Errors::default());
    if query.saved.is_some() {
        p.notice = Some(p.t.t("plan-saved"));
    }
    if let Some(v) = query.submitted {
        p.notice = Some(p.t.t1("plan-submitted-notice", "version", v));
    }
    Ok(chosen.apply(csrf.apply(html(&p)?)))
}

/// The rows of a posted form (`actions[2].title`, ...), at most the form's bound.
fn typed(pairs: &[(String, String)]) -> Vec<ActionFields> {
    let mut list: Vec<ActionFields> = Vec::new();
    for (name, value) in pairs {
        let Some(rest) = name.strip_prefix("actions[") else {
            continue;
        };
        let Some((index, field)) = rest.split_once("].") else {
            continue;
        };
        let Ok(i) = index.parse::<usize>() else {
            continue;
        };
        if i >= limits::FORM_ROWS || !ACTION_FIELDS.contains(&field) {
            continue;
        }
        if list.len() <= i {
            list.resize_with(i + 1, ActionFields::default);
        }
        let a = &mut list[i];
        let slot = match field {
            "title" => &mut a.title,
            "practice" => &mut a.practice,
            "owner" => &mut a.owner,
            "starts_on" => &mut a.starts_on,
            "ends_on" => &mut a.ends_on,
            "budget_eur" => &mut a.budget_eur,
            "status" => &mut a.status,
            "indicator" => &mut a.indicator,
            "target_value" => &mut a.target_value,
            _ => &mut a.target_unit,
        };
        value.clone_into(slot);
    }
    list
}

/// `POST /invitation/{token}/plan`: `action` is `add` (one more empty row), `remove-N`
/// (row N taken out), `save` (a draft) or `check` (a draft, then the check page).
pub async fn save(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let result = save_page(&request, &pool, token.into_inner(), &body).await;
    answered(&request, result)
}

async fn save_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: String,
    body: &[u8],
) -> Result<HttpResponse, PageError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    let intent = pairs
        .iter()
        .find(|(k, _)| k == "action")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let mut rows = typed(&pairs);
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    let csrf = Csrf::for_request(request)?;
    // Adding or removing a row saves nothing: the form comes back as typed.
    let reshaped = match intent.as_str() {
        "add" => {
            if rows.len() < limits::ACTIONS_PER_PLAN {
                rows.push(ActionFields::default());
            }
            true
        }
        other => match other
            .strip_prefix("remove-")
            .and_then(|n| n.parse::<usize>().ok())
        {
            Some(n) if n < rows.len() => {
                rows.remove(n);
                true
            }
            Some(_) => true,
            None => false,
        },
    };
    if reshaped {
        let view = city_view(pool, &ctx).await?;
        let p = page(
            &chosen,
            &csrf,
            &token,
            &ctx,
            view,
            Some(rows),
            Errors::default(),
        );
        return Ok(chosen.apply(csrf.apply(html(&p)?)));
    }
    let attempt = {
        let (ctx, rows) = (ctx.clone(), rows.clone());
        let actor = format!("city:{}", ctx.city_name);
        in_transaction(pool, move |conn| {
            ops::save(conn, &ctx, &rows, today(), &actor)
        })
        .await
    };
    let refused = match attempt {
        Ok(_) if intent == "check" => {
            return Ok(redirect(&format!("/invitation/{token}/plan/check")));
        }
        Ok(_) => return Ok(redirect(&format!("/invitation/{token}/plan?saved=1"))),
        Err(OpsError::Invalid(invalid)) => Err(invalid),
        Err(e @ OpsError::Conflict { .. }) => Ok((StatusCode::CONFLICT, e.to_string())),
        Err(OpsError::Forbidden(why)) => Ok((StatusCode::FORBIDDEN, why)),
        Err(other) => return Err(other.into()),
    };
    let view = city_view(pool, &ctx).await?;
    match refused {
        Err(invalid) => {
            let p = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                view,
                Some(rows),
                Errors(invalid.0),
            );
            Ok(chosen.apply(csrf.apply(html_with(StatusCode::UNPROCESSABLE_ENTITY, &p)?)))
        }
        Ok((code, why)) => {
            let said = view.why.as_ref().map(|r| chosen.tr.refusal(r));
            let mut p = page(
                &chosen,
                &csrf,
                &token,
                &ctx,
                view,
                Some(rows),
                Errors::default(),
            );
            p.refusal = Some(said.unwrap_or(why));
            Ok(chosen.apply(csrf.apply(html_with(code, &p)?)))
        }
    }
}

/// `GET /invitation/{token}/plan/check`: the draft as it will be submitted.
pub async fn check(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let result = check_page(&request, &pool, token.into_inner()).await;
    answered(&request, result)
}

async fn check_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: String,
) -> Result<HttpResponse, PageError> {
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    let t = chosen.tr;
    let view = city_view(pool, &ctx).await?;
    let Some(plan) = view
        .plan
        .as_ref()
        .filter(|p| p.latest().status == PlanStatus::Draft)
    else {
        // Nothing to check: the form says where the plan stands.
        return Ok(redirect(&format!("/invitation/{token}/plan")));
    };
    let version = plan.latest().clone();
    let actions = version
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let target = format!("{} {}", target_text(&t, a.target_value), a.target_unit);
            (
                format!("{}: {}", t.t1("plan-action", "n", i + 1), a.title),
                vec![
                    (
                        t.t("plan-field-practice"),
                        practice_label(&t, &a.practice, &a.practice_description),
                    ),
                    (t.t("plan-field-owner"), a.owner.clone()),
                    (t.t("plan-field-starts"), t.short_date(a.starts_on)),
                    (t.t("plan-field-ends"), t.short_date(a.ends_on)),
                    (t.t("plan-field-budget"), t.number(f64::from(a.budget_eur))),
                    (
                        t.t("plan-field-status"),
                        word(&t, "action-status", a.status.as_str()),
                    ),
                    (t.t("plan-field-indicator"), a.indicator.clone()),
                    (t.t("plan-field-target"), target.trim().to_owned()),
                ],
            )
        })
        .collect();
    let csrf = Csrf::for_request(request)?;
    let p = CheckPage {
        t,
        switch: chosen.switcher(),
        csrf: csrf.token.clone(),
        action: format!("/invitation/{token}/plan/submit"),
        back: format!("/invitation/{token}/plan"),
        city: ctx.city_name.clone(),
        intro: t.with(
            "plan-check-intro",
            &[
                ("version", version.version.into()),
                ("n", version.actions.len().into()),
                (
                    "budget",
                    t.number(version.budget_eur as f64).as_str().into(),
                ),
            ],
        ),
        actions,
        version,
    };
    Ok(chosen.apply(csrf.apply(html(&p)?)))
}

/// `POST /invitation/{token}/plan/submit`: submits the version checked.
pub async fn submit(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    token: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let result = submit_page(&request, &pool, token.into_inner(), &body).await;
    answered(&request, result)
}

async fn submit_page(
    request: &HttpRequest,
    pool: &DbPool,
    token: String,
    body: &[u8],
) -> Result<HttpResponse, PageError> {
    let version = form_urlencoded::parse(body)
        .find(|(k, _)| k == "version")
        .and_then(|(_, v)| v.parse::<i32>().ok());
    let ctx = load(pool, token.clone()).await?;
    let chosen = chosen(request, &ctx);
    let head = crate::http::state::<Letterhead>(request)?;
    let attempt = {
        let ctx = ctx.clone();
        let actor = format!("city:{}", ctx.city_name);
        in_transaction(pool, move |conn| {
            ops::submit(conn, &ctx, version, today(), &actor, Some(&head))
        })
        .await
    };
    match attempt {
        Ok(view) => Ok(redirect(&format!(
            "/invitation/{token}/plan?submitted={}",
            view.latest().version
        ))),
        Err(e @ (OpsError::Conflict { .. } | OpsError::Forbidden(_) | OpsError::Invalid(_))) => {
            // Back to the form, with why in the page's language where the plan says it.
            let code = match &e {
                OpsError::Forbidden(_) => StatusCode::FORBIDDEN,
                OpsError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
                _ => StatusCode::CONFLICT,
            };
            let view = city_view(pool, &ctx).await?;
            let csrf = Csrf::for_request(request)?;
            let said = view.why.as_ref().map(|r| chosen.tr.refusal(r));
            let mut p = page(&chosen, &csrf, &token, &ctx, view, None, Errors::default());
            p.refusal = Some(said.unwrap_or_else(|| e.to_string()));
            Ok(chosen.apply(csrf.apply(html_with(code, &p)?)))
        }
        Err(other) => Err(other.into()),
    }
}
