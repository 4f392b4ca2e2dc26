//! Lexicons: the word lists the extractors read, as data the user can edit.
//!
//! Defaults are the files of `data/lexicon/`, embedded at build time; a directory
//! given at run time replaces each file it holds (so editing `data/lexicon/` takes
//! effect at the next build). Each file is TSV with a header row and `#` comments;
//! a bad line is a `LexiconError` naming the file and line. Loaders take `BufRead`.

use crate::extract::facts::{OrgType, RoleRelation};
use crate::text::clean::FurnitureRules;
use crate::text::script::to_simplified;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// A malformed lexicon line, or a lexicon file that cannot be read.
#[derive(Debug)]
pub struct LexiconError {
    pub path: PathBuf,
    pub line: usize,
    pub problem: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.problem)
        } else {
            write!(f, "{}:{}: {}", self.path.display(), self.line, self.problem)
        }
    }
}

impl std::error::Error for LexiconError {}

/// Everything the extractors look up, all in simplified script.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub titles: BTreeMap<String, RoleRelation>,
    /// Words before a title that say how far it reaches: true for one part of
    /// the body (大中华区), false for all of it (全球).
    pub title_scopes: BTreeMap<String, bool>,
    pub org_suffixes: BTreeMap<String, OrgType>,
    /// Bodies known by a bare name (科技部, 国务院): a name with no head.
    pub bodies: BTreeMap<String, OrgType>,
    pub abbreviations: BTreeMap<String, String>,
    /// Short forms of well-known names opening a body's name (农行 → 中国农业银行).
    pub name_openings: BTreeMap<String, String>,
    pub aliases: BTreeMap<String, String>,
    pub ignore: BTreeSet<String>,
    pub furniture: FurnitureRules,
    pub places: BTreeSet<String>,
    /// The most characters of any place.
    pub longest_place: usize,
    /// Surnames, and the words that end a name, keyed by their chars for
    /// lookups at a position of a sentence (built once the files are read).
    name_words: NameWords,
    pub surnames: BTreeSet<String>,
    pub name_stops: BTreeSet<String>,
    pub boundaries: BTreeSet<String>,
    /// Words holding a boundary word that bound no name (数据, 暨南).
    pub boundary_exceptions: BTreeSet<String>,
    pub generic: BTreeSet<String>,
    /// Hash of every file's content, for caches extracted with this lexicon.
    pub fingerprint: String,
}

/// Word sets by their chars (see `Lexicon::index`).
#[derive(Debug, Clone, Default)]
struct NameWords {
    surnames: FxHashSet<Vec<char>>,
    enders: FxHashSet<Vec<char>>,
    places: FxHashSet<String>,
    stop_chars: FxHashSet<char>,
    /// Title scopes as chars, longest first, with whether each narrows.
    scopes: Vec<(Vec<char>, bool)>,
    /// Generic words as chars, by their first char, and the longest's length.
    generic: FxHashMap<char, Vec<Vec<char>>>,
    longest_generic: usize,
    /// The names never to become nodes, found in one pass over a text.
    ignore: Option<aho_corasick::AhoCorasick>,
    /// The first chars of the short forms in `name_openings`.
    opening_chars: FxHashSet<char>,
    /// The most chars of a short form in `abbreviations`.
    longest_abbreviation: usize,
}

/// Quarters of the country a company's region may be named after (华东大区).
const QUARTERS: [&str; 7] = ["华东", "华南", "华北", "华中", "西南", "西北", "东北"];

/// The lexicon files, by name, with their embedded defaults.
const FILES: &[(&str, &str)] = &[
    ("titles.tsv", include_str!("../../data/lexicon/titles.tsv")),
    ("title_scopes.tsv", include_str!("../../data/lexicon/title_scopes.tsv")),
    ("org_suffixes.tsv", include_str!("../../data/lexicon/org_suffixes.tsv")),
    ("bodies.tsv", include_str!("../../data/lexicon/bodies.tsv")),
    ("abbreviations.tsv", include_str!("../../data/lexicon/abbreviations.tsv")),
    ("name_openings.tsv", include_str!("../../data/lexicon/name_openings.tsv")),
    ("aliases.tsv", include_str!("../../data/lexicon/aliases.tsv")),
    ("ignore.tsv", include_str!("../../data/lexicon/ignore.tsv")),
    ("furniture.tsv", include_str!("../../data/lexicon/furniture.tsv")),
    ("places.tsv", include_str!("../../data/lexicon/places.tsv")),
    ("surnames.tsv", include_str!("../../data/lexicon/surnames.tsv")),
    ("name_stops.tsv", include_str!("../../data/lexicon/name_stops.tsv")),
    ("boundaries.tsv", include_str!("../../data/lexicon/boundaries.tsv")),
    ("boundary_exceptions.tsv", include_str!("../../data/lexicon/boundary_exceptions.tsv")),
    ("generic.tsv", include_str!("../../data/lexicon/generic.tsv")),
];

