//! A [`ProfileForm`] checked field by field into a [`Profile`], or every wrong field at
//! once, named as the form names it.

use super::*;
use crate::domain::Refusal;

fn number(
    checks: &mut Checks,
    field: &str,
    value: &str,
    range: (i64, i64),
    what: &'static str,
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
                Refusal::new("refusal-out-of-range")
                    .number("n", n)
                    .text("what", what)
                    .number("min", range.0)
                    .number("max", range.1)
                    .says(format!(
                        "{n} is out of range: {} is {} to {}",
                        english_what(what),
                        range.0,
                        range.1
                    )),
            );
            None
        }
        Err(_) => {
            checks.ensure(
                false,
                field,
                Refusal::new("refusal-not-a-number")
                    .text("value", value)
                    .says(format!("\"{value}\" is not a whole number")),
            );
            None
        }
    }
}

/// The English noun of a number's field, as the API's messages say it.
fn english_what(what: &str) -> &'static str {
    match what {
        "population" => "a population",
        "capacity" => "a host's capacity",
        "delegation" => "a delegation",
        _ => "a priority",
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
        Refusal::new("refusal-too-long")
            .number("max", max)
            .says(format!("must be at most {max} characters")),
    );
    if let Some(c) = control_in(value, multiline) {
        checks.ensure(false, field, control_message(c, multiline));
    }
    value.to_owned()
}

