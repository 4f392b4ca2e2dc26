//! Writes a synthetic corpus of announcements shaped like the seeds, for
//! benchmarks and scale tests:
//!
//!     cargo run --release --example gen_corpus -- --docs N --seed S --out DIR
//!
//! Each announcement: a headline, a dateline (sometimes), a signing sentence
//! with parties and date, signers with titles, witnesses and a host, a quoted
//! remark, sometimes a member list; in simplified or traditional script, with
//! the seeds' kinds of noise (pinyin residue, doubled punctuation, repeated
//! photo captions, stray tags, trailing headline lists, HTML pages). Names come
//! from pools that give a graph of about 1M nodes at N = 300k. The same
//! seed gives the same files.

use std::io::Write;
use std::path::PathBuf;

/// SplitMix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
/// Given-name characters: 100 surnames × (60 + 60²) given names ≈ 370k people.
const GIVEN: &str = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力志林国荣春梅晓东海燕宇鹏飞雪琳晨浩博凯旭鑫瑞欣怡佳思雨婷颖慧巧美";
const PLACES: &[&str] = &[
    "北京",
    "上海",
    "天津",
    "重庆",
    "广州",
    "深圳",
    "杭州",
    "南京",
    "苏州",
    "武汉",
    "成都",
    "西安",
    "郑州",
    "长沙",
    "沈阳",
    "大连",
    "青岛",
    "济南",
    "厦门",
    "福州",
    "合肥",
    "昆明",
    "哈尔滨",
    "长春",
    "石家庄",
    "太原",
    "南昌",
    "南宁",
    "贵阳",
    "兰州",
    "海口",
    "宁波",
    "佛山",
    "东莞",
    "珠海",
    "营口",
    "鞍山",
    "洛阳",
    "温州",
    "无锡",
];
const PROVINCES: &[&str] = &[
    "广东省",
    "江苏省",
    "浙江省",
    "山东省",
    "河南省",
    "四川省",
    "湖北省",
    "湖南省",
    "辽宁省",
    "云南省",
    "福建省",
    "安徽省",
];
/// Name cores: 20² cores × 52 places × 17 kinds ≈ 350k organisations, so that
/// N = 300k announcements give a graph of about 1M nodes.
const CORE: &str = "华康瑞泰安信诚仁济德博爱恒达联创海正宏远";
const HOSPITAL_KINDS: &[&str] = &["医院", "人民医院", "中心医院", "肿瘤医院", "妇幼保健院", "中医医院", "儿童医院"];
const COMPANY_KINDS: &[&str] =
    &["医药股份有限公司", "医疗科技有限公司", "生物科技有限公司", "药业集团", "医疗器械有限公司"];
const OTHER_KINDS: &[&str] = &["医学会", "抗癌协会", "医师协会", "医科大学", "医学研究院"];
const HEAD_TITLES: &[&str] = &["院长", "党委书记", "董事长", "总经理", "行政总裁", "理事长", "首席执行官"];
const OTHER_TITLES: &[&str] = &["副院长", "副主任", "副总经理", "营运总监", "副理事长", "秘书长", "董事"];
const GOV_TITLES: &[&str] = &["主任", "党组书记", "副主任", "局长"];
const NOUNS: &[&str] = &["战略合作协议", "战略合作备忘录", "合作框架协议", "全面战略合作协议"];
const HEADLINES: &[&str] =
    &["某地开展义诊活动", "专家谈冬季养生", "一位患者的抗癌实录", "医院哪家好？名医走基层", "科普：如何预防高血压"];

