//! Personal data on request (GDPR): the address that names a person, checked, and the
//! anonymous placeholder that replaces it when the person's data is erased or a cohort's
//! retention period has passed.

use super::invalid::Invalid;
use super::limits::EMAIL_CHARS;
use super::profile::is_email;

/// The address of a person whose data is asked for: trimmed, of the shape of an email
/// address, at most [`EMAIL_CHARS`] characters. It is matched without regard to case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonEmail(String);

impl PersonEmail {
    /// Checks `value`, sent as the field `field`.
    pub fn parse(field: &str, value: &str) -> Result<PersonEmail, Invalid> {
        let value = value.trim();
        if value.is_empty() {
            return Err(Invalid::field(field, "give the person's email address"));
        }
        if value.chars().count() > EMAIL_CHARS {
            return Err(Invalid::field(
                field,
                format!("an email address has at most {EMAIL_CHARS} characters"),
            ));
        }
        if !is_email(value) {
            return Err(Invalid::field(
                field,
                "this is not an email address (name@example.org)",
            ));
        }
        Ok(PersonEmail(value.to_owned()))
    }

    /// The address as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address in lower case, as it is compared.
    pub fn folded(&self) -> String {
        self.0.to_lowercase()
    }

    /// A short hash of the address (lower case): what the audit log says of an erasure,
    /// and what the placeholder carries, so that two erasures of one person agree.
    pub fn hash(&self) -> String {
        short_hash(&self.folded())
    }

    /// The anonymous address that replaces this one.
    pub fn placeholder(&self) -> String {
        placeholder_of(&self.folded())
    }
}

/// The anonymous address that replaces `email` (`erased-<hash>@erased.invalid`; `.invalid` is a
/// reserved domain, so nothing is ever sent to it).
pub fn placeholder_of(email: &str) -> String {
    format!(
        "erased-{}@erased.invalid",
        short_hash(&email.trim().to_lowercase())
    )
}

/// Whether an address is already a placeholder.
pub fn is_placeholder(email: &str) -> bool {
    email.starts_with("erased-") && email.ends_with("@erased.invalid")
}

/// The name that replaces a person's name.
pub const ERASED_NAME: &str = "(erased)";

/// What replaces the body of an email sent to a person whose data was erased.
pub const ERASED_BODY: &str = "This email was erased: it was sent to a person whose personal data the programme erased on request or at the end of its retention period.";

fn short_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_checked_and_its_placeholder_ignores_case() {
        let a = PersonEmail::parse("email", " Ana@Example.org ").unwrap();
        let b = PersonEmail::parse("email", "ana@example.org").unwrap();
        assert_eq!(a.placeholder(), b.placeholder());
        assert!(is_placeholder(&a.placeholder()));
        assert!(PersonEmail::parse("email", "not an email").is_err());
        assert!(PersonEmail::parse("email", &"a".repeat(10_000)).is_err());
        assert!(PersonEmail::parse("email", "").is_err());
    }
}
