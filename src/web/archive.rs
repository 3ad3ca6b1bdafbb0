//! `/console`: archiving, unarchiving and deleting programmes and cohorts. Archiving and
//! deleting each ask for confirmation first; a delete that programme records forbid is
//! refused already on the confirmation page (409, naming what refers to it and what to do
//! instead), and again, in the delete's own transaction, if it is sent anyway.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::confirm::ConfirmPage;
use super::console::{Nav, enter};
use super::page::{PageError, html, redirect};
use crate::blocking::{in_transaction, with_db};
use crate::db::models::{Listing, cohort, programme};
use crate::db::{DbConnection, DbPool};
use crate::domain::id::CohortId;
use crate::domain::id::ProgrammeId;
use crate::ops::Error as OpsError;
use crate::ops::{archive, deletes};

/// What a console action is about, from the path's first segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Cohort,
    Programme,
}

impl Target {
    fn parse(kind: &str) -> Result<Target, PageError> {
        match kind {
            "cohorts" => Ok(Target::Cohort),
            "programmes" => Ok(Target::Programme),
            _ => Err(PageError::NotFound),
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Target::Cohort => "cohort",
            Target::Programme => "programme",
        }
    }

    /// The prefix of its action paths (`.../archive`, `.../delete`); a programme has no
    /// page of its own, so this is not always a page.
    fn path(self, id: &str) -> String {
        match self {
            Target::Cohort => format!("/console/cohorts/{id}"),
            Target::Programme => format!("/console/programmes/{id}"),
        }
    }

    /// Where to go after an action: the cohort's page, or the console.
    fn home(self, id: &str) -> String {
        match self {
            Target::Cohort => format!("/console/cohorts/{id}"),
            Target::Programme => "/console".to_owned(),
        }
    }

    /// Its name, or 404.
    fn name(self, conn: &mut DbConnection, id: &str) -> Result<String, OpsError> {
        let found = match self {
            Target::Cohort => cohort::get(conn, &CohortId::from(id))?.map(|c| c.cohort.name),
            Target::Programme => programme::get(conn, &ProgrammeId::from(id))?.map(|p| p.name),
        };
        found.ok_or_else(|| OpsError::not_found(self.noun(), id.to_owned()))
    }
}

fn target_of(path: &(String, String)) -> Result<Target, PageError> {
    Target::parse(&path.0)
}

