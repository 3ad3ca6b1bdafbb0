//! A city's profile for a cohort: who takes part, what it wants to learn (a Twin) or can
//! show (a host) on the theme taxonomy, which hosts it is interested in, when it cannot
//! travel or host. Forms and JSON both arrive as [`ProfileForm`] (text as typed, so a page
//! can show it again) and leave as a valid [`Profile`] or every wrong field at once, named
//! as the form names it (`contacts[0].email`).

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::city::languages;
use super::invalid::{Checks, Invalid, control_in, control_message};
use super::limits;

/// The role a profile is written in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
    diesel::AsExpression,
    diesel::FromSqlRow,
)]
#[serde(rename_all = "lowercase")]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum ProfileRole {
    /// A Twin City: says what it wants to learn and from whom.
    Twin,
    /// A host (Mission City or pilot activity): says what it can show and how many Twins.
    Host,
}

impl ProfileRole {
    /// The name stored and exchanged.
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileRole::Twin => "twin",
            ProfileRole::Host => "host",
        }
    }
}

impl fmt::Display for ProfileRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ProfileRole {
    type Err = String;

    fn from_str(s: &str) -> Result<ProfileRole, String> {
        match s.trim() {
            "twin" => Ok(ProfileRole::Twin),
            "host" => Ok(ProfileRole::Host),
            other => Err(format!("\"{other}\" is not a role here: use twin or host")),
        }
    }
}

/// The climate zones a profile chooses from, with their labels.
pub const CLIMATE_ZONES: [(&str, &str); 6] = [
    ("mediterranean", "Mediterranean"),
    ("oceanic", "Oceanic (Atlantic)"),
    ("continental", "Continental"),
    ("nordic", "Nordic (boreal)"),
    ("alpine", "Alpine (mountain)"),
    ("arid", "Arid or semi-arid"),
];

/// When an unavailable period applies, with labels.
pub const APPLIES_TO: [(&str, &str); 3] = [
    ("both", "cannot travel or host"),
    ("travel", "cannot travel"),
    ("host", "cannot host"),
];

/// How many rows of each list a form offers (a city needing more uses the API).
pub const CONTACT_ROWS: usize = 5;
/// Theme rows offered.
pub const THEME_ROWS: usize = 8;
/// Ranked interests offered (and allowed).
pub const INTEREST_ROWS: usize = limits::INTERESTS_PER_PROFILE;
/// Unavailable periods offered.
pub const PERIOD_ROWS: usize = 5;

/// A participant as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ContactFields {
    /// Full name.
    #[schema(max_length = 120)]
    pub name: String,
    /// Email address.
    #[schema(max_length = 254)]
    pub email: String,
    /// Role in the city's team (e.g. climate officer).
    #[schema(max_length = 120)]
    pub role: String,
    /// ISO 639-1 code of the language emails go out in (default `en`).
    pub language: String,
}

/// A need or strength as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ThemeFields {
    /// Emission domain id (`energy`, `mobility`, ...).
    pub domain: String,
    /// Lever of change id (`governance`, `participation`, ...).
    pub lever: String,
    /// 1 (most important) to 3.
    pub priority: String,
    /// A short text: the challenge, or the practice shown.
    pub description: String,
}

/// An unavailable period as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PeriodFields {
    /// First day, YYYY-MM-DD.
    pub starts_on: String,
    /// Last day, YYYY-MM-DD.
    pub ends_on: String,
    /// `both`, `travel` or `host`.
    pub applies_to: String,
    /// Why (holidays, elections).
    #[schema(max_length = 120)]
    pub label: String,
}

