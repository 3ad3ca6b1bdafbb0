//! A cohort's visits calendar as server-rendered SVG: one row per pair, visits as bars,
//! blackouts and conferences shaded; every value escaped.

use chrono::NaiveDate;

use super::map::escape;
use crate::domain::state::{Direction, VisitStatus};
use crate::ops::visits::{self as ops, PlanView, VisitView};

/// One row of the calendar: a pair and its visits.
struct Row<'a> {
    label: String,
    visits: Vec<&'a VisitView>,
}

/// The calendar as SVG: months along the top, a row per pair, each visit a bar (outward
/// trips dark, visits back light, unplaced ones absent), blackouts and conferences
/// shaded across every row. Every shape has a title for screen readers and tooltips.
pub fn timeline(plan: &PlanView, start: NaiveDate, end: NaiveDate, width: f64) -> String {
    use std::fmt::Write;
    let mut rows: Vec<Row> = Vec::new();
    for v in &plan.visits {
        let label = format!("{} – {}", v.twin, v.host);
        match rows.iter_mut().find(|r| r.label == label) {
            Some(r) => r.visits.push(v),
            None => rows.push(Row {
                label,
                visits: vec![v],
            }),
        }
    }
    let (left, top, row_h) = (230.0, 34.0, 26.0);
    let days = (end - start).num_days().max(1) as f64 + 1.0;
    let plot = width - left - 10.0;
    let x = |d: NaiveDate| left + plot * ((d - start).num_days() as f64).clamp(0.0, days) / days;
    let height = top + row_h * rows.len().max(1) as f64 + 10.0;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" aria-labelledby="timeline-title" id="timeline"><title id="timeline-title">Visits by month, one row per pair</title>"#
    );
    for b in &plan.blackouts {
        if b.ends_on < start || b.starts_on > end {
            continue;
        }
        let (x0, x1) = (x(b.starts_on), x(b.ends_on + chrono::Duration::days(1)));
        let place = b
            .location
            .as_deref()
            .map(|l| format!(", {}", escape(l)))
            .unwrap_or_default();
        let _ = write!(
            out,
            r##"<rect class="blackout" x="{x0:.1}" y="{top}" width="{:.1}" height="{:.1}" fill="#d8d8d8"><title>{} ({}{place}): {} to {}</title></rect>"##,
            (x1 - x0).max(1.5),
            height - top - 10.0,
            escape(&b.label),
            escape(&b.kind),
            b.starts_on,
            b.ends_on
        );
    }
    for m in ops::months(start, end) {
        let xm = x(m.max(start));
        let _ = write!(
            out,
            r##"<line x1="{xm:.1}" y1="{:.1}" x2="{xm:.1}" y2="{:.1}" stroke="#bbb" stroke-width="0.5"/>"##,
            top - 6.0,
            height - 10.0
        );
        let text = if m.format("%m").to_string() == "01" || xm <= left + 1.0 {
            m.format("%b %Y").to_string()
        } else {
            m.format("%b").to_string()
        };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#333">{text}</text>"##,
            xm + 2.0,
            top - 10.0
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = top + row_h * i as f64;
        let _ = write!(
            out,
            r##"<text x="4" y="{:.1}" font-size="12" fill="#111">{}</text>"##,
            y + row_h * 0.65,
            escape(&r.label)
        );
        for v in &r.visits {
            let (Some(s), Some(e)) = (v.starts_on, v.ends_on) else {
                continue;
            };
            if v.status == VisitStatus::Cancelled {
                continue;
            }
            let (x0, x1) = (x(s), x(e + chrono::Duration::days(1)));
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
                (x1 - x0).max(3.0),
                row_h - 10.0,
                escape(&v.label),
                s,
                e,
                escape(v.status.as_str())
            );
        }
    }
    out.push_str("</svg>");
    out
}
