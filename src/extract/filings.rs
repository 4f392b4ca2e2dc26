//! Filings: the fields of a listed company's notice (公告) that name a body
//! and who represents it in law.
//!
//! A notice describes the other side of an agreement field by field
//! (`名称：上海交通大学医学院附属瑞金医院` then `法定代表人：宁光`): the legal
//! representative heads the body the fields above name.

use crate::extract::lexicon::Lexicon;
use crate::extract::orgs::OrgCatalog;
use crate::extract::people::is_name;
use crate::text::sentences::Sentence;

/// Fields that name the body a block of fields describes.
const NAME_FIELDS: [&str; 6] = ["名称", "公司名称", "单位名称", "企业名称", "甲方", "乙方"];

/// The field naming a body's legal representative.
pub const REPRESENTATIVE: &str = "法定代表人";

/// How many lines after its name field a representative field may stand.
const BLOCK_LINES: usize = 4;

/// (sentence, body, person): each legal representative the fields name, with
/// the sentence of the field.
pub fn legal_representatives(sentences: &[Sentence], cat: &OrgCatalog, lex: &Lexicon) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    // The body the last name field named, and its line.
    let mut named: Option<(usize, usize)> = None;
    for (i, s) in sentences.iter().enumerate() {
        let Some((field, value)) = field(&s.working) else { continue };
        if NAME_FIELDS.contains(&field) {
            named = cat.lookup(value).map(|org| (org, s.line));
        } else if field == REPRESENTATIVE
            && let Some((org, line)) = named
            && s.line <= line + BLOCK_LINES
        {
            let w: Vec<char> = value.chars().collect();
            if is_name(&w, 0, w.len(), lex) {
                out.push((i, org, value.to_string()));
            }
        }
    }
    out
}

/// A line `field：value` (full or half-width colon), both trimmed.
fn field(line: &str) -> Option<(&str, &str)> {
    let (field, value) = line.split_once(['：', ':'])?;
    let value = value.trim().trim_end_matches(['。', ';', '；', '.']);
    (field.chars().count() <= 6 && !value.is_empty()).then(|| (field.trim(), value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::orgs::discover;
    use crate::text::sentences::split;

    fn representatives(text: &str) -> Vec<(String, String)> {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let sentences = split(text);
        let cat = discover(&sentences, &lex);
        legal_representatives(&sentences, &cat, &lex)
            .into_iter()
            .map(|(_, org, person)| (cat.entries[org].name.clone(), person))
            .collect()
    }

    #[test]
    fn the_representative_under_a_name_field_heads_that_body() {
        let text = "二、合作方基本情况\n名称：上海交通大学医学院附属瑞金医院\n法定代表人：宁光\n地址：上海市黄浦区瑞金二路197号";
        assert_eq!(representatives(text), vec![("上海交通大学医学院附属瑞金医院".to_string(), "宁光".to_string())]);
    }

    #[test]
    fn no_name_field_or_no_name_gives_no_representative() {
        assert!(representatives("法定代表人：宁光").is_empty());
        let text = "名称：上海交通大学医学院附属瑞金医院\n法定代表人：待定";
        assert!(representatives(text).is_empty());
        // Too far below its name field, the representative is another block's.
        let far = "名称：上海交通大学医学院附属瑞金医院\n甲\n乙\n丙\n丁\n戊\n法定代表人：宁光";
        assert!(representatives(far).is_empty());
    }
}
