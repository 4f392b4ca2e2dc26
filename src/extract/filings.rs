//! Filings: agreements and bodies set out field by field.
//!
//! A notice describes the other side of an agreement field by field
//! (`名称：上海交通大学医学院附属瑞金医院` then `法定代表人：宁光`): the legal
//! representative heads the body the fields above name. A signing set out as
//! a form (`甲方：…`, `乙方：…`, `签约时间：…`, `甲方代表：…`) is an agreement
//! of the sides, on that date, signed by their representatives.

use crate::extract::dates::{Date, find_dates, with_dateline};
use crate::extract::lexicon::Lexicon;
use crate::extract::orgs::OrgCatalog;
use crate::extract::people::is_name;
use crate::text::sentences::Sentence;

/// Fields naming the sides of an agreement.
const SIDE_FIELDS: [&str; 4] = ["甲方", "乙方", "丙方", "丁方"];

/// Fields giving the day a form's agreement was signed.
const DATE_FIELDS: [&str; 6] = ["签约时间", "签约日期", "签署时间", "签署日期", "签订时间", "签订日期"];

/// What a form's agreement is called when no field names it.
pub const FORM_TITLE: &str = "合作协议";

/// Fields naming the document a form sets out.
const TITLE_FIELDS: [&str; 4] = ["协议名称", "合同名称", "项目名称", "签约项目"];

/// Words after a side that make a field its representative's (甲方代表,
/// 乙方签约代表).
const REPRESENTATIVE_FIELDS: [&str; 4] = ["代表", "签约代表", "签字代表", "授权代表"];

/// An agreement set out as a form: the sides (catalog indices, in order),
/// the sentences of their fields, the date, the title if a field names it,
/// and the sentences naming each side's representative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormAgreement {
    pub parties: Vec<usize>,
    pub sentences: Vec<usize>,
    pub date: Option<Date>,
    pub title: Option<String>,
    pub representatives: Vec<usize>,
}

/// The agreement a document sets out as a form, if it does: two sides or
/// more that are bodies, and a field saying it was signed (签约…, 签署…).
pub fn form_agreement(sentences: &[Sentence], cat: &OrgCatalog, dateline: Option<Date>) -> Option<FormAgreement> {
    let mut form = FormAgreement {
        parties: Vec::new(),
        sentences: Vec::new(),
        date: None,
        title: None,
        representatives: Vec::new(),
    };
    let mut signed = false;
    for (i, s) in sentences.iter().enumerate() {
        let Some((name, value)) = field(&s.working) else { continue };
        signed |= name.contains('签');
        if SIDE_FIELDS.contains(&name) {
            if let Some(org) = cat.lookup(value).filter(|o| !form.parties.contains(o)) {
                form.parties.push(org);
                form.sentences.push(i);
            }
        } else if DATE_FIELDS.contains(&name) {
            form.date = form.date.or_else(|| find_dates(value).first().map(|&(_, d)| with_dateline(d, dateline)));
        } else if TITLE_FIELDS.contains(&name) {
            form.title = Some(value.trim_matches(['《', '》']).to_string());
        } else if SIDE_FIELDS
            .iter()
            .any(|side| name.strip_prefix(side).is_some_and(|r| REPRESENTATIVE_FIELDS.contains(&r)))
        {
            form.representatives.push(i);
        }
    }
    (signed && form.parties.len() >= 2).then_some(form)
}

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
    // A colon, or a space after a known field (a table's cells: 甲方 上海市…).
    let (field, value) = line.split_once(['：', ':']).or_else(|| {
        let (field, value) = line.trim().split_once(char::is_whitespace)?;
        let known =
            NAME_FIELDS.iter().chain(&SIDE_FIELDS).chain(&DATE_FIELDS).chain(&TITLE_FIELDS).any(|f| *f == field)
                || field == REPRESENTATIVE
                || SIDE_FIELDS
                    .iter()
                    .any(|side| field.strip_prefix(side).is_some_and(|r| REPRESENTATIVE_FIELDS.contains(&r)));
        known.then_some((field, value))
    })?;
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

    /// A form's parties by name, date, title and representatives' sentences.
    type Form = (Vec<String>, Option<String>, Option<String>, Vec<usize>);

    fn form(text: &str) -> Option<Form> {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let sentences = split(text);
        let cat = discover(&sentences, &lex);
        form_agreement(&sentences, &cat, None).map(|f| {
            let parties = f.parties.iter().map(|&o| cat.entries[o].name.clone()).collect();
            (parties, f.date.map(|d| d.iso()), f.title, f.representatives)
        })
    }

    #[test]
    fn a_signing_set_out_as_a_form_is_an_agreement_of_its_sides() {
        let text = "签约双方：\n甲方：上海市第一人民医院\n乙方：上海交通大学医学院附属仁济医院\n签约时间：2024年7月2日\n协议名称：《医联体合作协议》\n甲方代表：院长郑军华\n乙方代表：院长李卫平";
        let (parties, date, title, reps) = form(text).expect("a form");
        assert_eq!(parties, vec!["上海市第一人民医院", "上海交通大学医学院附属仁济医院"]);
        assert_eq!(date.as_deref(), Some("2024-07-02"));
        assert_eq!(title.as_deref(), Some("医联体合作协议"));
        assert_eq!(reps.len(), 2);
        // No field of a signing (a notice's parties described): no agreement.
        assert!(form("甲方：上海市第一人民医院\n乙方：上海交通大学医学院附属仁济医院").is_none());
        // A table's cells, apart by a space.
        let text = "甲方 上海市第一人民医院\n乙方 上海交通大学医学院附属仁济医院\n签约时间 2024年7月2日";
        assert_eq!(form(text).and_then(|f| f.1).as_deref(), Some("2024-07-02"));
        // One side only is no agreement.
        assert!(form("签约时间：2024年7月2日\n甲方：上海市第一人民医院\n乙方：待定").is_none());
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
