//! What is wrong with an input, field by field.

use serde::Serialize;

/// One wrong field: its path in the input (`lat`, `modules[1].ends_on`) and what to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as named in the input.
    pub field: String,
    /// What is wrong and what would be right (in English, as the API says it).
    pub message: String,
    /// The same as a message key with its values, for a page to say in its reader's
    /// language (`None`: only the English message exists).
    #[serde(skip)]
    pub refusal: Option<Refusal>,
}

/// What is wrong, as a key of the message catalogue and its values: the domain names the
/// refusal, the pages say it in their language (`crate::i18n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The message id (`refusal-not-a-number`).
    pub key: &'static str,
    /// Its values, by name.
    pub args: Vec<(&'static str, RefusalArg)>,
}

/// A value of a [`Refusal`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusalArg {
    /// Words, said as they are.
    Text(String),
    /// A number (it may choose a plural form).
    Number(i64),
    /// A day, written the way the reader's language writes dates.
    Date(chrono::NaiveDate),
}

impl Refusal {
    /// The refusal `key`, without values yet.
    pub fn new(key: &'static str) -> Refusal {
        Refusal {
            key,
            args: Vec::new(),
        }
    }

    /// With a value of words.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Refusal {
        self.args.push((name, RefusalArg::Text(value.into())));
        self
    }

    /// With a number.
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Refusal {
        let n = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, RefusalArg::Number(n)));
        self
    }

    /// With a day.
    pub fn date(mut self, name: &'static str, value: chrono::NaiveDate) -> Refusal {
        self.args.push((name, RefusalArg::Date(value)));
        self
    }

    /// With the English words the API says.
    pub fn says(self, english: impl Into<String>) -> Said {
        Said {
            english: english.into(),
            refusal: Some(self),
        }
    }
}

/// A message of a field error: its English words and, where the domain named it, its
/// refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// As the API says it.
    pub english: String,
    /// Its key and values.
    pub refusal: Option<Refusal>,
}

impl From<&str> for Said {
    fn from(s: &str) -> Said {
        Said {
            english: s.to_owned(),
            refusal: None,
        }
    }
}

impl From<String> for Said {
    fn from(s: String) -> Said {
        Said {
            english: s,
            refusal: None,
        }
    }
}

impl FieldError {
    /// An error of `field`.
    pub fn new(field: impl Into<String>, message: impl Into<Said>) -> FieldError {
        let said = message.into();
        FieldError {
            field: field.into(),
            message: said.english,
            refusal: said.refusal,
        }
    }
}

/// Every wrong field of one input; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    /// One wrong field.
    pub fn field(field: impl Into<String>, message: impl Into<Said>) -> Invalid {
        Invalid(vec![FieldError::new(field, message)])
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
    pub fn ensure(&mut self, ok: bool, field: &str, message: impl Into<Said>) {
        if !ok {
            self.0.push(FieldError::new(field, message));
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
                        ..e
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
pub fn control_message(c: char, multiline: bool) -> Said {
    match c {
        '\n' | '\r' if !multiline => {
            Refusal::new("refusal-one-line").says("must be on one line (no line breaks)")
        }
        _ => {
            let code = format!("U+{:04X}", u32::from(c));
            Refusal::new("refusal-control-character")
                .text("code", code.clone())
                .says(format!(
                    "must not contain the invisible control character {code}"
                ))
        }
    }
}
