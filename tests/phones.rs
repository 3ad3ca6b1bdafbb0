//! The pages on a phone (390 x 844, headless Chromium) and the visits calendar on a
//! desktop: what a person holding either would notice first, a page wider than the screen
//! or a calendar whose bars and month names cannot be read.

use crate::browser::{base, browser, click, ensure, find, phone, run, start_driver, type_into};
use crate::common::{self, Backend, MANAGER_EMAIL, MANAGER_PASSWORD, TestApp, fixtures};
use fantoccini::{Client, Locator};
use serde_json::{Value, json};

/// A phone's screen, CSS pixels.
pub(crate) const PHONE: (u32, u32) = (390, 844);

/// The demo cohort, with one visit moved so that the preview has emails to show; the ids
/// the pages need.
pub(crate) struct Demo {
    pub(crate) cohort: String,
    pub(crate) round: String,
    pub(crate) visit: String,
    pub(crate) email: String,
    pub(crate) token: String,
}

async fn get(app: &TestApp, path: &str) -> Value {
    app.get(path).await.json().await.unwrap()
}

pub(crate) async fn demo(app: &TestApp) -> Demo {
    let cohort = fixtures::demo(app);
    let visits = get(app, &format!("/api/cohorts/{cohort}/visits")).await;
    let visit = visits["visits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| {
            v["label"]
                .as_str()
                .unwrap()
                .starts_with("Cascais to Aarhus")
        })
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let moved = app
        .patch_json(
            &format!("/api/visits/{visit}"),
            &json!({"starts_on": "2025-06-02"}),
        )
        .await;
    assert_eq!(moved.status().as_u16(), 200);
    let rounds = get(app, &format!("/api/cohorts/{cohort}/rounds")).await;
    let emails = get(app, &format!("/api/emails?cohort={cohort}&limit=1")).await;
    let invitations = get(app, &format!("/api/cohorts/{cohort}/invitations")).await;
    let cascais = invitations
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["city_id"] == "pt-cascais")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let link = app
        .post_json(&format!("/api/invitations/{cascais}/resend"), &json!({}))
        .await
        .json::<Value>()
        .await
        .unwrap();
    Demo {
        round: rounds[0]["id"].as_str().unwrap().to_owned(),
        email: emails["items"][0]["id"].as_str().unwrap().to_owned(),
        token: link["link"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned(),
        cohort,
        visit,
    }
}

/// How wide the page is against its window, and the elements that stick out (the
/// outermost few, to name them in a failure).
const MEASURE: &str = r#"
const root = document.documentElement;
const limit = root.clientWidth + 0.5;
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
  + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
const clipped = e => {
  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') return true;
  }
  return false;
};
const out = [];
for (const e of document.body.querySelectorAll('*')) {
  if (out.length >= 4) break;
  const parent = e.parentElement;
  const right = e.getBoundingClientRect().right;
  if (clipped(e) || parent.getBoundingClientRect().right > limit) continue;
  if (right > limit) out.push(name(e));
  else if (right + e.scrollWidth - e.clientWidth > limit && getComputedStyle(e).overflowX === 'visible') out.push(name(e) + "'s content");
}
return {scroll: root.scrollWidth, client: root.clientWidth, out: out};
"#;

/// Opens `path` and says how it sticks out, if it does.
async fn too_wide(client: &Client, home: &str, path: &str) -> Result<Option<String>, String> {
    client
        .goto(&format!("{home}{path}"))
        .await
        .map_err(|e| e.to_string())?;
    find(client, Locator::Css("main"))
        .await
        .map_err(|e| format!("{path}: {e}"))?;
    let m = client
        .execute(MEASURE, vec![])
        .await
        .map_err(|e| e.to_string())?;
    ensure(
        m["client"] == PHONE.0,
        format!("the screen is {} px wide, not {}", PHONE.0, m["client"]),
    )?;
    let (scroll, width) = (m["scroll"].as_i64().unwrap(), m["client"].as_i64().unwrap());
    Ok((scroll > width).then(|| format!("{path} is {scroll} px wide ({}) ", m["out"])))
}

