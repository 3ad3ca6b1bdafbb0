//! Outgoing email. Messages are written to the outbox table in the transaction of the
//! change that causes them ([`compose`] writes them, [`enqueue`] stores them); the
//! [`worker`] claims due messages, builds each with lettre and hands it to the configured
//! [`Transport`]: an .eml file per message (the embedded default) or an SMTP server.

pub mod compose;
pub mod ics;
pub mod worker;

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{FileTransport, Message, SmtpTransport, Transport as _};

use crate::config::{MailSettings, MailTransport, SmtpSecurity};
use crate::db::DbConnection;
use crate::db::models::outbox::{self, OutboxRow};
use crate::db::models::{new_id, now};
use crate::domain::id::CohortId;
use crate::domain::id::EmailId;
use crate::domain::id::VisitId;
use crate::domain::state::{EmailKind, EmailStatus};

/// Who the messages are from, and where the links in them point.
#[derive(Debug, Clone)]
pub struct Letterhead {
    /// The From header.
    pub from: Mailbox,
    /// A Reply-To header.
    pub reply_to: Option<Mailbox>,
    /// The right part of every Message-ID.
    pub domain: String,
    /// The address people reach the service at.
    pub public_url: String,
}

/// A mail setting that does not work, named with its value and why.
#[derive(Debug, thiserror::Error)]
#[error("mail.{setting}: \"{value}\" {why}")]
pub struct SettingError {
    /// The setting under `[mail]` (`from`, `smtp.host`).
    pub setting: &'static str,
    /// Its value.
    pub value: String,
    /// Why it does not work, and what would.
    pub why: String,
}

impl SettingError {
    fn new(setting: &'static str, value: &str, why: impl Into<String>) -> SettingError {
        SettingError {
            setting,
            value: value.to_owned(),
            why: why.into(),
        }
    }
}

impl Letterhead {
    /// Reads the From and Reply-To settings; an error names the setting and the value.
    pub fn new(settings: &MailSettings, public_url: &str) -> Result<Letterhead, SettingError> {
        let from: Mailbox = settings.from.parse().map_err(|e| {
            SettingError::new(
                "from",
                &settings.from,
                format!("is not an address ({e}); write Name <name@example.org>"),
            )
        })?;
        let reply_to = match settings.reply_to.trim() {
            "" => None,
            r => Some(r.parse::<Mailbox>().map_err(|e| {
                SettingError::new("reply_to", r, format!("is not an address ({e})"))
            })?),
        };
        Ok(Letterhead {
            domain: from.email.domain().to_owned(),
            from,
            reply_to,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// A new Message-ID, `<uuid@domain>`.
    pub fn message_id(&self) -> String {
        format!("<{}@{}>", new_id(), self.domain)
    }

    /// The programme's name as it signs.
    pub fn signature(&self) -> &str {
        self.from.name.as_deref().unwrap_or("Twinning")
    }
}

/// A message to store in the outbox.
#[derive(Debug, Clone)]
pub struct Draft {
    /// `invitation`, `proposal`, `schedule` or `test`.
    pub kind: EmailKind,
    /// The cohort.
    pub cohort_id: Option<CohortId>,
    /// The invitation, proposal or visit change.
    pub about_id: String,
    /// The visit, for schedule emails.
    pub visit_id: Option<VisitId>,
    /// The address.
    pub to: String,
    /// The person.
    pub name: String,
    /// The language it is written in.
    pub language: String,
    /// Subject.
    pub subject: String,
    /// Text part.
    pub text: String,
    /// HTML part.
    pub html: String,
    /// `(METHOD, .ics)`.
    pub calendar: Option<(String, String)>,
    /// An invitation link that the bodies hold as a placeholder.
    pub secret: Option<String>,
}

/// Stores drafts in the outbox, in the caller's transaction; returns how many. A draft to
/// the placeholder of an erased address (`domain::privacy`) is dropped: nobody reads it.
pub fn enqueue(
    conn: &mut DbConnection,
    drafts: Vec<Draft>,
    head: &Letterhead,
    actor: &str,
) -> diesel::QueryResult<usize> {
    let mut n = 0;
    let at = now();
    for d in drafts {
        if crate::domain::privacy::is_placeholder(&d.to) {
            continue;
        }
        n += 1;
        let (calendar_method, calendar) = d.calendar.unzip();
        outbox::insert(
            conn,
            &OutboxRow {
                id: EmailId::generate(),
                message_id: head.message_id(),
                kind: d.kind,
                cohort_id: d.cohort_id,
                about_id: d.about_id,
                visit_id: d.visit_id,
                recipient: d.to,
                recipient_name: d.name,
                language: d.language,
                subject: d.subject,
                body_text: d.text,
                body_html: d.html,
                calendar,
                calendar_method,
                secret: d.secret,
                status: EmailStatus::Queued,
                attempts: 0,
                next_attempt_at: at,
                claimed_until: None,
                last_error: String::new(),
                delivered_as: String::new(),
                created_by: actor.to_owned(),
                created_at: at,
                sent_at: None,
                updated_at: at,
                resend_of: None,
            },
        )?;
    }
    Ok(n)
}

/// Builds the MIME message of an outbox row: text and HTML alternatives, the calendar as
/// an .ics attachment, the row's Message-ID. An error means the message can never be built
/// (a bad address): a permanent failure.
pub fn build(row: &OutboxRow, head: &Letterhead) -> Result<Message, String> {
    let address = row
        .recipient
        .parse()
        .map_err(|e| format!("recipient \"{}\" is not an address: {e}", row.recipient))?;
    let name = one_line(&row.recipient_name);
    let to = Mailbox::new(Some(name).filter(|n| !n.is_empty()), address);
    let mut builder = Message::builder()
        .from(head.from.clone())
        .to(to)
        .subject(one_line(&row.subject))
        .message_id(Some(row.message_id.clone()))
        .date_now();
    if let Some(r) = &head.reply_to {
        builder = builder.reply_to(r.clone());
    }
    let (text, html) = row.bodies();
    let alternative = MultiPart::alternative_plain_html(text, html);
    let body = match (&row.calendar, &row.calendar_method) {
        (Some(ics), method) => {
            let method = method.as_deref().unwrap_or("PUBLISH");
            let kind =
                ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                    .map_err(|e| format!("calendar content type: {e}"))?;
            MultiPart::mixed()
                .multipart(alternative)
                .singlepart(Attachment::new("visit.ics".to_owned()).body(ics.clone(), kind))
        }
        (None, _) => alternative,
    };
    builder
        .multipart(body)
        .map_err(|e| format!("building the message: {e}"))
}

/// A value for a header: a city may type a line break or another control character into a
/// contact's name, and lettre cannot encode one in a header (it panics); each becomes a
/// space, and the value is cut at 200 characters, so a header never folds past reason.
pub fn one_line(value: &str) -> String {
    let flat: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect();
    flat.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Builds and sends one message; a panic in either (a bug in a library on input nobody
/// foresaw) fails that message for good with its reason, and the worker goes on.
pub fn build_and_send(
    row: &OutboxRow,
    head: &Letterhead,
    transport: &Transport,
) -> Result<String, SendError> {
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        build(row, head)
            .map_err(SendError::Permanent)
            .and_then(|m| transport.send(&m))
    }));
    attempt.unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no reason given".to_owned());
        Err(SendError::Permanent(format!(
            "the message could not be built: {why}"
        )))
    })
}

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// Worth another try later: the server is down, busy, or said 4xx.
    Temporary(String),
    /// Never going to work: the server said 5xx, or the message cannot be built.
    Permanent(String),
}

