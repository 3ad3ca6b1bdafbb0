//! What is wrong with an input, field by field.

use serde::Serialize;

/// One wrong field: its path in the input (`lat`, `modules[1].ends_on`) and what to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as named in the input.
    pub field: String,
    /// What is wrong and what would be right.
    pub message: String,
}

/// Every wrong field of one input; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    /// One wrong field.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Invalid {
        Invalid(vec![FieldError {
            field: field.into(),
            message: message.into(),
        }])
    }
}

/// Collects the errors of several fields so the user sees them all at once.
#[derive(Debug, Default)]
pub struct Checks(Vec<FieldError>);

impl Checks {
    /// Starts with no error.
    pub fn new() -> Checks {
        Checks::default()
    }

    /// Keeps the value of a check, or records its error and returns `None`.
    pub fn take<T>(&mut self, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Invalid(errors)) => {
                self.0.extend(errors);
                None
            }
        }
    }

    /// Records an error when `ok` is false.
    pub fn ensure(&mut self, ok: bool, field: &str, message: impl Into<String>) {
        if !ok {
            self.0.push(FieldError {
                field: field.to_owned(),
                message: message.into(),
            });
        }
    }

    /// Prefixes the fields of errors recorded by `f` (for items of a list).
    pub fn nested<T>(&mut self, prefix: &str, result: Result<T, Invalid>) -> Option<T> {
        self.take(result.map_err(|Invalid(errors)| {
            Invalid(
                errors
                    .into_iter()
                    .map(|e| FieldError {
                        field: format!("{prefix}.{}", e.field),
                        message: e.message,
                    })
                    .collect(),
            )
        }))
    }

    /// `Ok(value)` when nothing was recorded, else every error.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Invalid> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(Invalid(self.0))
        }
    }
}

/// A required text of one line: trimmed, not empty, at most `max` characters, no line
/// break or other control character (names and labels reach email subjects, calendar
/// files and CSV cells, where a line break changes the meaning).
pub fn text(field: &str, value: &str, max: usize) -> Result<String, Invalid> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Invalid::field(field, "must not be empty"));
    }
    if let Some(c) = control_in(value, false) {
        return Err(Invalid::field(field, control_message(c, false)));
    }
    if value.chars().count() > max {
        return Err(Invalid::field(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    Ok(value.to_owned())
}

/// An optional text: trimmed; empty becomes `None`.
pub fn optional_text(
    field: &str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<String>, Invalid> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => text(field, v, max).map(Some),
    }
}

/// The first control character of `value` that it may not hold: any, for one line; any
/// but line breaks and tabs, for several (`multiline`).
pub fn control_in(value: &str, multiline: bool) -> Option<char> {
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    value.chars().find(|&c| c.is_control() && !allowed(c))
}

/// What to say of a control character found in a text: a line break where one line is
/// wanted, or another invisible character.
pub fn control_message(c: char, multiline: bool) -> String {
    match c {
        '\n' | '\r' if !multiline => "must be on one line (no line breaks)".to_owned(),
        _ => format!(
            "must not contain the invisible control character U+{:04X}",
            u32::from(c)
        ),
    }
}
