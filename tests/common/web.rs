//! A browser-like HTTP session for the page tests: keeps cookies (checking their flags),
//! reads the CSRF token of a page and sends forms, without following redirects.

#![allow(dead_code)]

use std::collections::HashMap;

use reqwest::header::{COOKIE, SET_COOKIE};

/// A session against one app.
pub struct Session {
    pub base: String,
    client: reqwest::Client,
    pub cookies: HashMap<String, String>,
    /// Every Set-Cookie header seen, as sent.
    pub set_cookies: Vec<String>,
    /// Headers sent with every request, as a browser sends `Accept-Language`.
    pub headers: Vec<(String, String)>,
}

/// A page as answered.
pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    /// The value of the hidden CSRF field.
    pub fn csrf(&self) -> String {
        hidden(&self.body, "csrf").expect("the page has a CSRF field")
    }

    /// Whether the page shows `text` (HTML-escaped as askama escapes).
    pub fn shows(&self, text: &str) -> bool {
        self.body.contains(&escape(text))
    }
}

/// `text` as askama escapes it.
pub fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The value of the first hidden input named `name`.
pub fn hidden(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_owned())
}

impl Session {
    pub fn new(base: &str) -> Session {
        Session {
            base: base.to_owned(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: HashMap::new(),
            set_cookies: Vec::new(),
            headers: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, response: reqwest::Response) -> Page {
        for value in response.headers().get_all(SET_COOKIE) {
            let raw = value.to_str().unwrap().to_owned();
            let pair = raw.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || raw.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
            self.set_cookies.push(raw);
        }
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned());
        let headers = response.headers().clone();
        let body = response.text().await.unwrap();
        Page {
            status,
            location,
            body,
            headers,
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        self.get_with(path, &[]).await
    }

    /// A GET with more headers (`Accept-Language`).
    pub async fn get_with(&mut self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self
            .client
            .get(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header());
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        self.finish(response).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .header("Content-Type", "application/x-www-form-urlencoded");
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        let response = request.body(body).send().await.unwrap();
        self.finish(response).await
    }

    pub async fn post_multipart(&mut self, path: &str, csrf: &str, file: &str) -> Page {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.to_owned())
            .part(
                "file",
                reqwest::multipart::Part::bytes(file.as_bytes().to_vec())
                    .file_name("cities.csv")
                    .mime_str("text/csv")
                    .unwrap(),
            );
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.finish(response).await
    }

    /// Logs in as the test app's manager; panics unless the console opens.
    pub async fn login(&mut self, email: &str, password: &str) {
        let page = self.get("/login").await;
        let csrf = page.csrf();
        let done = self
            .post(
                "/login",
                &[
                    ("csrf", &csrf),
                    ("email", email),
                    ("password", password),
                    ("next", "/console"),
                ],
            )
            .await;
        assert_eq!(done.status, 303, "login: {}", done.body);
        assert_eq!(done.location.as_deref(), Some("/console"));
    }
}
