//! What a manager chooses for a round ([`RoundSettings`]) and its checks against the
//! cohort's participants, before anything is scored or solved.

use serde::{Deserialize, Serialize};

use super::{HostIn, TwinIn};
use crate::domain::id::CityId;
use crate::domain::id::HostId;
use crate::domain::invalid::Checks;
use crate::domain::scoring::Weights;
use crate::domain::{Invalid, limits};

/// A pair named by a Twin city id and a host id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PairChoice {
    /// The Twin's city id.
    #[schema(value_type = String)]
    pub twin: CityId,
    /// The host id.
    #[schema(value_type = String)]
    pub host: HostId,
}

/// What a manager chooses for a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct RoundSettings {
    /// The weights of the score parts.
    pub weights: Weights,
    /// At most this many Twins of one country per host, 1 to 10.
    #[schema(minimum = 1, maximum = 10)]
    pub max_per_country: i64,
    /// Whether a Twin may be paired with a host of its own country.
    pub same_country: bool,
    /// First raise the lowest score of a chosen pair, then the total.
    pub fair: bool,
    /// The Twins taking part (city ids); default every Twin that submitted.
    #[schema(max_items = 5000)]
    pub twins: Option<Vec<String>>,
    /// The hosts taking part (host ids); default every host that submitted.
    #[schema(max_items = 5000)]
    pub hosts: Option<Vec<String>>,
    /// Pairs that must be chosen.
    #[schema(max_items = 5000)]
    pub pinned: Vec<PairChoice>,
    /// Pairs that must not be chosen.
    #[schema(max_items = 5000)]
    pub forbidden: Vec<PairChoice>,
    /// Stop the solver after this many seconds with the best found (1 to 600).
    #[schema(minimum = 1, maximum = 600)]
    pub time_limit_seconds: Option<f64>,
    /// In a re-match, what changing a proposed pair costs in the objective (0 to 10; at 1,
    /// more than any score, so pairs change only to place a Twin that would be left out).
    #[schema(minimum = 0, maximum = 10)]
    pub change_penalty: f64,
    /// Priority to a Twin left unmatched in an earlier round of the programme (a published
    /// round of any of its cohorts, this one included, and not paired by one published
    /// since): added to the score of each of its pairs, 0 (the
    /// default: none) to 1. Scores are from 0 to 1, so at 1 such a Twin is placed before
    /// any other wherever a host has room for only one of them.
    #[schema(minimum = 0, maximum = 1)]
    pub earlier_unmatched_bonus: f64,
    /// At most this many Twins per host across the programme's cohorts, 1 to 50 (`null`,
    /// the default: no cap): a host's room in this round is cut by the Twins proposed to
    /// it (and not declined) in the programme's other cohorts, counted by its cities.
    #[schema(minimum = 1, maximum = 50)]
    pub host_programme_cap: Option<i64>,
}

impl Default for RoundSettings {
    fn default() -> Self {
        RoundSettings {
            weights: Weights::default(),
            max_per_country: 1,
            same_country: true,
            fair: false,
            twins: None,
            hosts: None,
            pinned: Vec::new(),
            forbidden: Vec::new(),
            time_limit_seconds: None,
            change_penalty: 1.0,
            earlier_unmatched_bonus: 0.0,
            host_programme_cap: None,
        }
    }
}

/// Checks the settings against the cohort's participants.
pub(super) fn check(
    settings: &RoundSettings,
    twins: &[TwinIn],
    hosts: &[HostIn],
) -> Result<(), Invalid> {
    let mut c = Checks::new();
    if let Err(Invalid(errors)) = settings.weights.check() {
        for e in errors {
            c.ensure(false, &e.field, e.message);
        }
    }
    c.ensure(
        (1..=10).contains(&settings.max_per_country),
        "max_per_country",
        format!("{} is out of range: use 1 to 10", settings.max_per_country),
    );
    c.ensure(
        settings.change_penalty.is_finite() && (0.0..=10.0).contains(&settings.change_penalty),
        "change_penalty",
        format!("{} is out of range: use 0 to 10", settings.change_penalty),
    );
    c.ensure(
        settings.earlier_unmatched_bonus.is_finite()
            && (0.0..=1.0).contains(&settings.earlier_unmatched_bonus),
        "earlier_unmatched_bonus",
        format!(
            "{} is out of range: use 0 to 1",
            settings.earlier_unmatched_bonus
        ),
    );
    if let Some(cap) = settings.host_programme_cap {
        c.ensure(
            (1..=50).contains(&cap),
            "host_programme_cap",
            format!("{cap} is out of range: use 1 to 50, or leave it out for no cap"),
        );
    }
    if let Some(t) = settings.time_limit_seconds {
        c.ensure(
            t.is_finite() && (1.0..=600.0).contains(&t),
            "time_limit_seconds",
            format!("{t} is out of range: use 1 to 600"),
        );
    }
    for (field, n) in [
        ("twins", settings.twins.as_ref().map_or(0, Vec::len)),
        ("hosts", settings.hosts.as_ref().map_or(0, Vec::len)),
        ("pinned", settings.pinned.len()),
        ("forbidden", settings.forbidden.len()),
    ] {
        if n > limits::LIST_ITEMS {
            return Err(Invalid::field(
                field,
                format!("list at most {} (this lists {n})", limits::LIST_ITEMS),
            ));
        }
    }
    let twin_known = |id: &str| twins.iter().any(|t| t.id == id);
    let host_known = |id: &str| hosts.iter().any(|h| h.id == id);
    for (i, id) in settings.twins.iter().flatten().enumerate() {
        c.ensure(
            twin_known(id),
            &format!("twins[{i}]"),
            format!("\"{id}\" is not a Twin that submitted a profile to this cohort"),
        );
    }
    for (i, id) in settings.hosts.iter().flatten().enumerate() {
        c.ensure(
            host_known(id),
            &format!("hosts[{i}]"),
            format!("\"{id}\" is not a host that submitted a profile to this cohort"),
        );
    }
    for (list, pairs) in [
        ("pinned", &settings.pinned),
        ("forbidden", &settings.forbidden),
    ] {
        for (i, p) in pairs.iter().enumerate() {
            c.ensure(
                twin_known(p.twin.as_str()),
                &format!("{list}[{i}].twin"),
                format!("\"{}\" is not a Twin of this round", p.twin),
            );
            c.ensure(
                host_known(p.host.as_str()),
                &format!("{list}[{i}].host"),
                format!("\"{}\" is not a host of this round", p.host),
            );
        }
    }
    for (i, p) in settings.pinned.iter().enumerate() {
        c.ensure(
            !settings.forbidden.contains(p),
            &format!("pinned[{i}]"),
            "this pair is also forbidden",
        );
        c.ensure(
            !hosts
                .iter()
                .any(|h| p.host == h.id && h.cities.iter().any(|c| p.twin == *c)),
            &format!("pinned[{i}]"),
            "a city cannot be paired with itself",
        );
    }
    c.ensure(
        !twins.is_empty(),
        "twins",
        "no Twin has submitted a profile to this cohort yet",
    );
    c.ensure(
        !hosts.is_empty(),
        "hosts",
        "no host has submitted a profile to this cohort yet",
    );
    c.finish(|| ())
}
