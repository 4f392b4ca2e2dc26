//! Dates: reads `2025年12月11日` and `6月11日` as ISO `2025-12-11` / `--06-11`,
//! and the dateline year of an announcement (a full date near its top).

use regex::Regex;
use std::sync::LazyLock;

static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]").expect("date regex"));

/// A date in figures only, as web pages print when they published.
static NUMERIC_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})").expect("numeric date regex"));

/// A year standing alone at the opening of a clause (2018年，…): the year
/// the paragraph tells of.
static YEAR_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[,，。；;\n])\s*((?:19|20)\d{2})\s*年\s*[,，]").expect("year regex"));

/// A calendar date, the year possibly unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// 1970-01-01, the Unix epoch: what a page's empty time field prints
    /// (发布时间:1970-01-01), no date of anything.
    pub fn is_null_timestamp(&self) -> bool {
        *self == Date { year: Some(1970), month: 1, day: 1 }
    }

    /// `YYYY-MM-DD`, or `--MM-DD` without a year.
    pub fn iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Date {
    /// The day before (昨日 of a dated announcement), across months and years.
    pub fn day_before(self) -> Date {
        if self.day > 1 {
            return Date { day: self.day - 1, ..self };
        }
        let (year, month) = self.month_before();
        Date { year, month, day: days_in(year, month) }
    }

    /// The last `day` of the month on or before this date (3日 in an
    /// announcement dated the 9th is the 3rd; 28日 dated the 3rd, last
    /// month's), if that month has it.
    pub fn on_day(self, day: u32) -> Option<Date> {
        if day == 0 || day > 31 {
            return None;
        }
        if day <= self.day {
            return Some(Date { day, ..self });
        }
        let (year, month) = self.month_before();
        (day <= days_in(year, month)).then_some(Date { year, month, day })
    }

    fn month_before(self) -> (Option<i32>, u32) {
        if self.month == 1 { (self.year.map(|y| y - 1), 12) } else { (self.year, self.month - 1) }
    }
}

/// Days of a month (February of a year not known has 28).
fn days_in(year: Option<i32>, month: u32) -> u32 {
    let leap = year.is_some_and(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A day of the month written alone (3日, 20日; not after 月 or a year), as
/// news reports date what happened this month: its number, first found.
pub fn day_alone(text: &str) -> Option<u32> {
    let b = text.as_bytes();
    text.match_indices('日').find_map(|(i, _)| {
        let digits = b[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let before = text[..i - digits].chars().next_back();
        let alone = (1..=2).contains(&digits) && !before.is_some_and(|c| matches!(c, '月' | '年' | '.' | '-' | '/'));
        alone.then(|| text[i - digits..i].parse().ok()).flatten()
    })
}

/// A date in Chinese numerals: 二〇二四年三月十五日, 三月十五日.
static CHINESE_NUMERAL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]",
    )
    .expect("chinese numeral date regex")
});

/// The value of a number in Chinese numerals: digit by digit for a year
/// (二〇二四), with 十 for tens (十五, 二十, 三十一).
fn chinese_number(s: &str) -> Option<u32> {
    let digit =
        |c: char| "〇一二三四五六七八九".chars().position(|d| d == c || c == '零' && d == '〇').map(|v| v as u32);
    match s.split_once('十') {
        None => s.chars().try_fold(0, |acc, c| Some(acc * 10 + digit(c)?)),
        Some((tens, ones)) => {
            let tens = if tens.is_empty() { 1 } else { digit(tens.chars().next()?)? };
            let ones = if ones.is_empty() { 0 } else { digit(ones.chars().next()?)? };
            Some(tens * 10 + ones)
        }
    }
}

/// Dates in figures (2023-06-15, 2023/6/15, 2023.11.15) that are no part of
/// a longer number (an id, a phone number), with their char offsets.
fn numeric_dates(text: &str) -> Vec<(usize, Date)> {
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    NUMERIC_DATE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            if digit(text.as_bytes().get(whole.end()))
                || whole.start() > 0 && digit(text.as_bytes().get(whole.start() - 1))
            {
                return None;
            }
            let at = text[..whole.start()].chars().count();
            let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
            ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((at, Date { year: Some(y), month: m, day: d }))
        })
        .collect()
}

