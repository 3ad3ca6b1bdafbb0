//! Long work started from a page (a matching round): it runs on a thread of the instance
//! that started it, and is stored, so that any instance shows its phase and elapsed time
//! and can cancel it. Cancelling takes effect between phases: a solve already running
//! finishes (or stops at its time limit) and its result is then dropped, so nothing is
//! stored. While a job runs, its instance writes a heartbeat; a job whose heartbeat stops
//! for [`STALE`] ran on an instance that stopped, and is shown as failed.

use std::sync::mpsc;
use std::time::Duration;

use chrono::NaiveDateTime;

use crate::db::models::{job, now};
use crate::db::{DbConnection, DbError, DbPool};

/// How often a running job's instance says it is alive.
pub const BEAT: Duration = Duration::from_secs(5);
/// A running job with no heartbeat for this long ran on an instance that stopped.
pub const STALE: Duration = Duration::from_secs(30);
/// Ended jobs are forgotten after this long.
const KEPT: Duration = Duration::from_secs(7 * 24 * 3600);

/// How a job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done; what it made (a round id).
    Done(String),
    /// Failed, with the reason.
    Failed(String),
    /// Cancelled before it stored anything.
    Cancelled,
}

/// What a job's page shows.
#[derive(Debug, Clone)]
pub struct Status {
    /// What the job does (`matching round: 12 Twins, 9 hosts`).
    pub title: String,
    /// The phase it is in.
    pub phase: String,
    /// Time from its start to its end, or to now while it runs.
    pub elapsed: Duration,
    /// Its end, once it ended.
    pub outcome: Option<Outcome>,
    /// A cancel was asked for.
    pub cancelling: bool,
    /// The manager who started it.
    pub owner: String,
}

impl Status {
    fn of(row: job::JobRow, at: NaiveDateTime) -> Status {
        let silent = (at - row.heartbeat_at).to_std().unwrap_or_default();
        let outcome = match row.outcome.as_deref() {
            Some("done") => Some(Outcome::Done(row.result)),
            Some("cancelled") => Some(Outcome::Cancelled),
            Some(_) => Some(Outcome::Failed(row.result)),
            None if silent > STALE => Some(Outcome::Failed(format!(
                "the instance running it stopped (no sign of it since {} UTC, in phase \
                 \"{}\"); look for its round on the cohort's page and run it again if it \
                 is not there",
                row.heartbeat_at.format("%Y-%m-%d %H:%M:%S"),
                row.phase
            ))),
            None => None,
        };
        let end = match (&row.ended_at, &outcome) {
            (Some(ended), _) => *ended,
            (None, Some(_)) => row.heartbeat_at,
            (None, None) => at,
        };
        Status {
            title: row.title,
            phase: row.phase,
            elapsed: (end - row.started_at).to_std().unwrap_or_default(),
            outcome,
            cancelling: row.cancel_requested,
            owner: row.owner,
        }
    }
}

/// What the work sees of its job.
pub struct Progress {
    pool: DbPool,
    id: String,
}

impl Progress {
    /// Names the phase the work enters.
    pub fn phase(&self, name: &str) {
        let stored = with_conn(&self.pool, |c| job::set_phase(c, &self.id, name));
        if let Err(e) = stored {
            tracing::warn!(job = %self.id, error = %e, "could not store the job's phase");
        }
    }

    /// Whether a cancel was asked for (from any instance).
    pub fn cancelled(&self) -> bool {
        with_conn(&self.pool, |c| job::cancel_requested(c, &self.id)).unwrap_or_else(|e| {
            tracing::warn!(job = %self.id, error = %e, "could not read the job's cancel");
            false
        })
    }
}

/// The jobs, stored in the app's database.
#[derive(Clone)]
pub struct Jobs {
    pool: DbPool,
}

impl Jobs {
    /// The jobs of the database behind `pool`.
    pub fn new(pool: DbPool) -> Jobs {
        Jobs { pool }
    }

    /// Stores the job and starts `work` on a thread of its own; returns the job's id. The
    /// work returns what it made, or `Err(None)` when it stopped for a cancel,
    /// `Err(Some(reason))` on failure. Blocks on the database: call it off the async
    /// workers.
    pub fn start<F>(&self, title: &str, owner: &str, work: F) -> Result<String, DbError>
    where
        F: FnOnce(&Progress) -> Result<String, Option<String>> + Send + 'static,
    {
        let id = crate::db::models::new_id();
        with_conn(&self.pool, |c| {
            let forget = now() - chrono::Duration::from_std(KEPT).unwrap_or_default();
            job::prune(c, forget)?;
            job::insert(c, &id, title, owner)
        })?;
        let progress = Progress {
            pool: self.pool.clone(),
            id: id.clone(),
        };
        let (alive, beating) = mpsc::channel::<()>();
        let heart = Progress {
            pool: self.pool.clone(),
            id: id.clone(),
        };
        let span = tracing::Span::current();
        let spawned = std::thread::Builder::new()
            .name("job".to_owned())
            .spawn(move || {
                let end = span.in_scope(|| work(&progress));
                let (outcome, result) = match end {
                    Ok(made) => ("done", made),
                    Err(None) => ("cancelled", String::new()),
                    Err(Some(why)) => ("failed", why),
                };
                record_end(&progress.pool, &progress.id, outcome, &result);
                drop(alive);
            })
            .and_then(|_| {
                std::thread::Builder::new()
                    .name("job-heartbeat".to_owned())
                    .spawn(move || heartbeat(&heart, &beating))
            });
        if let Err(e) = spawned {
            record_end(&self.pool, &id, "failed", &format!("starting the job: {e}"));
        }
        Ok(id)
    }
}

