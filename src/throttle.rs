//! Login throttling, after OWASP's authentication guidance ("Slow down online guessing
//! attacks with device cookies"):
//!
//! - a browser that has logged in to an account before carries a signed *device cookie*
//!   for that account; its attempts are limited per device, and nothing else limits them,
//!   so an attacker who floods an account's email cannot lock its owner out of the browser
//!   they usually use;
//! - every other attempt is limited per client address (the address in front of the
//!   trusted proxies, never a header a client can forge) and per account email;
//! - keys are 16-byte digests, whatever the email's length, and keys idle for a minute are
//!   dropped: the memory an unauthenticated client can make the service keep is a few
//!   dozen bytes per attempt it is allowed, gone a minute later.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::HttpRequest;
use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use sha2::{Digest, Sha256};

/// The cookie that marks a browser that logged in to an account before.
pub const DEVICE_COOKIE: &str = "twinning_device";

/// Attempts between two prunings of idle keys.
const PRUNE_EVERY: u64 = 256;

/// A fixed-size key: a digest of what is limited.
type Key = [u8; 16];

/// A limiter of fixed-size keys on `C`'s time.
type Limiter<C> =
    RateLimiter<Key, DefaultKeyedStateStore<Key>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// The login limits of one process (the clock is a parameter for the tests).
#[derive(Clone)]
pub struct LoginThrottle<C: Clock = DefaultClock> {
    limiter: Arc<Limiter<C>>,
    clock: C,
    attempts: Arc<AtomicU64>,
}

/// Who is trying to log in, as far as the limits are concerned.
pub enum Attempt<'a> {
    /// A browser with a valid device cookie for this email: the cookie's random part.
    KnownDevice(&'a str),
    /// Anyone else: the client address and the email tried.
    Unknown {
        /// The client address.
        client: IpAddr,
        /// The email as typed.
        email: &'a str,
    },
}

impl LoginThrottle {
    /// Allows `per_minute` attempts a minute for each key.
    pub fn new(per_minute: u32) -> LoginThrottle {
        LoginThrottle::with_clock(per_minute, DefaultClock::default())
    }
}

impl<C: Clock + Clone> LoginThrottle<C> {
    /// Allows `per_minute` attempts a minute for each key, by `clock`.
    pub fn with_clock(per_minute: u32, clock: C) -> LoginThrottle<C> {
        let per_minute = NonZeroU32::new(per_minute.max(1)).expect("at least one attempt");
        LoginThrottle {
            limiter: Arc::new(RateLimiter::dashmap_with_clock(
                Quota::per_minute(per_minute),
                clock.clone(),
            )),
            clock,
            attempts: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Counts an attempt; `Err(seconds)` to wait when one of its limits is reached. The
    /// client is checked before the email, so a client over its limit adds no key at all.
    pub fn count(&self, attempt: &Attempt<'_>) -> Result<(), u64> {
        if self.attempts.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.prune();
        }
        let keys: Vec<Key> = match attempt {
            Attempt::KnownDevice(device) => vec![key("device", device)],
            Attempt::Unknown { client, email } => vec![
                key("client", &client.to_string()),
                key("email", &normalise_email(email)),
            ],
        };
        for k in keys {
            if let Err(not_until) = self.limiter.check_key(&k) {
                return Err(not_until.wait_time_from(self.clock.now()).as_secs().max(1));
            }
        }
        Ok(())
    }

    /// Drops keys that are back to a full allowance.
    pub fn prune(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    /// Keys held now.
    pub fn keys(&self) -> usize {
        self.limiter.len()
    }
}

/// An email as the limits and the device cookie compare it.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

fn key(kind: &str, value: &str) -> Key {
    let digest = Sha256::new()
        .chain_update(kind.as_bytes())
        .chain_update([0])
        .chain_update(value.as_bytes())
        .finalize();
    let mut k = [0u8; 16];
    k.copy_from_slice(&digest[..16]);
    k
}

/// The value of a device cookie for an account: a digest of its email (so the cookie does
/// not show it) and a random part that names this browser.
pub fn device_value(email: &str, random: &str) -> String {
    format!("{}.{random}", email_tag(email))
}

/// The random part of a device cookie's value when it was issued for `email`.
pub fn device_for<'a>(value: &'a str, email: &str) -> Option<&'a str> {
    let (tag, random) = value.split_once('.')?;
    (tag == email_tag(email) && !random.is_empty()).then_some(random)
}

fn email_tag(email: &str) -> String {
    let digest = Sha256::digest(normalise_email(email).as_bytes());
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// The client's address: the TCP peer, unless the peer is one of the trusted proxies;
/// then the last address of `X-Forwarded-For` that is not a trusted proxy (each proxy
/// appends the address it received from; the ones before could be written by anyone).
pub fn client_address(request: &HttpRequest, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = request.peer_addr()?.ip();
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = request
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .map(|a| a.parse::<IpAddr>().ok())
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|a| !trusted.contains(a))
            .unwrap_or(peer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn from(peer: &str, forwarded: Option<&str>) -> HttpRequest {
        let mut r = TestRequest::default().peer_addr(peer.parse().unwrap());
        if let Some(f) = forwarded {
            r = r.insert_header(("X-Forwarded-For", f));
        }
        r.to_http_request()
    }

    #[test]
    fn a_forwarded_address_counts_only_from_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        // Behind the proxy: the address the proxy saw, not what the client wrote before it.
        let r = from("10.0.0.2:4000", Some("6.6.6.6, 203.0.113.9"));
        assert_eq!(client_address(&r, &[proxy]), ip("203.0.113.9"));
        // Not a trusted proxy: its header is ignored.
        let r = from("198.51.100.7:4000", Some("203.0.113.9"));
        assert_eq!(client_address(&r, &[proxy]), ip("198.51.100.7"));
        // A garbled header from behind the proxy: the proxy's own address.
        let r = from("10.0.0.2:4000", Some("not an address"));
        assert_eq!(client_address(&r, &[proxy]), ip("10.0.0.2"));
    }

    #[test]
    fn a_known_device_is_not_locked_out_by_attempts_on_its_email() {
        let throttle = LoginThrottle::new(5);
        let attacker = "203.0.113.9".parse().unwrap();
        for i in 0..5 {
            // Five addresses, the same email: the email's limit is spent.
            let client = format!("203.0.113.{i}").parse().unwrap();
            let _ = throttle.count(&Attempt::Unknown {
                client,
                email: "Manager@Example.org",
            });
        }
        let locked = Attempt::Unknown {
            client: attacker,
            email: "manager@example.org ",
        };
        assert!(throttle.count(&locked).is_err());
        let value = device_value("manager@example.org", "b1");
        let device = device_for(&value, "MANAGER@example.org").unwrap();
        assert!(throttle.count(&Attempt::KnownDevice(device)).is_ok());
        assert_eq!(device_for(&value, "other@example.org"), None);
    }

    #[test]
    fn keys_stay_small_and_idle_ones_go() {
        let clock = governor::clock::FakeRelativeClock::default();
        let throttle = LoginThrottle::with_clock(1000, clock.clone());
        let long = "x".repeat(200_000);
        for i in 0..100 {
            let email = format!("{long}{i}@example.org");
            let _ = throttle.count(&Attempt::Unknown {
                client: "203.0.113.1".parse().unwrap(),
                email: &email,
            });
        }
        // One key per email and one for the client, 16 bytes each whatever the email.
        assert_eq!(throttle.keys(), 101);
        clock.advance(std::time::Duration::from_secs(61));
        throttle.prune();
        assert_eq!(throttle.keys(), 0);
    }
}
