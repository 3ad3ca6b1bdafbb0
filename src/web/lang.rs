//! The language of a city's pages: the one the city chose with the switcher (`?lang=pt`,
//! remembered in a cookie), else its profile's, else its browser's (`Accept-Language`),
//! else English. Every city page shows the switcher; the console stays English.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};

use crate::i18n::{LANGS, Lang, Tr};

/// The cookie that remembers a switch: the language's code, nothing else.
pub const LANG_COOKIE: &str = "lang";

/// One of the eight codes exactly (`pt`), or nothing: a value that is not one is ignored.
fn exact(code: &str) -> Option<Lang> {
    if code.len() > 8 {
        return None;
    }
    let code = code.trim().to_ascii_lowercase();
    LANGS.into_iter().find(|l| l.code() == code)
}

/// The language chosen for a page, and whether the switch is to be remembered.
#[derive(Debug, Clone, Copy)]
pub struct Chosen {
    /// The words of the page.
    pub tr: Tr,
    /// A switch made with this request (`?lang=`), to remember.
    switched: Option<Lang>,
}

impl Chosen {
    /// The language of a city page for `request`; `profile` is the language of the
    /// city's profile, when it has one.
    pub fn for_request(request: &HttpRequest, profile: Option<&str>) -> Chosen {
        let switched = form_urlencoded::parse(request.query_string().as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| exact(&v));
        let remembered = request.cookie(LANG_COOKIE).and_then(|c| exact(c.value()));
        let browser = || {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        };
        let lang = switched
            .or(remembered)
            .or_else(|| profile.and_then(exact))
            .or_else(browser)
            .unwrap_or(Lang::En);
        Chosen {
            tr: Tr::new(lang),
            switched,
        }
    }

    /// The response with its language said (`Content-Language`) and a switch
    /// remembered (a cookie of the code alone: SameSite=Lax, a year).
    pub fn apply(&self, mut response: HttpResponse) -> HttpResponse {
        if let Some(lang) = self.switched {
            let cookie = Cookie::build(LANG_COOKIE, lang.code())
                .path("/")
                .same_site(SameSite::Lax)
                .http_only(true)
                .max_age(Duration::days(365))
                .finish();
            let _ = response.add_cookie(&cookie);
        }
        response.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(self.tr.code()),
        );
        response.headers_mut().insert(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Cookie"),
        );
        response
    }

    /// The switcher of a page: links to the same address in each language (`?lang=pt`,
    /// relative, so that a page never repeats its address, nor a link's token, in it).
    pub fn switcher(&self) -> Switcher {
        Switcher {
            label: self.tr.t("lang-switch"),
            links: LANGS
                .into_iter()
                .map(|l| SwitchLink {
                    code: l.code(),
                    name: l.name(),
                    href: format!("?lang={}", l.code()),
                    current: l == self.tr.lang(),
                })
                .collect(),
        }
    }
}

/// The links to the same page in every language.
#[derive(Debug, Clone, Default)]
pub struct Switcher {
    /// Its label ("Language").
    pub label: String,
    /// One per language.
    pub links: Vec<SwitchLink>,
}

/// A language of the switcher.
#[derive(Debug, Clone)]
pub struct SwitchLink {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// The page in it.
    pub href: String,
    /// The page's language now.
    pub current: bool,
}

/// The word of a stored state in the page's language: `word(t, "status", "draft")` is
/// message `status-draft` (every state's message is checked by the tests).
pub fn word(t: &Tr, prefix: &str, value: impl std::fmt::Display) -> String {
    t.t(&format!("{prefix}-{value}"))
}

/// A visit's label in the page's language: "Cascais to Aarhus, trip 1".
pub fn visit_label(t: &Tr, v: &crate::domain::itinerary::VisitView) -> String {
    visit_label_of(
        t,
        &crate::ops::feedback::VisitLabel {
            direction: v.direction,
            guest: v.guest_city.clone(),
            host: v.host_city.clone(),
            position: v.position,
        },
    )
}

