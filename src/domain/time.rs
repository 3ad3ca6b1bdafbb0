//! Timestamps as the service writes them: RFC 3339 in UTC with the offset
//! written (`2025-05-14T09:30:00.000000Z`), which the document's `date-time` format
//! requires; the database keeps them as UTC without an offset.

use chrono::{NaiveDateTime, SecondsFormat};
use serde::Serializer;

/// Serialises a UTC timestamp with its offset (`serialize_with`).
pub fn utc<S: Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&at.and_utc().to_rfc3339_opts(SecondsFormat::Micros, true))
}

/// The same for a timestamp that may be missing.
pub fn utc_opt<S: Serializer>(at: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => utc(at, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_timestamp_carries_its_offset() {
        let at = chrono::NaiveDate::from_ymd_opt(2025, 5, 14)
            .unwrap()
            .and_hms_micro_opt(9, 30, 0, 120)
            .unwrap();
        let mut out = Vec::new();
        super::utc(&at, &mut serde_json::Serializer::new(&mut out)).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "\"2025-05-14T09:30:00.000120Z\"");
        assert!(chrono::DateTime::parse_from_rfc3339(text.trim_matches('"')).is_ok());
    }
}
