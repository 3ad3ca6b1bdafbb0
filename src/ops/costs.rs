//! Travel costs of visits: each visit's estimated cost (the stated per-km rate of its mode
//! × its route × a round trip × its travellers) against the cohort's reimbursement cap,
//! what the travelling city recorded as actually spent (recorded through its link, until
//! the cohort is archived, under the cohort's lock, audited), and a cohort's totals, which
//! [`of_cohort`] gives in one place for its pages, its API and the programme's report.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

use super::Error;
use super::visits::{self, VisitView};
use crate::db::DbConnection;
use crate::db::models::costs::{self as rows, CostRow};
use crate::db::models::{audit, cohort, visit};
use crate::domain::costs::{Estimate, Eur, SpentFields, TravelRates, estimate, validate_spent};
use crate::domain::id::CityId;
use crate::domain::id::{CohortId, VisitId};
use crate::domain::state::VisitStatus;

/// One visit's travel cost: estimated, capped, and spent as recorded.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VisitCost {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// Its label ("Cascais → Aarhus, trip 1").
    pub label: String,
    /// The travelling city's id.
    #[schema(value_type = String)]
    pub guest_city_id: CityId,
    /// The travelling city.
    pub guest_city: String,
    /// The receiving city.
    pub host_city: String,
    /// The visit's status.
    pub status: VisitStatus,
    /// The estimate, against the cap.
    pub estimate: Estimate,
    /// What the travelling city recorded as spent, euros (`null`: nothing yet).
    pub actual_eur: Option<f64>,
    /// What the amount covers, as the city wrote it.
    pub note: Option<String>,
    /// When it was recorded or last changed (UTC).
    #[serde(serialize_with = "crate::domain::time::utc_opt")]
    pub recorded_at: Option<NaiveDateTime>,
    /// Whether the amount spent is above the cap.
    pub actual_over_cap: bool,
    /// Whether the visit is above its cap: what was spent when recorded, else the estimate.
    pub over_cap: bool,
    /// Whether its estimate and cap count in the totals (`false` for a cancelled visit,
    /// whose spending, if any was recorded, still counts).
    pub counted: bool,
    #[serde(skip)]
    actual: Option<Eur>,
}

impl VisitCost {
    /// What was spent, as an amount.
    pub fn actual(&self) -> Option<Eur> {
        self.actual
    }
}

/// The cost of the visit `v` as shown, with the cohort's `cap` and what was recorded.
pub fn cost_of(
    v: &VisitView,
    rates: &TravelRates,
    cap: Option<Eur>,
    row: Option<&CostRow>,
) -> VisitCost {
    let estimate = estimate(&v.travel, rates, cap);
    let actual = row.map(|r| Eur::from_cents(i64::from(r.amount_cents)));
    let actual_over_cap = matches!((actual, estimate.cap()), (Some(a), Some(c)) if a > c);
    VisitCost {
        visit_id: VisitId::from(&v.id),
        label: v.label.clone(),
        guest_city_id: v.guest_city_id.clone(),
        guest_city: v.guest_city.clone(),
        host_city: v.host_city.clone(),
        status: v.status,
        over_cap: if actual.is_some() {
            actual_over_cap
        } else {
            estimate.over_cap
        },
        estimate,
        actual_eur: actual.map(Eur::euros),
        note: row.map(|r| r.note.clone()).filter(|n| !n.is_empty()),
        recorded_at: row.map(|r| r.updated_at),
        actual_over_cap,
        counted: v.status != VisitStatus::Cancelled,
        actual,
    }
}

/// A cohort's totals over its visits' costs.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct CostTotals {
    /// Visits counted (every visit but the cancelled ones).
    pub visits: usize,
    /// Their estimated cost, euros.
    pub estimated_eur: f64,
    /// Their caps, euros (`null` when the cohort sets no cap).
    pub cap_eur: Option<f64>,
    /// What was recorded as spent, over every visit listed, euros.
    pub actual_eur: f64,
    /// Visits with an amount recorded.
    pub recorded: usize,
    /// Visits above their cap (by what was spent, else by the estimate).
    pub over_cap: usize,
}

/// Sums `list` as [`CostTotals`] says.
pub fn totals(list: &[VisitCost], capped: bool) -> CostTotals {
    let counted = || list.iter().filter(|c| c.counted);
    let estimated: Eur = counted().map(|c| c.estimate.estimated()).sum();
    let cap: Eur = counted().filter_map(|c| c.estimate.cap()).sum();
    let actual: Eur = list.iter().filter_map(VisitCost::actual).sum();
    CostTotals {
        visits: counted().count(),
        estimated_eur: estimated.euros(),
        cap_eur: capped.then(|| cap.euros()),
        actual_eur: actual.euros(),
        recorded: list.iter().filter(|c| c.actual.is_some()).count(),
        over_cap: list.iter().filter(|c| c.over_cap).count(),
    }
}

