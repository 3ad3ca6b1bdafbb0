//! The `twinning` command.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Parser;
use twinning::cli::{Cli, Command, ExportWhat, ImportWhat, SolveWhat, UserWhat};
use twinning::config::Settings;
use twinning::mail::Letterhead;
use twinning::mail::worker::Outbox;
use twinning::startup::{Application, prepare_database};
use twinning::{telemetry, transfer};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut settings = Settings::load(&cli.config, &cli.env)?;
    match cli.command {
        Command::Serve { bind } => {
            if let Some(bind) = bind {
                let (host, port) = bind
                    .rsplit_once(':')
                    .with_context(|| format!("--bind {bind}: expected HOST:PORT"))?;
                settings.server.host = host.trim_matches(['[', ']']).to_owned();
                settings.server.port = port
                    .parse()
                    .with_context(|| format!("--bind {bind}: \"{port}\" is not a port"))?;
            }
            telemetry::init(&settings.log);
            serve(settings)
        }
        Command::Migrate => {
            settings.database.seed_reference_data = false;
            let pool = runtime()?.block_on(prepare_database(&settings))?;
            drop(pool);
            eprintln!("migrations are up to date");
            Ok(())
        }
        Command::Import {
            what: ImportWhat::Cities { file },
        } => {
            let input = File::open(&file).with_context(|| format!("opening {}", file.display()))?;
            let mut conn = connect(&mut settings)?;
            let summary = transfer::cities::import(&mut conn, BufReader::new(input), "cli")
                .with_context(|| format!("importing {}", file.display()))?;
            eprintln!(
                "{} rows: {} cities created, {} updated, {} roles added",
                summary.rows, summary.cities_created, summary.cities_updated, summary.roles_added
            );
            Ok(())
        }
        Command::Export {
            what: ExportWhat::Cities { file },
        } => {
            let mut conn = connect(&mut settings)?;
            let rows = match &file {
                Some(path) => {
                    let out = File::create(path)
                        .with_context(|| format!("creating {}", path.display()))?;
                    transfer::cities::export(&mut conn, BufWriter::new(out))?
                }
                None => transfer::cities::export(&mut conn, std::io::stdout().lock())?,
            };
            std::io::stderr().flush().ok();
            eprintln!("{rows} rows exported");
            Ok(())
        }
        Command::Solve { what } => solve(what),
        Command::Reminders { at } => {
            let at = match at.as_deref() {
                None => chrono::Utc::now().naive_utc(),
                Some(text) => parse_at(text)?,
            };
            let head = Letterhead::new(&settings.mail, &settings.security.public_url)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let mut conn = connect(&mut settings)?;
            let sent = twinning::ops::reminders::enqueue_due(&mut conn, &head, at, "cli")
                .map_err(|e| anyhow::anyhow!("{}", e.chain()))?;
            eprintln!("{sent} reminders sent to the outbox (tick at {at})");
            Ok(())
        }
        Command::Demo { json } => {
            settings.database.seed_reference_data = true;
            // The command loads the example itself, once: not a second time on start-up.
            settings.demo.on_first_start = false;
            settings.database.max_connections = 1 + settings.mail.lanes.max(1);
            let pool = runtime()?.block_on(prepare_database(&settings))?;
            let head = Letterhead::new(&settings.mail, &settings.security.public_url)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let mut summary = {
                let mut conn = pool.get()?;
                twinning::demo::run(&mut conn, &head, "demo").map_err(|e| anyhow::anyhow!("{e}"))?
            };
            // Deliver what the demo queued before listing it.
            Outbox::new(pool.clone(), &settings.mail, head)
                .map_err(|e| anyhow::anyhow!("{e}"))?
                .drain()?;
            let mut conn = pool.get()?;
            summary.emails = twinning::demo::emails(&mut conn, &summary.cohort_id)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            // The cohort's report, as a manager reads it now that the emails went.
            let rates = settings.travel.rates()?;
            summary.cohort_report = Some(
                twinning::ops::report::of_cohort(
                    &mut conn,
                    &summary.cohort_id,
                    &rates,
                    chrono::Utc::now().date_naive(),
                )
                .map_err(|e| anyhow::anyhow!("{e}"))?,
            );
            let mut out = std::io::stdout().lock();
            if json {
                writeln!(out, "{}", twinning::demo::summary_json(&summary))?;
            } else {
                write!(out, "{}", twinning::demo::summary_text(&summary))?;
            }
            Ok(())
        }
        Command::User {
            what:
                UserWhat::Add {
                    email,
                    name,
                    password_stdin,
                },
        } => {
            let (password, generated) = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                (line.trim_end_matches(['\n', '\r']).to_owned(), false)
            } else {
                (twinning::auth::new_secret(), true)
            };
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_owned());
            let mut conn = connect(&mut settings)?;
            let created = twinning::ops::users::add(&mut conn, &email, &name, &password, "cli")
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            eprintln!("manager {} created", created.email);
            if generated {
                println!("password: {password}");
                eprintln!("(shown only now; the service keeps only its hash)");
            }
            Ok(())
        }
    }
}

