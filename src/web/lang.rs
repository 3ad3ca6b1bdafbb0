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
