//! The words of everything a city reads, pages and emails alike, in its language: one
//! Project Fluent catalogue (`locales/<lang>/*.ftl`, embedded in the binary), with the
//! plural rules of each language (`{ $n -> [one] … [few] … *[other] … }`) and its dates
//! (month and day names from CLDR through chrono, the order of the parts from the
//! catalogue).
//!
//! It sits below `web` and `mail` and above `domain`: a refusal of the domain
//! ([`crate::domain::Refusal`], a key and its values) is said here in the reader's
//! language. A message missing from a language is logged and said in English; the tests
//! fail on any (`every_language_has_every_message`).

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::itinerary::ThemeName;
use crate::domain::{Refusal, RefusalArg};

mod lang;
#[cfg(test)]
mod tests;

pub use lang::{LANGS, Lang, SOURCES, of_country};

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Lang, Bundle>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for lang in LANGS {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around values: the texts go into email subjects
        // and plain text, where they would show as stray characters.
        bundle.set_use_isolating(false);
        for (of, file, text) in SOURCES {
            if of != lang {
                continue;
            }
            match FluentResource::try_new(text.to_owned()) {
                Ok(resource) => {
                    if let Err(errors) = bundle.add_resource(resource) {
                        tracing::error!(lang = lang.code(), file, ?errors, "catalogue");
                    }
                }
                Err((resource, errors)) => {
                    tracing::error!(lang = lang.code(), file, ?errors, "catalogue syntax");
                    let _ = bundle.add_resource(resource);
                }
            }
        }
        out.insert(lang, bundle);
    }
    out
});

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Words, said as they are.
    Text(String),
    /// A number: it chooses the plural form.
    Number(i64),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(s.clone())
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n)
    }
}
impl From<i32> for Value {
    fn from(n: i32) -> Value {
        Value::Number(n.into())
    }
}
impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<&usize> for Value {
    fn from(n: &usize) -> Value {
        Value::from(*n)
    }
}
impl From<&i32> for Value {
    fn from(n: &i32) -> Value {
        Value::from(*n)
    }
}

/// A value with its name: `("city", "Tomar")`, or a reference to one (as the templates
/// pass them).
pub trait Named<'a> {
    /// The name and the value.
    fn named(self) -> (&'a str, Value);
}

impl<'a, V: Into<Value>> Named<'a> for (&'a str, V) {
    fn named(self) -> (&'a str, Value) {
        (self.0, self.1.into())
    }
}

impl<'a, V: Into<Value> + Clone> Named<'a> for &(&'a str, V) {
    fn named(self) -> (&'a str, Value) {
        (self.0, self.1.clone().into())
    }
}

impl From<&&str> for Value {
    fn from(s: &&str) -> Value {
        Value::Text((*s).to_owned())
    }
}
impl From<&&String> for Value {
    fn from(s: &&String) -> Value {
        Value::Text((*s).clone())
    }
}

/// A date, or a reference to one (as the templates pass them).
pub trait AsDate {
    /// The date.
    fn as_date(&self) -> NaiveDate;
}

impl AsDate for NaiveDate {
    fn as_date(&self) -> NaiveDate {
        *self
    }
}

impl<T: AsDate> AsDate for &T {
    fn as_date(&self) -> NaiveDate {
        (**self).as_date()
    }
}

/// A message of `lang`, or `None` when the language lacks it (or it lacks a value).
pub fn lookup(lang: Lang, id: &str, args: &[(&str, Value)]) -> Option<String> {
    let bundle = BUNDLES.get(&lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Value::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Value::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::error!(lang = lang.code(), id, ?errors, "message");
    }
    Some(text.into_owned())
}

/// The words of one language: every text a city reads goes through here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    lang: Lang,
}

impl Default for Tr {
    fn default() -> Tr {
        Tr::english()
    }
}

impl Tr {
    /// In `lang`.
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    /// In English (the console's language).
    pub fn english() -> Tr {
        Tr::new(Lang::En)
    }

    /// In the language of a code, English where there is no translation.
    pub fn of(code: &str) -> Tr {
        Tr::new(Lang::of(code))
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Its ISO 639-1 code (the HTML's `lang`).
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// Message `id` with `args`; English when this language lacks it, the id itself when
    /// English does too (both logged).
    pub fn with(&self, id: &str, args: &[(&str, Value)]) -> String {
        lookup(self.lang, id, args).unwrap_or_else(|| {
            tracing::error!(
                lang = self.code(),
                id,
                "a message missing from the catalogue"
            );
            lookup(Lang::En, id, args).unwrap_or_else(|| id.to_owned())
        })
    }

    /// Message `id`.
    pub fn t(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Message `id` with one value.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<Value>) -> String {
        self.with(id, &[(name, value.into())])
    }

    /// Message `id` with two values.
    pub fn t2<'a>(&self, id: &str, a: impl Named<'a>, b: impl Named<'a>) -> String {
        self.with(id, &[a.named(), b.named()])
    }

    /// Message `id` with three values.
    pub fn t3<'a>(
        &self,
        id: &str,
        a: impl Named<'a>,
        b: impl Named<'a>,
        c: impl Named<'a>,
    ) -> String {
        self.with(id, &[a.named(), b.named(), c.named()])
    }

