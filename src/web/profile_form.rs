//! The profile form, drawn the same for a city (through its link) and for a manager
//! correcting it: sections of fields with their labels, values and errors.

use super::form::{Errors, Field, SummaryItem};
use crate::domain::limits;
use crate::domain::profile::{APPLIES_TO, CLIMATE_ZONES, ProfileForm, ProfileRole};
use crate::ops::profiles::Context;

/// One theme row.
pub struct ThemeRow {
    /// Domain select.
    pub domain: Field,
    /// Lever select.
    pub lever: Field,
    /// Priority select.
    pub priority: Field,
    /// Text.
    pub description: Field,
}

/// A host of the catalogue as a Twin sees it.
pub struct HostCard {
    /// Name.
    pub name: String,
    /// Its practices, as text.
    pub practices: Vec<String>,
}

/// Everything the form template draws.
pub struct ProfileFormView {
    /// Twin or host.
    pub is_twin: bool,
    /// The error summary.
    pub summary: Vec<SummaryItem>,
    /// Organisation.
    pub organisation: Field,
    /// Population.
    pub population: Field,
    /// Languages.
    pub languages: Field,
    /// Coastal.
    pub coastal: Field,
    /// Climate zone.
    pub climate_zone: Field,
    /// Capacity (hosts).
    pub capacity: Field,
    /// Delegation size.
    pub delegation_size: Field,
    /// Contact rows: name, email, role, language.
    pub contacts: Vec<[Field; 4]>,
    /// Theme rows.
    pub themes: Vec<ThemeRow>,
    /// Ranked interests (Twins).
    pub interests: Vec<Field>,
    /// The host catalogue with practices (Twins).
    pub hosts: Vec<HostCard>,
    /// Unavailable rows: from, to, applies, label.
    pub unavailable: Vec<[Field; 4]>,
    /// An error on a whole list (`interests`).
    pub list_errors: Vec<String>,
}

fn label_of(list: &[(String, String)], id: &str) -> String {
    list.iter()
        .find(|(i, _)| i == id)
        .map(|(_, l)| l.clone())
        .unwrap_or_else(|| id.to_owned())
}

