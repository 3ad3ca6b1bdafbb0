//! The migrations are embedded in the binary (`embed_migrations!`), which tracks the files
//! it read but not a new migration folder: rebuild whenever the migrations change.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
