//! The profile form's checks, as a city would meet them.

use super::*;

fn catalogue() -> Catalogue {
    Catalogue {
        domains: vec![
            ("energy".into(), "Energy".into()),
            ("mobility".into(), "Mobility".into()),
        ],
        levers: vec![("governance".into(), "Governance".into())],
        hosts: vec![
            ("h-aarhus".into(), "Aarhus".into()),
            ("h-lyon".into(), "Lyon".into()),
        ],
    }
}

fn complete_twin() -> ProfileForm {
    ProfileForm {
        organisation: "Câmara Municipal de Cascais".into(),
        population: "214 000".into(),
        languages: "pt, en".into(),
        delegation_size: "4".into(),
        contacts: vec![ContactFields {
            name: "Ana Silva".into(),
            email: "Ana@Cascais.pt".into(),
            ..Default::default()
        }],
        themes: vec![ThemeFields {
            domain: "mobility".into(),
            lever: "governance".into(),
            priority: "1".into(),
            description: "light mobility".into(),
        }],
        interests: vec!["h-aarhus".into(), String::new()],
        ..Default::default()
    }
}

#[test]
fn a_complete_twin_profile_is_valid_and_normalised() {
    let p = complete_twin()
        .validate(ProfileRole::Twin, &catalogue(), true)
        .unwrap();
    assert_eq!(p.population, Some(214_000));
    assert_eq!(p.languages, ["pt", "en"]);
    assert_eq!(p.contacts[0].email, "ana@cascais.pt");
    assert_eq!(p.contacts[0].language, "en");
    assert_eq!(p.interests, ["h-aarhus"]);
}

#[test]
fn a_draft_may_be_incomplete_but_submitting_names_what_is_missing() {
    let empty = ProfileForm::default();
    assert!(
        empty
            .validate(ProfileRole::Host, &catalogue(), false)
            .is_ok()
    );
    let Invalid(errors) = empty
        .validate(ProfileRole::Host, &catalogue(), true)
        .unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "organisation",
            "population",
            "languages",
            "delegation_size",
            "contacts[0].name",
            "themes[0].domain",
            "capacity"
        ]
    );
}

#[test]
fn every_wrong_field_is_named_as_the_form_names_it() {
    let mut f = complete_twin();
    f.population = "many".into();
    f.contacts.push(ContactFields {
        name: "Rui".into(),
        email: "rui at cascais".into(),
        ..Default::default()
    });
    f.themes[0].priority = "5".into();
    f.interests = vec!["h-lyon".into(), "h-lyon".into(), "h-nowhere".into()];
    f.unavailable = vec![PeriodFields {
        starts_on: "2025-08-31".into(),
        ends_on: "2025-08-01".into(),
        ..Default::default()
    }];
    f.capacity = "2".into();
    let Invalid(errors) = f
        .validate(ProfileRole::Twin, &catalogue(), true)
        .unwrap_err();
    let got: Vec<(String, String)> = errors.into_iter().map(|e| (e.field, e.message)).collect();
    let fields: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        [
            "population",
            "capacity",
            "contacts[1].email",
            "themes[0].priority",
            "interests[1]",
            "interests[2]",
            "unavailable[0].ends_on"
        ],
        "{got:?}"
    );
    assert!(got[0].1.contains("\"many\" is not a whole number"));
    assert!(got[3].1.contains("1 to 3"));
    assert!(got[6].1.contains("before the first day 2025-08-31"));
}

#[test]
fn a_gap_in_the_ranking_says_which_choice_to_fill() {
    let mut f = complete_twin();
    f.interests = vec![String::new(), "h-lyon".into()];
    let Invalid(errors) = f
        .validate(ProfileRole::Twin, &catalogue(), true)
        .unwrap_err();
    assert_eq!(errors[0].field, "interests[0]");
    assert_eq!(
        errors[0].message,
        "Choose the host you most want to learn from"
    );
    f.interests = vec!["h-lyon".into(), String::new(), String::new()];
    assert!(f.validate(ProfileRole::Twin, &catalogue(), true).is_ok());
}

#[test]
fn the_pairs_of_a_form_read_back_as_the_same_form() {
    let f = complete_twin();
    let pairs = f.pairs();
    let back = ProfileForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let read = |f: &ProfileForm| f.validate(ProfileRole::Twin, &catalogue(), true).ok();
    assert!(read(&back).is_some());
    assert_eq!(read(&back), read(&f));
    assert!(pairs.iter().all(|(_, v)| !v.is_empty()));
}

#[test]
fn thousands_separators_are_read_but_decimals_are_refused() {
    for (typed, read) in [
        ("214 124", Some(214_124)),
        ("214.124", Some(214_124)),
        ("1,214,124", Some(1_214_124)),
        ("214124", Some(214_124)),
    ] {
        let f = ProfileForm {
            population: typed.into(),
            ..Default::default()
        };
        assert_eq!(
            f.validate(ProfileRole::Twin, &catalogue(), false)
                .unwrap()
                .population,
            read,
            "{typed}"
        );
    }
    let f = ProfileForm {
        delegation_size: "2.5".into(),
        ..Default::default()
    };
    let Invalid(errors) = f
        .validate(ProfileRole::Twin, &catalogue(), false)
        .unwrap_err();
    assert_eq!(errors[0].message, "\"2.5\" is not a whole number");
}

#[test]
fn form_pairs_round_trip_through_the_profile() {
    let pairs = [
        ("csrf", "x"),
        ("organisation", "Aarhus Kommune"),
        ("contacts[1].email", "b@aarhus.dk"),
        ("contacts[1].name", "B"),
        ("themes[0].domain", "energy"),
        ("themes[0].lever", "governance"),
        ("interests[0]", ""),
        ("unavailable[0].starts_on", "2025-07-01"),
        ("unavailable[0].ends_on", "2025-07-31"),
        ("contacts[99999999999].name", "ignored"),
    ];
    let f = ProfileForm::from_pairs(pairs);
    assert_eq!(f.organisation, "Aarhus Kommune");
    assert_eq!(f.contacts.len(), 2);
    assert_eq!(f.contacts[1].email, "b@aarhus.dk");
    let p = f.validate(ProfileRole::Host, &catalogue(), false).unwrap();
    assert_eq!(p.contacts.len(), 1);
    assert_eq!(ProfileForm::from(&p).unavailable[0].ends_on, "2025-07-31");
}
