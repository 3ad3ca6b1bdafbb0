//! Server-rendered SVG bar charts for the console's report: no JavaScript, no external
//! asset. Each chart is an image with a title and a label saying its figures (`role="img"`,
//! `aria-label`), the same figures as the table beside it, and scales to the page's width.

use std::fmt::Write;

/// One bar: its label and value.
pub struct Bar {
    /// What it counts.
    pub label: String,
    /// Its value (0 or more).
    pub value: f64,
    /// The value as shown at its end.
    pub text: String,
}

impl Bar {
    /// A bar of a count.
    pub fn count(label: &str, n: usize) -> Bar {
        Bar {
            label: label.to_owned(),
            value: n as f64,
            text: n.to_string(),
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const WIDTH: f64 = 360.0;
const LABEL: f64 = 90.0;
const ROW: f64 = 28.0;
const ROOM: f64 = 170.0;
// The longest bar leaves room for its value ("43902.0 kg") inside the chart.
const _: () = assert!(LABEL + ROOM + 6.0 + 80.0 <= WIDTH);

/// A horizontal bar chart titled `title`, with an `id` for its title element; the bars'
/// lengths are to scale with the largest.
pub fn bars(id: &str, title: &str, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let height = ROW * bars.len() as f64 + 8.0;
    let said: Vec<String> = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.text))
        .collect();
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg id="{id}" class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>"#,
        id = escape(id),
        label = escape(&format!("{title}: {}", said.join(", "))),
        title = escape(title),
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let len = if max > 0.0 { ROOM * b.value / max } else { 0.0 };
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{ty}\" font-size=\"13\" fill=\"#1b1b1b\">{label}</text>\
             <rect x=\"{LABEL}\" y=\"{y}\" width=\"{len:.1}\" height=\"20\" fill=\"#004494\"/>\
             <text x=\"{tx:.1}\" y=\"{ty}\" font-size=\"13\" fill=\"#1b1b1b\">{text}</text>",
            ty = y + 15.0,
            label = escape(&b.label),
            tx = LABEL + len + 6.0,
            text = escape(&b.text),
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_to_scale_and_said_in_the_label() {
        let svg = bars(
            "c",
            "Visits",
            &[Bar::count("done", 4), Bar::count("<cancelled>", 2)],
        );
        assert!(svg.contains(r#"aria-label="Visits: done: 4, &lt;cancelled&gt;: 2""#));
        assert!(svg.contains(r#"width="170.0""#) && svg.contains(r#"width="85.0""#));
        assert!(!svg.contains("<cancelled>"));
    }
}
