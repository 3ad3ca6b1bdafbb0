//! `twinning user add`: a manager from the command line, with a password given on standard
//! input or made and printed once; bad input is named and nothing is stored.

use crate::common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::root;
use common::web::Session;

fn user_add(db: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_twinning"))
        .args([
            "--config",
            root().join("config").to_str().unwrap(),
            "--env",
            "test",
            "user",
            "add",
        ])
        .args(args)
        .env("TWINNING__DATABASE__URL", db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        writeln!(child.stdin.take().unwrap(), "{input}").unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

#[actix_web::test]
async fn a_manager_added_from_the_command_line_can_log_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("u.db").display().to_string();

    let made = user_add(&db, &["Lea@Example.org"], None);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let stdout = String::from_utf8_lossy(&made.stdout);
    let password = stdout
        .trim()
        .strip_prefix("password: ")
        .expect("the password, once")
        .to_owned();
    assert_eq!(password.len(), 43);

    let short = user_add(&db, &["kim@example.org", "--password-stdin"], Some("short"));
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr)
            .contains("password: must be at least 12 characters (it has 5)")
    );
    let twice = user_add(
        &db,
        &["lea@example.org", "--password-stdin"],
        Some("another long password"),
    );
    assert!(!twice.status.success());
    assert!(
        String::from_utf8_lossy(&twice.stderr)
            .contains("a manager with the email lea@example.org exists already")
    );
    let bad = user_add(
        &db,
        &["not-an-email", "--password-stdin"],
        Some("another long password"),
    );
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("email: \"not-an-email\" is not an email address")
    );

    let mut settings = common::settings(&db, false);
    settings.server.port = 0;
    let app = twinning::startup::Application::build(&settings)
        .await
        .unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run_until_stopped());
    let mut browser = Session::new(&base);
    browser.login("lea@example.org", &password).await;
    let mut nobody = Session::new(&base);
    let csrf = nobody.get("/login").await.csrf();
    let refused = nobody
        .post(
            "/login",
            &[
                ("csrf", &csrf),
                ("email", "kim@example.org"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(refused.status, 401, "kim was not stored");
}
