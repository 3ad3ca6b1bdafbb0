//! The report as CSV: one row per figure (`scope, section, item, measure, value`), the
//! scope being a cohort's name or `all` for a programme's sum. Every cell through
//! `transfer::cell`: host, Twin and cohort names and the round's reasons are typed text.

use super::{CohortReport, Figures, ProgrammeReport};
use crate::ops::Error;

const HEADER: [&str; 5] = ["scope", "section", "item", "measure", "value"];

fn opt(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// The rows of one set of figures.
fn rows(scope: &str, f: &Figures) -> Vec<[String; 5]> {
    let mut out: Vec<[String; 5]> = Vec::new();
    let mut put = |section: &str, item: &str, measure: &str, value: String| {
        out.push([
            scope.to_owned(),
            section.to_owned(),
            item.to_owned(),
            measure.to_owned(),
            value,
        ]);
    };
    for c in &f.cities {
        put("cities", &c.role, "invited", c.invited.to_string());
        put("cities", &c.role, "submitted", c.submitted.to_string());
        put("cities", &c.role, "matched", c.matched.to_string());
    }
    let p = &f.pairs;
    put("pairs", "", "proposed", p.proposed.to_string());
    put("pairs", "", "accepted", p.accepted.to_string());
    put("pairs", "", "declined", p.declined.to_string());
    put("pairs", "", "expired", p.expired.to_string());
    let v = &f.visits;
    put("visits", "", "done", v.done.to_string());
    put("visits", "", "planned", v.planned.to_string());
    put("visits", "", "unplaced", v.unplaced.to_string());
    put("visits", "", "cancelled", v.cancelled.to_string());
    put("visits", "", "travellers", v.travellers.to_string());
    put(
        "visits",
        "",
        "travellers_assumed",
        v.travellers_assumed.to_string(),
    );
    let t = &f.travel;
    put("travel", "air", "km", t.air_km.to_string());
    put("travel", "rail", "km", t.rail_km.to_string());
    put("travel", "all", "km", t.km.to_string());
    put("travel", "air", "co2_kg", t.air_co2_kg.to_string());
    put("travel", "rail", "co2_kg", t.rail_co2_kg.to_string());
    put("travel", "all", "co2_kg", t.co2_kg.to_string());
    put("travel", "air", "km_share", opt(t.air_km_share));
    put("travel", "air", "co2_share", opt(t.air_co2_share));
    let c = &f.costs;
    put("costs", "", "visits", c.visits.to_string());
    put("costs", "", "estimated_eur", c.estimated_eur.to_string());
    put("costs", "", "cap_eur", opt(c.cap_eur));
    put("costs", "", "actual_eur", c.actual_eur.to_string());
    put("costs", "", "recorded", c.recorded.to_string());
    put("costs", "", "over_cap", c.over_cap.to_string());
    for h in &f.feedback {
        put("feedback", &h.host, "answers", h.answers.to_string());
        put(
            "feedback",
            &h.host,
            "usefulness_mean",
            opt(h.usefulness_mean),
        );
        put("feedback", &h.host, "recommend", h.recommend.to_string());
    }
    let a = &f.actions;
    put("actions", "", "plans", a.plans.to_string());
    put("actions", "", "actions", a.actions.to_string());
    put("actions", "", "budget_eur", a.budget_eur.to_string());
    for th in &a.by_theme {
        let theme = format!("{} × {}", th.domain, th.lever);
        put(
            "actions_by_theme",
            &theme,
            "actions",
            th.actions.to_string(),
        );
        put(
            "actions_by_theme",
            &theme,
            "budget_eur",
            th.budget_eur.to_string(),
        );
    }
    for s in &a.by_status {
        put(
            "actions_by_status",
            s.status.as_str(),
            "actions",
            s.actions.to_string(),
        );
        put(
            "actions_by_status",
            s.status.as_str(),
            "budget_eur",
            s.budget_eur.to_string(),
        );
    }
    for u in &f.unmatched {
        put("unmatched", &u.twin, "reason", u.reason.clone());
    }
    out
}

fn write(all: &[(String, &Figures)]) -> Result<Vec<u8>, Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(HEADER)
        .map_err(|e| Error::failed("writing CSV", e))?;
    for (scope, f) in all {
        for row in rows(scope, f) {
            out.write_record(row.iter().map(|c| crate::transfer::cell(c).into_owned()))
                .map_err(|e| Error::failed("writing CSV", e))?;
        }
    }
    out.into_inner()
        .map_err(|e| Error::failed("writing CSV", e.into_error()))
}

/// A cohort's report as CSV, its scope the cohort's name.
pub fn cohort_csv(r: &CohortReport) -> Result<Vec<u8>, Error> {
    write(&[(r.name.clone(), &r.figures)])
}

/// A programme's report as CSV: its sum (scope `all`), then each cohort's.
pub fn programme_csv(r: &ProgrammeReport) -> Result<Vec<u8>, Error> {
    let mut all = vec![("all".to_owned(), &r.totals)];
    all.extend(r.cohorts.iter().map(|c| (c.name.clone(), &c.figures)));
    write(&all)
}
