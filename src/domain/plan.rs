//! A Twin City's Replication Plan, as typed and as valid: its actions, each with a title,
//! the host practice it replicates (by id `domain:lever`, picked from the host's
//! practices, so each action has a theme), an owner, start and end dates, an estimated
//! budget in whole euros, a status, and an indicator with its target. Every wrong field
//! is named as the form names it (`actions[2].ends_on`), in the form's order; a row left
//! wholly empty (the form's spare row) is no action.

use chrono::{Datelike, NaiveDate};

use super::feedback::Practice;
use super::invalid::{Checks, Invalid, Refusal, control_in, control_message};
use super::limits;
use super::state::ActionStatus;

/// One action as typed, every value as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionFields {
    /// What the city will do.
    pub title: String,
    /// The host's practice it replicates (`domain:lever`).
    pub practice: String,
    /// Who carries it: a name or a role.
    pub owner: String,
    /// First day, `YYYY-MM-DD`.
    pub starts_on: String,
    /// Last day, `YYYY-MM-DD`.
    pub ends_on: String,
    /// Estimated budget in whole euros.
    pub budget_eur: String,
    /// `planned`, `started`, `done` or `dropped` (empty: planned).
    pub status: String,
    /// What is measured.
    pub indicator: String,
    /// The value aimed at.
    pub target_value: String,
    /// Its unit (optional).
    pub target_unit: String,
}

impl ActionFields {
    /// Whether nothing was typed in it (its status alone does not count: the form
    /// preselects one).
    pub fn is_empty(&self) -> bool {
        [
            &self.title,
            &self.practice,
            &self.owner,
            &self.starts_on,
            &self.ends_on,
            &self.budget_eur,
            &self.indicator,
            &self.target_value,
            &self.target_unit,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

/// A valid action.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// What the city will do.
    pub title: String,
    /// The host's practice it replicates (`domain:lever`).
    pub practice: String,
    /// Who carries it.
    pub owner: String,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day (not before the first).
    pub ends_on: NaiveDate,
    /// Estimated budget in whole euros.
    pub budget_eur: i32,
    /// Where it stands.
    pub status: ActionStatus,
    /// What is measured.
    pub indicator: String,
    /// The value aimed at.
    pub target_value: f64,
    /// Its unit (may be empty).
    pub target_unit: String,
}

/// The field names of an action, in the form's order.
pub const ACTION_FIELDS: [&str; 10] = [
    "title",
    "practice",
    "owner",
    "starts_on",
    "ends_on",
    "budget_eur",
    "status",
    "indicator",
    "target_value",
    "target_unit",
];

/// Checks a plan's actions against the practices the host offers; every wrong field at
/// once. Empty rows are dropped; `submitting` asks for at least one action.
pub fn validate(
    rows: &[ActionFields],
    offered: &[Practice],
    submitting: bool,
) -> Result<Vec<Action>, Invalid> {
    let mut c = Checks::new();
    let filled: Vec<(usize, &ActionFields)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_empty())
        .collect();
    if filled.len() > limits::ACTIONS_PER_PLAN {
        return Err(Invalid::field(
            "actions",
            Refusal::new("refusal-plan-too-many-actions")
                .number("max", limits::ACTIONS_PER_PLAN)
                .number("n", filled.len())
                .says(format!(
                    "list at most {} actions (this lists {})",
                    limits::ACTIONS_PER_PLAN,
                    filled.len()
                )),
        ));
    }
    if submitting && filled.is_empty() {
        c.ensure(
            false,
            "actions",
            Refusal::new("refusal-plan-no-action").says("list at least one action to submit"),
        );
    }
    let mut out = Vec::new();
    for (i, row) in filled {
        if let Some(a) = c.nested(&format!("actions[{i}]"), action(row, offered)) {
            out.push(a);
        }
    }
    c.finish(|| out)
}

fn required(c: &mut Checks, field: &str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        c.ensure(
            false,
            field,
            Refusal::new("refusal-plan-missing").says("must not be empty"),
        );
    } else if value.chars().count() > max {
        c.ensure(
            false,
            field,
            Refusal::new("refusal-too-long")
                .number("max", max)
                .says(format!("must be at most {max} characters")),
        );
    } else if let Some(ch) = control_in(value, false) {
        c.ensure(false, field, control_message(ch, false));
    }
    value.to_owned()
}

