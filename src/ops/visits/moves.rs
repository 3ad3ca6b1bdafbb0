//! Changing one visit by hand: its dates and status ([`update`]), checked against every
//! rule with the other visits where they are, and its agenda ([`set_agenda`]).

use chrono::NaiveDate;
use serde::Deserialize;
use twinning_solver::Date;
use twinning_solver::visits::{self as solver};
use utoipa::ToSchema;

use super::Error;
use crate::db::DbConnection;
use crate::db::models::audit;
use crate::db::models::visit::{self, VisitRow};
use crate::domain::id::CityId;
use crate::domain::invalid::{Checks, control_in, control_message};
use crate::domain::state::VisitStatus;
use crate::domain::{Invalid, limits};

use super::plan::instance_of;
use super::{AgendaEntry, context};
use crate::domain::id::CohortId;
use crate::domain::id::VisitId;

/// A manual change of one visit.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VisitUpdate {
    /// A new first day; checked against every rule with the other visits where they are.
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    /// Confirm the visit (a re-plan keeps it where it is) or release it.
    #[serde(default)]
    pub confirmed: Option<bool>,
}

/// Moves and/or confirms a visit; a move that breaks a rule is refused with the rule.
pub fn update(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    change: &VisitUpdate,
    actor: &str,
) -> Result<VisitRow, Error> {
    let row = visit::get(conn, visit_id)?.ok_or_else(|| Error::not_found("visit", visit_id))?;
    let ctx = context(conn, &row.cohort_id)?;
    crate::ops::archive::ensure_open(conn, &row.cohort_id)?;
    if row.status == VisitStatus::Cancelled {
        return Err(Error::Conflict {
            field: None,
            detail: format!(
                "{} is cancelled: its pair is no longer proposed",
                ctx.label(&row)
            ),
            refusal: None,
        });
    }
    if !ctx.pairs.contains_key(&row.proposal_id) {
        return Err(Error::Conflict {
            field: None,
            detail: format!(
                "{}: its pair is no longer proposed; plan the visits again to cancel it",
                ctx.label(&row)
            ),
            refusal: None,
        });
    }
    let mut next = row.clone();
    if let Some(start) = change.starts_on {
        let live: Vec<&VisitRow> = ctx
            .visits
            .iter()
            .filter(|v| {
                v.status != VisitStatus::Cancelled && ctx.pairs.contains_key(&v.proposal_id)
            })
            .collect();
        let instance = instance_of(&ctx, &live, false);
        let placed: Vec<solver::Scheduled> = live
            .iter()
            .filter(|v| v.status != VisitStatus::Unplaced && v.id != row.id)
            .filter_map(|v| {
                Some(solver::Scheduled {
                    id: v.id.clone().into(),
                    start: Date(v.starts_on?),
                    end: Date(v.ends_on?),
                })
            })
            .collect();
        let broken = solver::check_start(&instance, &placed, row.id.as_str(), Date(start))
            .map_err(|e| Error::failed("checking the move", e))?;
        if let Some(fault) = broken {
            let labels = live
                .iter()
                .map(|v| (v.id.to_string(), ctx.label(v)))
                .collect();
            return Err(Invalid::field(
                "starts_on",
                format!(
                    "{} cannot start on {start}: {}",
                    ctx.label(&row),
                    ctx.humanise(&fault.message, &labels)
                ),
            )
            .into());
        }
        next.starts_on = Some(start);
        next.ends_on = Some(start + chrono::Duration::days(i64::from(row.days) - 1));
        next.reason.clear();
        if next.status == VisitStatus::Unplaced {
            next.status = VisitStatus::Draft;
        }
    }
    match change.confirmed {
        Some(true) => {
            if next.starts_on.is_none() {
                return Err(Invalid::field(
                    "confirmed",
                    "the visit has no dates yet: give starts_on, or plan the cohort first",
                )
                .into());
            }
            next.status = VisitStatus::Confirmed;
        }
        Some(false) if next.status == VisitStatus::Confirmed => {
            next.status = if next.published_status.is_some() {
                VisitStatus::Planned
            } else {
                VisitStatus::Draft
            };
        }
        _ => {}
    }
    visit::save(conn, &next)?;
    audit::record(
        conn,
        actor,
        "update",
        "visit",
        &row.id,
        &format!(
            "{}: {} → {}, {} → {}",
            ctx.label(&row),
            row.starts_on.map_or("-".to_owned(), |d| d.to_string()),
            next.starts_on.map_or("-".to_owned(), |d| d.to_string()),
            row.status,
            next.status
        ),
    )?;
    Ok(next)
}

/// Replaces a visit's agenda. `city`: the city (and cohort) editing it from its link,
/// which must be the one receiving the visit; `None`: a manager.
pub fn set_agenda(
    conn: &mut DbConnection,
    visit_id: &VisitId,
    entries: &[AgendaEntry],
    city: Option<(&CityId, &CohortId)>,
    actor: &str,
) -> Result<VisitRow, Error> {
    let row = visit::get(conn, visit_id)?.ok_or_else(|| Error::not_found("visit", visit_id))?;
    if let Some((city, cohort)) = city
        && (row.host_city_id != city || row.cohort_id != cohort)
    {
        // Not the receiving city: as if there were no such visit.
        return Err(Error::not_found("visit", visit_id));
    }
    crate::ops::archive::ensure_open(conn, &row.cohort_id)?;
    let mut c = Checks::new();
    c.ensure(
        !entries.is_empty(),
        "agenda",
        "an agenda needs at least one item",
    );
    c.ensure(
        entries.len() <= limits::AGENDA_ITEMS,
        "agenda",
        format!(
            "{} items is too many: at most {}",
            entries.len(),
            limits::AGENDA_ITEMS
        ),
    );
    for (i, e) in entries.iter().enumerate() {
        c.ensure(
            (1..=row.days).contains(&e.day),
            &format!("agenda[{i}].day"),
            format!(
                "{} is not a day of this visit: use 1 to {}",
                e.day, row.days
            ),
        );
        let title = e.title.trim();
        c.ensure(
            !title.is_empty(),
            &format!("agenda[{i}].title"),
            "write what happens",
        );
        c.ensure(
            title.chars().count() <= limits::TITLE_CHARS,
            &format!("agenda[{i}].title"),
            format!("at most {} characters", limits::TITLE_CHARS),
        );
        c.ensure(
            e.detail.chars().count() <= limits::TEXT_CHARS,
            &format!("agenda[{i}].detail"),
            format!("at most {} characters", limits::TEXT_CHARS),
        );
        for (field, text, multiline) in [("title", title, false), ("detail", &e.detail, true)] {
            if let Some(ch) = control_in(text, multiline) {
                c.ensure(
                    false,
                    &format!("agenda[{i}].{field}"),
                    control_message(ch, multiline),
                );
            }
        }
    }
    c.finish(|| ())?;
    let mut items: Vec<(i32, String, String)> = entries
        .iter()
        .map(|e| (e.day, e.title.trim().to_owned(), e.detail.trim().to_owned()))
        .collect();
    items.sort_by_key(|i| i.0);
    visit::set_agenda(conn, visit_id, &items)?;
    audit::record(
        conn,
        actor,
        "agenda",
        "visit",
        visit_id,
        &format!("{} item(s)", items.len()),
    )?;
    Ok(row)
}