/// Traditional forms for the generator's own vocabulary (enough to make a
/// traditional-script announcement; guanxi itself folds with fast2s).
const T2: &[(char, char)] = &[
    ('医', '醫'),
    ('疗', '療'),
    ('团', '團'),
    ('协', '協'),
    ('会', '會'),
    ('国', '國'),
    ('长', '長'),
    ('书', '書'),
    ('记', '記'),
    ('签', '簽'),
    ('订', '訂'),
    ('战', '戰'),
    ('议', '議'),
    ('为', '為'),
    ('与', '與'),
    ('华', '華'),
    ('东', '東'),
    ('门', '門'),
    ('经', '經'),
    ('理', '理'),
    ('员', '員'),
    ('卫', '衛'),
    ('健', '健'),
    ('药', '藥'),
    ('发', '發'),
    ('师', '師'),
    ('总', '總'),
    ('务', '務'),
    ('业', '業'),
    ('科', '科'),
    ('技', '技'),
    ('限', '限'),
    ('属', '屬'),
    ('见', '見'),
    ('证', '證'),
    ('仪', '儀'),
    ('礼', '禮'),
    ('动', '動'),
    ('进', '進'),
    ('术', '術'),
    ('双', '雙'),
    ('关', '關'),
    ('阳', '陽'),
    ('刘', '劉'),
    ('陈', '陳'),
    ('杨', '楊'),
    ('黄', '黃'),
    ('赵', '趙'),
    ('吴', '吳'),
    ('孙', '孫'),
    ('马', '馬'),
    ('郑', '鄭'),
    ('罗', '羅'),
    ('许', '許'),
    ('韩', '韓'),
    ('冯', '馮'),
    ('邓', '鄧'),
    ('萧', '蕭'),
    ('叶', '葉'),
    ('苏', '蘇'),
    ('卢', '盧'),
    ('钟', '鍾'),
    ('谭', '譚'),
    ('陆', '陸'),
    ('贾', '賈'),
    ('韦', '韋'),
    ('邹', '鄒'),
    ('龙', '龍'),
    ('贺', '賀'),
    ('顾', '顧'),
    ('龚', '龔'),
    ('万', '萬'),
    ('钱', '錢'),
    ('严', '嚴'),
    ('汤', '湯'),
    ('丽', '麗'),
    ('伟', '偉'),
    ('娟', '娟'),
    ('涛', '濤'),
    ('军', '軍'),
    ('红', '紅'),
    ('兰', '蘭'),
    ('辉', '輝'),
    ('荣', '榮'),
    ('晓', '曉'),
    ('鹏', '鵬'),
    ('飞', '飛'),
    ('浩', '浩'),
    ('鑫', '鑫'),
    ('瑶', '瑤'),
    ('欢', '歡'),
    ('宁', '寧'),
    ('优', '優'),
    ('区', '區'),
    ('广', '廣'),
    ('庆', '慶'),
    ('汉', '漢'),
    ('沈', '瀋'),
    ('连', '連'),
    ('岛', '島'),
    ('厦', '廈'),
    ('肿', '腫'),
    ('妇', '婦'),
    ('儿', '兒'),
    ('学', '學'),
    ('联', '聯'),
    ('创', '創'),
    ('兴', '興'),
    ('远', '遠'),
    ('桥', '橋'),
    ('鼎', '鼎'),
    ('实', '實'),
    ('现', '現'),
    ('开', '開'),
    ('展', '展'),
    ('台', '臺'),
    ('层', '層'),
    ('讲', '講'),
    ('话', '話'),
    ('表', '表'),
    ('该', '該'),
    ('这', '這'),
    ('时', '時'),
    ('间', '間'),
    ('项', '項'),
    ('目', '目'),
    ('将', '將'),
    ('质', '質'),
];

fn traditional(s: &str) -> String {
    s.chars().map(|c| T2.iter().find(|(a, _)| *a == c).map_or(c, |(_, b)| *b)).collect()
}

fn person(r: &mut Rng) -> String {
    let surnames: Vec<char> = SURNAMES.chars().collect();
    let given: Vec<char> = GIVEN.chars().collect();
    let mut s = String::new();
    s.push(surnames[r.below(surnames.len())]);
    s.push(given[r.below(given.len())]);
    if r.chance(75) {
        s.push(given[r.below(given.len())]);
    }
    s
}

fn core(r: &mut Rng) -> String {
    let c: Vec<char> = CORE.chars().collect();
    let mut s = String::new();
    s.push(c[r.below(c.len())]);
    s.push(c[r.below(c.len())]);
    s
}

fn org(r: &mut Rng, kinds: &[&str]) -> String {
    let place = if r.chance(30) { r.pick(PROVINCES).to_string() } else { format!("{}市", r.pick(PLACES)) };
    format!("{place}{}{}", core(r), r.pick(kinds))
}

