//! The map of a round's pairs: server-rendered SVG, cities placed by their coordinates
//! (equirectangular, longitude scaled by the cosine of the mean latitude) over the
//! outlines of Europe's countries, a line from each Twin to its host, each city named
//! where its name overlaps no other name, dot or the edge.

use crate::domain::profile::ProfileRole;
use std::fmt::Write;

use crate::ops::rounds::{MapCity, MapLine};

/// Country outlines, one ring a line of `lon,lat` pairs in hundredths of a degree:
/// Natural Earth 1:50m (public domain) through `tools/europe_outline.py`, which says how
/// to make it again.
const EUROPE: &str = include_str!("europe.outline");

/// The rings of `EUROPE` that reach into the box (west, south, east, north, degrees), as
/// one SVG path drawn with `project`: relative moves in whole pixels, points closer than
/// two pixels to the last one left out.
fn outlines(bounds: (f64, f64, f64, f64), project: impl Fn(f64, f64) -> (f64, f64)) -> String {
    let (west, south, east, north) = bounds;
    let mut d = String::new();
    for line in EUROPE.lines().filter(|l| !l.starts_with('#')) {
        let ring: Vec<(f64, f64)> = line
            .split(' ')
            .filter_map(|p| {
                let (lon, lat) = p.split_once(',')?;
                Some((
                    lon.parse::<f64>().ok()? / 100.0,
                    lat.parse::<f64>().ok()? / 100.0,
                ))
            })
            .collect();
        let outside = ring.iter().all(|p| p.0 < west)
            || ring.iter().all(|p| p.0 > east)
            || ring.iter().all(|p| p.1 < south)
            || ring.iter().all(|p| p.1 > north);
        if ring.len() < 3 || outside {
            continue;
        }
        let mut at: Option<(i64, i64)> = None;
        let mut points = 0;
        for &(lon, lat) in &ring {
            let (x, y) = project(lon, lat);
            let (x, y) = (x.round() as i64, y.round() as i64);
            match at {
                None => {
                    let _ = write!(d, "M{x} {y}");
                }
                Some((ax, ay)) if (x - ax).abs() + (y - ay).abs() < 2 => continue,
                Some((ax, ay)) => {
                    let _ = write!(d, "l{} {}", x - ax, y - ay);
                }
            }
            at = Some((x, y));
            points += 1;
        }
        if points > 0 {
            d.push('z');
        }
    }
    d
}

/// Text for SVG markup, in an element or a quoted attribute (also the visits' calendar):
/// every value a user typed goes through here before it reaches the markup.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// How a map is drawn: its width in user units (one CSS pixel when shown at that width),
/// the size of its names and the id of its title (unique in its page).
#[derive(Debug, Clone, Copy)]
pub struct Size {
    /// Width of the drawing.
    pub width: f64,
    /// Font size of the cities' names.
    pub font: f64,
    /// The id of its `<title>`.
    pub id: &'static str,
}

/// The map of a desktop: 900 wide, names at 11.
pub const WIDE: Size = Size {
    width: 900.0,
    font: 11.0,
    id: "map-title",
};

/// The map of a phone: 360 wide, shown at about its size on a 390 px screen (a little
/// smaller on narrower ones), names at 13 so they stay at 12 px or more down to 340 px.
pub const NARROW: Size = Size {
    width: 360.0,
    font: 13.0,
    id: "map-title-narrow",
};

/// The SVG of the cities and lines, drawn at `size`.
pub fn svg(cities: &[MapCity], lines: &[MapLine], size: Size) -> String {
    let Size { width, font, id } = size;
    // Offsets of the names from their dots were chosen at 11: they grow with the font.
    let em = font / 11.0;
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
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-labelledby="{id}" class="map"><title id="{id}">Map of the pairs: {} lines from Twins (blue) to hosts (orange)</title><rect width="100%" height="100%" fill="#dfeaf3"/><path class="land" d="{}" fill="#f7f6f2" stroke="#b9c2ca" stroke-width="0.7" stroke-linejoin="round"/>"##,
        lines.len(),
        outlines((lon0, lat0, lon1, lat1), |lon, lat| (x(lon), y(lat)))
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
    let mut labels = String::new();
    // Labels go right of their dot, else left, above, below or on a diagonal: the first
    // place that overlaps no label already placed, no dot and no edge of the map. A name
    // with no such place is left out of the drawing (its dot's title still names it).
    let dots: Vec<(f64, f64)> = cities.iter().map(|c| (x(c.lon), y(c.lat))).collect();
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let free = |b: (f64, f64, f64, f64), placed: &[(f64, f64, f64, f64)]| {
        let inside = b.0 >= 2.0 && b.1 >= 2.0 && b.2 <= width - 2.0 && b.3 <= height - 2.0;
        inside
            && !placed
                .iter()
                .any(|p| b.0 < p.2 + 2.0 && p.0 < b.2 + 2.0 && b.1 < p.3 && p.1 < b.3)
            && !dots.iter().any(|(dx, dy)| {
                b.0 - 5.0 < *dx && *dx < b.2 + 5.0 && b.1 - 5.0 < *dy && *dy < b.3 + 5.0
            })
    };
    // Hosts first: fewer, and each the end of several lines.
    let mut order: Vec<&MapCity> = cities.iter().collect();
    order.sort_by_key(|c| c.kind == ProfileRole::Twin);
    for c in order {
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
        let w = 6.3 * em * c.name.chars().count() as f64;
        let candidates = [
            (cx + 8.0, cy + 4.0 * em, "start"),
            (cx - 8.0, cy + 4.0 * em, "end"),
            (cx, cy - 9.0, "middle"),
            (cx, cy + 5.0 + 11.0 * em, "middle"),
            (cx + 6.0, cy - 7.0, "start"),
            (cx - 6.0, cy - 7.0, "end"),
            (cx + 6.0, cy + 4.0 + 11.0 * em, "start"),
            (cx - 6.0, cy + 4.0 + 11.0 * em, "end"),
        ];
        let boxed = |(tx, ty, anchor): (f64, f64, &str)| {
            let left = match anchor {
                "start" => tx,
                "end" => tx - w,
                _ => tx - w / 2.0,
            };
            (left, ty - 10.0 * em, left + w, ty + 2.0 * em)
        };
        let Some(chosen) = candidates
            .iter()
            .copied()
            .find(|cand| free(boxed(*cand), &placed))
        else {
            continue;
        };
        placed.push(boxed(chosen));
        let _ = write!(
            labels,
            r##"<text class="city" x="{:.1}" y="{:.1}" text-anchor="{}" font-size="{font}" font-family="system-ui, sans-serif" fill="#0b0c0c" paint-order="stroke" stroke="#fff" stroke-width="3">{}</text>"##,
            chosen.0,
            chosen.1,
            chosen.2,
            escape(&c.name)
        );
    }
    // Names above every dot and line.
    out.push_str(&labels);
    out.push_str("</svg>");
    out
}
