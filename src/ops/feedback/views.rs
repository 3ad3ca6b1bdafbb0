//! What a manager and a city see of feedback: one side's answers, the summaries of a
//! visit, a pair and a host, and a city's own form.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::Refusal;
use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::id::ProposalId;
use crate::domain::id::VisitId;
use crate::domain::state::{Direction, FollowUp};

/// A practice of the host, as offered and as picked.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PracticeView {
    /// `domain:lever`, e.g. `nature:governance`.
    pub id: String,
    /// What it is: the domain and lever, and the host's words.
    pub label: String,
    /// The host's words alone, for a page that says the domain and lever in its own
    /// language.
    #[serde(skip)]
    pub description: String,
}

/// One side's feedback on a visit.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeedbackView {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// The city that gave it.
    #[schema(value_type = String)]
    pub city_id: CityId,
    /// Its name.
    pub city: String,
    /// `guest` (the visiting city) or `host` (the receiving city).
    pub side: String,
    /// Whether the city is the pair's Twin (else one of the host's cities).
    pub twin: bool,
    /// 1 (not useful) to 5 (very useful).
    #[schema(minimum = 1, maximum = 5)]
    pub usefulness: i32,
    /// What the city learnt.
    pub learnt: String,
    /// The host's practices it means to replicate.
    pub practices: Vec<PracticeView>,
    /// Would recommend the host.
    pub recommend: bool,
    /// The follow-up wanted.
    pub follow_up: FollowUp,
    /// First given.
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub created_at: NaiveDateTime,
    /// Last changed.
    #[serde(serialize_with = "crate::domain::time::utc")]
    pub updated_at: NaiveDateTime,
}

/// A practice and how many feedbacks picked it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PracticeCount {
    /// `domain:lever`.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Feedbacks that picked it.
    pub count: usize,
}

/// A follow-up and how many feedbacks want it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FollowUpCount {
    /// The follow-up.
    pub follow_up: FollowUp,
    /// Feedbacks that want it.
    pub count: usize,
}

/// What a set of feedbacks says, summed up.
#[derive(Debug, Clone, PartialEq, Default, Serialize, ToSchema)]
pub struct Summary {
    /// Feedbacks given.
    pub responses: usize,
    /// Mean usefulness (1 to 5), none without feedback.
    pub usefulness_mean: Option<f64>,
    /// Feedbacks that would recommend the host.
    pub recommend: usize,
    /// Practices picked, most picked first.
    pub practices: Vec<PracticeCount>,
    /// Follow-ups wanted, in the order online, visit, none (each with at least one).
    pub follow_ups: Vec<FollowUpCount>,
}

impl Summary {
    /// "4.5 of 5" for a page.
    pub fn mean_text(&self) -> String {
        self.usefulness_mean
            .map_or_else(|| "none yet".to_owned(), |m| format!("{m:.1} of 5"))
    }
}

/// Sums up feedbacks.
pub fn summarise(list: &[FeedbackView]) -> Summary {
    if list.is_empty() {
        return Summary::default();
    }
    let total: i64 = list.iter().map(|f| i64::from(f.usefulness)).sum();
    let mut practices: Vec<PracticeCount> = Vec::new();
    for f in list {
        for p in &f.practices {
            match practices.iter_mut().find(|c| c.id == p.id) {
                Some(c) => c.count += 1,
                None => practices.push(PracticeCount {
                    id: p.id.clone(),
                    label: p.label.clone(),
                    count: 1,
                }),
            }
        }
    }
    practices.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
    let follow_ups = FollowUp::ALL
        .iter()
        .map(|&u| FollowUpCount {
            follow_up: u,
            count: list.iter().filter(|f| f.follow_up == u).count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    Summary {
        responses: list.len(),
        usefulness_mean: Some(total as f64 / list.len() as f64),
        recommend: list.iter().filter(|f| f.recommend).count(),
        practices,
        follow_ups,
    }
}

/// The summaries of feedbacks: all of them, and each side's.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Summaries {
    /// Every feedback.
    pub all: Summary,
    /// The Twin's feedback only.
    pub from_twin: Summary,
    /// The host's cities' feedback only.
    pub from_host: Summary,
}

pub(super) fn summaries(list: &[FeedbackView]) -> Summaries {
    let (twin, host): (Vec<FeedbackView>, Vec<FeedbackView>) =
        list.iter().cloned().partition(|f| f.twin);
    Summaries {
        all: summarise(list),
        from_twin: summarise(&twin),
        from_host: summarise(&host),
    }
}

/// A visit's feedback: each side's, and the summary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VisitFeedback {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// "Cascais to Aarhus, trip 1".
    pub label: String,
    /// Its last day, when placed.
    pub ends_on: Option<NaiveDate>,
    /// Whether it has ended (feedback can be given).
    pub ended: bool,
    /// Each side's feedback given so far.
    pub feedback: Vec<FeedbackView>,
    /// Summed up.
    pub summary: Summary,
}

/// A pair's feedback, over its visits both ways.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PairFeedback {
    /// The pair's proposal.
    #[schema(value_type = String)]
    pub proposal_id: ProposalId,
    /// The Twin's name.
    pub twin: String,
    /// The host's name.
    pub host: String,
    /// Summed up, over all its visits.
    pub summary: Summaries,
    /// Each visit of the pair with its feedback.
    pub visits: Vec<VisitFeedback>,
}

/// A host's feedback, over every visit of its pairs.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HostFeedback {
    /// The host.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Its name.
    pub host: String,
    /// Summed up, over all its visits.
    pub summary: Summaries,
    /// Its visits that have feedback.
    pub visits: Vec<VisitFeedback>,
}

/// What a city sees of its feedback on one visit: whether it can give it now (and why
/// not), the host's practices it can pick, and what it gave.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CityFeedback {
    /// The visit.
    #[schema(value_type = String)]
    pub visit_id: VisitId,
    /// "Cascais to Aarhus, trip 1".
    pub label: String,
    /// The same in parts, for a page to say in its reader's language.
    #[serde(skip)]
    pub label_parts: VisitLabel,
    /// The host whose practices are offered.
    pub host: String,
    /// Whether the city is the visiting one (else it received the visit).
    pub visiting: bool,
    /// Whether feedback can be given or changed now.
    pub open: bool,
    /// Why not, when it cannot.
    pub refusal: Option<String>,
    /// The same, for a page to say in its reader's language.
    #[serde(skip)]
    pub why: Option<Refusal>,
    /// The last day feedback can be given or changed (the cohort's end).
    pub closes_on: NaiveDate,
    /// The host's practices the city can pick.
    pub practices: Vec<PracticeView>,
    /// What the city gave, if it did.
    pub feedback: Option<FeedbackView>,
}

/// What a visit's label says: who goes where, which trip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitLabel {
    /// Outward (a trip) or return (a visit back).
    pub direction: Direction,
    /// The visiting city.
    pub guest: String,
    /// The receiving city.
    pub host: String,
    /// Which of its direction (1, 2, ...).
    pub position: i32,
}