impl Lexicon {
    /// The embedded defaults.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (name, text) in FILES {
            lex.load_file(name, Path::new("data/lexicon").join(name), text.as_bytes())?;
        }
        lex.index();
        Ok(lex)
    }

    /// The defaults, with every file present in `dir` read from there instead.
    pub fn with_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (name, text) in FILES {
            let path = dir.join(name);
            match std::fs::read(&path) {
                Ok(bytes) => lex.load_file(name, path, bytes.as_slice())?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => lex.load_file(name, path, text.as_bytes())?,
                Err(e) => {
                    return Err(LexiconError { path, line: 0, problem: e.to_string() });
                }
            }
        }
        lex.index();
        Ok(lex)
    }

    fn load_file(&mut self, name: &str, path: PathBuf, reader: impl BufRead) -> Result<(), LexiconError> {
        let rows = read_tsv(reader, &path)?;
        let flat: Vec<String> = rows.iter().map(|(_, c)| c.join("\t")).collect();
        self.fingerprint =
            crate::corpus::read::content_hash(format!("{}{name}{}", self.fingerprint, flat.join("\n")).as_bytes());
        let err = |line, problem: String| LexiconError { path: path.clone(), line, problem };
        for (line, cols) in rows {
            let first = to_simplified(&cols[0]);
            let second = cols.get(1).map(|s| to_simplified(s));
            let need_second = || second.clone().ok_or_else(|| err(line, "expected two tab-separated columns".into()));
            let need_type = || {
                let ty = need_second()?;
                OrgType::parse(&ty).ok_or_else(|| err(line, format!("unknown organisation type {ty:?}")))
            };
            match name {
                "titles.tsv" => {
                    let rel = need_second()?;
                    let rel = RoleRelation::parse(&rel).ok_or_else(|| {
                        err(line, format!("unknown relation {rel:?} (leads, serves_at, affiliated_with, none)"))
                    })?;
                    // 常务 marks the first of the deputies: 常务副校长 is a 副校长.
                    if first.starts_with('副') {
                        self.titles.entry(format!("常务{first}")).or_insert(rel);
                    }
                    self.titles.insert(first, rel);
                }
                "title_scopes.tsv" => {
                    let part = match need_second()?.as_str() {
                        "whole" => false,
                        "part" => true,
                        other => return Err(err(line, format!("unknown reach {other:?} (whole, part)"))),
                    };
                    self.title_scopes.insert(first, part);
                }
                "org_suffixes.tsv" => drop(self.org_suffixes.insert(first, need_type()?)),
                "bodies.tsv" => drop(self.bodies.insert(first, need_type()?)),
                "abbreviations.tsv" => {
                    self.abbreviations.insert(first, need_second()?);
                }
                "name_openings.tsv" => {
                    self.name_openings.insert(first, need_second()?);
                }
                "aliases.tsv" => {
                    self.aliases.insert(first, need_second()?);
                }
                "furniture.tsv" => {
                    let marker = need_second()?;
                    match first.as_str() {
                        "cut" => self.furniture.cut_headings.push(marker),
                        "drop" => self.furniture.drop_markers.push(marker),
                        other => {
                            return Err(err(line, format!("unknown furniture kind {other:?} (cut, drop)")));
                        }
                    }
                }
                "ignore.tsv" => drop(self.ignore.insert(first)),
                "places.tsv" => drop(self.places.insert(first)),
                "surnames.tsv" => drop(self.surnames.insert(first)),
                "name_stops.tsv" => drop(self.name_stops.insert(first)),
                "boundaries.tsv" => drop(self.boundaries.insert(first)),
                "boundary_exceptions.tsv" => drop(self.boundary_exceptions.insert(first)),
                "generic.tsv" => drop(self.generic.insert(first)),
                _ => {}
            }
        }
        Ok(())
    }

    /// Builds the lookups derived from the sets (after the last file).
    fn index(&mut self) {
        // A body known by a bare name ends names as a suffix of its type does.
        for (body, ty) in &self.bodies {
            self.org_suffixes.entry(body.clone()).or_insert(*ty);
        }
        let chars = |w: &String| w.chars().collect::<Vec<char>>();
        self.longest_place = self.places.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        let mut scopes: Vec<(Vec<char>, bool)> =
            self.title_scopes.iter().map(|(scope, &part)| (chars(scope), part)).collect();
        scopes.sort_by_key(|(scope, _)| std::cmp::Reverse(scope.len()));
        let mut generic: FxHashMap<char, Vec<Vec<char>>> = FxHashMap::default();
        for g in self.generic.iter().map(chars) {
            if let Some(&first) = g.first() {
                generic.entry(first).or_default().push(g);
            }
        }
        let longest_generic = generic.values().flatten().map(Vec::len).max().unwrap_or(0);
        self.name_words = NameWords {
            ignore: aho_corasick::AhoCorasick::new(&self.ignore).ok(),
            opening_chars: self.name_openings.keys().filter_map(|s| s.chars().next()).collect(),
            longest_abbreviation: self.abbreviations.keys().map(|s| s.chars().count()).max().unwrap_or(0),
            generic,
            longest_generic,
            scopes,
            places: self.places.iter().cloned().collect(),
            surnames: self.surnames.iter().map(chars).collect(),
            enders: self.name_stops.iter().chain(self.titles.keys()).map(chars).collect(),
            stop_chars: self
                .name_stops
                .iter()
                .chain(&self.boundaries)
                .filter_map(|w| match w.chars().collect::<Vec<char>>()[..] {
                    [c] => Some(c),
                    _ => None,
                })
                .collect(),
        };
    }

    /// The longest short form of `abbreviations` that ends `name`, with its
    /// long form: each ending of the name looked up, longest first.
    pub fn abbreviation_ending(&self, name: &str) -> Option<(&String, &String)> {
        let skip = name.chars().count().saturating_sub(self.name_words.longest_abbreviation);
        name.char_indices().skip(skip).find_map(|(b, _)| self.abbreviations.get_key_value(&name[b..]))
    }

    /// Does `text` hold a name never to become a node (ignore.tsv)?
    pub fn is_ignored(&self, text: &str) -> bool {
        match &self.name_words.ignore {
            Some(ac) => ac.is_match(text),
            None => self.ignore.iter().any(|i| text.contains(i.as_str())),
        }
    }

    /// Is `word` a place name?
    /// Does a short form of a well-known name (农行) open with `c`?
    pub fn opens_short_name(&self, c: char) -> bool {
        self.name_words.opening_chars.contains(&c)
    }

    pub fn is_place(&self, word: &str) -> bool {
        self.name_words.places.contains(word)
    }

    /// Is `w` a surname?
    pub fn is_surname(&self, w: &[char]) -> bool {
        self.name_words.surnames.contains(w)
    }

    /// Is `w` a stop word or a title (either ends a name before it)?
    pub fn ends_name(&self, w: &[char]) -> bool {
        self.name_words.enders.contains(w)
    }

    /// Is `c` a stop word or boundary word of one char (never inside a name)?
    pub fn is_stop_char(&self, c: char) -> bool {
        self.name_words.stop_chars.contains(&c)
    }

    /// The relation a title gives, if it is a title.
    pub fn title(&self, word: &str) -> Option<RoleRelation> {
        self.titles.get(word).copied()
    }

    /// Is `word` a title written after names that states no office (教授,
    /// 院士, 先生, 同志)?
    pub fn is_name_title(&self, word: &str) -> bool {
        matches!(self.title(word), Some(RoleRelation::AffiliatedWith | RoleRelation::None))
    }

    /// The longest scope that ends `w` right before a title (西门子医疗大中华区|
    /// 总裁): its length in chars and whether it narrows the office to a part.
    /// A company's sales region named after a place or a quarter of the
    /// country (南京正大天晴制药有限公司|山东大区|总经理) narrows it too.
    pub fn scope_before(&self, w: &[char]) -> Option<(usize, bool)> {
        let listed = self
            .name_words
            .scopes
            .iter()
            .find(|(scope, _)| w.ends_with(scope))
            .map(|(scope, part)| (scope.len(), *part));
        listed.or_else(|| {
            let region = w.strip_suffix(&['大', '区'])?;
            (2..=3).filter(|&n| n <= region.len()).find_map(|n| {
                let place: String = region[region.len() - n..].iter().collect();
                (self.is_place(&place) || QUARTERS.contains(&place.as_str())).then_some((n + 2, true))
            })
        })
    }

    /// Does a generic word run over `at`, starting before it in `w` (嘉会医|疗:
    /// 医疗 runs over)?
    pub fn generic_across(&self, w: &[char], at: usize) -> bool {
        let longest = self.name_words.longest_generic;
        (at.saturating_sub(longest.saturating_sub(1))..at)
            .any(|p| self.generics_from(w.get(p)).iter().any(|g| p + g.len() > at && w[p..].starts_with(g)))
    }

    /// Is `text` one or more generic words and nothing else (集团, 相关医疗)?
    pub fn is_generic_words(&self, text: &str) -> bool {
        !text.is_empty() && self.strip_generic_words(text).is_empty()
    }

    /// `text` without the generic words opening it, the longest first
    /// (中医药|学院, not 中医|药学院).
    pub fn strip_generic_words<'t>(&self, text: &'t str) -> &'t str {
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let opening = self
                .generics_from(Some(&c))
                .iter()
                .filter(|g| rest.chars().take(g.len()).eq(g.iter().copied()))
                .map(|g| g.iter().map(|c| c.len_utf8()).sum::<usize>())
                .max();
            match opening {
                Some(n) => rest = &rest[n..],
                None => break,
            }
        }
        rest
    }

    /// Is `w` a generic word (管理, 医疗)?
    pub fn is_generic(&self, w: &[char]) -> bool {
        self.generics_from(w.first()).iter().any(|g| g[..] == w[..])
    }

    /// Does a generic word open `w` (医疗|电子…)?
    pub fn generic_opens(&self, w: &[char]) -> bool {
        self.generics_from(w.first()).iter().any(|g| w.starts_with(g))
    }

    /// The generic words opening with `c`.
    fn generics_from(&self, c: Option<&char>) -> &[Vec<char>] {
        c.and_then(|c| self.name_words.generic.get(c)).map_or(&[], Vec::as_slice)
    }

    /// Does a scope narrowing an office to a part of its body open `title`
    /// (大中华区|总裁)?
    pub fn part_scope_opens(&self, title: &str) -> bool {
        self.title_scopes.iter().any(|(scope, &part)| part && title.starts_with(scope.as_str()))
    }

    /// The length of the longest scope that opens `w` (大中华区|总裁), 0 if none.
    pub fn scope_at(&self, w: &[char]) -> usize {
        self.name_words.scopes.iter().find(|(scope, _)| w.starts_with(scope)).map_or(0, |(scope, _)| scope.len())
    }
}

