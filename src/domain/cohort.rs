//! A cohort of a programme: when it runs, its modules and its visit rules.

use chrono::NaiveDate;

use super::costs::Eur;
use super::invalid::{Checks, Invalid, text};
use super::limits;
use crate::domain::id::ProgrammeId;

/// Dates from `start` to `end`, both included; `end` is never before `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

impl Period {
    /// A period, refused when it ends before it starts; the error names `end_field`.
    pub fn new(end_field: &str, start: NaiveDate, end: NaiveDate) -> Result<Period, Invalid> {
        if end < start {
            return Err(Invalid::field(
                end_field,
                format!("{end} is before the start {start}"),
            ));
        }
        Ok(Period { start, end })
    }

    /// Whether `other` lies wholly inside this period.
    pub fn contains(&self, other: &Period) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A module: Getting started, Co-creating, Capitalising.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// Its name.
    pub name: String,
    /// When it runs.
    pub period: Period,
}

/// How the technical visits of a pair go. In order they alternate: the Twin's first trip,
/// the host's first visit back, the Twin's second trip, and so on; the trips left over
/// when one side has more come last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitRules {
    /// Trips of the Twin to its host (cohort 2: two).
    pub twin_to_host: i32,
    /// Visits of the host to the Twin (cohort 2: one).
    pub host_to_twin: i32,
    /// Days each visit takes.
    pub days: i32,
    /// Least days between the end of one visit and the start of the next.
    pub min_gap_days: i32,
    /// The module (position from 1) each visit falls in, in that order; empty: any time
    /// in the cohort.
    pub modules: Vec<i32>,
}

/// One visit of a pair, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisitSlot {
    /// `true`: the Twin travels to its host; `false`: the host visits the Twin.
    pub outward: bool,
    /// Its number within its direction, from 1.
    pub position: i32,
}

impl VisitRules {
    /// The visits of a pair in order: outward and return alternate, the rest come last.
    pub fn slots(&self) -> Vec<VisitSlot> {
        let mut out = Vec::new();
        for k in 1..=self.twin_to_host.max(self.host_to_twin) {
            if k <= self.twin_to_host {
                out.push(VisitSlot {
                    outward: true,
                    position: k,
                });
            }
            if k <= self.host_to_twin {
                out.push(VisitSlot {
                    outward: false,
                    position: k,
                });
            }
        }
        out
    }

    /// The modules as stored: positions separated by commas.
    pub fn modules_text(&self) -> String {
        self.modules
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The module positions of a stored `visit_modules` text (empty: none).
pub fn parse_modules(text: &str) -> Vec<i32> {
    text.split(',')
        .filter_map(|p| p.trim().parse().ok())
        .collect()
}

/// A cohort, valid by construction.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortDetails {
    /// The programme it belongs to.
    pub programme_id: ProgrammeId,
    /// Its number within the programme (cohort 2).
    pub number: i32,
    /// Its name.
    pub name: String,
    /// When cities can apply and edit their profiles.
    pub call: Period,
    /// When the cohort runs.
    pub runs: Period,
    /// Its modules, in order.
    pub modules: Vec<Module>,
    /// Its visit rules.
    pub visit_rules: VisitRules,
    /// The reimbursement cap per traveller and visit (`None`: no cap).
    pub reimbursement_cap: Option<Eur>,
}

/// The fields of a module as they come in.
#[derive(Debug, Clone)]
pub struct ModuleFields<'a> {
    /// Name.
    pub name: &'a str,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
}

/// The fields of a cohort as they come in.
#[derive(Debug, Clone)]
pub struct CohortFields<'a> {
    /// See [`CohortDetails::programme_id`].
    pub programme_id: &'a ProgrammeId,
    /// See [`CohortDetails::number`].
    pub number: i64,
    /// See [`CohortDetails::name`].
    pub name: &'a str,
    /// Call opens.
    pub call_opens: NaiveDate,
    /// Call closes.
    pub call_closes: NaiveDate,
    /// Cohort starts.
    pub starts_on: NaiveDate,
    /// Cohort ends.
    pub ends_on: NaiveDate,
    /// Modules.
    pub modules: Vec<ModuleFields<'a>>,
    /// Visit rules: twin to host, host to twin, days, gap.
    pub visit_rules: [i64; 4],
    /// The module of each visit of a pair, in order (empty: any time).
    pub visit_modules: Vec<i64>,
    /// The reimbursement cap per traveller and visit as read at the edge (a form's text or
    /// a JSON number, see [`crate::domain::costs`]): `Ok(None)` for no cap, or its error
    /// naming `reimbursement_cap`.
    pub reimbursement_cap: Result<Option<Eur>, Invalid>,
}