/// Where a job stands (whichever instance runs it); None when there is no such job.
pub fn status(conn: &mut DbConnection, id: &str) -> diesel::QueryResult<Option<Status>> {
    Ok(job::get(conn, id)?.map(|row| Status::of(row, now())))
}

/// Asks a job to stop (whichever instance runs it); false when there is no such job.
pub fn cancel(conn: &mut DbConnection, id: &str) -> diesel::QueryResult<bool> {
    job::request_cancel(conn, id)
}

/// Beats every [`BEAT`] until the job's thread ends (and drops its end of `beating`).
fn heartbeat(of: &Progress, beating: &mpsc::Receiver<()>) {
    while let Err(mpsc::RecvTimeoutError::Timeout) = beating.recv_timeout(BEAT) {
        let beat = with_conn(&of.pool, |c| job::beat(c, &of.id));
        if let Err(e) = beat {
            tracing::warn!(job = %of.id, error = %e, "could not store the job's heartbeat");
        }
    }
}

/// One query on a connection of the pool.
fn with_conn<R>(
    pool: &DbPool,
    query: impl FnOnce(&mut DbConnection) -> diesel::QueryResult<R>,
) -> Result<R, DbError> {
    let mut conn = pool.get()?;
    Ok(query(&mut conn)?)
}

fn record_end(pool: &DbPool, id: &str, outcome: &str, result: &str) {
    let stored = with_conn(pool, |c| job::finish(c, id, outcome, result));
    if let Err(e) = stored {
        // Its heartbeat stops with it: after STALE the job shows as failed.
        tracing::error!(job = %id, error = %e, "could not store how the job ended");
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::config::DatabaseSettings;

    /// Jobs on a fresh SQLite database, and the folder that holds it.
    fn jobs() -> (Jobs, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::db::connect(&DatabaseSettings {
            url: dir.path().join("jobs.db").display().to_string(),
            max_connections: 4,
            connect_timeout_seconds: 5,
            seed_reference_data: false,
        })
        .unwrap();
        crate::db::migrate(&mut pool.get().unwrap()).unwrap();
        (Jobs::new(pool), dir)
    }

    fn status_of(jobs: &Jobs, id: &str) -> Option<Status> {
        status(&mut jobs.pool.get().unwrap(), id).unwrap()
    }

    fn cancel_of(jobs: &Jobs, id: &str) -> bool {
        cancel(&mut jobs.pool.get().unwrap(), id).unwrap()
    }

    fn wait_for_end(jobs: &Jobs, id: &str) -> Status {
        let started = Instant::now();
        loop {
            let s = status_of(jobs, id).unwrap();
            if s.outcome.is_some() || started.elapsed() > Duration::from_secs(10) {
                return s;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    #[test]
    fn a_job_reports_its_phase_and_its_result() {
        let (jobs, _dir) = jobs();
        let (tx, rx) = mpsc::channel::<()>();
        let id = jobs
            .start("round", "ana", move |p| {
                p.phase("solving");
                rx.recv().unwrap();
                Ok("round-1".to_owned())
            })
            .unwrap();
        let started = Instant::now();
        while status_of(&jobs, &id).unwrap().phase != "solving" {
            assert!(started.elapsed() < Duration::from_secs(5));
            std::thread::sleep(Duration::from_millis(5));
        }
        let running = status_of(&jobs, &id).unwrap();
        assert_eq!(running.outcome, None);
        assert_eq!(
            (running.title.as_str(), running.owner.as_str()),
            ("round", "ana")
        );
        tx.send(()).unwrap();
        assert_eq!(
            wait_for_end(&jobs, &id).outcome,
            Some(Outcome::Done("round-1".to_owned()))
        );
        assert!(status_of(&jobs, "no-such-job").is_none());
    }

    #[test]
    fn a_cancelled_job_stops_at_its_next_phase() {
        let (jobs, _dir) = jobs();
        let (tx, rx) = mpsc::channel::<()>();
        let id = jobs
            .start("round", "ana", move |p| {
                p.phase("solving");
                rx.recv().unwrap();
                if p.cancelled() {
                    return Err(None);
                }
                p.phase("storing");
                Ok("stored".to_owned())
            })
            .unwrap();
        assert!(cancel_of(&jobs, &id));
        assert!(status_of(&jobs, &id).unwrap().cancelling);
        tx.send(()).unwrap();
        assert_eq!(wait_for_end(&jobs, &id).outcome, Some(Outcome::Cancelled));
        assert!(!cancel_of(&jobs, "no-such-job"));
    }

    #[test]
    fn a_job_whose_instance_stopped_beating_shows_as_failed() {
        let (jobs, _dir) = jobs();
        let mut conn = jobs.pool.get().unwrap();
        job::insert(&mut conn, "j1", "round", "ana").unwrap();
        job::set_phase(&mut conn, "j1", "solving").unwrap();
        let row = job::get(&mut conn, "j1").unwrap().unwrap();
        let beat = row.heartbeat_at;
        // Within STALE of its last beat it still runs; after, its instance is gone.
        let soon = beat + chrono::Duration::seconds(20);
        assert_eq!(Status::of(row.clone(), soon).outcome, None);
        let later = Status::of(row, beat + chrono::Duration::seconds(31));
        match later.outcome {
            Some(Outcome::Failed(why)) => {
                assert!(why.starts_with("the instance running it stopped"), "{why}");
                assert!(why.contains("\"solving\""), "{why}");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            later.elapsed < Duration::from_secs(1),
            "up to its last beat"
        );
    }
}
