//! What the programme's earlier rounds and visits tell a new round (issue 25, part 6): the
//! Twins left unmatched before, the Twins a host took in the other cohorts, and the
//! usefulness its Twins gave its visits.

use super::*;

/// The mean usefulness (1 to 5) the Twins gave the visits of a host with any of `cities`,
/// and how many answers, over the programme's cohorts, by host id (hosts without any left
/// out).
pub fn host_feedback(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    hosts: &[(String, Vec<String>)],
) -> Result<HashMap<String, (f64, usize)>, Error> {
    use crate::db::schema::{cohorts, visit_feedback, visits};
    use diesel::prelude::*;
    let Some(this) = cohort::get(conn, cohort_id)? else {
        return Err(Error::not_found("cohort", cohort_id.to_owned()));
    };
    let all: Vec<CohortId> = cohorts::table
        .filter(cohorts::programme_id.eq(&this.cohort.programme_id))
        .select(cohorts::id)
        .load(conn)?;
    let rows: Vec<(String, String, String, i32)> = visit_feedback::table
        .inner_join(visits::table)
        .filter(visits::cohort_id.eq_any(&all))
        .select((
            visits::host_city_id,
            visits::twin_city_id,
            visit_feedback::city_id,
            visit_feedback::usefulness,
        ))
        .load(conn)?;
    let mut out = HashMap::new();
    for (id, cities) in hosts {
        let given: Vec<f64> = rows
            .iter()
            // The Twin's word on a visit the host received.
            .filter(|(host_city, twin, by, _)| cities.contains(host_city) && by == twin)
            .map(|(_, _, _, u)| f64::from(*u))
            .collect();
        if !given.is_empty() {
            let mean = given.iter().sum::<f64>() / given.len() as f64;
            out.insert(id.clone(), (mean, given.len()));
        }
    }
    Ok(out)
}

/// How many Twins were proposed (and not declined, nor superseded) to a host with any of
/// `cities`, in the cohorts of the programme other than `cohort_id`.
pub fn hosted_elsewhere(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    hosts: &[(String, Vec<String>)],
) -> Result<HashMap<String, i64>, Error> {
    use crate::db::schema::{cohorts, proposals};
    use crate::domain::state::Answer;
    use diesel::prelude::*;
    let Some(this) = cohort::get(conn, cohort_id)? else {
        return Err(Error::not_found("cohort", cohort_id.to_owned()));
    };
    let others: Vec<CohortId> = cohorts::table
        .filter(cohorts::programme_id.eq(&this.cohort.programme_id))
        .filter(cohorts::id.ne(cohort_id))
        .select(cohorts::id)
        .load(conn)?;
    if others.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(String, String, Answer, Answer)> = proposals::table
        .inner_join(host_cities::table.on(host_cities::host_id.eq(proposals::host_id)))
        .filter(proposals::cohort_id.eq_any(&others))
        .filter(proposals::superseded_at.is_null())
        .select((
            host_cities::city_id,
            proposals::twin_city_id,
            proposals::twin_answer,
            proposals::host_answer,
        ))
        .load(conn)?;
    let mut out = HashMap::new();
    for (id, cities) in hosts {
        let twins: std::collections::HashSet<&str> = rows
            .iter()
            .filter(|(city, _, twin, host)| {
                cities.contains(city) && *twin != Answer::Declined && *host != Answer::Declined
            })
            .map(|(_, twin, _, _)| twin.as_str())
            .collect();
        if !twins.is_empty() {
            out.insert(id.clone(), twins.len() as i64);
        }
    }
    Ok(out)
}

/// The Twins (city ids) left unmatched in a published round of the cohort's programme (in
/// any of its cohorts, this one included) and not paired by a round published since.
pub fn earlier_unmatched(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
) -> Result<std::collections::HashSet<String>, Error> {
    use crate::db::schema::{cohorts, rounds};
    use diesel::prelude::*;
    let Some(this) = cohort::get(conn, cohort_id)? else {
        return Err(Error::not_found("cohort", cohort_id.to_owned()));
    };
    let mut earlier: Vec<RoundRow> = rounds::table
        .inner_join(cohorts::table)
        .filter(cohorts::programme_id.eq(&this.cohort.programme_id))
        .filter(rounds::published_at.is_not_null())
        .select(RoundRow::as_select())
        .load(conn)?;
    // In the order they were published: a Twin paired by a later round is no longer one
    // left unmatched.
    earlier.sort_by_key(|r| r.published_at);
    let mut out = std::collections::HashSet::new();
    for row in &earlier {
        let report = report_of(row)?;
        for p in &report.pairs {
            out.remove(p.twin_id.as_str());
        }
        out.extend(
            report
                .unmatched
                .into_iter()
                .map(|u| u.twin_id.into_string()),
        );
    }
    Ok(out)
}