fn date(c: &mut Checks, field: &str, value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        c.ensure(
            false,
            field,
            Refusal::new("refusal-date-missing").says("give a date (YYYY-MM-DD)"),
        );
        return None;
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(d) if limits::PLAN_YEARS.contains(&d.year()) => Some(d),
        Ok(_) => {
            let (first, last) = (*limits::PLAN_YEARS.start(), *limits::PLAN_YEARS.end());
            c.ensure(
                false,
                field,
                Refusal::new("refusal-plan-year")
                    .text("first", first.to_string())
                    .text("last", last.to_string())
                    .says(format!("must be a date from {first} to {last}")),
            );
            None
        }
        Err(_) => {
            let shown: String = value.chars().take(limits::ID_CHARS).collect();
            c.ensure(
                false,
                field,
                Refusal::new("refusal-not-a-date")
                    .text("value", shown.clone())
                    .says(format!(
                        "\"{shown}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-08-01"
                    )),
            );
            None
        }
    }
}

/// Whole euros: digits, with spaces, commas, apostrophes or underscores between groups.
fn budget(c: &mut Checks, value: &str) -> Option<i32> {
    let value = value.trim();
    if value.is_empty() {
        c.ensure(
            false,
            "budget_eur",
            Refusal::new("refusal-plan-budget-missing")
                .says("give the estimated budget in euros (0 if none)"),
        );
        return None;
    }
    let digits: String = value
        .chars()
        .filter(|ch| !matches!(ch, ' ' | ',' | '\'' | '_' | '\u{a0}' | '\u{202f}'))
        .collect();
    let shown: String = value.chars().take(limits::ID_CHARS).collect();
    match digits.parse::<i64>() {
        Ok(n) if (0..=limits::ACTION_BUDGET_EUR_MAX).contains(&n) => Some(n as i32),
        Ok(n) => {
            c.ensure(
                false,
                "budget_eur",
                Refusal::new("refusal-plan-budget-range")
                    .number("n", n)
                    .number("max", limits::ACTION_BUDGET_EUR_MAX)
                    .says(format!(
                        "{n} is out of range: a budget is 0 to {} euros",
                        limits::ACTION_BUDGET_EUR_MAX
                    )),
            );
            None
        }
        Err(_) => {
            c.ensure(
                false,
                "budget_eur",
                Refusal::new("refusal-not-a-number")
                    .text("value", shown.clone())
                    .says(format!("\"{shown}\" is not a whole number")),
            );
            None
        }
    }
}

/// A number, with a point or a comma before its decimals.
fn target(c: &mut Checks, value: &str) -> Option<f64> {
    let value = value.trim();
    if value.is_empty() {
        c.ensure(
            false,
            "target_value",
            Refusal::new("refusal-plan-target-missing").says("give the value aimed at"),
        );
        return None;
    }
    let shown: String = value.chars().take(limits::ID_CHARS).collect();
    let decimal = if value.matches(',').count() == 1 && !value.contains('.') {
        value.replace(',', ".")
    } else {
        value.to_owned()
    };
    match decimal.parse::<f64>() {
        Ok(n) if n.is_finite() && n.abs() <= limits::TARGET_VALUE_MAX => Some(n),
        _ => {
            c.ensure(
                false,
                "target_value",
                Refusal::new("refusal-plan-not-a-target")
                    .text("value", shown.clone())
                    .says(format!(
                        "\"{shown}\" is not a number (e.g. 25 or 12.5, at most a million million)"
                    )),
            );
            None
        }
    }
}

fn action(f: &ActionFields, offered: &[Practice]) -> Result<Action, Invalid> {
    let mut c = Checks::new();
    let title = required(&mut c, "title", &f.title, limits::TITLE_CHARS);
    let practice = f.practice.trim().to_owned();
    if practice.is_empty() {
        c.ensure(
            false,
            "practice",
            Refusal::new("refusal-plan-practice-missing")
                .says("choose the host's practice this action replicates"),
        );
    } else if !offered.iter().any(|p| p.id == practice) {
        let shown: String = practice.chars().take(limits::ID_CHARS).collect();
        let ids = offered
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        c.ensure(
            false,
            "practice",
            Refusal::new("refusal-feedback-not-a-practice")
                .text("value", shown.clone())
                .text("ids", ids.clone())
                .says(format!(
                    "\"{shown}\" is not a practice of the host: use {ids}"
                )),
        );
    }
    let owner = required(&mut c, "owner", &f.owner, limits::LABEL_CHARS);
    let starts_on = date(&mut c, "starts_on", &f.starts_on);
    let ends_on = date(&mut c, "ends_on", &f.ends_on);
    if let (Some(first), Some(last)) = (starts_on, ends_on) {
        c.ensure(
            last >= first,
            "ends_on",
            Refusal::new("refusal-ends-before")
                .date("first", first)
                .date("last", last)
                .says(format!("{last} is before the first day {first}")),
        );
    }
    let budget_eur = budget(&mut c, &f.budget_eur);
    let status = match f.status.trim() {
        "" => Some(ActionStatus::Planned),
        text => c.take(text.parse::<ActionStatus>().map_err(|e| {
            let shown: String = text.chars().take(limits::ID_CHARS).collect();
            Invalid::field(
                "status",
                Refusal::new("refusal-plan-not-a-status")
                    .text("value", shown)
                    .says(e),
            )
        })),
    };
    let indicator = required(&mut c, "indicator", &f.indicator, limits::TITLE_CHARS);
    let target_value = target(&mut c, &f.target_value);
    let unit = f.target_unit.trim();
    if unit.chars().count() > limits::LABEL_CHARS {
        c.ensure(
            false,
            "target_unit",
            Refusal::new("refusal-too-long")
                .number("max", limits::LABEL_CHARS)
                .says(format!(
                    "must be at most {} characters",
                    limits::LABEL_CHARS
                )),
        );
    } else if let Some(ch) = control_in(unit, false) {
        c.ensure(false, "target_unit", control_message(ch, false));
    }
    c.finish(|| Action {
        title,
        practice,
        owner,
        starts_on: starts_on.unwrap_or_default(),
        ends_on: ends_on.unwrap_or_default(),
        budget_eur: budget_eur.unwrap_or_default(),
        status: status.unwrap_or(ActionStatus::Planned),
        indicator,
        target_value: target_value.unwrap_or_default(),
        target_unit: unit.to_owned(),
    })
}