/// Every date in `text` (in Chinese, in Chinese numerals, in figures), with
/// the char offset where it starts, in order.
pub fn find_dates(text: &str) -> Vec<(usize, Date)> {
    // Cheap tests first: a digit, a separator, a digit; a numeral before 月.
    let b = text.as_bytes();
    let figures =
        b.windows(3).any(|w| w[0].is_ascii_digit() && matches!(w[1], b'-' | b'/' | b'.') && w[2].is_ascii_digit());
    let mut found = if figures { numeric_dates(text) } else { Vec::new() };
    // Every other date has a 月: most sentences are passed over without the regex.
    if text.contains('月') {
        found.extend(chinese_dates(text));
        let numerals =
            text.match_indices('月').any(|(i, _)| text[..i].ends_with(|c| "一二三四五六七八九十".contains(c)));
        if numerals {
            found.extend(CHINESE_NUMERAL_DATE.captures_iter(text).filter_map(|c| {
                let m = c.get(0)?;
                let year = c.get(1).and_then(|y| chinese_number(y.as_str())).map(|y| y as i32);
                let month = chinese_number(c.get(2)?.as_str())?;
                let day = chinese_number(c.get(3)?.as_str())?;
                ((1..=12).contains(&month) && (1..=31).contains(&day))
                    .then(|| (text[..m.start()].chars().count(), Date { year, month, day }))
            }));
        }
        found.sort_by_key(|(at, _)| *at);
    }
    // (A wire's dateline, 新华社北京3月6日电, dates no event of its text.)
    if !found.is_empty() && text.contains('电') {
        found.retain(|&(at, _)| !wire_dated(text, at));
    }
    found
}

/// Is the date at char `at` a wire's dateline (中新网重庆新闻3月6日电)?
fn wire_dated(text: &str, at: usize) -> bool {
    let Some((b, _)) = text.char_indices().nth(at) else { return false };
    let rest = &text[b..];
    rest.char_indices()
        .take(16)
        .find(|&(_, c)| c == '日' || c == '号')
        .is_some_and(|(d, c)| rest[d + c.len_utf8()..].starts_with('电'))
}

/// The date of a wire's dateline near the top of the text (新华社北京3月6日电):
/// the day the text was sent, its year unknown unless written.
fn wire_date(top: &str) -> Option<Date> {
    let at = top.find("日电")?;
    let start = top[..at].char_indices().rev().nth(12).map_or(0, |(b, _)| b);
    let around = &top[start..at + "日电".len()];
    let mut dates = chinese_dates(around);
    dates.retain(|&(at, _)| wire_dated(around, at));
    dates.last().map(|&(_, d)| d)
}

/// Dates written `2025年12月11日` or `6月11日`.
fn chinese_dates(text: &str) -> Vec<(usize, Date)> {
    DATE.captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let year = c.get(1).and_then(|y| y.as_str().parse().ok());
            let month: u32 = c.get(2)?.as_str().parse().ok()?;
            let day: u32 = c.get(3)?.as_str().parse().ok()?;
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                return None;
            }
            Some((text[..m.start()].chars().count(), Date { year, month, day }))
        })
        .collect()
}

