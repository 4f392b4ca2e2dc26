//! One document through the extract stage: clean text in, `DocFacts` out.
//!
//! Order: find organisations and aliases (`orgs`), find people next to titles
//! (first pass), tokenise again knowing those people (second pass), then read
//! roles, agreements and links sentence by sentence.

use crate::corpus::read::content_hash;
use crate::extract::agreements::{
    AgreementMention, Participation, ceremony_date, chairs_a_meeting, clauses, counts_other_sides, document_signed,
    follows_event, names_sides, read_agreement, read_participation, sides_agreement, sides_signing_date,
    signers_agreement, signers_by_office, signing_date, signs_for_the_sides, states_signing,
};
use crate::extract::dates::{Date, dateline, find_dates, in_year, metadata_date, with_dateline, year_alone};
use crate::extract::facts::{
    AgreementFact, DocFacts, Evidence, LOCAL, LinkFact, OrgFact, Participant, PersonFact, Relation, RoleFact, placeless,
};
use crate::extract::filings::{FORM_TITLE, REPRESENTATIVE, form_agreement, legal_representatives};
use crate::extract::lexicon::Lexicon;
use crate::extract::links::{list_heading, read_links, whole_line_org};
use crate::extract::mentions::{Matchers, People, Token, TokenKind, tokenize};
use crate::extract::orgs::{LEGAL_FORMS, OrgCatalog, discover_with};
use crate::extract::people::signing_partners;
use crate::extract::roles::read_roles;
use crate::text::script::is_han;
use crate::text::sentences::{Sentence, split, text_of};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Words that put a signing before the announcement's event (去年, 此前, 早在…):
/// such a signing takes no date from the event.
const EARLIER: [&str; 9] = ["去年", "前年", "此前", "早在", "曾于", "曾與", "曾於", "曾与", "先前"];

/// One announcement, cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// Publication date from metadata (`2025-06-20`, `2025年6月20日`), if known.
    pub date: Option<String>,
}