/// A manager's comment on a review: at most [`limits::COMMENT_CHARS`], several lines;
/// needed when asking for changes (the city must know what to change).
pub fn comment(value: &str, needed: bool) -> Result<String, Invalid> {
    let value = value.trim();
    if needed && value.is_empty() {
        return Err(Invalid::field(
            "comment",
            "say what the city should change: the email to the city quotes it",
        ));
    }
    if value.chars().count() > limits::COMMENT_CHARS {
        return Err(Invalid::field(
            "comment",
            format!("must be at most {} characters", limits::COMMENT_CHARS),
        ));
    }
    if let Some(ch) = control_in(value, true) {
        return Err(Invalid::field("comment", control_message(ch, true)));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered() -> Vec<Practice> {
        vec![Practice {
            id: "nature:participation".to_owned(),
            label: "co-created green spaces".to_owned(),
            description: "co-created green spaces".to_owned(),
        }]
    }

    fn good() -> ActionFields {
        ActionFields {
            title: "Co-design two pocket parks with residents".to_owned(),
            practice: "nature:participation".to_owned(),
            owner: "Urban planning department".to_owned(),
            starts_on: "2026-01-15".to_owned(),
            ends_on: "2026-12-31".to_owned(),
            budget_eur: "120 000".to_owned(),
            status: "started".to_owned(),
            indicator: "Residents taking part in design workshops".to_owned(),
            target_value: "250".to_owned(),
            target_unit: "people".to_owned(),
        }
    }

    #[test]
    fn a_valid_plan_drops_empty_rows() {
        let list = validate(&[good(), ActionFields::default()], &offered(), true).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].budget_eur, 120_000);
        assert_eq!(list[0].status, ActionStatus::Started);
        assert!((list[0].target_value - 250.0).abs() < f64::EPSILON);
    }

    #[test]
    fn every_wrong_field_is_named_in_form_order() {
        let bad = ActionFields {
            title: String::new(),
            practice: "energy:finance".to_owned(),
            owner: "x".repeat(limits::LABEL_CHARS + 1),
            starts_on: "2026-05-01".to_owned(),
            ends_on: "2026-04-01".to_owned(),
            budget_eur: "-5".to_owned(),
            status: "later".to_owned(),
            indicator: "ok".to_owned(),
            target_value: "many".to_owned(),
            target_unit: String::new(),
        };
        let Invalid(errors) = validate(&[good(), bad], &offered(), true).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "actions[1].title",
                "actions[1].practice",
                "actions[1].owner",
                "actions[1].ends_on",
                "actions[1].budget_eur",
                "actions[1].status",
                "actions[1].target_value",
            ]
        );
        assert!(errors.iter().all(|e| e.refusal.is_some()), "{errors:?}");
    }

    #[test]
    fn a_plan_is_submitted_with_one_action_at_least_and_thirty_at_most() {
        let Invalid(errors) = validate(&[], &offered(), true).unwrap_err();
        assert_eq!(errors[0].field, "actions");
        assert!(validate(&[], &offered(), false).unwrap().is_empty());
        let many = vec![good(); limits::ACTIONS_PER_PLAN + 1];
        let Invalid(errors) = validate(&many, &offered(), false).unwrap_err();
        assert_eq!(errors[0].field, "actions");
    }
}
