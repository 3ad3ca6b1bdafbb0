//! CSV import and export.

pub mod cities;

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell for a CSV file people open in a spreadsheet: a value a city or a manager
/// typed that starts like a formula (`=HYPERLINK(...)`) is written with a leading `'`,
/// which spreadsheets show as text and do not run. Numbers the service writes itself
/// (a negative longitude) do not go through here.
pub fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The value of a cell written by [`cell`]: an import reads back what an export wrote.
pub fn from_cell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::{cell, from_cell};

    #[test]
    fn a_formula_is_written_as_text_and_read_back_as_typed() {
        for typed in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx"] {
            let written = cell(typed);
            assert!(written.starts_with('\''), "{typed:?} became {written:?}");
            assert_eq!(from_cell(&written), typed);
        }
        assert_eq!(cell("Aarhus"), "Aarhus");
        assert_eq!(from_cell("'quoted"), "'quoted");
    }
}
