//! A city reads its pages and its emails in its language (issue 24): Portuguese from the
//! invitation to the receipt, the browser's language chosen by its q-values, a switch
//! that overrides it and is remembered, English for a language without a translation,
//! Polish counted the Polish way, and an itinerary in Spanish without an English line.

use crate::common;

use std::time::Duration;

use common::fixtures::{self, demo, edit_profile};
use common::smtp::{Behaviour, SmtpSink, smtp_settings};
use common::web::{Page, Session};
use common::{Backend, spawn_app_tuned, spawn_app_with};
use serde_json::{Value, json};
use twinning::domain::profile::ProfileRole;

/// The hidden fields of a page, unescaped (the answers a check page carries).
fn hidden_fields(body: &str) -> Vec<(String, String)> {
    body.split("<input type=\"hidden\" name=\"")
        .skip(1)
        .filter_map(|rest| {
            let (name, rest) = rest.split_once('"')?;
            let value = rest.split_once("value=\"")?.1.split_once('"')?.0;
            let value = value
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&#60;", "<")
                .replace("&#62;", ">")
                .replace("&#38;", "&");
            Some((name.to_owned(), value))
        })
        .collect()
}

fn lang_of(page: &Page) -> &str {
    page.body
        .split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("")
}

on_both_backends!(
    a_portuguese_city_goes_through_its_form_in_portuguese_end_to_end,
    |backend| async move {
        let sink = SmtpSink::start(Behaviour::default());
        let app = spawn_app_tuned(backend, true, |s| smtp_settings(s, sink.port)).await;
        let cohort = fixtures::cohort(&app, true).await;
        let tomar = {
            let mut conn = app.pool.get().unwrap();
            twinning::db::models::city::find_by_name(&mut conn, "Cascais", "PT")
                .unwrap()
                .unwrap()
        };
        let invited: Value = app
            .post_json(
                &format!("/api/cohorts/{cohort}/invitations"),
                &json!({"invitations": [
                    {"city_id": tomar, "role": "twin", "email": "clima@cascais.example.org"},
                ]}),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(invited.as_array().unwrap().len(), 1, "{invited}");

        // The invitation, in Portuguese.
        let received = sink.wait_for(1, Duration::from_secs(30)).await;
        let invitation = &received[0];
        let subject = invitation["subject"].as_str().unwrap();
        assert!(subject.starts_with("Convite:"), "{subject}");
        let text = invitation["text"].as_str().unwrap();
        assert!(text.contains("Caros colegas,"), "{text}");
        assert!(text.contains("Apresente a sua cidade"), "{text}");
        assert!(!text.contains("Tell us about your city"), "{text}");
        let link = text
            .split_whitespace()
            .find(|w| w.contains("/invitation/"))
            .unwrap_or_else(|| panic!("no link in\n{text}"));
        let path = link[link.find("/invitation/").unwrap()..].to_owned();

        // The link opens the form in Portuguese: the browser asks for it.
        let mut city = Session::new(&app.address);
        city.headers
            .push(("Accept-Language".into(), "pt-PT,pt;q=0.9,en;q=0.5".into()));
        let form_page = city.get(&path).await;
        assert_eq!(form_page.status, 200);
        assert_eq!(lang_of(&form_page), "pt");
        for words in [
            "Organização",
            "População",
            "Línguas de trabalho",
            "Desafios sobre os quais quer aprender",
            "Participante 1: nome",
            "Guardar rascunho",
            "Continuar para verificar as respostas",
        ] {
            assert!(form_page.shows(words), "no «{words}» on the form");
        }
        assert!(!form_page.shows("Working languages"));
        assert!(!form_page.shows("Save draft"));

        // One mistake: the population is not a number. The error is in Portuguese.
        let csrf = form_page.csrf();
        let mut answers = vec![
            ("organisation", "Câmara Municipal de Cascais"),
            ("population", "muitos"),
            ("languages", "pt, en"),
            ("delegation_size", "5"),
            ("contacts[0].name", "Ana Silva"),
            ("contacts[0].email", "ana.silva@cm-cascais.pt"),
            ("contacts[0].language", "pt"),
            ("themes[0].domain", "nature"),
            ("themes[0].lever", "governance"),
        ];
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", "submit")];
        form.extend(answers.iter().copied());
        let refused = city.post(&path, &form).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert!(refused.shows("Há um problema"));
        assert!(refused.shows("População: «muitos» não é um número inteiro"));
        assert!(!refused.shows("is not a whole number"));
        assert!(refused.shows("Erro:"), "the screen reader's prefix too");

        // Fixed: the answers are checked, in Portuguese.
        answers[1] = ("population", "214 124");
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", "submit")];
        form.extend(answers.iter().copied());
        let check = city.post(&path, &form).await;
        assert_eq!(check.status, 200, "{}", check.body);
        assert_eq!(lang_of(&check), "pt");
        assert!(check.shows("Verifique as suas respostas antes de submeter"));
        assert!(check.shows(
            "Uso do solo e soluções baseadas na natureza × Governação e políticas, prioridade 2"
        ));
        assert!(check.shows("Alterar"));
        assert!(!check.shows("Check your answers"));

        // Confirmed: the confirmation page in Portuguese.
        let mut carried = hidden_fields(&check.body);
        carried.retain(|(k, _)| k != "csrf" && k != "action");
        let confirm: Vec<(&str, &str)> = [("csrf", csrf.as_str()), ("action", "confirm")]
            .into_iter()
            .chain(carried.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .collect();
        let done = city.post(&path, &confirm).await;
        assert_eq!(done.status, 303, "{}", done.body);
        let submitted = city.get(done.location.as_deref().unwrap()).await;
        assert_eq!(lang_of(&submitted), "pt");
        assert!(submitted.shows("Perfil submetido"));
        assert!(submitted.shows("A sua referência:"));
        assert!(submitted.shows("Próximos passos"));
        assert!(submitted.shows("Enviámos um recibo para ana.silva@cm-cascais.pt."));
        assert!(!submitted.shows("What happens next"));

        // And the receipt, in Portuguese too.
        let received = sink.wait_for(2, Duration::from_secs(30)).await;
        let receipt = received
            .iter()
            .find(|m| m["envelope_to"][0] == "ana.silva@cm-cascais.pt")
            .expect("a receipt to the participant");
        let subject = receipt["subject"].as_str().unwrap();
        assert!(subject.starts_with("Perfil recebido: Cascais"), "{subject}");
        let text = receipt["text"].as_str().unwrap();
        assert!(text.contains("Caro(a) Ana Silva,"), "{text}");
        assert!(text.contains("Referência:"), "{text}");
        assert!(text.contains("Próximos passos"), "{text}");
    }
);

#[actix_web::test]
async fn the_browser_chooses_the_switch_overrides_and_an_unknown_language_reads_english() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::cohort(&app, true).await;
    let aarhus = fixtures::invite(&app, &cohort, "dk-aarhus", "host").await;
    let path = format!("/invitation/{}", aarhus.token);
    let swiss = [("Accept-Language", "de-CH,de;q=0.9,en;q=0.5")];

    // German by the browser's first choice with a translation.
    let mut city = Session::new(&app.address);
    let page = city.get_with(&path, &swiss).await;
    assert_eq!(page.status, 200);
    assert_eq!(lang_of(&page), "de");
    assert_eq!(page.headers["content-language"], "de");
    assert!(page.shows("Einwohnerzahl"));
    assert!(page.shows("Entwurf speichern"));
    assert!(page.shows("Aarhus: Ihr Profil als Gastgeberstadt"));
    // The q-values count, not the order.
    let page = Session::new(&app.address)
        .get_with(&path, &[("Accept-Language", "en;q=0.3, fr;q=0.8, da")])
        .await;
    assert_eq!(lang_of(&page), "fr");

    // Every language is offered on the page, without script.
    for (code, name) in [("pt", "Português"), ("pl", "Polski"), ("nl", "Nederlands")] {
        assert!(
            page.body.contains(&format!(
                "<a href=\"?lang={code}\" lang=\"{code}\" hreflang=\"{code}\">{name}</a>"
            )),
            "no switch to {code}"
        );
    }

    // The switch overrides the browser and is remembered in a cookie of the code alone.
    let switched = city.get_with(&format!("{path}?lang=pl"), &swiss).await;
    assert_eq!(lang_of(&switched), "pl");
    assert!(switched.shows("Liczba mieszkańców"));
    let cookie = city
        .set_cookies
        .iter()
        .find(|c| c.starts_with("lang="))
        .expect("the switch is remembered");
    assert!(cookie.starts_with("lang=pl;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    let again = city.get_with(&path, &swiss).await;
    assert_eq!(lang_of(&again), "pl", "remembered without ?lang=");

    // A language without a translation, or a value that is none, reads English; nothing
    // of it is shown or kept.
    let mut other = Session::new(&app.address);
    let danish = [("Accept-Language", "da, sv;q=0.8")];
    let page = other.get_with(&path, &danish).await;
    assert_eq!(lang_of(&page), "en");
    assert!(page.shows("Working languages"));
    let hostile = format!("{path}?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    let page = other.get_with(&hostile, &danish).await;
    assert_eq!(page.status, 200);
    assert_eq!(lang_of(&page), "en");
    assert!(!page.body.contains("<script>alert"));
    let long = format!("{path}?lang={}", "p".repeat(5000));
    let page = other.get_with(&long, &danish).await;
    assert_eq!(lang_of(&page), "en");
    assert!(
        !other.set_cookies.iter().any(|c| c.starts_with("lang=")),
        "{:?}",
        other.set_cookies
    );

    // A wrong link's page is in the reader's language too.
    let missing = Session::new(&app.address)
        .get_with("/invitation/no-such-link", &swiss)
        .await;
    assert_eq!(missing.status, 404);
    assert!(missing.shows("Diese Seite gibt es nicht"));
}

/// The first visit page of a city's page.
async fn first_visit(city: &mut Session, token: &str) -> String {
    let page = city.get(&format!("/invitation/{token}")).await;
    page.body
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|h| h.contains("/visits/"))
        .unwrap_or_else(|| panic!("no visit on\n{}", page.body))
        .to_owned()
}

#[actix_web::test]
async fn polish_counts_people_as_polish_does() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let mut city = Session::new(&app.address);
    city.get(&format!("/invitation/{token}?lang=pl")).await;
    let visit = first_visit(&mut city, &token).await;
    for (size, said) in [
        (2, "Delegacja: 2 osoby"),
        (5, "Delegacja: 5 osób"),
        (1, "Delegacja: 1 osoba"),
    ] {
        for (who, role) in [
            (("Cascais", "PT"), ProfileRole::Twin),
            (("Aarhus", "DK"), ProfileRole::Host),
        ] {
            edit_profile(&app, &cohort, who, role, |p| p.delegation_size = Some(size));
        }
        let page = city.get(&visit).await;
        assert_eq!(lang_of(&page), "pl");
        assert!(page.shows(said), "no «{said}» on\n{}", page.body);
        assert!(page.shows("Wizyta studyjna pary Cascais"));
        assert!(page.shows("3 dni w"), "three days, Polish: {}", page.body);
    }
}

#[actix_web::test]
async fn an_itinerary_in_spanish_has_no_english_line_the_service_wrote() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let listed: Value = app
        .get(&format!(
            "/api/emails?cohort={cohort}&kind=schedule&limit=500"
        ))
        .await
        .json()
        .await
        .unwrap();
    let spanish: Vec<&Value> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["language"] == "es")
        .collect();
    assert!(spanish.len() >= 2, "the demo's Spanish twins: {listed}");
    let mut outward_seen = false;
    for item in spanish {
        let full: Value = app
            .get(&format!("/api/emails/{}", item["id"].as_str().unwrap()))
            .await
            .json()
            .await
            .unwrap();
        let text = full["text"].as_str().unwrap();
        assert!(
            full["subject"]
                .as_str()
                .unwrap()
                .starts_with("Visita técnica:"),
            "{}",
            full["subject"]
        );
        for english in [
            "Welcome",
            "Site visit",
            "flagship",
            "Wrap-up",
            "Working session",
            "Peer review",
            "brings its experience",
            "To be arranged",
            "Itinerary",
            "Travel",
            "Day 1",
            "workdays",
            "Kind regards",
        ] {
            assert!(!text.contains(english), "«{english}» in\n{text}");
        }
        assert!(text.contains("Programa\n"), "{text}");
        assert!(text.contains("Día 1, "), "{text}");
        assert!(text.contains("3 días laborables"), "{text}");
        assert!(text.contains("Atentamente,"), "{text}");
        // Its calendar file too (unfolded: a long line is folded at 75 octets).
        let calendar = full["calendar"]
            .as_str()
            .unwrap()
            .replace("\r\n ", "")
            .replace("\n ", "");
        assert!(calendar.contains("SUMMARY:Visita técnica: "), "{calendar}");
        for english in [
            "Technical visit",
            "Site visit",
            "Welcome",
            "Day 1",
            "Travel:",
        ] {
            assert!(!calendar.contains(english), "«{english}» in\n{calendar}");
        }
        assert!(calendar.contains("Día 1 ("), "{calendar}");
        if text.contains("Bienvenida y presentaciones") {
            outward_seen = true;
            assert!(text.contains("Visita sobre el terreno: "), "{text}");
            assert!(
                text.contains("Cierre: lecciones y próximos pasos"),
                "{text}"
            );
        } else {
            assert!(text.contains("Bienvenida a cargo de "), "{text}");
            assert!(text.contains("Sesión de trabajo: "), "{text}");
        }
    }
    assert!(outward_seen, "an outward trip among the Spanish emails");
}

