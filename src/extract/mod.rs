//! The extract stage: sentences in, `DocFacts` out.
//!
//! `orgs` finds organisation names and their aliases, `people` finds names next
//! to titles, `mentions` lays both over each sentence as a token stream, and
//! `roles`, `agreements` and `links` read facts off that stream. `dates` reads
//! dates; `filings` the fields of a company's notice. Word lists come from `lexicon`. Nothing here merges across documents.

pub mod agreements;
pub mod dates;
pub mod document;
pub mod facts;
pub mod filings;
pub mod keys;
pub mod lexicon;
pub mod links;
pub mod mentions;
pub mod orgs;
pub mod people;
pub mod roles;

pub use document::{Document, extract_document};
