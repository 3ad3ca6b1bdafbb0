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

use chrono::{Datelike, Locale, NaiveDate, NaiveDateTime};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::itinerary::ThemeName;
use crate::domain::{Refusal, RefusalArg};

/// A language with a complete translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the fallback).
    En,
    /// Portuguese (Portugal).
    Pt,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// German.
    De,
    /// Italian.
    It,
    /// Polish.
    Pl,
    /// Dutch.
    Nl,
}

/// Every language with a translation, in the switcher's order.
pub const LANGS: [Lang; 8] = [
    Lang::En,
    Lang::Pt,
    Lang::Es,
    Lang::Fr,
    Lang::De,
    Lang::It,
    Lang::Pl,
    Lang::Nl,
];

/// The catalogue's files of each language (`locales/<lang>/<file>`), as embedded.
pub const SOURCES: [(Lang, &str, &str); 16] = [
    (
        Lang::En,
        "pages.ftl",
        include_str!("../locales/en/pages.ftl"),
    ),
    (
        Lang::En,
        "emails.ftl",
        include_str!("../locales/en/emails.ftl"),
    ),
    (
        Lang::Pt,
        "pages.ftl",
        include_str!("../locales/pt/pages.ftl"),
    ),
    (
        Lang::Pt,
        "emails.ftl",
        include_str!("../locales/pt/emails.ftl"),
    ),
    (
        Lang::Es,
        "pages.ftl",
        include_str!("../locales/es/pages.ftl"),
    ),
    (
        Lang::Es,
        "emails.ftl",
        include_str!("../locales/es/emails.ftl"),
    ),
    (
        Lang::Fr,
        "pages.ftl",
        include_str!("../locales/fr/pages.ftl"),
    ),
    (
        Lang::Fr,
        "emails.ftl",
        include_str!("../locales/fr/emails.ftl"),
    ),
    (
        Lang::De,
        "pages.ftl",
        include_str!("../locales/de/pages.ftl"),
    ),
    (
        Lang::De,
        "emails.ftl",
        include_str!("../locales/de/emails.ftl"),
    ),
    (
        Lang::It,
        "pages.ftl",
        include_str!("../locales/it/pages.ftl"),
    ),
    (
        Lang::It,
        "emails.ftl",
        include_str!("../locales/it/emails.ftl"),
    ),
    (
        Lang::Pl,
        "pages.ftl",
        include_str!("../locales/pl/pages.ftl"),
    ),
    (
        Lang::Pl,
        "emails.ftl",
        include_str!("../locales/pl/emails.ftl"),
    ),
    (
        Lang::Nl,
        "pages.ftl",
        include_str!("../locales/nl/pages.ftl"),
    ),
    (
        Lang::Nl,
        "emails.ftl",
        include_str!("../locales/nl/emails.ftl"),
    ),
];

impl Lang {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pt => "pt",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Pl => "pl",
            Lang::Nl => "nl",
        }
    }

    /// Its name in itself, as the switcher shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pt => "Português",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
            Lang::Pl => "Polski",
            Lang::Nl => "Nederlands",
        }
    }

    /// The CLDR locale of its dates.
    pub fn locale(self) -> Locale {
        match self {
            Lang::En => Locale::en_GB,
            Lang::Pt => Locale::pt_PT,
            Lang::Es => Locale::es_ES,
            Lang::Fr => Locale::fr_FR,
            Lang::De => Locale::de_DE,
            Lang::It => Locale::it_IT,
            Lang::Pl => Locale::pl_PL,
            Lang::Nl => Locale::nl_NL,
        }
    }

    /// The language of a code (`pt`, `PT-br`, `de_CH`), if it has a translation. Only
    /// the primary subtag counts; anything longer than a language tag is refused.
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim();
        if code.is_empty() || code.len() > 35 {
            return None;
        }
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LANGS.into_iter().find(|l| l.code() == primary)
    }

    /// The language of a code, English where there is no translation.
    pub fn of(code: &str) -> Lang {
        Lang::parse(code).unwrap_or(Lang::En)
    }

    /// The first language of an `Accept-Language` header (by its q-values) that has a
    /// translation.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        if header.len() > 1000 {
            return None;
        }
        accept_language::parse(header)
            .iter()
            .find_map(|tag| Lang::parse(tag))
    }
}

