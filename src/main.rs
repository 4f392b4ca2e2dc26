//! guanxi's entry point: parse the arguments, run the subcommand, report an
//! error once, exit with its code (0 on a closed pipe).

use clap::Parser;
use guanxi::cli::{Cli, run};
use std::process::ExitCode;

// Builds allocate millions of small strings on many threads and free them on
// one; mimalloc does that far faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.message.contains("Broken pipe") {
                return ExitCode::SUCCESS;
            }
            eprintln!("guanxi: {}", e.message);
            ExitCode::from(e.code)
        }
    }
}
