//! The delivery worker: claims due messages of the outbox, sends them a few at a time,
//! records each result as soon as it is known. A temporary failure is retried later with
//! exponential backoff; a permanent one is marked failed at once. A message is recorded
//! after it is sent, so a crash in between sends it again once (with the same Message-ID);
//! none is lost: its claim runs out and a worker takes it over.
//!
//! Each claim names the instance holding it (`mail.instance`): an instance takes back its
//! own claims when it starts, so a restart does not wait for them to run out. Stopped
//! ([`Worker::stop`]), it claims nothing more, lets the messages being sent finish within
//! a bounded time and gives back the claims of the rest, for any instance to send.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use super::{Letterhead, SendError, Transport, build_and_send};
use crate::config::MailSettings;
use crate::db::models::now;
use crate::db::models::outbox::{self, OutboxRow};
use crate::db::{DbError, DbPool};
use crate::domain::id::EmailId;

/// A worker's share: the pool, the transport, the settings.
#[derive(Clone)]
pub struct Outbox {
    pool: DbPool,
    transport: Arc<Transport>,
    head: Arc<Letterhead>,
    settings: MailSettings,
    /// The name its claims carry.
    instance: String,
    /// Set when the service stops: no new claim, no new message.
    stopping: Arc<AtomicBool>,
}

/// A running worker, to stop when the service stops.
pub struct Worker {
    stopping: Arc<AtomicBool>,
    wake: Arc<tokio::sync::Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl Worker {
    /// Stops claiming, lets the messages being sent finish and gives back the claims of
    /// the rest; waits at most `drain`. Whether it finished in that time (if not, a
    /// message still being sent keeps its claim until it runs out, and may be sent again
    /// then, with the same Message-ID).
    pub async fn stop(self, drain: Duration) -> bool {
        self.stopping.store(true, Ordering::SeqCst);
        self.wake.notify_one();
        tokio::time::timeout(drain, self.task).await.is_ok()
    }
}

/// What one pass delivered.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    /// Messages claimed.
    pub claimed: usize,
    /// Sent.
    pub sent: usize,
    /// Failed for now, to be retried.
    pub retrying: usize,
    /// Failed for good.
    pub failed: usize,
}