/// The first language of a country (ISO 3166-1 alpha-2), for people the service knows no
/// language of: what its officials most likely read.
pub fn of_country(country: &str) -> &'static str {
    match country {
        "AT" | "DE" => "de",
        "BE" | "FR" | "LU" => "fr",
        "BG" => "bg",
        "CY" | "GR" => "el",
        "CZ" => "cs",
        "DK" => "da",
        "EE" => "et",
        "ES" => "es",
        "FI" => "fi",
        "HR" => "hr",
        "HU" => "hu",
        "IT" => "it",
        "LT" => "lt",
        "LV" => "lv",
        "MT" => "mt",
        "NL" => "nl",
        "PL" => "pl",
        "PT" => "pt",
        "RO" => "ro",
        "SE" => "sv",
        "SI" => "sl",
        "SK" => "sk",
        _ => "en",
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let (en, pt, pl) = (Tr::new(Lang::En), Tr::new(Lang::Pt), Tr::new(Lang::Pl));
        assert_eq!(en.date(d("2025-05-14")), "Wednesday 14 May 2025");
        assert_eq!(pt.date(d("2025-05-14")), "quarta, 14 de maio de 2025");
        assert_eq!(en.range(d("2025-05-14"), d("2025-05-16")), "14–16 May 2025");
        assert_eq!(
            pt.range(d("2025-05-14"), d("2025-05-16")),
            "14 a 16 de maio de 2025"
        );
        assert_eq!(
            en.range(d("2025-05-30"), d("2025-06-02")),
            "30 May 2025 – 2 June 2025"
        );
        assert_eq!(
            Tr::new(Lang::De).range(d("2025-05-14"), d("2025-05-16")),
            "14.–16. Mai 2025"
        );
        assert_eq!(pl.short_date(d("2025-05-14")), "14 maja 2025");
    }

    #[test]
    fn a_language_without_translation_reads_english() {
        assert_eq!(Lang::of("pt"), Lang::Pt);
        assert_eq!(Lang::of("PT-br"), Lang::Pt);
        assert_eq!(Lang::of("da"), Lang::En);
        assert_eq!(Lang::of(""), Lang::En);
        assert_eq!(Lang::parse("xx"), None);
    }

    #[test]
    fn accept_language_is_read_by_its_q_values() {
        assert_eq!(
            Lang::from_accept_language("de-CH,de;q=0.9,en;q=0.5"),
            Some(Lang::De)
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0.2, pl;q=0.8, da"),
            Some(Lang::Pl)
        );
        assert_eq!(Lang::from_accept_language("da, sv;q=0.5"), None);
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn polish_counts_one_few_and_many() {
        let pl = Tr::new(Lang::Pl);
        assert_eq!(pl.count("count-people", 1), "1 osoba");
        assert_eq!(pl.count("count-people", 2), "2 osoby");
        assert_eq!(pl.count("count-people", 5), "5 osób");
        assert_eq!(pl.count("count-people", 22), "22 osoby");
        assert_eq!(pl.count("count-workdays", 3), "3 dni robocze");
        assert_eq!(pl.count("count-workdays", 5), "5 dni roboczych");
        let en = Tr::english();
        assert_eq!(en.count("count-workdays", 1), "1 workday");
        assert_eq!(en.count("count-workdays", 3), "3 workdays");
    }

    /// The ids of a catalogue file, each with the variables it uses.
    fn messages(text: &str) -> Vec<(String, Vec<String>)> {
        use fluent_syntax::ast;
        fn vars_of_pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
            for e in &p.elements {
                if let ast::PatternElement::Placeable { expression } = e {
                    vars_of_expression(expression, out);
                }
            }
        }
        fn vars_of_expression(e: &ast::Expression<&str>, out: &mut Vec<String>) {
            match e {
                ast::Expression::Inline(i) => vars_of_inline(i, out),
                ast::Expression::Select { selector, variants } => {
                    vars_of_inline(selector, out);
                    for v in variants {
                        vars_of_pattern(&v.value, out);
                    }
                }
            }
        }
        fn vars_of_inline(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
            match i {
                ast::InlineExpression::VariableReference { id }
                    if !out.iter().any(|v| v == id.name) =>
                {
                    out.push(id.name.to_owned());
                }
                ast::InlineExpression::Placeable { expression } => {
                    vars_of_expression(expression, out)
                }
                _ => {}
            }
        }
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((_, errors)) => panic!("a catalogue does not parse: {errors:?}"),
        };
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => {
                    let mut vars = Vec::new();
                    if let Some(p) = &m.value {
                        vars_of_pattern(p, &mut vars);
                    }
                    vars.sort();
                    Some((m.id.name.to_owned(), vars))
                }
                _ => None,
            })
            .collect()
    }

    fn catalogue(lang: Lang) -> Vec<(String, Vec<String>)> {
        SOURCES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .flat_map(|(_, _, text)| messages(text))
            .collect()
    }

    /// Every language says every message English says, with the same values, and
    /// nothing else; a message missing from one language fails here.
    #[test]
    fn every_language_has_every_message() {
        let english = catalogue(Lang::En);
        let mut problems = Vec::new();
        for lang in LANGS {
            let theirs = catalogue(lang);
            let mut seen = std::collections::HashSet::new();
            for (id, _) in &theirs {
                if !seen.insert(id) {
                    problems.push(format!("{}: {id} twice", lang.code()));
                }
            }
            for (id, vars) in &english {
                match theirs.iter().find(|(i, _)| i == id) {
                    None => problems.push(format!("{}: {id} is missing", lang.code())),
                    Some((_, their_vars)) if their_vars != vars => problems.push(format!(
                        "{}: {id} uses {their_vars:?}, English {vars:?}",
                        lang.code()
                    )),
                    Some(_) => {}
                }
            }
            for (id, _) in &theirs {
                if !english.iter().any(|(i, _)| i == id) {
                    problems.push(format!("{}: {id} is not an English message", lang.code()));
                }
            }
            // And every message formats, in this language, without an error.
            for (id, vars) in &english {
                let args: Vec<(&str, Value)> = vars
                    .iter()
                    .map(|v| (v.as_str(), Value::Number(2)))
                    .collect();
                let bundle = &BUNDLES[&lang];
                let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut fluent_args = FluentArgs::new();
                for (name, _) in &args {
                    fluent_args.set(*name, FluentValue::from(2));
                }
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if !errors.is_empty() {
                    problems.push(format!("{}: {id}: {errors:?}", lang.code()));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The ids the code asks for in `text`: the literal first argument of a lookup.
    fn asked_for(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for call in [
            ".t(",
            ".t1(",
            ".t2(",
            ".t3(",
            ".count(",
            ".with(",
            "Refusal::new(",
            "say(",
            "pair(",
        ] {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start();
                if let Some(literal) = rest.strip_prefix('"')
                    && let Some(end) = literal.find('"')
                {
                    out.push(literal[..end].to_owned());
                }
            }
        }
        // Ids chosen before the call: `"mail-proposal-twin"` alone in a branch.
        for line in text.lines() {
            let t = line.trim().trim_end_matches(',');
            if let Some(id) = t.strip_prefix('"').and_then(|t| t.strip_suffix('"'))
                && ["mail-", "city-", "partner-", "agenda-"]
                    .iter()
                    .any(|p| id.starts_with(p))
                && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            {
                out.push(id.to_owned());
            }
        }
        out
    }

    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, out);
            } else {
                out.push(path);
            }
        }
    }

    /// Every id the code and the templates ask for is in the catalogue, and so is every
    /// id made from a stored value (states, climate zones, themes, agenda lines).
    #[test]
    fn every_message_the_code_asks_for_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        files(&root.join("src"), &mut paths);
        files(&root.join("templates"), &mut paths);
        let english = catalogue(Lang::En);
        let known = |id: &str| english.iter().any(|(i, _)| i == id);
        let mut missing = Vec::new();
        let mut asked = 0;
        // This file's own tests name the patterns, not ids.
        for path in paths.into_iter().filter(|p| !p.ends_with("src/i18n.rs")) {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for id in asked_for(&text) {
                asked += 1;
                if !known(&id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
        assert!(asked > 300, "the scan found only {asked} lookups");
        use crate::domain::state::{Answer, PairState, VisitStatus};
        let mut made: Vec<String> = Vec::new();
        made.extend(["invited", "draft", "submitted", "late"].map(|s| format!("status-{s}")));
        made.extend(Answer::ALL.iter().map(|a| format!("answer-{a}")));
        made.extend(PairState::ALL.iter().map(|a| format!("pair-{a}")));
        made.extend(VisitStatus::ALL.iter().map(|a| format!("visit-{a}")));
        made.extend(
            crate::domain::state::FollowUp::ALL
                .iter()
                .map(|f| format!("follow-up-{f}")),
        );
        made.extend(
            crate::domain::profile::CLIMATE_ZONES
                .iter()
                .map(|(id, _)| format!("climate-{id}")),
        );
        made.extend(
            crate::domain::profile::APPLIES_TO
                .iter()
                .map(|(id, _)| format!("applies-{id}")),
        );
        made.extend(
            crate::domain::itinerary::PHRASES
                .iter()
                .map(|(k, _)| (*k).to_owned()),
        );
        // The taxonomy the first migration seeds.
        made.extend(
            [
                "energy",
                "buildings",
                "mobility",
                "waste",
                "nature",
                "industry",
                "governance",
                "finance",
                "technology",
                "social-innovation",
                "participation",
                "data",
                "learning",
            ]
            .map(|t| format!("theme-{t}")),
        );
        for id in made {
            if !known(&id) {
                missing.push(format!("(made from a value): {id}"));
            }
        }
        assert!(
            missing.is_empty(),
            "not in the catalogue:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn english_refusals_say_what_the_api_says() {
        // The catalogue's English and the domain's words are the same sentences.
        let form = crate::domain::profile::ProfileForm {
            population: "lots".into(),
            delegation_size: "500".into(),
            ..Default::default()
        };
        let catalogue = crate::domain::profile::Catalogue::default();
        let Err(invalid) =
            form.validate(crate::domain::profile::ProfileRole::Twin, &catalogue, true)
        else {
            panic!("accepted");
        };
        let en = Tr::english();
        for e in &invalid.0 {
            let refusal = e.refusal.as_ref().expect("a typed refusal");
            assert_eq!(en.refusal(refusal), e.message);
        }
        let pt = Tr::new(Lang::Pt);
        let said: Vec<String> = invalid
            .0
            .iter()
            .filter_map(|e| e.refusal.as_ref())
            .map(|r| pt.refusal(r))
            .collect();
        assert!(
            said.contains(&"«lots» não é um número inteiro".to_owned()),
            "{said:?}"
        );
    }

    #[test]
    fn english_feedback_refusals_say_what_the_api_says() {
        use crate::domain::feedback::{FeedbackFields, Practice, validate};
        let offered = [Practice {
            id: "nature:governance".to_owned(),
            label: "green spaces".to_owned(),
            description: "green spaces".to_owned(),
        }];
        let wrong = [
            FeedbackFields::default(),
            FeedbackFields {
                usefulness: "9".into(),
                learnt: "x".repeat(crate::domain::limits::FEEDBACK_CHARS + 1),
                practices: vec!["waste:finance".into()],
                recommend: "maybe".into(),
                follow_up: "later".into(),
            },
            FeedbackFields {
                learnt: "bell\u{7}".into(),
                practices: vec!["a".into(), "b".into()],
                ..Default::default()
            },
        ];
        let (en, pt) = (Tr::english(), Tr::new(Lang::Pt));
        let mut seen = 0;
        for fields in &wrong {
            for offered in [&offered[..], &[]] {
                let Err(invalid) = validate(fields, offered) else {
                    panic!("accepted {fields:?}");
                };
                for e in &invalid.0 {
                    let refusal = e.refusal.as_ref().expect("a typed refusal");
                    assert_eq!(en.refusal(refusal), e.message);
                    assert_ne!(pt.refusal(refusal), e.message, "{}", refusal.key);
                    seen += 1;
                }
            }
        }
        assert!(seen >= 15, "{seen}");
    }

    #[test]
    fn numbers_group_their_thousands() {
        assert_eq!(Tr::english().number(2412.4), "2,412");
        assert_eq!(Tr::new(Lang::Pt).number(2412.4), "2\u{a0}412");
        assert_eq!(Tr::english().number(412.0), "412");
    }
}
