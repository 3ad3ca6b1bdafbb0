//! A manager's reads of feedback: one side's answers, a visit's, a cohort's (by pair and
//! by host), a pair's both ways and a host's across its visits, each cohort read once.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::*;

/// The feedback of one city on a visit (a manager reading it).
pub fn one(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    city_id: &CityId,
) -> Result<FeedbackView, Error> {
    let v = visit_of_city(conn, visit_id, city_id, None)?;
    let row = rows::get(conn, visit_id, city_id)?
        .ok_or_else(|| Error::not_found("feedback", format!("{visit_id}/{city_id}")))?;
    let book = Book::of(conn, &v.cohort_id)?;
    Ok(book.view(&v, &row))
}

/// A visit's feedback and its summary.
pub fn of_visit(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    today: NaiveDate,
) -> Result<VisitFeedback, Error> {
    let v = visit::get(conn, visit_id)?.ok_or_else(|| Error::not_found("visit", visit_id))?;
    let book = Book::of(conn, &v.cohort_id)?;
    let list = rows::of_visits(conn, std::slice::from_ref(&v.id))?;
    Ok(book.visit_feedback(&v, &list, today))
}

/// The feedback of a cohort for its visits page: by pair (proposal) and by host, from one
/// reading of the cohort and of its feedback.
pub fn of_cohort(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<(BTreeMap<String, PairFeedback>, Vec<HostFeedback>), Error> {
    let book = Book::of(conn, cohort_id)?;
    let list = all_rows(conn, &book)?;
    Ok((pairs_of(&book, &list, today), hosts_of(&book, &list, today)))
}

/// The feedback of every visit of a cohort's pairs, by proposal.
pub fn of_cohort_pairs(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    today: NaiveDate,
) -> Result<BTreeMap<String, PairFeedback>, Error> {
    let book = Book::of(conn, cohort_id)?;
    let list = all_rows(conn, &book)?;
    Ok(pairs_of(&book, &list, today))
}

/// Every feedback row of the visits of the book's cohort.
fn all_rows(conn: &mut DbConnection, book: &Book) -> Result<Vec<FeedbackRow>, Error> {
    let ids: Vec<VisitId> = book.ctx.visits.iter().map(|v| v.id.clone()).collect();
    Ok(rows::of_visits(conn, &ids)?)
}

fn pairs_of(book: &Book, list: &[FeedbackRow], today: NaiveDate) -> BTreeMap<String, PairFeedback> {
    let mut out: BTreeMap<String, PairFeedback> = BTreeMap::new();
    for v in &book.ctx.visits {
        let entry = out
            .entry(v.proposal_id.clone().into())
            .or_insert_with(|| PairFeedback {
                proposal_id: v.proposal_id.clone(),
                twin: book.ctx.city_name(&v.twin_city_id),
                host: book.ctx.host_name(&v.host_id),
                summary: Summaries::default(),
                visits: Vec::new(),
            });
        entry.visits.push(book.visit_feedback(v, list, today));
    }
    for pair in out.values_mut() {
        let all: Vec<FeedbackView> = pair
            .visits
            .iter()
            .flat_map(|v| v.feedback.iter().cloned())
            .collect();
        pair.summary = summaries(&all);
    }
    out
}

/// A pair's feedback over its visits both ways.
pub fn of_pair(
    conn: &mut DbConnection,
    proposal_id: &ProposalId,
    today: NaiveDate,
) -> Result<PairFeedback, Error> {
    use crate::db::schema::proposals;
    use diesel::prelude::*;
    let (cohort_id, twin_id, host_id): (CohortId, CityId, HostId) = proposals::table
        .find(proposal_id)
        .select((
            proposals::cohort_id,
            proposals::twin_city_id,
            proposals::host_id,
        ))
        .first(conn)
        .optional()?
        .ok_or_else(|| Error::not_found("proposal", proposal_id))?;
    let mut pairs = of_cohort_pairs(conn, &cohort_id, today)?;
    if let Some(found) = pairs.remove(proposal_id.as_str()) {
        return Ok(found);
    }
    // A pair without visits (declined, or not planned yet): nothing to sum up.
    let book = Book::of(conn, &cohort_id)?;
    Ok(PairFeedback {
        proposal_id: proposal_id.to_owned(),
        twin: book.ctx.city_name(&twin_id),
        host: book.ctx.host_name(&host_id),
        summary: Summaries::default(),
        visits: Vec::new(),
    })
}

/// A host's feedback over every visit of its pairs.
pub fn of_host(
    conn: &mut DbConnection,
    host_id: &HostId,
    today: NaiveDate,
) -> Result<HostFeedback, Error> {
    use crate::db::schema::hosts;
    use diesel::prelude::*;
    let cohort_id: CohortId = hosts::table
        .find(host_id)
        .select(hosts::cohort_id)
        .first::<Option<CohortId>>(conn)
        .optional()?
        .flatten()
        .ok_or_else(|| Error::not_found("host", host_id))?;
    let book = Book::of(conn, &cohort_id)?;
    let ids: Vec<VisitId> = book
        .ctx
        .visits
        .iter()
        .filter(|v| v.host_id == host_id)
        .map(|v| v.id.clone())
        .collect();
    let list = rows::of_visits(conn, &ids)?;
    Ok(host_feedback(&book, host_id, &list, today))
}

/// A host's feedback, from `list` (which holds at least its visits' rows).
fn host_feedback(
    book: &Book,
    host_id: &HostId,
    list: &[FeedbackRow],
    today: NaiveDate,
) -> HostFeedback {
    let visits: Vec<VisitFeedback> = book
        .ctx
        .visits
        .iter()
        .filter(|v| v.host_id == host_id)
        .map(|v| book.visit_feedback(v, list, today))
        .filter(|v| !v.feedback.is_empty())
        .collect();
    let all: Vec<FeedbackView> = visits
        .iter()
        .flat_map(|v| v.feedback.iter().cloned())
        .collect();
    HostFeedback {
        host_id: host_id.clone(),
        host: book.ctx.host_name(host_id),
        summary: summaries(&all),
        visits,
    }
}

/// The feedback of every host of the book's cohort that has visits, by name.
fn hosts_of(book: &Book, list: &[FeedbackRow], today: NaiveDate) -> Vec<HostFeedback> {
    let mut ids: Vec<&HostId> = book.ctx.visits.iter().map(|v| &v.host_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out: Vec<HostFeedback> = ids
        .into_iter()
        .map(|id| host_feedback(book, id, list, today))
        .collect();
    out.sort_by(|a, b| a.host.cmp(&b.host));
    out
}
