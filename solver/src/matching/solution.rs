//! The matching result of FORMAT.md, with the extra keys the app reads.

use serde::{Deserialize, Serialize};

/// How the search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Proven best.
    Optimal,
    /// The time limit stopped the search; `bound` is the best proven bound.
    Feasible,
    /// No assignment keeps every rule; `reason` says why.
    Infeasible,
    /// The time limit ended the search before any solution was found.
    Unknown,
}

/// Which model answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Min-cost flow (network simplex), exact, for network-structured instances.
    Flow,
    /// Lagrangian branch-and-bound on the mentors' knapsacks, exact, for generalised
    /// assignment (loads against capacities, twins of demand 1, no groups).
    Lagrangian,
    /// Mixed-integer programme on HiGHS.
    Milp,
    /// Nothing was solved: the instance was seen to be infeasible beforehand.
    Precheck,
}

/// A chosen pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    /// Twin id.
    pub twin: String,
    /// Mentor id.
    pub mentor: String,
    /// The pair's score.
    pub score: f64,
}

/// Why a twin did not get a pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "because", rename_all = "snake_case")]
pub enum WhyNotReason {
    /// The pair is forbidden.
    Forbidden,
    /// The mentor's capacity is used by the chosen pairs.
    MentorFull,
    /// A group of that mentor already has its `max` of twins.
    Group {
        /// The group's label (or its position when it has none).
        group: String,
    },
    /// The pair could be taken, but the objective would drop.
    Objective {
        /// Objective lost by moving this twin alone to the pair (its lowest chosen
        /// pair given up, or the penalty paid when it has none free): an upper
        /// bound of the exact loss, which a re-solve could lower.
        loss: f64,
    },
}

/// The best pair a twin did not get, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhyNot {
    /// Twin id.
    pub twin: String,
    /// Mentor id of the best pair not chosen.
    pub mentor: String,
    /// Its score.
    pub score: f64,
    /// Why it was not chosen.
    #[serde(flatten)]
    pub reason: WhyNotReason,
}

/// A matching result: FORMAT.md's keys plus `method`, `min_score`, `why_not`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    /// How the search ended.
    pub status: Status,
    /// Sum of chosen scores minus penalties; absent when infeasible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objective: Option<f64>,
    /// Best proven bound of the objective (equal to it when optimal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<f64>,
    /// Chosen pairs, in instance order.
    pub assignment: Vec<Assignment>,
    /// Twins short of their demand.
    pub unmatched: Vec<String>,
    /// Wall time of the solve, seconds (reading the instance excluded).
    pub seconds: f64,
    /// Why the instance is infeasible, in words a manager can act on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Which model answered.
    pub method: Method,
    /// With `fair`: the lowest chosen score, which the fair search maximised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    /// Per twin with an unchosen pair: the best such pair and why it was not chosen.
    pub why_not: Vec<WhyNot>,
}

impl Solution {
    /// The result as FORMAT.md JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
