//! Replication Plans as CSV: one row per action of the version the programme holds, for
//! a plan or for every submitted plan of a cohort. Every cell through `transfer::cell`.

use super::super::Error;
use super::super::feedback::practices_by_host;
use super::views::{ReplicationPlanView, read};
use super::{cohort_of, of_cohort, one};
use crate::db::DbConnection;
use crate::domain::id::CityId;
use crate::domain::id::CohortId;

const CSV_HEADER: [&str; 18] = [
    "cohort",
    "city",
    "host",
    "version",
    "plan_status",
    "position",
    "title",
    "practice",
    "domain",
    "lever",
    "owner",
    "starts_on",
    "ends_on",
    "budget_eur",
    "status",
    "indicator",
    "target_value",
    "target_unit",
];

fn csv_rows(
    out: &mut csv::Writer<Vec<u8>>,
    cohort: &str,
    plan: &ReplicationPlanView,
) -> Result<(), Error> {
    let v = plan.current();
    for a in &v.actions {
        let row = [
            cohort.to_owned(),
            plan.city.clone(),
            plan.host.clone(),
            v.version.to_string(),
            v.status.as_str().to_owned(),
            (a.position + 1).to_string(),
            a.title.clone(),
            a.practice_label.clone(),
            a.domain.clone(),
            a.lever.clone(),
            a.owner.clone(),
            a.starts_on.to_string(),
            a.ends_on.to_string(),
            a.budget_eur.to_string(),
            a.status.as_str().to_owned(),
            a.indicator.clone(),
            a.target_value.to_string(),
            a.target_unit.clone(),
        ];
        // Every cell through `cell`: most are text a city typed.
        out.write_record(row.iter().map(|c| crate::transfer::cell(c).into_owned()))
            .map_err(|e| Error::failed("writing CSV", e))?;
    }
    Ok(())
}

fn csv_of(cohort: &str, plans: &[ReplicationPlanView]) -> Result<Vec<u8>, Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CSV_HEADER)
        .map_err(|e| Error::failed("writing CSV", e))?;
    for p in plans {
        csv_rows(&mut out, cohort, p)?;
    }
    out.into_inner()
        .map_err(|e| Error::failed("writing CSV", e.into_error()))
}

/// A Twin's plan as CSV, one row per action of the version the programme holds (the
/// latest submitted one, else the draft).
pub fn plan_csv(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> Result<Vec<u8>, Error> {
    let name = cohort_of(conn, cohort_id)?.cohort.name;
    let plan = one(conn, cohort_id, city_id)?;
    csv_of(&name, std::slice::from_ref(&plan))
}

/// Every submitted plan of a cohort as CSV, one row per action, Twins by name.
pub fn cohort_csv(conn: &mut DbConnection, cohort_id: &CohortId) -> Result<Vec<u8>, Error> {
    let name = cohort_of(conn, cohort_id)?.cohort.name;
    let offered = practices_by_host(conn, cohort_id)?;
    let mut plans = Vec::new();
    for line in of_cohort(conn, cohort_id)? {
        if line.submitted_status.is_some()
            && let Some(p) = read(conn, cohort_id, &line.city_id, &offered)?
        {
            plans.push(p);
        }
    }
    csv_of(&name, &plans)
}
