//! Travel costs: amounts in euros (held as whole cents), the stated per-km rates of each
//! travel mode, a visit's estimated cost against the cohort's reimbursement cap, and what
//! a city actually spent as typed and as valid. Every wrong field is named.

use serde::Serialize;

use super::invalid::{Checks, Invalid, Refusal, control_in, control_message};
use super::itinerary::Travel;
use super::limits;

/// An amount in euros, as whole cents (never negative).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Eur(i64);

impl Eur {
    /// The amount of `cents` (negative counts as nothing).
    pub fn from_cents(cents: i64) -> Eur {
        Eur(cents.max(0))
    }

    /// Whole cents.
    pub fn cents(self) -> i64 {
        self.0
    }

    /// Euros, for JSON and for a language's number formatting.
    pub fn euros(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Written with two decimals and a point (`1234.50`), as a form shows it again.
    pub fn plain(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }

    /// `self` times `n`.
    pub fn times(self, n: i64) -> Eur {
        Eur(self.0.saturating_mul(n.max(0)))
    }
}

impl std::ops::Add for Eur {
    type Output = Eur;
    fn add(self, other: Eur) -> Eur {
        Eur(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Eur {
    fn sum<I: Iterator<Item = Eur>>(iter: I) -> Eur {
        iter.fold(Eur::default(), |a, b| a + b)
    }
}

fn amount_refusal(field: &str, value: &str, max: Eur) -> Invalid {
    Invalid::field(
        field,
        Refusal::new("refusal-not-an-amount")
            .text("value", value)
            .number("max", max.cents() / 100)
            .says(format!(
                "\"{value}\" is not an amount in euros: write e.g. 350 or 350.50, from 0 to {}",
                max.cents() / 100
            )),
    )
}

/// An amount typed in a form: digits with at most two decimals after a point or a comma
/// (`350`, `350.5`, `350,50`), from 0 to `max`; spaces are ignored. Empty is refused.
pub fn parse_eur(field: &str, typed: &str, max: Eur) -> Result<Eur, Invalid> {
    let value: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let shown: String = typed.trim().chars().take(40).collect();
    if value.is_empty() {
        return Err(Invalid::field(
            field,
            Refusal::new("refusal-amount-missing").says("give an amount in euros, e.g. 350.50"),
        ));
    }
    let (whole, fraction) = match value.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (value.as_str(), ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 12
        || !digits(whole)
        || fraction.len() > 2
        || !digits(fraction)
    {
        return Err(amount_refusal(field, &shown, max));
    }
    let whole: i64 = whole
        .parse()
        .map_err(|_| amount_refusal(field, &shown, max))?;
    let fraction: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    let cents = whole.saturating_mul(100).saturating_add(fraction);
    if cents > max.cents() {
        return Err(amount_refusal(field, &shown, max));
    }
    Ok(Eur(cents))
}

/// An amount sent as a JSON number: finite, from 0 to `max`, at most two decimals.
pub fn eur_of_number(field: &str, value: f64, max: Eur) -> Result<Eur, Invalid> {
    let cents = (value * 100.0).round();
    if !value.is_finite()
        || value < 0.0
        || (value * 100.0 - cents).abs() > 1e-6
        || cents > max.cents() as f64
    {
        return Err(amount_refusal(field, &value.to_string(), max));
    }
    Ok(Eur(cents as i64))
}

/// The greatest reimbursement cap a cohort may set, per traveller and visit.
pub const CAP_MAX: Eur = Eur(limits::COST_CAP_EUR * 100);
/// The greatest amount a city may record as spent on one visit.
pub const SPENT_MAX: Eur = Eur(limits::COST_SPENT_EUR * 100);

/// The stated cost per traveller and km of each travel mode the service suggests (the
/// modes of [`crate::domain::itinerary::travel`]: rail and air), in euros. Valid: finite
/// and not negative.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct TravelRates {
    /// Air, euros per traveller-km.
    pub air_eur_per_km: f64,
    /// Rail, euros per traveller-km.
    pub rail_eur_per_km: f64,
}

impl TravelRates {
    /// The rates, or why one is not a rate (named by its setting).
    pub fn new(air_eur_per_km: f64, rail_eur_per_km: f64) -> Result<TravelRates, String> {
        for (name, rate) in [
            ("air_eur_per_km", air_eur_per_km),
            ("rail_eur_per_km", rail_eur_per_km),
        ] {
            if !rate.is_finite() || !(0.0..=100.0).contains(&rate) {
                return Err(format!(
                    "travel.{name} must be a number of euros from 0 to 100 (it is {rate})"
                ));
            }
        }
        Ok(TravelRates {
            air_eur_per_km,
            rail_eur_per_km,
        })
    }

    /// The rate of `mode` (`rail`, else air).
    pub fn of(&self, mode: &str) -> f64 {
        if mode == "rail" {
            self.rail_eur_per_km
        } else {
            self.air_eur_per_km
        }
    }
}

/// A visit's estimated travel cost against the cohort's cap.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Estimate {
    /// The mode the estimate assumes: `rail` or `air`.
    pub mode: String,
    /// Distance one way by that mode, km.
    pub route_km: f64,
    /// The stated rate of the mode, euros per traveller-km.
    pub rate_eur_per_km: f64,
    /// Travellers counted: the delegation's size as its profile says, else 1.
    pub travellers: i64,
    /// `true` when the profile gives no delegation size and 1 traveller is assumed.
    pub travellers_assumed: bool,
    /// The round trip of one traveller, euros.
    pub per_traveller_eur: f64,
    /// The round trip of all travellers, euros.
    pub estimated_eur: f64,
    /// The cohort's cap per traveller and visit, euros (`None`: no cap).
    pub cap_per_traveller_eur: Option<f64>,
    /// The cap for this visit (cap × travellers), euros.
    pub cap_eur: Option<f64>,
    /// Whether the estimate is above the cap.
    pub over_cap: bool,
    #[serde(skip)]
    estimated: Eur,
    #[serde(skip)]
    cap: Option<Eur>,
}

impl Estimate {
    /// The estimated cost as an amount.
    pub fn estimated(&self) -> Eur {
        self.estimated
    }

    /// The visit's cap as an amount.
    pub fn cap(&self) -> Option<Eur> {
        self.cap
    }
}

/// The estimated cost of a visit's travel: the mode's rate × the route's km × 2 (a round
/// trip) × the travellers, in whole cents per traveller; against `cap` × travellers.
pub fn estimate(travel: &Travel, rates: &TravelRates, cap: Option<Eur>) -> Estimate {
    let rate = rates.of(&travel.mode);
    let per_traveller = Eur::from_cents((2.0 * travel.route_km * rate * 100.0).round() as i64);
    let (travellers, assumed) = match travel.delegation_size {
        Some(n) if n > 0 => (i64::from(n), false),
        _ => (1, true),
    };
    let estimated = per_traveller.times(travellers);
    let cap_total = cap.map(|c| c.times(travellers));
    Estimate {
        mode: travel.mode.clone(),
        route_km: travel.route_km,
        rate_eur_per_km: rate,
        travellers,
        travellers_assumed: assumed,
        per_traveller_eur: per_traveller.euros(),
        estimated_eur: estimated.euros(),
        cap_per_traveller_eur: cap.map(Eur::euros),
        cap_eur: cap_total.map(Eur::euros),
        over_cap: cap_total.is_some_and(|c| estimated > c),
        estimated,
        cap: cap_total,
    }
}

/// What a city spent, as typed (a form) or sent (JSON turned to text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpentFields {
    /// Euros, e.g. `1234.50`.
    pub amount: String,
    /// What it covers (optional).
    pub note: String,
}

/// What a city spent, valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spent {
    /// The amount, 0 to [`SPENT_MAX`].
    pub amount: Eur,
    /// What it covers, trimmed (may be empty).
    pub note: String,
}

/// Checks what a city spent; every wrong field at once (`amount`, `note`).
pub fn validate_spent(fields: &SpentFields) -> Result<Spent, Invalid> {
    let mut c = Checks::new();
    let amount = c.take(parse_eur("amount", &fields.amount, SPENT_MAX));
    let note = fields.note.trim();
    if note.chars().count() > limits::COST_NOTE_CHARS {
        c.ensure(
            false,
            "note",
            Refusal::new("refusal-too-long")
                .number("max", limits::COST_NOTE_CHARS)
                .says(format!(
                    "must be at most {} characters",
                    limits::COST_NOTE_CHARS
                )),
        );
    } else if let Some(ch) = control_in(note, true) {
        c.ensure(false, "note", control_message(ch, true));
    }
    c.finish(|| Spent {
        amount: amount.unwrap_or_default(),
        note: note.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_with_a_point_or_a_comma_and_two_decimals_at_most() {
        let max = Eur(100_000);
        let big = Eur(1_000_000);
        assert_eq!(parse_eur("a", "350", max).unwrap().cents(), 35_000);
        assert_eq!(parse_eur("a", " 350,5 ", max).unwrap().cents(), 35_050);
        assert_eq!(parse_eur("a", "1 000.05", big).unwrap().cents(), 100_005);
        for bad in ["", "-3", "3.456", "1e3", "abc", "1.000,00", "1000.01"] {
            let e = parse_eur("amount", bad, max).unwrap_err();
            assert_eq!(e.0[0].field, "amount", "{bad}");
        }
        assert_eq!(eur_of_number("a", 12.34, max).unwrap().cents(), 1_234);
        assert!(eur_of_number("a", 12.345, max).is_err());
        assert!(eur_of_number("a", f64::NAN, max).is_err());
        assert!(eur_of_number("a", -1.0, max).is_err());
    }

    #[test]
    fn an_estimate_is_rate_times_route_times_two_times_travellers() {
        let t = crate::domain::itinerary::travel(
            (38.697, -9.421),
            "PT",
            (56.157, 10.211),
            "DK",
            Some(4),
        );
        let rates = TravelRates::new(0.2, 0.1).unwrap();
        let e = estimate(&t, &rates, Some(Eur(50_000)));
        let per = (2.0 * t.route_km * 0.2 * 100.0).round() / 100.0;
        assert_eq!(e.per_traveller_eur, per);
        assert_eq!(e.estimated().cents(), (per * 100.0).round() as i64 * 4);
        assert_eq!(e.cap_eur, Some(2000.0));
        assert_eq!(e.over_cap, e.estimated_eur > 2000.0);
        assert!(TravelRates::new(-0.1, 0.1).is_err());
        assert!(TravelRates::new(0.1, f64::INFINITY).is_err());
    }
}
