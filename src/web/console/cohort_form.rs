//! The cohort form, new or edited: its fields as sent and shown again, the page that
//! draws it with the error summary, and its parsing into domain values (every wrong field
//! named).

use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use super::Nav;
use crate::blocking::with_db;
use crate::db::DbPool;
use crate::db::models::cohort::CohortWithModules;
use crate::db::models::event::CalendarEvent;
use crate::db::models::{Listing, programme};
use crate::domain::calendar::parse_day;
use crate::domain::calendar::{EventDetails, EventKind};
use crate::domain::cohort::{CohortDetails, CohortFields, ModuleFields};
use crate::domain::costs::{CAP_MAX, parse_eur};
use crate::domain::id::ProgrammeId;
use crate::domain::{FieldError, Invalid};
use crate::ops::cohorts::version_tag;
use crate::web::form::{Errors, Field, Meanwhile, SummaryItem};
use crate::web::page::PageError;

/// The module names of the Twinning Learning Programme, in order.
const MODULES: [&str; 3] = ["Getting started", "Co-creating", "Capitalising"];

/// The cohort form as sent (and shown again).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CohortForm {
    programme_id: String,
    number: String,
    name: String,
    call_opens: String,
    call_closes: String,
    starts_on: String,
    ends_on: String,
    #[serde(rename = "modules[0].starts_on")]
    m0_starts_on: String,
    #[serde(rename = "modules[0].ends_on")]
    m0_ends_on: String,
    #[serde(rename = "modules[1].starts_on")]
    m1_starts_on: String,
    #[serde(rename = "modules[1].ends_on")]
    m1_ends_on: String,
    #[serde(rename = "modules[2].starts_on")]
    m2_starts_on: String,
    #[serde(rename = "modules[2].ends_on")]
    m2_ends_on: String,
    #[serde(rename = "visit_rules.twin_to_host")]
    twin_to_host: String,
    #[serde(rename = "visit_rules.host_to_twin")]
    host_to_twin: String,
    #[serde(rename = "visit_rules.days")]
    days: String,
    #[serde(rename = "visit_rules.min_gap_days")]
    min_gap_days: String,
    #[serde(rename = "visit_rules.modules")]
    visit_modules: String,
    blackouts: String,
    /// Euros per traveller and visit; empty: no cap.
    reimbursement_cap: String,
    /// The version of the cohort the edit form was filled from (empty for a new one).
    version: String,
    /// Everything else the form sent: the reminder settings (`reminders.<kind>.enabled`,
    /// `reminders.<kind>.days`) of the edit form, and its CSRF token.
    #[serde(flatten)]
    rest: std::collections::BTreeMap<String, String>,
}

impl CohortForm {
    /// A new cohort's form: the usual visit rules, under the programme chosen, if any.
    pub(super) fn blank(programme_id: Option<String>) -> CohortForm {
        CohortForm {
            programme_id: programme_id.unwrap_or_default(),
            twin_to_host: "2".to_owned(),
            host_to_twin: "1".to_owned(),
            days: "3".to_owned(),
            min_gap_days: "60".to_owned(),
            ..CohortForm::default()
        }
    }

    /// A stored cohort's form, with its own blackout dates (one per line, as typed);
    /// `None` unless it has the programme's three modules, the only ones the form shows.
    pub(super) fn of(c: &CohortWithModules, events: &[CalendarEvent]) -> Option<CohortForm> {
        let [m0, m1, m2] = c.modules.as_slice() else {
            return None;
        };
        let k = &c.cohort;
        let blackouts = events
            .iter()
            .filter(|e| {
                e.cohort_id.as_ref() == Some(&k.id) && e.kind == EventKind::Blackout.as_str()
            })
            .map(|e| format!("{} {} {}", e.starts_on, e.ends_on, e.label))
            .collect::<Vec<_>>()
            .join("\n");
        Some(CohortForm {
            programme_id: k.programme_id.clone().into(),
            number: k.number.to_string(),
            name: k.name.clone(),
            call_opens: k.call_opens.to_string(),
            call_closes: k.call_closes.to_string(),
            starts_on: k.starts_on.to_string(),
            ends_on: k.ends_on.to_string(),
            m0_starts_on: m0.starts_on.to_string(),
            m0_ends_on: m0.ends_on.to_string(),
            m1_starts_on: m1.starts_on.to_string(),
            m1_ends_on: m1.ends_on.to_string(),
            m2_starts_on: m2.starts_on.to_string(),
            m2_ends_on: m2.ends_on.to_string(),
            twin_to_host: k.visits_twin_to_host.to_string(),
            host_to_twin: k.visits_host_to_twin.to_string(),
            days: k.visit_days.to_string(),
            min_gap_days: k.min_gap_days.to_string(),
            visit_modules: crate::domain::cohort::parse_modules(&k.visit_modules)
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            blackouts,
            reimbursement_cap: k.reimbursement_cap().map(|c| c.plain()).unwrap_or_default(),
            version: version_tag(k.updated_at),
            rest: Default::default(),
        })
    }

