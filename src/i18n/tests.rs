//! The catalogue's own tests: dates and plurals per language, every message in every
//! language, and every id the code and the templates ask for present.

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
            ast::InlineExpression::Placeable { expression } => vars_of_expression(expression, out),
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
    // The catalogue's own files name the patterns, not ids.
    for path in paths
        .into_iter()
        .filter(|p| !p.starts_with(root.join("src/i18n")))
    {
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
    let Err(invalid) = form.validate(crate::domain::profile::ProfileRole::Twin, &catalogue, true)
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
