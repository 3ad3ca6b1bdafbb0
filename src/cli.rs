//! The command line: serve, migrate, import, export, solve.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// twinning: peer-learning programmes between cities.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    /// The folder of the config files.
    #[arg(
        long,
        global = true,
        env = "TWINNING_CONFIG_DIR",
        default_value = "config"
    )]
    pub config: PathBuf,
    /// The environment, naming `config/<ENV>.toml`.
    #[arg(long, global = true, env = "TWINNING_ENV", default_value = "local")]
    pub env: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the web service (migrates and seeds first).
    Serve {
        /// Address to listen on, e.g. 0.0.0.0:8080 (default from config).
        #[arg(long)]
        bind: Option<String>,
    },
    /// Run the pending database migrations and stop.
    Migrate,
    /// Import data from CSV, all or nothing.
    Import {
        /// What to import.
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Export data as CSV.
    Export {
        /// What to export.
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Load illustrative example profiles for cohort 2's documented pairings, run a
    /// matching round on them and print its summary.
    Demo {
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Manage programme managers.
    User {
        /// What to do.
        #[command(subcommand)]
        what: UserWhat,
    },
    /// Run one tick of the reminders' scheduler: send (to the outbox) the reminders due at
    /// that time, each at most once, and print how many.
    Reminders {
        /// The time of the tick (`2027-03-01` or `2027-03-01T08:00:00`, UTC; default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// Solve a solver instance file (bench/FORMAT.md) and print the result JSON.
    Solve {
        /// Which model.
        #[command(subcommand)]
        what: SolveWhat,
    },
}

/// What can be done with managers.
#[derive(Debug, Subcommand)]
pub enum UserWhat {
    /// Create a manager. The password is read from standard input with
    /// --password-stdin, else a random one is made and printed once.
    Add {
        /// The manager's email, the login.
        email: String,
        /// The name shown in the console (default: the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        /// Read the password (one line, 12 characters or more) from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

/// What can be imported.
#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// Cities and their roles: name,country_iso2,role,lat,lon,population,source.
    Cities {
        /// The CSV file.
        file: PathBuf,
    },
}

/// What can be exported.
#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// Cities and their roles, in the import format.
    Cities {
        /// The file to write (default: standard output).
        file: Option<PathBuf>,
    },
}

/// Which solver model.
#[derive(Debug, Subcommand)]
pub enum SolveWhat {
    /// A matching instance (`twinning-matching/1`).
    Match(SolveArgs),
    /// A visit-scheduling instance (`twinning-visits/1`).
    Visits(SolveArgs),
}

/// Options of `solve`.
#[derive(Debug, Args)]
pub struct SolveArgs {
    /// The instance file.
    pub file: PathBuf,
    /// Stop after this many seconds with the best solution found and its bound.
    #[arg(long)]
    pub time_limit: Option<f64>,
    /// Matching: first maximise the lowest score of a chosen pair, then the total.
    #[arg(long)]
    pub fair: bool,
}
