//! The programme's report in the console: a cohort's (`/console/cohorts/{id}/report`)
//! and a programme's, the sum of its cohorts (`/console/programmes/{id}/report`), as
//! tables with server-rendered SVG charts (printable), and each as CSV (`report.csv`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::chart::{self, Bar};
use super::{Nav, enter};
use crate::blocking::with_db;
use crate::db::DbPool;
use crate::domain::costs::TravelRates;
use crate::domain::id::{CohortId, ProgrammeId};
use crate::ops::report::{self as ops, Figures};
use crate::web::page::{PageError, html, manager};

#[derive(Template)]
#[template(path = "console/report.html")]
struct ReportPage {
    nav: Nav,
    /// "Cohort" or "Programme".
    scope: &'static str,
    name: String,
    /// Where the report's subject is in the console.
    back: String,
    csv: String,
    as_of: String,
    figures: Figures,
    /// A programme's cohorts: (id, name, figures).
    cohorts: Vec<(String, String, Figures)>,
    /// (title, SVG) of each chart.
    charts: Vec<(&'static str, String)>,
}

fn rates(request: &HttpRequest) -> Result<TravelRates, PageError> {
    Ok(crate::http::state::<TravelRates>(request)?)
}

fn kg(x: f64) -> String {
    format!("{x:.1} kg")
}

fn charts(f: &Figures) -> Vec<(&'static str, String)> {
    let v = &f.visits;
    let p = &f.pairs;
    let t = &f.travel;
    let by_status: Vec<Bar> = f
        .actions
        .by_status
        .iter()
        .map(|s| Bar::count(s.status.as_str(), s.actions))
        .collect();
    let chart = |id: &str, title: &'static str, bars: &[Bar]| (title, chart::bars(id, title, bars));
    vec![
        chart(
            "chart-visits",
            "Visits by status",
            &[
                Bar::count("done", v.done),
                Bar::count("planned", v.planned),
                Bar::count("unplaced", v.unplaced),
                Bar::count("cancelled", v.cancelled),
            ],
        ),
        chart(
            "chart-pairs",
            "Pairs by state",
            &[
                Bar::count("proposed", p.proposed),
                Bar::count("accepted", p.accepted),
                Bar::count("declined", p.declined),
                Bar::count("expired", p.expired),
            ],
        ),
        chart(
            "chart-co2",
            "CO2e of the visits done by mode",
            &[
                Bar {
                    label: "air".to_owned(),
                    value: t.air_co2_kg,
                    text: kg(t.air_co2_kg),
                },
                Bar {
                    label: "rail".to_owned(),
                    value: t.rail_co2_kg,
                    text: kg(t.rail_co2_kg),
                },
            ],
        ),
        chart("chart-actions", "Replication actions by status", &by_status),
    ]
}

/// `GET /console/cohorts/{id}/report`.
pub async fn cohort(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let rates = rates(&request)?;
    let id = CohortId::from(id.into_inner());
    let today = crate::ops::profiles::today();
    let r = with_db(&pool, move |conn| ops::of_cohort(conn, &id, &rates, today)).await?;
    let page = ReportPage {
        nav,
        scope: "Cohort",
        back: format!("/console/cohorts/{}", r.cohort_id),
        csv: format!("/console/cohorts/{}/report.csv", r.cohort_id),
        name: r.name,
        as_of: r.as_of.format("%-d %B %Y").to_string(),
        charts: charts(&r.figures),
        figures: r.figures,
        cohorts: Vec::new(),
    };
    Ok(csrf.apply(html(&page)?))
}

/// `GET /console/programmes/{id}/report`.
pub async fn programme(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let rates = rates(&request)?;
    let id = ProgrammeId::from(id.into_inner());
    let today = crate::ops::profiles::today();
    let r = with_db(&pool, move |conn| {
        ops::of_programme(conn, &id, &rates, today)
    })
    .await?;
    let page = ReportPage {
        nav,
        scope: "Programme",
        back: "/console".to_owned(),
        csv: format!("/console/programmes/{}/report.csv", r.programme_id),
        name: r.name,
        as_of: r.as_of.format("%-d %B %Y").to_string(),
        charts: charts(&r.totals),
        figures: r.totals,
        cohorts: r
            .cohorts
            .into_iter()
            .map(|c| (c.cohort_id.to_string(), c.name, c.figures))
            .collect(),
    };
    Ok(csrf.apply(html(&page)?))
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

/// `GET /console/cohorts/{id}/report.csv`.
pub async fn cohort_csv(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let rates = rates(&request)?;
    let id = CohortId::from(id.into_inner());
    let today = crate::ops::profiles::today();
    let data = with_db(&pool, move |conn| {
        ops::csv::cohort_csv(&ops::of_cohort(conn, &id, &rates, today)?)
    })
    .await?;
    Ok(csv(data, "cohort-report.csv"))
}

/// `GET /console/programmes/{id}/report.csv`.
pub async fn programme_csv(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let rates = rates(&request)?;
    let id = ProgrammeId::from(id.into_inner());
    let today = crate::ops::profiles::today();
    let data = with_db(&pool, move |conn| {
        ops::csv::programme_csv(&ops::of_programme(conn, &id, &rates, today)?)
    })
    .await?;
    Ok(csv(data, "programme-report.csv"))
}
