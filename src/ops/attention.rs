//! What needs a manager's attention now, across the cohorts that are not archived: cities
//! whose profile is late or due within a week, proposals a side has not answered, visits
//! that could not be placed, emails that failed. Read in one place for the console's home.

use chrono::NaiveDate;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::{Listing, cohort, invitation, outbox, profile, proposal, visit};
use crate::domain::id::CohortId;
use crate::domain::state::{Answer, EmailStatus, ProfileStatus, VisitStatus};

/// Days before a call closes from which a profile not yet submitted is "due".
pub const DUE_WITHIN_DAYS: i64 = 7;

/// What needs attention in one cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CohortAttention {
    /// The cohort.
    pub cohort_id: CohortId,
    /// Its name.
    pub cohort: String,
    /// Cities (with their role) whose profile is not submitted though the call closed.
    pub late: Vec<String>,
    /// Cities whose profile is not submitted and the call closes within a week.
    pub due: Vec<String>,
    /// When the call closes.
    pub call_closes: NaiveDate,
    /// Live proposals one side or both have not answered (and neither declined), their
    /// answer deadline not passed.
    pub unanswered: usize,
    /// Live proposals still unanswered after their answer deadline: to re-match.
    pub expired: usize,
    /// Visits no dates fit.
    pub unplaced: usize,
    /// Emails given up on.
    pub failed_emails: i64,
}

impl CohortAttention {
    /// Whether anything needs doing.
    pub fn any(&self) -> bool {
        !self.late.is_empty()
            || !self.due.is_empty()
            || self.unanswered > 0
            || self.expired > 0
            || self.unplaced > 0
            || self.failed_emails > 0
    }
}

/// What needs attention in every cohort that is not archived, as of `today`; cohorts
/// with nothing to do are left out.
pub fn open_cohorts(
    conn: &mut DbConnection,
    today: NaiveDate,
) -> Result<Vec<CohortAttention>, Error> {
    let mut out = Vec::new();
    for c in cohort::list(conn, None, Listing::Active, 500, 0)?.items {
        let id = c.cohort.id.clone();
        let current = profile::current_of_cohort(conn, &id)?;
        let closes = c.cohort.call_closes;
        let (mut late, mut due) = (Vec::new(), Vec::new());
        for (inv, city) in invitation::of_cohort(conn, &id)? {
            if inv.revoked_at.is_some() {
                continue;
            }
            let submitted = current
                .get(&(inv.city_id.clone(), inv.role))
                .is_some_and(|s| s.row.status == ProfileStatus::Submitted);
            if submitted {
                continue;
            }
            let who = format!("{city} ({})", inv.role);
            if today > closes {
                late.push(who);
            } else if (closes - today).num_days() <= DUE_WITHIN_DAYS {
                due.push(who);
            }
        }
        let open: Vec<_> = proposal::live_of_cohort(conn, &id)?
            .into_iter()
            .filter(|p| {
                let declined =
                    p.twin_answer == Answer::Declined || p.host_answer == Answer::Declined;
                !declined && (p.twin_answer == Answer::Pending || p.host_answer == Answer::Pending)
            })
            .collect();
        let expired = open.iter().filter(|p| p.expired(today)).count();
        let unanswered = open.len() - expired;
        let unplaced = visit::of_cohort(conn, &id)?
            .iter()
            .filter(|v| v.status == VisitStatus::Unplaced)
            .count();
        let failed_emails = outbox::counts(conn, Some(&id))?
            .into_iter()
            .filter(|(status, _)| status == EmailStatus::Failed.as_str())
            .map(|(_, n)| n)
            .sum();
        let found = CohortAttention {
            cohort_id: id,
            cohort: c.cohort.name,
            late,
            due,
            call_closes: closes,
            unanswered,
            expired,
            unplaced,
            failed_emails,
        };
        if found.any() {
            out.push(found);
        }
    }
    Ok(out)
}
