//! The command line: one file per subcommand, each with its `Args` (whose doc
//! comments are the help) and its `run`. `main.rs` only parses and reports.

pub mod build;
pub mod export;
pub mod lookup;
pub mod output;
pub mod path;
pub mod search;
pub mod show;
pub mod who;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// guanxi (关系): turns Chinese institutional announcements into a knowledge
/// graph of who is tied to whom, and answers questions about it.
#[derive(Debug, Parser)]
#[command(name = "guanxi", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read announcements and write the graph (graph.json, graph.graphml, graph.dot).
    Build(build::BuildArgs),
    /// Who is connected to an entity, grouped by relation.
    Who(who::WhoArgs),
    /// How one entity is linked to another, hop by hop.
    Path(path::PathArgs),
    /// Everything the graph knows about one entity.
    Show(show::ShowArgs),
    /// Find entities by part of a name or alias.
    Search(search::SearchArgs),
    /// Write the graph or a neighbourhood as GraphML, DOT, SVG, PNG, JSON or CSV.
    Export(export::ExportArgs),
}

/// An error for the user: printed once by `main`, with the exit code to use.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: u8,
}

impl CliError {
    pub fn new(message: impl Into<String>, code: u8) -> CliError {
        CliError { message: message.into(), code }
    }
}

impl<E: std::error::Error> From<E> for CliError {
    fn from(e: E) -> CliError {
        CliError::new(e.to_string(), 1)
    }
}

pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Who(args) => who::run(args),
        Command::Path(args) => path::run(args),
        Command::Show(args) => show::run(args),
        Command::Search(args) => search::run(args),
        Command::Export(args) => export::run(args),
    }
}
