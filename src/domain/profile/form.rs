//! An HTML form read into a [`ProfileForm`], and a stored [`Profile`] shown as one.

use super::*;

impl From<&Profile> for ProfileForm {
    fn from(p: &Profile) -> Self {
        let opt = |v: Option<i32>| v.map(|n| n.to_string()).unwrap_or_default();
        ProfileForm {
            organisation: p.organisation.clone(),
            population: opt(p.population),
            languages: p.languages.join(", "),
            coastal: match p.coastal {
                Some(true) => "yes".to_owned(),
                Some(false) => "no".to_owned(),
                None => String::new(),
            },
            climate_zone: p.climate_zone.clone().unwrap_or_default(),
            capacity: opt(p.capacity),
            delegation_size: opt(p.delegation_size),
            contacts: p
                .contacts
                .iter()
                .map(|c| ContactFields {
                    name: c.name.clone(),
                    email: c.email.clone(),
                    role: c.role.clone(),
                    language: c.language.clone(),
                })
                .collect(),
            themes: p
                .themes
                .iter()
                .map(|t| ThemeFields {
                    domain: t.domain.clone(),
                    lever: t.lever.clone(),
                    priority: t.priority.to_string(),
                    description: t.description.clone(),
                })
                .collect(),
            interests: p.interests.clone(),
            unavailable: p
                .unavailable
                .iter()
                .map(|u| PeriodFields {
                    starts_on: u.starts_on.to_string(),
                    ends_on: u.ends_on.to_string(),
                    applies_to: u.applies_to.clone(),
                    label: u.label.clone(),
                })
                .collect(),
        }
    }
}

impl ProfileForm {
    /// Reads the pairs of an HTML form: `organisation`, `contacts[0].email`,
    /// `interests[2]`, ... Unknown names are ignored (the CSRF field, the button).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ProfileForm {
        fn slot<T: Default>(list: &mut Vec<T>, i: usize) -> Option<&mut T> {
            if i >= limits::FORM_ROWS {
                return None;
            }
            if list.len() <= i {
                list.resize_with(i + 1, T::default);
            }
            list.get_mut(i)
        }
        let mut f = ProfileForm::default();
        for (name, value) in pairs {
            let value = value.to_owned();
            let (list, rest) = match name.split_once('[') {
                Some((list, rest)) => (list, rest),
                None => {
                    match name {
                        "organisation" => f.organisation = value,
                        "population" => f.population = value,
                        "languages" => f.languages = value,
                        "coastal" => f.coastal = value,
                        "climate_zone" => f.climate_zone = value,
                        "capacity" => f.capacity = value,
                        "delegation_size" => f.delegation_size = value,
                        _ => {}
                    }
                    continue;
                }
            };
            let Some((index, field)) = rest.split_once(']') else {
                continue;
            };
            let Ok(i) = index.parse::<usize>() else {
                continue;
            };
            let field = field.trim_start_matches('.');
            match list {
                "contacts" => {
                    if let Some(c) = slot(&mut f.contacts, i) {
                        match field {
                            "name" => c.name = value,
                            "email" => c.email = value,
                            "role" => c.role = value,
                            "language" => c.language = value,
                            _ => {}
                        }
                    }
                }
                "themes" => {
                    if let Some(t) = slot(&mut f.themes, i) {
                        match field {
                            "domain" => t.domain = value,
                            "lever" => t.lever = value,
                            "priority" => t.priority = value,
                            "description" => t.description = value,
                            _ => {}
                        }
                    }
                }
                "interests" if field.is_empty() => {
                    if let Some(h) = slot(&mut f.interests, i) {
                        *h = value;
                    }
                }
                "unavailable" => {
                    if let Some(u) = slot(&mut f.unavailable, i) {
                        match field {
                            "starts_on" => u.starts_on = value,
                            "ends_on" => u.ends_on = value,
                            "applies_to" => u.applies_to = value,
                            "label" => u.label = value,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        f
    }

    /// The pairs of an HTML form that [`ProfileForm::from_pairs`] reads back, empty values
    /// and empty rows left out (a page carries the answers in hidden fields with them).
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut put = |name: String, value: &str| {
            if !value.trim().is_empty() {
                out.push((name, value.to_owned()));
            }
        };
        put("organisation".into(), &self.organisation);
        put("population".into(), &self.population);
        put("languages".into(), &self.languages);
        put("coastal".into(), &self.coastal);
        put("climate_zone".into(), &self.climate_zone);
        put("capacity".into(), &self.capacity);
        put("delegation_size".into(), &self.delegation_size);
        for (i, c) in self.contacts.iter().enumerate() {
            put(format!("contacts[{i}].name"), &c.name);
            put(format!("contacts[{i}].email"), &c.email);
            put(format!("contacts[{i}].role"), &c.role);
            put(format!("contacts[{i}].language"), &c.language);
        }
        for (i, t) in self.themes.iter().enumerate() {
            put(format!("themes[{i}].domain"), &t.domain);
            put(format!("themes[{i}].lever"), &t.lever);
            put(format!("themes[{i}].priority"), &t.priority);
            put(format!("themes[{i}].description"), &t.description);
        }
        for (i, h) in self.interests.iter().enumerate() {
            put(format!("interests[{i}]"), h);
        }
        for (i, u) in self.unavailable.iter().enumerate() {
            put(format!("unavailable[{i}].starts_on"), &u.starts_on);
            put(format!("unavailable[{i}].ends_on"), &u.ends_on);
            put(format!("unavailable[{i}].applies_to"), &u.applies_to);
            put(format!("unavailable[{i}].label"), &u.label);
        }
        out
    }

    /// Pads every list to the rows a form shows, so empty rows are there to fill.
    pub fn padded(mut self) -> ProfileForm {
        fn pad<T: Default>(list: &mut Vec<T>, n: usize) {
            list.resize_with(n.max(list.len() + 1), T::default);
        }
        pad(&mut self.contacts, CONTACT_ROWS);
        pad(&mut self.themes, THEME_ROWS);
        self.interests
            .resize(INTEREST_ROWS.max(self.interests.len()), String::new());
        pad(&mut self.unavailable, PERIOD_ROWS);
        self
    }
}
