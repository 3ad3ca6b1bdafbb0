//! A calendar date written `YYYY-MM-DD`, as in the visit format.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// A calendar day; reads and writes `YYYY-MM-DD`, and says which text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// The date of year, month and day, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// The date `days` calendar days after `self`.
    pub fn plus_days(self, days: i64) -> Date {
        Date(self.0 + chrono::Duration::days(days))
    }
}

/// Two dates as people read them, the shared month or year written once:
/// "10 May 2027", "10–12 May 2027", "10 May – 2 June 2027",
/// "30 December 2027 – 2 January 2028".
pub fn span(from: Date, to: Date) -> String {
    let (a, b) = (from.0, to.0);
    if a == b {
        a.format("%-d %B %Y").to_string()
    } else if (a.year(), a.month()) == (b.year(), b.month()) {
        format!("{}–{}", a.format("%-d"), b.format("%-d %B %Y"))
    } else if a.year() == b.year() {
        format!("{} – {}", a.format("%-d %B"), b.format("%-d %B %Y"))
    } else {
        format!("{} – {}", a.format("%-d %B %Y"), b.format("%-d %B %Y"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                // chrono alone accepts "2025-1-5"; the format asks for exactly 10 characters.
                match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                    Ok(day) if text.len() == 10 => Ok(Date(day)),
                    _ => Err(E::custom(format!("{text:?} is not a date YYYY-MM-DD"))),
                }
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn spans_read_as_people_write_them() {
        assert_eq!(span(d(2027, 5, 10), d(2027, 5, 10)), "10 May 2027");
        assert_eq!(span(d(2027, 5, 10), d(2027, 5, 12)), "10–12 May 2027");
        assert_eq!(span(d(2027, 5, 10), d(2027, 6, 2)), "10 May – 2 June 2027");
        assert_eq!(
            span(d(2027, 12, 30), d(2028, 1, 2)),
            "30 December 2027 – 2 January 2028"
        );
    }
}
