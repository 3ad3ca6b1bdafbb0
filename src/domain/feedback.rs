//! A city's feedback after a visit, as typed and as valid: how useful it was (1 to 5),
//! what the city learnt, which of the host's practices it means to replicate (picked from
//! the host's practices on the theme taxonomy, by id `domain:lever`), whether it would
//! recommend the host, and the follow-up it wants. Every wrong field is named, in the
//! order the form shows them.

use super::invalid::{Checks, Invalid, Refusal, control_in, control_message};
use super::limits;
use super::state::FollowUp;

/// A practice of the host a city may pick: its id (`domain:lever`) and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    /// `domain:lever`, e.g. `nature:governance`.
    pub id: String,
    /// "Nature-based solutions, governance and policy: green spaces".
    pub label: String,
    /// The host's own words for it ("green spaces"; may be empty), which a page shows
    /// after the domain and lever said in its language.
    pub description: String,
}

/// The id of the practice on `domain` and `lever`.
pub fn practice_id(domain: &str, lever: &str) -> String {
    format!("{domain}:{lever}")
}

/// Feedback as typed (a form) or sent (JSON turned to text), every value as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedbackFields {
    /// 1 (not useful) to 5 (very useful).
    pub usefulness: String,
    /// What the city learnt.
    pub learnt: String,
    /// Ids of the host's practices the city means to replicate.
    pub practices: Vec<String>,
    /// `yes` or `no`.
    pub recommend: String,
    /// `online`, `visit` or `none`.
    pub follow_up: String,
}

/// Valid feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// 1 to 5.
    pub usefulness: i32,
    /// What the city learnt (trimmed, not empty).
    pub learnt: String,
    /// Ids of the host's practices, each once, in the host's order.
    pub practices: Vec<String>,
    /// Would recommend the host.
    pub recommend: bool,
    /// The follow-up wanted.
    pub follow_up: FollowUp,
}

/// The least and greatest usefulness.
pub const USEFULNESS: std::ops::RangeInclusive<i32> = 1..=5;