/// `--at` of `twinning reminders`: a day (its midnight) or a day and time, in UTC.
fn parse_at(text: &str) -> anyhow::Result<chrono::NaiveDateTime> {
    let text = text.trim();
    if let Ok(day) = text.parse::<chrono::NaiveDate>() {
        return Ok(day.and_time(chrono::NaiveTime::MIN));
    }
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(at.naive_utc());
    }
    text.parse::<chrono::NaiveDateTime>()
        .with_context(|| format!("--at {text}: expected 2027-03-01 or 2027-03-01T08:00:00"))
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

/// A migrated database connection for the one-shot commands (no reference data: an import
/// or export works on what is there).
fn connect(settings: &mut Settings) -> anyhow::Result<twinning::db::PooledDb> {
    settings.database.seed_reference_data = false;
    settings.database.max_connections = 1;
    let pool = runtime()?.block_on(prepare_database(settings))?;
    Ok(pool.get()?)
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    let stopped = actix_web::rt::System::new().block_on(async move {
        let app = Application::build(&settings).await?;
        tracing::info!(url = %format!("http://{}:{}", settings.server.host, app.port()), "serving");
        anyhow::Ok(app.run_until_stopped().await?)
    })?;
    if !stopped.drained {
        // A message still in an SMTP server's hands would hold the process for as long as
        // the server takes; its claim runs out and another run sends it.
        std::process::exit(0);
    }
    Ok(())
}

/// Reads an instance of the bench format, solves it with the same library functions the
/// app's rounds call, and prints the result JSON.
fn solve(what: SolveWhat) -> anyhow::Result<()> {
    use twinning_solver::{matching, visits};
    let (args, is_match) = match what {
        SolveWhat::Match(args) => (args, true),
        SolveWhat::Visits(args) => (args, false),
    };
    let time_limit = args
        .time_limit
        .map(|s| {
            Duration::try_from_secs_f64(s)
                .with_context(|| format!("--time-limit {s}: not a number of seconds"))
        })
        .transpose()?;
    let file = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).with_context(|| format!("reading {file}"))?;
    let json = if is_match {
        let instance = matching::Instance::from_json(&bytes).with_context(|| file.clone())?;
        let options = matching::Options {
            time_limit,
            fair: args.fair,
        };
        matching::solve(&instance, &options)
            .with_context(|| file.clone())?
            .to_json()
    } else {
        if args.fair {
            bail!("--fair applies to matching only");
        }
        let instance = visits::Instance::from_json(&bytes).with_context(|| file.clone())?;
        visits::solve(&instance, &visits::Options { time_limit })
            .with_context(|| file.clone())?
            .to_json()
    };
    writeln!(std::io::stdout().lock(), "{json}")?;
    Ok(())
}