    /// The same form with a cohort's reminder settings (the edit form shows them).
    pub(super) fn with_reminders(
        mut self,
        settings: &crate::domain::reminders::ReminderSettings,
    ) -> CohortForm {
        self.rest.extend(super::reminders::typed_of(settings));
        self
    }

    /// The reminder settings sent, if the form has them, each wrong field named.
    pub(super) fn reminders_sent(
        &self,
    ) -> Option<
        Result<
            std::collections::BTreeMap<
                crate::domain::state::ReminderKind,
                crate::domain::reminders::KindSettings,
            >,
            crate::domain::Invalid,
        >,
    > {
        super::reminders::sent(&self.reminder_pairs())
    }

    fn reminder_pairs(&self) -> Vec<(String, String)> {
        self.rest
            .iter()
            .filter(|(k, _)| k.starts_with("reminders."))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// The version of the cohort it was filled from, if it says.
    pub(super) fn version(&self) -> Option<&str> {
        Some(self.version.as_str()).filter(|v| !v.is_empty())
    }

    /// The same answers, saved over `version` (a cohort's current one).
    pub(super) fn over(&self, version: String) -> CohortForm {
        CohortForm {
            version,
            ..self.clone()
        }
    }
}

/// Which cohort the form makes or changes.
pub(super) enum Target {
    /// A new one.
    New,
    /// A stored one: its id and name.
    Edit(String, String),
}

/// The cohort form page.
#[derive(Template)]
#[template(path = "console/cohort_form.html")]
pub(super) struct CohortFormPage {
    nav: Nav,
    csrf: String,
    title: String,
    action: String,
    button: &'static str,
    back: String,
    summary: Vec<SummaryItem>,
    main: Vec<Field>,
    modules: Vec<[Field; 2]>,
    rules: Vec<Field>,
    blackouts: Field,
    /// The reminder settings (the edit form only): per kind, sent or not, and the days.
    reminders: Vec<(&'static str, Field, Field)>,
    /// The version of the cohort the form was filled from (empty: a new cohort).
    version: String,
    /// What someone else saved after the form was filled, when that refused the save.
    meanwhile: Option<Meanwhile>,
}

impl CohortFormPage {
    /// Every field, in the form's order.
    fn fields(&self) -> Vec<&Field> {
        let mut all: Vec<&Field> = self.main.iter().collect();
        all.extend(self.modules.iter().flatten());
        all.extend(self.rules.iter());
        all.push(&self.blackouts);
        all.extend(self.reminders.iter().flat_map(|(_, a, b)| [a, b]));
        all
    }