/// `GET /console/{cohorts|programmes}/{id}/archive`: what archiving means, and the button.
pub async fn confirm_archive(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let target = target_of(&path)?;
    let id = path.into_inner().1;
    let (_, csrf, nav) = enter(&request).await?;
    let lookup = id.clone();
    let name = with_db(&pool, move |conn| target.name(conn, &lookup)).await?;
    let reach = match target {
        Target::Cohort => "It becomes read-only: no invitation, profile change, matching round, publication or visit change is accepted until it is unarchived.".to_owned(),
        Target::Programme => "It and every one of its cohorts become read-only: nothing of theirs can be changed until the programme is unarchived.".to_owned(),
    };
    let page = ConfirmPage {
        nav,
        csrf: csrf.token.clone(),
        title: format!("Archive {name}?"),
        text: vec![
            reach,
            "It leaves the default lists (find it under Archived) and is kept whole: its reports, audit log and calendar feeds stay readable.".to_owned(),
            "Unarchiving restores it exactly as it was.".to_owned(),
        ],
        items: Vec::new(),
        hidden: Vec::new(),
        action: format!("{}/archive", target.path(&id)),
        button: format!("Archive the {}", target.noun()),
        back: target.home(&id),
        date: None,
    };
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/{cohorts|programmes}/{id}/archive`.
pub async fn archive(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    set_archived(request, pool, path, true).await
}

/// `POST /console/{cohorts|programmes}/{id}/unarchive`: the undo of an archive, at once.
pub async fn unarchive(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    set_archived(request, pool, path, false).await
}

/// Archives or unarchives the cohort or programme of the path, then shows where it is now
/// (an archived programme is found under Archived).
async fn set_archived(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    archiving: bool,
) -> Result<HttpResponse, PageError> {
    let target = target_of(&path)?;
    let id = path.into_inner().1;
    let (manager, _, _) = enter(&request).await?;
    let key = id.clone();
    in_transaction(&pool, move |conn| {
        let by = &manager.email;
        match (target, archiving) {
            (Target::Cohort, true) => archive::archive_cohort(conn, &key.into(), by),
            (Target::Programme, true) => archive::archive_programme(conn, &key.into(), by),
            (Target::Cohort, false) => archive::unarchive_cohort(conn, &key.into(), by),
            (Target::Programme, false) => archive::unarchive_programme(conn, &key.into(), by),
        }
    })
    .await?;
    Ok(redirect(&match (target, archiving) {
        (Target::Programme, true) => "/console/archived".to_owned(),
        _ => target.home(&id),
    }))
}

/// `GET /console/{cohorts|programmes}/{id}/delete`: refused at once (409) when programme
/// records refer to it, else what goes with it, and the button.
pub async fn confirm_delete(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let target = target_of(&path)?;
    let id = path.into_inner().1;
    let (_, csrf, nav) = enter(&request).await?;
    let lookup = id.clone();
    let name = with_db(&pool, move |conn| {
        Ok(match target {
            Target::Cohort => {
                deletes::check_cohort(conn, &CohortId::from(lookup))?
                    .cohort
                    .name
            }
            Target::Programme => deletes::check_programme(conn, &ProgrammeId::from(lookup))?.name,
        })
    })
    .await?;
    let goes = match target {
        Target::Cohort => {
            "Nothing refers to it: its modules and its own calendar events are deleted with it."
        }
        Target::Programme => "It has no cohort: its own calendar events are deleted with it.",
    };
    let page = ConfirmPage {
        nav,
        csrf: csrf.token.clone(),
        title: format!("Delete {name}?"),
        text: vec![
            goes.to_owned(),
            "This cannot be undone here; its data stays in the audit log.".to_owned(),
        ],
        items: Vec::new(),
        hidden: Vec::new(),
        action: format!("{}/delete", target.path(&id)),
        button: format!("Delete the {}", target.noun()),
        back: target.home(&id),
        date: None,
    };
    Ok(csrf.apply(html(&page)?))
}

/// `POST /console/{cohorts|programmes}/{id}/delete`.
pub async fn delete(
    request: HttpRequest,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let target = target_of(&path)?;
    let id = path.into_inner().1;
    let (manager, _, _) = enter(&request).await?;
    in_transaction(&pool, move |conn| match target {
        Target::Cohort => deletes::delete_cohort(conn, &id.into(), &manager.email),
        Target::Programme => deletes::delete_programme(conn, &id.into(), &manager.email),
    })
    .await?;
    Ok(redirect("/console"))
}

#[derive(Template)]
#[template(path = "console/archived.html")]
struct ArchivedPage {
    nav: Nav,
    csrf: String,
    programmes: Vec<(String, String, String)>,
    cohorts: Vec<(String, String, String)>,
}

/// `GET /console/archived`: the archived programmes and cohorts.
pub async fn archived(
    request: HttpRequest,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, PageError> {
    let (_, csrf, nav) = enter(&request).await?;
    let since = |at: chrono::NaiveDateTime| at.format("%Y-%m-%d").to_string();
    let (programmes, cohorts) = with_db(&pool, move |conn| {
        let programmes = programme::list(conn, Listing::Archived, 500, 0)?.items;
        let cohorts = cohort::list(conn, None, Listing::Archived, 500, 0)?.items;
        Ok((programmes, cohorts))
    })
    .await?;
    let page = ArchivedPage {
        nav,
        csrf: csrf.token.clone(),
        programmes: programmes
            .into_iter()
            .map(|p| {
                (
                    p.id.into(),
                    p.name,
                    p.archived_at.map(since).unwrap_or_default(),
                )
            })
            .collect(),
        cohorts: cohorts
            .into_iter()
            .map(|c| {
                let at = c.archived_since().map(since).unwrap_or_default();
                (c.cohort.id.into(), c.cohort.name, at)
            })
            .collect(),
    };
    Ok(csrf.apply(html(&page)?))
}