/// The year of the first full date in the opening of the text (the dateline).
pub fn dateline(text: &str) -> Option<Date> {
    let end = text.char_indices().nth(200).map_or(text.len(), |(b, _)| b);
    let top = &text[..end];
    // In words or in figures (a web page's 发布时间：2023-06-15): the first.
    // (Not a period's bound: 自2014年1月1日起, 截至2023年底; nor a date of
    // running text after the text's first date without a year, unless on a
    // short line of its own or in brackets, as a wire's dateline is: 3月25日,
    // 甲与乙签约……2014年1月16日,乙中标; but (美通社,2019年9月20日上海).)
    let dated = |t: &str| {
        let dates = find_dates(t);
        let first_yearless = dates.iter().find(|(_, d)| d.year.is_none()).map(|&(at, _)| at);
        // (Looked at by bytes, only where a date with a year is found.)
        let own_line = |b: usize| {
            let start = t[..b].rfind('\n').map_or(0, |i| i + 1);
            let end = t[b..].find('\n').map_or(t.len(), |i| b + i);
            let open = t[..b].chars().rev().take(12).find(|&c| c == '(' || c == ')');
            t[start..end].chars().count() <= 40 || open == Some('(')
        };
        dates
            .into_iter()
            .find(|&(at, d)| {
                if d.year.is_none() || d.is_null_timestamp() {
                    return false;
                }
                let b = t.char_indices().nth(at).map_or(t.len(), |(b, _)| b);
                !bounds_a_period(t, b) && (first_yearless.is_none_or(|f| at < f) || own_line(b))
            })
            .map(|(_, d)| d)
    };
    // Else a last line that is a date alone, as a press release ends
    // (2024年1月24日（星期三）).
    // Else a wire's dateline, of a day without a year (3月6日电).
    dated(top)
        .or_else(|| {
            let last = text.lines().rev().map(str::trim).find(|l| !l.is_empty())?;
            (last.chars().count() <= 24).then(|| dated(last)).flatten()
        })
        .or_else(|| wire_date(top))
}

/// Does the date at byte `at` open or close a period (自|2014年1月1日|起, 至|…,
/// …日|以来)? Then it dates no announcement.
fn bounds_a_period(text: &str, at: usize) -> bool {
    if text[..at].ends_with(['自', '从', '至', '止', '到']) {
        return true;
    }
    let rest = &text[at..];
    let Some(day) = rest.char_indices().take(12).find(|&(_, c)| c == '日' || c == '号').map(|(b, c)| b + c.len_utf8())
    else {
        return false;
    };
    let after = &rest[day..];
    after.starts_with('起') || after.starts_with("以来") || after.starts_with('至')
}

/// A publication date from metadata: ISO `2025-06-20` (time part ignored) or
/// Chinese `2025年6月20日`.
pub fn metadata_date(s: &str) -> Option<Date> {
    let iso = s.trim().get(..10).and_then(|d| {
        let mut it = d.split('-');
        let (y, m, dd) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.parse().ok()?);
        ((1..=12).contains(&m) && (1..=31).contains(&dd)).then_some(Date { year: Some(y), month: m, day: dd })
    });
    iso.or_else(|| find_dates(s).into_iter().map(|(_, d)| d).find(|d| d.year.is_some()))
        .filter(|d| !d.is_null_timestamp())
}

/// The last year a clause of `text` opens with, standing alone (2018年，区
///政府与甲签署…): a retrospective text (a yearbook's, a review's) names the
/// year once and the days after it without one.
pub fn year_alone(text: &str) -> Option<i32> {
    if !text.contains('年') {
        return None;
    }
    YEAR_ALONE.captures_iter(text).last().and_then(|c| c[1].parse().ok())
}

/// What dates a paragraph's year-less dates: the year it states alone, over
/// the dateline's (as the year's last day when the dateline is of another
/// year, so that every month of it falls in that year).
pub fn in_year(line: Option<Date>, year: Option<i32>) -> Option<Date> {
    match (line, year) {
        (Some(d), Some(y)) if d.year == Some(y) => Some(d),
        (_, Some(y)) => Some(Date { year: Some(y), month: 12, day: 31 }),
        (line, None) => line,
    }
}

