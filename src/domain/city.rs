//! A city, valid by construction.

use super::invalid::{Checks, Invalid, optional_text, text};
use super::limits;

/// An ISO 3166-1 alpha-2 country code, upper case (`PT`, `DK`, `GB`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(String);

impl Country {
    /// Parses a code, in any case; an unknown code is refused.
    pub fn parse(field: &str, value: &str) -> Result<Country, Invalid> {
        let code = value.trim().to_ascii_uppercase();
        match celes::Country::from_alpha2(&code) {
            Ok(_) => Ok(Country(code)),
            Err(_) => Err(Invalid::field(
                field,
                format!(
                    "\"{}\" is not an ISO 3166-1 alpha-2 country code (e.g. PT, DK)",
                    value.trim()
                ),
            )),
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country's common English name.
    pub fn name(&self) -> String {
        celes::Country::from_alpha2(&self.0)
            .map(|c| c.long_name.to_string())
            .unwrap_or_default()
    }
}

/// A city as managers and cities describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct CityDetails {
    /// The city's name as it writes it (`Aarhus`, `Köln`).
    pub name: String,
    /// Its country.
    pub country: Country,
    /// Latitude in degrees, -90 to 90.
    pub lat: f64,
    /// Longitude in degrees, -180 to 180.
    pub lon: f64,
    /// Inhabitants (indicative).
    pub population: i32,
    /// The organisation acting for the city (Cascais Ambiente for Cascais).
    pub organisation: Option<String>,
    /// Working languages, ISO 639-1 codes, lower case.
    pub languages: Vec<String>,
    /// Whether the city is on the coast.
    pub coastal: Option<bool>,
    /// A climate zone, free text (e.g. `Mediterranean`).
    pub climate_zone: Option<String>,
}

/// The fields of a city as they come in, before they are checked.
#[derive(Debug, Clone, Default)]
pub struct CityFields<'a> {
    /// See [`CityDetails::name`].
    pub name: &'a str,
    /// See [`CityDetails::country`].
    pub country: &'a str,
    /// See [`CityDetails::lat`].
    pub lat: f64,
    /// See [`CityDetails::lon`].
    pub lon: f64,
    /// See [`CityDetails::population`].
    pub population: i64,
    /// See [`CityDetails::organisation`].
    pub organisation: Option<&'a str>,
    /// See [`CityDetails::languages`].
    pub languages: &'a [String],
    /// See [`CityDetails::coastal`].
    pub coastal: Option<bool>,
    /// See [`CityDetails::climate_zone`].
    pub climate_zone: Option<&'a str>,
}

impl TryFrom<CityFields<'_>> for CityDetails {
    type Error = Invalid;

    fn try_from(f: CityFields<'_>) -> Result<CityDetails, Invalid> {
        let mut checks = Checks::new();
        let name = checks.take(text("name", f.name, limits::NAME_CHARS));
        let country = checks.take(Country::parse("country", f.country));
        checks.ensure(
            f.lat.is_finite() && (-90.0..=90.0).contains(&f.lat),
            "lat",
            format!("{} is not a latitude: it must be between -90 and 90", f.lat),
        );
        checks.ensure(
            f.lon.is_finite() && (-180.0..=180.0).contains(&f.lon),
            "lon",
            format!(
                "{} is not a longitude: it must be between -180 and 180",
                f.lon
            ),
        );
        checks.ensure(
            (0..=i64::from(i32::MAX)).contains(&f.population),
            "population",
            format!(
                "{} is not a population: it must be a whole number from 0",
                f.population
            ),
        );
        let organisation = checks.take(optional_text(
            "organisation",
            f.organisation,
            limits::TITLE_CHARS,
        ));
        let languages = checks.take(languages("languages", f.languages));
        let climate_zone = checks.take(optional_text(
            "climate_zone",
            f.climate_zone,
            limits::LABEL_CHARS,
        ));
        checks.finish(|| CityDetails {
            name: name.unwrap_or_default(),
            country: country.unwrap_or(Country(String::new())),
            lat: f.lat,
            lon: f.lon,
            population: f.population as i32,
            organisation: organisation.flatten(),
            languages: languages.unwrap_or_default(),
            coastal: f.coastal,
            climate_zone: climate_zone.flatten(),
        })
    }
}

/// A list of ISO 639-1 language codes, lower-cased, without repeats.
pub fn languages(field: &str, values: &[String]) -> Result<Vec<String>, Invalid> {
    if values.len() > super::limits::LANGUAGES {
        return Err(Invalid::field(
            field,
            super::Refusal::new("refusal-too-many-languages")
                .number("max", super::limits::LANGUAGES)
                .number("n", values.len())
                .says(format!(
                    "list at most {} languages (this lists {})",
                    super::limits::LANGUAGES,
                    values.len()
                )),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        let code = value.trim().to_ascii_lowercase();
        if isolang::Language::from_639_1(&code).is_none() {
            return Err(Invalid::field(
                format!("{field}[{i}]"),
                super::Refusal::new("refusal-not-a-language")
                    .text("value", value.trim())
                    .says(format!(
                        "\"{}\" is not an ISO 639-1 language code (e.g. en, pt, da)",
                        value.trim()
                    )),
            ));
        }
        if !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

/// The stable id of a city: its country and its name folded to ASCII (`dk-aarhus`,
/// `de-koln`). Two cities of one country cannot share a name, so the id is unique.
pub fn city_id(country: &Country, name: &str) -> super::id::CityId {
    let folded = deunicode::deunicode(name).to_ascii_lowercase();
    let mut slug = String::with_capacity(folded.len() + 3);
    slug.push_str(&country.as_str().to_ascii_lowercase());
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        slug.push('-');
        slug.push_str(word);
    }
    super::id::CityId::from(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> CityFields<'static> {
        CityFields {
            name: "Aarhus",
            country: "dk",
            lat: 56.15,
            lon: 10.2,
            population: 285_273,
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_city_is_normalised() {
        let city = CityDetails::try_from(fields()).unwrap();
        assert_eq!(city.country.as_str(), "DK");
        assert_eq!(city_id(&city.country, "Reykjavík"), "dk-reykjavik");
        assert_eq!(
            city_id(&city.country, "Courcy (Grand Reims)"),
            "dk-courcy-grand-reims"
        );
    }

    #[test]
    fn every_wrong_field_is_named() {
        let bad = CityFields {
            name: " ",
            country: "XX",
            lat: 200.0,
            population: -1,
            ..fields()
        };
        let Invalid(errors) = CityDetails::try_from(bad).unwrap_err();
        let named: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(named, ["name", "country", "lat", "population"]);
        assert!(
            errors[1].message.contains("\"XX\""),
            "{}",
            errors[1].message
        );
    }

    #[test]
    fn unknown_languages_are_refused() {
        let langs = vec!["pt".to_owned(), "zz".to_owned()];
        let err = languages("languages", &langs).unwrap_err();
        assert_eq!(err.0[0].field, "languages[1]");
    }
}
