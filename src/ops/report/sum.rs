//! Summing reports: the derived figures (shares, means) of a cohort's report, and a
//! programme's figures as the sum of its cohorts'.

use std::collections::BTreeMap;

use super::{
    ActionTotals, CityCounts, Figures, HostLine, PairCounts, StatusLine, ThemeLine, TravelTotals,
    VisitCounts, round2,
};
use crate::domain::state::ActionStatus;
use crate::ops::costs::CostTotals;

/// Rounds the travel figures and works out the air shares.
pub(super) fn finish_travel(t: &mut TravelTotals) {
    t.air_km = round2(t.air_km);
    t.rail_km = round2(t.rail_km);
    t.air_co2_kg = round2(t.air_co2_kg);
    t.rail_co2_kg = round2(t.rail_co2_kg);
    t.km = round2(t.air_km + t.rail_km);
    t.co2_kg = round2(t.air_co2_kg + t.rail_co2_kg);
    let share = |part: f64, all: f64| (all > 0.0).then(|| ((part / all) * 1000.0).round() / 1000.0);
    t.air_km_share = share(t.air_km, t.km);
    t.air_co2_share = share(t.air_co2_kg, t.co2_kg);
}

/// Works out a host's mean usefulness from its answers.
pub(super) fn finish_host(h: &mut HostLine) {
    h.usefulness_mean = (h.answers > 0)
        .then(|| ((h.usefulness_sum as f64 / h.answers as f64) * 10.0).round() / 10.0);
}

pub(super) fn theme_lines(themes: BTreeMap<(String, String), (usize, i64)>) -> Vec<ThemeLine> {
    themes
        .into_iter()
        .map(|((domain, lever), (actions, budget_eur))| ThemeLine {
            domain,
            lever,
            actions,
            budget_eur,
        })
        .collect()
}

pub(super) fn status_lines(statuses: BTreeMap<ActionStatus, (usize, i64)>) -> Vec<StatusLine> {
    ActionStatus::ALL
        .iter()
        .map(|s| {
            let (actions, budget_eur) = statuses.get(s).copied().unwrap_or_default();
            StatusLine {
                status: *s,
                actions,
                budget_eur,
            }
        })
        .collect()
}

fn add_costs(a: &mut CostTotals, b: &CostTotals) {
    a.visits += b.visits;
    a.estimated_eur = round2(a.estimated_eur + b.estimated_eur);
    a.cap_eur = match (a.cap_eur, b.cap_eur) {
        (None, None) => None,
        (x, y) => Some(round2(x.unwrap_or(0.0) + y.unwrap_or(0.0))),
    };
    a.actual_eur = round2(a.actual_eur + b.actual_eur);
    a.recorded += b.recorded;
    a.over_cap += b.over_cap;
}

/// The sum of several cohorts' figures: counts and amounts added, hosts merged by id
/// (their mean over all their answers), themes and statuses merged, unmatched Twins
/// listed with their cohort.
pub(super) fn figures<'a>(all: impl Iterator<Item = &'a Figures>) -> Figures {
    let mut out = Figures::default();
    let mut cities: BTreeMap<String, CityCounts> = BTreeMap::new();
    let mut hosts: BTreeMap<String, HostLine> = BTreeMap::new();
    let mut themes: BTreeMap<(String, String), (usize, i64)> = BTreeMap::new();
    let mut statuses: BTreeMap<ActionStatus, (usize, i64)> = BTreeMap::new();
    let mut travel = TravelTotals::default();
    for f in all {
        for c in &f.cities {
            let e = cities.entry(c.role.clone()).or_insert_with(|| CityCounts {
                role: c.role.clone(),
                ..CityCounts::default()
            });
            e.invited += c.invited;
            e.submitted += c.submitted;
            e.matched += c.matched;
        }
        let p = &f.pairs;
        out.pairs = PairCounts {
            proposed: out.pairs.proposed + p.proposed,
            accepted: out.pairs.accepted + p.accepted,
            declined: out.pairs.declined + p.declined,
            expired: out.pairs.expired + p.expired,
        };
        let v = &f.visits;
        out.visits = VisitCounts {
            done: out.visits.done + v.done,
            planned: out.visits.planned + v.planned,
            unplaced: out.visits.unplaced + v.unplaced,
            cancelled: out.visits.cancelled + v.cancelled,
            travellers: out.visits.travellers + v.travellers,
            travellers_assumed: out.visits.travellers_assumed + v.travellers_assumed,
        };
        travel.air_km += f.travel.air_km;
        travel.rail_km += f.travel.rail_km;
        travel.air_co2_kg += f.travel.air_co2_kg;
        travel.rail_co2_kg += f.travel.rail_co2_kg;
        add_costs(&mut out.costs, &f.costs);
        for h in &f.feedback {
            let e = hosts
                .entry(h.host_id.to_string())
                .or_insert_with(|| HostLine {
                    answers: 0,
                    recommend: 0,
                    usefulness_sum: 0,
                    usefulness_mean: None,
                    ..h.clone()
                });
            e.answers += h.answers;
            e.recommend += h.recommend;
            e.usefulness_sum += h.usefulness_sum;
        }
        let a = &f.actions;
        out.actions.plans += a.plans;
        out.actions.actions += a.actions;
        out.actions.budget_eur += a.budget_eur;
        for t in &a.by_theme {
            let e = themes
                .entry((t.domain.clone(), t.lever.clone()))
                .or_default();
            e.0 += t.actions;
            e.1 += t.budget_eur;
        }
        for s in &a.by_status {
            let e = statuses.entry(s.status).or_default();
            e.0 += s.actions;
            e.1 += s.budget_eur;
        }
        out.unmatched.extend(f.unmatched.iter().cloned());
    }
    out.cities = ["twin", "host"]
        .iter()
        .map(|r| {
            cities.remove(*r).unwrap_or_else(|| CityCounts {
                role: (*r).to_owned(),
                ..CityCounts::default()
            })
        })
        .collect();
    finish_travel(&mut travel);
    out.travel = travel;
    out.feedback = hosts
        .into_values()
        .map(|mut h| {
            finish_host(&mut h);
            h
        })
        .collect();
    out.feedback.sort_by(|a, b| a.host.cmp(&b.host));
    out.actions = ActionTotals {
        by_theme: theme_lines(themes),
        by_status: status_lines(statuses),
        ..out.actions
    };
    out
}
