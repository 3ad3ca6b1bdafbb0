//! The languages with a complete translation, how a browser's or a country's language
//! maps to one, and the catalogue's files of each, embedded in the binary.

use chrono::Locale;

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
        include_str!("../../locales/en/pages.ftl"),
    ),
    (
        Lang::En,
        "emails.ftl",
        include_str!("../../locales/en/emails.ftl"),
    ),
    (
        Lang::Pt,
        "pages.ftl",
        include_str!("../../locales/pt/pages.ftl"),
    ),
    (
        Lang::Pt,
        "emails.ftl",
        include_str!("../../locales/pt/emails.ftl"),
    ),
    (
        Lang::Es,
        "pages.ftl",
        include_str!("../../locales/es/pages.ftl"),
    ),
    (
        Lang::Es,
        "emails.ftl",
        include_str!("../../locales/es/emails.ftl"),
    ),
    (
        Lang::Fr,
        "pages.ftl",
        include_str!("../../locales/fr/pages.ftl"),
    ),
    (
        Lang::Fr,
        "emails.ftl",
        include_str!("../../locales/fr/emails.ftl"),
    ),
    (
        Lang::De,
        "pages.ftl",
        include_str!("../../locales/de/pages.ftl"),
    ),
    (
        Lang::De,
        "emails.ftl",
        include_str!("../../locales/de/emails.ftl"),
    ),
    (
        Lang::It,
        "pages.ftl",
        include_str!("../../locales/it/pages.ftl"),
    ),
    (
        Lang::It,
        "emails.ftl",
        include_str!("../../locales/it/emails.ftl"),
    ),
    (
        Lang::Pl,
        "pages.ftl",
        include_str!("../../locales/pl/pages.ftl"),
    ),
    (
        Lang::Pl,
        "emails.ftl",
        include_str!("../../locales/pl/emails.ftl"),
    ),
    (
        Lang::Nl,
        "pages.ftl",
        include_str!("../../locales/nl/pages.ftl"),
    ),
    (
        Lang::Nl,
        "emails.ftl",
        include_str!("../../locales/nl/emails.ftl"),
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
