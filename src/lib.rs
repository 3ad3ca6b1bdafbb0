//! twinning: a web service for peer-learning programmes between cities. Cities submit
//! profiles, programme managers pair Twins with hosts by optimisation and schedule the
//! visits, participants receive itineraries.
//!
//! Layers: [`domain`] (valid values), [`db`] (rows and queries), [`api`] and [`web`]
//! (HTTP), [`transfer`] (CSV), with [`startup`] wiring them and the `twinning-solver` crate
//! doing the optimisation.

pub mod api;
pub mod auth;
pub mod blocking;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod edge;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod ops;
pub mod scheduler;
pub mod secret;
pub mod seed;
pub mod startup;
pub mod telemetry;
pub mod throttle;
pub mod transfer;
pub mod web;
