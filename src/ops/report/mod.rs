//! The programme's report, for the manager and the funder: per cohort
//! ([`of_cohort`]) and per programme ([`of_programme`], the sum of its cohorts). Cities by
//! role and status, pairs, visits, people who travelled, km and CO₂e by mode, travel
//! costs against caps, feedback per host, replication actions by theme and status, and
//! the Twins the latest published round left unmatched. Each figure is read from the
//! same source as its detail page (`ops::costs`, `ops::feedback`, the plans, the
//! visits, the round's report), each source once per cohort.

pub mod csv;
mod sum;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::{Listing, cohort, invitation, plan, profile, programme, proposal, round};
use crate::domain::costs::TravelRates;
use crate::domain::id::{CityId, CohortId, HostId, ProgrammeId};
use crate::domain::itinerary::VisitView;
use crate::domain::profile::ProfileRole;
use crate::domain::state::{ActionStatus, PairState, VisitStatus};
use crate::ops::costs::CostTotals;

/// Cities of one role, by how far they went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct CityCounts {
    /// `twin` or `host`.
    pub role: String,
    /// Cities holding an invitation that is not revoked.
    pub invited: usize,
    /// Cities with a submitted profile.
    pub submitted: usize,
    /// Twins of an accepted pair; for hosts, hosts with at least one accepted pair.
    pub matched: usize,
}

/// The live proposals of the cohort, by state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct PairCounts {
    /// Still awaiting an answer, deadline not passed.
    pub proposed: usize,
    /// Accepted by both sides.
    pub accepted: usize,
    /// Declined by either side.
    pub declined: usize,
    /// Unanswered after their answer deadline.
    pub expired: usize,
}

/// Visits by where they stand, and who travelled.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct VisitCounts {
    /// Published, not cancelled, and over (their last day before today).
    pub done: usize,
    /// Placed (draft, planned or confirmed) and not over yet.
    pub planned: usize,
    /// Not placed in the calendar yet.
    pub unplaced: usize,
    /// Cancelled.
    pub cancelled: usize,
    /// People who travelled: the delegation sizes of the visits done (1 when a profile
    /// does not say).
    pub travellers: i64,
    /// Visits done whose delegation size was not given (1 traveller counted).
    pub travellers_assumed: usize,
}

/// Travel of the visits done, round trips of every traveller, by mode.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct TravelTotals {
    /// Traveller-km by air.
    pub air_km: f64,
    /// Traveller-km by rail.
    pub rail_km: f64,
    /// kg CO₂e by air.
    pub air_co2_kg: f64,
    /// kg CO₂e by rail.
    pub rail_co2_kg: f64,
    /// All traveller-km.
    pub km: f64,
    /// All kg CO₂e.
    pub co2_kg: f64,
    /// Share of the km by air, 0 to 1 (`None` when nobody travelled).
    pub air_km_share: Option<f64>,
    /// Share of the CO₂e by air, 0 to 1.
    pub air_co2_share: Option<f64>,
}

/// What the cities said of a host after its visits.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct HostLine {
    /// The host.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Its name.
    pub host: String,
    /// Answers given on its visits (both sides).
    pub answers: usize,
    /// Mean usefulness, 1 to 5, one decimal (`None` without answers).
    pub usefulness_mean: Option<f64>,
    /// Answers that would recommend it.
    pub recommend: usize,
    #[serde(skip)]
    usefulness_sum: i64,
}

/// Replication actions of one theme (emission domain × lever).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ThemeLine {
    /// Emission domain.
    pub domain: String,
    /// Lever.
    pub lever: String,
    /// Actions.
    pub actions: usize,
    /// Their budgets, euros.
    pub budget_eur: i64,
}

/// Replication actions in one status.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StatusLine {
    /// Where they stand.
    pub status: ActionStatus,
    /// Actions.
    pub actions: usize,
    /// Their budgets, euros.
    pub budget_eur: i64,
}

/// The actions of the Replication Plans the programme holds (each Twin's latest
/// submitted version).
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct ActionTotals {
    /// Plans submitted.
    pub plans: usize,
    /// Actions in them.
    pub actions: usize,
    /// Their budgets, euros.
    pub budget_eur: i64,
    /// By theme, by domain then lever.
    pub by_theme: Vec<ThemeLine>,
    /// By status, in the statuses' order (each status listed).
    pub by_status: Vec<StatusLine>,
}

/// A Twin the latest published round left without a host.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct UnmatchedLine {
    /// Its cohort's name.
    pub cohort: String,
    /// The Twin.
    #[schema(value_type = String)]
    pub twin_id: CityId,
    /// Its name.
    pub twin: String,
    /// Why, as the round explained it.
    pub reason: String,
}

