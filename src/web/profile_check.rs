//! "Check your answers" before a city submits its profile: every answer, section by
//! section as the form asks them, each section with a way back to change it. The answers
//! travel in hidden fields: nothing is stored until the city confirms.

use crate::domain::profile::{APPLIES_TO, CLIMATE_ZONES, Profile, ProfileForm, ProfileRole};
use crate::i18n::Tr;
use crate::ops::profiles::Context;

/// One section of the summary: the form's fieldset it goes back to, and its answers.
pub struct CheckSection {
    /// The id of the form's fieldset (`section-participants`).
    pub anchor: &'static str,
    /// Its heading, as the form's legend.
    pub title: String,
    /// (question, answer) in the form's order.
    pub rows: Vec<(String, String)>,
}

fn label_of(list: &[(String, String)], id: &str) -> String {
    list.iter()
        .find(|(i, _)| i == id)
        .map(|(_, l)| l.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// The sections of a valid profile, in the form's order, in the page's language.
pub fn sections(ctx: &Context, p: &Profile, t: &Tr) -> Vec<CheckSection> {
    let cat = &ctx.catalogue;
    let is_twin = ctx.role == ProfileRole::Twin;
    let role = if is_twin { "twin" } else { "host" };
    let or_not_given = |value: String| {
        if value.trim().is_empty() {
            t.t("check-not-given")
        } else {
            value
        }
    };
    let opt = |v: Option<i32>| or_not_given(v.map(|n| n.to_string()).unwrap_or_default());
    let mut organisation = vec![
        (
            t.t("form-organisation"),
            or_not_given(p.organisation.clone()),
        ),
        (t.t("form-population"), opt(p.population)),
        (t.t("form-languages"), or_not_given(p.languages.join(", "))),
        (
            t.t("form-coastal"),
            match p.coastal {
                Some(true) => t.t("form-yes"),
                Some(false) => t.t("form-no"),
                None => t.t("form-not-said"),
            },
        ),
        (
            t.t("form-climate-zone"),
            p.climate_zone
                .as_deref()
                .filter(|z| CLIMATE_ZONES.iter().any(|(id, _)| id == z))
                .map_or_else(|| t.t("form-not-said"), |z| t.t(&format!("climate-{z}"))),
        ),
    ];
    if !is_twin {
        organisation.push((t.t("form-capacity"), opt(p.capacity)));
    }
    organisation.push((t.t("form-delegation-size"), opt(p.delegation_size)));
    let participants = p
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut who = format!("{} <{}>", c.name, c.email);
            if !c.role.is_empty() {
                who.push_str(&format!(", {}", c.role));
            }
            who.push_str(&format!(
                ", {}",
                t.t1("check-emails-in", "language", c.language.as_str())
            ));
            (t.t1("check-participant", "n", i + 1), who)
        })
        .collect();
    let themes = p
        .themes
        .iter()
        .enumerate()
        .map(|(i, theme)| {
            let mut text = t.t3(
                "check-theme-answer",
                (
                    "domain",
                    t.theme(&theme.domain, &label_of(&cat.domains, &theme.domain)),
                ),
                (
                    "lever",
                    t.theme(&theme.lever, &label_of(&cat.levers, &theme.lever)),
                ),
                ("priority", theme.priority),
            );
            if !theme.description.is_empty() {
                text.push_str(&format!(": {}", theme.description));
            }
            (t.t2("check-theme", ("role", role), ("n", i + 1)), text)
        })
        .collect();
    let mut out = vec![
        CheckSection {
            anchor: "section-organisation",
            title: t.t("form-organisation"),
            rows: organisation,
        },
        CheckSection {
            anchor: "section-participants",
            title: t.t("form-participants"),
            rows: participants,
        },
        CheckSection {
            anchor: "section-themes",
            title: if is_twin {
                t.t("form-challenges")
            } else {
                t.t("form-practices")
            },
            rows: themes,
        },
    ];
    if is_twin {
        out.push(CheckSection {
            anchor: "section-interests",
            title: t.t("check-interests"),
            rows: if p.interests.is_empty() {
                vec![(t.t("check-choices"), t.t("check-none-ranked"))]
            } else {
                p.interests
                    .iter()
                    .enumerate()
                    .map(|(i, h)| (t.t1("form-choice", "n", i + 1), label_of(&cat.hosts, h)))
                    .collect()
            },
        });
    }
    out.push(CheckSection {
        anchor: "section-unavailable",
        title: t.t("form-unavailable"),
        rows: if p.unavailable.is_empty() {
            vec![(t.t("check-periods"), t.t("check-none-given"))]
        } else {
            p.unavailable
                .iter()
                .enumerate()
                .map(|(i, u)| {
                    let applies = if APPLIES_TO.iter().any(|(id, _)| *id == u.applies_to) {
                        u.applies_to.as_str()
                    } else {
                        "both"
                    };
                    let mut text = t.t3(
                        "check-period-answer",
                        ("from", t.short_date(u.starts_on)),
                        ("to", t.short_date(u.ends_on)),
                        ("applies", applies),
                    );
                    if !u.label.is_empty() {
                        text.push_str(&format!(" ({})", u.label));
                    }
                    (t.t1("check-period", "n", i + 1), text)
                })
                .collect()
        },
    });
    out
}

/// The hidden fields that carry the answers to the confirmation (or back to the form).
pub fn hidden(p: &Profile) -> Vec<(String, String)> {
    ProfileForm::from(p).pairs()
}
