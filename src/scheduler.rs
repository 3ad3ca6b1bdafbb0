//! The reminders' scheduler: a task of the service that, every `reminders.poll_seconds`,
//! runs one tick of `ops::reminders::enqueue_due` off the async workers. Several instances
//! In the same tick, `ops::privacy::anonymise_due` anonymises the personal data of the
//! cohorts past their retention period (`privacy.retention_days`). Several instances
//! may each run one (on PostgreSQL): a reminder is claimed by a UNIQUE row before its
//! emails are enqueued, so it goes out once whichever instance ticks first.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::config::{PrivacySettings, RemindersSettings};
use crate::db::DbPool;
use crate::mail::Letterhead;

/// The running scheduler.
pub struct Scheduler {
    stopping: Arc<AtomicBool>,
    wake: Arc<tokio::sync::Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl Scheduler {
    /// Starts ticking (the first tick at once); `instance` names this instance in the audit
    /// log of what it sent.
    pub fn spawn(
        pool: DbPool,
        head: Letterhead,
        settings: &RemindersSettings,
        privacy: &PrivacySettings,
        instance: String,
    ) -> Scheduler {
        let stopping = Arc::new(AtomicBool::new(false));
        let wake = Arc::new(tokio::sync::Notify::new());
        let poll = Duration::from_secs_f64(settings.poll_seconds.clamp(1.0, 86_400.0));
        let (stop, woken) = (stopping.clone(), wake.clone());
        let actor = format!("scheduler:{instance}");
        let retention_days = privacy.retention_days;
        let task = tokio::spawn(async move {
            while !stop.load(Ordering::SeqCst) {
                let (pool, head, actor) = (pool.clone(), head.clone(), actor.clone());
                let tick = tokio::task::spawn_blocking(move || {
                    let mut conn = pool.get().map_err(|e| e.to_string())?;
                    let now = chrono::Utc::now().naive_utc();
                    let anonymised =
                        crate::ops::privacy::anonymise_due(&mut conn, now, retention_days, &actor);
                    match anonymised {
                        Ok(0) => {}
                        Ok(n) => {
                            tracing::info!(cohorts = n, "personal data past retention anonymised")
                        }
                        Err(e) => {
                            tracing::warn!(error = %e.chain(), "anonymising past retention failed")
                        }
                    }
                    crate::ops::reminders::enqueue_due(&mut conn, &head, now, &actor)
                        .map_err(|e| e.chain())
                })
                .await;
                match tick {
                    Ok(Ok(0)) => {}
                    Ok(Ok(n)) => tracing::info!(reminders = n, "reminders sent to the outbox"),
                    Ok(Err(e)) => tracing::warn!(error = %e, "a reminders tick failed"),
                    Err(e) => tracing::warn!(error = %e, "a reminders tick panicked"),
                }
                tokio::select! {
                    () = tokio::time::sleep(poll) => {}
                    () = woken.notified() => {}
                }
            }
        });
        Scheduler {
            stopping,
            wake,
            task,
        }
    }

    /// Stops after the tick under way, if any.
    pub async fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.wake.notify_one();
        let _ = self.task.await;
    }
}
