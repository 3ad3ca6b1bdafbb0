//! A cohort's visits calendar as server-rendered SVG: one row per pair, visits as bars,
//! modules named along the top, blackouts and conferences shaded and named; every value
//! escaped. On a phone the page shows the same visits as a list by date instead
//! (`by_date`; the style sheet chooses which).

use std::fmt::Write;

use chrono::{Duration, NaiveDate};

use super::map::escape;
use crate::domain::state::{Direction, VisitStatus};
use crate::ops::visits::{self as ops, PlanView, VisitView};

/// A module of the cohort, as the calendar names it.
pub struct Module<'a> {
    /// Its name.
    pub name: &'a str,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
}

/// A visit with its dates, for the list that stands for the calendar on a phone.
pub struct Dated {
    /// Visit id.
    pub id: String,
    /// What it is: the pair and the trip.
    pub label: String,
    /// First and last day.
    pub dates: (NaiveDate, NaiveDate),
    /// Where it stands.
    pub status: String,
}

/// The placed visits, earliest first (cancelled and unplaced ones are in the table).
pub fn by_date(plan: &PlanView) -> Vec<Dated> {
    let mut out: Vec<Dated> = plan
        .visits
        .iter()
        .filter(|v| v.status != VisitStatus::Cancelled)
        .filter_map(|v| {
            Some(Dated {
                id: v.id.clone(),
                label: v.label.clone(),
                dates: (v.starts_on?, v.ends_on?),
                status: v.status.as_str().to_owned(),
            })
        })
        .collect();
    out.sort_by(|a, b| a.dates.cmp(&b.dates).then_with(|| a.label.cmp(&b.label)));
    out
}

/// Width of the pair names, left of the drawing.
const NAMES: f64 = 230.0;
/// The drawing fits this width unless its bars would be too thin to see and select.
const FIT: f64 = 760.0;
/// No bar narrower than this, in pixels: the calendar widens (and scrolls) instead.
const MIN_BAR: f64 = 8.0;
/// Past this the drawing stops widening and short bars are drawn at MIN_BAR.
const MAX_PLOT: f64 = 8000.0;
const ROW: f64 = 26.0;
/// Where the rows start: module names, month names and two lines of event names above.
const TOP: f64 = 78.0;
/// Width of a character of 10 or 11 px text, a little generous.
const CHAR_10: f64 = 6.0;

/// The calendar: the pair names in one SVG, the drawing in another beside them that
/// scrolls sideways when it is wider than the page, so the names stay in view.
/// Months along the top (shortened or left out where they would run into each other),
/// modules above them, a row per pair, each visit a bar (outward trips dark, visits back
/// light), blackouts and conferences shaded across every row and named above it. Every
/// shape has a title for screen readers and tooltips.
pub fn timeline(plan: &PlanView, modules: &[Module], start: NaiveDate, end: NaiveDate) -> String {
    let mut rows: Vec<(String, Vec<&VisitView>)> = Vec::new();
    for v in &plan.visits {
        let label = format!("{} – {}", v.twin, v.host);
        match rows.iter_mut().find(|r| r.0 == label) {
            Some(r) => r.1.push(v),
            None => rows.push((label, vec![v])),
        }
    }
    let drawn = |v: &VisitView| v.status != VisitStatus::Cancelled && v.starts_on.is_some();
    let shortest = plan
        .visits
        .iter()
        .filter(|v| drawn(v))
        .filter_map(|v| Some((v.ends_on? - v.starts_on?).num_days() + 1))
        .min()
        .unwrap_or(1)
        .max(1) as f64;
    let days = (end - start).num_days().max(0) as f64 + 1.0;
    let per_day = (FIT / days).max(MIN_BAR / shortest).min(MAX_PLOT / days);
    let plot = days * per_day;
    let x = |d: NaiveDate| per_day * ((d - start).num_days() as f64).clamp(0.0, days);
    let width = (plot + 10.0).ceil();
    let height = TOP + ROW * rows.len().max(1) as f64 + 10.0;

    let mut names = String::new();
    let _ = write!(
        names,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="calendar-names" viewBox="0 0 {NAMES} {height}" width="{NAMES}" height="{height}" aria-hidden="true">"#
    );
    for (i, (label, _)) in rows.iter().enumerate() {
        let _ = write!(
            names,
            r##"<text x="4" y="{:.1}" font-size="12" fill="#111">{}</text>"##,
            TOP + ROW * i as f64 + ROW * 0.65,
            escape(&fitted(label, NAMES - 8.0, 6.8))
        );
    }
    names.push_str("</svg>");

    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" aria-labelledby="timeline-title" id="timeline"><title id="timeline-title">Visits by month, one row per pair</title>"#
    );
    draw_modules(&mut out, modules, &x, (start, end));
    draw_blackouts(&mut out, plan, &x, (start, end), height);
    draw_months(&mut out, &x, (start, end), height);
    for (i, (_, visits)) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let _ = write!(
            out,
            r##"<line x1="0" y1="{y:.1}" x2="{plot:.1}" y2="{y:.1}" stroke="#eee"/>"##
        );
        for v in visits.iter().filter(|v| drawn(v)) {
            let (Some(s), Some(e)) = (v.starts_on, v.ends_on) else {
                continue;
            };
            let (x0, x1) = (x(s), x(e + Duration::days(1)));
            let fill = if v.direction == Direction::Outward {
                "#1f5fa8"
            } else {
                "#e08a1e"
            };
            let _ = write!(
                out,
                r##"<a href="/console/visits/{}"><rect class="visit" data-label="{}" x="{x0:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}" rx="2"><title>{}: {} to {} ({})</title></rect></a>"##,
                escape(&v.id),
                escape(&v.label),
                y + 5.0,
                (x1 - x0).max(MIN_BAR),
                ROW - 10.0,
                escape(&v.label),
                s,
                e,
                escape(v.status.as_str())
            );
        }
    }
    out.push_str("</svg>");
    format!(
        r#"<div class="calendar">{names}<div class="calendar-plot table-wrap" role="region" aria-label="Calendar of the visits" tabindex="0">{out}</div></div>"#
    )
}

