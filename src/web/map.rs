//! The map of a round's pairs: server-rendered SVG, cities placed by their coordinates
//! (equirectangular, longitude scaled by the cosine of the mean latitude), a line from each
//! Twin to its host.

use crate::domain::profile::ProfileRole;
use std::fmt::Write;

use crate::ops::rounds::{MapCity, MapLine};

/// Text for SVG markup, in an element or a quoted attribute (also the visits' calendar):
/// every value a user typed goes through here before it reaches the markup.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The SVG of the cities and lines, `width` wide.
pub fn svg(cities: &[MapCity], lines: &[MapLine], width: f64) -> String {
    if cities.is_empty() {
        return String::new();
    }
    let (mut lat0, mut lat1, mut lon0, mut lon1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for c in cities {
        lat0 = lat0.min(c.lat);
        lat1 = lat1.max(c.lat);
        lon0 = lon0.min(c.lon);
        lon1 = lon1.max(c.lon);
    }
    let (pad_lat, pad_lon) = (
        ((lat1 - lat0) * 0.08).max(0.5),
        ((lon1 - lon0) * 0.08).max(0.5),
    );
    let (lat0, lat1, lon0, lon1) = (
        lat0 - pad_lat,
        lat1 + pad_lat,
        lon0 - pad_lon,
        lon1 + pad_lon,
    );
    let k = ((lat0 + lat1) / 2.0).to_radians().cos();
    let (w_deg, h_deg) = ((lon1 - lon0) * k, lat1 - lat0);
    let height = (width * h_deg / w_deg).clamp(width * 0.4, width * 1.4);
    let scale = (width / w_deg).min(height / h_deg);
    let x = |lon: f64| (lon - lon0) * k * scale;
    let y = |lat: f64| (lat1 - lat) * scale;
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-labelledby="map-title" class="map"><title id="map-title">Map of the pairs: {} lines from Twins (blue) to hosts (orange)</title><rect width="100%" height="100%" fill="#f4f8fb"/>"##,
        lines.len()
    );
    for l in lines {
        let _ = write!(
            out,
            r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#5a6b7b" stroke-width="1.6" stroke-opacity="0.8"/>"##,
            x(l.from.1),
            y(l.from.0),
            x(l.to.1),
            y(l.to.0)
        );
    }
    // Labels go right of their dot, else left, above or below: the first place that
    // overlaps no label already placed and no dot.
    let dots: Vec<(f64, f64)> = cities.iter().map(|c| (x(c.lon), y(c.lat))).collect();
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let overlaps = |b: (f64, f64, f64, f64), placed: &[(f64, f64, f64, f64)]| {
        placed
            .iter()
            .any(|p| b.0 < p.2 && p.0 < b.2 && b.1 < p.3 && p.1 < b.3)
            || dots.iter().any(|(dx, dy)| {
                b.0 - 4.0 < *dx && *dx < b.2 + 4.0 && b.1 - 4.0 < *dy && *dy < b.3 + 4.0
            })
    };
    for c in cities {
        let (fill, r) = if c.kind == ProfileRole::Twin {
            ("#1d70b8", 5.0)
        } else {
            ("#f47738", 6.0)
        };
        let (cx, cy) = (x(c.lon), y(c.lat));
        let _ = write!(
            out,
            r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="{r}" fill="{fill}" stroke="#fff" stroke-width="1"><title>{}</title></circle>"##,
            escape(&c.name)
        );
        let w = 6.3 * c.name.chars().count() as f64;
        let candidates = [
            (cx + 8.0, cy + 4.0, "start"),
            (cx - 8.0, cy + 4.0, "end"),
            (cx, cy - 9.0, "middle"),
            (cx, cy + 16.0, "middle"),
        ];
        let boxed = |(tx, ty, anchor): (f64, f64, &str)| {
            let left = match anchor {
                "start" => tx,
                "end" => tx - w,
                _ => tx - w / 2.0,
            };
            (left, ty - 10.0, left + w, ty + 2.0)
        };
        let chosen = candidates
            .iter()
            .copied()
            .find(|cand| !overlaps(boxed(*cand), &placed))
            .unwrap_or(candidates[0]);
        placed.push(boxed(chosen));
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="{}" font-size="11" font-family="system-ui, sans-serif" fill="#0b0c0c" paint-order="stroke" stroke="#f4f8fb" stroke-width="3">{}</text>"##,
            chosen.0,
            chosen.1,
            chosen.2,
            escape(&c.name)
        );
    }
    out.push_str("</svg>");
    out
}
