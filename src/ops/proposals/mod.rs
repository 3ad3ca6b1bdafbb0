//! Publishing a round's pairs as proposals, the cities' answers, and re-matching after a
//! decline: accepted pairs stay (pinned), declined pairs are forbidden, the other proposed
//! pairs are kept unless changing them pays the change penalty.

use std::collections::HashSet;

use serde::Serialize;

use super::Error;
use super::profiles::today;
use crate::db::DbConnection;
use crate::db::models::proposal::{self, Proposal};
use crate::db::models::round::{self, RoundRow};
use crate::db::models::{audit, city};
use crate::domain::id::CityId;
use crate::domain::id::CohortId;
use crate::domain::id::HostId;
use crate::domain::id::ProposalId;
use crate::domain::id::RoundId;
use crate::domain::invalid::{control_in, control_message};
use crate::domain::profile::ProfileRole;
use crate::domain::state::{Answer, PairState};
use crate::domain::{Invalid, Refusal, limits};
use crate::mail::compose::{self, Addressbook, Recipient};
use crate::mail::{self, Letterhead};
use crate::ops::rounds::{self, PairChoice, Prepared, Start};

mod for_city;

pub use for_city::{CityProposal, PartnerCity, for_city};

/// A proposal as shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProposalView {
    /// Id.
    pub id: String,
    /// The round that proposed it.
    #[schema(value_type = String)]
    pub round_id: RoundId,
    /// Twin city id.
    #[schema(value_type = String)]
    pub twin_id: CityId,
    /// Twin name.
    pub twin: String,
    /// Host id.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Host name.
    pub host: String,
    /// The pair's score.
    pub score: f64,
    /// The Twin's answer: `pending`, `accepted`, `declined`.
    pub twin_answer: Answer,
    /// The host's answer.
    pub host_answer: Answer,
    /// Proposed, accepted (both) or declined (either).
    pub state: PairState,
    /// Why it was declined.
    pub reason: String,
    /// The day by which both sides are to answer (none for proposals published before
    /// deadlines existed).
    pub answer_by: Option<chrono::NaiveDate>,
    /// Still proposed after its answer deadline: the cities can no longer answer, and a
    /// re-match treats it as declined.
    pub expired: bool,
}

/// Days a city has to answer a proposal unless the manager publishing it says otherwise.
pub const ANSWER_DAYS: i64 = 14;

/// The answer deadline a publish proposes: [`ANSWER_DAYS`] from `today`, but not after
/// the cohort ends.
pub fn default_answer_by(
    today: chrono::NaiveDate,
    cohort_ends: chrono::NaiveDate,
) -> chrono::NaiveDate {
    (today + chrono::Duration::days(ANSWER_DAYS)).min(cohort_ends.max(today))
}

/// Checks an answer deadline: not before `today`, not after the cohort ends.
pub fn check_answer_by(
    answer_by: chrono::NaiveDate,
    today: chrono::NaiveDate,
    cohort_ends: chrono::NaiveDate,
) -> Result<chrono::NaiveDate, Invalid> {
    if answer_by < today {
        return Err(Invalid::field(
            "answer_by",
            format!("{answer_by} is in the past: give today ({today}) or a later day"),
        ));
    }
    if answer_by > cohort_ends {
        return Err(Invalid::field(
            "answer_by",
            format!("{answer_by} is after the cohort ends ({cohort_ends})"),
        ));
    }
    Ok(answer_by)
}

/// The views of proposals, named from the round reports.
pub fn views(conn: &mut DbConnection, list: Vec<Proposal>) -> Result<Vec<ProposalView>, Error> {
    let mut out = Vec::with_capacity(list.len());
    let today = today();
    for p in list {
        let twin = city::get(conn, &p.twin_city_id)?
            .map(|c| c.city.name)
            .unwrap_or_default();
        let host = host_name(conn, &p.host_id)?;
        out.push(ProposalView {
            expired: p.expired(today),
            answer_by: p.answer_by,
            state: p.state(),
            id: p.id.into(),
            round_id: p.round_id,
            twin_id: p.twin_city_id,
            twin,
            host_id: p.host_id,
            host,
            score: p.score,
            twin_answer: p.twin_answer,
            host_answer: p.host_answer,
            reason: p.reason,
        });
    }
    Ok(out)
}

fn host_name(conn: &mut DbConnection, id: &HostId) -> Result<String, Error> {
    Ok(crate::db::models::invitation::host_name(conn, id)?.unwrap_or_default())
}