/// The same from its parts.
pub fn visit_label_of(t: &Tr, v: &crate::ops::feedback::VisitLabel) -> String {
    t.with(
        "visit-label",
        &[
            ("direction", v.direction.as_str().into()),
            ("guest", v.guest.as_str().into()),
            ("host", v.host.as_str().into()),
            ("position", v.position.to_string().into()),
        ],
    )
}

/// A visit's estimated travel cost in `t`'s words: the amount, its travellers, the mode,
/// the km each way and the rate.
pub fn cost_estimate_line(t: &Tr, c: &crate::ops::costs::VisitCost) -> String {
    let e = &c.estimate;
    let mode = if e.mode == "rail" {
        t.t("mode-rail")
    } else {
        t.t("mode-air")
    };
    t.with(
        "costs-estimate",
        &[
            ("amount", t.eur(e.estimated().cents()).into()),
            ("people", t.count("count-people", e.travellers).into()),
            ("mode", mode.into()),
            ("route", t.number(e.route_km).into()),
            (
                "rate",
                t.eur((e.rate_eur_per_km * 100.0).round() as i64).into(),
            ),
            (
                "per",
                t.eur((e.per_traveller_eur * 100.0).round() as i64).into(),
            ),
        ],
    )
}

/// A visit's reimbursement cap in `t`'s words: for the visit and per traveller.
pub fn cost_cap_line(t: &Tr, c: &crate::ops::costs::VisitCost) -> String {
    let cents = |eur: Option<f64>| (eur.unwrap_or_default() * 100.0).round() as i64;
    t.t2(
        "costs-cap",
        ("cap", t.eur(cents(c.estimate.cap_eur))),
        ("per", t.eur(cents(c.estimate.cap_per_traveller_eur))),
    )
}

/// What was spent on a visit in `t`'s words.
pub fn cost_actual_line(t: &Tr, c: &crate::ops::costs::VisitCost) -> String {
    t.t2(
        "costs-actual",
        ("city", c.guest_city.as_str()),
        ("amount", t.eur(c.actual().unwrap_or_default().cents())),
    )
}

/// A visit's travel: distance, mode, CO₂ per traveller and, when its size is known, the
/// delegation's.
pub fn travel_line(t: &Tr, v: &crate::domain::itinerary::VisitView) -> String {
    let travel = &v.travel;
    let mode = if travel.mode == "rail" {
        t.t("mode-rail")
    } else {
        t.t("mode-air")
    };
    let mut line = t.with(
        "visit-travel-line",
        &[
            ("guest", v.guest_city.as_str().into()),
            ("host", v.host_city.as_str().into()),
            ("km", t.number(travel.distance_km).into()),
            ("mode", mode.into()),
            ("route", t.number(travel.route_km).into()),
            ("co2", t.number(travel.co2_kg_per_traveller).into()),
            ("factor", travel.factor_kg_per_km.to_string().into()),
            ("source", travel.source.as_str().into()),
        ],
    );
    if let (Some(n), Some(all)) = (travel.delegation_size, travel.co2_kg_delegation) {
        line.push(' ');
        line.push_str(&t.t2(
            "visit-travel-delegation",
            ("people", t.count("count-people", n)),
            ("co2", t.number(all)),
        ));
    }
    line
}