    /// A counted noun (`count-people` with `$n`): "1 person", "5 osób".
    pub fn count(&self, id: &str, n: impl Into<Value>) -> String {
        self.with(id, &[("n", n.into())])
    }

    /// What the domain refused, in this language.
    pub fn refusal(&self, r: &Refusal) -> String {
        let args: Vec<(&str, Value)> = r
            .args
            .iter()
            .map(|(name, value)| {
                (
                    *name,
                    match value {
                        RefusalArg::Text(s) => Value::Text(s.clone()),
                        RefusalArg::Number(n) => Value::Number(*n),
                        RefusalArg::Date(d) => Value::Text(self.short_date(*d)),
                    },
                )
            })
            .collect();
        self.with(r.key, &args)
    }

    /// "Dear Ana," or "Dear colleagues,".
    pub fn greet(&self, name: &str) -> String {
        match name.trim() {
            "" => self.t("mail-greeting-anonymous"),
            name => self.t1("mail-greeting", "name", name),
        }
    }

    /// "Wednesday 14 May 2025".
    pub fn date(&self, d: impl AsDate) -> String {
        d.as_date()
            .format_localized(&self.t("date-format-long"), self.lang.locale())
            .to_string()
    }

    /// "14 May 2025".
    pub fn short_date(&self, d: impl AsDate) -> String {
        d.as_date()
            .format_localized(&self.t("date-format-short"), self.lang.locale())
            .to_string()
    }

    /// "Wed 14 May", a day of an agenda.
    pub fn day(&self, d: impl AsDate) -> String {
        d.as_date()
            .format_localized(&self.t("date-format-day"), self.lang.locale())
            .to_string()
    }

    /// "Wed 14 May 2025", a day of a calendar entry.
    pub fn short_day(&self, d: impl AsDate) -> String {
        d.as_date()
            .format_localized(&self.t("date-format-day-year"), self.lang.locale())
            .to_string()
    }

    /// "14 May 2025 at 09:30 UTC".
    pub fn stamp(&self, t: NaiveDateTime) -> String {
        self.t2(
            "date-time",
            ("date", self.short_date(t.date())),
            ("time", t.format("%H:%M").to_string()),
        )
    }

    /// "14–16 May 2025", or "30 May 2025 – 2 June 2025".
    pub fn range(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            self.short_date(from)
        } else if (from.year(), from.month()) == (to.year(), to.month()) {
            self.with(
                "date-range-in-month",
                &[
                    ("from", from.day().to_string().into()),
                    ("to", to.day().to_string().into()),
                    (
                        "month",
                        from.format_localized("%B", self.lang.locale())
                            .to_string()
                            .into(),
                    ),
                    ("year", from.year().to_string().into()),
                ],
            )
        } else {
            self.t2(
                "date-range",
                ("from", self.short_date(from)),
                ("to", self.short_date(to)),
            )
        }
    }

    /// A number the way the language writes it: "2,400" or "2 400".
    pub fn number(&self, n: f64) -> String {
        let digits = format!("{:.0}", n.abs());
        let sep = self.t("number-group-separator");
        let sep = if sep == "space" {
            "\u{a0}".to_owned()
        } else {
            sep
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(&sep);
            }
            out.push(c);
        }
        if n < -0.5 { format!("-{out}") } else { out }
    }

    /// An amount of euros the way the language writes it, with its cents: "€1,234.50",
    /// "1 234,50 €".
    pub fn eur(&self, cents: i64) -> String {
        let whole = self.number((cents.abs() / 100) as f64);
        let amount = format!(
            "{}{whole}{}{:02}",
            if cents < 0 { "-" } else { "" },
            self.t("number-decimal-separator"),
            cents.abs() % 100
        );
        self.t1("amount-eur", "amount", amount)
    }

    /// An agenda line of the pair `twin` – `host`: one the service wrote is said in this
    /// language, one a person wrote stays as written.
    pub fn agenda_line(&self, text: &str, twin: &str, host: &str) -> String {
        let Some(phrase) = crate::domain::itinerary::recognise(text, twin, host) else {
            return text.to_owned();
        };
        let theme = match phrase.theme {
            None => String::new(),
            Some(ThemeName::Described(words)) => words,
            Some(ThemeName::Taxonomy { domain, lever }) => format!(
                "{} × {}",
                self.theme(&domain, &domain),
                self.theme(&lever, &lever)
            ),
        };
        self.with(
            phrase.key,
            &[
                ("twin", twin.into()),
                ("host", host.into()),
                ("theme", theme.into()),
            ],
        )
    }

    /// The label of a theme of the taxonomy (`energy`, `governance`), or `fallback`
    /// (the catalogue's own label) for one the translation does not know.
    pub fn theme(&self, id: &str, fallback: &str) -> String {
        let key = format!("theme-{id}");
        lookup(self.lang, &key, &[])
            .or_else(|| lookup(Lang::En, &key, &[]))
            .unwrap_or_else(|| fallback.to_owned())
    }
}