impl ContactFields {
    /// A row left blank (a form shows a few to fill).
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.email, &self.role]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl ThemeFields {
    /// A row left blank.
    pub fn is_empty(&self) -> bool {
        [&self.domain, &self.lever, &self.description]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl PeriodFields {
    /// A row left blank.
    pub fn is_empty(&self) -> bool {
        [&self.starts_on, &self.ends_on, &self.label]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// A profile as typed into the form, every value as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileForm {
    /// The organisation (the municipality's department).
    pub organisation: String,
    /// Inhabitants.
    pub population: String,
    /// Working languages, ISO 639-1 codes separated by commas or spaces.
    pub languages: String,
    /// `yes`, `no` or empty.
    pub coastal: String,
    /// One of [`CLIMATE_ZONES`] or empty.
    pub climate_zone: String,
    /// Twins a host can take.
    pub capacity: String,
    /// People travelling in a delegation.
    pub delegation_size: String,
    /// Participants.
    pub contacts: Vec<ContactFields>,
    /// Needs (Twin) or strengths (host).
    pub themes: Vec<ThemeFields>,
    /// Host ids in order of preference (Twin only).
    pub interests: Vec<String>,
    /// Unavailable periods.
    pub unavailable: Vec<PeriodFields>,
}

/// A participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// Email, lower-cased.
    pub email: String,
    /// Role.
    pub role: String,
    /// Language code.
    pub language: String,
}

/// A need or strength.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Emission domain id.
    pub domain: String,
    /// Lever id.
    pub lever: String,
    /// 1 to 3.
    pub priority: i32,
    /// Short text.
    pub description: String,
}

/// An unavailable period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// `both`, `travel` or `host`.
    pub applies_to: String,
    /// Why.
    pub label: String,
}

/// A valid profile (complete when submitted; a draft may leave things out).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// Organisation.
    pub organisation: String,
    /// Inhabitants.
    pub population: Option<i32>,
    /// Language codes.
    pub languages: Vec<String>,
    /// By the sea.
    pub coastal: Option<bool>,
    /// Climate zone id.
    pub climate_zone: Option<String>,
    /// Twins a host takes.
    pub capacity: Option<i32>,
    /// Delegation size.
    pub delegation_size: Option<i32>,
    /// Participants.
    pub contacts: Vec<Contact>,
    /// Needs or strengths.
    pub themes: Vec<Theme>,
    /// Host ids, best first.
    pub interests: Vec<String>,
    /// Unavailable periods.
    pub unavailable: Vec<Unavailable>,
}

/// What a profile may refer to: the taxonomy and the cohort's host catalogue.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// Emission domains: id, label.
    pub domains: Vec<(String, String)>,
    /// Levers of change: id, label.
    pub levers: Vec<(String, String)>,
    /// Hosts of the cohort: id, name.
    pub hosts: Vec<(String, String)>,
}

impl Catalogue {
    fn has(list: &[(String, String)], id: &str) -> bool {
        list.iter().any(|(i, _)| i == id)
    }
}

fn number(
    checks: &mut Checks,
    field: &str,
    value: &str,
    range: (i64, i64),
    what: &str,
) -> Option<i32> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let cleaned = without_thousands_separators(value);
    match cleaned.parse::<i64>() {
        Ok(n) if (range.0..=range.1).contains(&n) => Some(n as i32),
        Ok(n) => {
            checks.ensure(
                false,
                field,
                format!("{n} is out of range: {what} is {} to {}", range.0, range.1),
            );
            None
        }
        Err(_) => {
            checks.ensure(false, field, format!("\"{value}\" is not a whole number"));
            None
        }
    }
}

/// `214 124`, `214,124`, `214.124` and `214_124` read as 214124; anything else (`2.5`)
/// is left for the parser to refuse.
fn without_thousands_separators(value: &str) -> String {
    let groups: Vec<&str> = value.split([' ', ',', '.', '_', '\u{a0}', '\'']).collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    if grouped {
        groups.concat()
    } else {
        value.to_owned()
    }
}

/// A text of one line, at most `max` characters.
fn bounded(checks: &mut Checks, field: &str, value: &str, max: usize) -> String {
    bounded_lines(checks, field, value, max, false)
}