/// A cohort's travel costs: the cap, the rates, each visit's cost, the totals.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortCosts {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// Its reimbursement cap per traveller and visit, euros (`null`: none).
    pub cap_per_traveller_eur: Option<f64>,
    /// The stated rates the estimates use.
    pub rates: TravelRates,
    /// Every visit but the cancelled ones without recorded spending, in the cohort's
    /// order.
    pub visits: Vec<VisitCost>,
    /// The totals.
    pub totals: CostTotals,
}

/// A cohort's travel costs, its totals agreeing with its visits' figures.
pub fn of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    rates: &TravelRates,
) -> Result<CohortCosts, Error> {
    let ctx = visits::context(conn, cohort_id)?;
    let cap = ctx.cohort.cohort.reimbursement_cap();
    let views = visits::views(conn, &ctx, |_| true)?;
    let ids: Vec<VisitId> = views.iter().map(|v| VisitId::from(&v.id)).collect();
    let recorded: HashMap<VisitId, CostRow> = rows::of_visits(conn, &ids)?
        .into_iter()
        .map(|r| (r.visit_id.clone(), r))
        .collect();
    let list: Vec<VisitCost> = views
        .iter()
        .map(|v| cost_of(v, rates, cap, recorded.get(&VisitId::from(&v.id))))
        .filter(|c| c.counted || c.actual.is_some())
        .collect();
    Ok(CohortCosts {
        cohort_id: cohort_id.clone(),
        cap_per_traveller_eur: cap.map(Eur::euros),
        rates: *rates,
        totals: totals(&list, cap.is_some()),
        visits: list,
    })
}

/// The cost of the visit `v` (as a manager or its city sees it).
pub fn of_view(
    conn: &mut DbConnection,
    v: &VisitView,
    rates: &TravelRates,
) -> Result<VisitCost, Error> {
    let cap = cohort::get(conn, &v.cohort_id)?
        .ok_or_else(|| Error::not_found("cohort", &v.cohort_id))?
        .cohort
        .reimbursement_cap();
    let row = rows::get(conn, &VisitId::from(&v.id))?;
    Ok(cost_of(v, rates, cap, row.as_ref()))
}

/// A visit's cost as its city sees it, and whether it may record what it spent.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CityCosts {
    /// The cost.
    pub cost: VisitCost,
    /// Whether this city travels on the visit (only the travelling city records).
    pub travelling: bool,
    /// Whether it can record or change the amount now (travelling, cohort not archived).
    pub open: bool,
    /// Why not, when it travels but cannot (the cohort is archived).
    pub refusal: Option<String>,
}

/// The published visit `visit_id` of `city_id` (travelling or receiving) in `cohort_id`,
/// as the city sees it; else not found, saying nothing of the visits of others.
fn city_visit(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    cohort_id: &CohortId,
) -> Result<VisitView, Error> {
    let row = visit::get(conn, visit_id)?.ok_or_else(|| Error::not_found("visit", visit_id))?;
    if row.cohort_id != *cohort_id {
        return Err(Error::not_found("visit", visit_id));
    }
    let (_, views) = visits::city_views(conn, cohort_id, city_id)?;
    views
        .into_iter()
        .find(|v| v.id == visit_id.as_str())
        .ok_or_else(|| Error::not_found("visit", visit_id))
}

/// What a city sees of a visit's costs (`cohort_id`: the cohort of its invitation).
pub fn for_city(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    cohort_id: &CohortId,
    rates: &TravelRates,
) -> Result<CityCosts, Error> {
    let v = city_visit(conn, visit_id, city_id, cohort_id)?;
    let travelling = v.guest_city_id == city_id;
    let refusal = match super::archive::check_open(conn, cohort_id) {
        Ok(()) => None,
        Err(e @ Error::Conflict { .. }) => Some(e.to_string()),
        Err(e) => return Err(e),
    };
    Ok(CityCosts {
        cost: of_view(conn, &v, rates)?,
        travelling,
        open: travelling && refusal.is_none(),
        refusal: refusal.filter(|_| travelling),
    })
}

/// Records (or changes) what the travelling city spent on a published visit: refused to
/// the receiving city (403) and while the cohort is archived (409); every wrong field
/// named, nothing stored then; under the cohort's lock; audited.
pub fn record(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
    cohort_id: &CohortId,
    fields: &SpentFields,
    rates: &TravelRates,
    actor: &str,
) -> Result<VisitCost, Error> {
    let spent = validate_spent(fields)?;
    // Takes the cohort's lock: two saves at once run one after the other, the second
    // replacing the first; an archive waits for it.
    super::archive::ensure_open(conn, cohort_id)?;
    let v = city_visit(conn, visit_id, city_id, cohort_id)?;
    if v.guest_city_id != city_id {
        return Err(Error::Forbidden(format!(
            "{} receives this visit: the travelling city, {}, records what it spent",
            v.host_city, v.guest_city
        )));
    }
    let before = rows::get(conn, visit_id)?;
    rows::save(conn, visit_id, city_id, &spent, actor)?;
    audit::record(
        conn,
        actor,
        if before.is_some() {
            "change costs"
        } else {
            "record costs"
        },
        "visit",
        visit_id,
        &format!("{}: EUR {}", v.guest_city, spent.amount.plain()),
    )?;
    of_view(conn, &v, rates)
}