fn round_row(conn: &mut DbConnection, id: &RoundId) -> Result<RoundRow, Error> {
    round::get(conn, id)?.ok_or_else(|| Error::not_found("round", id.to_owned()))
}

/// A pair a publish proposes anew, and who hears of it.
#[derive(Debug, Clone)]
pub struct NewProposal {
    /// The pair as the round reports it.
    pub pair: rounds::PairReport,
    /// Each person told, once, and whether on the Twin's side.
    pub recipients: Vec<(Recipient, bool)>,
}

/// What publishing a round would do, read without writing anything: the confirmation a
/// manager sees before it and the publish itself are made from the same plan.
#[derive(Debug, Clone)]
pub struct PublishPlan {
    /// The round.
    pub round: RoundRow,
    /// The cohort's name.
    pub cohort: String,
    /// Pairs of the round.
    pub pairs: usize,
    /// Pairs proposed now, each with who is emailed.
    pub fresh: Vec<NewProposal>,
    /// Live proposals of earlier rounds that this round keeps, with their answers.
    pub kept: usize,
    /// Live proposals this round replaces (declined ones and pairs it does not keep).
    pub superseded: Vec<Proposal>,
    /// Among those, the pairs both cities accepted, named.
    pub released: Vec<ProposalView>,
    /// The answer deadline proposed: [`ANSWER_DAYS`] from today, within the cohort.
    pub answer_by: chrono::NaiveDate,
    /// The day the cohort ends (the latest deadline).
    pub cohort_ends: chrono::NaiveDate,
}

impl PublishPlan {
    /// Emails the publish sends: one per person per new pair.
    pub fn emails(&self) -> usize {
        self.fresh.iter().map(|f| f.recipients.len()).sum()
    }

    /// Different people emailed.
    pub fn people(&self) -> usize {
        self.fresh
            .iter()
            .flat_map(|f| f.recipients.iter().map(|(to, _)| to.email.to_lowercase()))
            .collect::<HashSet<_>>()
            .len()
    }

    /// Twins and hosts of the new pairs, each counted once.
    pub fn cities(&self) -> usize {
        self.fresh
            .iter()
            .flat_map(|f| [f.pair.twin_id.to_string(), f.pair.host_id.to_string()])
            .collect::<HashSet<_>>()
            .len()
    }

    /// The new pairs nobody can be told of (neither side gave a contact or an address).
    pub fn untold(&self) -> Vec<String> {
        self.fresh
            .iter()
            .filter(|f| f.recipients.is_empty())
            .map(|f| format!("{} with {}", f.pair.twin, f.pair.host))
            .collect()
    }
}

/// What publishing a round would do now, without storing anything: refused as the publish
/// would be when the round is published already or has no pair.
pub fn plan_publish(conn: &mut DbConnection, round_id: &RoundId) -> Result<PublishPlan, Error> {
    let row = round_row(conn, round_id)?;
    if row.published_at.is_some() {
        return Err(Error::Conflict {
            field: None,
            detail: format!("round {} is already published", row.number),
            refusal: None,
        });
    }
    let report = rounds::report_of(&row)?;
    if report.pairs.is_empty() {
        return Err(Invalid::field("round", "the round has no pair to propose").into());
    }
    let pairs: HashSet<(CityId, HostId)> = report
        .pairs
        .iter()
        .map(|p| (p.twin_id.clone(), p.host_id.clone()))
        .collect();
    let mut standing = HashSet::new();
    let mut superseded = Vec::new();
    let mut accepted = Vec::new();
    for live in proposal::live_of_cohort(conn, &row.cohort_id)? {
        let key = (live.twin_city_id.clone(), live.host_id.clone());
        if pairs.contains(&key) && live.state() != PairState::Declined {
            standing.insert(key);
        } else {
            if live.state() == PairState::Accepted {
                accepted.push(live.clone());
            }
            superseded.push(live);
        }
    }
    let released = views(conn, accepted)?;
    // Both sides of every new pair hear of it; pairs kept from an earlier round were told.
    let book = Addressbook::of_cohort(conn, &row.cohort_id)?;
    let mut fresh = Vec::new();
    for p in &report.pairs {
        if standing.contains(&(p.twin_id.clone(), p.host_id.clone())) {
            continue;
        }
        let sides = [
            (book.of(&p.twin_id, ProfileRole::Twin), true),
            (book.of_host(&p.host_id), false),
        ];
        // One email per person per proposal, even when a person is a contact of both
        // sides or of two of a host's cities (the outbox refuses a second one).
        let mut told = HashSet::new();
        let mut recipients = Vec::new();
        for (people, twin_side) in sides {
            for to in people {
                if told.insert(to.email.to_lowercase()) {
                    recipients.push((to, twin_side));
                }
            }
        }
        fresh.push(NewProposal {
            pair: p.clone(),
            recipients,
        });
    }
    let (cohort, cohort_ends) = crate::db::models::cohort::get(conn, &row.cohort_id)?
        .map(|c| (c.cohort.name, c.cohort.ends_on))
        .ok_or_else(|| Error::not_found("cohort", row.cohort_id.to_owned()))?;
    Ok(PublishPlan {
        answer_by: default_answer_by(today(), cohort_ends),
        cohort_ends,
        cohort,
        pairs: report.pairs.len(),
        kept: standing.len(),
        fresh,
        superseded,
        released,
        round: row,
    })
}

