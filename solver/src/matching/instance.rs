//! The matching instance of FORMAT.md (`twinning-matching/1`), as typed structs.

use serde::{Deserialize, Serialize};

use crate::InstanceError;

/// The format tag every matching instance carries.
pub const FORMAT: &str = "twinning-matching/1";

/// A matching instance: who may be twinned with whom, at what score and load.
///
/// Build it in code or read it with [`Instance::from_json`]; it serialises back to the
/// same format, so a round can be stored and replayed. [`crate::matching::solve`]
/// validates it again, so an instance built in code gets the same checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    /// Always [`FORMAT`].
    pub format: String,
    /// A free name, kept for the reader.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The cities that look for mentors.
    pub twins: Vec<Twin>,
    /// The cities that host twins.
    pub mentors: Vec<Mentor>,
    /// The only pairs that may be chosen.
    pub pairs: Vec<Pair>,
    /// Per mentor: at most `max` of the listed twins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Pairs that must be chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixed: Vec<PairRef>,
    /// Pairs that must not be chosen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<PairRef>,
    /// Whether a twin may get fewer mentors than its demand.
    #[serde(default)]
    pub allow_unmatched: bool,
    /// What each missing match costs in the objective, when `allow_unmatched`.
    #[serde(default)]
    pub unmatched_penalty: f64,
}

/// A twin: a city that asks for `demand` distinct mentors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Twin {
    /// Unique among twins.
    pub id: String,
    /// How many distinct mentors the twin gets.
    #[serde(default = "one")]
    pub demand: i64,
}

/// A mentor: a city that carries at most `capacity` load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mentor {
    /// Unique among mentors.
    pub id: String,
    /// The most load the mentor may carry.
    #[serde(default = "one")]
    pub capacity: i64,
}

/// An allowed pair with its score (maximised) and the load it puts on the mentor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// A twin id.
    pub twin: String,
    /// A mentor id.
    pub mentor: String,
    /// How good the pair is; the objective is the sum over chosen pairs.
    pub score: f64,
    /// What the pair uses of the mentor's capacity (left out of the JSON when 1).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub load: i64,
}

/// For one mentor, at most `max` of the listed twins (e.g. one twin per country).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// A mentor id.
    pub mentor: String,
    /// Twin ids.
    pub twins: Vec<String>,
    /// The most of them the mentor takes.
    pub max: i64,
    /// What the rule is, for people.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// A twin and a mentor, naming a pair in `fixed` or `forbidden`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRef {
    /// A twin id.
    pub twin: String,
    /// A mentor id.
    pub mentor: String,
}

fn one() -> i64 {
    1
}

fn is_one(n: &i64) -> bool {
    *n == 1
}

impl Instance {
    /// Reads and validates an instance; the error names the field and the value.
    pub fn from_json(bytes: &[u8]) -> Result<Instance, InstanceError> {
        let instance: Instance = crate::json::parse(bytes)?;
        super::problem::Problem::new(&instance)?;
        Ok(instance)
    }

    /// The instance as FORMAT.md JSON.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}
