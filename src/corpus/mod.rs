//! The corpus: paths in, announcements (`Source`s) out, bad files reported.
//!
//! `walk` lists the files under the given paths (recursive, symlink loops and
//! unreadable directories reported), `read` turns one file into its
//! announcements: decoded, HTML stripped, `.jsonl` split into lines. A file that
//! cannot be used is a `Skip` with the reason; the build goes on without it.

pub mod read;
pub mod walk;

pub use read::{Skip, Source, read_file};
pub use walk::walk;
