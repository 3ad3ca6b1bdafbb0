//! What a visit is made of: its agenda day by day, built from the pair's matched themes,
//! and its travel (distance, a suggested mode, CO₂ per traveller).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::id::CityId;
use super::id::HostId;
use super::profile::Theme;
use super::scoring::{cover, distance_km, rail_reasonable};
use super::state::{Direction, VisitStatus};
use crate::domain::id::CohortId;
use crate::domain::id::ProposalId;

/// Air: kg CO₂e per passenger-km, economy short-haul with radiative forcing (UK DESNZ
/// greenhouse gas conversion factors 2024, business travel — air).
pub const AIR_KG_PER_KM: f64 = 0.156;
/// Air: the great-circle distance is raised by this for routing and holding (the uplift
/// the same DESNZ methodology recommends).
pub const AIR_UPLIFT: f64 = 1.08;
/// Rail: kg CO₂e per passenger-km (UK DESNZ 2024, business travel — land, national rail;
/// most continental networks emit less, so this errs on the high side).
pub const RAIL_KG_PER_KM: f64 = 0.035;
/// Rail: track distance over great-circle distance (an assumption of this service).
pub const RAIL_ROUTE_FACTOR: f64 = 1.25;
/// Where the factors come from, as shown with every estimate.
pub const FACTORS_SOURCE: &str = "UK DESNZ greenhouse gas conversion factors 2024";

/// How a delegation gets there, and what it costs the climate.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Travel {
    /// Great-circle distance between the two cities, km.
    pub distance_km: f64,
    /// `rail` where it is reasonable (at most 700 km, no sea in between), else `air`.
    pub mode: String,
    /// Distance travelled one way with the mode's route factor, km.
    pub route_km: f64,
    /// kg CO₂e per passenger-km used.
    pub factor_kg_per_km: f64,
    /// CO₂e per traveller for the round trip, kg.
    pub co2_kg_per_traveller: f64,
    /// The delegation's size, as its profile says (`None`: not given).
    pub delegation_size: Option<i32>,
    /// CO₂e of the whole delegation's round trip, kg (when its size is known).
    pub co2_kg_delegation: Option<f64>,
    /// Where the factors come from.
    pub source: String,
}

/// The travel between `from` and `to`, each (lat, lon) with its ISO country.
pub fn travel(
    from: (f64, f64),
    from_country: &str,
    to: (f64, f64),
    to_country: &str,
    delegation_size: Option<i32>,
) -> Travel {
    let distance = distance_km(from, to);
    let rail = rail_reasonable(distance, from_country, to_country);
    let (mode, route_km, factor) = if rail {
        ("rail", distance * RAIL_ROUTE_FACTOR, RAIL_KG_PER_KM)
    } else {
        ("air", distance * AIR_UPLIFT, AIR_KG_PER_KM)
    };
    let per_traveller = 2.0 * route_km * factor;
    Travel {
        distance_km: round1(distance),
        mode: mode.to_owned(),
        route_km: round1(route_km),
        factor_kg_per_km: factor,
        co2_kg_per_traveller: round1(per_traveller),
        delegation_size,
        co2_kg_delegation: delegation_size.map(|n| round1(per_traveller * f64::from(n))),
        source: FACTORS_SOURCE.to_owned(),
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The agenda lines the service writes, by message key, in English as they are stored
/// (`{twin}`, `{host}`: the pair's names; `{theme}`: a theme as [`named`] names it). A
/// stored line is recognised by [`recognise`] and shown in each reader's language.
pub const PHRASES: [(&str, &str); 14] = [
    ("agenda-welcome", "Welcome and introductions"),
    (
        "agenda-welcome-detail",
        "{host} presents its work; {twin} presents the challenges it came for.",
    ),
    ("agenda-site-visit", "Site visit: {theme}"),
    ("agenda-for-challenge", "For {twin}'s challenge: {theme}."),
    ("agenda-flagship", "One of {host}'s flagship practices."),
    ("agenda-wrap-up", "Wrap-up: lessons and next steps"),
    (
        "agenda-wrap-up-detail",
        "What {twin} takes home, and what the next visit should cover.",
    ),
    ("agenda-welcome-back", "Welcome by {twin}"),
    (
        "agenda-welcome-back-detail",
        "A tour of {twin}'s challenges and the places they concern.",
    ),
    ("agenda-working-session", "Working session: {theme}"),
    ("agenda-brings", "{host} brings its experience of {theme}."),
    ("agenda-peer-view", "{host} gives a peer's view."),
    (
        "agenda-peer-review",
        "Peer review: {host}'s recommendations",
    ),
    (
        "agenda-peer-review-detail",
        "{host} sums up what it saw and suggests next steps for {twin}.",
    ),
];

fn phrase(key: &str, twin: &str, host: &str, theme: &str) -> String {
    PHRASES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, english)| english)
        .replace("{twin}", twin)
        .replace("{host}", host)
        .replace("{theme}", theme)
}

