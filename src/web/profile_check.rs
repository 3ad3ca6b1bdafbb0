//! "Check your answers" before a city submits its profile: every answer, section by
//! section as the form asks them, each section with a way back to change it. The answers
//! travel in hidden fields: nothing is stored until the city confirms.

use crate::domain::profile::{APPLIES_TO, CLIMATE_ZONES, Profile, ProfileForm, ProfileRole};
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

fn or_not_given(value: String) -> String {
    if value.trim().is_empty() {
        "Not given".to_owned()
    } else {
        value
    }
}

/// The sections of a valid profile, in the form's order.
pub fn sections(ctx: &Context, p: &Profile) -> Vec<CheckSection> {
    let cat = &ctx.catalogue;
    let is_twin = ctx.role == ProfileRole::Twin;
    let opt = |v: Option<i32>| or_not_given(v.map(|n| n.to_string()).unwrap_or_default());
    let mut organisation = vec![
        (
            "Organisation".to_owned(),
            or_not_given(p.organisation.clone()),
        ),
        ("Population".to_owned(), opt(p.population)),
        (
            "Working languages".to_owned(),
            or_not_given(p.languages.join(", ")),
        ),
        (
            "On the coast".to_owned(),
            match p.coastal {
                Some(true) => "Yes".to_owned(),
                Some(false) => "No".to_owned(),
                None => "Not said".to_owned(),
            },
        ),
        (
            "Climate zone".to_owned(),
            p.climate_zone
                .as_deref()
                .and_then(|z| CLIMATE_ZONES.iter().find(|(id, _)| *id == z))
                .map_or("Not said".to_owned(), |(_, l)| (*l).to_owned()),
        ),
    ];
    if !is_twin {
        organisation.push(("Twins you can take".to_owned(), opt(p.capacity)));
    }
    organisation.push(("People in a delegation".to_owned(), opt(p.delegation_size)));
    let participants = p
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut who = format!("{} <{}>", c.name, c.email);
            if !c.role.is_empty() {
                who.push_str(&format!(", {}", c.role));
            }
            who.push_str(&format!(", emails in {}", c.language));
            (format!("Participant {}", i + 1), who)
        })
        .collect();
    let what = if is_twin { "Challenge" } else { "Practice" };
    let themes = p
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut text = format!(
                "{} × {}, priority {}",
                label_of(&cat.domains, &t.domain),
                label_of(&cat.levers, &t.lever),
                t.priority
            );
            if !t.description.is_empty() {
                text.push_str(&format!(": {}", t.description));
            }
            (format!("{what} {}", i + 1), text)
        })
        .collect();
    let mut out = vec![
        CheckSection {
            anchor: "section-organisation",
            title: "Organisation".to_owned(),
            rows: organisation,
        },
        CheckSection {
            anchor: "section-participants",
            title: "Participants".to_owned(),
            rows: participants,
        },
        CheckSection {
            anchor: "section-themes",
            title: if is_twin {
                "Challenges you want to learn about".to_owned()
            } else {
                "Practices you can show".to_owned()
            },
            rows: themes,
        },
    ];
    if is_twin {
        out.push(CheckSection {
            anchor: "section-interests",
            title: "Hosts you are interested in".to_owned(),
            rows: if p.interests.is_empty() {
                vec![("Choices".to_owned(), "None ranked".to_owned())]
            } else {
                p.interests
                    .iter()
                    .enumerate()
                    .map(|(i, h)| (format!("Choice {}", i + 1), label_of(&cat.hosts, h)))
                    .collect()
            },
        });
    }
    out.push(CheckSection {
        anchor: "section-unavailable",
        title: "When you cannot travel or host".to_owned(),
        rows: if p.unavailable.is_empty() {
            vec![("Periods".to_owned(), "None given".to_owned())]
        } else {
            p.unavailable
                .iter()
                .enumerate()
                .map(|(i, u)| {
                    let applies = APPLIES_TO
                        .iter()
                        .find(|(id, _)| *id == u.applies_to)
                        .map_or(u.applies_to.as_str(), |(_, l)| l);
                    let mut text = format!(
                        "{} to {}: you {applies}",
                        u.starts_on.format("%-d %B %Y"),
                        u.ends_on.format("%-d %B %Y")
                    );
                    if !u.label.is_empty() {
                        text.push_str(&format!(" ({})", u.label));
                    }
                    (format!("Period {}", i + 1), text)
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