/// A city's calendar feed speaks its language, as its pages and emails do: Cascais's
/// participant reads Portuguese, so its calendar app shows Portuguese events, by its link
/// and through the API alike; `?lang=en` on the address gives English.
#[actix_web::test]
async fn a_city_calendar_feed_is_in_its_language() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let get = |path: String| {
        let request = app.anonymous.get(app.url(&path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let feed = get(format!("/invitation/{token}/calendar.ics")).await;
    assert!(feed.contains("BEGIN:VEVENT"), "{feed}");
    assert!(feed.contains("Viagem:"), "{feed}");
    assert!(!feed.contains("Travel:"), "{feed}");
    let english = get(format!("/invitation/{token}/calendar.ics?lang=en")).await;
    assert!(english.contains("Travel:"), "{english}");
    let api = fixtures::as_city(
        &app,
        reqwest::Method::GET,
        "/api/city/calendar.ics",
        &token,
        None,
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(api.contains("Viagem:"), "{api}");
}

#[actix_web::test]
async fn a_city_is_told_its_cohort_is_archived_in_its_language() {
    let app = spawn_app_with(Backend::Sqlite, true).await;
    let cohort = demo(&app);
    let token = fixtures::city_token(&app, &cohort, "pt-cascais", "twin").await;
    let archived = app
        .post_json(&format!("/api/cohorts/{cohort}/archive"), &json!({}))
        .await;
    assert_eq!(archived.status().as_u16(), 200);
    let mut city = Session::new(&app.address);
    let path = format!("/invitation/{token}");
    let page = city.get(&path).await;
    assert_eq!(lang_of(&page), "pt");
    let refused = city
        .post(
            &path,
            &[
                ("csrf", &page.csrf()),
                ("action", "submit"),
                ("organisation", "Câmara Municipal de Cascais"),
            ],
        )
        .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(
        refused.shows("a coorte está arquivada (desde"),
        "{}",
        refused.body
    );
    // The console's address to unarchive is for managers, not for the city.
    assert!(!refused.shows("/unarchive"), "{}", refused.body);
    // The API keeps the managers' English: tests/archive.rs.
}