/// Publishes a round: its pairs become the cohort's proposals. Proposals of earlier rounds
/// that this round keeps stay as they are (with their answers); the others are superseded,
/// but a pair both cities accepted only when `release_accepted` (else 409 naming them).
/// The new proposals are to be answered by `answer_by` (default: [`default_answer_by`]),
/// which must not be in the past nor after the cohort ends.
pub fn publish(
    conn: &mut DbConnection,
    round_id: &RoundId,
    head: &Letterhead,
    actor: &str,
    release_accepted: bool,
    answer_by: Option<chrono::NaiveDate>,
) -> Result<Vec<ProposalView>, Error> {
    let row = round_row(conn, round_id)?;
    // A second publish at once (a double click, another manager or instance) waits for the
    // first, then finds the round published.
    crate::db::lock_cohort(conn, &row.cohort_id)?;
    super::archive::ensure_open(conn, &row.cohort_id)?;
    let plan = plan_publish(conn, round_id)?;
    let answer_by = match answer_by {
        Some(d) => check_answer_by(d, today(), plan.cohort_ends)?,
        None => plan.answer_by,
    };
    let row = plan.round;
    // A pair both cities accepted is a commitment (visits may be planned on it): it is
    // released only when the manager says so, knowing which.
    if !plan.released.is_empty() && !release_accepted {
        let names = plan
            .released
            .iter()
            .map(|p| format!("{} with {}", p.twin, p.host))
            .collect::<Vec<_>>();
        return Err(Error::Conflict {
            field: Some("release_accepted".to_owned()),
            detail: format!(
                "publishing round {} would release {} pair{} both cities accepted: {}; their \
                 visits would be cancelled and their participants told. Publish with \
                 release_accepted to confirm, or re-match from the published round to keep them",
                row.number,
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                names.join(", ")
            ),
            refusal: None,
        });
    }
    for live in &plan.superseded {
        proposal::supersede(conn, &live.id)?;
    }
    let mut drafts = Vec::new();
    for f in &plan.fresh {
        let p = &f.pair;
        let id = proposal::insert(
            conn,
            &row.cohort_id,
            &row.id,
            &p.twin_id,
            &p.host_id,
            p.score,
            Some(answer_by),
        )?;
        for (to, twin_side) in &f.recipients {
            drafts.push(compose::proposal(
                &id,
                &row.cohort_id,
                &plan.cohort,
                &p.twin,
                &p.host,
                *twin_side,
                answer_by,
                to,
                head,
            ));
        }
    }
    mail::enqueue(conn, drafts, head, actor)?;
    round::mark_published(conn, &row.id)?;
    audit::record(
        conn,
        actor,
        "publish",
        "round",
        &row.id,
        &format!(
            "round {}: {} pairs proposed, to answer by {answer_by}",
            row.number, plan.pairs
        ),
    )?;
    let live = proposal::live_of_cohort(conn, &row.cohort_id)?;
    views(conn, live)
}