/// The figures of a report: a cohort's, or a programme's summed over its cohorts.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Figures {
    /// Twins, then hosts.
    pub cities: Vec<CityCounts>,
    /// Pairs by state.
    pub pairs: PairCounts,
    /// Visits by status, and travellers.
    pub visits: VisitCounts,
    /// km and CO₂e of the visits done.
    pub travel: TravelTotals,
    /// Travel costs against the caps, as on the costs page.
    pub costs: CostTotals,
    /// Feedback per host, by name.
    pub feedback: Vec<HostLine>,
    /// Replication actions.
    pub actions: ActionTotals,
    /// Unmatched Twins and why.
    pub unmatched: Vec<UnmatchedLine>,
}

/// A cohort's report.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortReport {
    /// The cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// Its name.
    pub name: String,
    /// Its programme.
    #[schema(value_type = String)]
    pub programme_id: ProgrammeId,
    /// The day the report was made (visits done are those over before it).
    pub as_of: NaiveDate,
    /// The number of the round the unmatched Twins come from (`None`: none published).
    pub round: Option<i32>,
    /// Its figures.
    pub figures: Figures,
}

/// A programme's report: each cohort's, and their sum.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProgrammeReport {
    /// The programme.
    #[schema(value_type = String)]
    pub programme_id: ProgrammeId,
    /// Its name.
    pub name: String,
    /// The day the report was made.
    pub as_of: NaiveDate,
    /// Its cohorts, archived ones included, in order.
    pub cohorts: Vec<CohortReport>,
    /// The sum of its cohorts.
    pub totals: Figures,
}