/// Where messages go.
pub enum Transport {
    /// One .eml file per message in a folder.
    File {
        /// lettre's file transport.
        transport: FileTransport,
        /// Its folder.
        dir: PathBuf,
    },
    /// An SMTP server, with a pool of connections.
    Smtp(SmtpTransport),
}

impl Transport {
    /// The transport the settings name; an error names the setting.
    pub fn new(settings: &MailSettings) -> Result<Transport, SettingError> {
        match settings.transport {
            MailTransport::File => {
                let dir = PathBuf::from(&settings.outbox_dir);
                std::fs::create_dir_all(&dir).map_err(|e| {
                    SettingError::new("outbox_dir", &dir.display().to_string(), e.to_string())
                })?;
                Ok(Transport::File {
                    transport: FileTransport::new(&dir),
                    dir,
                })
            }
            MailTransport::Smtp => {
                let s = &settings.smtp;
                let builder = match s.security {
                    SmtpSecurity::Starttls => SmtpTransport::starttls_relay(&s.host),
                    SmtpSecurity::Tls => SmtpTransport::relay(&s.host),
                    SmtpSecurity::Plain => Ok(SmtpTransport::builder_dangerous(&s.host)),
                }
                .map_err(|e| SettingError::new("smtp.host", &s.host, e.to_string()))?;
                let mut builder = builder
                    .port(s.port)
                    .timeout(Some(Duration::from_secs(s.timeout_seconds.max(1))))
                    .pool_config(PoolConfig::new().max_size(s.pool_size.max(1)));
                if !s.username.is_empty() {
                    builder = builder
                        .credentials(Credentials::new(s.username.clone(), s.password.clone()));
                }
                Ok(Transport::Smtp(builder.build()))
            }
        }
    }

    /// Delivers one message; returns what the server said, or the file written.
    pub fn send(&self, message: &Message) -> Result<String, SendError> {
        match self {
            Transport::File { transport, dir } => transport
                .send(message)
                .map(|id| dir.join(format!("{id}.eml")).display().to_string())
                .map_err(|e| SendError::Temporary(format!("writing to {}: {e}", dir.display()))),
            Transport::Smtp(smtp) => match smtp.send(message) {
                Ok(response) => Ok(format!(
                    "{} {}",
                    response.code(),
                    response.message().collect::<Vec<_>>().join(" ")
                )
                .trim()
                .to_owned()),
                Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
                Err(e) => Err(SendError::Temporary(e.to_string())),
            },
        }
    }
}
