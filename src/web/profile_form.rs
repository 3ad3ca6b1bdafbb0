//! The profile form, drawn the same for a city (through its link) and for a manager
//! correcting it: sections of fields with their labels, values and errors.

use super::form::{Errors, Field, SummaryItem};
use crate::domain::limits;
use crate::domain::profile::{APPLIES_TO, CLIMATE_ZONES, ProfileForm, ProfileRole};
use crate::i18n::Tr;
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
    pub fn new(ctx: &Context, form: &ProfileForm, errors: &Errors, t: &Tr) -> ProfileFormView {
        let errors = &errors.in_language(t);
        let form = form.clone().padded();
        let is_twin = ctx.role == ProfileRole::Twin;
        let cat = &ctx.catalogue;
        let organisation = Field::new(
            "text",
            "organisation",
            t.t("form-organisation"),
            &form.organisation,
        )
        .hint(t.t("form-organisation-hint"))
        .limit_in(t, limits::TITLE_CHARS)
        .autocomplete("organization")
        .errors(errors);
        let population = Field::new(
            "text",
            "population",
            t.t("form-population"),
            &form.population,
        )
        .hint(t.t("form-population-hint"))
        .errors(errors);
        let languages = Field::new("text", "languages", t.t("form-languages"), &form.languages)
            .hint(t.t("form-languages-hint"))
            .errors(errors);
        let not_said = t.t("form-not-said");
        let coastal = Field::select(
            "coastal",
            t.t("form-coastal"),
            &form.coastal,
            Some(&not_said),
            [
                ("yes".to_owned(), t.t("form-yes")),
                ("no".to_owned(), t.t("form-no")),
            ],
        )
        .optional()
        .errors(errors);
        let climate_zone = Field::select(
            "climate_zone",
            t.t("form-climate-zone"),
            &form.climate_zone,
            Some(&not_said),
            CLIMATE_ZONES
                .iter()
                .map(|(i, _)| ((*i).to_owned(), t.t(&format!("climate-{i}")))),
        )
        .optional()
        .errors(errors);
        let capacity = Field::new("number", "capacity", t.t("form-capacity"), &form.capacity)
            .hint(t.t1("form-capacity-hint", "max", limits::CAPACITY_MAX))
            .errors(errors);
        let delegation_size = Field::new(
            "number",
            "delegation_size",
            t.t("form-delegation-size"),
            &form.delegation_size,
        )
        .hint(t.t1("form-delegation-size-hint", "max", limits::DELEGATION_MAX))
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
                        t.t1("form-participant-name", "n", n),
                        &c.name,
                    )
                    .limit_in(t, limits::NAME_CHARS)
                    .autocomplete(if i == 0 { "name" } else { "off" })
                    .errors(errors),
                    Field::new(
                        "email",
                        format!("contacts[{i}].email"),
                        t.t1("form-participant-email", "n", n),
                        &c.email,
                    )
                    .autocomplete(if i == 0 { "email" } else { "off" })
                    .errors(errors),
                    Field::new(
                        "text",
                        format!("contacts[{i}].role"),
                        t.t1("form-participant-role", "n", n),
                        &c.role,
                    )
                    .limit_in(t, limits::LABEL_CHARS)
                    .optional()
                    .errors(errors),
                    Field::new(
                        "text",
                        format!("contacts[{i}].language"),
                        t.t1("form-participant-language", "n", n),
                        &c.language,
                    )
                    .hint(t.t("form-participant-language-hint"))
                    .optional()
                    .errors(errors),
                ]
            })
            .collect();
        let role = if is_twin { "twin" } else { "host" };
        let choose = t.t("form-choose");
        let label = |id: &str, n: usize| t.t2(id, ("role", role), ("n", n));
        let themes = form
            .themes
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let n = i + 1;
                ThemeRow {
                    domain: Field::select(
                        format!("themes[{i}].domain"),
                        label("form-theme-domain", n),
                        &row.domain,
                        Some(&choose),
                        cat.domains
                            .iter()
                            .map(|(id, l)| (id.clone(), t.theme(id, l))),
                    )
                    .errors(errors),
                    lever: Field::select(
                        format!("themes[{i}].lever"),
                        label("form-theme-lever", n),
                        &row.lever,
                        Some(&choose),
                        cat.levers
                            .iter()
                            .map(|(id, l)| (id.clone(), t.theme(id, l))),
                    )
                    .errors(errors),
                    priority: Field::select(
                        format!("themes[{i}].priority"),
                        label("form-theme-priority", n),
                        if row.priority.is_empty() {
                            "2"
                        } else {
                            &row.priority
                        },
                        None,
                        [
                            ("1".to_owned(), t.t("form-priority-highest")),
                            ("2".to_owned(), "2".to_owned()),
                            ("3".to_owned(), "3".to_owned()),
                        ],
                    )
                    .errors(errors),
                    description: Field::new(
                        "text",
                        format!("themes[{i}].description"),
                        label("form-theme-description", n),
                        &row.description,
                    )
                    .limit_in(t, limits::DESCRIPTION_CHARS)
                    .optional()
                    .errors(errors),
                }
            })
            .collect();
        let no_host = t.t("form-no-host");
        let interests = form
            .interests
            .iter()
            .enumerate()
            .map(|(i, h)| {
                Field::select(
                    format!("interests[{i}]"),
                    t.t1("form-choice", "n", i + 1),
                    h,
                    Some(&no_host),
                    cat.hosts.clone(),
                )
                .optional()
                .errors(errors)
            })
            .collect();
        let hosts = ctx
            .hosts
            .iter()
            .filter(|h| cat.hosts.iter().any(|(id, _)| h.id == *id))
            .map(|h| HostCard {
                name: h.name.clone(),
                practices: h
                    .practices
                    .iter()
                    .map(|p| {
                        let base = format!(
                            "{} × {}",
                            t.theme(&p.domain, &label_of(&cat.domains, &p.domain)),
                            t.theme(&p.lever, &label_of(&cat.levers, &p.lever))
                        );
                        if p.description.is_empty() {
                            base
                        } else {
                            format!("{base}: {}", p.description)
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
                        t.t1("form-period-first", "n", n),
                        &u.starts_on,
                    )
                    .errors(errors),
                    Field::new(
                        "date",
                        format!("unavailable[{i}].ends_on"),
                        t.t1("form-period-last", "n", n),
                        &u.ends_on,
                    )
                    .errors(errors),
                    Field::select(
                        format!("unavailable[{i}].applies_to"),
                        t.t1("form-period-applies", "n", n),
                        if u.applies_to.is_empty() {
                            "both"
                        } else {
                            &u.applies_to
                        },
                        None,
                        APPLIES_TO
                            .iter()
                            .map(|(v, _)| ((*v).to_owned(), t.t(&format!("applies-{v}")))),
                    )
                    .errors(errors),
                    Field::new(
                        "text",
                        format!("unavailable[{i}].label"),
                        t.t1("form-period-why", "n", n),
                        &u.label,
                    )
                    .limit_in(t, limits::LABEL_CHARS)
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
        view.localise(t);
        view.summary = errors.summary(&view.fields());
        view
    }

    /// Every field's own words in the page's language.
    fn localise(&mut self, t: &Tr) {
        let one = |f: &mut Field| *f = f.clone().in_language(t);
        for f in [
            &mut self.organisation,
            &mut self.population,
            &mut self.languages,
            &mut self.coastal,
            &mut self.climate_zone,
            &mut self.capacity,
            &mut self.delegation_size,
        ] {
            one(f);
        }
        self.contacts.iter_mut().flatten().for_each(one);
        for row in &mut self.themes {
            for f in [
                &mut row.domain,
                &mut row.lever,
                &mut row.priority,
                &mut row.description,
            ] {
                one(f);
            }
        }
        self.interests.iter_mut().for_each(one);
        self.unavailable.iter_mut().flatten().for_each(one);
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
