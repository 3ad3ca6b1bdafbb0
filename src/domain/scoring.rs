//! The score of a Twin–host pair: a weighted mean of five parts, each in [0, 1], so a
//! manager can see why a pair scores what it does.
//!
//! - **fit** (directional): how well the host's strengths cover the Twin's needs. Each need
//!   weighs 3, 2 or 1 for priority 1, 2 or 3; it is covered 1 by a strength on the same
//!   emission domain and lever, ½ by one on the same domain or the same lever, else 0
//!   (the best strength counts). fit = Σ weight × cover / Σ weight.
//! - **interest**: the Twin ranked this host: 1, 0.8, 0.6, 0.4, 0.2 for ranks 1 to 5;
//!   0 when it did not name it.
//! - **context**: the mean of size (1 − |ln(p₁/p₂)| / ln 10, at least 0: equal populations
//!   1, a factor of ten or more 0), language (1 when they share a working language, else
//!   0) and setting (the mean of "both coastal or both not" and "same climate zone", each
//!   ½ when either side did not say).
//! - **travel**: 0.7 × (1 − distance / 3000 km, at least 0) + 0.3 × (rail is reasonable:
//!   at most 700 km, and neither city on an island without a rail link).
//!
//! - **feedback** (weight 0 unless a round sets it): how useful the host's Twins found its
//!   visits in the programme, (mean usefulness − 1) / 4; ½ when it has no feedback yet.
//!
//! score = Σ weightₚ × partₚ / Σ weightₚ, default weights fit 0.5, interest 0.25,
//! context 0.15, travel 0.10, feedback 0.

use serde::{Deserialize, Serialize};

use super::profile::Theme;

/// The weights of the parts; they need not sum to one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Theme fit.
    #[schema(minimum = 0, maximum = 10)]
    pub fit: f64,
    /// The Twin's interest.
    #[schema(minimum = 0, maximum = 10)]
    pub interest: f64,
    /// Size, language, setting.
    #[schema(minimum = 0, maximum = 10)]
    pub context: f64,
    /// Distance and rail.
    #[schema(minimum = 0, maximum = 10)]
    pub travel: f64,
    /// The host's past feedback: how useful its Twins found its visits (0, the default:
    /// not counted).
    #[serde(default)]
    #[schema(minimum = 0, maximum = 10)]
    pub feedback: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            fit: 0.5,
            interest: 0.25,
            context: 0.15,
            travel: 0.10,
            feedback: 0.0,
        }
    }
}

impl Weights {
    /// Each weight from 0 to 10, and not all 0.
    pub fn check(&self) -> Result<(), super::Invalid> {
        let mut c = super::invalid::Checks::new();
        for (name, w) in [
            ("fit", self.fit),
            ("interest", self.interest),
            ("context", self.context),
            ("travel", self.travel),
            ("feedback", self.feedback),
        ] {
            c.ensure(
                w.is_finite() && (0.0..=10.0).contains(&w),
                &format!("weights.{name}"),
                format!("{w} is out of range: use 0 to 10"),
            );
        }
        let valid = [
            self.fit,
            self.interest,
            self.context,
            self.travel,
            self.feedback,
        ]
        .iter()
        .all(|w| w.is_finite() && (0.0..=10.0).contains(w));
        c.ensure(
            !valid || self.fit + self.interest + self.context + self.travel + self.feedback > 0.0,
            "weights",
            "at least one weight must be above 0",
        );
        c.finish(|| ())
    }
}

/// What scoring needs of one side of a pair.
#[derive(Debug, Clone, Default)]
pub struct Side {
    /// Name, for explanations.
    pub name: String,
    /// ISO country.
    pub country: String,
    /// Where its cities are: (lat, lon) each.
    pub places: Vec<(f64, f64)>,
    /// Inhabitants.
    pub population: Option<i64>,
    /// Working languages.
    pub languages: Vec<String>,
    /// By the sea.
    pub coastal: Option<bool>,
    /// Climate zone id.
    pub climate_zone: Option<String>,
    /// Needs (a Twin) or strengths (a host).
    pub themes: Vec<Theme>,
    /// A host's past feedback: the mean usefulness (1 to 5) its Twins gave its visits,
    /// and how many answers (`None`: none yet).
    pub feedback: Option<(f64, usize)>,
}