/// Reads every fact of one document.
pub fn extract_document(doc: &Document, lex: &Lexicon, m: &Matchers) -> DocFacts {
    let sentences = split(&doc.text);
    let cat = discover_with(&sentences, lex, &m.suffixes);
    // Pass 1: names found next to titles.
    let nobody = People::none();
    let first: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s, &cat, &nobody, m, lex)).collect();
    let mut people: BTreeSet<String> = first
        .iter()
        .flatten()
        .filter_map(|t| match &t.kind {
            TokenKind::Person(n) => Some(n.clone()),
            _ => None,
        })
        .collect();
    // A name with no title anywhere, joined to a known signer's (张功焰和王少峰
    // 分别代表双方签署), is the other side's signer.
    let mut known = People::new(&people);
    let partners: Vec<String> = sentences
        .iter()
        .filter(|s| !people.is_empty() && (s.working.contains("代表") || s.working.contains('签')))
        .flat_map(|s| signing_partners(&s.chars, &known.find(&s.chars), &people, lex))
        .collect();
    if !partners.is_empty() {
        people.extend(partners);
        known = People::new(&people);
    }
    // Pass 2: with every name of the document known (a sentence naming none
    // of them keeps its first tokens: tokenising it again gives the same).
    let tokens: Vec<Vec<Token>> = sentences
        .iter()
        .zip(first)
        .map(|(s, first)| if known.occur_in(&s.chars) { tokenize(s, &cat, &known, m, lex) } else { first })
        .collect();
    let line = doc.date.as_deref().and_then(metadata_date).or_else(|| dateline(&doc.text));
    // What dates each sentence's year-less dates: the year its paragraph
    // stated alone up to it (2018年，…。9月13日，…), else the dateline.
    let mut year = (usize::MAX, None);
    let lines: Vec<Option<Date>> = sentences
        .iter()
        .map(|s| {
            if year.0 != s.line {
                year = (s.line, None);
            }
            year.1 = year_alone(&s.working).or(year.1);
            in_year(line, year.1)
        })
        .collect();
    // One shared copy of the document id, and of each sentence a fact cites.
    let doc_id: Arc<str> = Arc::from(doc.id.as_str());
    let cited: Vec<OnceCell<Arc<str>>> = vec![OnceCell::new(); sentences.len()];
    let evidence = |i: usize| Evidence {
        doc: doc_id.clone(),
        text: cited[i].get_or_init(|| Arc::from(sentences[i].original.as_str())).clone(),
    };
    // A body named with no place is this document's own (its 市人民政府 is no
    // other announcement's): its name is scoped to the text, by a hash of it
    // (the same text read twice, under two file names, is one announcement).
    // (The hash only for a document that has such a body.)
    let scope: OnceCell<String> = OnceCell::new();
    let scoped = |name: &str| {
        if placeless(name) {
            format!("{name}{LOCAL}{}", scope.get_or_init(|| text_scope(&doc.text)))
        } else {
            name.to_string()
        }
    };
    let org_name = |i: usize| scoped(&cat.entries[i].name);

    let mut facts = DocFacts { doc: doc.id.clone(), ..DocFacts::default() };
    let mut person_surfaces: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut agreements: Vec<(AgreementMention, Vec<Evidence>)> = Vec::new();
    let mut heading: Option<usize> = None;
    // How many agreements the headline (a first line of one sentence) states:
    // they come first.
    let mut in_headline = 0;
    // Sentences that may state a signing between 双方 only, for the one agreement.
    let mut sides: Vec<usize> = Vec::new();
    // Sentences with no chain of parties but roles of two or more (read again
    // only in a document with no agreement otherwise).
    let mut by_signers: Vec<usize> = Vec::new();
    // Sentences of a signing naming the bodies of fewer than two signers, and
    // the bodies where each person of the document holds an office.
    let mut by_named_signers: Vec<usize> = Vec::new();
    let mut offices: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, s) in sentences.iter().enumerate() {
        let (w, toks, original) = (&s.chars, &tokens[i], &s.original_chars);
        for t in toks {
            if let TokenKind::Person(n) = &t.kind {
                let surface: String = text_of(&original[t.span.start..t.span.end]);
                person_surfaces.entry(n.clone()).or_default().insert(surface);
            }
        }
        let roles = read_roles(w, toks);
        let read = read_agreement(&s.working, w, toks, lines[i]);
        // Signers of bodies no chain names (甲副院长张三与乙院长李四签署…): their
        // bodies signed, when no sentence of the document names the parties.
        if read.is_empty() && roles.len() >= 2 {
            by_signers.push(i);
        } else if read.is_empty() && s.working.contains('签') {
            by_named_signers.push(i);
        }
        for r in roles {
            if matches!(r.relation, Relation::Leads | Relation::ServesAt) {
                offices.entry(r.person.clone()).or_default().insert(r.org);
            }
            facts.roles.push(RoleFact {
                person: r.person,
                org: org_name(r.org),
                relation: r.relation,
                titles: r.titles,
                evidence: evidence(i),
            });
        }
        for (a, rel, b) in read_links(w, toks) {
            facts.links.push(LinkFact { from: org_name(a), relation: rel, to: org_name(b), evidence: evidence(i) });
        }
        // A footer heading `甲成员` followed by lines that are each a name.
        if let Some(h) = list_heading(w, toks) {
            heading = Some(h);
        } else if let Some(h) = heading {
            let follows = i > 0 && s.line <= sentences[i - 1].line + 1;
            match whole_line_org(w, toks) {
                Some(o) if follows && o != h => facts.links.push(LinkFact {
                    from: org_name(o),
                    relation: Relation::PartOf,
                    to: org_name(h),
                    evidence: evidence(i),
                }),
                _ if follows && toks.is_empty() && s.working.is_ascii() && !s.working.contains("www") => {}
                _ => heading = None,
            }
        }
        if read.is_empty() && names_sides(&s.working) {
            sides.push(i);
        }
        // (Some sides named and the others counted: 甲与乙及四家企业签约.)
        let counted = !read.is_empty() && counts_other_sides(&s.working);
        for a in read {
            // (The same parties, or a company written by its own company that
            // signed for it, on the same day; or some of the parties, the
            // others counted.)
            let same_day = |b: &AgreementMention| b.date.is_none() || a.date.is_none() || b.date == a.date;
            let same = agreements.iter().position(|(b, _)| b.parties == a.parties).or_else(|| {
                agreements.iter().position(|(b, _)| {
                    same_day(b)
                        && (same_sides(&b.parties, &a.parties, &cat)
                            || counted && a.parties.len() < b.parties.len() && a.parties.is_subset(&b.parties))
                })
            });
            match same.map(|k| &mut agreements[k]) {
                Some((b, ev)) => {
                    if b.date.is_none_or(|d| d.year.is_none() && a.date.is_some_and(|x| x.year.is_some())) {
                        b.date = a.date.or(b.date);
                    }
                    if a.title.chars().count() > b.title.chars().count() {
                        b.title = a.title.clone();
                    }
                    b.coordinated_by.extend(a.coordinated_by.iter().copied());
                    ev.push(evidence(i));
                }
                None => {
                    if i == 0 && sentences.get(1).is_some_and(|n| n.line != s.line) {
                        in_headline += 1;
                    }
                    agreements.push((a, vec![evidence(i)]));
                }
            }
        }
    }
    // A notice's fields: the legal representative heads the body they describe.
    if doc.text.contains(REPRESENTATIVE) {
        for (i, org, person) in legal_representatives(&sentences, &cat, lex) {
            let original = &sentences[i].original;
            let surface = original.split_once(['：', ':']).map_or(person.as_str(), |(_, v)| v.trim());
            person_surfaces.entry(person.clone()).or_default().insert(surface.to_string());
            facts.roles.push(RoleFact {
                person,
                org: org_name(org),
                relation: Relation::Leads,
                titles: vec![REPRESENTATIVE.to_string()],
                evidence: evidence(i),
            });
        }
    }
    // A signing set out as a form (甲方：…, 乙方：…, 签约时间：…).
    let form = if doc.text.contains("甲方") { form_agreement(&sentences, &cat, line) } else { None };
    let form_parties: Option<BTreeSet<usize>> = form.as_ref().map(|f| f.parties.iter().copied().collect());
    if let (Some(f), Some(parties)) = (&form, form_parties.clone()) {
        match agreements.iter_mut().find(|(b, _)| b.parties == parties) {
            Some((b, _)) => b.date = b.date.or(f.date),
            None => agreements.push((
                AgreementMention {
                    parties,
                    date: f.date,
                    title: f.title.clone().unwrap_or_else(|| FORM_TITLE.to_string()),
                    coordinated_by: BTreeSet::new(),
                },
                f.sentences.iter().map(|&i| evidence(i)).collect(),
            )),
        }
    }
    // A headline restating the text's one signing under other names (鴻海科技集團
    // for 鴻海精密工業股份有限公司): undated, as many parties, one of them shared,
    // stated by no other sentence.
    if in_headline == 1 && agreements.len() == 2 && agreements[0].0.date.is_none() && agreements[0].1.len() == 1 {
        let (head, body) = (&agreements[0].0.parties, &agreements[1].0.parties);
        if head.len() == body.len() && !head.is_disjoint(body) {
            let (_, mut ev) = agreements.remove(0);
            ev.append(&mut agreements[0].1);
            agreements[0].1 = ev;
        }
    }
    // One body's signing with several, read as one agreement of them all (甲与
    // 乙、丙战略合作签约仪式举行), is the agreements with each that other
    // sentences state (甲分别与乙、丙签署…): it goes, its date and sentences
    // to each.
    let mut k = 0;
    while k < agreements.len() {
        if !one_with_each(&agreements, k) {
            k += 1;
            continue;
        }
        let (all, ev) = agreements.remove(k);
        for (a, a_ev) in
            agreements.iter_mut().filter(|(a, _)| a.parties.len() == 2 && a.parties.is_subset(&all.parties))
        {
            a.date = a.date.or(all.date);
            a_ev.extend(ev.iter().cloned());
        }
    }
    // Signers of bodies no chain names: the bodies the sentence gives them
    // (甲副院长张三与乙院长李四签署…) or, named alone (王杉院长与甄蕾主任共同签署…),
    // the one body where the announcement gives each an office.
    // (Where chains name agreements, signers of other bodies still state
    // their own: 南京图书馆馆长陈军、青海省图书馆馆长杜凯代表两省公共图书馆
    // 共同签订了《…》 beside the two provinces' departments' agreement; not
    // those signing for 双方, the sides already named.)
    let chained: BTreeSet<usize> = agreements.iter().flat_map(|(a, _)| a.parties.iter().copied()).collect();
    // The one body where the announcement gives a person an office, if one.
    let sole_office = |n: &String| offices.get(n).filter(|b| b.len() == 1).and_then(|b| b.first().copied());
    for (indices, in_sentence) in [(&by_signers, true), (&by_named_signers, false)] {
        if !agreements.is_empty() && (!in_sentence || chained.is_empty()) {
            break;
        }
        for &i in indices {
            let s = &sentences[i];
            // (Beside chains, only a sentence naming two bodies of no chain,
            // and no 双方, is read again: the cheap tests first.)
            if !chained.is_empty() {
                let others: BTreeSet<usize> = tokens[i]
                    .iter()
                    .filter_map(|t| match t.kind {
                        TokenKind::Org(o) if !chained.contains(&o) => Some(o),
                        _ => None,
                    })
                    .collect();
                if others.len() < 2 || names_sides(&s.working) || !states_signing(&s.working) {
                    continue;
                }
            }
            let signed = read_participation(&s.working, &tokens[i]).signed;
            // The body each signer says he stands for, read once for the sentence.
            let stands_for: BTreeMap<&str, usize> =
                signed.iter().filter_map(|n| Some((n.as_str(), represented(&s.chars, &tokens[i], n)?))).collect();
            let sides: Vec<BTreeSet<usize>> = if in_sentence {
                let roles = read_roles(&s.chars, &tokens[i]);
                let of_signers = |from: usize, to: usize| -> BTreeSet<usize> {
                    let within = |name: &str| {
                        tokens[i].iter().any(|t| {
                            matches!(&t.kind, TokenKind::Person(n) if n == name) && (from..to).contains(&t.span.start)
                        })
                    };
                    // Each signer signs for one body: the one they head, else
                    // the office named nearest their name (区政协副主席、区卫生
                    // 健康局局长唐玲 signs for the bureau, not for both).
                    let mut body_of: BTreeMap<&str, (usize, Relation)> = BTreeMap::new();
                    for r in roles.iter().filter(|r| signed.contains(&r.person) && within(&r.person)) {
                        let held = body_of.entry(&r.person).or_insert((r.org, r.relation));
                        if r.relation == Relation::Leads || held.1 != Relation::Leads {
                            *held = (r.org, r.relation);
                        }
                    }
                    // (One who says whom he stands for signs for it: 理事、校党委
                    // 副书记任少波代表基金会与…; one the sentence gives no office
                    // signs for the one body the document gives him: …与喻祖洪
                    // 董事长签署.)
                    for n in signed.iter().filter(|n| within(n)) {
                        if let Some(&o) = stands_for.get(n.as_str()) {
                            body_of.insert(n, (o, Relation::Leads));
                        } else if !body_of.contains_key(n.as_str())
                            && let Some(o) = sole_office(n)
                        {
                            body_of.insert(n, (o, Relation::ServesAt));
                        }
                    }
                    body_of.into_values().map(|(org, _)| org).collect()
                };
                // Each clause with its own act and signers states its own
                // agreement (甲副局长A和乙副市长B签订…协议，乙局长C和丁副总裁D签署…协议).
                let per_clause: Vec<BTreeSet<usize>> = clauses(&s.chars)
                    .filter(|&(from, to)| states_signing(&text_of(&s.chars[from..to])))
                    .map(|(from, to)| of_signers(from, to))
                    .filter(|bodies| bodies.len() >= 2)
                    .collect();
                if per_clause.len() >= 2 { per_clause } else { vec![of_signers(0, s.chars.len())] }
            } else {
                let body_of = |n: &String| stands_for.get(n.as_str()).copied().or_else(|| sole_office(n));
                let Some(bodies) = signed.iter().map(body_of).collect() else { continue };
                vec![bodies]
            };
            // (A signer saying he stands for a body of no chain states its own
            // agreement, even with a chained body on the other side: 任少波代表
            // 基金会与喻祖洪董事长签署捐赠协议, 喻祖洪's company also signing
            // with a school.)
            let stands_for_other = stands_for.values().any(|o| !chained.contains(o));
            for bodies in sides {
                if !bodies.is_disjoint(&chained) && !stands_for_other {
                    continue;
                }
                let Some(a) = signers_agreement(&s.working, (&s.chars, &tokens[i]), bodies, lines[i]) else { continue };
                match agreements.iter_mut().find(|(b, _)| b.parties == a.parties) {
                    Some((_, evs)) => evs.push(evidence(i)),
                    None => agreements.push((a, vec![evidence(i)])),
                }
            }
        }
    }
    // With none stated otherwise, 双方 who sign are the two bodies their
    // sentence names before them (甲董事长某会见来访的乙董事长某一行，双方…并签署…).
    // (Or, naming none there, the document's only two bodies, neither's name
    // holding the other's: 甲学院…到乙律师事务所座谈。最后，双方共同签订了….)
    let only_two = || {
        let named: BTreeSet<usize> = tokens.iter().flat_map(|t| named_orgs(t)).collect();
        let two: Vec<usize> = named.into_iter().collect();
        match two[..] {
            [a, b]
                if !cat.entries[a].name.contains(&cat.entries[b].name)
                    && !cat.entries[b].name.contains(&cat.entries[a].name) =>
            {
                Some([a, b])
            }
            _ => None,
        }
    };
    if agreements.is_empty()
        && let Some((i, a)) = sides.iter().find_map(|&i| {
            let (s, toks) = (&sentences[i], &tokens[i]);
            sides_agreement(&s.working, (&s.chars, toks), lines[i], only_two()).map(|a| (i, a))
        })
    {
        agreements.push((a, vec![evidence(i)]));
    }
    // 3月5日，双方签署…: the sides are the parties of the one agreement named
    // without a date (in the headline).
    if let [(a, _)] = &mut agreements[..]
        && a.date.is_none()
    {
        a.date = sides.iter().find_map(|&i| sides_signing_date(&sentences[i].working, lines[i]));
    }
    // Or the date of the event the sentence before tells of, in the same
    // paragraph, when the sides' signing follows it (6月3日，甲赴乙调研…。
    // 座谈后，双方签订…).
    if let [(a, _)] = &mut agreements[..]
        && a.date.is_none()
    {
        a.date = sides.iter().find_map(|&i| {
            let (s, before) = (&sentences[i], sentences.get(i.checked_sub(1)?)?);
            if before.line != s.line || !follows_event(&s.working) || !states_signing(&s.working) {
                return None;
            }
            find_dates(&before.working).first().map(|&(_, d)| with_dateline(d, lines[i - 1]))
        });
    }
    // Or in the one sentence that dates the signing ceremony (签约仪式于…举行),
    // when that is the document's one agreement.
    if let [(a, _)] = &mut agreements[..]
        && a.date.is_none()
    {
        let mut dates = sentences.iter().zip(&lines).filter_map(|(s, &line)| ceremony_date(&s.working, line));
        if let (Some(d), None) = (dates.next(), dates.next()) {
            a.date = Some(d);
        }
    }
    // Or the date of a sentence stating a signing that names every party of
    // it, where no chain of them was read (11月11日,甲乙签订…, the words
    // joining them lost).
    if let [(a, _)] = &mut agreements[..]
        && a.date.is_none()
    {
        a.date = sentences.iter().zip(&tokens).zip(&lines).find_map(|((s, toks), &line)| {
            let named = named_orgs(toks);
            a.parties.iter().all(|p| named.contains(p)).then(|| signing_date(&s.working, line)).flatten()
        });
    }
    // Or the one date the text states up to it, where it states one only
    // (8月28日上午,甲洽谈会在乙中心举行…。甲副主席出席会议并代表我会与丙签署了…):
    // the day of the event the text tells of. (Only dates of the prose, in
    // sentences of clauses: not a page's stamp, 2021-03-12 16:46宣传统战部,
    // 发布日期:2017-09-11 00:00.)
    // (Nor a signing a board approves, 审议通过公司与甲签署…: the meeting's day
    // is not the signing's.)
    // (Each undated agreement so: 任少波代表基金会与…签署捐赠协议。同时喻祖洪代表公司
    // 与…签署了…, the text's one date the ceremony's; beside others, not one
    // the text says was signed before, as below.)
    // (Nor the day a reporter learnt of it: 12月3日,记者从甲获悉,…签约仪式
    // 日前在甲举行.)
    let prose = |s: &Sentence| {
        s.working.contains([',', '。', ';']) && !["获悉", "日前", "近日"].iter().any(|w| s.working.contains(w))
    };
    // An agreement stated without a date (同时，甲与丙签订了…) was signed at
    // the event of the one stated before it.
    // (Not one the text says was signed before: 也是我院去年与丙签署…后的举措.)
    // (Nor one of a year the sentence states alone, not the event's, if any:
    // 2006年，甲与乙签署《全面战略合作协议》，此次协议…是对其的落实.)
    let earlier = |ev: &[Evidence], event: Option<Date>| {
        ev.iter().all(|e| {
            EARLIER.iter().any(|w| e.text.contains(w))
                || year_alone(&e.text).is_some_and(|y| event.is_none_or(|d| d.year != Some(y)))
        })
    };
    let several = agreements.len() > 1;
    // Each prose sentence's dates, read once, as far as an agreement needs.
    let mut prose_dates: Vec<Vec<Date>> = Vec::new();
    for (a, ev) in agreements.iter_mut() {
        let approved = ev.iter().any(|e| e.text.contains("审议") || e.text.contains("審議"));
        if a.date.is_some() || approved || several && earlier(ev, None) {
            continue;
        }
        let said = ev.iter().filter_map(|e| sentences.iter().position(|s| *s.original == *e.text)).min();
        let upto = said.map_or(0, |i| i + 1);
        while prose_dates.len() < upto {
            let (s, line) = (&sentences[prose_dates.len()], lines[prose_dates.len()]);
            let found = if prose(s) { find_dates(&s.working) } else { Vec::new() };
            prose_dates.push(found.into_iter().map(|(_, d)| with_dateline(d, line)).collect());
        }
        let mut dates: Vec<Date> = prose_dates[..upto].iter().flatten().copied().collect();
        dates.sort_unstable();
        dates.dedup();
        if let [d] = dates[..] {
            a.date = Some(d);
        }
    }
    let mut last_date = None;
    for (a, ev) in agreements.iter_mut() {
        match a.date {
            Some(d) => last_date = Some(d),
            None if !earlier(ev, last_date) => a.date = last_date,
            None => {}
        }
    }
    // Participants: attach each sentence's signers, witnesses and hosts to the
    // document's agreement (the one whose parties the sentence names, if several).
    let mut facts_agreements: Vec<AgreementFact> = agreements
        .iter()
        .map(|(a, ev)| AgreementFact {
            parties: a.parties.iter().map(|&i| org_name(i)).collect(),
            date: a.date.map(|d| d.iso()),
            title: a.title.clone(),
            participants: a
                .coordinated_by
                .iter()
                .map(|&i| Participant { relation: Relation::CoordinatedBy, name: org_name(i), evidence: ev[0].clone() })
                .collect(),
            evidence: ev.clone(),
        })
        .collect();
    if !facts_agreements.is_empty() {
        // The agreement a sentence's people took part in: the one whose parties
        // it names (the first of those naming most).
        let targets_of = |i: usize| {
            let named = named_orgs(&tokens[i]);
            let naming = |k: usize| agreements[k].0.parties.intersection(&named).count();
            // A sentence naming no party speaks of the first agreement.
            let most = (0..agreements.len()).map(naming).max().unwrap_or(0);
            (0..agreements.len())
                .filter(|&k| naming(k) == most)
                .take(if most == 0 { 1 } else { usize::MAX })
                .collect::<Vec<usize>>()
        };
        let target_of = |i: usize| targets_of(i).first().copied().unwrap_or(0);
        // (Or the parent whose name opens a party's: 上海华山医院 for 上海华山医院
        // 神经外科临床医学中心, a signer of the hospital signing for its centre.)
        let party_to_any = |o: usize| {
            let name = &cat.entries[o].name;
            agreements
                .iter()
                .any(|(a, _)| a.parties.iter().any(|&p| p == o || cat.entries[p].name.starts_with(name.as_str())))
        };
        // Which of `targets` a signer signed: those his body is a party to,
        // when the sentence names as many parties of each (甲院长A与乙院长B、丙院长C
        // 分别签署; 甲院长A与各医院院长分别签约).
        // (Of several his body is a party to, those a body of another signer
        // of the sentence is a party to too: 甲副总经理A与乙副主席B代表双方签署…,
        // 丙与乙签署…: B signed with A, not with 丙.)
        let bodies_of = |name: &str| -> BTreeSet<&str> {
            facts.roles.iter().filter(|r| r.person == name).map(|r| r.org.as_str()).collect()
        };
        let signed_by = |name: &str, targets: &[usize], cosigners: &[String]| -> Vec<usize> {
            let bodies = bodies_of(name);
            let party = |k: usize, bodies: &BTreeSet<&str>| {
                agreements[k].0.parties.iter().any(|&o| bodies.contains(org_name(o).as_str()))
            };
            let of_body: Vec<usize> = targets.iter().copied().filter(|&k| party(k, &bodies)).collect();
            if of_body.is_empty() {
                return targets[..1].to_vec();
            }
            let others: BTreeSet<&str> = cosigners
                .iter()
                .filter(|c| c.as_str() != name)
                .flat_map(|c| bodies_of(c))
                .filter(|b| !bodies.contains(b))
                .collect();
            let with_others: Vec<usize> = of_body.iter().copied().filter(|&k| party(k, &others)).collect();
            if of_body.len() > 1 && !with_others.is_empty() { with_others } else { of_body }
        };
        let mut participation: Vec<Participation> =
            sentences.iter().enumerate().map(|(i, s)| read_participation(&s.working, &tokens[i])).collect();
        // A meeting the signing came after (会后，…签署) is another event: who
        // chaired it (甲欢迎乙…，并主持会议) hosted no signing.
        if sentences.iter().any(|s| s.working.starts_with("会后") && states_signing(&s.working)) {
            for (p, s) in participation.iter_mut().zip(&sentences) {
                if chairs_a_meeting(&s.working) {
                    p.hosted.clear();
                }
            }
        }
        // Those a sentence says signed for the sides (甲、乙代表校税双方签订…;
        // 甲代表乙学院，丙代表丁局共同签署…), two or more, are the agreement's
        // signers: others a sentence has sign it are not (丙局长甲一行来我院交流
        // 座谈并签订…: the delegation).
        let for_the_sides: Vec<bool> = (0..sentences.len())
            .map(|i| {
                let signed = &participation[i].signed;
                let each_for_one =
                    || signed.iter().filter(|n| represented(&sentences[i].chars, &tokens[i], n).is_some()).count() >= 2;
                signed.len() >= 2 && (signs_for_the_sides(&sentences[i].working) || each_for_one())
            })
            .collect();
        let mut side_signers: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
        for i in (0..sentences.len()).filter(|&i| for_the_sides[i]) {
            for n in &participation[i].signed {
                for k in signed_by(n, &targets_of(i), &participation[i].signed) {
                    side_signers.entry(k).or_default().insert(n.as_str());
                }
            }
        }
        // Sentences naming their signers by office alone (两位院长代表双方签约).
        let mut by_office: Vec<(usize, &str)> = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            let p = &participation[i];
            if p.signed.is_empty()
                && let Some(office) = signers_by_office(&s.working)
            {
                by_office.push((i, office));
            }
            if p.signed.is_empty() && p.witnessed.is_empty() && p.hosted.is_empty() {
                continue;
            }
            let targets = targets_of(i);
            // A sentence naming no party where a signer acts for a body party to
            // none states another signing (院长还代表创新团队与科学院研究员丙签订了…).
            let elsewhere = !named_orgs(&tokens[i]).iter().any(|o| party_to_any(*o))
                && read_roles(&s.chars, &tokens[i])
                    .iter()
                    .any(|r| p.signed.contains(&r.person) && !party_to_any(r.org));
            for n in p.signed.iter().filter(|_| !elsewhere) {
                for k in signed_by(n, &targets, &p.signed) {
                    if !for_the_sides[i]
                        && side_signers.get(&k).is_some_and(|set| set.len() >= 2 && !set.contains(&n.as_str()))
                    {
                        continue;
                    }
                    let ev = evidence(i);
                    facts_agreements[k].participants.push(Participant {
                        relation: Relation::Signed,
                        name: n.clone(),
                        evidence: ev,
                    });
                }
            }
            let a = &mut facts_agreements[targets[0]];
            // The document its signers sign, named in full where the
            // agreement's title is the end of that name (合作协议, then 姜慧、
            // 徐锋华共同签订《甲—乙校地合作协议》).
            // (Read only where the title stands after a char that may be
            // part of a longer name: 校地|合作协议, not 签署|合作协议.)
            let extended = |t: &str| {
                s.working.match_indices(t).any(|(b, _)| {
                    s.working[..b].chars().next_back().is_some_and(|c| is_han(c) && !"签署订了".contains(c))
                })
            };
            if !p.signed.is_empty()
                && !elsewhere
                && !a.title.is_empty()
                && extended(&a.title)
                && let Some(title) = document_signed(&s.working, (&s.chars, &tokens[i]))
                && title.len() > a.title.len()
                // (协议书 is a 协议: 签署合作协议, then 签署《深化…合作协议书》.)
                && (title.ends_with(&a.title) || title.strip_suffix('书').is_some_and(|t| t.ends_with(&a.title)))
            {
                a.title = title;
            }
            // (Those who witnessed or hosted a sentence's several signings,
            // each naming both its parties, did so for each: 在甲的见证下，乙、丙
            // 分别与丁签署….)
            let all_named = targets.len() > 1 && {
                let named = named_orgs(&tokens[i]);
                targets.iter().all(|&k| named.is_superset(&agreements[k].0.parties))
            };
            let witnessed_targets = if all_named { &targets[..] } else { &targets[..1] };
            for &k in witnessed_targets {
                let a = &mut facts_agreements[k];
                for (rel, names) in [(Relation::WitnessedBy, &p.witnessed), (Relation::HostedBy, &p.hosted)] {
                    for n in names {
                        a.participants.push(Participant { relation: rel, name: n.clone(), evidence: evidence(i) });
                    }
                }
            }
        }
        // Signers named by their office only (两位院长代表双方签约): the
        // people the document names in that office at the agreement's parties.
        for (i, office) in by_office {
            let target = target_of(i);
            let parties: BTreeSet<String> = agreements[target].0.parties.iter().map(|&o| org_name(o)).collect();
            let holders: BTreeSet<&str> = facts
                .roles
                .iter()
                .filter(|r| parties.contains(&r.org) && r.titles.iter().any(|t| holds_office(t, office)))
                .map(|r| r.person.as_str())
                .collect();
            if holders.len() < 2 || holders.len() > parties.len() {
                continue;
            }
            let a = &mut facts_agreements[target];
            for name in holders {
                if !a.participants.iter().any(|p| p.relation == Relation::Signed && p.name == name) {
                    a.participants.push(Participant {
                        relation: Relation::Signed,
                        name: name.to_string(),
                        evidence: evidence(i),
                    });
                }
            }
        }
    }
    // A form's representatives signed its agreement.
    if let (Some(f), Some(parties)) = (&form, &form_parties)
        && let Some(k) = agreements.iter().position(|(a, _)| &a.parties == parties)
    {
        for &i in &f.representatives {
            for t in &tokens[i] {
                if let TokenKind::Person(n) = &t.kind
                    && !facts_agreements[k].participants.iter().any(|p| p.relation == Relation::Signed && &p.name == n)
                {
                    let p = Participant { relation: Relation::Signed, name: n.clone(), evidence: evidence(i) };
                    facts_agreements[k].participants.push(p);
                }
            }
        }
    }
    facts.agreements = facts_agreements;
    facts.orgs = cat
        .entries
        .iter()
        .filter(|e| !e.keys.is_empty())
        .map(|e| OrgFact { name: scoped(&e.name), org_type: e.org_type, surfaces: e.surfaces.clone() })
        .collect();
    facts.persons = person_surfaces.into_iter().map(|(name, surfaces)| PersonFact { name, surfaces }).collect();
    facts
}