    /// Says what `saved` (the cohort's form as saved now) holds that differs from what
    /// this page's form was typed with.
    pub(super) fn meanwhile(&mut self, saved: &CohortFormPage) {
        self.meanwhile = Some(Meanwhile::between(
            "cohort",
            &saved.fields(),
            &self.fields(),
        ));
    }
}

/// The form as typed, with what is wrong in the summary and beside each field.
pub(super) fn form_page(
    nav: Nav,
    csrf: String,
    programmes: Vec<(String, String)>,
    f: &CohortForm,
    errors: &Errors,
    target: Target,
) -> CohortFormPage {
    let main = vec![
        Field::select(
            "programme_id",
            "Programme",
            &f.programme_id,
            None,
            programmes,
        )
        .errors(errors),
        Field::new("number", "number", "Cohort number", &f.number)
            .hint("1, 2, 3 ...")
            .errors(errors),
        Field::new("text", "name", "Name", &f.name)
            .hint("e.g. Twinning Learning Programme, cohort 2")
            .errors(errors),
        Field::new("date", "call_opens", "Call opens", &f.call_opens).errors(errors),
        Field::new("date", "call_closes", "Call closes", &f.call_closes)
            .hint("Cities can edit their profiles until this day")
            .errors(errors),
        Field::new("date", "starts_on", "Cohort starts", &f.starts_on).errors(errors),
        Field::new("date", "ends_on", "Cohort ends", &f.ends_on).errors(errors),
    ];
    let dates = [
        (&f.m0_starts_on, &f.m0_ends_on),
        (&f.m1_starts_on, &f.m1_ends_on),
        (&f.m2_starts_on, &f.m2_ends_on),
    ];
    let modules = MODULES
        .iter()
        .zip(dates)
        .enumerate()
        .map(|(i, (name, (s, e)))| {
            [
                Field::new(
                    "date",
                    format!("modules[{i}].starts_on"),
                    format!("{name}: first day"),
                    s.as_str(),
                )
                .errors(errors),
                Field::new(
                    "date",
                    format!("modules[{i}].ends_on"),
                    format!("{name}: last day"),
                    e.as_str(),
                )
                .errors(errors),
            ]
        })
        .collect::<Vec<_>>();
    let mut rules = vec![
        Field::new(
            "number",
            "visit_rules.twin_to_host",
            "Trips of each Twin to its host",
            &f.twin_to_host,
        )
        .errors(errors),
        Field::new(
            "number",
            "visit_rules.host_to_twin",
            "Visits of each host to its Twin",
            &f.host_to_twin,
        )
        .errors(errors),
        Field::new("number", "visit_rules.days", "Days per visit", &f.days).errors(errors),
        Field::new(
            "number",
            "visit_rules.min_gap_days",
            "Least days between the visits of a pair",
            &f.min_gap_days,
        )
        .errors(errors),
        Field::new(
            "text",
            "visit_rules.modules",
            "Module of each visit",
            &f.visit_modules,
        )
        .hint(
            "Module numbers in visit order: the Twin's first trip, the first visit back, the \
             Twin's second trip... E.g. 2, 2, 3. Empty: any time in the cohort.",
        )
        .errors(errors),
    ];
    rules.push(
        Field::new(
            "text",
            "reimbursement_cap",
            "Reimbursement cap per traveller and visit, euros",
            &f.reimbursement_cap,
        )
        .hint(
            "Travel reimbursed at most, per person and visit, e.g. 1200 or 1200.50. \
                 Empty: no cap. Each visit's estimated and actual cost is shown against it.",
        )
        .optional()
        .errors(errors),
    );
    let blackouts = Field::new("textarea", "blackouts", "Blackout dates", &f.blackouts)
        .hint("One period per line: first day, last day, what it is. E.g. 2025-07-15 2025-08-31 Summer holidays")
        .errors(errors);
    let typed = f.reminder_pairs();
    let reminders = if matches!(target, Target::Edit(..)) && !typed.is_empty() {
        super::reminders::fields(
            &crate::domain::reminders::ReminderSettings::default(),
            Some(&typed),
            errors,
        )
    } else {
        Vec::new()
    };
    let (title, action, button, back) = match target {
        Target::New => (
            "New cohort".to_owned(),
            "/console/cohorts".to_owned(),
            "Create cohort",
            "/console".to_owned(),
        ),
        Target::Edit(id, name) => (
            format!("Edit {name}"),
            format!("/console/cohorts/{id}/edit"),
            "Save the cohort",
            format!("/console/cohorts/{id}"),
        ),
    };
    let mut page = CohortFormPage {
        nav,
        csrf,
        title,
        action,
        button,
        back,
        summary: Vec::new(),
        main,
        modules,
        rules,
        blackouts,
        reminders,
        version: f.version.clone(),
        meanwhile: None,
    };
    page.summary = errors.summary(&page.fields());
    page
}

/// The open programmes, for the form's select: id, name.
pub(super) async fn programme_choices(pool: &DbPool) -> Result<Vec<(String, String)>, PageError> {
    Ok(with_db(pool, |conn| {
        Ok(programme::list(conn, Listing::Active, 500, 0)?
            .items
            .into_iter()
            .map(|p| (p.id.into(), p.name))
            .collect::<Vec<_>>())
    })
    .await?)
}

fn parse_date(errors: &mut Vec<FieldError>, field: &str, value: &str) -> NaiveDate {
    parse_day(value).unwrap_or_else(|message| {
        errors.push(FieldError {
            field: field.to_owned(),
            message,
            refusal: None,
        });
        NaiveDate::MIN
    })
}

fn parse_number(errors: &mut Vec<FieldError>, field: &str, value: &str) -> i64 {
    value.trim().parse().unwrap_or_else(|_| {
        errors.push(FieldError {
            field: field.to_owned(),
            message: format!("\"{}\" is not a whole number", value.trim()),
            refusal: None,
        });
        0
    })
}

/// The cohort and blackouts of the form, or every wrong field.
pub(super) fn parse_cohort(f: &CohortForm) -> Result<(CohortDetails, Vec<EventDetails>), Invalid> {
    let mut errors = Vec::new();
    let number = parse_number(&mut errors, "number", &f.number);
    let mut date = |field: &str, v: &str| parse_date(&mut errors, field, v);
    let call_opens = date("call_opens", &f.call_opens);
    let call_closes = date("call_closes", &f.call_closes);
    let starts_on = date("starts_on", &f.starts_on);
    let ends_on = date("ends_on", &f.ends_on);
    let m = [
        (
            date("modules[0].starts_on", &f.m0_starts_on),
            date("modules[0].ends_on", &f.m0_ends_on),
        ),
        (
            date("modules[1].starts_on", &f.m1_starts_on),
            date("modules[1].ends_on", &f.m1_ends_on),
        ),
        (
            date("modules[2].starts_on", &f.m2_starts_on),
            date("modules[2].ends_on", &f.m2_ends_on),
        ),
    ];
    let rules = [
        parse_number(&mut errors, "visit_rules.twin_to_host", &f.twin_to_host),
        parse_number(&mut errors, "visit_rules.host_to_twin", &f.host_to_twin),
        parse_number(&mut errors, "visit_rules.days", &f.days),
        parse_number(&mut errors, "visit_rules.min_gap_days", &f.min_gap_days),
    ];
    let mut visit_modules = Vec::new();
    for part in f
        .visit_modules
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match part.parse::<i64>() {
            Ok(m) => visit_modules.push(m),
            Err(_) => errors.push(FieldError {
                field: "visit_rules.modules".to_owned(),
                message: format!("{part:?} is not a module number: write e.g. 2, 2, 3"),
                refusal: None,
            }),
        }
    }
    let mut blackouts = Vec::new();
    for (i, line) in f
        .blackouts
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let mut parts = line.split_whitespace();
        let (Some(s), Some(e)) = (parts.next(), parts.next()) else {
            errors.push(FieldError {
                field: "blackouts".to_owned(),
                message: format!("line {}: write first day, last day and what it is", i + 1),
                refusal: None,
            });
            continue;
        };
        let label = parts.collect::<Vec<_>>().join(" ");
        let (Ok(s), Ok(e)) = (parse_day(s), parse_day(e)) else {
            errors.push(FieldError {
                field: "blackouts".to_owned(),
                message: format!("line {}: the dates must be YYYY-MM-DD", i + 1),
                refusal: None,
            });
            continue;
        };
        let label = if label.is_empty() {
            "Blackout".to_owned()
        } else {
            label
        };
        match EventDetails::new(None, None, EventKind::Blackout, &label, None, s, e) {
            Ok(b) => blackouts.push(b),
            Err(Invalid(es)) => errors.extend(es.into_iter().map(|er| FieldError {
                field: "blackouts".to_owned(),
                message: format!("line {}: {}", i + 1, er.message),
                refusal: None,
            })),
        }
    }
    if !errors.is_empty() {
        return Err(Invalid(errors));
    }
    let details = CohortDetails::try_from(CohortFields {
        programme_id: &ProgrammeId::from(&f.programme_id),
        number,
        name: &f.name,
        call_opens,
        call_closes,
        starts_on,
        ends_on,
        modules: MODULES
            .iter()
            .zip(m)
            .map(|(name, (starts_on, ends_on))| ModuleFields {
                name,
                starts_on,
                ends_on,
            })
            .collect(),
        visit_rules: rules,
        visit_modules,
        reimbursement_cap: match f.reimbursement_cap.trim() {
            "" => Ok(None),
            typed => parse_eur("reimbursement_cap", typed, CAP_MAX).map(Some),
        },
    })?;
    Ok((details, blackouts))
}