/// The parts of a score, each in [0, 1], and what they rest on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Parts {
    /// Theme fit.
    pub fit: f64,
    /// Interest.
    pub interest: f64,
    /// Context.
    pub context: f64,
    /// Travel.
    pub travel: f64,
    /// The host's past feedback: (mean usefulness − 1) / 4; ½ when it has none.
    #[serde(default)]
    pub feedback: f64,
    /// The mean usefulness its Twins gave the host's visits, when the round counts it
    /// (its weight above 0) and there is any.
    #[serde(default)]
    pub feedback_mean: Option<f64>,
    /// How many answers that mean rests on.
    #[serde(default)]
    pub feedback_responses: usize,
    /// Distance between the nearest cities of the two sides, km.
    pub distance_km: f64,
    /// Rail is a reasonable way to travel.
    pub rail: bool,
    /// The Twin's needs the host covers fully, by description (or domain × lever).
    pub covered: Vec<String>,
    /// How many needs the Twin has.
    pub needs: usize,
    /// The rank the Twin gave the host, if any.
    pub rank: Option<usize>,
    /// A working language both share, if any.
    pub shared_language: Option<String>,
    /// The Twin was left unmatched in an earlier round of the programme and the round
    /// gave it priority (its pairs' scores raised by the round's bonus).
    #[serde(default)]
    pub earlier_unmatched: bool,
}

/// The weighted score of the parts.
pub fn total(parts: &Parts, w: &Weights) -> f64 {
    let sum = w.fit + w.interest + w.context + w.travel + w.feedback;
    if sum <= 0.0 {
        return 0.0;
    }
    (w.fit * parts.fit
        + w.interest * parts.interest
        + w.context * parts.context
        + w.travel * parts.travel
        + w.feedback * parts.feedback)
        / sum
}

/// Great-circle distance, km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Countries without a rail link to the continent.
const ISLANDS: [&str; 4] = ["IS", "CY", "MT", "IE"];

/// Whether rail is a reasonable way between two cities `distance` km apart in these
/// countries: at most 700 km, and neither on an island without a rail link.
pub fn rail_reasonable(distance: f64, country_a: &str, country_b: &str) -> bool {
    distance <= 700.0 && !ISLANDS.contains(&country_a) && !ISLANDS.contains(&country_b)
}

/// How well the strengths cover a need: 1 for the same domain and lever, 0.5 for one.
pub fn cover(need: &Theme, strengths: &[Theme]) -> f64 {
    strengths
        .iter()
        .map(|s| match (s.domain == need.domain, s.lever == need.lever) {
            (true, true) => 1.0,
            (true, false) | (false, true) => 0.5,
            (false, false) => 0.0,
        })
        .fold(0.0, f64::max)
}

fn need_name(t: &Theme) -> String {
    if t.description.trim().is_empty() {
        format!("{} × {}", t.domain, t.lever)
    } else {
        t.description.trim().to_owned()
    }
}

/// The parts of the pair (`twin`, `host`), `rank` being the Twin's rank of the host.
pub fn parts(twin: &Side, host: &Side, rank: Option<usize>) -> Parts {
    compute(twin, host, rank, true)
}

/// The weighted score of the pair, without naming what it covers (what a round computes
/// for every pair; [`parts`] for the ones it shows).
pub fn score(twin: &Side, host: &Side, rank: Option<usize>, weights: &Weights) -> f64 {
    total(&compute(twin, host, rank, false), weights)
}