/// Whether a visit took place and is over (as `ops::feedback::has_ended` says of its row).
pub fn done(v: &VisitView, today: NaiveDate) -> bool {
    matches!(v.status, VisitStatus::Planned | VisitStatus::Confirmed)
        && v.published_status.is_some_and(VisitStatus::is_live)
        && v.ends_on.is_some_and(|end| end < today)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn cities(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    pairs: &[proposal::Proposal],
) -> Result<Vec<CityCounts>, Error> {
    let mut invited: BTreeMap<ProfileRole, BTreeSet<CityId>> = BTreeMap::new();
    for (inv, _) in invitation::of_cohort(conn, cohort_id)? {
        if inv.revoked_at.is_none() {
            invited.entry(inv.role).or_default().insert(inv.city_id);
        }
    }
    let mut submitted: BTreeMap<ProfileRole, BTreeSet<CityId>> = BTreeMap::new();
    for p in profile::latest_submitted_of_cohort(conn, cohort_id)? {
        submitted
            .entry(p.row.role)
            .or_default()
            .insert(p.row.city_id);
    }
    let accepted = || pairs.iter().filter(|p| p.state() == PairState::Accepted);
    let twins: BTreeSet<&CityId> = accepted().map(|p| &p.twin_city_id).collect();
    let hosts: BTreeSet<&HostId> = accepted().map(|p| &p.host_id).collect();
    Ok([ProfileRole::Twin, ProfileRole::Host]
        .into_iter()
        .map(|role| CityCounts {
            role: role.as_str().to_owned(),
            invited: invited.get(&role).map_or(0, BTreeSet::len),
            submitted: submitted.get(&role).map_or(0, BTreeSet::len),
            matched: if role == ProfileRole::Twin {
                twins.len()
            } else {
                hosts.len()
            },
        })
        .collect())
}

fn pair_counts(pairs: &[proposal::Proposal], today: NaiveDate) -> PairCounts {
    let mut out = PairCounts::default();
    for p in pairs {
        match p.state() {
            PairState::Accepted => out.accepted += 1,
            PairState::Declined => out.declined += 1,
            PairState::Proposed if p.expired(today) => out.expired += 1,
            PairState::Proposed => out.proposed += 1,
        }
    }
    out
}

fn visits(views: &[VisitView], today: NaiveDate) -> (VisitCounts, TravelTotals) {
    let mut counts = VisitCounts::default();
    let mut travel = TravelTotals::default();
    for v in views {
        if v.status == VisitStatus::Cancelled {
            counts.cancelled += 1;
        } else if done(v, today) {
            counts.done += 1;
            let people = v.travel.delegation_size.unwrap_or(1).max(1);
            if v.travel.delegation_size.is_none() {
                counts.travellers_assumed += 1;
            }
            counts.travellers += i64::from(people);
            let km = 2.0 * v.travel.route_km * f64::from(people);
            let co2 = v
                .travel
                .co2_kg_delegation
                .unwrap_or(v.travel.co2_kg_per_traveller);
            if v.travel.mode == "air" {
                travel.air_km += km;
                travel.air_co2_kg += co2;
            } else {
                travel.rail_km += km;
                travel.rail_co2_kg += co2;
            }
        } else if v.status == VisitStatus::Unplaced {
            counts.unplaced += 1;
        } else {
            counts.planned += 1;
        }
    }
    sum::finish_travel(&mut travel);
    (counts, travel)
}

fn feedback(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<Vec<HostLine>, Error> {
    let (_, hosts) = super::feedback::of_cohort(conn, cohort_id, today)?;
    let mut out: Vec<HostLine> = hosts
        .into_iter()
        .map(|h| {
            let answers = h.visits.iter().flat_map(|v| &v.feedback);
            let usefulness_sum = answers.map(|f| i64::from(f.usefulness)).sum();
            let mut line = HostLine {
                host_id: h.host_id,
                host: h.host,
                answers: h.summary.all.responses,
                usefulness_mean: None,
                recommend: h.summary.all.recommend,
                usefulness_sum,
            };
            sum::finish_host(&mut line);
            line
        })
        .collect();
    out.sort_by(|a, b| a.host.cmp(&b.host));
    Ok(out)
}

fn actions(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<ActionTotals, Error> {
    let held = plan::held_of_cohort(conn, cohort_id)?;
    let ids: Vec<String> = held.iter().map(|p| p.id.clone()).collect();
    let rows = plan::actions_of(conn, &ids)?;
    let mut out = ActionTotals {
        plans: held.len(),
        ..ActionTotals::default()
    };
    let mut themes: BTreeMap<(String, String), (usize, i64)> = BTreeMap::new();
    let mut statuses: BTreeMap<ActionStatus, (usize, i64)> =
        ActionStatus::ALL.iter().map(|s| (*s, (0, 0))).collect();
    for a in &rows {
        let budget = i64::from(a.budget_eur);
        out.actions += 1;
        out.budget_eur += budget;
        let (domain, lever) = a.practice.split_once(':').unwrap_or((&a.practice, ""));
        let t = themes
            .entry((domain.to_owned(), lever.to_owned()))
            .or_default();
        t.0 += 1;
        t.1 += budget;
        let s = statuses.entry(a.status).or_default();
        s.0 += 1;
        s.1 += budget;
    }
    out.by_theme = sum::theme_lines(themes);
    out.by_status = sum::status_lines(statuses);
    Ok(out)
}

fn unmatched(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    name: &str,
) -> Result<(Option<i32>, Vec<UnmatchedLine>), Error> {
    let latest = round::of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|r| r.published_at.is_some())
        .max_by_key(|r| r.number);
    let Some(row) = latest else {
        return Ok((None, Vec::new()));
    };
    let report = super::rounds::report_of(&row)?;
    let lines = report
        .unmatched
        .into_iter()
        .map(|u| UnmatchedLine {
            cohort: name.to_owned(),
            twin_id: u.twin_id,
            twin: u.twin,
            reason: u.reason,
        })
        .collect();
    Ok((Some(row.number), lines))
}

/// A cohort's report on `today`, its travel costs at the stated `rates`, read on one
/// snapshot of the database.
pub fn of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    rates: &TravelRates,
    today: NaiveDate,
) -> Result<CohortReport, Error> {
    crate::db::read_snapshot(conn, |conn| cohort_report(conn, cohort_id, rates, today))
}

fn cohort_report(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    rates: &TravelRates,
    today: NaiveDate,
) -> Result<CohortReport, Error> {
    let ctx = super::visits::context(conn, cohort_id)?;
    let views = super::visits::views(conn, &ctx, |_| true)?;
    let pairs = proposal::live_of_cohort(conn, cohort_id)?;
    let (visit_counts, travel) = visits(&views, today);
    let name = ctx.cohort.cohort.name.clone();
    let (round, unmatched) = unmatched(conn, cohort_id, &name)?;
    let figures = Figures {
        cities: cities(conn, cohort_id, &pairs)?,
        pairs: pair_counts(&pairs, today),
        visits: visit_counts,
        travel,
        costs: super::costs::of_cohort(conn, cohort_id, rates)?.totals,
        feedback: feedback(conn, cohort_id, today)?,
        actions: actions(conn, cohort_id)?,
        unmatched,
    };
    Ok(CohortReport {
        cohort_id: cohort_id.clone(),
        name,
        programme_id: ctx.cohort.cohort.programme_id.clone(),
        as_of: today,
        round,
        figures,
    })
}

/// A programme's report on `today`: each of its cohorts' (archived ones included) and
/// their sum, all read on one snapshot of the database.
pub fn of_programme(
    conn: &mut DbConnection,
    programme_id: &ProgrammeId,
    rates: &TravelRates,
    today: NaiveDate,
) -> Result<ProgrammeReport, Error> {
    crate::db::read_snapshot(conn, |conn| {
        programme_report(conn, programme_id, rates, today)
    })
}

fn programme_report(
    conn: &mut DbConnection,
    programme_id: &ProgrammeId,
    rates: &TravelRates,
    today: NaiveDate,
) -> Result<ProgrammeReport, Error> {
    let p = programme::get(conn, programme_id)?
        .ok_or_else(|| Error::not_found("programme", programme_id))?;
    let list = cohort::list(conn, Some(programme_id), Listing::All, i64::MAX, 0)?;
    let mut cohorts = Vec::new();
    for c in list.items {
        cohorts.push(cohort_report(conn, &c.cohort.id, rates, today)?);
    }
    let totals = sum::figures(cohorts.iter().map(|c| &c.figures));
    Ok(ProgrammeReport {
        programme_id: programme_id.clone(),
        name: p.name,
        as_of: today,
        cohorts,
        totals,
    })
}
