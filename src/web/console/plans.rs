//! The Replication Plans of a cohort in the console: the list of Twins with where each
//! plan stands, one plan with its versions and the review form (comment, accept or ask
//! for changes, with the version read: a stale review is refused with 409), its
//! printable page (one plan on A4) and its CSV.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::{Nav, enter};
use crate::blocking::{in_transaction, with_db};
use crate::db::DbPool;
use crate::db::models::audit::{self, AuditEntry};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::mail::Letterhead;
use crate::ops::Error as OpsError;
use crate::ops::plans::{self as ops, Decision, PlanLine, ReplicationPlanView};
use crate::web::page::{PageError, html, html_with, manager, redirect};

#[derive(Template)]
#[template(path = "console/plans.html")]
struct ListPage {
    nav: Nav,
    cohort_id: String,
    cohort: String,
    lines: Vec<PlanLine>,
}

#[derive(Template)]
#[template(path = "console/plan.html")]
struct PlanPage {
    nav: Nav,
    csrf: String,
    cohort_id: String,
    cohort: String,
    plan: ReplicationPlanView,
    audit: Vec<AuditEntry>,
    notice: Option<String>,
    error: Option<String>,
    comment: String,
}

#[derive(Template)]
#[template(path = "console/plan_print.html")]
struct PrintPage {
    cohort: String,
    plan: ReplicationPlanView,
}

impl PlanPage {
    /// Whether the version the programme holds awaits a review.
    fn reviewable(&self) -> bool {
        self.plan
            .submitted()
            .is_some_and(|v| v.status == crate::domain::state::PlanStatus::Submitted)
    }
}

fn cohort_name(conn: &mut crate::db::DbConnection, id: &CohortId) -> Result<String, OpsError> {
    Ok(crate::db::models::cohort::get(conn, id)?
        .ok_or_else(|| OpsError::not_found("cohort", id))?
        .cohort
        .name)
}

/// `GET /console/cohorts/{id}/plans`.
pub async fn list(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = CohortId::from(id.into_inner());
    let cohort_id = id.to_string();
    let (cohort, lines) = with_db(&pool, move |conn| {
        Ok::<_, OpsError>((cohort_name(conn, &id)?, ops::of_cohort(conn, &id)?))
    })
    .await?;
    let page = ListPage {
        nav,
        cohort_id,
        cohort,
        lines,
    };
    Ok(csrf.apply(html(&page)?))
}

async fn read(
    pool: &DbPool,
    cohort: String,
    city: String,
) -> Result<(String, ReplicationPlanView, Vec<AuditEntry>), PageError> {
    Ok(with_db(pool, move |conn| {
        let id = CohortId::from(cohort);
        let plan = ops::one(conn, &id, &CityId::from(city))?;
        let mut trail = Vec::new();
        for v in &plan.versions {
            trail.extend(audit::for_entity(conn, "replication_plan", &v.id)?);
        }
        trail.sort_by_key(|a| std::cmp::Reverse(a.at));
        Ok::<_, OpsError>((cohort_name(conn, &id)?, plan, trail))
    })
    .await?)
}

/// `?reviewed=1`.
#[derive(serde::Deserialize)]
pub struct Reviewed {
    reviewed: Option<String>,
}

/// `GET /console/cohorts/{id}/plans/{city}`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    query: web::Query<Reviewed>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let (cohort_id, city) = path.into_inner();
    let (cohort, plan, audit) = read(&pool, cohort_id.clone(), city).await?;
    let page = PlanPage {
        nav,
        csrf: csrf.token.clone(),
        cohort_id,
        cohort,
        notice: query.reviewed.as_ref().map(|_| {
            format!(
                "Reviewed: the plan is {}; the city is told by email.",
                plan.current().status
            )
        }),
        plan,
        audit,
        error: None,
        comment: String::new(),
    };
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/cohorts/{id}/plans/{city}/review`: `version`, `decision` (`accept` or
/// `changes`), `comment`.
pub async fn review(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let (manager, csrf, nav) = enter(&request).await?;
    let (cohort_id, city) = path.into_inner();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let comment = field("comment");
    let version = field("version").parse::<i32>().unwrap_or(0);
    let attempt = match Decision::parse(&field("decision")) {
        Err(e) => Err(OpsError::Invalid(e)),
        Ok(decision) => {
            let head = crate::http::state::<Letterhead>(&request)?;
            let (cohort, city, comment) = (cohort_id.clone(), city.clone(), comment.clone());
            in_transaction(&pool, move |conn| {
                ops::review(
                    conn,
                    &CohortId::from(cohort),
                    &CityId::from(city),
                    version,
                    decision,
                    &comment,
                    &manager.email,
                    Some(&head),
                )
            })
            .await
        }
    };
    let (code, error) = match attempt {
        Ok(_) => {
            return Ok(redirect(&format!(
                "/console/cohorts/{cohort_id}/plans/{city}?reviewed=1"
            )));
        }
        Err(OpsError::Invalid(invalid)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            invalid
                .0
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Err(e @ OpsError::Conflict { .. }) => (StatusCode::CONFLICT, e.to_string()),
        Err(other) => return Err(other.into()),
    };
    let (cohort, plan, audit) = read(&pool, cohort_id.clone(), city).await?;
    let page = PlanPage {
        nav,
        csrf: csrf.token.clone(),
        cohort_id,
        cohort,
        plan,
        audit,
        notice: None,
        error: Some(error),
        comment,
    };
    Ok(csrf.apply(html_with(code, &page)?))
}

/// `GET /console/cohorts/{id}/plans/{city}/print`: the plan on A4.
pub async fn print(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let (cohort_id, city) = path.into_inner();
    let (cohort, plan, _) = read(&pool, cohort_id, city).await?;
    html(&PrintPage { cohort, plan })
}

fn csv(data: Vec<u8>, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(data)
}

/// `GET /console/cohorts/{id}/plans.csv`.
pub async fn cohort_csv(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let id = id.into_inner();
    let data = with_db(&pool, move |conn| {
        ops::cohort_csv(conn, &CohortId::from(id))
    })
    .await?;
    Ok(csv(data, "replication-plans.csv"))
}

/// `GET /console/cohorts/{id}/plans/{city}/plan.csv`.
pub async fn plan_csv(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let (cohort, city) = path.into_inner();
    let name = format!("replication-plan-{city}.csv");
    let data = with_db(&pool, move |conn| {
        ops::plan_csv(conn, &CohortId::from(cohort), &CityId::from(city))
    })
    .await?;
    Ok(csv(data, &name))
}