fn compute(twin: &Side, host: &Side, rank: Option<usize>, name_covered: bool) -> Parts {
    let mut weight = 0.0;
    let mut covered_weight = 0.0;
    let mut covered = Vec::new();
    for need in &twin.themes {
        let w = f64::from(4 - need.priority.clamp(1, 3));
        let c = cover(need, &host.themes);
        weight += w;
        covered_weight += w * c;
        if c >= 1.0 && name_covered {
            covered.push(need_name(need));
        }
    }
    let fit = if weight > 0.0 {
        covered_weight / weight
    } else {
        0.0
    };
    let interest = rank
        .and_then(|r| r.checked_sub(1))
        .and_then(|i| [1.0, 0.8, 0.6, 0.4, 0.2].get(i).copied())
        .unwrap_or(0.0);
    let size = match (twin.population, host.population) {
        (Some(a), Some(b)) if a > 0 && b > 0 => {
            (1.0 - ((a as f64) / (b as f64)).ln().abs() / 10f64.ln()).max(0.0)
        }
        _ => 0.5,
    };
    let shared = twin.languages.iter().find(|l| host.languages.contains(l));
    let language = if shared.is_some() { 1.0 } else { 0.0 };
    let shared_language = shared.filter(|_| name_covered).cloned();
    let same = |a: Option<bool>| a.map(|x| if x { 1.0 } else { 0.0 }).unwrap_or(0.5);
    let coast = same(twin.coastal.zip(host.coastal).map(|(a, b)| a == b));
    let climate = same(
        twin.climate_zone
            .as_ref()
            .zip(host.climate_zone.as_ref())
            .map(|(a, b)| a == b),
    );
    let context = (size + language + (coast + climate) / 2.0) / 3.0;
    let distance = twin
        .places
        .iter()
        .flat_map(|a| host.places.iter().map(move |b| distance_km(*a, *b)))
        .fold(f64::INFINITY, f64::min);
    let distance = if distance.is_finite() {
        distance
    } else {
        3000.0
    };
    let rail = rail_reasonable(distance, &twin.country, &host.country);
    let travel = 0.7 * (1.0 - distance / 3000.0).max(0.0) + if rail { 0.3 } else { 0.0 };
    Parts {
        fit,
        interest,
        context,
        travel,
        distance_km: distance,
        rail,
        covered,
        needs: twin.themes.len(),
        rank,
        shared_language,
        earlier_unmatched: false,
        feedback: host
            .feedback
            .map_or(0.5, |(mean, _)| ((mean - 1.0) / 4.0).clamp(0.0, 1.0)),
        feedback_mean: host.feedback.map(|(mean, _)| mean),
        feedback_responses: host.feedback.map_or(0, |(_, n)| n),
    }
}

fn ordinal(n: usize) -> &'static str {
    match n {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "fifth",
    }
}