/// The modules as bands along the top, each named when its name fits.
fn draw_modules(out: &mut String, modules: &[Module], x: &impl Fn(NaiveDate) -> f64, span: Span) {
    for (i, m) in modules.iter().enumerate() {
        if m.ends_on < span.0 || m.starts_on > span.1 {
            continue;
        }
        let (x0, x1) = (x(m.starts_on.max(span.0)), x(m.ends_on + Duration::days(1)));
        let fill = if i % 2 == 0 { "#e6eef7" } else { "#d3e1f0" };
        let name = fitted(m.name, x1 - x0 - 8.0, CHAR_10 * 1.1);
        let _ = write!(
            out,
            r##"<g class="module"><rect x="{x0:.1}" y="0" width="{:.1}" height="20" fill="{fill}"><title>{}: {} to {}</title></rect><text x="{:.1}" y="14" font-size="11" fill="#0b0c0c">{}</text></g>"##,
            (x1 - x0).max(1.0),
            escape(m.name),
            m.starts_on,
            m.ends_on,
            x0 + 4.0,
            escape(&name)
        );
    }
}

type Span = (NaiveDate, NaiveDate);

/// Blackouts and conferences shaded down every row, each named on the first of two lines
/// above the rows where its name runs into no other (else only its title names it).
fn draw_blackouts(
    out: &mut String,
    plan: &PlanView,
    x: &impl Fn(NaiveDate) -> f64,
    span: Span,
    height: f64,
) {
    let mut line_ends = [f64::MIN; 2];
    for b in &plan.blackouts {
        if b.ends_on < span.0 || b.starts_on > span.1 {
            continue;
        }
        let (x0, x1) = (x(b.starts_on.max(span.0)), x(b.ends_on + Duration::days(1)));
        let place = b
            .location
            .as_deref()
            .map(|l| format!(", {}", escape(l)))
            .unwrap_or_default();
        let fill = if b.kind == "conference" {
            "#f3d9a4"
        } else {
            "#d8d8d8"
        };
        let _ = write!(
            out,
            r##"<rect class="blackout" x="{x0:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}" fill-opacity="0.8"><title>{} ({}{place}): {} to {}</title></rect>"##,
            TOP - 30.0,
            (x1 - x0).max(2.0),
            height - TOP + 20.0,
            escape(&b.label),
            escape(&b.kind),
            b.starts_on,
            b.ends_on
        );
        let name = fitted(&b.label, 160.0, CHAR_10);
        let w = CHAR_10 * name.chars().count() as f64;
        if let Some(line) = (0..2).find(|&l| line_ends[l] + 6.0 <= x0) {
            line_ends[line] = x0 + 2.0 + w;
            let _ = write!(
                out,
                r##"<text class="event" x="{:.1}" y="{:.1}" font-size="10" fill="#444">{}</text>"##,
                x0 + 2.0,
                TOP - 20.0 + 11.0 * line as f64,
                escape(&name)
            );
        }
    }
}

/// A line at the start of every month, and its name where it fits: "Jan 2025" for
/// January and the first month, else "Feb"; "F" when a short name would not fit; none
/// when not even that would.
fn draw_months(out: &mut String, x: &impl Fn(NaiveDate) -> f64, span: Span, height: f64) {
    let mut free_from = f64::MIN;
    for m in ops::months(span.0, span.1) {
        let xm = x(m.max(span.0));
        let _ = write!(
            out,
            r##"<line x1="{xm:.1}" y1="24" x2="{xm:.1}" y2="{:.1}" stroke="#bbb" stroke-width="0.5"/>"##,
            height - 10.0
        );
        let room = x(next_month(m).min(span.1 + Duration::days(1))) - xm - 4.0;
        let long = if m.format("%m").to_string() == "01" || m <= span.0 {
            m.format("%b %Y").to_string()
        } else {
            m.format("%b").to_string()
        };
        let short = m
            .format("%b")
            .to_string()
            .chars()
            .take(1)
            .collect::<String>();
        let Some(text) = [long, short]
            .into_iter()
            .find(|t| CHAR_10 * t.chars().count() as f64 <= room)
        else {
            continue;
        };
        let left = xm + 2.0;
        if left < free_from {
            continue;
        }
        free_from = left + CHAR_10 * text.chars().count() as f64 + 2.0;
        let _ = write!(
            out,
            r##"<text class="month" x="{left:.1}" y="36" font-size="10" fill="#333">{text}</text>"##
        );
    }
}

fn next_month(m: NaiveDate) -> NaiveDate {
    m.checked_add_months(chrono::Months::new(1)).unwrap_or(m)
}

/// `text` shortened with an ellipsis to fit `room` pixels at `per_char` each.
fn fitted(text: &str, room: f64, per_char: f64) -> String {
    let fits = (room / per_char).floor().max(0.0) as usize;
    if text.chars().count() <= fits {
        text.to_owned()
    } else if fits <= 1 {
        String::new()
    } else {
        text.chars().take(fits - 1).collect::<String>() + "…"
    }
}