/// Reads TSV rows (after the header), skipping blank lines and `#` comments.
/// Returns each row with its 1-based line number.
pub fn read_tsv(reader: impl BufRead, path: &Path) -> Result<Vec<(usize, Vec<String>)>, LexiconError> {
    let mut rows = Vec::new();
    let mut header: Option<usize> = None;
    for (i, line) in reader.lines().enumerate() {
        let line_no = i + 1;
        let line =
            line.map_err(|e| LexiconError { path: path.to_path_buf(), line: line_no, problem: e.to_string() })?;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
        match header {
            None => header = Some(cols.len()),
            Some(n) => {
                if cols.len() != n || cols.iter().any(|c| c.is_empty()) {
                    return Err(LexiconError {
                        path: path.to_path_buf(),
                        line: line_no,
                        problem: format!("expected {n} non-empty tab-separated column(s), found {}", cols.len()),
                    });
                }
                rows.push((line_no, cols));
            }
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_load() {
        let lex = Lexicon::embedded().unwrap();
        assert_eq!(lex.title("院长"), Some(RoleRelation::Leads));
        assert_eq!(lex.title("副院长"), Some(RoleRelation::ServesAt));
        // A bank's head leads it; a chief officer other than the executive serves.
        assert_eq!(lex.title("行长"), Some(RoleRelation::Leads));
        assert_eq!(lex.title("首席品牌官"), Some(RoleRelation::ServesAt));
        assert!(lex.surnames.contains("欧阳"));
        // A body known by its bare name ends names as a suffix does.
        assert_eq!(lex.bodies.get("科技部"), Some(&OrgType::Government));
        assert_eq!(lex.org_suffixes.get("科技部"), Some(&OrgType::Government));
        assert!(lex.furniture.cut_headings.iter().any(|h| h == "随便看看"));
        // A site's official page pasted over a publisher is no body.
        assert!(lex.is_ignored("永利集团88304官网"));
        assert!(lex.is_ignored("博鱼手机版app"));
        assert!(lex.is_ignored("金沙8888js官方"));
        assert!(!lex.is_ignored("永利集团"));
    }

    #[test]
    fn unknown_relation_names_file_and_line() {
        let mut lex = Lexicon::default();
        let text = "title\trelation\n# c\n院长\tleadz\n";
        let e = lex.load_file("titles.tsv", PathBuf::from("x/titles.tsv"), text.as_bytes()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x/titles.tsv:3: unknown relation \"leadz\" (leads, serves_at, affiliated_with, none)"
        );
        let text = "name\ttype\n教育部\tgovernmint\n";
        let e = lex.load_file("bodies.tsv", PathBuf::from("x/bodies.tsv"), text.as_bytes()).unwrap_err();
        assert_eq!(e.to_string(), "x/bodies.tsv:2: unknown organisation type \"governmint\"");
    }

    #[test]
    fn missing_column_is_reported() {
        let e = read_tsv("a\tb\nonly\n".as_bytes(), Path::new("f.tsv")).unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn traditional_entries_are_folded() {
        let mut lex = Lexicon::default();
        lex.load_file("titles.tsv", PathBuf::from("t"), "t\tr\n院長\tleads\n".as_bytes()).unwrap();
        assert!(lex.titles.contains_key("院长"));
    }

    #[test]
    fn a_deputys_title_comes_with_its_first_deputys() {
        let mut lex = Lexicon::default();
        lex.load_file("titles.tsv", PathBuf::from("t"), "t\tr\n副校長\tserves_at\n".as_bytes()).unwrap();
        assert_eq!(lex.title("常务副校长"), Some(RoleRelation::ServesAt));
    }

    #[test]
    fn name_lookups_follow_the_files_read() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        let lex = Lexicon::embedded().unwrap();
        assert!(lex.is_surname(&chars("王")) && lex.is_surname(&chars("欧阳")));
        assert!(!lex.is_surname(&chars("医院")));
        assert!(lex.ends_name(&chars("院长")) && lex.ends_name(&chars("表示")));
        assert!(!lex.ends_name(&chars("维达")));
        assert!(lex.is_place("深圳") && !lex.is_place("深圳市人民医院"));
        // A user's file replaces the built-in one, lookups included.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("surnames.tsv"), "surname\n龘\n").unwrap();
        let user = Lexicon::with_dir(dir.path()).unwrap();
        assert!(user.is_surname(&chars("龘")) && !user.is_surname(&chars("王")));
    }

    #[test]
    fn a_sales_region_before_a_title_narrows_it() {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let w: Vec<char> = "南京正大天晴制药有限公司山东大区".chars().collect();
        assert_eq!(lex.scope_before(&w), Some((4, true)));
        let w: Vec<char> = "甲公司西南大区".chars().collect();
        assert_eq!(lex.scope_before(&w), Some((4, true)));
        // Not any word before 大区.
        let w: Vec<char> = "甲公司第一大区".chars().collect();
        assert_eq!(lex.scope_before(&w), None);
    }

    #[test]
    fn a_scope_before_a_title_is_found_longest_first() {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let w: Vec<char> = "西门子医疗大中华区".chars().collect();
        assert_eq!(lex.scope_before(&w), Some((4, true)));
        let w: Vec<char> = "GE医疗全球".chars().collect();
        assert_eq!(lex.scope_before(&w), Some((2, false)));
        let w: Vec<char> = "全球高级副总裁".chars().collect();
        assert_eq!(lex.scope_at(&w), 2);
        let w: Vec<char> = "总裁".chars().collect();
        assert_eq!((lex.scope_at(&w), lex.scope_before(&w)), (0, None));
    }
}
