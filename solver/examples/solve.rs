//! `solve match|visits FILE [--time-limit SECONDS] [--fair]`: reads an instance of
//! FORMAT.md, prints the result JSON on stdout. The benchmark harness of the crate.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use twinning_solver::{matching, visits};

const USAGE: &str = "usage: solve match|visits FILE [--time-limit SECONDS] [--fair]";

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{json}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("cannot write the result: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<String, String> {
    let mut args = std::env::args().skip(1);
    let (Some(kind), Some(file)) = (args.next(), args.next()) else {
        return Err(USAGE.into());
    };
    let mut time_limit = None;
    let mut fair = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--fair" => fair = true,
            "--time-limit" => {
                let value = args.next().ok_or(USAGE)?;
                let seconds: f64 = value
                    .parse()
                    .map_err(|_| format!("--time-limit: {value:?} is not a number of seconds"))?;
                time_limit = Some(
                    Duration::try_from_secs_f64(seconds)
                        .map_err(|e| format!("--time-limit: {e}"))?,
                );
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    let bytes = std::fs::read(&file).map_err(|e| format!("{file}: {e}"))?;
    let fail = |e: &dyn std::fmt::Display| format!("{file}: {e}");
    match kind.as_str() {
        "match" => {
            let instance = matching::Instance::from_json(&bytes).map_err(|e| fail(&e))?;
            let options = matching::Options { time_limit, fair };
            let solution = matching::solve(&instance, &options).map_err(|e| fail(&e))?;
            Ok(solution.to_json())
        }
        "visits" => {
            if fair {
                return Err("--fair applies to match only".into());
            }
            let instance = visits::Instance::from_json(&bytes).map_err(|e| fail(&e))?;
            let options = visits::Options { time_limit };
            let solution = visits::solve(&instance, &options).map_err(|e| fail(&e))?;
            Ok(solution.to_json())
        }
        other => Err(format!("unknown kind {other:?}\n{USAGE}")),
    }
}