/// The scope of a text's placeless names: the first eight hex digits of its
/// content hash (the one incremental builds key documents by).
fn text_scope(text: &str) -> String {
    let mut hash = content_hash(text.as_bytes());
    hash.truncate(8);
    hash
}

/// Is agreement `k`, of three parties or more, also stated as agreements of
/// two of them, each with one party they share, that together name them all?
fn one_with_each<E>(agreements: &[(AgreementMention, E)], k: usize) -> bool {
    let all = &agreements[k].0.parties;
    if all.len() < 3 {
        return false;
    }
    let pairs: Vec<&BTreeSet<usize>> = agreements
        .iter()
        .enumerate()
        .filter(|&(j, (a, _))| j != k && a.parties.len() == 2 && a.parties.is_subset(all))
        .map(|(_, (a, _))| &a.parties)
        .collect();
    let shared: Option<BTreeSet<usize>> = pairs
        .split_first()
        .map(|(first, rest)| rest.iter().fold((*first).clone(), |acc, p| acc.intersection(p).copied().collect()));
    let named: BTreeSet<usize> = pairs.iter().flat_map(|p| p.iter().copied()).collect();
    pairs.len() >= 2 && shared.is_some_and(|s| s.len() == 1) && named == *all
}

/// Are two agreements' sides the same bodies, a company on one side written
/// by a company of its own (五矿二十三冶建设集团第四工程有限公司, whose head signed,
/// for 五矿二十三冶建设集团有限公司, the party the ceremony named)?
fn same_sides(a: &BTreeSet<usize>, b: &BTreeSet<usize>, cat: &OrgCatalog) -> bool {
    let owns = |parent: usize, own: usize| {
        let (p, o) = (&cat.entries[parent].name, &cat.entries[own].name);
        let stem = LEGAL_FORMS.iter().find_map(|f| p.strip_suffix(f)).unwrap_or(p);
        stem.len() < p.len()
            && stem.chars().count() >= 4
            && o.len() > p.len()
            && o.starts_with(stem)
            && LEGAL_FORMS.iter().any(|f| o.ends_with(f))
    };
    // (Cheap test first: every side but one is the same body.)
    if a.len() != b.len() || a.len() < 2 || a.intersection(b).count() + 1 != a.len() {
        return false;
    }
    let (Some(&x), Some(&y)) = (a.difference(b).next(), b.difference(a).next()) else { return false };
    owns(x, y) || owns(y, x)
}

