//! Long work started from a page (a matching round): it runs on a thread of its own, the
//! page shows its phase and elapsed time and can cancel it. Cancelling takes effect
//! between phases: a solve already running finishes (or stops at its time limit) and its
//! result is then dropped, so nothing is stored.
//!
//! The registry lives in the process: with several app instances, the page that follows a
//! job must reach the instance that started it (sticky sessions).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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
    /// What the job does (`round of Cohort 2`).
    pub title: String,
    /// The phase it is in.
    pub phase: String,
    /// Time since it started.
    pub elapsed: Duration,
    /// Its end, once it ended.
    pub outcome: Option<Outcome>,
    /// A cancel was asked for.
    pub cancelling: bool,
    /// The manager who started it.
    pub owner: String,
}

struct Job {
    title: String,
    owner: String,
    started: Instant,
    phase: Arc<Mutex<String>>,
    cancel: Arc<AtomicBool>,
    outcome: Arc<Mutex<Option<Outcome>>>,
}

/// What the work sees of its job.
pub struct Progress {
    phase: Arc<Mutex<String>>,
    cancel: Arc<AtomicBool>,
}

impl Progress {
    /// Names the phase the work enters.
    pub fn phase(&self, name: &str) {
        if let Ok(mut p) = self.phase.lock() {
            *p = name.to_owned();
        }
    }

    /// Whether a cancel was asked for.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::SeqCst)
    }
}

/// The jobs of this process.
#[derive(Clone, Default)]
pub struct Jobs(Arc<Mutex<HashMap<String, Job>>>);

impl Jobs {
    /// Starts `work` on its own thread; returns the job's id. The work returns what it
    /// made, or `Err(None)` when it stopped for a cancel, `Err(Some(reason))` on failure.
    pub fn start<F>(&self, title: &str, owner: &str, work: F) -> String
    where
        F: FnOnce(&Progress) -> Result<String, Option<String>> + Send + 'static,
    {
        let id = crate::db::models::new_id();
        let job = Job {
            title: title.to_owned(),
            owner: owner.to_owned(),
            started: Instant::now(),
            phase: Arc::new(Mutex::new("starting".to_owned())),
            cancel: Arc::new(AtomicBool::new(false)),
            outcome: Arc::new(Mutex::new(None)),
        };
        let progress = Progress {
            phase: job.phase.clone(),
            cancel: job.cancel.clone(),
        };
        let outcome = job.outcome.clone();
        if let Ok(mut jobs) = self.0.lock() {
            // Jobs that ended an hour ago are forgotten.
            jobs.retain(|_, j| {
                j.started.elapsed() < Duration::from_secs(3600)
                    || j.outcome.lock().map(|o| o.is_none()).unwrap_or(false)
            });
            jobs.insert(id.clone(), job);
        }
        let span = tracing::Span::current();
        let spawned = std::thread::Builder::new()
            .name("job".to_owned())
            .spawn(move || {
                let end = span.in_scope(|| match work(&progress) {
                    Ok(made) => Outcome::Done(made),
                    Err(None) => Outcome::Cancelled,
                    Err(Some(why)) => Outcome::Failed(why),
                });
                progress.phase("ended");
                if let Ok(mut o) = outcome.lock() {
                    *o = Some(end);
                }
            });
        if let Err(e) = spawned {
            self.fail(&id, format!("starting the job: {e}"));
        }
        id
    }

    fn fail(&self, id: &str, why: String) {
        if let Some(job) = self
            .0
            .lock()
            .ok()
            .and_then(|j| j.get(id).map(|j| j.outcome.clone()))
            && let Ok(mut o) = job.lock()
        {
            *o = Some(Outcome::Failed(why));
        }
    }

    /// Where a job stands.
    pub fn status(&self, id: &str) -> Option<Status> {
        let jobs = self.0.lock().ok()?;
        let job = jobs.get(id)?;
        Some(Status {
            title: job.title.clone(),
            phase: job.phase.lock().map(|p| p.clone()).unwrap_or_default(),
            elapsed: job.started.elapsed(),
            outcome: job.outcome.lock().ok().and_then(|o| o.clone()),
            cancelling: job.cancel.load(Ordering::SeqCst),
            owner: job.owner.clone(),
        })
    }

    /// Asks a job to stop; false when there is no such job.
    pub fn cancel(&self, id: &str) -> bool {
        match self
            .0
            .lock()
            .ok()
            .and_then(|j| j.get(id).map(|j| j.cancel.clone()))
        {
            Some(flag) => {
                flag.store(true, Ordering::SeqCst);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for_end(jobs: &Jobs, id: &str) -> Status {
        let started = Instant::now();
        loop {
            let s = jobs.status(id).unwrap();
            if s.outcome.is_some() || started.elapsed() > Duration::from_secs(10) {
                return s;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    #[test]
    fn a_job_reports_its_phase_and_its_result() {
        let jobs = Jobs::default();
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let id = jobs.start("round", "ana", move |p| {
            p.phase("solving");
            rx.recv().unwrap();
            Ok("round-1".to_owned())
        });
        let started = Instant::now();
        while jobs.status(&id).unwrap().phase != "solving" {
            assert!(started.elapsed() < Duration::from_secs(5));
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(jobs.status(&id).unwrap().outcome, None);
        tx.send(()).unwrap();
        assert_eq!(
            wait_for_end(&jobs, &id).outcome,
            Some(Outcome::Done("round-1".to_owned()))
        );
    }

    #[test]
    fn a_cancelled_job_stops_at_its_next_phase() {
        let jobs = Jobs::default();
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let id = jobs.start("round", "ana", move |p| {
            p.phase("solving");
            rx.recv().unwrap();
            if p.cancelled() {
                return Err(None);
            }
            p.phase("storing");
            Ok("stored".to_owned())
        });
        assert!(jobs.cancel(&id));
        assert!(jobs.status(&id).unwrap().cancelling);
        tx.send(()).unwrap();
        assert_eq!(wait_for_end(&jobs, &id).outcome, Some(Outcome::Cancelled));
        assert!(!jobs.cancel("no-such-job"));
    }
}