/// Why a round paired a Twin with a host, in the reader's language: the sentence
/// `domain::scoring::explain` writes for the managers (in English, the same words), made
/// from the pair's score parts. The challenges covered are named as the Twin wrote them.
pub fn explain(t: &Tr, twin: &str, host: &str, p: &crate::domain::scoring::Parts) -> String {
    let mut reasons = Vec::new();
    if p.needs > 0 && !p.covered.is_empty() {
        // The list sits between dashes only when more follows.
        let close = if p.rank.is_some() || p.earlier_unmatched || p.feedback_mean.is_some() {
            " —"
        } else {
            ""
        };
        let cover = t.with(
            "why-cover",
            &[
                ("twin", twin.into()),
                ("host", host.into()),
                ("covered", p.covered.len().into()),
                ("needs", p.needs.into()),
                ("list", p.covered.join(", ").into()),
            ],
        );
        reasons.push(format!("{cover}{close}"));
    } else if p.fit > 0.0 {
        reasons.push(t.with(
            "why-fit",
            &[
                ("twin", twin.into()),
                ("host", host.into()),
                ("fit", format!("{:.0}", p.fit * 100.0).into()),
            ],
        ));
    }
    if let Some(r) = p.rank {
        reasons.push(t.with(
            "why-rank",
            &[
                ("twin", twin.into()),
                ("host", host.into()),
                ("rank", r.into()),
            ],
        ));
    }
    if let Some(mean) = p.feedback_mean {
        let mean = format!("{mean:.1}").replace('.', &t.t("number-decimal-separator"));
        reasons.push(t.with(
            "why-feedback",
            &[
                ("host", host.into()),
                ("mean", mean.into()),
                ("n", p.feedback_responses.into()),
            ],
        ));
    }
    if p.earlier_unmatched {
        reasons.push(t.t1("why-earlier-unmatched", "twin", twin));
    }
    if reasons.is_empty() {
        reasons.push(t.with(
            "why-room",
            &[
                ("host", host.into()),
                ("km", format!("{:.0}", p.distance_km).into()),
            ],
        ));
    }
    t.with(
        "why-paired",
        &[
            ("twin", twin.into()),
            ("host", host.into()),
            ("reasons", reasons.join(&t.t("why-and")).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::{Parts, explain as in_english};

    fn parts(covered: &[&str], needs: usize, fit: f64, rank: Option<usize>) -> Parts {
        Parts {
            fit,
            interest: 0.0,
            context: 0.0,
            travel: 0.0,
            distance_km: 2471.4,
            rail: false,
            covered: covered.iter().map(|c| (*c).to_owned()).collect(),
            needs,
            rank,
            shared_language: None,
            earlier_unmatched: false,
            feedback: 0.5,
            feedback_mean: None,
            feedback_responses: 0,
        }
    }

    fn rated(mut p: Parts, mean: f64, n: usize) -> Parts {
        p.feedback_mean = Some(mean);
        p.feedback_responses = n;
        p
    }

    fn earlier(mut p: Parts) -> Parts {
        p.earlier_unmatched = true;
        p
    }

    /// In English the page says what the round's report says, word for word, in every
    /// shape the sentence takes.
    #[test]
    fn english_explanations_are_the_reports() {
        let en = Tr::english();
        for p in [
            parts(&["green spaces", "light mobility"], 4, 0.8, Some(1)),
            parts(&["green spaces"], 3, 0.5, None),
            parts(&[], 3, 0.42, Some(3)),
            parts(&[], 3, 0.42, None),
            parts(&[], 0, 0.0, Some(5)),
            parts(&[], 0, 0.0, None),
            earlier(parts(&["green spaces"], 3, 0.5, None)),
            earlier(parts(&["green spaces"], 3, 0.5, Some(2))),
            earlier(parts(&[], 0, 0.0, None)),
            rated(parts(&["green spaces"], 3, 0.5, None), 4.5, 2),
            rated(earlier(parts(&[], 3, 0.42, Some(1))), 3.0, 1),
        ] {
            assert_eq!(
                explain(&en, "Cascais", "Aarhus", &p),
                in_english("Cascais", "Aarhus", &p)
            );
        }
    }

    /// In Portuguese nothing English is left, and the ranks are said as ordinals.
    #[test]
    fn portuguese_explanations_are_portuguese() {
        let pt = Tr::new(Lang::Pt);
        let said = explain(
            &pt,
            "Cascais",
            "Aarhus",
            &parts(&["green spaces"], 3, 0.5, Some(1)),
        );
        assert_eq!(
            said,
            "Cascais foi emparelhada com Aarhus porque os pontos fortes de Aarhus cobrem 1 dos 3 desafios prioritários de Cascais — green spaces — e Cascais pediu Aarhus em primeiro lugar."
        );
    }
}