/// A theme as an agenda line names it: its description, or its domain and lever.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeName {
    /// The city's own words.
    Described(String),
    /// The taxonomy's ids, for a theme without a description.
    Taxonomy {
        /// Emission domain id.
        domain: String,
        /// Lever id.
        lever: String,
    },
}

/// An agenda line the service wrote: its message key and the theme it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The key of [`PHRASES`].
    pub key: &'static str,
    /// The theme, for the lines that name one.
    pub theme: Option<ThemeName>,
}

/// The line the service wrote that `text` is, for the pair `twin` – `host`; `None` for
/// a line a city or a manager wrote.
pub fn recognise(text: &str, twin: &str, host: &str) -> Option<Phrase> {
    let text = text.trim();
    PHRASES.iter().find_map(|(key, english)| {
        let filled = english.replace("{twin}", twin).replace("{host}", host);
        match filled.split_once("{theme}") {
            None => (filled == text).then_some(Phrase { key, theme: None }),
            Some((before, after)) => {
                let middle = text.strip_prefix(before)?.strip_suffix(after)?;
                if middle.trim().is_empty() {
                    return None;
                }
                let theme = match middle.split_once(" × ") {
                    Some((d, l))
                        if [d, l].iter().all(|w| {
                            !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        }) =>
                    {
                        ThemeName::Taxonomy {
                            domain: d.to_owned(),
                            lever: l.to_owned(),
                        }
                    }
                    _ => ThemeName::Described(middle.to_owned()),
                };
                Some(Phrase {
                    key,
                    theme: Some(theme),
                })
            }
        }
    })
}

/// One agenda item: (day from 1, title, detail).
pub type Item = (i32, String, String);

fn named(t: &Theme) -> String {
    if t.description.trim().is_empty() {
        format!("{} × {}", t.domain, t.lever)
    } else {
        t.description.trim().to_owned()
    }
}

