//! A cohort's reminder settings: for each kind of reminder (`ReminderKind`), whether it is
//! sent and on which days before (or, for feedback, after) its date. Stored as JSON on the
//! cohort; an empty or missing kind takes its defaults.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::limits::{REMINDER_DAYS_MAX, REMINDERS_PER_KIND};
use super::state::ReminderKind;
use super::{FieldError, Invalid};

/// Whether a kind of reminder is sent, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct KindSettings {
    /// Sent at all.
    pub enabled: bool,
    /// Days before the date (after it, for feedback), largest first, distinct.
    pub days: Vec<i32>,
}

/// A cohort's reminder settings, every kind present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(transparent)]
pub struct ReminderSettings(pub BTreeMap<ReminderKind, KindSettings>);

impl ReminderKind {
    /// The days of its reminders unless the cohort says otherwise: a profile 7 and 1 days
    /// before the call closes; a proposal 3 days before its deadline and on it; a visit 14
    /// and 2 days before it; feedback the day after a visit ends and a week later; a
    /// Replication Plan 30 and 7 days before the cohort ends.
    pub fn default_days(self) -> &'static [i32] {
        match self {
            ReminderKind::Profile => &[7, 1],
            ReminderKind::Proposal => &[3, 0],
            ReminderKind::Visit => &[14, 2],
            ReminderKind::Feedback => &[1, 8],
            ReminderKind::Plan => &[30, 7],
        }
    }

    /// Whether its days count after its date (feedback, after a visit ends) rather than
    /// before it.
    pub fn after(self) -> bool {
        matches!(self, ReminderKind::Feedback)
    }

    /// The fewest days it may be set to: feedback opens the day after a visit ends.
    pub fn least_day(self) -> i32 {
        if self.after() { 1 } else { 0 }
    }

    /// What it reminds of, for a manager.
    pub fn label(self) -> &'static str {
        match self {
            ReminderKind::Profile => "Profile not submitted (days before the call closes)",
            ReminderKind::Proposal => "Proposal not answered (days before its deadline)",
            ReminderKind::Visit => "Visit coming (days before it starts)",
            ReminderKind::Feedback => "Feedback not given (days after the visit ends)",
            ReminderKind::Plan => "Replication Plan not submitted (days before the cohort ends)",
        }
    }
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings(
            ReminderKind::ALL
                .iter()
                .map(|k| {
                    (
                        *k,
                        KindSettings {
                            enabled: true,
                            days: k.default_days().to_vec(),
                        },
                    )
                })
                .collect(),
        )
    }
}

impl ReminderSettings {
    /// The settings stored on a cohort: empty text (or a kind missing) takes the defaults.
    pub fn stored(text: &str) -> ReminderSettings {
        let mut settings = ReminderSettings::default();
        if let Ok(map) = serde_json::from_str::<BTreeMap<ReminderKind, KindSettings>>(text) {
            settings.0.extend(map);
        }
        settings
    }

    /// As stored.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    /// A kind's settings.
    pub fn of(&self, kind: ReminderKind) -> KindSettings {
        self.0.get(&kind).cloned().unwrap_or_else(|| KindSettings {
            enabled: true,
            days: kind.default_days().to_vec(),
        })
    }

    /// Checks settings as sent (a kind not sent keeps `current`'s): days from the kind's
    /// least to 60, at most five, distinct; each error names `reminders.<kind>.days`.
    pub fn checked(
        sent: BTreeMap<ReminderKind, KindSettings>,
        current: &ReminderSettings,
    ) -> Result<ReminderSettings, Invalid> {
        let mut errors = Vec::new();
        let mut out = current.clone();
        for (kind, mut k) in sent {
            let field = format!("reminders.{}.days", kind.as_str());
            if k.days.len() > REMINDERS_PER_KIND {
                errors.push(FieldError::new(
                    &field,
                    format!("at most {REMINDERS_PER_KIND} reminders of a kind"),
                ));
            }
            if let Some(d) = k
                .days
                .iter()
                .find(|d| **d < kind.least_day() || **d > REMINDER_DAYS_MAX)
            {
                errors.push(FieldError::new(
                    &field,
                    format!(
                        "{d} is not a number of days from {} to {REMINDER_DAYS_MAX}",
                        kind.least_day()
                    ),
                ));
            }
            let mut seen = k.days.clone();
            seen.sort_unstable();
            seen.dedup();
            if seen.len() != k.days.len() {
                errors.push(FieldError::new(&field, "the same day is given twice"));
            }
            if k.enabled && k.days.is_empty() {
                errors.push(FieldError::new(
                    &field,
                    "give at least one day, or turn this reminder off",
                ));
            }
            k.days.sort_unstable_by(|a, b| b.cmp(a));
            if kind.after() {
                k.days.reverse();
            }
            out.0.insert(kind, k);
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(Invalid(errors))
        }
    }

    /// Days of a kind written as a form shows them ("7, 1").
    pub fn days_text(&self, kind: ReminderKind) -> String {
        self.of(kind)
            .days
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Days as a form sends them ("7, 1"), each a whole number; an error names the field.
    pub fn parse_days(kind: ReminderKind, text: &str) -> Result<Vec<i32>, Invalid> {
        text.split([',', ' ', ';'])
            .filter(|s| !s.trim().is_empty())
            .take(super::limits::FORM_ROWS)
            .map(|s| {
                s.trim().parse::<i32>().map_err(|_| {
                    Invalid::field(
                        format!("reminders.{}.days", kind.as_str()),
                        format!("\"{}\" is not a whole number of days", s.trim()),
                    )
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fill_what_is_not_stored_and_bad_days_are_named() {
        let s = ReminderSettings::stored(r#"{"visit":{"enabled":false,"days":[5]}}"#);
        assert_eq!(s.of(ReminderKind::Profile).days, vec![7, 1]);
        assert!(!s.of(ReminderKind::Visit).enabled);
        let bad = BTreeMap::from([(
            ReminderKind::Profile,
            KindSettings {
                enabled: true,
                days: vec![7, 7, 61],
            },
        )]);
        let err = ReminderSettings::checked(bad, &s).unwrap_err();
        assert!(err.0.iter().all(|e| e.field == "reminders.profile.days"));
        assert_eq!(err.0.len(), 2);
        let fine = BTreeMap::from([(
            ReminderKind::Feedback,
            KindSettings {
                enabled: true,
                days: vec![8, 1],
            },
        )]);
        let ok = ReminderSettings::checked(fine, &s).unwrap();
        assert_eq!(ok.of(ReminderKind::Feedback).days, vec![1, 8]);
        assert_eq!(
            ReminderSettings::stored(&ok.to_stored()).of(ReminderKind::Feedback),
            ok.of(ReminderKind::Feedback)
        );
    }
}
