//! Form fields as the templates draw them: a label for every input, the error next to its
//! field and in the summary at the top (linked to the field), what the user typed kept.

use crate::domain::FieldError;
use crate::i18n::Tr;

/// One choice of a select.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Value sent.
    pub value: String,
    /// Text shown.
    pub label: String,
    /// Chosen now.
    pub selected: bool,
}

/// An input, select or textarea with its label, value and error.
#[derive(Debug, Clone)]
pub struct Field {
    /// Form name (`contacts[0].email`).
    pub name: String,
    /// Element id, derived from the name (`contacts-0-email`).
    pub id: String,
    /// Label text.
    pub label: String,
    /// Value as typed.
    pub value: String,
    /// `text`, `email`, `number`, `date`, `password`, `textarea`, `select`.
    pub kind: &'static str,
    /// A hint under the label.
    pub hint: String,
    /// What is wrong, if anything.
    pub error: Option<String>,
    /// The choices of a select.
    pub choices: Vec<Choice>,
    /// Browser autocomplete hint.
    pub autocomplete: &'static str,
    /// Whether the label says "(optional)"; a field that is not is needed to submit (or,
    /// in a row of a list, once the row is used).
    pub optional: bool,
    /// "(optional)", in the page's language.
    pub optional_word: String,
    /// "Error:" before an error, for screen readers, in the page's language.
    pub error_word: String,
}

/// The element id of a form name.
pub fn id_of(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .replace("--", "-")
}

impl Field {
    /// A field of `kind`.
    pub fn new(
        kind: &'static str,
        name: impl Into<String>,
        label: impl Into<String>,
        value: impl Into<String>,
    ) -> Field {
        let name = name.into();
        Field {
            id: id_of(&name),
            name,
            label: label.into(),
            value: value.into(),
            kind,
            hint: String::new(),
            error: None,
            choices: Vec::new(),
            autocomplete: "off",
            optional: false,
            optional_word: "(optional)".to_owned(),
            error_word: "Error:".to_owned(),
        }
    }

    /// A select of `choices` (value, label), the current value chosen, with an empty
    /// first choice labelled `none` when given.
    pub fn select(
        name: impl Into<String>,
        label: impl Into<String>,
        value: &str,
        none: Option<&str>,
        choices: impl IntoIterator<Item = (String, String)>,
    ) -> Field {
        let mut field = Field::new("select", name, label, value);
        if let Some(none) = none {
            field.choices.push(Choice {
                value: String::new(),
                label: none.to_owned(),
                selected: value.is_empty(),
            });
        }
        field
            .choices
            .extend(choices.into_iter().map(|(v, l)| Choice {
                selected: v == value,
                value: v,
                label: l,
            }));
        field
    }

    /// With a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Field {
        self.hint = hint.into();
        self
    }

    /// Marked "(optional)".
    pub fn optional(mut self) -> Field {
        self.optional = true;
        self
    }

    /// With the hint of a text's length limit, after any hint it has.
    pub fn limit(mut self, chars: usize) -> Field {
        let limit = format!("Up to {chars} characters");
        self.hint = if self.hint.is_empty() {
            limit
        } else {
            format!("{}. {limit}", self.hint.trim_end_matches('.'))
        };
        self
    }

    /// With the hint of a text's length limit, in the page's language.
    pub fn limit_in(mut self, t: &Tr, chars: usize) -> Field {
        let limit = t.t1("page-up-to", "n", chars);
        self.hint = if self.hint.is_empty() {
            limit
        } else {
            format!("{}. {limit}", self.hint.trim_end_matches('.'))
        };
        self
    }

    /// With its own words ("(optional)", "Error:") in the page's language.
    pub fn in_language(mut self, t: &Tr) -> Field {
        self.optional_word = t.t("page-optional");
        self.error_word = t.t("page-error");
        self
    }

    /// With an autocomplete hint.
    pub fn autocomplete(mut self, value: &'static str) -> Field {
        self.autocomplete = value;
        self
    }

    /// With the error of its name, if `errors` has one.
    pub fn errors(mut self, errors: &Errors) -> Field {
        self.error = errors.get(&self.name).map(str::to_owned);
        self
    }
}

/// The errors of a form, in the order found.
#[derive(Debug, Clone, Default)]
pub struct Errors(pub Vec<FieldError>);

/// One line of the error summary: the message and the id it links to.
#[derive(Debug, Clone)]
pub struct SummaryItem {
    /// Element id.
    pub id: String,
    /// What to fix, with the field's label.
    pub text: String,
}

impl Errors {
    /// The error of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == name)
            .map(|e| e.message.as_str())
    }

    /// The errors said in the page's language: those the domain named by a key in `t`'s
    /// words, the others as they are.
    pub fn in_language(&self, t: &Tr) -> Errors {
        Errors(
            self.0
                .iter()
                .map(|e| FieldError {
                    message: e
                        .refusal
                        .as_ref()
                        .map_or_else(|| e.message.clone(), |r| t.refusal(r)),
                    ..e.clone()
                })
                .collect(),
        )
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The summary lines in the order of `fields` (the form's order, whatever order the
    /// errors were found in), each naming its field by its label and linking to it. An
    /// error on a whole list (`interests`) links to the list's first field.
    pub fn summary(&self, fields: &[&Field]) -> Vec<SummaryItem> {
        let place = |name: &str| {
            let list = format!("{name}[");
            fields
                .iter()
                .position(|f| f.name == name)
                .or_else(|| fields.iter().position(|f| f.name.starts_with(&list)))
        };
        let mut ordered: Vec<(Option<usize>, &FieldError)> =
            self.0.iter().map(|e| (place(&e.field), e)).collect();
        // Stable: errors of one field keep the order they were found in; an error on a
        // field the form does not show comes last.
        ordered.sort_by_key(|(at, _)| at.unwrap_or(usize::MAX));
        ordered
            .into_iter()
            .map(|(at, e)| {
                let field = at.and_then(|i| fields.get(i));
                let exact = field.filter(|f| f.name == e.field);
                let label = exact.map_or(e.field.as_str(), |f| f.label.as_str());
                let text = format!("{label}: {}", e.message);
                SummaryItem {
                    id: field.map_or_else(|| id_of(&e.field), |f| f.id.clone()),
                    text,
                }
            })
            .collect()
    }
}

/// What someone else saved while a manager edited the same thing: the fields whose saved
/// value now differs from what the manager typed, both shown (the form keeps the typed
/// values; saving again replaces the other change, knowingly).
#[derive(Debug, Clone)]
pub struct Meanwhile {
    /// What was changed: "programme", "cohort".
    pub what: &'static str,
    /// (label, saved now, typed), in the form's order.
    pub changes: Vec<(String, String, String)>,
}

impl Meanwhile {
    /// The differences between the fields of the form as saved now and as typed (the same
    /// fields, in the same order).
    pub fn between(what: &'static str, saved: &[&Field], typed: &[&Field]) -> Meanwhile {
        let changes = saved
            .iter()
            .zip(typed)
            .filter(|(s, t)| s.value.trim() != t.value.trim())
            .map(|(s, t)| (s.label.clone(), shown(s), shown(t)))
            .collect();
        Meanwhile { what, changes }
    }
}

/// A field's value as a person reads it: a select's chosen label, "(empty)" for nothing.
fn shown(f: &Field) -> String {
    let value = f
        .choices
        .iter()
        .find(|c| c.value == f.value)
        .map_or(f.value.trim(), |c| c.label.as_str());
    if value.is_empty() {
        "(empty)".to_owned()
    } else {
        value.to_owned()
    }
}