/// Joins names as people write them: `a`, `a and b`, `a, b and c`.
pub fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Why the pair is what it is, in one sentence.
pub fn explain(twin: &str, host: &str, p: &Parts) -> String {
    let mut reasons = Vec::new();
    if p.needs > 0 && !p.covered.is_empty() {
        // The list sits between dashes only when more follows; at the end of the
        // sentence it takes no closing dash ("— a, b.", never "— a, b —.").
        let close = if p.rank.is_some() || p.earlier_unmatched || p.feedback_mean.is_some() {
            " —"
        } else {
            ""
        };
        reasons.push(format!(
            "{host}'s strengths cover {} of {twin}'s {} priority challenges — {}{close}",
            p.covered.len(),
            p.needs,
            p.covered.join(", ")
        ));
    } else if p.fit > 0.0 {
        reasons.push(format!(
            "{host}'s strengths touch {twin}'s challenges in part (fit {:.0} %)",
            p.fit * 100.0
        ));
    }
    if let Some(r) = p.rank {
        reasons.push(format!("{twin} asked for {host} {}", ordinal(r)));
    }
    if let Some(mean) = p.feedback_mean {
        reasons.push(format!(
            "{host}'s Twins rated its visits {mean:.1} out of 5 ({} {})",
            p.feedback_responses,
            if p.feedback_responses == 1 {
                "answer"
            } else {
                "answers"
            }
        ));
    }
    if p.earlier_unmatched {
        reasons.push(format!(
            "{twin} was given priority, having been left unmatched in an earlier round of the programme"
        ));
    }
    if reasons.is_empty() {
        reasons.push(format!(
            "no better host had room ({host} is {:.0} km away)",
            p.distance_km
        ));
    }
    format!(
        "{twin} is paired with {host} because {}.",
        reasons.join(" and ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(domain: &str, lever: &str, priority: i32, description: &str) -> Theme {
        Theme {
            domain: domain.into(),
            lever: lever.into(),
            priority,
            description: description.into(),
        }
    }

    fn cascais() -> Side {
        Side {
            name: "Cascais".into(),
            country: "PT".into(),
            places: vec![(38.6979, -9.4215)],
            population: Some(214_000),
            languages: vec!["pt".into(), "en".into()],
            coastal: Some(true),
            climate_zone: Some("mediterranean".into()),
            themes: vec![
                theme("nature", "governance", 1, "green spaces"),
                theme("mobility", "technology", 1, "light mobility"),
                theme("buildings", "finance", 2, "energy efficiency"),
                theme("waste", "learning", 3, "circular economy"),
            ],
            feedback: None,
        }
    }

    fn aarhus() -> Side {
        Side {
            name: "Aarhus".into(),
            country: "DK".into(),
            places: vec![(56.1567, 10.2108)],
            population: Some(285_000),
            languages: vec!["da".into(), "en".into()],
            coastal: Some(true),
            climate_zone: Some("oceanic".into()),
            themes: vec![
                theme("nature", "governance", 1, "green spaces"),
                theme("mobility", "technology", 1, "light mobility"),
                theme("buildings", "finance", 2, "energy efficiency"),
                theme("energy", "learning", 2, "energy park"),
            ],
            feedback: None,
        }
    }

    #[test]
    fn parts_of_cascais_and_aarhus_by_hand() {
        let p = parts(&cascais(), &aarhus(), Some(1));
        // Needs weigh 3, 3, 2, 1; covered 1, 1, 1 and ½ (waste × learning meets the energy
        // park on the lever only): (3 + 3 + 2 + 0.5) / 9.
        assert!((p.fit - 8.5 / 9.0).abs() < 1e-12, "{}", p.fit);
        assert_eq!(
            p.covered,
            ["green spaces", "light mobility", "energy efficiency"]
        );
        assert_eq!(p.interest, 1.0);
        // Size 1 − ln(285/214)/ln 10; English shared; both coastal, other climates.
        let size = 1.0 - (285_000f64 / 214_000f64).ln() / 10f64.ln();
        assert!((p.context - (size + 1.0 + 0.5) / 3.0).abs() < 1e-12);
        // About 2,420 km on the great circle: no rail, 0.7 × (1 − d/3000).
        assert!(
            (2415.0..2425.0).contains(&p.distance_km),
            "{}",
            p.distance_km
        );
        assert!(!p.rail);
        assert!((p.travel - 0.7 * (1.0 - p.distance_km / 3000.0)).abs() < 1e-12);
        let score = total(&p, &Weights::default());
        let expected = 0.5 * p.fit + 0.25 * 1.0 + 0.15 * p.context + 0.10 * p.travel;
        assert!((score - expected).abs() < 1e-12);
        assert_eq!(
            explain("Cascais", "Aarhus", &p),
            "Cascais is paired with Aarhus because Aarhus's strengths cover 3 of Cascais's 4 priority challenges — green spaces, light mobility, energy efficiency — and Cascais asked for Aarhus first."
        );
    }

    #[test]
    fn explanations_never_end_on_a_dangling_dash() {
        let mut p = parts(&cascais(), &aarhus(), None);
        let alone = explain("Cascais", "Aarhus", &p);
        assert_eq!(
            alone,
            "Cascais is paired with Aarhus because Aarhus's strengths cover 3 of Cascais's 4 priority challenges — green spaces, light mobility, energy efficiency."
        );
        p.covered.clear();
        for rank in [None, Some(2)] {
            p.rank = rank;
            for fit in [0.0, 0.4] {
                p.fit = fit;
                let text = explain("Cascais", "Aarhus", &p);
                assert!(text.ends_with('.') && !text.contains("—."), "{text}");
                assert!(!text.contains(".."), "{text}");
            }
        }
    }

    #[test]
    fn fit_is_directional_and_interest_falls_with_rank() {
        let mut host = aarhus();
        host.themes = vec![theme("nature", "governance", 1, "")];
        // Cascais needs four things; a host with one of them fits a third (3 of 9).
        assert!((parts(&cascais(), &host, None).fit - 3.0 / 9.0).abs() < 1e-12);
        // The other way round, that host's one need is fully covered by Cascais.
        let mut twin = host.clone();
        twin.themes = vec![theme("nature", "governance", 1, "")];
        let mut giver = cascais();
        giver.themes = cascais().themes;
        assert_eq!(parts(&twin, &giver, None).fit, 1.0);
        let ranks: Vec<f64> = [Some(1), Some(2), Some(5), Some(6), None]
            .into_iter()
            .map(|r| parts(&cascais(), &aarhus(), r).interest)
            .collect();
        assert_eq!(ranks, [1.0, 0.8, 0.2, 0.0, 0.0]);
    }

    #[test]
    fn near_cities_on_the_continent_go_by_rail() {
        let mut lisbon = aarhus();
        lisbon.country = "PT".into();
        lisbon.places = vec![(38.7223, -9.1393)];
        let p = parts(&cascais(), &lisbon, None);
        assert!(p.distance_km < 30.0 && p.rail);
        let mut reykjavik = lisbon.clone();
        reykjavik.country = "IS".into();
        assert!(!parts(&cascais(), &reykjavik, None).rail);
    }
}