#[actix_web::test]
async fn every_page_fits_a_phone_without_scrolling_sideways() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let d = demo(&app).await;
    let (c, token) = (&d.cohort, &d.token);
    let programme = get(&app, &format!("/api/cohorts/{c}")).await["programme_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let driver = start_driver();
    let client = phone(&driver, PHONE).await;
    let home = base(&app);
    let steps = async {
        let mut wide = Vec::new();
        for path in ["/".to_owned(), "/login".to_owned()] {
            wide.extend(too_wide(&client, &home, &path).await?);
        }
        type_into(&client, "email", MANAGER_EMAIL).await?;
        type_into(&client, "password", MANAGER_PASSWORD).await?;
        click(&client, "main button[type=submit]").await?;
        find(&client, Locator::Css("a[href^='/console/cohorts/']")).await?;
        for path in [
            "/console".to_owned(),
            format!("/console/cohorts/{c}"),
            "/console/cohorts/new".to_owned(),
            format!("/console/cohorts/{c}/edit"),
            format!("/console/rounds/{}", d.round),
            format!("/console/cohorts/{c}/visits"),
            format!("/console/cohorts/{c}/visits/city/pt-cascais"),
            format!("/console/visits/{}", d.visit),
            "/console/emails".to_owned(),
            format!("/console/emails/{}", d.email),
            format!("/console/cohorts/{c}/visits/preview"),
            "/console/tokens".to_owned(),
            format!("/invitation/{token}"),
            format!("/invitation/{token}/visits/{}", d.visit),
            format!("/invitation/{token}/plan"),
            format!("/console/cohorts/{c}/plans"),
            format!("/console/cohorts/{c}/plans/pt-cascais"),
            format!("/console/cohorts/{c}/plans/pt-cascais/print"),
            format!("/console/cohorts/{c}/report"),
            format!("/console/programmes/{programme}/report"),
        ] {
            wide.extend(too_wide(&client, &home, &path).await?);
        }
        ensure(
            wide.is_empty(),
            format!("wider than the phone: {}", wide.join("; ")),
        )?;

        // The calendar is a list of visits by date on a phone, not a drawing to pan.
        client
            .goto(&format!("{home}/console/cohorts/{c}/visits"))
            .await
            .map_err(|e| e.to_string())?;
        let shown: Value = client
            .execute(
                "const t = document.getElementById('timeline'); \
                 const items = [...document.querySelectorAll('#visit-list li')]; \
                 return {svg: t ? t.getBoundingClientRect().width : 0, \
                         items: items.filter(li => li.getBoundingClientRect().height > 0) \
                                     .map(li => li.textContent)};",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        ensure(
            shown["svg"] == 0,
            format!("the drawing is hidden on a phone: {shown}"),
        )?;
        let items = shown["items"].as_array().cloned().unwrap_or_default();
        ensure(
            items.len() >= 10
                && items.iter().any(|i| {
                    let i = i.as_str().unwrap_or_default();
                    i.contains("Cascais to Aarhus") && i.contains("2025-06-02")
                }),
            format!("the visits are listed with their dates: {shown}"),
        )?;
        Ok(())
    };
    run("phone_widths", &client, steps).await;
}

/// Where the bars and month labels of the calendar are drawn, in CSS pixels.
const CALENDAR: &str = r#"
const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.width, e.textContent]; };
return {
  bars: [...document.querySelectorAll('#timeline rect.visit')].map(box),
  months: [...document.querySelectorAll('#timeline text.month')].map(box),
  modules: [...document.querySelectorAll('#timeline .module text')].map(e => e.textContent),
};
"#;

#[actix_web::test]
async fn the_calendar_has_bars_wide_enough_to_select_and_month_names_apart() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let cohort = fixtures::demo(&app);
    let driver = start_driver();
    let client = browser(&driver).await;
    let home = base(&app);
    let steps = async {
        client
            .goto(&format!("{home}/login"))
            .await
            .map_err(|e| e.to_string())?;
        type_into(&client, "email", MANAGER_EMAIL).await?;
        type_into(&client, "password", MANAGER_PASSWORD).await?;
        click(&client, "main button[type=submit]").await?;
        find(&client, Locator::Css("a[href^='/console/cohorts/']")).await?;
        client
            .goto(&format!("{home}/console/cohorts/{cohort}/visits"))
            .await
            .map_err(|e| e.to_string())?;
        find(&client, Locator::Id("timeline")).await?;
        let drawn = client
            .execute(CALENDAR, vec![])
            .await
            .map_err(|e| e.to_string())?;
        let bars = drawn["bars"].as_array().unwrap();
        ensure(bars.len() >= 10, format!("the visits are drawn: {drawn}"))?;
        let thinnest = bars
            .iter()
            .map(|b| b[2].as_f64().unwrap())
            .fold(f64::MAX, f64::min);
        ensure(
            thinnest >= 8.0,
            format!("the thinnest bar is {thinnest:.1} px wide"),
        )?;
        let months = drawn["months"].as_array().unwrap();
        ensure(months.len() >= 6, format!("the months are named: {drawn}"))?;
        for pair in months.windows(2) {
            ensure(
                pair[0][1].as_f64().unwrap() <= pair[1][0].as_f64().unwrap(),
                format!("{} runs into {}", pair[0][3], pair[1][3]),
            )?;
        }
        ensure(
            drawn["modules"].as_array().is_some_and(|m| !m.is_empty()),
            format!("the modules are named: {drawn}"),
        )?;
        Ok(())
    };
    run("calendar_readable", &client, steps).await;
}