/// Gives a year-less date the dateline's year (the year before if the month
/// comes after the dateline's: the signing precedes the announcement).
pub fn with_dateline(date: Date, line: Option<Date>) -> Date {
    match (date.year, line) {
        (None, Some(Date { year: Some(y), month, .. })) => {
            let year = if date.month > month { y - 1 } else { y };
            Date { year: Some(year), ..date }
        }
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_before_crosses_months_years_and_leap_days() {
        let d = |y, m, d| Date { year: Some(y), month: m, day: d };
        assert_eq!(d(2024, 5, 10).day_before(), d(2024, 5, 9));
        assert_eq!(d(2024, 3, 1).day_before(), d(2024, 2, 29));
        assert_eq!(d(2023, 3, 1).day_before(), d(2023, 2, 28));
        assert_eq!(d(2024, 1, 1).day_before(), d(2023, 12, 31));
        assert_eq!(d(2024, 5, 1).day_before(), d(2024, 4, 30));
    }

    #[test]
    fn full_and_partial_dates() {
        let d = find_dates("于2025年12月11日签署，6月11日揭牌");
        assert_eq!(d[0].1.iso(), "2025-12-11");
        assert_eq!(d[1].1.iso(), "--06-11");
        assert_eq!(d[1].0, 15);
    }

    #[test]
    fn dateline_year_fills_missing_year() {
        let line = dateline("(2025年12月24日，香港)为配合");
        let d = with_dateline(Date { year: None, month: 12, day: 11 }, line);
        assert_eq!(d.iso(), "2025-12-11");
        let d = with_dateline(Date { year: None, month: 12, day: 30 }, dateline("2026年1月3日讯"));
        assert_eq!(d.iso(), "2025-12-30");
    }

    #[test]
    fn a_periods_bound_and_a_date_after_the_first_without_a_year_are_no_datelines() {
        let text = "3月25日,甲局和乙公司举行签约仪式。决定自2014年1月1日起正式开展工作。2014年1月16日,乙公司中标。";
        assert_eq!(dateline(text), None);
        // (A date in brackets or on a short line of its own is one still.)
        let text = "9月18日,甲医院与乙公司签署了协议。乙公司部长表示:“致力于医疗。”(美通社,2019年9月20日上海)";
        assert_eq!(dateline(text).map(|d| d.iso()).as_deref(), Some("2019-09-20"));
        assert_eq!(dateline("3月25日签约\n2014年3月26日\n").map(|d| d.iso()).as_deref(), Some("2014-03-26"));
        assert_eq!(dateline("截至2023年6月30日，已有百家。"), None);
        assert_eq!(dateline("2023年6月30日以来，已有百家。"), None);
    }

    #[test]
    fn a_date_alone_on_the_last_line_is_the_dateline() {
        let body = "医务卫生局局长今日出席签署仪式。".repeat(20);
        let text = format!("{body}\n2024年1月24日（星期三）\n");
        assert_eq!(dateline(&text), Some(Date { year: Some(2024), month: 1, day: 24 }));
        // Not a last line of running text that holds a date.
        let text = format!("{body}\n双方曾于2011年3月5日签署合作意向书，并在此基础上开展了多年的交流与合作。\n");
        assert_eq!(dateline(&text), None);
    }

    #[test]
    fn a_page_s_publication_time_in_figures_is_a_dateline() {
        let iso = |t: &str| dateline(t).map(|d| d.iso());
        assert_eq!(iso("签约\n发布时间：2023-06-15  来源：党委办公室\n6月14日下午").as_deref(), Some("2023-06-15"));
        assert_eq!(iso("2023/6/15 10:30 浏览次数").as_deref(), Some("2023-06-15"));
        // The first date of the top counts, in words or figures.
        assert_eq!(iso("2024年1月2日讯 2023-06-15").as_deref(), Some("2024-01-02"));
        // Not a phone number or an id.
        assert_eq!(iso("电话 020-3456-7890 编号 12023-06-159"), None);
        // Nor a page's empty time field, the Unix epoch.
        assert_eq!(iso("作者:佚名发布时间:1970-01-01\n1月21日晚,甲省与乙集团签订合作协议。"), None);
        assert_eq!(metadata_date("1970-01-01T08:00:00"), None);
    }

    #[test]
    fn a_day_alone_is_of_the_month_of_the_dateline_or_the_one_before() {
        assert_eq!(day_alone("马偕医学大学与中原大学3日举行签署仪式"), Some(3));
        assert_eq!(day_alone("12月3日举行"), None);
        assert_eq!(day_alone("为期100日"), None);
        let line = Date { year: Some(2025), month: 12, day: 9 };
        assert_eq!(line.on_day(3).map(|d| d.iso()).as_deref(), Some("2025-12-03"));
        let line = Date { year: Some(2026), month: 1, day: 3 };
        assert_eq!(line.on_day(28).map(|d| d.iso()).as_deref(), Some("2025-12-28"));
        let line = Date { year: Some(2025), month: 3, day: 2 };
        assert_eq!(line.on_day(30), None);
    }

    #[test]
    fn a_year_standing_alone_dates_its_paragraph() {
        assert_eq!(year_alone("2018年,区商务委协调落实区政府与百联集团签署协议"), Some(2018));
        assert_eq!(year_alone("回顾过去，2019年，双方签约"), Some(2019));
        // Not a full date, a period or a year inside a clause.
        assert_eq!(year_alone("2018年9月13日,区政府与甲签署"), None);
        assert_eq!(year_alone("2018年以来,甲与乙合作"), None);
        assert_eq!(year_alone("甲成立于2018年,现有员工"), None);
        let line = Some(Date { year: Some(2020), month: 4, day: 29 });
        let dated = |d: Date, y| with_dateline(d, in_year(line, y)).iso();
        let sept = Date { year: None, month: 9, day: 13 };
        assert_eq!(dated(sept, Some(2018)), "2018-09-13");
        assert_eq!(dated(sept, Some(2020)), "2019-09-13");
        assert_eq!(dated(sept, None), "2019-09-13");
        assert_eq!(with_dateline(sept, in_year(None, Some(2018))).iso(), "2018-09-13");
    }

    #[test]
    fn a_wires_dateline_dates_the_text_not_its_event() {
        let text = "中新网重庆新闻3月6日电 5日,交行重庆市分行与交行四川省分行举办签约仪式。";
        assert_eq!(find_dates(text), vec![]);
        assert_eq!(dateline(text), Some(Date { year: None, month: 3, day: 6 }));
        assert_eq!(day_alone(text), Some(5));
        let line = Some(Date { year: Some(2021), month: 3, day: 6 });
        assert_eq!(line.and_then(|l| l.on_day(5)).map(|d| d.iso()).as_deref(), Some("2021-03-05"));
        // A dated event after it is read.
        let text = "新华社北京3月6日电 3月5日,甲与乙签约。";
        assert_eq!(find_dates(text), vec![(11, Date { year: None, month: 3, day: 5 })]);
        // A full date at the top is the dateline still.
        assert_eq!(
            dateline("2021年03月06日 17:11\n中新网重庆新闻3月6日电 5日,甲与乙签约。").and_then(|d| d.year),
            Some(2021)
        );
    }

    #[test]
    fn metadata_dates() {
        assert_eq!(metadata_date("2025-06-20T08:00:00Z").map(|d| d.iso()).as_deref(), Some("2025-06-20"));
        assert_eq!(metadata_date("2025年6月20日").map(|d| d.iso()).as_deref(), Some("2025-06-20"));
        assert_eq!(metadata_date("soon"), None);
    }

    #[test]
    fn dates_in_chinese_numerals_and_in_figures_in_running_text() {
        let iso = |t: &str| find_dates(t).into_iter().map(|(_, d)| d.iso()).collect::<Vec<_>>();
        assert_eq!(iso("二〇二四年三月十五日，甲与乙签署协议"), vec!["2024-03-15"]);
        assert_eq!(iso("十二月三十一日签署；三月二十日揭牌"), vec!["--12-31", "--03-20"]);
        assert_eq!(iso("2023.11.15 下午，双方签订协议"), vec!["2023-11-15"]);
        assert_eq!(chinese_number("二〇二四"), Some(2024));
        assert_eq!(chinese_number("十"), Some(10));
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert!(find_dates("13月40日").is_empty());
    }
}
