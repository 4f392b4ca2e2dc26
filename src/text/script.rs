//! Script: folds traditional Chinese to simplified and full-width punctuation to
//! ASCII, character for character, so that a char index in the folded text is the
//! same char index in the original. Does not segment or recognise anything.

/// Traditional → simplified, one character for one character.
pub fn to_simplified(text: &str) -> String {
    fast2s::convert(text)
}

/// The working form the extractors read: simplified, with full-width ASCII
/// variants (`（，：；`) folded to ASCII and the ideographic space to a space.
pub fn to_working(text: &str) -> String {
    to_simplified(text)
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// True for CJK unified ideographs (the characters names are made of).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{20000}'..='\u{2FFFF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(to_simplified("養和醫療集團"), "养和医疗集团");
        assert_eq!(to_simplified("深圳衞生健康委員會"), "深圳卫生健康委员会");
    }

    #[test]
    fn working_form_keeps_char_count() {
        let s = "（下稱「深圳腫瘤醫院」），院長：李維達";
        assert_eq!(to_working(s).chars().count(), s.chars().count());
        assert_eq!(to_working(s), "(下称「深圳肿瘤医院」),院长:李维达");
    }
}