/// The names on the round's map as a phone draws them: the size each is rendered at (its
/// font size times the drawing's scale), their boxes, and the list of pairs under it.
const MAP: &str = r#"
const svg = [...document.querySelectorAll('svg.map')].find(s => s.getBoundingClientRect().width > 0);
if (!svg) return {shown: false};
const frame = svg.getBoundingClientRect();
const labels = [...svg.querySelectorAll('text.city')].map(t => {
  const r = t.getBoundingClientRect();
  return {name: t.textContent, px: parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a,
          box: [r.left, r.top, r.right, r.bottom]};
});
const pairs = [...document.querySelectorAll('#map-pairs li')]
  .filter(li => li.getBoundingClientRect().height > 0).map(li => li.textContent);
return {shown: true, frame: [frame.left, frame.top, frame.right, frame.bottom],
        cities: svg.querySelectorAll('circle').length, labels, pairs};
"#;

#[actix_web::test]
async fn the_round_map_on_a_phone_names_its_cities_large_enough_and_apart() {
    let app = common::spawn_app_with(Backend::Sqlite, true).await;
    let d = demo(&app).await;
    let driver = start_driver();
    let client = phone(&driver, PHONE).await;
    let home = base(&app);
    let steps = async {
        client
            .goto(&format!("{home}/login"))
            .await
            .map_err(|e| e.to_string())?;
        type_into(&client, "email", MANAGER_EMAIL).await?;
        type_into(&client, "password", MANAGER_PASSWORD).await?;
        click(&client, "main button[type=submit]").await?;
        find(&client, Locator::Css("a[href^='/console/cohorts/']")).await?;
        client
            .goto(&format!("{home}/console/rounds/{}", d.round))
            .await
            .map_err(|e| e.to_string())?;
        find(&client, Locator::Css("svg.map")).await?;
        let m = client
            .execute(MAP, vec![])
            .await
            .map_err(|e| e.to_string())?;
        ensure(m["shown"] == true, format!("a map is shown: {m}"))?;
        let labels = m["labels"].as_array().cloned().unwrap_or_default();
        let cities = m["cities"].as_u64().unwrap_or(0) as usize;
        ensure(
            labels.len() * 2 >= cities,
            format!("most of the {cities} cities are named: {m}"),
        )?;
        let frame: Vec<f64> = serde_json::from_value(m["frame"].clone()).unwrap();
        let boxes: Vec<(String, Vec<f64>)> = labels
            .iter()
            .map(|l| {
                (
                    l["name"].as_str().unwrap().to_owned(),
                    serde_json::from_value(l["box"].clone()).unwrap(),
                )
            })
            .collect();
        for l in &labels {
            let px = l["px"].as_f64().unwrap();
            ensure(px >= 11.0, format!("{} is drawn at {px:.1} px", l["name"]))?;
        }
        for (i, (name, b)) in boxes.iter().enumerate() {
            ensure(
                b[0] >= frame[0] - 0.5 && b[2] <= frame[2] + 0.5,
                format!("{name} runs off the map: {b:?} in {frame:?}"),
            )?;
            for (other, o) in &boxes[i + 1..] {
                let apart = b[2] <= o[0] + 0.5
                    || o[2] <= b[0] + 0.5
                    || b[3] <= o[1] + 0.5
                    || o[3] <= b[1] + 0.5;
                ensure(apart, format!("{name} runs into {other}: {b:?} {o:?}"))?;
            }
        }
        // Every pair with its distance, in words under the map.
        let pairs = m["pairs"].as_array().cloned().unwrap_or_default();
        ensure(
            pairs.len() == 9
                && pairs.iter().any(|p| {
                    let p = p.as_str().unwrap_or_default();
                    p.contains("Cascais") && p.contains("Aarhus") && p.contains(" km")
                }),
            format!("the pairs are listed with their distances: {m}"),
        )?;
        Ok(())
    };
    run("phone_map", &client, steps).await;
}