fn date(checks: &mut Checks, field: &str, value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        checks.ensure(
            false,
            field,
            Refusal::new("refusal-date-missing").says("give a date (YYYY-MM-DD)"),
        );
        return None;
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            checks.ensure(
                false,
                field,
                Refusal::new("refusal-not-a-date")
                    .text("value", value)
                    .says(format!(
                        "\"{value}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-08-01"
                    )),
            );
            None
        }
    }
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
            "population",
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
                    Refusal::new("refusal-not-yes-no")
                        .text("value", other)
                        .says(format!("\"{other}\" is not an answer: use yes or no")),
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
                    Refusal::new("refusal-not-a-climate-zone")
                        .text("value", other)
                        .says(format!(
                            "\"{other}\" is not a climate zone: use one of {}",
                            CLIMATE_ZONES.map(|(id, _)| id).join(", ")
                        )),
                );
                None
            }
        };
        let capacity = number(
            &mut c,
            "capacity",
            &self.capacity,
            (1, limits::CAPACITY_MAX),
            "capacity",
        );
        if role == ProfileRole::Twin && capacity.is_some() {
            c.ensure(
                false,
                "capacity",
                Refusal::new("refusal-capacity-twin")
                    .says("only a host says how many Twins it can take: leave this empty"),
            );
        }
        let delegation_size = number(
            &mut c,
            "delegation_size",
            &self.delegation_size,
            (1, limits::DELEGATION_MAX),
            "delegation",
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
                    Refusal::new("refusal-list-too-long")
                        .number("max", max)
                        .number("n", n)
                        .text("what", field)
                        .says(format!("list at most {max} {what} (this lists {n})")),
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
                Refusal::new("refusal-contact-name").says("give the participant's name"),
            );
            let email = f.email.trim().to_lowercase();
            if email.is_empty() {
                c.ensure(
                    false,
                    &format!("{p}.email"),
                    Refusal::new("refusal-email-missing").says("give an email address"),
                );
            } else if !is_email(&email) {
                c.ensure(
                    false,
                    &format!("{p}.email"),
                    Refusal::new("refusal-not-an-email")
                        .text("value", f.email.trim())
                        .says(format!(
                            "\"{}\" is not an email address (name@example.org)",
                            f.email.trim()
                        )),
                );
            } else if !emails.insert(email.clone()) {
                c.ensure(
                    false,
                    &format!("{p}.email"),
                    Refusal::new("refusal-email-twice")
                        .says("this address is already listed above"),
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
                    Refusal::new("refusal-choose-domain").says("choose an emission domain")
                } else {
                    Refusal::new("refusal-not-a-domain")
                        .text("value", domain.as_str())
                        .says(format!("\"{domain}\" is not an emission domain"))
                },
            );
            let lever = f.lever.trim().to_owned();
            c.ensure(
                Catalogue::has(&catalogue.levers, &lever),
                &format!("{p}.lever"),
                if lever.is_empty() {
                    Refusal::new("refusal-choose-lever").says("choose a lever of change")
                } else {
                    Refusal::new("refusal-not-a-lever")
                        .text("value", lever.as_str())
                        .says(format!("\"{lever}\" is not a lever of change"))
                },
            );
            let priority = match f.priority.trim() {
                "" => 2,
                v => number(&mut c, &format!("{p}.priority"), v, (1, 3), "priority").unwrap_or(2),
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
                    Refusal::new("refusal-theme-twice").says(
                        "this domain and lever are already chosen above: describe both in one row",
                    ),
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
                            Refusal::new("refusal-choose-first-host")
                                .says("Choose the host you most want to learn from")
                        } else {
                            Refusal::new("refusal-choose-host-n")
                                .number("n", i + 1)
                                .says(format!(
                                    "Choose your choice {} or move the hosts after it up",
                                    i + 1
                                ))
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
                    Refusal::new("refusal-interests-host")
                        .says("only a Twin names the hosts it is interested in"),
                );
            } else if !Catalogue::has(&catalogue.hosts, host) {
                c.ensure(
                    false,
                    &field,
                    Refusal::new("refusal-not-a-host")
                        .text("value", host)
                        .says(format!("\"{host}\" is not a host of this cohort")),
                );
            } else if interests.iter().any(|h| h == host) {
                c.ensure(
                    false,
                    &field,
                    Refusal::new("refusal-host-twice").says("this host is already ranked above"),
                );
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
                    Refusal::new("refusal-ends-before")
                        .text("last", e.to_string())
                        .text("first", s.to_string())
                        .says(format!("{e} is before the first day {s}")),
                );
            }
            let applies_to = match f.applies_to.trim() {
                "" => "both".to_owned(),
                a if APPLIES_TO.iter().any(|(id, _)| *id == a) => a.to_owned(),
                other => {
                    c.ensure(
                        false,
                        &format!("{p}.applies_to"),
                        Refusal::new("refusal-not-applies")
                            .text("value", other)
                            .says(format!("\"{other}\" is not one of both, travel, host")),
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
                Refusal::new("refusal-organisation-missing")
                    .says("give the organisation's name to submit"),
            );
            c.ensure(
                population.is_some() || !self.population.trim().is_empty(),
                "population",
                Refusal::new("refusal-population-missing").says("give the population to submit"),
            );
            c.ensure(
                !langs.is_empty() || !self.languages.trim().is_empty(),
                "languages",
                Refusal::new("refusal-languages-missing")
                    .says("give at least one working language to submit (e.g. en)"),
            );
            c.ensure(
                delegation_size.is_some() || !self.delegation_size.trim().is_empty(),
                "delegation_size",
                Refusal::new("refusal-delegation-missing")
                    .says("say how many people travel in a delegation to submit"),
            );
            c.ensure(
                !contacts.is_empty()
                    || self
                        .contacts
                        .iter()
                        .any(|f| !f.name.trim().is_empty() || !f.email.trim().is_empty()),
                "contacts[0].name",
                Refusal::new("refusal-contacts-missing")
                    .says("name at least one participant to submit"),
            );
            let what = match role {
                ProfileRole::Twin => Refusal::new("refusal-challenges-missing")
                    .says("choose at least one challenge you want to learn about to submit"),
                ProfileRole::Host => Refusal::new("refusal-practices-missing")
                    .says("choose at least one practice you can show to submit"),
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
                    Refusal::new("refusal-capacity-missing")
                        .says("say how many Twins you can take to submit"),
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
