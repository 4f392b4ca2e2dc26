//! Shared printing for the query commands: columns aligned by display width
//! (a Chinese character takes two columns), evidence lines cut to fit, and the
//! JSON shape of a node and of an edge seen from one end.

use crate::extract::facts::Evidence;
use crate::graph::index::GraphIndex;
use crate::graph::model::NodeKind;
use crate::query::Hop;
use crate::text::script::to_simplified;
use crate::text::sentences::text_of;
use serde_json::{Value, json};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` padded with spaces to `width` display columns (at least two spaces
/// follow it, so that an overlong cell never runs into the next).
pub fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w).max(2)))
}

/// `s` cut to at most `cols` display columns, with `…` when cut.
pub fn fit(s: &str, cols: usize) -> String {
    if UnicodeWidthStr::width(s) <= cols {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > cols {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Display width of the widest of `items`.
pub fn widest<'a>(items: impl Iterator<Item = &'a str>) -> usize {
    items.map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// One evidence line: `doc: sentence`, cut to fit a terminal line around the
/// place where the two ends of the relation are named closest together
/// (`focus` holds the names of each end, in either script; an empty list is
/// an end that is not named, such as an agreement).
pub fn evidence_line(ev: &Evidence, indent: usize, focus: &[Vec<String>; 2]) -> String {
    let text = ev.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let simple: Vec<char> = to_simplified(&text).chars().collect();
    let chars: Vec<char> = text.chars().collect();
    let budget = 100usize.saturating_sub(indent + UnicodeWidthStr::width(&*ev.doc) + 2);
    // Every (start, end) where each end is named.
    let hits = |names: &[String]| -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        for f in names.iter().filter(|f| !f.is_empty()) {
            let f: Vec<char> = to_simplified(f).chars().collect();
            v.extend(
                simple.windows(f.len()).enumerate().filter(|(_, w)| *w == f.as_slice()).map(|(p, _)| (p, p + f.len())),
            );
        }
        v
    };
    let (a, b) = (hits(&focus[0]), hits(&focus[1]));
    let pair = match (a.is_empty(), b.is_empty()) {
        (false, false) => {
            a.iter().flat_map(|x| b.iter().map(move |y| (x.0.min(y.0), x.1.max(y.1)))).min_by_key(|(s, e)| (e - s, *s))
        }
        (false, true) => a.first().copied(),
        (true, false) => b.first().copied(),
        (true, true) => None,
    };
    let (first, last) = pair.unwrap_or((0, 0));
    // Start a little before the pair, later if it cannot fit whole.
    let mut start = first.saturating_sub(6);
    let span_cols: usize = chars[start.min(chars.len())..last.min(chars.len())]
        .iter()
        .map(|c| UnicodeWidthChar::width(*c).unwrap_or(0))
        .sum();
    if span_cols > budget {
        start = last.saturating_sub(budget / 2).min(first.max(start));
    }
    let body: String = text_of(&chars[start.min(chars.len())..]);
    let body = if start > 0 { format!("…{body}") } else { body };
    format!("{}{}: {}", " ".repeat(indent), ev.doc, fit(&body, budget))
}

/// The names a node goes by, to find it in a sentence (none for agreements,
/// whose labels are made up).
pub fn names_of(index: &GraphIndex, node: usize) -> Vec<String> {
    let n = index.node(node);
    if n.kind == NodeKind::Agreement {
        return Vec::new();
    }
    std::iter::once(n.label).chain(n.aliases).collect()
}

/// The focus of a hop's evidence: the names of both its ends.
pub fn hop_focus(index: &GraphIndex, from: usize, hop: &Hop) -> [Vec<String>; 2] {
    [names_of(index, from), names_of(index, hop.other)]
}

/// `label (kind, type)` of a node, for headings.
pub fn describe(index: &GraphIndex, node: usize) -> String {
    let n = index.node(node);
    match (n.kind, n.org_type, &n.date) {
        (NodeKind::Organization, Some(t), _) => format!("{} (organization, {})", n.label, t.as_str()),
        (NodeKind::Agreement, _, Some(d)) => format!("{} (agreement, {d})", n.label),
        (k, _, _) => format!("{} ({})", n.label, k.as_str()),
    }
}

/// The detail shown beside a hop: the edge's title, else the other end's date.
pub fn detail(index: &GraphIndex, hop: &Hop) -> String {
    let e = index.edge(hop.edge);
    let other = index.node(hop.other);
    e.title.clone().or_else(|| other.date.clone()).unwrap_or_default()
}

/// A node as scripts see it.
pub fn node_json(index: &GraphIndex, node: usize) -> Value {
    let n = index.node(node);
    json!({
        "id": n.id,
        "label": n.label,
        "kind": n.kind,
        "type": n.org_type,
        "date": n.date,
    })
}

/// A hop as scripts see it.
pub fn hop_json(index: &GraphIndex, hop: &Hop) -> Value {
    let e = index.edge(hop.edge);
    json!({
        "relation": e.relation,
        "direction": if hop.outgoing { "out" } else { "in" },
        "reads": hop.phrase(index),
        "title": e.title,
        "date": e.date,
        "weight": e.weight,
        "evidence": index.evidence(hop.edge),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_counts_wide_characters_twice() {
        assert_eq!(pad("赫捷", 6), "赫捷  ");
        assert_eq!(pad("abc", 6), "abc   ");
    }

    #[test]
    fn fit_cuts_at_display_width() {
        assert_eq!(fit("中国医学科学院", 7), "中国医…");
        assert_eq!(fit("短", 7), "短");
    }
}
