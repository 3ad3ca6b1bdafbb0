//! The console's one confirmation page: what an action will change and who will be told,
//! with counts, and the button that does it. Archiving and deleting, publishing a round's
//! pairs, publishing a schedule and revoking a link each ask through it first; the button
//! posts to the action's own route, so the action has one code path however it is sent.

use askama::Template;

use super::console::Nav;

/// A page that says what an action will do and asks before it is done.
#[derive(Template)]
#[template(path = "console/confirm.html")]
pub(crate) struct ConfirmPage {
    pub(crate) nav: Nav,
    pub(crate) csrf: String,
    /// The question, as heading and title.
    pub(crate) title: String,
    /// What changes and who is told, a paragraph each.
    pub(crate) text: Vec<String>,
    /// Under the text, a list (the pairs proposed, the visits changed); may be empty.
    pub(crate) items: Vec<String>,
    /// Hidden fields the action needs besides the CSRF token: what was confirmed.
    pub(crate) hidden: Vec<(String, String)>,
    /// Where the button posts.
    pub(crate) action: String,
    /// The button's words.
    pub(crate) button: String,
    /// Where Cancel goes.
    pub(crate) back: String,
    /// A date the action asks for (a publish's answer deadline), if any.
    pub(crate) date: Option<DateField>,
}

/// A date field of a confirmation, with its bounds and an error if the one sent was wrong.
pub(crate) struct DateField {
    /// The form's name of it.
    pub(crate) name: String,
    /// Its label.
    pub(crate) label: String,
    /// A hint under the label.
    pub(crate) hint: String,
    /// Its value (`YYYY-MM-DD`).
    pub(crate) value: String,
    /// Earliest and latest day allowed.
    pub(crate) min: String,
    /// Latest day allowed.
    pub(crate) max: String,
    /// Why the one sent was refused.
    pub(crate) error: Option<String>,
}

/// `n` and its noun, singular for one: "1 pair", "12 pairs", "0 emails". Takes a count
/// or a reference to one, as templates hold them.
pub fn counted(n: impl std::borrow::Borrow<usize>, one: &str, many: &str) -> String {
    let n = *n.borrow();
    format!("{n} {}", if n == 1 { one } else { many })
}