/// The agenda of a visit of `days` days. Outward (the Twin at its host): a site visit for
/// every host practice that meets one of the Twin's challenges, the Twin's priorities
/// first, then the host's other first-priority practices; the visit back (the host at
/// the Twin): a working session on each of the Twin's challenges, with what the host
/// brings to it. Welcome first, a wrap-up last, the rest spread over the days.
pub fn agenda(
    outward: bool,
    twin: &str,
    host: &str,
    needs: &[Theme],
    strengths: &[Theme],
    days: i32,
) -> Vec<Item> {
    let mut needs: Vec<&Theme> = needs.iter().collect();
    needs.sort_by_key(|t| t.priority);
    let best_strength = |need: &Theme| -> Option<&Theme> {
        strengths
            .iter()
            .filter(|s| cover(need, std::slice::from_ref(s)) > 0.0)
            .max_by(|a, b| {
                let ca = cover(need, std::slice::from_ref(a));
                let cb = cover(need, std::slice::from_ref(b));
                ca.total_cmp(&cb).then(b.priority.cmp(&a.priority))
            })
    };
    let say = |key: &str, theme: &str| phrase(key, twin, host, theme);
    let mut middle: Vec<(String, String)> = Vec::new();
    let (welcome, wrap_up);
    if outward {
        welcome = (say("agenda-welcome", ""), say("agenda-welcome-detail", ""));
        let mut shown: Vec<&Theme> = Vec::new();
        for need in &needs {
            if let Some(s) = best_strength(need)
                && !shown.contains(&s)
            {
                shown.push(s);
                middle.push((
                    say("agenda-site-visit", &named(s)),
                    say("agenda-for-challenge", &named(need)),
                ));
            }
        }
        for s in strengths.iter().filter(|s| s.priority == 1) {
            if !shown.contains(&s) {
                shown.push(s);
                middle.push((
                    say("agenda-site-visit", &named(s)),
                    say("agenda-flagship", ""),
                ));
            }
        }
        wrap_up = (say("agenda-wrap-up", ""), say("agenda-wrap-up-detail", ""));
    } else {
        welcome = (
            say("agenda-welcome-back", ""),
            say("agenda-welcome-back-detail", ""),
        );
        for need in &needs {
            let detail = match best_strength(need) {
                Some(s) => say("agenda-brings", &named(s)),
                None => say("agenda-peer-view", ""),
            };
            middle.push((say("agenda-working-session", &named(need)), detail));
        }
        wrap_up = (
            say("agenda-peer-review", ""),
            say("agenda-peer-review-detail", ""),
        );
    }
    let days = days.max(1);
    let mut out: Vec<Item> = vec![(1, welcome.0, welcome.1)];
    // Spread the middle items over the days as evenly as the order allows.
    let n = middle.len() as i32;
    for (i, (title, detail)) in middle.into_iter().enumerate() {
        let day = 1 + (i as i32 * days) / n.max(1);
        out.push((day, title, detail));
    }
    out.push((days, wrap_up.0, wrap_up.1));
    out
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

    fn aarhus() -> Vec<Theme> {
        vec![
            theme(
                "energy",
                "participation",
                1,
                "CO-SHAPE peri-urban co-design",
            ),
            theme("energy", "technology", 1, "the CO-SHAPE energy park"),
            theme("nature", "participation", 2, "participatory planning"),
            theme("nature", "governance", 1, "green spaces"),
            theme("mobility", "technology", 1, "light mobility"),
            theme("buildings", "social-innovation", 2, "sustainable housing"),
            theme("buildings", "finance", 1, "energy efficiency"),
        ]
    }

    fn cascais() -> Vec<Theme> {
        vec![
            theme("nature", "governance", 1, "green spaces"),
            theme("mobility", "technology", 1, "light mobility"),
            theme("buildings", "social-innovation", 2, "sustainable housing"),
            theme("buildings", "finance", 1, "energy efficiency"),
        ]
    }

    #[test]
    fn cascais_in_aarhus_visits_what_it_came_for_and_the_energy_park() {
        let items = agenda(true, "Cascais", "Aarhus", &cascais(), &aarhus(), 3);
        let titles: Vec<&str> = items.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(titles[0], "Welcome and introductions");
        // Priority 1 challenges first, in their order, then the housing of priority 2.
        assert_eq!(
            &titles[1..5],
            [
                "Site visit: green spaces",
                "Site visit: light mobility",
                "Site visit: energy efficiency",
                "Site visit: sustainable housing",
            ]
        );
        assert!(titles.contains(&"Site visit: the CO-SHAPE energy park"));
        assert_eq!(titles.last(), Some(&"Wrap-up: lessons and next steps"));
        // Welcome on day 1, wrap-up on day 3, every day has something.
        assert_eq!(items[0].0, 1);
        assert_eq!(items.last().map(|i| i.0), Some(3));
        for day in 1..=3 {
            assert!(items.iter().any(|i| i.0 == day), "day {day} is empty");
        }
        assert!(items.windows(2).all(|w| w[0].0 <= w[1].0), "days in order");
    }

    #[test]
    fn the_visit_back_works_on_the_twins_challenges() {
        let items = agenda(false, "Cascais", "Aarhus", &cascais(), &aarhus(), 2);
        assert_eq!(items[0].1, "Welcome by Cascais");
        assert_eq!(items[1].1, "Working session: green spaces");
        assert_eq!(items[1].2, "Aarhus brings its experience of green spaces.");
        assert_eq!(items.len(), 6);
        assert_eq!(items.last().map(|i| i.0), Some(2));
    }

    #[test]
    fn every_line_the_service_writes_is_recognised() {
        for outward in [true, false] {
            for (_, title, detail) in agenda(outward, "Cascais", "Aarhus", &cascais(), &aarhus(), 3)
            {
                for line in [&title, &detail] {
                    assert!(
                        recognise(line, "Cascais", "Aarhus").is_some(),
                        "not recognised: {line}"
                    );
                }
            }
        }
        assert_eq!(
            recognise("Site visit: nature × governance", "A", "B"),
            Some(Phrase {
                key: "agenda-site-visit",
                theme: Some(ThemeName::Taxonomy {
                    domain: "nature".into(),
                    lever: "governance".into()
                })
            })
        );
        assert_eq!(recognise("Lunch at the harbour", "Cascais", "Aarhus"), None);
    }

    #[test]
    fn travel_by_rail_when_reasonable_else_by_air() {
        // Cascais to Aarhus: about 2,420 km, air.
        let t = travel((38.697, -9.421), "PT", (56.157, 10.211), "DK", Some(4));
        assert_eq!(t.mode, "air");
        assert!(
            (2400.0..2440.0).contains(&t.distance_km),
            "{}",
            t.distance_km
        );
        let want = 2.0 * t.distance_km * AIR_UPLIFT * AIR_KG_PER_KM;
        assert!((t.co2_kg_per_traveller - want).abs() < 0.5, "{t:?}");
        assert_eq!(
            t.co2_kg_delegation
                .map(|d| (d / t.co2_kg_per_traveller).round()),
            Some(4.0)
        );
        // Lund to Copenhagen: rail.
        let t = travel((55.705, 13.191), "SE", (55.676, 12.568), "DK", None);
        assert_eq!(t.mode, "rail");
        assert_eq!(t.factor_kg_per_km, RAIL_KG_PER_KM);
        assert_eq!(t.co2_kg_delegation, None);
    }
}

