//! Longest-match lookup of a document's own names (organisation keys, known
//! people) in a sentence, as chars. The name sets are small and change per
//! document, so a first-character index beats building an automaton each time.

use rustc_hash::FxHashMap as HashMap;

/// Finds leftmost-longest, non-overlapping occurrences of a set of keys.
#[derive(Debug, Clone, Default)]
pub struct KeyMatcher {
    /// Keys by first char, longest first, with the value each stands for.
    by_first: HashMap<char, Vec<(Vec<char>, usize)>>,
}

impl KeyMatcher {
    pub fn new<'a>(keys: impl Iterator<Item = (&'a str, usize)>) -> KeyMatcher {
        let mut by_first: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::default();
        for (k, v) in keys {
            let chars: Vec<char> = k.chars().collect();
            if let Some(&c) = chars.first() {
                by_first.entry(c).or_default().push((chars, v));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        }
        KeyMatcher { by_first }
    }

    /// (start, end, value) of each match, left to right.
    /// Does any key occur in `w`?
    pub fn occurs_in(&self, w: &[char]) -> bool {
        !self.by_first.is_empty()
            && (0..w.len())
                .any(|i| self.by_first.get(&w[i]).is_some_and(|l| l.iter().any(|(k, _)| w[i..].starts_with(k))))
    }

    pub fn find(&self, w: &[char]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        if self.by_first.is_empty() {
            return out;
        }
        let mut i = 0;
        while i < w.len() {
            let hit = self.by_first.get(&w[i]).and_then(|list| list.iter().find(|(k, _)| w[i..].starts_with(k)));
            match hit {
                Some((k, v)) => {
                    out.push((i, i + k.len(), *v));
                    i += k.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_key_wins_and_matches_do_not_overlap() {
        let m = KeyMatcher::new([("养和", 0), ("养和医院", 1), ("医院", 2)].into_iter());
        let w: Vec<char> = "养和医院与养和合作医院".chars().collect();
        assert_eq!(m.find(&w), vec![(0, 4, 1), (5, 7, 0), (9, 11, 2)]);
    }
}