/// The organisations a sentence's tokens name.
fn named_orgs(tokens: &[Token]) -> BTreeSet<usize> {
    tokens
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Org(o) => Some(o),
            _ => None,
        })
        .collect()
}

/// Does a title hold the office a collective names (执行院长 is a 院长, a
/// 副院长 is not)?
fn holds_office(title: &str, office: &str) -> bool {
    title == office || title.ends_with(office) && !title.contains('副')
}

/// The body a named signer says he stands for, right after his name
/// (任少波代表基金会与…签署): the organisation after 代表.
/// (Not a collective the signers stand for together: 甲馆长A、乙馆长B代表
/// 两省公共图书馆.)
fn represented(w: &[char], tokens: &[Token], name: &str) -> Option<usize> {
    let k = tokens.iter().position(|t| matches!(&t.kind, TokenKind::Person(p) if p == name))?;
    let (person, next) = (&tokens[k], tokens.get(k + 1)?);
    let TokenKind::Org(o) = next.kind else { return None };
    let collective = matches!(w.get(next.span.start..next.span.start + 2), Some([a, b])
        if "两三四五六七八九十各多数".contains(*a) && "省市地校院家所方区县国".contains(*b));
    (!collective && text_of(&w[person.span.end..next.span.start.max(person.span.end)]) == "代表").then_some(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::shown;

    fn facts_of(text: &str) -> DocFacts {
        let lex = Lexicon::embedded().expect("built-in lexicon");
        let doc = Document { id: "a.txt".into(), text: text.into(), date: None };
        extract_document(&doc, &lex, &Matchers::new(&lex))
    }

    fn signers(f: &DocFacts) -> Vec<String> {
        let mut s: Vec<String> = f.agreements[0]
            .participants
            .iter()
            .filter(|p| p.relation == Relation::Signed)
            .map(|p| p.name.clone())
            .collect();
        s.sort();
        s
    }

    #[test]
    fn who_chaired_the_meeting_a_signing_came_after_hosted_no_signing() {
        let hosts = |text: &str| -> Vec<String> {
            let f = facts_of(text);
            let a = f.agreements.first().map(|a| a.participants.clone()).unwrap_or_default();
            a.into_iter().filter(|p| p.relation == Relation::HostedBy).map(|p| p.name).collect()
        };
        let text = "香港海关关长陈子达欢迎海关总署署长孙梅君率领代表团到访,并主持会议。\
                    会后,在孙梅君见证下,陈子达和深圳海关关长郑巨刚签署合作备忘录。";
        assert!(hosts(text).is_empty(), "{:?}", hosts(text));
        // Without 会后, the meeting may be the signing's.
        let text = "香港海关关长陈子达欢迎海关总署署长孙梅君率领代表团到访,并主持会议。\
                    在孙梅君见证下,陈子达和深圳海关关长郑巨刚签署合作备忘录。";
        assert!(!hosts(text).is_empty());
        // Nor where what came after the meeting was no signing.
        let text = "开封市中级人民法院与上海政法学院警务学院召开座谈会暨签约仪式。\
                    开封市中级人民法院副院长侯慧玲主持会议。\
                    签约仪式上,副院长侯慧玲、常务副院长蔡一军分别代表双方签署了《共建合作协议》。\
                    会后,在侯慧玲陪同下,上海政法学院警务学院参观了审判庭。";
        assert!(!hosts(text).is_empty());
    }

    #[test]
    fn a_signer_of_a_partys_parent_signs_for_it() {
        let text = "天士力控股集团执行主席闫凯境出席天士力控股集团与上海华山医院神经外科临床医学中心签约仪式。上海华山医院院长周良辅与闫凯境执行主席共同签署了合作项目书。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(signers(&f), vec!["周良辅", "闫凯境"]);
    }

    #[test]
    fn an_undated_agreement_takes_the_events_date_unless_signed_before() {
        let text = "1月17日,湖北省肿瘤医院与华中农业大学签署战略共建框架协议。同时,湖北省肿瘤医院与武汉大学签订了合作协议。这是湖北省肿瘤医院去年与美国巴菲特癌症中心签署姊妹医院协议后的又一举措。";
        let f = facts_of(text);
        let date_of = |other: &str| {
            f.agreements.iter().find(|a| a.parties.iter().any(|p| shown(p) == other)).map(|a| a.date.clone())
        };
        assert_eq!(date_of("武汉大学"), Some(Some("--01-17".to_string())), "{:?}", f.agreements);
        assert_eq!(date_of("美国巴菲特癌症中心"), Some(None), "{:?}", f.agreements);
    }

    #[test]
    fn a_signing_of_some_sides_with_the_others_counted_is_the_one_naming_all() {
        let text = "3月2日，甲区人民政府、乙市通信管理局、丙电信分公司、丁移动有限公司战略合作协议签字仪式举行。\
                    甲区政府与乙市通信管理局及两家电信企业签约。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].parties.len(), 4, "{:?}", f.agreements);
        // Not counted, a signing of two of them is their own.
        let text = "3月2日，甲区人民政府、乙市通信管理局、丙电信分公司、丁移动有限公司战略合作协议签字仪式举行。\
                    甲区政府与乙市通信管理局签署数据共享协议。";
        assert_eq!(facts_of(text).agreements.len(), 2);
    }

    #[test]
    fn one_bodys_ceremony_with_several_is_its_agreement_with_each() {
        let text = "10月27日,甲大学与乙市人民政府、丙县人民政府战略合作签约仪式举行。\
                    甲大学分别与乙市人民政府、丙县人民政府签署战略合作框架协议。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 2, "{:?}", f.agreements);
        assert!(f.agreements.iter().all(|a| a.parties.len() == 2 && a.date.is_some()), "{:?}", f.agreements);
        // Not where the others name only some of them.
        let text = "10月27日,甲大学与乙市人民政府、丙县人民政府战略合作签约仪式举行。\
                    甲大学与乙市人民政府签署人才培养协议。";
        assert_eq!(facts_of(text).agreements.len(), 2);
    }

    #[test]
    fn the_sides_signing_after_an_event_take_its_date() {
        let text = "6月3日，甲科学院院长张三带队赴乙县调研，并与乙县县长座谈。座谈后，双方共同签订了合作框架协议。\n\
                    图1：甲科学院院长张三与乙县人民政府共同签署合作框架协议";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].date.as_deref(), Some("--06-03"));
        // Not from another paragraph, where the text states another date too
        // (with one date only, the text's one date is the signing's).
        let text = "6月3日，甲科学院院长张三带队赴乙县调研，并与乙县县长座谈。\n座谈后，双方共同签订了合作框架协议。\n\
                    图1：甲科学院院长张三与乙县人民政府共同签署合作框架协议";
        assert_eq!(facts_of(text).agreements[0].date.as_deref(), Some("--06-03"));
        let text = format!("5月20日，甲科学院成立。{text}");
        assert_eq!(facts_of(&text).agreements[0].date, None);
    }

    #[test]
    fn the_sides_are_the_documents_only_two_bodies_where_their_sentence_names_none() {
        let text = "9月21日下午,甲理工学院商学院院长李蔚一行到湖北善诺律师事务所交流座谈。                    湖北善诺律师事务所主任张友江参加座谈。最后,双方共同签订了实习基地建设协议。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        let parties: Vec<&str> = f.agreements[0].parties.iter().map(String::as_str).collect();
        assert_eq!(parties, ["湖北善诺律师事务所", "甲理工学院商学院"]);
        // Not with a third body named.
        let text = text.replace("湖北善诺律师事务所主任", "江城大学校长王五、湖北善诺律师事务所主任");
        assert!(facts_of(&text).agreements.is_empty());
    }

    #[test]
    fn a_signer_standing_for_a_body_states_its_own_agreement_beside_a_chain() {
        let text = "5月9日,华信控股有限公司向江城大学教育基金会捐赠仪式举行。华信控股有限公司董事长喻明一行到访。\
                    基金会理事、校党委副书记任波代表基金会与喻明董事长签署捐赠协议。\
                    同时喻明董事长代表公司与江城大学土木工程学院签署了共建实践基地协议。";
        let f = facts_of(text);
        let mut found: Vec<(Vec<&str>, Option<&str>)> =
            f.agreements.iter().map(|a| (a.parties.iter().map(String::as_str).collect(), a.date.as_deref())).collect();
        found.sort();
        assert_eq!(
            found,
            vec![
                (vec!["华信控股有限公司", "江城大学土木工程学院"], Some("--05-09")),
                (vec!["华信控股有限公司", "江城大学教育基金会"], Some("--05-09")),
            ],
            "{:?}",
            f.agreements
        );
        // The foundation's signer is its, not the university's.
        let donation = f.agreements.iter().find(|a| a.parties.iter().any(|p| p.ends_with("基金会")));
        let signed: Vec<&str> = donation
            .into_iter()
            .flat_map(|a| &a.participants)
            .filter(|p| p.relation == Relation::Signed)
            .map(|p| p.name.as_str())
            .collect();
        assert!(signed.contains(&"任波"), "{signed:?}");
    }

    #[test]
    fn each_clause_of_signers_states_its_own_agreement() {
        let text = "启动仪式上,河南省体育局副局长马宇峰和漯河市副市长栗社臣签订了战略合作协议,漯河市体育局局长李艳华和河南双汇投资发展股份有限公司副总裁周霄签署了赛事活动合作协议。";
        let f = facts_of(text);
        let mut sides: Vec<Vec<&str>> =
            f.agreements.iter().map(|a| a.parties.iter().map(String::as_str).collect()).collect();
        sides.iter_mut().for_each(|p| p.sort());
        sides.sort();
        assert_eq!(
            sides,
            vec![vec!["河南双汇投资发展股份有限公司", "漯河市体育局"], vec!["河南省体育局", "漯河市人民政府"]]
        );
    }

    #[test]
    fn a_body_named_with_no_place_is_scoped_to_its_announcement() {
        let text = "县人民医院与甲药业有限公司签约。县人民医院院长张三出席。";
        let f = facts_of(text);
        let hospital = f.orgs.iter().find(|o| shown(&o.name) == "县人民医院").expect("the hospital");
        assert_ne!(hospital.name, "县人民医院");
        assert!(f.roles.iter().any(|r| r.person == "张三" && r.org == hospital.name));
        assert!(f.agreements[0].parties.contains(&hospital.name));
        // The same text gives the same scope; another text another.
        assert_eq!(facts_of(text).orgs, f.orgs);
        let other = facts_of("县人民医院与乙科技有限公司签约。");
        assert!(other.orgs.iter().all(|o| o.name != hospital.name));
        // A body with a place is nobody's own.
        assert!(f.orgs.iter().any(|o| o.name == "甲药业有限公司"));
        assert!(placeless("市人民政府") && !placeless("市") && !placeless("杭州市人民政府"));
    }

    #[test]
    fn a_company_signing_for_its_group_signs_the_groups_agreement() {
        let f = facts_of(
            "10月14日上午,道县人民政府与五矿二十三冶建设集团有限公司合作框架协议签约仪式举行,五矿二十三冶建设集团第四工程有限公司董事长刘嗣扬一行出席。最后,常务副县长张一波代表道县人民政府与五矿二十三冶建设集团第四工程有限公司董事长刘嗣扬进行了现场签约。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert!(f.agreements[0].parties.contains("五矿二十三冶建设集团有限公司"));
        assert_eq!(signers(&f), vec!["刘嗣扬", "张一波"]);
        // Another body with the same other side, not the group's own, signed apart.
        let f = facts_of(
            "10月14日,道县人民政府与五矿二十三冶建设集团有限公司签署合作框架协议。道县人民政府与湖南建工集团有限公司签署合作协议。",
        );
        assert_eq!(f.agreements.len(), 2);
    }

    #[test]
    fn signers_named_by_office_are_its_holders_at_the_parties() {
        let f = facts_of(
            "11月3日，南京鼓楼医院与江苏省人民医院签署合作协议。出席签约仪式的有南京鼓楼医院院长韩光曙，江苏省人民医院院长唐金海，江苏省人民医院副院长张三。两位院长代表双方签约。",
        );
        assert_eq!(signers(&f), vec!["唐金海", "韩光曙"]);
        // One holder is no collective: nobody is guessed.
        let f =
            facts_of("南京鼓楼医院与江苏省人民医院签署合作协议。南京鼓楼医院院长韩光曙出席。两位院长代表双方签约。");
        assert!(signers(&f).is_empty());
    }

    #[test]
    fn signers_of_several_agreements_sign_those_their_bodies_are_parties_to() {
        let f = facts_of(
            "阳江市人民医院、汕尾市人民医院正式加入广东省人民医院医疗联合体，并与广东省人民医院签订医联体合作协议。广东省人民医院院长余学清与阳江市人民医院院长陈锐、汕尾市人民医院院长林海分别签署协议。",
        );
        let signed: Vec<(Vec<&str>, Vec<&str>)> = f
            .agreements
            .iter()
            .map(|a| {
                let signers = a.participants.iter().filter(|p| p.relation == Relation::Signed).map(|p| p.name.as_str());
                (a.parties.iter().map(String::as_str).collect(), signers.collect())
            })
            .collect();
        assert_eq!(
            signed,
            vec![
                (vec!["广东省人民医院", "阳江市人民医院"], vec!["余学清", "陈锐"]),
                (vec!["广东省人民医院", "汕尾市人民医院"], vec!["余学清", "林海"]),
            ]
        );
        // A sentence naming no party: its signers signed the first agreement only.
        let f = facts_of(
            "江苏省肿瘤医院与南京医科大学第二附属医院签署合作协议。江苏省肿瘤医院院长冯继锋出席。冯继锋代表医院签署合作协议。同时，江苏省肿瘤医院与南京市江宁医院签订了专科联盟协议。",
        );
        assert_eq!(f.agreements.len(), 2);
        assert!(f.agreements[1].participants.iter().all(|p| p.name != "冯继锋"));
        // Of two a signer's body is a party to, the one his co-signer's body is
        // a party to too.
        let f = facts_of(
            "9月12日,江苏省体育产业集团与江苏省足球运动协会战略合作签约仪式在南京举行。江苏省体育产业集团副总经理宗睿洁与江苏省足球运动协会秘书长林峰代表双方签署战略合作协议,江苏省体育产业集团旗下南京奥体中心与江苏省足球运动协会签署投资合作协议。",
        );
        assert_eq!(f.agreements.len(), 2);
        let of = |p: &str| f.agreements.iter().find(|a| a.parties.iter().any(|n| n == p)).expect(p);
        assert!(of("南京奥体中心").participants.iter().all(|p| p.name != "林峰"));
        assert!(of("江苏省体育产业集团").participants.iter().any(|p| p.name == "林峰"));
    }

    #[test]
    fn those_who_witnessed_a_sentences_several_signings_witnessed_each() {
        let witnesses = |f: &DocFacts| -> Vec<Vec<String>> {
            f.agreements
                .iter()
                .map(|a| {
                    let w = a.participants.iter().filter(|p| p.relation == Relation::WitnessedBy);
                    w.map(|p| p.name.clone()).collect()
                })
                .collect()
        };
        let f = facts_of(
            "在山东省委书记林武、华为轮值董事长徐直军的共同见证下,济南市历下区人民政府、歌尔集团有限公司分别与华为技术有限公司签署合作协议。",
        );
        assert_eq!(f.agreements.len(), 2);
        assert_eq!(witnesses(&f), vec![vec!["林武", "徐直军"]; 2]);
        // A sentence naming one party of each: the first agreement's only.
        let f = facts_of(
            "北京协和医院与清华大学签署协议。北京协和医院与腾讯科技有限公司签署协议。北京协和医院院长张三见证签约。",
        );
        assert_eq!(witnesses(&f), vec![vec!["张三".to_string()], vec![]]);
    }

    #[test]
    fn a_signer_acting_for_no_party_in_a_sentence_naming_none_signed_something_else() {
        let f = facts_of(
            "11月20日，宁波市第一医院与华东医药股份有限公司签署战略合作协议。宁波市第一医院院长张平与华东医药股份有限公司总经理李强签署协议。会上，张平院长还代表康复产业创新团队与浙江省医学科学院王芳研究员签订了团队合作协议。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(signers(&f), vec!["张平", "李强"]);
    }

    #[test]
    fn a_headline_stated_again_in_the_text_restates_no_other_agreement() {
        let f = facts_of(
            "聊城大学与东昌府区人民政府签订合作协议\n我校与东昌府区人民政府签署合作协议。王昭风在会上谈到,2020年我校与聊城市政府签订城校融合发展协议以来,合作不断深化。",
        );
        assert_eq!(f.agreements.len(), 2, "{:?}", f.agreements);
        assert!(f.agreements.iter().any(|a| a.parties.contains("东昌府区人民政府")));
    }

    #[test]
    fn our_school_is_the_one_the_byline_names_and_signing_delegates_signed() {
        let f = facts_of(
            "我校与桂林市人民政府签署运营合作协议\n作者:桂林医学院作者\n4月26日上午,我校与桂林市人民政府正式签署运营合作协议。中南大学党委常务副书记陶立坚应邀出席。桂林医学院签约代表、院长张志勇与桂林市人民政府签约代表、常务副市长张晓武正式签署运营合作协议。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert!(f.agreements[0].parties.contains("桂林医学院"), "{:?}", f.agreements);
        assert_eq!(signers(&f), vec!["张志勇", "张晓武"]);
    }

    #[test]
    fn those_who_attend_a_signing_event_sign_nothing() {
        let f = facts_of(
            "长江大学与蔡甸区签署战略合作协议。区委副书记、区长黄元峰,校长刘勇胜出席签约活动。蔡甸区将持续与长江大学合作。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert!(signers(&f).is_empty(), "{:?}", signers(&f));
        // The district is its government, whose head the text names.
        assert!(f.agreements[0].parties.contains("蔡甸区人民政府"), "{:?}", f.agreements);
    }

    #[test]
    fn the_ceremony_dates_the_one_agreement() {
        let f = facts_of(
            "瑞金医院闵行院区共建协议签约仪式于2024年10月15日在交大闵行校区举行。闵行区人民政府、上海交通大学负责人签署共建合作协议。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].date.as_deref(), Some("2024-10-15"));
        // So does a signing ceremony held with another (签约及揭牌仪式).
        let f = facts_of(
            "3月20日,北京同仁堂中医医院与贵州省黔西南州妇幼保健院合作共建签约及揭牌仪式在兴义市举行。北京同仁堂中医医院董事长金涛与州妇幼保健院院长刘松签署了《北京同仁堂中医医院与黔西南州妇幼保健院合作共建协议》。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].date.as_deref(), Some("--03-20"));
    }

    #[test]
    fn a_signer_signs_for_one_body_only() {
        // 区政协副主席、区卫生健康局局长唐玲 signs for the bureau; the other
        // signer's body is a spam site's name: no second party.
        let text = "在签订仪式上,金平区政协副主席、区卫生健康局局长唐玲和优米软件下载官方版党委书记姚锡涛共同签署了《战略合作框架协议》。";
        let f = facts_of(text);
        assert!(f.agreements.is_empty(), "{:?}", f.agreements);
        // With the other's body named, the bureau and it are the parties.
        let f = facts_of(&text.replace("优米软件下载官方版", "汕头市中心医院"));
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        let parties = &f.agreements[0].parties;
        assert!(parties.len() == 2 && parties.contains("汕头市中心医院"), "{parties:?}");
        assert!(parties.iter().all(|p| !p.contains("政协")), "{parties:?}");
    }

    #[test]
    fn an_agreement_of_a_year_stated_alone_is_not_of_the_event() {
        let text = "12月26日,北京大学医学部与青岛市卫生计生委签约仪式举行。北京大学医学部与青岛市卫生计生委签署《深化医疗卫生领域合作协议书》。2006年,青岛市人民政府与北京大学签署《全面战略合作协议》,此次协议的签订是对其的落实。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 2, "{:?}", f.agreements);
        let of_2006 = f.agreements.iter().find(|a| a.parties.contains("北京大学")).expect("the 2006 agreement");
        assert_eq!(of_2006.date, None);
    }

    #[test]
    fn the_texts_one_date_dates_the_one_agreement() {
        let text = "8月28日上午,第八届金融洽谈会在东亚展览中心举行。市工商联金亮副主席出席会议并代表我会与上海金融业联合会签署了《上海市工商业联合会、上海金融业联合会战略合作协议书》。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].date.as_deref(), Some("--08-28"));
        // Not with two dates, nor with one stated only after the signing.
        let f = facts_of(&text.replace("上午,", "上午,继8月27日开幕式后,"));
        assert_eq!(f.agreements[0].date, None, "{:?}", f.agreements);
        let f = facts_of(&(text.replace("8月28日上午,", "") + "协议有效期至12月31日。"));
        assert_eq!(f.agreements[0].date, None, "{:?}", f.agreements);
        // A page's stamp is no date of the prose; the prose's date of the
        // stamp's day is.
        let stamped = "医院与华为技术有限公司签署全面合作协议\n2021-03-12 16:46宣传统战部\n3月12日,甲附院副院长刘效良率队到华为技术有限公司参观交流。期间,甲附院与华为技术有限公司签署了全面合作协议。";
        assert_eq!(facts_of(stamped).agreements[0].date.as_deref(), Some("2021-03-12"));
        let f = facts_of(&stamped.replace("3月12日,", ""));
        assert_eq!(f.agreements[0].date, None, "{:?}", f.agreements);
    }

    #[test]
    fn a_year_standing_alone_dates_the_days_of_its_paragraph() {
        let text =
            "2018年,区商务委协调落实重点项目落地。9月13日,普陀区人民政府与百联集团有限公司签署战略合作框架协议。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].date.as_deref(), Some("2018-09-13"));
        // Only its own paragraph's.
        let f = facts_of(&text.replace("9月13日,", "\n9月13日,"));
        assert_eq!(f.agreements[0].date.as_deref(), Some("--09-13"));
    }

    #[test]
    fn a_dated_signing_naming_every_party_dates_the_one_agreement() {
        let text = "泰康保险集团与华中科技大学同济医学院附属同济医院签订战略合作协议\n11月11日,世界500强企业泰康保险集团华中科技大学同济医学院附属同济医院签订战略合作协议。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].date.as_deref(), Some("--11-11"));
        // Not a sentence naming one party only.
        let f = facts_of(&text.replace("泰康保险集团华中", "华中"));
        assert_eq!(f.agreements[0].date, None);
    }

    #[test]
    fn the_signers_name_the_document_the_ceremony_signed_in_full() {
        let f = facts_of(
            "12月15日,徐州工程学院与睢宁县人民政府合作签约仪式在睢宁举行。姜慧副校长、徐锋华副县长共同签订《徐州工程学院—睢宁县人民政府校地合作协议》。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert_eq!(f.agreements[0].title, "校地合作协议");
        assert_eq!(signers(&f), vec!["姜慧", "徐锋华"]);
        // A document of another name keeps the ceremony's.
        let f = facts_of(
            "12月15日,徐州工程学院与睢宁县人民政府合作签约仪式在睢宁举行。姜慧副校长、徐锋华副县长共同签订《徐州工程学院—睢宁县人民政府校地合作备忘录》。",
        );
        assert_eq!(f.agreements[0].title, "合作协议");
        // 协议书 is a 协议 of that name.
        let f = facts_of(
            "12月15日,徐州工程学院与睢宁县人民政府合作签约仪式在睢宁举行。姜慧副校长、徐锋华副县长共同签订《校地深化合作协议书》。",
        );
        assert_eq!(f.agreements[0].title, "校地深化合作协议书");
    }

    #[test]
    fn a_signing_between_the_sides_dates_the_agreement_named_in_the_headline() {
        let f = facts_of(
            "湘雅医院与三一重工签署战略合作协议\n3月5日上午，双方在湘雅医院签署战略合作协议。中南大学湘雅医院院长雷光华与三一重工股份有限公司总裁俞宏福代表双方签约。",
        );
        assert_eq!(f.agreements.len(), 1);
        assert_eq!(f.agreements[0].date.as_deref(), Some("--03-05"));
        // With two agreements, which one the sides signed is not guessed.
        let f = facts_of(
            "中南大学湘雅医院与三一重工股份有限公司签署战略合作协议。中南大学湘雅医院与长沙市第一医院签署合作协议。3月5日，双方签署协议。",
        );
        assert!(f.agreements.iter().all(|a| a.date.is_none()));
    }

    #[test]
    fn signers_of_bodies_no_chain_names_make_the_bodies_parties() {
        let f = facts_of("2023年6月1日，同济医院副院长王伟与宜昌市中心人民医院院长谭峰签署入盟协议。");
        assert_eq!(f.agreements.len(), 1);
        assert_eq!(f.agreements[0].parties, BTreeSet::from(["同济医院".to_string(), "宜昌市中心人民医院".to_string()]));
        assert_eq!(f.agreements[0].date.as_deref(), Some("2023-06-01"));
        assert_eq!(signers(&f), vec!["王伟", "谭峰"]);
        // Where a chain names the parties, the signers' bodies make no other agreement.
        let f = facts_of(
            "复旦大学附属中山医院与上海联影医疗科技股份有限公司签署战略合作协议。复旦大学副校长张三与上海联影医疗科技股份有限公司总裁李四签署协议。",
        );
        assert_eq!(f.agreements.len(), 1);
        // Signers of two other bodies state their own agreement beside it…
        let f = facts_of(
            "南京图书馆馆长陈军、青海省图书馆馆长杜凯代表两省公共图书馆共同签订了《协作交流框架协议》。今年5月,江苏省文化和旅游厅和青海省文化和旅游厅签订了《合作框架协议》。",
        );
        assert_eq!(f.agreements.len(), 2, "{:?}", f.agreements);
        assert!(f.agreements.iter().any(|a| a.parties.contains("南京图书馆") && a.parties.contains("青海省图书馆")));
        // …but not those signing for 双方, the sides the chain named.
        let f = facts_of(
            "省红十字基金会与上海长海医院心胸外科医院在合肥签约。省红十字会党组书记张青,上海长海医院胸心外科医院副院长陆方林代表双方签订协议。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
    }

    #[test]
    fn signers_named_alone_sign_for_the_bodies_where_they_hold_office() {
        let text = "2015年3月30日，北京大学人民医院院长王杉致辞。海淀区卫计委甄蕾主任讲话。随后，王杉院长与甄蕾主任共同签署了医联体建设责任书。";
        let f = facts_of(text);
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        let parties = BTreeSet::from(["北京大学人民医院".to_string(), "海淀区卫生和计划生育委员会".to_string()]);
        assert_eq!(f.agreements[0].parties, parties);
        assert_eq!(f.agreements[0].title, "医联体建设责任书");
        assert_eq!(signers(&f), vec!["王杉", "甄蕾"]);
        // A signer holding offices at two bodies says nothing of which signed.
        let f = facts_of(
            "北京大学人民医院院长王杉致辞。北京大学医学部副主任王杉出席。海淀区卫计委甄蕾主任讲话。随后，王杉与甄蕾签署了协议。",
        );
        assert!(f.agreements.is_empty(), "{:?}", f.agreements);
        // Nor does a signer whose office is not given.
        let f = facts_of("北京大学人民医院院长王杉致辞。随后，王杉院长与甄蕾主任签署了协议。");
        assert!(f.agreements.is_empty(), "{:?}", f.agreements);
    }

    #[test]
    fn a_headline_restating_the_signing_under_other_names_is_that_agreement() {
        let f = facts_of(
            "GE医疗与北京大学第三医院签署战略合作协议\n2023年9月7日，GE医疗中国与北京大学第三医院签署战略合作协议。GE医疗中国副总裁王坚签约。",
        );
        assert_eq!(f.agreements.len(), 1, "{:?}", f.agreements);
        assert!(f.agreements[0].parties.contains("GE医疗中国"), "{:?}", f.agreements[0]);
        assert_eq!(f.agreements[0].evidence.len(), 2);
        // A headline of other parties altogether is another agreement.
        let f = facts_of(
            "北京大学第一医院与北京市海淀医院签署合作协议\n2023年9月7日，GE医疗中国与北京大学第三医院签署战略合作协议。GE医疗中国副总裁王坚签约。",
        );
        assert_eq!(f.agreements.len(), 2);
        // A headline signing with each of two bodies is two agreements, neither restating the other.
        let f = facts_of(
            "江西省人民医院分别与南昌县人民医院、进贤县人民医院签订紧密型医联体协议\n江西省人民医院院长何晓凡出席。",
        );
        assert_eq!(f.agreements.len(), 2);
    }

    #[test]
    fn an_executive_head_holds_the_office_a_deputy_does_not() {
        assert!(holds_office("执行院长", "院长"));
        assert!(holds_office("院长", "院长"));
        assert!(!holds_office("副院长", "院长"));
        assert!(!holds_office("常务副院长", "院长"));
    }
}
