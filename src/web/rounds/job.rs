//! A matching round running as a job: its page (phase, elapsed time, the result once
//! done, without reloading on a timer) and its cancel.

use super::*;

#[derive(Template)]
#[template(path = "console/job.html")]
struct JobPage {
    nav: Nav,
    csrf: String,
    id: String,
    title: String,
    phase: String,
    seconds: u64,
    cancelling: bool,
    /// How long opening the page waits for the result, in seconds.
    wait: u64,
}

pub(super) fn registry(request: &HttpRequest) -> Result<web::Data<Jobs>, PageError> {
    request
        .app_data::<web::Data<Jobs>>()
        .cloned()
        .ok_or_else(|| PageError::Internal("no job registry".to_owned()))
}

/// How long the job's page waits for the job to end before it answers that it is still
/// running. A page that reloads itself on a timer is one a person cannot stop or slow
/// down (WCAG 2.2.1); instead each opening of the page waits this long, and the page says
/// where the job stands with a link to look again.
const JOB_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// `GET /console/jobs/{id}`: where a job stands; the round once it is done (waiting up to
/// [`JOB_WAIT`] for it).
pub async fn job(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let id = id.into_inner();
    let started = std::time::Instant::now();
    let status = loop {
        let asked = id.clone();
        let status = with_db(&pool, move |conn| Ok(jobs::status(conn, &asked)?))
            .await?
            .ok_or(PageError::NotFound)?;
        if status.outcome.is_some() || status.cancelling || started.elapsed() >= JOB_WAIT {
            break status;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    match status.outcome {
        Some(Outcome::Done(round)) => Ok(redirect(&format!("/console/rounds/{round}"))),
        Some(Outcome::Failed(why)) => {
            tracing::warn!(job = %id, reason = %why, "a job failed");
            html(&crate::web::page::Message {
                title: "The round failed",
                text: &format!("{}: {why}.", status.title),
                link: Some(("/console", "Back to the console")),
            })
        }
        Some(Outcome::Cancelled) => html(&crate::web::page::Message {
            title: "The round was cancelled",
            text: "Nothing was stored. Run it again from the cohort's page when you are ready.",
            link: Some(("/console", "Back to the console")),
        }),
        None => {
            let page = JobPage {
                nav,
                csrf: csrf.token.clone(),
                id,
                title: status.title,
                phase: status.phase,
                seconds: status.elapsed.as_secs(),
                cancelling: status.cancelling,
                wait: JOB_WAIT.as_secs(),
            };
            Ok(csrf.apply(html(&page)?))
        }
    }
}

/// `POST /console/jobs/{id}/cancel`.
pub async fn cancel(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    manager(&request).await?;
    let id = id.into_inner();
    let asked = id.clone();
    if !with_db(&pool, move |conn| Ok(jobs::cancel(conn, &asked)?)).await? {
        return Err(PageError::NotFound);
    }
    Ok(redirect(&format!("/console/jobs/{id}")))
}