fn party(r: &mut Rng) -> String {
    match r.below(10) {
        0..=5 => org(r, HOSPITAL_KINDS),
        6..=8 => org(r, COMPANY_KINDS),
        _ => org(r, OTHER_KINDS),
    }
}

fn pinyin_residue(text: &str, r: &mut Rng) -> String {
    let marks = ["(yī)", "(liáo)", "(tuán)", "(huì)"];
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if matches!(c, '醫' | '療' | '團' | '會') && r.chance(50) {
            out.push_str(marks[r.below(marks.len())]);
        }
    }
    out
}

fn announcement(r: &mut Rng, i: usize) -> String {
    let (a, b) = (party(r), party(r));
    let gov = format!(
        "{}卫生健康委员会",
        if r.chance(50) { r.pick(PROVINCES).to_string() } else { format!("{}市", r.pick(PLACES)) }
    );
    let (sa, sb, w1, w2, host) = (person(r), person(r), person(r), person(r), person(r));
    let (ta, tb) = (r.pick(HEAD_TITLES), r.pick(HEAD_TITLES));
    let noun = r.pick(NOUNS);
    let (month, day) = (1 + r.below(12), 1 + r.below(28));
    let year = 2015 + r.below(11);
    let mut t = String::new();
    t.push_str(&format!("{a}与{b}签署{noun}\n"));
    if r.chance(50) {
        t.push_str(&format!("({year}年{month}月{}日，{})", (day + 3).min(28), r.pick(PLACES)));
    }
    let date = if r.chance(60) { format!("{year}年{month}月{day}日") } else { format!("{month}月{day}日") };
    t.push_str(&format!("{date}，{a}与{b}在{gov}统筹下正式签署{noun}，双方将在临床、科研和人才培养等方面开展合作。\n"));
    let sign = format!(
        "{a}{ta}{sa}与{b}{tb}{sb}代表双方签署协议，并由{gov}{}{w1}、{}{}{w2}见证。\n",
        r.pick(GOV_TITLES),
        a,
        r.pick(OTHER_TITLES)
    );
    t.push_str(&sign);
    if r.chance(40) {
        t.push_str(&sign); // a photo caption repeating the text
    }
    t.push_str(&format!("签约仪式由{b}{}{host}主持。\n", r.pick(OTHER_TITLES)));
    t.push_str(&format!("{sa}表示：“此次合作是双方深化合作的重要举措，将推动区域医疗水平不断提升。”\n"));
    if r.chance(20) {
        let (m1, m2) = (org(r, HOSPITAL_KINDS), org(r, HOSPITAL_KINDS));
        t.push_str(&format!("{a}旗下成员有{m1}及{m2}。\n"));
    }
    if r.chance(30) {
        t.push_str("相关推荐\n");
        for _ in 0..4 {
            t.push_str(&format!("- {}\n", r.pick(HEADLINES)));
        }
    }
    if r.chance(20) {
        t = t.replace('，', "，，");
    }
    if r.chance(10) {
        t = t.replace("。\n", "。</span>\n");
    }
    let mut t = if i % 2 == 1 { traditional(&t) } else { t };
    if i % 2 == 1 && r.chance(30) {
        t = pinyin_residue(&t, r);
    }
    t
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut docs = 1000usize;
    let mut seed = 1u64;
    let mut out = PathBuf::from("corpus");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--docs" => docs = val()?.parse()?,
            "--seed" => seed = val()?.parse()?,
            "--out" => out = PathBuf::from(val()?),
            _ => return Err(format!("unknown argument {a}; usage: gen_corpus --docs N --seed S --out DIR").into()),
        }
    }
    let mut r = Rng(seed);
    for i in 0..docs {
        let text = announcement(&mut r, i);
        let dir = out.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&dir)?;
        let (name, body) = if r.chance(5) {
            (format!("{i:07}.html"), format!("<html><body><p>{}</p></body></html>", text.replace('\n', "</p><p>")))
        } else {
            (format!("{i:07}.txt"), text)
        };
        std::fs::File::create(dir.join(name))?.write_all(body.as_bytes())?;
    }
    eprintln!("wrote {docs} announcements to {}", out.display());
    Ok(())
}