impl ProfileFormView {
    /// The view of `form` (as typed or as stored) for the invitation's context.
    pub fn new(ctx: &Context, form: &ProfileForm, errors: &Errors) -> ProfileFormView {
        let form = form.clone().padded();
        let is_twin = ctx.role == ProfileRole::Twin;
        let cat = &ctx.catalogue;
        let organisation = Field::new("text", "organisation", "Organisation", &form.organisation)
            .hint("The municipality or the department that takes part")
            .limit(limits::TITLE_CHARS)
            .autocomplete("organization")
            .errors(errors);
        let population = Field::new("text", "population", "Population", &form.population)
            .hint("Inhabitants, a whole number (e.g. 214000)")
            .errors(errors);
        let languages = Field::new("text", "languages", "Working languages", &form.languages)
            .hint("ISO 639-1 codes separated by commas, e.g. pt, en")
            .errors(errors);
        let coastal = Field::select(
            "coastal",
            "On the coast",
            &form.coastal,
            Some("Not said"),
            [
                ("yes".to_owned(), "Yes".to_owned()),
                ("no".to_owned(), "No".to_owned()),
            ],
        )
        .optional()
        .errors(errors);
        let climate_zone = Field::select(
            "climate_zone",
            "Climate zone",
            &form.climate_zone,
            Some("Not said"),
            CLIMATE_ZONES
                .iter()
                .map(|(i, l)| ((*i).to_owned(), (*l).to_owned())),
        )
        .optional()
        .errors(errors);
        let capacity = Field::new("number", "capacity", "Twins you can take", &form.capacity)
            .hint(format!("A whole number, 1 to {}", limits::CAPACITY_MAX))
            .errors(errors);
        let delegation_size = Field::new(
            "number",
            "delegation_size",
            "People in a delegation",
            &form.delegation_size,
        )
        .hint(format!(
            "How many people travel on a visit, 1 to {}",
            limits::DELEGATION_MAX
        ))
        .errors(errors);
        let contacts = form
            .contacts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let n = i + 1;
                [
                    Field::new(
                        "text",
                        format!("contacts[{i}].name"),
                        format!("Participant {n}: name"),
                        &c.name,
                    )
                    .limit(limits::NAME_CHARS)
                    .autocomplete(if i == 0 { "name" } else { "off" })
                    .errors(errors),
                    Field::new(
                        "email",
                        format!("contacts[{i}].email"),
                        format!("Participant {n}: email"),
                        &c.email,
                    )
                    .autocomplete(if i == 0 { "email" } else { "off" })
                    .errors(errors),
                    Field::new(
                        "text",
                        format!("contacts[{i}].role"),
                        format!("Participant {n}: role"),
                        &c.role,
                    )
                    .limit(limits::LABEL_CHARS)
                    .optional()
                    .errors(errors),
                    Field::new(
                        "text",
                        format!("contacts[{i}].language"),
                        format!("Participant {n}: language"),
                        &c.language,
                    )
                    .hint("ISO 639-1, default en")
                    .optional()
                    .errors(errors),
                ]
            })
            .collect();
        let what = if is_twin { "Challenge" } else { "Practice" };
        let themes = form
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let n = i + 1;
                ThemeRow {
                    domain: Field::select(
                        format!("themes[{i}].domain"),
                        format!("{what} {n}: emission domain"),
                        &t.domain,
                        Some("Choose"),
                        cat.domains.clone(),
                    )
                    .errors(errors),
                    lever: Field::select(
                        format!("themes[{i}].lever"),
                        format!("{what} {n}: lever of change"),
                        &t.lever,
                        Some("Choose"),
                        cat.levers.clone(),
                    )
                    .errors(errors),
                    priority: Field::select(
                        format!("themes[{i}].priority"),
                        format!("{what} {n}: priority"),
                        if t.priority.is_empty() {
                            "2"
                        } else {
                            &t.priority
                        },
                        None,
                        [("1", "1 (highest)"), ("2", "2"), ("3", "3")]
                            .map(|(v, l)| (v.to_owned(), l.to_owned())),
                    )
                    .errors(errors),
                    description: Field::new(
                        "text",
                        format!("themes[{i}].description"),
                        format!("{what} {n}: in a few words"),
                        &t.description,
                    )
                    .limit(limits::DESCRIPTION_CHARS)
                    .optional()
                    .errors(errors),
                }
            })
            .collect();
        let interests = form
            .interests
            .iter()
            .enumerate()
            .map(|(i, h)| {
                Field::select(
                    format!("interests[{i}]"),
                    format!("Choice {}", i + 1),
                    h,
                    Some("No host"),
                    cat.hosts.clone(),
                )
                .optional()
                .errors(errors)
            })
            .collect();
        let hosts = ctx
            .hosts
            .iter()
            .filter(|h| cat.hosts.iter().any(|(id, _)| id == &h.id))
            .map(|h| HostCard {
                name: h.name.clone(),
                practices: h
                    .practices
                    .iter()
                    .map(|t| {
                        let base = format!(
                            "{} × {}",
                            label_of(&cat.domains, &t.domain),
                            label_of(&cat.levers, &t.lever)
                        );
                        if t.description.is_empty() {
                            base
                        } else {
                            format!("{base}: {}", t.description)
                        }
                    })
                    .collect(),
            })
            .collect();
        let unavailable = form
            .unavailable
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let n = i + 1;
                [
                    Field::new(
                        "date",
                        format!("unavailable[{i}].starts_on"),
                        format!("Period {n}: first day"),
                        &u.starts_on,
                    )
                    .errors(errors),
                    Field::new(
                        "date",
                        format!("unavailable[{i}].ends_on"),
                        format!("Period {n}: last day"),
                        &u.ends_on,
                    )
                    .errors(errors),
                    Field::select(
                        format!("unavailable[{i}].applies_to"),
                        format!("Period {n}: you"),
                        if u.applies_to.is_empty() {
                            "both"
                        } else {
                            &u.applies_to
                        },
                        None,
                        APPLIES_TO
                            .iter()
                            .map(|(v, l)| ((*v).to_owned(), (*l).to_owned())),
                    )
                    .errors(errors),
                    Field::new(
                        "text",
                        format!("unavailable[{i}].label"),
                        format!("Period {n}: why"),
                        &u.label,
                    )
                    .limit(limits::LABEL_CHARS)
                    .optional()
                    .errors(errors),
                ]
            })
            .collect::<Vec<_>>();
        let list_errors = errors
            .0
            .iter()
            .filter(|e| e.field == "interests")
            .map(|e| e.message.clone())
            .collect();
        let mut view = ProfileFormView {
            is_twin,
            summary: Vec::new(),
            organisation,
            population,
            languages,
            coastal,
            climate_zone,
            capacity,
            delegation_size,
            contacts,
            themes,
            interests,
            hosts,
            unavailable,
            list_errors,
        };
        view.summary = errors.summary(&view.fields());
        view
    }

    fn fields(&self) -> Vec<&Field> {
        let mut all = vec![
            &self.organisation,
            &self.population,
            &self.languages,
            &self.coastal,
            &self.climate_zone,
            &self.capacity,
            &self.delegation_size,
        ];
        all.extend(self.contacts.iter().flatten());
        for t in &self.themes {
            all.extend([&t.domain, &t.lever, &t.priority, &t.description]);
        }
        all.extend(self.interests.iter());
        all.extend(self.unavailable.iter().flatten());
        all
    }
}
