//! The integration tests: each module is one area of the service, started for real (the
//! binary, SQLite and PostgreSQL, an SMTP server, Chromium) by the tests themselves.

#[macro_use]
mod common;

mod access;
mod agenda_changes;
mod api_fuzz;
mod archive;
mod attention;
mod axe;
mod browser;
mod cities_api;
mod city_forms;
mod cli_solve;
mod cli_transfer;
mod cli_user;
mod concurrent_edits;
mod config;
mod confirmations;
mod costs;
mod deletes;
mod demo;
mod emails;
mod feedback;
mod hostile_input;
mod invariants;
mod languages;
mod layers;
mod memory;
mod migrations;
mod model;
mod openapi;
mod outbox_claims;
mod payloads;
mod phones;
mod plans;
mod privacy;
mod profiles;
mod programme_api;
mod races;
mod reminders;
mod report;
mod rounds;
mod secrets_in_logs;
mod security;
mod slips;
mod snapshots;
mod visits;