/// A text at most `max` characters, of several lines when `multiline` (a description);
/// no control character but line breaks and tabs there.
fn bounded_lines(
    checks: &mut Checks,
    field: &str,
    value: &str,
    max: usize,
    multiline: bool,
) -> String {
    let value = value.trim();
    checks.ensure(
        value.chars().count() <= max,
        field,
        format!("must be at most {max} characters"),
    );
    if let Some(c) = control_in(value, multiline) {
        checks.ensure(false, field, control_message(c, multiline));
    }
    value.to_owned()
}

fn date(checks: &mut Checks, field: &str, value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        checks.ensure(false, field, "give a date (YYYY-MM-DD)");
        return None;
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            checks.ensure(
                false,
                field,
                format!("\"{value}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-08-01"),
            );
            None
        }
    }
}

/// Whether an email address has the shape of one (one `@`, a dotted domain, no spaces).
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && value.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl ProfileForm {
    /// A valid profile, or every wrong field. Submitting asks for a complete profile; a
    /// draft only for values that are right as far as they go.
    pub fn validate(
        &self,
        role: ProfileRole,
        catalogue: &Catalogue,
        submitting: bool,
    ) -> Result<Profile, Invalid> {
        let mut c = Checks::new();
        let organisation = bounded(
            &mut c,
            "organisation",
            &self.organisation,
            limits::TITLE_CHARS,
        );
        let population = number(
            &mut c,
            "population",
            &self.population,
            (1, limits::POPULATION_MAX),
            "a population",
        );
        let codes: Vec<String> = self
            .languages
            .split(|ch: char| ch == ',' || ch == ';' || ch.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let langs = c
            .take(languages("languages", &codes).map_err(|Invalid(errors)| {
                Invalid(
                    errors
                        .into_iter()
                        .map(|mut e| {
                            e.field = "languages".to_owned();
                            e
                        })
                        .collect(),
                )
            }))
            .unwrap_or_default();
        let coastal = match self.coastal.trim() {
            "" => None,
            "yes" | "true" => Some(true),
            "no" | "false" => Some(false),
            other => {
                c.ensure(
                    false,
                    "coastal",
                    format!("\"{other}\" is not an answer: use yes or no"),
                );
                None
            }
        };
        let climate_zone = match self.climate_zone.trim() {
            "" => None,
            z if CLIMATE_ZONES.iter().any(|(id, _)| *id == z) => Some(z.to_owned()),
            other => {
                c.ensure(
                    false,
                    "climate_zone",
                    format!(
                        "\"{other}\" is not a climate zone: use one of {}",
                        CLIMATE_ZONES.map(|(id, _)| id).join(", ")
                    ),
                );
                None
            }
        };
        let capacity = number(
            &mut c,
            "capacity",
            &self.capacity,
            (1, limits::CAPACITY_MAX),
            "a host's capacity",
        );
        if role == ProfileRole::Twin && capacity.is_some() {
            c.ensure(
                false,
                "capacity",
                "only a host says how many Twins it can take: leave this empty",
            );
        }
        let delegation_size = number(
            &mut c,
            "delegation_size",
            &self.delegation_size,
            (1, limits::DELEGATION_MAX),
            "a delegation",
        );

        // A list past its bound is refused whole before its rows are read: the bound keeps
        // the emails of a publish, and the work of reading the list, small.
        for (field, n, max, what) in [
            (
                "contacts",
                self.contacts.iter().filter(|f| !f.is_empty()).count(),
                limits::CONTACTS_PER_PROFILE,
                "participants",
            ),
            (
                "themes",
                self.themes.iter().filter(|f| !f.is_empty()).count(),
                limits::THEMES_PER_PROFILE,
                "themes",
            ),
            (
                "interests",
                self.interests
                    .iter()
                    .filter(|h| !h.trim().is_empty())
                    .count(),
                limits::INTERESTS_PER_PROFILE,
                "hosts to rank",
            ),
            (
                "unavailable",
                self.unavailable.iter().filter(|f| !f.is_empty()).count(),
                limits::PERIODS_PER_PROFILE,
                "periods",
            ),
        ] {
            if n > max {
                return Err(Invalid::field(
                    field,
                    format!("list at most {max} {what} (this lists {n})"),
                ));
            }
        }

        let mut contacts = Vec::new();
        let mut emails = HashSet::new();
        for (i, f) in self.contacts.iter().enumerate() {
            if f.is_empty() {
                continue;
            }
            let p = format!("contacts[{i}]");
            let name = bounded(&mut c, &format!("{p}.name"), &f.name, limits::NAME_CHARS);
            c.ensure(
                !name.is_empty(),
                &format!("{p}.name"),
                "give the participant's name",
            );
            let email = f.email.trim().to_lowercase();
            if email.is_empty() {
                c.ensure(false, &format!("{p}.email"), "give an email address");
            } else if !is_email(&email) {
                c.ensure(
                    false,
                    &format!("{p}.email"),
                    format!(
                        "\"{}\" is not an email address (name@example.org)",
                        f.email.trim()
                    ),
                );
            } else if !emails.insert(email.clone()) {
                c.ensure(
                    false,
                    &format!("{p}.email"),
                    "this address is already listed above",
                );
            }
            let role = bounded(&mut c, &format!("{p}.role"), &f.role, limits::LABEL_CHARS);
            let language = match f.language.trim() {
                "" => "en".to_owned(),
                l => c
                    .take(
                        languages(&format!("{p}.language"), &[l.to_owned()]).map_err(
                            |Invalid(errors)| {
                                Invalid(
                                    errors
                                        .into_iter()
                                        .map(|mut e| {
                                            e.field = format!("{p}.language");
                                            e
                                        })
                                        .collect(),
                                )
                            },
                        ),
                    )
                    .and_then(|mut v| v.pop())
                    .unwrap_or_default(),
            };
            contacts.push(Contact {
                name,
                email,
                role,
                language,
            });
        }

        let mut themes = Vec::new();
        let mut pairs = HashSet::new();
        for (i, f) in self.themes.iter().enumerate() {
            if f.is_empty() {
                continue;
            }
            let p = format!("themes[{i}]");
            let domain = f.domain.trim().to_owned();
            c.ensure(
                Catalogue::has(&catalogue.domains, &domain),
                &format!("{p}.domain"),
                if domain.is_empty() {
                    "choose an emission domain".to_owned()
                } else {
                    format!("\"{domain}\" is not an emission domain")
                },
            );
            let lever = f.lever.trim().to_owned();
            c.ensure(
                Catalogue::has(&catalogue.levers, &lever),
                &format!("{p}.lever"),
                if lever.is_empty() {
                    "choose a lever of change".to_owned()
                } else {
                    format!("\"{lever}\" is not a lever of change")
                },
            );
            let priority = match f.priority.trim() {
                "" => 2,
                v => number(&mut c, &format!("{p}.priority"), v, (1, 3), "a priority").unwrap_or(2),
            };
            let description = bounded_lines(
                &mut c,
                &format!("{p}.description"),
                &f.description,
                limits::DESCRIPTION_CHARS,
                true,
            );
            if !domain.is_empty()
                && !lever.is_empty()
                && !pairs.insert((domain.clone(), lever.clone()))
            {
                c.ensure(
                    false,
                    &format!("{p}.lever"),
                    "this domain and lever are already chosen above: describe both in one row",
                );
            }
            themes.push(Theme {
                domain,
                lever,
                priority,
                description,
            });
        }

        let mut interests: Vec<String> = Vec::new();
        // A choice left empty before a later one is a gap in the ranking: say which to
        // fill rather than guess the order meant.
        let last = self.interests.iter().rposition(|h| !h.trim().is_empty());
        for (i, host) in self.interests.iter().enumerate() {
            let host = host.trim();
            if host.is_empty() {
                if role == ProfileRole::Twin && last.is_some_and(|l| i < l) {
                    c.ensure(
                        false,
                        &format!("interests[{i}]"),
                        if i == 0 {
                            "Choose the host you most want to learn from".to_owned()
                        } else {
                            format!("Choose your choice {} or move the hosts after it up", i + 1)
                        },
                    );
                }
                continue;
            }
            let field = format!("interests[{i}]");
            if role == ProfileRole::Host {
                c.ensure(
                    false,
                    &field,
                    "only a Twin names the hosts it is interested in",
                );
            } else if !Catalogue::has(&catalogue.hosts, host) {
                c.ensure(
                    false,
                    &field,
                    format!("\"{host}\" is not a host of this cohort"),
                );
            } else if interests.iter().any(|h| h == host) {
                c.ensure(false, &field, "this host is already ranked above");
            } else {
                interests.push(host.to_owned());
            }
        }

        let mut unavailable = Vec::new();
        for (i, f) in self.unavailable.iter().enumerate() {
            if f.is_empty() {
                continue;
            }
            let p = format!("unavailable[{i}]");
            let starts_on = date(&mut c, &format!("{p}.starts_on"), &f.starts_on);
            let ends_on = date(&mut c, &format!("{p}.ends_on"), &f.ends_on);
            if let (Some(s), Some(e)) = (starts_on, ends_on) {
                c.ensure(
                    e >= s,
                    &format!("{p}.ends_on"),
                    format!("{e} is before the first day {s}"),
                );
            }
            let applies_to = match f.applies_to.trim() {
                "" => "both".to_owned(),
                a if APPLIES_TO.iter().any(|(id, _)| *id == a) => a.to_owned(),
                other => {
                    c.ensure(
                        false,
                        &format!("{p}.applies_to"),
                        format!("\"{other}\" is not one of both, travel, host"),
                    );
                    String::new()
                }
            };
            let label = bounded(&mut c, &format!("{p}.label"), &f.label, limits::LABEL_CHARS);
            if let (Some(starts_on), Some(ends_on)) = (starts_on, ends_on) {
                unavailable.push(Unavailable {
                    starts_on,
                    ends_on,
                    applies_to,
                    label,
                });
            }
        }

        if submitting {
            c.ensure(
                !organisation.is_empty(),
                "organisation",
                "give the organisation's name to submit",
            );
            c.ensure(
                population.is_some() || !self.population.trim().is_empty(),
                "population",
                "give the population to submit",
            );
            c.ensure(
                !langs.is_empty() || !self.languages.trim().is_empty(),
                "languages",
                "give at least one working language to submit (e.g. en)",
            );
            c.ensure(
                delegation_size.is_some() || !self.delegation_size.trim().is_empty(),
                "delegation_size",
                "say how many people travel in a delegation to submit",
            );
            c.ensure(
                !contacts.is_empty()
                    || self
                        .contacts
                        .iter()
                        .any(|f| !f.name.trim().is_empty() || !f.email.trim().is_empty()),
                "contacts[0].name",
                "name at least one participant to submit",
            );
            let what = match role {
                ProfileRole::Twin => {
                    "choose at least one challenge you want to learn about to submit"
                }
                ProfileRole::Host => "choose at least one practice you can show to submit",
            };
            c.ensure(
                !themes.is_empty() || self.themes.iter().any(|f| !f.domain.trim().is_empty()),
                "themes[0].domain",
                what,
            );
            if role == ProfileRole::Host {
                c.ensure(
                    capacity.is_some() || !self.capacity.trim().is_empty(),
                    "capacity",
                    "say how many Twins you can take to submit",
                );
            }
        }
        c.finish(|| Profile {
            organisation,
            population,
            languages: langs,
            coastal,
            climate_zone,
            capacity,
            delegation_size,
            contacts,
            themes,
            interests,
            unavailable,
        })
    }
}

impl From<&Profile> for ProfileForm {
    fn from(p: &Profile) -> Self {
        let opt = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
        ProfileForm {
            organisation: p.organisation.clone(),
            population: opt(p.population),
            languages: p.languages.join(", "),
            coastal: match p.coastal {
                Some(true) => "yes".to_owned(),
                Some(false) => "no".to_owned(),
                None => String::new(),
            },
            climate_zone: p.climate_zone.clone().unwrap_or_default(),
            capacity: opt(p.capacity),
            delegation_size: opt(p.delegation_size),
            contacts: p
                .contacts
                .iter()
                .map(|c| ContactFields {
                    name: c.name.clone(),
                    email: c.email.clone(),
                    role: c.role.clone(),
                    language: c.language.clone(),
                })
                .collect(),
            themes: p
                .themes
                .iter()
                .map(|t| ThemeFields {
                    domain: t.domain.clone(),
                    lever: t.lever.clone(),
                    priority: t.priority.to_string(),
                    description: t.description.clone(),
                })
                .collect(),
            interests: p.interests.clone(),
            unavailable: p
                .unavailable
                .iter()
                .map(|u| PeriodFields {
                    starts_on: u.starts_on.to_string(),
                    ends_on: u.ends_on.to_string(),
                    applies_to: u.applies_to.clone(),
                    label: u.label.clone(),
                })
                .collect(),
        }
    }
}

impl ProfileForm {
    /// Reads the pairs of an HTML form: `organisation`, `contacts[0].email`,
    /// `interests[2]`, ... Unknown names are ignored (the CSRF field, the button).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ProfileForm {
        fn slot<T: Default>(list: &mut Vec<T>, i: usize) -> Option<&mut T> {
            if i >= limits::FORM_ROWS {
                return None;
            }
            if list.len() <= i {
                list.resize_with(i + 1, T::default);
            }
            list.get_mut(i)
        }
        let mut f = ProfileForm::default();
        for (name, value) in pairs {
            let value = value.to_owned();
            let (list, rest) = match name.split_once('[') {
                Some((list, rest)) => (list, rest),
                None => {
                    match name {
                        "organisation" => f.organisation = value,
                        "population" => f.population = value,
                        "languages" => f.languages = value,
                        "coastal" => f.coastal = value,
                        "climate_zone" => f.climate_zone = value,
                        "capacity" => f.capacity = value,
                        "delegation_size" => f.delegation_size = value,
                        _ => {}
                    }
                    continue;
                }
            };
            let Some((index, field)) = rest.split_once(']') else {
                continue;
            };
            let Ok(i) = index.parse::<usize>() else {
                continue;
            };
            let field = field.trim_start_matches('.');
            match list {
                "contacts" => {
                    if let Some(c) = slot(&mut f.contacts, i) {
                        match field {
                            "name" => c.name = value,
                            "email" => c.email = value,
                            "role" => c.role = value,
                            "language" => c.language = value,
                            _ => {}
                        }
                    }
                }
                "themes" => {
                    if let Some(t) = slot(&mut f.themes, i) {
                        match field {
                            "domain" => t.domain = value,
                            "lever" => t.lever = value,
                            "priority" => t.priority = value,
                            "description" => t.description = value,
                            _ => {}
                        }
                    }
                }
                "interests" if field.is_empty() => {
                    if let Some(h) = slot(&mut f.interests, i) {
                        *h = value;
                    }
                }
                "unavailable" => {
                    if let Some(u) = slot(&mut f.unavailable, i) {
                        match field {
                            "starts_on" => u.starts_on = value,
                            "ends_on" => u.ends_on = value,
                            "applies_to" => u.applies_to = value,
                            "label" => u.label = value,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        f
    }

    /// The pairs of an HTML form that [`ProfileForm::from_pairs`] reads back, empty values
    /// and empty rows left out (a page carries the answers in hidden fields with them).
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut put = |name: String, value: &str| {
            if !value.trim().is_empty() {
                out.push((name, value.to_owned()));
            }
        };
        put("organisation".into(), &self.organisation);
        put("population".into(), &self.population);
        put("languages".into(), &self.languages);
        put("coastal".into(), &self.coastal);
        put("climate_zone".into(), &self.climate_zone);
        put("capacity".into(), &self.capacity);
        put("delegation_size".into(), &self.delegation_size);
        for (i, c) in self.contacts.iter().enumerate() {
            put(format!("contacts[{i}].name"), &c.name);
            put(format!("contacts[{i}].email"), &c.email);
            put(format!("contacts[{i}].role"), &c.role);
            put(format!("contacts[{i}].language"), &c.language);
        }
        for (i, t) in self.themes.iter().enumerate() {
            put(format!("themes[{i}].domain"), &t.domain);
            put(format!("themes[{i}].lever"), &t.lever);
            put(format!("themes[{i}].priority"), &t.priority);
            put(format!("themes[{i}].description"), &t.description);
        }
        for (i, h) in self.interests.iter().enumerate() {
            put(format!("interests[{i}]"), h);
        }
        for (i, u) in self.unavailable.iter().enumerate() {
            put(format!("unavailable[{i}].starts_on"), &u.starts_on);
            put(format!("unavailable[{i}].ends_on"), &u.ends_on);
            put(format!("unavailable[{i}].applies_to"), &u.applies_to);
            put(format!("unavailable[{i}].label"), &u.label);
        }
        out
    }

    /// Pads every list to the rows a form shows, so empty rows are there to fill.
    pub fn padded(mut self) -> ProfileForm {
        fn pad<T: Default>(list: &mut Vec<T>, n: usize) {
            list.resize_with(n.max(list.len() + 1), T::default);
        }
        pad(&mut self.contacts, CONTACT_ROWS);
        pad(&mut self.themes, THEME_ROWS);
        self.interests
            .resize(INTEREST_ROWS.max(self.interests.len()), String::new());
        pad(&mut self.unavailable, PERIOD_ROWS);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue {
            domains: vec![
                ("energy".into(), "Energy".into()),
                ("mobility".into(), "Mobility".into()),
            ],
            levers: vec![("governance".into(), "Governance".into())],
            hosts: vec![
                ("h-aarhus".into(), "Aarhus".into()),
                ("h-lyon".into(), "Lyon".into()),
            ],
        }
    }

    fn complete_twin() -> ProfileForm {
        ProfileForm {
            organisation: "Câmara Municipal de Cascais".into(),
            population: "214 000".into(),
            languages: "pt, en".into(),
            delegation_size: "4".into(),
            contacts: vec![ContactFields {
                name: "Ana Silva".into(),
                email: "Ana@Cascais.pt".into(),
                ..Default::default()
            }],
            themes: vec![ThemeFields {
                domain: "mobility".into(),
                lever: "governance".into(),
                priority: "1".into(),
                description: "light mobility".into(),
            }],
            interests: vec!["h-aarhus".into(), String::new()],
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_twin_profile_is_valid_and_normalised() {
        let p = complete_twin()
            .validate(ProfileRole::Twin, &catalogue(), true)
            .unwrap();
        assert_eq!(p.population, Some(214_000));
        assert_eq!(p.languages, ["pt", "en"]);
        assert_eq!(p.contacts[0].email, "ana@cascais.pt");
        assert_eq!(p.contacts[0].language, "en");
        assert_eq!(p.interests, ["h-aarhus"]);
    }

    #[test]
    fn a_draft_may_be_incomplete_but_submitting_names_what_is_missing() {
        let empty = ProfileForm::default();
        assert!(
            empty
                .validate(ProfileRole::Host, &catalogue(), false)
                .is_ok()
        );
        let Invalid(errors) = empty
            .validate(ProfileRole::Host, &catalogue(), true)
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "organisation",
                "population",
                "languages",
                "delegation_size",
                "contacts[0].name",
                "themes[0].domain",
                "capacity"
            ]
        );
    }

    #[test]
    fn every_wrong_field_is_named_as_the_form_names_it() {
        let mut f = complete_twin();
        f.population = "many".into();
        f.contacts.push(ContactFields {
            name: "Rui".into(),
            email: "rui at cascais".into(),
            ..Default::default()
        });
        f.themes[0].priority = "5".into();
        f.interests = vec!["h-lyon".into(), "h-lyon".into(), "h-nowhere".into()];
        f.unavailable = vec![PeriodFields {
            starts_on: "2025-08-31".into(),
            ends_on: "2025-08-01".into(),
            ..Default::default()
        }];
        f.capacity = "2".into();
        let Invalid(errors) = f
            .validate(ProfileRole::Twin, &catalogue(), true)
            .unwrap_err();
        let got: Vec<(String, String)> = errors.into_iter().map(|e| (e.field, e.message)).collect();
        let fields: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "population",
                "capacity",
                "contacts[1].email",
                "themes[0].priority",
                "interests[1]",
                "interests[2]",
                "unavailable[0].ends_on"
            ],
            "{got:?}"
        );
        assert!(got[0].1.contains("\"many\" is not a whole number"));
        assert!(got[3].1.contains("1 to 3"));
        assert!(got[6].1.contains("before the first day 2025-08-31"));
    }

    #[test]
    fn a_gap_in_the_ranking_says_which_choice_to_fill() {
        let mut f = complete_twin();
        f.interests = vec![String::new(), "h-lyon".into()];
        let Invalid(errors) = f
            .validate(ProfileRole::Twin, &catalogue(), true)
            .unwrap_err();
        assert_eq!(errors[0].field, "interests[0]");
        assert_eq!(
            errors[0].message,
            "Choose the host you most want to learn from"
        );
        f.interests = vec!["h-lyon".into(), String::new(), String::new()];
        assert!(f.validate(ProfileRole::Twin, &catalogue(), true).is_ok());
    }

    #[test]
    fn the_pairs_of_a_form_read_back_as_the_same_form() {
        let f = complete_twin();
        let pairs = f.pairs();
        let back = ProfileForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let read = |f: &ProfileForm| f.validate(ProfileRole::Twin, &catalogue(), true).ok();
        assert!(read(&back).is_some());
        assert_eq!(read(&back), read(&f));
        assert!(pairs.iter().all(|(_, v)| !v.is_empty()));
    }

    #[test]
    fn thousands_separators_are_read_but_decimals_are_refused() {
        for (typed, read) in [
            ("214 124", Some(214_124)),
            ("214.124", Some(214_124)),
            ("1,214,124", Some(1_214_124)),
            ("214124", Some(214_124)),
        ] {
            let f = ProfileForm {
                population: typed.into(),
                ..Default::default()
            };
            assert_eq!(
                f.validate(ProfileRole::Twin, &catalogue(), false)
                    .unwrap()
                    .population,
                read,
                "{typed}"
            );
        }
        let f = ProfileForm {
            delegation_size: "2.5".into(),
            ..Default::default()
        };
        let Invalid(errors) = f
            .validate(ProfileRole::Twin, &catalogue(), false)
            .unwrap_err();
        assert_eq!(errors[0].message, "\"2.5\" is not a whole number");
    }

    #[test]
    fn form_pairs_round_trip_through_the_profile() {
        let pairs = [
            ("csrf", "x"),
            ("organisation", "Aarhus Kommune"),
            ("contacts[1].email", "b@aarhus.dk"),
            ("contacts[1].name", "B"),
            ("themes[0].domain", "energy"),
            ("themes[0].lever", "governance"),
            ("interests[0]", ""),
            ("unavailable[0].starts_on", "2025-07-01"),
            ("unavailable[0].ends_on", "2025-07-31"),
            ("contacts[99999999999].name", "ignored"),
        ];
        let f = ProfileForm::from_pairs(pairs);
        assert_eq!(f.organisation, "Aarhus Kommune");
        assert_eq!(f.contacts.len(), 2);
        assert_eq!(f.contacts[1].email, "b@aarhus.dk");
        let p = f.validate(ProfileRole::Host, &catalogue(), false).unwrap();
        assert_eq!(p.contacts.len(), 1);
        assert_eq!(ProfileForm::from(&p).unavailable[0].ends_on, "2025-07-31");
    }
}