/// A participant, as shown on an itinerary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Participant {
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Role.
    pub role: String,
    /// Language code.
    pub language: String,
}

/// One day of an itinerary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AgendaDay {
    /// Day of the visit, from 1.
    pub day: i32,
    /// Its date, once the visit is placed.
    pub date: Option<NaiveDate>,
    /// What happens, in order.
    pub items: Vec<AgendaEntry>,
}

/// One agenda item.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaEntry {
    /// Day of the visit, from 1 (ignored where the day is given by its place).
    #[serde(default)]
    #[schema(minimum = 1)]
    pub day: i32,
    /// What happens.
    #[schema(max_length = 200)]
    pub title: String,
    /// More about it.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub detail: String,
}

/// A visit with its itinerary, as shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VisitView {
    /// Id; the calendar UID is `{id}@twinning`.
    pub id: String,
    /// Cohort.
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    /// The pair's proposal.
    #[schema(value_type = String)]
    pub proposal_id: ProposalId,
    /// "Cascais to Aarhus, trip 1".
    pub label: String,
    /// Twin city id.
    #[schema(value_type = String)]
    pub twin_id: CityId,
    /// Twin name.
    pub twin: String,
    /// Host id.
    #[schema(value_type = String)]
    pub host_id: HostId,
    /// Host name (a Mission City or a pilot activity).
    pub host: String,
    /// Travelling city id.
    #[schema(value_type = String)]
    pub guest_city_id: CityId,
    /// Travelling city.
    pub guest_city: String,
    /// Receiving city id.
    #[schema(value_type = String)]
    pub host_city_id: CityId,
    /// Receiving city.
    pub host_city: String,
    /// Its country.
    pub host_country: String,
    /// `outward` or `return`.
    pub direction: Direction,
    /// Number within its direction.
    pub position: i32,
    /// Workdays.
    pub days: i32,
    /// Where it may fall.
    pub window_start: NaiveDate,
    /// Where it may fall.
    pub window_end: NaiveDate,
    /// First day.
    pub starts_on: Option<NaiveDate>,
    /// Last day.
    pub ends_on: Option<NaiveDate>,
    /// `unplaced`, `draft`, `planned`, `confirmed` or `cancelled`.
    pub status: VisitStatus,
    /// Why it is unplaced and what would make it fit.
    pub reason: String,
    /// Calendar SEQUENCE.
    pub sequence: i32,
    /// What participants were last told: status (absent: never published).
    pub published_status: Option<VisitStatus>,
    /// What participants were last told: first day.
    pub published_starts_on: Option<NaiveDate>,
    /// What participants were last told: last day.
    pub published_ends_on: Option<NaiveDate>,
    /// Dates or status differ from what participants were last told.
    pub changed_since_publish: bool,
    /// Day by day.
    pub agenda: Vec<AgendaDay>,
    /// The travelling delegation's contacts.
    pub guest_contacts: Vec<Participant>,
    /// The receiving team's contacts.
    pub host_contacts: Vec<Participant>,
    /// Distance, mode and CO₂.
    pub travel: Travel,
}
