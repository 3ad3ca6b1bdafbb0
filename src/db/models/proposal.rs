//! Proposals: the published pairs of a round, each answered by the Twin and the host.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::now;
use crate::db::DbConnection;
use crate::db::schema::{host_cities, proposals};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::id::ProposalId;
use crate::domain::id::RoundId;
use crate::domain::state::{Answer, PairState};

/// A proposal row.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = proposals)]
pub struct Proposal {
    /// Id.
    pub id: ProposalId,
    /// Cohort.
    pub cohort_id: CohortId,
    /// The round that proposed it.
    pub round_id: RoundId,
    /// The Twin.
    pub twin_city_id: CityId,
    /// The host.
    pub host_id: HostId,
    /// The pair's score.
    pub score: f64,
    /// `pending`, `accepted` or `declined`.
    pub twin_answer: Answer,
    /// `pending`, `accepted` or `declined`.
    pub host_answer: Answer,
    /// Why it was declined.
    pub reason: String,
    /// A later round replaced it.
    pub superseded_at: Option<NaiveDateTime>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last answered.
    pub updated_at: NaiveDateTime,
    /// The day by which both sides are to answer (`None`: published before deadlines).
    pub answer_by: Option<chrono::NaiveDate>,
}

impl Proposal {
    /// Accepted when both accepted, declined when either declined, else proposed.
    pub fn state(&self) -> PairState {
        if self.twin_answer == Answer::Declined || self.host_answer == Answer::Declined {
            PairState::Declined
        } else if self.twin_answer == Answer::Accepted && self.host_answer == Answer::Accepted {
            PairState::Accepted
        } else {
            PairState::Proposed
        }
    }

    /// Still proposed after its answer deadline (`today` is past it).
    pub fn expired(&self, today: chrono::NaiveDate) -> bool {
        self.state() == PairState::Proposed && self.answer_by.is_some_and(|d| d < today)
    }
}

/// Stores a proposal; returns its id.
pub fn insert(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    round_id: &RoundId,
    twin_city_id: &CityId,
    host_id: &HostId,
    score: f64,
    answer_by: Option<chrono::NaiveDate>,
) -> QueryResult<ProposalId> {
    let at = now();
    let id = ProposalId::generate();
    diesel::insert_into(proposals::table)
        .values((
            proposals::id.eq(&id),
            proposals::cohort_id.eq(cohort_id),
            proposals::round_id.eq(round_id),
            proposals::twin_city_id.eq(twin_city_id),
            proposals::host_id.eq(host_id),
            proposals::score.eq(score),
            proposals::answer_by.eq(answer_by),
            proposals::created_at.eq(at),
            proposals::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The live (not superseded) proposals of a cohort.
pub fn live_of_cohort(conn: &mut DbConnection, cohort_id: &CohortId) -> QueryResult<Vec<Proposal>> {
    proposals::table
        .filter(proposals::cohort_id.eq(cohort_id))
        .filter(proposals::superseded_at.is_null())
        .order(proposals::created_at)
        .select(Proposal::as_select())
        .load(conn)
}

/// Supersedes a proposal.
pub fn supersede(conn: &mut DbConnection, id: &ProposalId) -> QueryResult<()> {
    diesel::update(proposals::table.find(id))
        .set(proposals::superseded_at.eq(now()))
        .execute(conn)
        .map(drop)
}

/// The live proposals a city takes part in within a cohort, as Twin or as a host city.
pub fn live_for_city(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
) -> QueryResult<Vec<Proposal>> {
    let hosting: Vec<String> = host_cities::table
        .filter(host_cities::city_id.eq(city_id))
        .select(host_cities::host_id)
        .load(conn)?;
    proposals::table
        .filter(proposals::cohort_id.eq(cohort_id))
        .filter(proposals::superseded_at.is_null())
        .filter(
            proposals::twin_city_id
                .eq(city_id)
                .or(proposals::host_id.eq_any(hosting)),
        )
        .select(Proposal::as_select())
        .load(conn)
}

/// Records one side's answer.
pub fn answer(
    conn: &mut DbConnection,
    id: &str,
    as_twin: bool,
    answer: Answer,
    reason: &str,
) -> QueryResult<()> {
    let at = now();
    let target = proposals::table.find(id);
    if as_twin {
        diesel::update(target)
            .set((
                proposals::twin_answer.eq(answer),
                proposals::reason.eq(reason),
                proposals::updated_at.eq(at),
            ))
            .execute(conn)
            .map(drop)
    } else {
        diesel::update(target)
            .set((
                proposals::host_answer.eq(answer),
                proposals::reason.eq(reason),
                proposals::updated_at.eq(at),
            ))
            .execute(conn)
            .map(drop)
    }
}
