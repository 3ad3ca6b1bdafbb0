//! The words of the emails, per language, and dates written the way each language writes
//! them. English is complete; a language is added by one more [`Lang`] in [`LANGS`] (every
//! field must be filled, so nothing falls back half-way). A participant whose language has
//! no translation gets English.
//!
//! Placeholders in braces (`{guest}`) are filled by [`fill`].

use chrono::{Datelike, Locale, NaiveDate};

/// The strings of one language.
#[derive(Debug)]
pub struct Lang {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Its date locale.
    pub locale: Locale,
    /// A long date: "%A %-d %B %Y".
    pub date_long: &'static str,
    /// A date without the weekday.
    pub date_short: &'static str,
    /// Days of one month: `{from}`, `{to}`, `{month}`, `{year}`.
    pub range_in_month: &'static str,
    /// Two dates: `{from}`, `{to}`.
    pub range: &'static str,
    /// `{name}`.
    pub greeting: &'static str,
    /// To someone the service knows no name of.
    pub greeting_anonymous: &'static str,
    /// `{team}`.
    pub closing: &'static str,
    /// `{city}`, `{cohort}`.
    pub footer: &'static str,

    /// `{guest}`, `{host}`, `{dates}`.
    pub subject_planned: &'static str,
    /// `{guest}`, `{host}`, `{dates}`.
    pub subject_moved: &'static str,
    /// `{guest}`, `{host}`, `{dates}`.
    pub subject_cancelled: &'static str,
    /// `{guest}`, `{host}`, `{dates}`: the same dates, a new agenda.
    pub subject_updated: &'static str,
    /// `{guest}`, `{host}`, `{dates}`.
    pub lead_planned: &'static str,
    /// `{old}`, `{new}`.
    pub lead_moved: &'static str,
    /// `{guest}`, `{host}`, `{old}`.
    pub lead_cancelled: &'static str,
    /// `{dates}`.
    pub lead_updated: &'static str,
    /// `{city}`.
    pub you_travel: &'static str,
    /// `{city}`.
    pub you_host: &'static str,
    /// `{position}`, `{twin}`, `{host}`, `{days}` (counted workdays), `{cohort}`.
    pub visit_outward: &'static str,
    /// `{position}`, `{twin}`, `{host}`, `{days}` (counted workdays), `{cohort}`.
    pub visit_return: &'static str,
    /// Heading.
    pub itinerary: &'static str,
    /// `{day}`, `{date}`.
    pub day: &'static str,
    /// No item on a day yet.
    pub to_be_arranged: &'static str,
    /// Heading.
    pub travel: &'static str,
    /// `{km}`, `{mode}`, `{co2}`.
    pub travel_line: &'static str,
    /// `{people}`: the counted people ([`Lang::counted`] with `people`).
    pub delegation: &'static str,
    /// One and many workdays: "1 workday", "3 workdays".
    pub workdays: [&'static str; 2],
    /// One and many people: "1 person", "4 people".
    pub people: [&'static str; 2],
    /// Rail, by name.
    pub mode_rail: &'static str,
    /// Air, by name.
    pub mode_air: &'static str,
    /// Heading.
    pub contacts: &'static str,
    /// `{city}`.
    pub travelling: &'static str,
    /// `{city}`.
    pub hosting: &'static str,
    /// No contact given.
    pub no_contact: &'static str,
    /// About the attachment of a planned or moved visit.
    pub calendar_request: &'static str,
    /// About the attachment of a cancelled visit.
    pub calendar_cancel: &'static str,

    /// `{twin}`, `{host}`.
    pub subject_proposal: &'static str,
    /// `{twin}`, `{host}`, `{cohort}`.
    pub proposal_twin: &'static str,
    /// `{twin}`, `{host}`, `{cohort}`.
    pub proposal_host: &'static str,
    /// What to do next.
    pub proposal_next: &'static str,

    /// `{cohort}`, `{programme}`.
    pub subject_invitation: &'static str,
    /// `{city}`, `{cohort}`, `{programme}`, `{role}`.
    pub invitation_lead: &'static str,
    /// Role words.
    pub role_twin: &'static str,
    /// Role words.
    pub role_host: &'static str,
    /// `{date}`.
    pub invitation_link: &'static str,
    /// A resent link.
    pub invitation_new_link: &'static str,
    /// Keep it safe.
    pub invitation_keep: &'static str,

    /// `{city}`, `{cohort}`.
    pub subject_receipt: &'static str,
    /// `{city}`, `{cohort}`, `{version}`, `{date}`.
    pub receipt_lead: &'static str,
    /// `{reference}`.
    pub receipt_reference: &'static str,
    /// `{date}`: the call closes.
    pub receipt_next: &'static str,
    /// `{date}`: the call closes.
    pub receipt_change: &'static str,
}

/// English.
pub const EN: Lang = Lang {
    code: "en",
    locale: Locale::en_GB,
    date_long: "%A %-d %B %Y",
    date_short: "%-d %B %Y",
    range_in_month: "{from}–{to} {month} {year}",
    range: "{from} – {to}",
    greeting: "Dear {name},",
    greeting_anonymous: "Dear colleagues,",
    closing: "Kind regards,\n{team}",
    footer: "You receive this email as a contact of {city} in {cohort}.",
    subject_planned: "Technical visit: {guest} to {host}, {dates}",
    subject_moved: "Moved: technical visit {guest} to {host}, now {dates}",
    subject_cancelled: "Cancelled: technical visit {guest} to {host}, {dates}",
    subject_updated: "New agenda: technical visit {guest} to {host}, {dates}",
    lead_planned: "A technical visit is planned: {guest} visits {host}, {dates}.",
    lead_moved: "This visit has moved: it was {old}, it is now {new}.",
    lead_cancelled: "This visit is cancelled: {guest} will not visit {host} on {old}.",
    lead_updated: "The agenda of this visit has changed; its dates stay {dates}. The new agenda is below.",
    you_travel: "You travel with the delegation of {city}.",
    you_host: "You are in the team of {city} that receives the delegation.",
    visit_outward: "Trip {position} of the pair {twin} – {host}: {days}, {cohort}.",
    visit_return: "Visit back {position} of the pair {twin} – {host}: {days}, {cohort}.",
    itinerary: "Itinerary",
    day: "Day {day}, {date}",
    to_be_arranged: "To be arranged by the hosts.",
    travel: "Travel",
    travel_line: "About {km} km; suggested: {mode}; about {co2} kg CO2e per traveller for the round trip.",
    delegation: "Delegation: {people}.",
    workdays: ["workday", "workdays"],
    people: ["person", "people"],
    mode_rail: "train",
    mode_air: "plane",
    contacts: "Contacts",
    travelling: "{city}, travelling",
    hosting: "{city}, hosting",
    no_contact: "no contact given yet",
    calendar_request: "The attached calendar file (visit.ics) puts the visit in your calendar; when the visit changes, the update replaces the same entry.",
    calendar_cancel: "The attached calendar file (visit.ics) removes the visit from your calendar.",
    subject_proposal: "Proposed pair: {twin} with {host}",
    proposal_twin: "{twin} is proposed to learn from {host} in {cohort}.",
    proposal_host: "{host} is proposed to host {twin} in {cohort}.",
    proposal_next: "Open your city's page (the invitation link you received) to accept or decline the pair. Once both sides accept, the programme plans the technical visits and you receive the itinerary.",
    subject_invitation: "Invitation: {cohort} of the {programme}",
    invitation_lead: "{city} is invited to take part in {cohort} of the {programme} as {role}.",
    role_twin: "a Twin City",
    role_host: "a host",
    invitation_link: "Tell us about your city (challenges, practices, when you can travel and host) on your city's page. The link works until {date}:",
    invitation_new_link: "This is a new link: the earlier one no longer works.",
    invitation_keep: "Keep the link within your team: it opens your city's page without a password.",
    subject_receipt: "Profile received: {city}, {cohort}",
    receipt_lead: "The profile of {city} for {cohort} is submitted (version {version}, {date}).",
    receipt_reference: "Reference: {reference}",
    receipt_next: "What happens next: after the call closes on {date}, the programme team pairs Twin Cities with hosts. When a pair is proposed to your city, you receive an email and answer it on your city's page.",
    receipt_change: "You can change the profile with the same link until {date}; each change is a new version, and you receive a new receipt.",
};

/// Portuguese (Portugal).
pub const PT: Lang = Lang {
    code: "pt",
    locale: Locale::pt_PT,
    date_long: "%A, %-d de %B de %Y",
    date_short: "%-d de %B de %Y",
    range_in_month: "{from} a {to} de {month} de {year}",
    range: "{from} a {to}",
    greeting: "Caro(a) {name},",
    greeting_anonymous: "Caros colegas,",
    closing: "Com os melhores cumprimentos,\n{team}",
    footer: "Recebe este email como contacto de {city} na {cohort}.",
    subject_planned: "Visita técnica: {guest} a {host}, {dates}",
    subject_moved: "Alterada: visita técnica {guest} a {host}, agora {dates}",
    subject_cancelled: "Cancelada: visita técnica {guest} a {host}, {dates}",
    subject_updated: "Novo programa: visita técnica {guest} a {host}, {dates}",
    lead_planned: "Está prevista uma visita técnica: {guest} visita {host}, {dates}.",
    lead_moved: "Esta visita mudou de datas: era {old}, passa a ser {new}.",
    lead_cancelled: "Esta visita foi cancelada: {guest} não visitará {host} em {old}.",
    lead_updated: "O programa desta visita mudou; as datas mantêm-se: {dates}. O novo programa está abaixo.",
    you_travel: "Viaja com a delegação de {city}.",
    you_host: "Faz parte da equipa de {city} que recebe a delegação.",
    visit_outward: "Viagem {position} do par {twin} – {host}: {days}, {cohort}.",
    visit_return: "Visita de retorno {position} do par {twin} – {host}: {days}, {cohort}.",
    itinerary: "Programa",
    day: "Dia {day}, {date}",
    to_be_arranged: "A definir pelos anfitriões.",
    travel: "Viagem",
    travel_line: "Cerca de {km} km; sugerido: {mode}; cerca de {co2} kg CO2e por viajante, ida e volta.",
    delegation: "Delegação: {people}.",
    workdays: ["dia útil", "dias úteis"],
    people: ["pessoa", "pessoas"],
    mode_rail: "comboio",
    mode_air: "avião",
    contacts: "Contactos",
    travelling: "{city}, em viagem",
    hosting: "{city}, anfitriã",
    no_contact: "ainda sem contacto",
    calendar_request: "O ficheiro de calendário em anexo (visit.ics) coloca a visita no seu calendário; quando a visita muda, a atualização substitui a mesma entrada.",
    calendar_cancel: "O ficheiro de calendário em anexo (visit.ics) retira a visita do seu calendário.",
    subject_proposal: "Par proposto: {twin} com {host}",
    proposal_twin: "Propõe-se que {twin} aprenda com {host} na {cohort}.",
    proposal_host: "Propõe-se que {host} receba {twin} na {cohort}.",
    proposal_next: "Abra a página da sua cidade (a ligação do convite que recebeu) para aceitar ou recusar o par. Quando ambas as partes aceitarem, o programa planeia as visitas técnicas e receberá o programa da visita.",
    subject_invitation: "Convite: {cohort} do {programme}",
    invitation_lead: "{city} é convidada a participar na {cohort} do {programme} como {role}.",
    role_twin: "cidade gémea (Twin City)",
    role_host: "anfitriã",
    invitation_link: "Apresente a sua cidade (desafios, práticas, quando pode viajar e receber) na página da sua cidade. A ligação é válida até {date}:",
    invitation_new_link: "Esta é uma nova ligação: a anterior deixou de funcionar.",
    invitation_keep: "Mantenha a ligação dentro da sua equipa: abre a página da sua cidade sem palavra-passe.",
    subject_receipt: "Perfil recebido: {city}, {cohort}",
    receipt_lead: "O perfil de {city} para a {cohort} foi submetido (versão {version}, {date}).",
    receipt_reference: "Referência: {reference}",
    receipt_next: "Próximos passos: depois do fecho da candidatura, a {date}, a equipa do programa forma os pares entre cidades gémeas e anfitriãs. Quando for proposto um par à sua cidade, recebe um email e responde na página da sua cidade.",
    receipt_change: "Pode alterar o perfil com a mesma ligação até {date}; cada alteração é uma nova versão e recebe um novo recibo.",
};

/// The languages with a translation.
pub const LANGS: [&Lang; 2] = [&EN, &PT];

/// The strings for a language code, English where there is no translation.
pub fn of(code: &str) -> &'static Lang {
    let code = code.trim().to_ascii_lowercase();
    LANGS
        .into_iter()
        .find(|l| l.code == code.get(..2).unwrap_or(""))
        .unwrap_or(&EN)
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

/// Fills `{key}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

impl Lang {
    /// "Dear Ana," or "Dear colleagues,".
    pub fn greet(&self, name: &str) -> String {
        match name.trim() {
            "" => self.greeting_anonymous.to_owned(),
            name => fill(self.greeting, &[("name", name)]),
        }
    }

    /// "Wednesday 14 May 2025".
    pub fn date(&self, d: NaiveDate) -> String {
        d.format_localized(self.date_long, self.locale).to_string()
    }

    /// "14 May 2025".
    pub fn short_date(&self, d: NaiveDate) -> String {
        d.format_localized(self.date_short, self.locale).to_string()
    }

    /// `n` and its noun, one or many: `counted(1, self.workdays)` is "1 workday".
    pub fn counted(&self, n: i64, forms: [&str; 2]) -> String {
        format!("{n} {}", if n == 1 { forms[0] } else { forms[1] })
    }

    /// "14–16 May 2025", or "30 May 2025 – 2 June 2025".
    pub fn range(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            self.short_date(from)
        } else if (from.year(), from.month()) == (to.year(), to.month()) {
            fill(
                self.range_in_month,
                &[
                    ("from", &from.day().to_string()),
                    ("to", &to.day().to_string()),
                    (
                        "month",
                        &from.format_localized("%B", self.locale).to_string(),
                    ),
                    ("year", &from.year().to_string()),
                ],
            )
        } else {
            fill(
                self.range,
                &[
                    ("from", &self.short_date(from)),
                    ("to", &self.short_date(to)),
                ],
            )
        }
    }

    /// A number the way the language writes it: "2,400" or "2 400".
    pub fn number(&self, n: f64) -> String {
        let digits = format!("{:.0}", n.abs());
        let sep = if self.code == "en" { ',' } else { ' ' };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        if n < -0.5 { format!("-{out}") } else { out }
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
        assert_eq!(EN.date(d("2025-05-14")), "Wednesday 14 May 2025");
        assert_eq!(PT.date(d("2025-05-14")), "quarta, 14 de maio de 2025");
        assert_eq!(EN.range(d("2025-05-14"), d("2025-05-16")), "14–16 May 2025");
        assert_eq!(
            PT.range(d("2025-05-14"), d("2025-05-16")),
            "14 a 16 de maio de 2025"
        );
        assert_eq!(
            EN.range(d("2025-05-30"), d("2025-06-02")),
            "30 May 2025 – 2 June 2025"
        );
    }

    #[test]
    fn a_language_without_translation_reads_english() {
        assert_eq!(of("pt").code, "pt");
        assert_eq!(of("PT-br").code, "pt");
        assert_eq!(of("da").code, "en");
        assert_eq!(of("").code, "en");
    }

    #[test]
    fn every_language_says_every_part_of_a_receipt() {
        for l in LANGS {
            for (text, placeholders) in [
                (l.subject_receipt, &["{city}", "{cohort}"][..]),
                (
                    l.receipt_lead,
                    &["{city}", "{cohort}", "{version}", "{date}"][..],
                ),
                (l.receipt_reference, &["{reference}"][..]),
                (l.receipt_next, &["{date}"][..]),
                (l.receipt_change, &["{date}"][..]),
            ] {
                assert!(
                    !text.trim().is_empty(),
                    "{}: an empty receipt string",
                    l.code
                );
                for p in placeholders {
                    assert!(text.contains(p), "{}: \"{text}\" lacks {p}", l.code);
                }
            }
        }
    }

    #[test]
    fn numbers_group_their_thousands() {
        assert_eq!(EN.number(2412.4), "2,412");
        assert_eq!(PT.number(2412.4), "2 412");
        assert_eq!(EN.number(412.0), "412");
    }
}