/// A re-match of a published round: accepted pairs pinned, declined pairs forbidden, the
/// other proposed pairs kept unless changing them pays the change penalty.
pub fn prepare_rematch(conn: &mut DbConnection, round_id: &RoundId) -> Result<Prepared, Error> {
    let row = round_row(conn, round_id)?;
    super::archive::ensure_open(conn, &row.cohort_id)?;
    if row.published_at.is_none() {
        return Err(Error::Conflict {
            field: None,
            detail: format!(
                "round {} is not published: a re-match starts from the proposals the cities answered",
                row.number
            ),
            refusal: None,
        });
    }
    let mut settings = rounds::settings_of(&row)?;
    let report = rounds::report_of(&row)?;
    let mut kept = HashSet::new();
    let today = today();
    for live in proposal::live_of_cohort(conn, &row.cohort_id)? {
        let choice = PairChoice {
            twin: live.twin_city_id.clone(),
            host: live.host_id.clone(),
        };
        // A pair nobody answered by its deadline is re-matched as a declined one is.
        let state = if live.expired(today) {
            PairState::Declined
        } else {
            live.state()
        };
        match state {
            PairState::Accepted => {
                if !settings.pinned.contains(&choice) {
                    settings.pinned.push(choice);
                }
            }
            PairState::Declined => {
                settings.pinned.retain(|p| p != &choice);
                if !settings.forbidden.contains(&choice) {
                    settings.forbidden.push(choice);
                }
            }
            PairState::Proposed => {
                kept.insert((live.twin_city_id.into_string(), live.host_id.into_string()));
            }
        }
    }
    let start = Start {
        parent_id: row.id.clone(),
        before: report
            .pairs
            .iter()
            .map(|p| (p.twin_id.to_string(), p.host_id.to_string()))
            .collect(),
        kept,
    };
    rounds::prepare_from(conn, &row.cohort_id, settings, Some(start))
}

/// A city's answer to a proposal it takes part in (as the Twin or as a host city).
pub fn answer(
    conn: &mut DbConnection,
    cohort_id: &CohortId,
    city_id: &CityId,
    proposal_id: &ProposalId,
    accept: bool,
    reason: &str,
) -> Result<ProposalView, Error> {
    super::archive::ensure_open(conn, cohort_id)?;
    let mine = proposal::live_for_city(conn, cohort_id, city_id)?;
    let Some(p) = mine.into_iter().find(|p| p.id == proposal_id) else {
        return Err(Error::not_found("proposal", proposal_id.to_owned()));
    };
    let reason = reason.trim();
    if !accept && reason.is_empty() {
        return Err(Invalid::field(
            "reason",
            "say why you decline, so the programme team can find a better pair",
        )
        .into());
    }
    if reason.chars().count() > limits::DESCRIPTION_CHARS {
        return Err(Invalid::field(
            "reason",
            format!("must be at most {} characters", limits::DESCRIPTION_CHARS),
        )
        .into());
    }
    if let Some(c) = control_in(reason, true) {
        return Err(Invalid::field("reason", control_message(c, true)).into());
    }
    let as_twin = p.twin_city_id == city_id;
    if let Some(by) = p.answer_by.filter(|_| p.expired(today())) {
        return Err(Invalid::field(
            "answer",
            crate::domain::Refusal::new("refusal-proposal-expired")
                .date("date", by)
                .says(format!(
                    "the answer deadline of this proposal was {}: it can no longer be \
                     answered. Ask the programme team, who can propose the pair again",
                    by.format("%-d %B %Y")
                )),
        )
        .into());
    }
    // Once both cities accepted, the pair is settled: its visits are planned from it. A
    // second "accept" changes nothing; a change of mind goes through the programme team.
    if p.state() == PairState::Accepted {
        if accept {
            return views(conn, vec![p])?
                .pop()
                .ok_or_else(|| Error::Bug("a settled proposal vanished".to_owned()));
        }
        return Err(Error::conflict_said(
            None,
            Refusal::new("refusal-proposal-settled")
                .date("date", p.updated_at.date())
                .says(format!(
                    "both cities accepted this pair on {}: it is settled and its visits are \
                     planned from it. To change it, ask the programme team, who can re-match \
                     the cohort",
                    p.updated_at.format("%-d %B %Y")
                )),
        ));
    }
    let answer = if accept {
        Answer::Accepted
    } else {
        Answer::Declined
    };
    proposal::answer(
        conn,
        p.id.as_str(),
        as_twin,
        answer,
        if accept { "" } else { reason },
    )?;
    audit::record(
        conn,
        &format!("city:{city_id}"),
        answer.as_str(),
        "proposal",
        &p.id,
        reason,
    )?;
    let updated = proposal::live_of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|x| x.id == p.id)
        .collect();
    views(conn, updated)?
        .pop()
        .ok_or_else(|| Error::Bug("answered proposal vanished".to_owned()))
}