impl Outbox {
    /// A worker on the configured transport.
    pub fn new(
        pool: DbPool,
        settings: &MailSettings,
        head: Letterhead,
    ) -> Result<Outbox, super::SettingError> {
        Ok(Outbox {
            pool,
            transport: Arc::new(Transport::new(settings)?),
            head: Arc::new(head),
            instance: if settings.instance.is_empty() {
                "local".to_owned()
            } else {
                settings.instance.clone()
            },
            settings: settings.clone(),
            stopping: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Claims up to a batch of due messages and sends them, `lanes` at a time. The lanes
    /// only send; one recorder writes their results as they come, several per transaction
    /// (no lane waits for the database, and SQLite sees one writer).
    pub fn deliver_batch(&self) -> Result<Pass, DbError> {
        let lease = chrono::Duration::seconds(self.settings.claim_seconds.max(1) as i64);
        let rows = {
            let mut conn = self.pool.get()?;
            outbox::claim(
                &mut conn,
                i64::from(self.settings.batch.max(1)),
                lease,
                &self.instance,
            )?
        };
        let claimed = rows.len();
        // A lane stops taking messages before the claim runs out (a slow server): another
        // worker may take the rest over then, and must not find them being sent.
        let deadline =
            Instant::now() + Duration::from_secs(self.settings.claim_seconds.max(1)) * 4 / 5;
        let queue = Mutex::new(rows.into_iter());
        let lanes = (self.settings.lanes.max(1) as usize).min(claimed);
        let (results, recorded) = mpsc::channel::<(OutboxRow, Result<String, SendError>)>();
        let mut pass = std::thread::scope(|scope| {
            let recorder = scope.spawn(move || self.record_all(recorded));
            for _ in 0..lanes {
                let results = results.clone();
                let queue = &queue;
                scope.spawn(move || {
                    while Instant::now() < deadline && !self.stopping.load(Ordering::SeqCst) {
                        let next = queue.lock().ok().and_then(|mut q| q.next());
                        let Some(row) = next else { break };
                        let sent = build_and_send(&row, &self.head, &self.transport);
                        if results.send((row, sent)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(results);
            recorder.join().unwrap_or_default()
        });
        pass.claimed = claimed;
        // What no lane took (a stop, or the claim nearly out): anyone may send it now.
        let left: Vec<EmailId> = queue
            .into_inner()
            .map(|rest| rest.map(|row| row.id).collect())
            .unwrap_or_default();
        if !left.is_empty() {
            let mut conn = self.pool.get()?;
            let released = outbox::release(&mut conn, &left, &self.instance)?;
            tracing::info!(messages = released, "email claims given back");
        }
        Ok(pass)
    }

    /// Writes the lanes' results until they are done: what has arrived, in one transaction.
    fn record_all(&self, results: mpsc::Receiver<(OutboxRow, Result<String, SendError>)>) -> Pass {
        let mut pass = Pass::default();
        while let Ok(first) = results.recv() {
            let mut batch = vec![first];
            while batch.len() < 500 {
                match results.try_recv() {
                    Ok(next) => batch.push(next),
                    Err(_) => break,
                }
            }
            let outcomes = self.pool.get().map_err(DbError::from).and_then(|mut conn| {
                crate::db::write_transaction(&mut conn, |conn| {
                    batch
                        .iter()
                        .map(|(row, result)| self.record(conn, row, result))
                        .collect::<Result<Vec<_>, DbError>>()
                })
            });
            match outcomes {
                Ok(outcomes) => {
                    for ((row, result), outcome) in batch.iter().zip(outcomes) {
                        match result {
                            Ok(_) => {
                                tracing::info!(message = %row.id, kind = %row.kind, "email sent")
                            }
                            Err(e) => {
                                tracing::warn!(message = %row.id, kind = %row.kind, error = ?e, "email not sent")
                            }
                        }
                        match outcome {
                            Outcome::Sent => pass.sent += 1,
                            Outcome::Retrying => pass.retrying += 1,
                            Outcome::Failed => pass.failed += 1,
                        }
                    }
                }
                // Their claims run out and a worker tries them again.
                Err(e) => {
                    tracing::error!(messages = batch.len(), error = %e, "email results not recorded")
                }
            }
        }
        pass
    }

    fn record(
        &self,
        conn: &mut crate::db::DbConnection,
        row: &OutboxRow,
        result: &Result<String, SendError>,
    ) -> Result<Outcome, DbError> {
        Ok(match result {
            Ok(delivered) => {
                outbox::mark_sent(conn, row, delivered)?;
                Outcome::Sent
            }
            Err(SendError::Temporary(e)) => {
                let retry = self.retry_at(row.attempts + 1);
                let error = match retry {
                    Some(_) => e.clone(),
                    None => format!("{e} (gave up after {} attempts)", row.attempts + 1),
                };
                outbox::mark_failed(conn, row.id.as_str(), &error, retry)?;
                if retry.is_some() {
                    Outcome::Retrying
                } else {
                    Outcome::Failed
                }
            }
            Err(SendError::Permanent(e)) => {
                outbox::mark_failed(conn, row.id.as_str(), e, None)?;
                Outcome::Failed
            }
        })
    }

    /// Delivers every message due now, pass after pass (what `twinning demo` does before it
    /// reports); messages waiting for a retry stay for the service's worker.
    pub fn drain(&self) -> Result<Pass, DbError> {
        let mut total = Pass::default();
        loop {
            let pass = self.deliver_batch()?;
            if pass.claimed == 0 {
                return Ok(total);
            }
            total.claimed += pass.claimed;
            total.sent += pass.sent;
            total.retrying += pass.retrying;
            total.failed += pass.failed;
        }
    }

    /// When attempt `attempts + 1` is due after `attempts` failures, or `None` when the
    /// failures are enough to give up.
    fn retry_at(&self, attempts: i32) -> Option<NaiveDateTime> {
        if attempts >= self.settings.max_attempts.max(1) as i32 {
            return None;
        }
        let seconds = backoff(
            attempts,
            self.settings.retry_seconds,
            self.settings.retry_max_seconds,
        );
        Some(now() + chrono::Duration::milliseconds((seconds * 1e3) as i64))
    }

    /// Runs the worker on the current tokio runtime until it is stopped: a pass, and when
    /// nothing was due a pause of `poll_seconds`. It first gives back the claims a stopped
    /// run left: on SQLite all of them (one process owns a SQLite database), on PostgreSQL
    /// its own.
    pub fn spawn(self) -> Worker {
        let stopping = self.stopping.clone();
        let wake = Arc::new(tokio::sync::Notify::new());
        let woken = wake.clone();
        let task = tokio::spawn(async move {
            let pool = self.pool.clone();
            let instance = self.instance.clone();
            let released = tokio::task::spawn_blocking(move || {
                let mut conn = pool.get()?;
                match crate::db::backend_of(&conn) {
                    crate::db::Backend::Sqlite => Ok(outbox::release_claims(&mut conn)?),
                    crate::db::Backend::Postgres => {
                        Ok::<_, DbError>(outbox::release_claims_of(&mut conn, &instance)?)
                    }
                }
            })
            .await;
            if let Ok(Ok(n)) = released
                && n > 0
            {
                tracing::info!(messages = n, "emails left in flight are due again");
            }
            let poll = Duration::from_secs_f64(self.settings.poll_seconds.clamp(0.05, 3600.0));
            while !self.stopping.load(Ordering::SeqCst) {
                let worker = self.clone();
                let pass = tokio::task::spawn_blocking(move || worker.deliver_batch()).await;
                match pass {
                    Ok(Ok(p)) if p.claimed > 0 => continue,
                    Ok(Ok(_)) => {}
                    Ok(Err(e)) => tracing::warn!(error = %e, "email outbox unreachable"),
                    Err(e) => tracing::error!(error = %e, "email worker pass panicked"),
                }
                tokio::select! {
                    () = tokio::time::sleep(poll) => {}
                    () = woken.notified() => {}
                }
            }
            tracing::info!("email worker stopped");
        });
        Worker {
            stopping,
            wake,
            task,
        }
    }
}

enum Outcome {
    Sent,
    Retrying,
    Failed,
}

/// Seconds to wait after `attempts` failures: `base`, doubled after each further failure,
/// at most `max`.
pub fn backoff(attempts: i32, base: f64, max: f64) -> f64 {
    let doublings = (attempts.max(1) - 1).min(30);
    (base * f64::from(1u32 << doublings)).min(max)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_up_to_its_ceiling() {
        let waits: Vec<f64> = (1..=8).map(|a| backoff(a, 30.0, 3600.0)).collect();
        assert_eq!(
            waits,
            [30.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 3600.0]
        );
        assert_eq!(backoff(100, 30.0, 3600.0), 3600.0);
    }
}
