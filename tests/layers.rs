//! The layers of ARCHITECTURE.md depend one way: a module may use only the layers its rule
//! allows. Read from the source, so a new `use` that crosses a layer fails here, with the
//! file and the line.

use std::path::{Path, PathBuf};

/// Each layer (a folder or a file of `src/`) and the top-level modules it must not use.
const RULES: &[(&str, &[&str])] = &[
    (
        "domain",
        &[
            "db", "ops", "api", "web", "mail", "jobs", "auth", "blocking", "http", "edge",
            "startup", "demo", "transfer", "config", "i18n",
        ],
    ),
    // The catalogue: below web and mail (both say their words through it), above domain.
    (
        "i18n",
        &[
            "db", "ops", "api", "web", "mail", "jobs", "auth", "blocking", "http", "edge",
            "startup", "demo", "transfer",
        ],
    ),
    (
        "db",
        &[
            "i18n", "ops", "api", "web", "mail", "jobs", "auth", "blocking", "http", "edge",
            "startup", "demo",
        ],
    ),
    ("secret.rs", &["db", "ops", "api", "web", "mail", "auth"]),
    (
        "transfer",
        &["ops", "api", "web", "mail", "edge", "startup"],
    ),
    (
        "mail",
        &["ops", "api", "web", "auth", "edge", "startup", "demo"],
    ),
    ("ops", &["api", "web", "auth", "http", "edge", "startup"]),
    ("blocking.rs", &["api", "web", "edge", "startup"]),
    ("auth.rs", &["api", "web", "edge", "startup"]),
    ("jobs.rs", &["api", "web", "ops", "edge", "startup"]),
    ("scheduler.rs", &["api", "web", "edge", "startup"]),
    ("http.rs", &["api", "web", "edge", "startup"]),
    ("demo.rs", &["api", "web", "edge", "startup"]),
    ("api", &["web"]),
    ("web", &["api"]),
];

fn sources(under: &Path, out: &mut Vec<PathBuf>) {
    if under.is_file() {
        out.push(under.to_owned());
        return;
    }
    for entry in std::fs::read_dir(under).expect("read src") {
        sources(&entry.expect("entry").path(), out);
    }
}

/// Whether a line of code names the top-level module `module`: `crate::module::…`,
/// `crate::module;` or `use crate::{module, …}`.
fn uses(code: &str, module: &str) -> bool {
    if code.contains(&format!("crate::{module}::")) || code.contains(&format!("crate::{module};")) {
        return true;
    }
    code.split("crate::{").skip(1).any(|group| {
        group
            .split('}')
            .next()
            .unwrap_or("")
            .split(',')
            .any(|name| name.trim().split("::").next() == Some(module))
    })
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut crossings = Vec::new();
    for (layer, forbidden) in RULES {
        let mut files = Vec::new();
        sources(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "no source under src/{layer}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("read source");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for module in *forbidden {
                    if uses(code, module) {
                        crossings.push(format!(
                            "{}:{}: {layer} uses {module}: {}",
                            file.strip_prefix(&src).unwrap_or(&file).display(),
                            n + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        crossings.is_empty(),
        "layers crossed (see ARCHITECTURE.md):\n{}",
        crossings.join("\n")
    );
}
