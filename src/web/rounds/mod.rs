//! The console's matching rounds: a form to run one (weights, rules, who takes part,
//! pinned and forbidden pairs) and the result page (pairs with their parts and
//! explanations, why-nots, alternates, unmatched Twins, blocking pairs, the map);
//! publishing its pairs is in `publish.rs`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

mod form;
mod job;
pub mod publish;

pub use form::{create, new_round};
use job::registry;
pub use job::{cancel, job};

use super::console::{Nav, enter};
use super::form::{Errors, Field, SummaryItem};
use super::page::{PageError, html, html_with, manager, redirect};
use crate::blocking::with_db;
use crate::db::DbPool;
use crate::db::models::cohort;
use crate::db::models::round::{self, RoundRow};
use crate::domain::id::CohortId;
use crate::domain::id::RoundId;
use crate::domain::id::{CityId, HostId};
use crate::domain::scoring::Weights;
use crate::domain::{FieldError, Invalid};
use crate::jobs::{self, Jobs, Outcome};
use crate::ops::Error as OpsError;
use crate::ops::rounds::{self as ops, PairChoice, Report, RoundSettings};

#[derive(Template)]
#[template(path = "console/round.html")]
struct RoundPage {
    nav: Nav,
    csrf: String,
    proposals: Vec<crate::ops::proposals::ProposalView>,
    row: RoundRow,
    cohort: String,
    settings: RoundSettings,
    report: Report,
    /// The map on a desktop, and on a phone (names at a size to read there).
    map: String,
    map_narrow: String,
}

/// `GET /console/rounds/{id}`.
pub async fn show(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = RoundId::from(id.into_inner());
    let (row, cohort, proposals) = with_db(&pool, move |conn| {
        let row = round::get(conn, &id)?.ok_or(OpsError::not_found("round", &id))?;
        let cohort = cohort::get(conn, &row.cohort_id)?
            .map(|c| c.cohort.name)
            .unwrap_or_default();
        let live = crate::db::models::proposal::live_of_cohort(conn, &row.cohort_id)?;
        let proposals = crate::ops::proposals::views(conn, live)?;
        Ok((row, cohort, proposals))
    })
    .await?;
    let report = ops::report_of(&row)?;
    let page = RoundPage {
        nav,
        csrf: csrf.token.clone(),
        proposals,
        map: super::map::svg(&report.cities, &report.lines, super::map::WIDE),
        map_narrow: super::map::svg(&report.cities, &report.lines, super::map::NARROW),
        settings: ops::settings_of(&row)?,
        report,
        cohort,
        row,
    };
    Ok(csrf.apply(html(&page)?))
}

/// `GET /console/rounds/{id}/instance.json`: the exact solver instance.
pub async fn instance(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let id = RoundId::from(id.into_inner());
    let row = with_db(&pool, move |conn| {
        round::get(conn, &id)?.ok_or(OpsError::not_found("round", &id))
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            "Content-Disposition",
            format!(
                "attachment; filename=\"round-{}-instance.json\"",
                row.number
            ),
        ))
        .body(row.instance))
}

/// The rounds of a cohort for its page: id, number, when, who, status, pairs.
pub fn summaries(rows: &[RoundRow]) -> Vec<(String, i32, String, String, String, usize)> {
    rows.iter()
        .map(|r| {
            let pairs = ops::report_of(r).map(|rep| rep.pairs.len()).unwrap_or(0);
            (
                r.id.to_string(),
                r.number,
                r.created_at.format("%Y-%m-%d %H:%M").to_string(),
                r.created_by.clone(),
                r.status.clone(),
                pairs,
            )
        })
        .collect()
}

/// `POST /console/rounds/{id}/rematch`.
pub async fn rematch(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let manager = manager(&request).await?;
    let id = id.into_inner();
    let prepared = with_db(&pool, move |conn| {
        crate::ops::proposals::prepare_rematch(conn, &RoundId::from(id))
    })
    .await?;
    let job = start_round(&request, &pool, prepared, &manager.email).await?;
    Ok(redirect(&format!("/console/jobs/{job}")))
}

/// Solves and stores a prepared round as a job the manager can follow and cancel.
async fn start_round(
    request: &HttpRequest,
    pool: &DbPool,
    prepared: ops::Prepared,
    actor: &str,
) -> Result<String, PageError> {
    let jobs = registry(request)?;
    let (twins, hosts) = prepared.size();
    let (pool, owner, starter) = (pool.clone(), actor.to_owned(), actor.to_owned());
    let title = format!("matching round: {twins} Twins, {hosts} hosts");
    let started = crate::blocking::run(move || {
        jobs.start(&title, &starter, move |progress| {
            progress.phase(&format!("solving ({} pairs scored)", twins * hosts));
            let solved = ops::solve(prepared).map_err(|e| Some(e.to_string()))?;
            if progress.cancelled() {
                return Err(None);
            }
            progress.phase("storing the result");
            let mut conn = pool
                .get()
                .map_err(|e| Some(format!("no database connection: {e}")))?;
            let row = crate::db::write_transaction(&mut conn, |c| ops::store(c, &solved, &owner))
                .map_err(|e| Some(e.to_string()))?;
            Ok(row.id.into())
        })
    })
    .await?;
    Ok(started.map_err(OpsError::from)?)
}