fn in_range(checks: &mut Checks, field: &str, value: i64, lo: i64, hi: i64) -> i32 {
    checks.ensure(
        (lo..=hi).contains(&value),
        field,
        format!("{value} is out of range: use {lo} to {hi}"),
    );
    value.clamp(lo, hi) as i32
}

impl TryFrom<CohortFields<'_>> for CohortDetails {
    type Error = Invalid;

    fn try_from(f: CohortFields<'_>) -> Result<CohortDetails, Invalid> {
        let mut checks = Checks::new();
        let programme_id = checks.take(text(
            "programme_id",
            f.programme_id.as_str(),
            limits::ID_CHARS,
        ));
        let number = in_range(&mut checks, "number", f.number, 1, 999);
        let name = checks.take(text("name", f.name, limits::NAME_CHARS));
        let call = checks.take(Period::new("call_closes", f.call_opens, f.call_closes));
        let runs = checks.take(Period::new("ends_on", f.starts_on, f.ends_on));
        checks.ensure(
            !f.modules.is_empty(),
            "modules",
            "a cohort needs at least one module",
        );
        if f.modules.len() > limits::MODULES_PER_COHORT {
            return Err(Invalid::field(
                "modules",
                format!(
                    "a cohort has at most {} modules (this lists {})",
                    limits::MODULES_PER_COHORT,
                    f.modules.len()
                ),
            ));
        }
        let mut modules = Vec::with_capacity(f.modules.len());
        for (i, m) in f.modules.iter().enumerate() {
            let prefix = format!("modules[{i}]");
            let name = checks.nested(&prefix, text("name", m.name, limits::NAME_CHARS));
            let period = checks.nested(&prefix, Period::new("ends_on", m.starts_on, m.ends_on));
            if let (Some(name), Some(period)) = (name, period) {
                if let Some(runs) = runs {
                    checks.ensure(
                        runs.contains(&period),
                        &format!("{prefix}.starts_on"),
                        format!(
                            "{} to {} is outside the cohort, {} to {}",
                            period.start, period.end, runs.start, runs.end
                        ),
                    );
                }
                if let Some(previous) = modules.last().map(|m: &Module| m.period) {
                    checks.ensure(
                        previous.end < period.start,
                        &format!("{prefix}.starts_on"),
                        format!(
                            "starts {} before the module before it ends ({})",
                            period.start, previous.end
                        ),
                    );
                }
                modules.push(Module { name, period });
            }
        }
        let [twin_to_host, host_to_twin, days, gap] = f.visit_rules;
        let mut visit_rules = VisitRules {
            twin_to_host: in_range(&mut checks, "visit_rules.twin_to_host", twin_to_host, 0, 10),
            host_to_twin: in_range(&mut checks, "visit_rules.host_to_twin", host_to_twin, 0, 10),
            days: in_range(&mut checks, "visit_rules.days", days, 1, 15),
            min_gap_days: in_range(&mut checks, "visit_rules.min_gap_days", gap, 0, 730),
            modules: Vec::new(),
        };
        let visits = visit_rules.slots().len();
        checks.ensure(
            f.visit_modules.is_empty() || f.visit_modules.len() == visits,
            "visit_rules.modules",
            format!(
                "{} module(s) given for {visits} visit(s) per pair: give one per visit, in \
                 order (the Twin's first trip, the first visit back, ...), or none",
                f.visit_modules.len()
            ),
        );
        for (i, &m) in f.visit_modules.iter().enumerate() {
            visit_rules.modules.push(in_range(
                &mut checks,
                &format!("visit_rules.modules[{i}]"),
                m,
                1,
                f.modules.len().max(1) as i64,
            ));
        }
        let reimbursement_cap = checks.take(f.reimbursement_cap).flatten();
        checks.finish(|| CohortDetails {
            programme_id: programme_id.unwrap_or_default().into(),
            number,
            name: name.unwrap_or_default(),
            call: call.expect("checked"),
            runs: runs.expect("checked"),
            modules,
            visit_rules,
            reimbursement_cap,
        })
    }
}
