//! The text stage: raw bytes in, clean sentences out.
//!
//! `decode` turns bytes into a `String` (UTF-8/16, GBK/GB18030, Big5), `clean`
//! strips HTML and page furniture, `script` folds traditional characters to
//! simplified ones, `sentences` splits clean text into `Sentence`s. Nothing here
//! knows about organisations, people or graphs.

pub mod clean;
pub mod decode;
pub mod script;
pub mod sentences;