/// Checks feedback against the practices the host offers; every wrong field at once.
pub fn validate(fields: &FeedbackFields, offered: &[Practice]) -> Result<Feedback, Invalid> {
    let mut c = Checks::new();
    let usefulness = match fields.usefulness.trim() {
        "" => {
            c.ensure(
                false,
                "usefulness",
                Refusal::new("refusal-feedback-usefulness-missing").says(
                    "choose how useful the visit was, from 1 (not useful) to 5 (very useful)",
                ),
            );
            None
        }
        text => match text.parse::<i32>() {
            Ok(n) if USEFULNESS.contains(&n) => Some(n),
            _ => {
                c.ensure(
                    false,
                    "usefulness",
                    Refusal::new("refusal-feedback-usefulness-range")
                        .says("must be a whole number from 1 (not useful) to 5 (very useful)"),
                );
                None
            }
        },
    };
    let learnt = fields.learnt.trim();
    if learnt.is_empty() {
        c.ensure(
            false,
            "learnt",
            Refusal::new("refusal-feedback-learnt-missing")
                .says("say what your city learnt on this visit"),
        );
    } else if learnt.chars().count() > limits::FEEDBACK_CHARS {
        let n = learnt.chars().count();
        c.ensure(
            false,
            "learnt",
            Refusal::new("refusal-feedback-learnt-too-long")
                .number("max", limits::FEEDBACK_CHARS)
                .number("n", n)
                .says(format!(
                    "must be at most {} characters (it has {n})",
                    limits::FEEDBACK_CHARS
                )),
        );
    } else if let Some(ch) = control_in(learnt, true) {
        c.ensure(false, "learnt", control_message(ch, true));
    }
    let mut practices = Vec::new();
    if fields.practices.len() > offered.len().max(1) {
        c.ensure(
            false,
            "practices",
            Refusal::new("refusal-feedback-too-many-practices")
                .number("n", fields.practices.len())
                .number("offered", offered.len())
                .says(format!(
                    "{} practices is too many: the host shows {}",
                    fields.practices.len(),
                    offered.len()
                )),
        );
    } else {
        for id in &fields.practices {
            let id = id.trim();
            if !offered.iter().any(|p| p.id == id) {
                let shown: String = id.chars().take(limits::ID_CHARS).collect();
                let shown = shown.escape_debug().to_string();
                c.ensure(
                    false,
                    "practices",
                    if offered.is_empty() {
                        Refusal::new("refusal-feedback-not-a-practice-none")
                            .text("value", shown.clone())
                            .says(format!(
                                "\"{shown}\" is not a practice of the host: the host's profile lists none"
                            ))
                    } else {
                        let ids = offered
                            .iter()
                            .map(|p| p.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ");
                        Refusal::new("refusal-feedback-not-a-practice")
                            .text("value", shown.clone())
                            .text("ids", ids.clone())
                            .says(format!(
                                "\"{shown}\" is not a practice of the host: use {ids}"
                            ))
                    },
                );
                break;
            }
        }
        for p in offered {
            if fields.practices.iter().any(|id| id.trim() == p.id) {
                practices.push(p.id.clone());
            }
        }
    }
    let recommend = match fields.recommend.trim() {
        "yes" | "true" => Some(true),
        "no" | "false" => Some(false),
        "" => {
            c.ensure(
                false,
                "recommend",
                Refusal::new("refusal-feedback-recommend-missing")
                    .says("say whether you would recommend the host"),
            );
            None
        }
        _ => {
            c.ensure(
                false,
                "recommend",
                Refusal::new("refusal-feedback-yes-or-no").says("must be yes or no"),
            );
            None
        }
    };
    let follow_up = match fields.follow_up.trim() {
        "" => {
            c.ensure(
                false,
                "follow_up",
                Refusal::new("refusal-feedback-follow-up-missing").says(
                    "choose the follow-up you want: an online session, another visit, or none",
                ),
            );
            None
        }
        text => c.take(text.parse::<FollowUp>().map_err(|e| {
            Invalid::field(
                "follow_up",
                Refusal::new("refusal-feedback-not-a-follow-up")
                    .text("value", text)
                    .says(e),
            )
        })),
    };
    c.finish(|| Feedback {
        usefulness: usefulness.unwrap_or_default(),
        learnt: learnt.to_owned(),
        practices,
        recommend: recommend.unwrap_or_default(),
        follow_up: follow_up.unwrap_or(FollowUp::None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered() -> Vec<Practice> {
        vec![
            Practice {
                id: "nature:governance".to_owned(),
                label: "green spaces".to_owned(),
                description: "green spaces".to_owned(),
            },
            Practice {
                id: "mobility:technology".to_owned(),
                label: "light mobility".to_owned(),
                description: "light mobility".to_owned(),
            },
        ]
    }

    fn good() -> FeedbackFields {
        FeedbackFields {
            usefulness: "4".to_owned(),
            learnt: "How Aarhus involves residents.".to_owned(),
            practices: vec![
                "mobility:technology".to_owned(),
                "nature:governance".to_owned(),
            ],
            recommend: "yes".to_owned(),
            follow_up: "online".to_owned(),
        }
    }

    #[test]
    fn valid_feedback_keeps_the_hosts_order() {
        let f = validate(&good(), &offered()).unwrap();
        assert_eq!(f.usefulness, 4);
        assert_eq!(f.practices, ["nature:governance", "mobility:technology"]);
        assert!(f.recommend);
        assert_eq!(f.follow_up, FollowUp::Online);
    }

    #[test]
    fn every_wrong_field_is_named_in_form_order() {
        let bad = FeedbackFields {
            usefulness: "6".to_owned(),
            learnt: "x".repeat(limits::FEEDBACK_CHARS + 1),
            practices: vec!["energy:finance".to_owned()],
            recommend: String::new(),
            follow_up: "later".to_owned(),
        };
        let Invalid(errors) = validate(&bad, &offered()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "usefulness",
                "learnt",
                "practices",
                "recommend",
                "follow_up"
            ]
        );
        assert!(errors[2].message.contains("energy:finance"));
        assert!(
            errors.iter().all(|e| e.refusal.is_some()),
            "every refusal is typed: {errors:?}"
        );
    }

    #[test]
    fn a_control_character_is_refused() {
        let mut f = good();
        f.learnt = "a\u{7}b".to_owned();
        let Invalid(errors) = validate(&f, &offered()).unwrap_err();
        assert_eq!(errors[0].field, "learnt");
    }
}
