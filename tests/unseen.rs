//! `guanxi build` on announcements written to test the rules on text that is
//! not a seed (tests/fixtures/unseen): phrasings the seeds do not use.

mod support;

use std::path::Path;
use support::*;

fn build_unseen() -> serde_json::Value {
    let w = Workdir::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unseen");
    w.ok(&["build", dir.to_str().expect("utf-8 path"), "--out", "out", "-q"]);
    w.graph("out/graph.json")
}

fn agreement(g: &serde_json::Value, parties: &[&str]) -> String {
    let found = agreements_between(g, parties);
    assert_eq!(found.len(), 1, "one agreement between {parties:?}");
    found[0]["label"].as_str().unwrap_or_default().to_string()
}

#[test]
fn those_who_witness_a_signing_are_witnesses_not_signers() {
    let g = build_unseen();
    let cases = [
        (["浙江大学医学院附属第一医院", "阿里健康科技有限公司"], "孙黎明"),
        (["复旦大学附属中山医院", "上海联影医疗科技股份有限公司"], "赵丹丹"),
        (["复旦大学附属中山医院", "上海联影医疗科技股份有限公司"], "张人禾"),
        (["郑州大学第一附属医院", "河南省肿瘤医院"], "阚全程"),
        (["广州医科大学附属第一医院", "广州市番禺区人民政府"], "王焕清"),
        // Names listed with commas before 出席…并见证了签约.
        (["山东第一医科大学附属省立医院", "济南市中心医院"], "徐树强"),
        (["山东第一医科大学附属省立医院", "济南市中心医院"], "刘伟"),
    ];
    for (parties, witness) in cases {
        let a = agreement(&g, &parties);
        assert!(has_edge(&g, &a, "witnessed_by", witness), "{witness} witnessed {a}");
        assert!(!has_edge(&g, witness, "signed", &a), "{witness} did not sign {a}");
    }
}

#[test]
fn signers_with_common_given_names_and_local_titles() {
    let g = build_unseen();
    let a = agreement(&g, &["四川大学华西医院", "成都市第三人民医院"]);
    assert!(has_edge(&g, "李为民", "signed", &a));
    assert!(has_edge(&g, "刘进", "signed", &a));
    let a = agreement(&g, &["浙江大学医学院附属第一医院", "阿里健康科技有限公司"]);
    assert!(has_edge(&g, "陈作兵", "signed", &a));
    let a = agreement(&g, &["广州医科大学附属第一医院", "广州市番禺区人民政府"]);
    assert!(has_edge(&g, "郑家海", "signed", &a));
    assert!(has_edge(&g, "郑家海", "leads", "广州市番禺区人民政府"));
}

#[test]
fn three_parties_and_names_holding_a_boundary_char() {
    let g = build_unseen();
    let parties = ["中国医学科学院北京协和医院", "上海交通大学医学院附属瑞金医院", "华为技术有限公司"];
    let a = agreement(&g, &parties);
    for p in parties {
        assert!(has_edge(&g, p, "party_to", &a), "{p} is a party");
    }
    assert!(has_edge(&g, &a, "witnessed_by", "焦雅辉"));
    agreement(&g, &["北京大学第三医院", "北京市海淀医院", "北京清华长庚医院"]);
    // 甲和乙专科联盟合作协议: the alliance is the document's topic, 乙 the party;
    // the headline and the dated body are one agreement.
    let found = agreements_between(&g, &["山东第一医科大学附属省立医院", "济南市中心医院"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["date"], "2023-10-26");
    assert!(node(&g, "济南市中心医院专科联盟").is_none());
}

#[test]
fn short_names_resolve_to_the_full_name_in_the_same_announcement() {
    let g = build_unseen();
    for (short, full) in [
        ("瑞金医院", "上海交通大学医学院附属瑞金医院"),
        ("北京协和医院", "中国医学科学院北京协和医院"),
        ("中山医院", "复旦大学附属中山医院"),
        ("恒瑞医药", "江苏恒瑞医药股份有限公司"),
        ("南方医院", "南方医科大学南方医院"),
    ] {
        assert!(node(&g, short).is_none(), "{short} is no node of its own");
        let n = node(&g, full).unwrap_or_else(|| panic!("no node {full}"));
        assert!(n["aliases"].as_array().into_iter().flatten().any(|a| a == short), "{short} is an alias of {full}");
    }
    assert!(has_edge(&g, "宁光", "leads", "上海交通大学医学院附属瑞金医院"));
    assert!(has_edge(&g, "戴洪斌", "leads", "江苏恒瑞医药股份有限公司"));
    assert!(has_edge(&g, "雷光华", "leads", "中南大学湘雅医院"));
    assert!(has_edge(&g, "于清明", "leads", "国药控股股份有限公司"));
    // A place in brackets stays inside the company's name.
    let a = agreement(&g, &["南方医科大学南方医院", "腾讯医疗健康(深圳)有限公司"]);
    assert!(has_edge(&g, "吴文达", "signed", &a));
}

#[test]
fn leaders_listed_after_one_body_and_bodies_named_by_their_kind() {
    let g = build_unseen();
    // 甲党委书记A、院长B，副院长C: B and C are 甲's too.
    assert!(has_edge(&g, "邵志敏", "leads", "复旦大学附属肿瘤医院"));
    assert!(has_edge(&g, "蒋秋", "leads", "成都市第五人民医院"));
    assert!(has_edge(&g, "常巨平", "serves_at", "深圳市卫生健康委员会"));
    // 医院党委书记金希: the document's only hospital.
    assert!(has_edge(&g, "金希", "leads", "天津医科大学肿瘤医院"));
    assert!(has_edge(&g, "陈可欣", "leads", "天津医科大学肿瘤医院"));
    assert!(has_edge(&g, "张宁", "serves_at", "天津医科大学肿瘤医院"));
    // A company's short name right before a title.
    assert!(has_edge(&g, "薛敏", "leads", "上海联影医疗科技股份有限公司"));
    assert!(has_edge(&g, "利明光", "leads", "中国人寿保险股份有限公司"));
    assert!(has_edge(&g, "宋清", "leads", "华润医疗控股有限公司"));
}

#[test]
fn a_signer_before_a_connector_and_a_place_before_a_title() {
    let g = build_unseen();
    // 副院长程永忠和成都市第五人民医院院长蒋秋分别代表双方在协议上签字
    let a = agreement(&g, &["四川大学华西医院", "成都市第五人民医院"]);
    for signer in ["程永忠", "蒋秋"] {
        assert!(has_edge(&g, signer, "signed", &a), "{signer} signed");
    }
    assert!(has_edge(&g, "程永忠", "serves_at", "四川大学华西医院"));
    assert!(node(&g, "程永忠和成都市第五人民医院").is_none());
    // 宁波市副市长李关定: the city's government, named in the document.
    assert!(has_edge(&g, "李关定", "serves_at", "宁波市人民政府"));
    assert!(has_edge(&g, "杨川", "serves_at", "珠海市人民政府"));
    // 温江区副区长杨扬: a district, not a person called 温江区; its
    // government, though no document names it, since the place opens a clause.
    assert!(node(&g, "温江区").is_none());
    assert!(has_edge(&g, "杨扬", "serves_at", "温江区人民政府"));
    assert!(has_edge(&g, &a, "witnessed_by", "杨扬"));
}

#[test]
fn two_agreements_of_one_ceremony() {
    let g = build_unseen();
    // 甲与乙医联体合作签约仪式在我院举行 signs an agreement; 同时，甲与丙签订了
    // 专科联盟协议 is another, of the same day (the page's 发布时间 gives the year).
    let first = agreements_between(&g, &["江苏省肿瘤医院", "南京医科大学第二附属医院"]);
    let second = agreements_between(&g, &["江苏省肿瘤医院", "南京市江宁医院"]);
    assert_eq!((first.len(), second.len()), (1, 1));
    assert_eq!(first[0]["date"], "2023-06-14");
    assert_eq!(second[0]["date"], "2023-06-14");
    assert_eq!(second[0]["title"], "专科联盟协议");
    let label = |a: &serde_json::Value| a["label"].as_str().unwrap_or_default().to_string();
    let (a, b) = (label(first[0]), label(second[0]));
    for signer in ["冯继锋", "季国忠"] {
        assert!(has_edge(&g, signer, "signed", &a), "{signer} signed the first");
    }
    for signer in ["张勤", "陈建"] {
        assert!(has_edge(&g, signer, "signed", &b), "{signer} signed the second");
    }
}

#[test]
fn names_with_their_roles_in_brackets_and_bodies_without_their_country() {
    let g = build_unseen();
    // 张三（复旦大学附属华山医院院长）与李四（静安区区长）代表双方签约
    let a = agreement(&g, &["复旦大学附属华山医院", "上海市静安区人民政府"]);
    assert!(has_edge(&g, "张三", "signed", &a));
    assert!(has_edge(&g, "李四", "signed", &a));
    assert!(has_edge(&g, "张三", "leads", "复旦大学附属华山医院"));
    assert!(has_edge(&g, "李四", "leads", "上海市静安区人民政府"));
    // 解放军总医院第一医学中心 is 中国人民解放军总医院第一医学中心.
    assert!(node(&g, "解放军总医院第一医学中心").is_none());
    assert!(has_edge(&g, "王建华", "leads", "中国人民解放军总医院第一医学中心"));
    // 院长杜锡林和银川市第一人民医院院长倪银星分别代表双方签字.
    let a = agreement(&g, &["宁夏医科大学总医院", "银川市第一人民医院"]);
    for (signer, body) in [("杜锡林", "宁夏医科大学总医院"), ("倪银星", "银川市第一人民医院")] {
        assert!(has_edge(&g, signer, "signed", &a), "{signer} signed");
        assert!(has_edge(&g, signer, "leads", body), "{signer} leads {body}");
    }
}

#[test]
fn hong_kong_titles_and_bodies_guiding_a_signing() {
    let g = build_unseen();
    // 瑪麗醫院行政總監盧展民醫生 heads the hospital.
    assert!(has_edge(&g, "卢展民", "leads", "玛丽医院"));
    // 在国家卫生健康委员会医政医管局的指导下: the body the agreement was made under.
    let a = agreement(&g, &["国家癌症中心", "中国医学科学院肿瘤医院山西医院"]);
    assert!(has_edge(&g, &a, "coordinated_by", "国家卫生健康委员会医政医管局"));
    // 医政司司长: a ministry's department is a body; 公司 is no department.
    assert!(has_edge(&g, "焦雅辉", "leads", "国家卫生健康委员会医政司"));
    assert!(has_edge(&g, "徐直军", "serves_at", "华为技术有限公司"));
    // 北大医院 is 北京大学第一医院's own short name.
    assert!(has_edge(&g, "王俊", "leads", "北京大学第一医院"));
}

#[test]
fn a_page_with_furniture_and_a_title_at_a_body_not_found() {
    let g = build_unseen();
    // An HTML page: its 发布日期 in figures gives the year of 5月9日.
    let found = agreements_between(&g, &["贵州省人民医院", "重庆医科大学附属儿童医院"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["date"], "2024-05-09");
    // 腾讯公司副总裁、腾讯医疗健康总裁吴文达: 腾讯医疗健康 is no body found in that
    // announcement, so its title is not 腾讯公司's; the vice presidency is.
    // (Another announcement uses 腾讯公司 for 腾讯医疗健康（深圳）有限公司, so the
    // two are one body in this corpus.)
    let roles = edges_between(&g, "吴文达", "腾讯医疗健康(深圳)有限公司");
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0]["relation"], "serves_at");
    let docs: Vec<&str> =
        roles[0]["evidence"].as_array().into_iter().flatten().filter_map(|e| e["doc"].as_str()).collect();
    assert!(docs.contains(&"shenzhen-tencent.txt"), "{docs:?}");
    // The headlines listed after the text are not read.
    assert!(node(&g, "华为公司").is_none());
}

#[test]
fn attendees_listed_with_their_roles_in_brackets_and_three_signers() {
    let g = build_unseen();
    // 出席签约仪式的有：王拥军（…院长）、王有国（北京市大兴区区长）…
    let a = agreement(&g, &["首都医科大学附属北京天坛医院", "北京市大兴区人民政府"]);
    assert!(has_edge(&g, "王拥军", "leads", "首都医科大学附属北京天坛医院"));
    assert!(has_edge(&g, "王有国", "leads", "北京市大兴区人民政府"));
    assert!(has_edge(&g, "李彬", "serves_at", "北京市医院管理中心"));
    // 王拥军同志与王有国同志代表双方签署协议，李彬同志见证签约.
    assert!(has_edge(&g, "王拥军", "signed", &a));
    assert!(has_edge(&g, "王有国", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "李彬"));
    let a = agreement(&g, &["上海市第一人民医院", "上海市第六人民医院", "上海申康医院发展中心"]);
    for signer in ["王兴鹏", "郑兴东", "陈方"] {
        assert!(has_edge(&g, signer, "signed", &a), "{signer} signed");
    }
}

#[test]
fn a_party_named_without_a_suffix() {
    let g = build_unseen();
    // 阿斯利康中国与无锡市人民政府签署深化战略合作协议: a name with no suffix, given
    // again in the headline and before 总经理.
    let a = agreement(&g, &["阿斯利康中国", "无锡市人民政府"]);
    assert!(has_edge(&g, "林骁", "signed", &a));
    assert!(has_edge(&g, "林骁", "leads", "阿斯利康中国"));
    assert!(has_edge(&g, "周文栋", "serves_at", "无锡市人民政府"));
}

#[test]
fn an_announcement_of_no_agreement_gives_roles_only() {
    let g = build_unseen();
    // 北京大学肿瘤医院教授季加孚、复旦大学附属肿瘤医院教授邵志敏应邀作报告.
    assert!(has_edge(&g, "季加孚", "affiliated_with", "北京大学肿瘤医院"));
    // (Another announcement names him its 院长: the stronger role takes the title.)
    let roles = edges_between(&g, "邵志敏", "复旦大学附属肿瘤医院");
    let title = roles.first().and_then(|e| e["title"].as_str()).unwrap_or_default();
    assert!(title.contains("教授"), "{title}");
    assert!(agreements_between(&g, &["北京大学肿瘤医院", "复旦大学附属肿瘤医院"]).is_empty());
}

#[test]
fn a_signing_ceremony_that_names_no_document_and_a_page_with_bylines() {
    let g = build_unseen();
    // 甲与乙签约仪式举行; the signers sign a 合作协议 in a sentence naming no party chain.
    let a = agreement(&g, &["山东大学齐鲁医院", "青岛市市立医院"]);
    assert!(has_edge(&g, "吴建波", "signed", &a));
    assert!(has_edge(&g, "邹琳", "signed", &a));
    assert!(has_edge(&g, &a, "hosted_by", "陈玉国"));
    // Reporters, photo captions and the editor add no one.
    let a = agreement(&g, &["兰州大学第一医院", "甘肃省妇幼保健院"]);
    assert!(has_edge(&g, "王健", "signed", &a));
    for nobody in ["马丽", "王强", "刘洋"] {
        assert!(node(&g, nobody).is_none(), "{nobody} is no one here");
    }
}

#[test]
fn speakers_are_not_signers_and_a_company_with_a_bracketed_place() {
    let g = build_unseen();
    // 副院长李涛、院长曾立出席签约仪式并分别讲话: they spoke; 胡锐 witnessed.
    let a = agreement(&g, &["四川省肿瘤医院", "宜宾市第二人民医院"]);
    assert!(!has_edge(&g, "李涛", "signed", &a));
    assert!(!has_edge(&g, "曾立", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "胡锐"));
    let a = agreement(&g, &["中国医师协会", "美敦力(上海)管理有限公司"]);
    assert!(has_edge(&g, "谢启麟", "signed", &a));
    assert!(has_edge(&g, "李艳", "signed", &a));
    // 长春市副市长贾晓东: the named city government's.
    assert!(has_edge(&g, "贾晓东", "serves_at", "长春市人民政府"));
}

#[test]
fn offices_taken_scoped_titles_and_a_group_form_in_brackets() {
    let g = build_unseen();
    // 张伯礼当选为中华医学会会长，饶克勤当选为副会长兼秘书长.
    assert!(has_edge(&g, "张伯礼", "leads", "中华医学会"));
    // (饶克勤 is also its 党委书记 in cma-bayer.txt, so the role leads.)
    let roles = edges_between(&g, "饶克勤", "中华医学会");
    assert!(roles.iter().any(|e| e["evidence"].to_string().contains("饶克勤当选为副会长兼秘书长")), "{roles:?}");
    // 美敦力全球高级副总裁、大中华区总裁顾宇韬; 美敦力大中华区副总裁李艳.
    assert!(has_edge(&g, "顾宇韬", "serves_at", "美敦力(上海)管理有限公司"));
    assert!(has_edge(&g, "李艳", "serves_at", "美敦力(上海)管理有限公司"));
    // 西门子医疗大中华区总裁王皓: a region's head serves at the company.
    assert!(has_edge(&g, "王皓", "serves_at", "西门子医疗系统有限公司"));
    assert!(!has_edge(&g, "王皓", "leads", "西门子医疗系统有限公司"));
    // GE医疗全球高级副总裁、GE医疗中国总裁兼首席执行官张轶昊: no person 全球.
    assert!(node(&g, "全球").is_none());
    assert!(has_edge(&g, "张轶昊", "leads", "GE医疗中国"));
    // 上海复星医药（集团）股份有限公司, 复星医药 for short: one company, one agreement.
    let a = agreement(&g, &["上海复星医药(集团)股份有限公司", "四川大学华西医院"]);
    assert!(has_edge(&g, "吴以芳", "signed", &a));
    assert!(has_edge(&g, "吴以芳", "leads", "上海复星医药(集团)股份有限公司"));
    assert!(node(&g, "股份有限公司").is_none());
}

#[test]
fn respective_signings_renewals_dated_parties_and_a_bare_vice_mayor() {
    let g = build_unseen();
    // 江西省人民医院分别与甲、乙、丙签订: three agreements, one each.
    for county in ["南昌县人民医院", "进贤县人民医院", "安义县人民医院"] {
        agreement(&g, &["江西省人民医院", county]);
    }
    assert!(agreements_between(&g, &["南昌县人民医院", "进贤县人民医院"]).is_empty());
    // 续签 renews an agreement: still a signing.
    let a = agreement(&g, &["上海交通大学医学院附属瑞金医院", "上海市嘉定区人民政府"]);
    assert!(has_edge(&g, "宁光", "signed", &a));
    assert!(has_edge(&g, "王浩", "signed", &a));
    // 本公司于2024年7月1日与…: a date between the party and 与; 同济 is a name.
    let found = agreements_between(&g, &["武汉某某生物医药股份有限公司", "华中科技大学同济医学院附属协和医院"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["date"], "2024-07-01");
    assert!(node(&g, "济医学院附属协和医院").is_none());
    // 副市长王剑锋 with 徐州市人民政府 the one city government named.
    assert!(has_edge(&g, "王剑锋", "serves_at", "徐州市人民政府"));
}

#[test]
fn a_branch_company_a_defined_opening_and_leaders_who_witnessed() {
    let g = build_unseen();
    // 中国人民财产保险股份有限公司广东省分公司: a branch is one body.
    let a = agreement(&g, &["中国人民财产保险股份有限公司广东省分公司", "广东省第二人民医院"]);
    assert!(has_edge(&g, "卢宏", "signed", &a));
    // 聯合醫務集團有限公司（下稱「聯合醫務」）: 联合 opens the name.
    let a = agreement(&g, &["联合医务集团有限公司", "香港浸会大学"]);
    assert!(has_edge(&g, "孙燕华", "signed", &a));
    assert!(has_edge(&g, "卫炳江", "signed", &a));
    assert!(has_edge(&g, "卢宠茂", "leads", "香港特别行政区政府医务卫生局"));
    // 盧寵茂教授擔任主禮嘉賓: the officiating guest witnessed.
    assert!(has_edge(&g, &a, "witnessed_by", "卢宠茂"));
    let a = agreement(&g, &["养和医疗集团", "香港中文大学医学院"]);
    assert!(has_edge(&g, &a, "witnessed_by", "卢宠茂") && has_edge(&g, "陈家亮", "signed", &a));
    // 王振勇、李校堃等领导见证了签约; 吕帆和潘秀明分别代表双方在协议上签字.
    let a = agreement(&g, &["温州医科大学", "温州市瓯海区人民政府"]);
    assert!(has_edge(&g, &a, "witnessed_by", "李校堃"));
    assert!(has_edge(&g, "吕帆", "signed", &a));
    assert!(has_edge(&g, "潘秀明", "signed", &a));
    assert!(!has_edge(&g, "李校堃", "signed", &a));
}

#[test]
fn english_titles_and_a_company_named_short_before_one() {
    let g = build_unseen();
    // 华大集团CEO尹烨; 京东方科技集团副总裁、智慧医工事业群CEO陈文亮 signed.
    assert!(has_edge(&g, "尹烨", "leads", "华大集团"));
    let a = agreement(&g, &["京东方科技集团股份有限公司", "北京市卫生健康委员会"]);
    assert!(has_edge(&g, "陈文亮", "signed", &a));
    assert!(has_edge(&g, "陈文亮", "serves_at", "京东方科技集团股份有限公司"));
    // 阿里健康总裁朱顺炎: the short name before a title is 阿里健康科技(中国)有限公司.
    assert!(has_edge(&g, "朱顺炎", "leads", "阿里健康科技(中国)有限公司"));
    // A page with its byline, an editor and links to other news: 张水军 and
    // 杜玉涛 signed, 王成增 hosted, nobody from the furniture.
    let a = agreement(&g, &["郑州大学第一附属医院", "深圳华大基因股份有限公司"]);
    assert!(has_edge(&g, "张水军", "signed", &a));
    assert!(has_edge(&g, "杜玉涛", "signed", &a));
    assert!(has_edge(&g, &a, "hosted_by", "王成增"));
    assert!(node(&g, "王小明").is_none() && node(&g, "李丽").is_none());
}

#[test]
fn a_department_before_a_title_and_a_withheld_name() {
    let g = build_unseen();
    // 山东省卫生健康委员会医政医管处处长王旭: the commission's, as a division's head.
    let e = edges_between(&g, "王旭", "山东省卫生健康委员会");
    assert!(e.iter().any(|e| e["relation"] == "serves_at" && e["title"] == "医政医管处处长"), "{e:?}");
    // 规划发展处处长王某某: a withheld name is nobody.
    assert!(node(&g, "王某某").is_none());
}

#[test]
fn signers_named_by_their_office_alone() {
    let g = build_unseen();
    // 三家医院院长分别代表各自单位签署协议: the three heads (执行院长 董家鸿 too).
    let a = agreement(&g, &["北京大学第三医院", "北京市海淀医院", "北京清华长庚医院"]);
    for head in ["乔杰", "张福春", "董家鸿"] {
        assert!(has_edge(&g, head, "signed", &a), "{head} signed {a}");
    }
    // 两位院长代表双方签约.
    let a = agreement(&g, &["南京鼓楼医院", "江苏省人民医院"]);
    assert!(has_edge(&g, "韩光曙", "signed", &a));
    assert!(has_edge(&g, "唐金海", "signed", &a));
}

#[test]
fn a_signing_between_the_sides_and_an_ordinal_abbreviation() {
    let g = build_unseen();
    // Headline names the parties; 3月5日上午，双方…签署 dates their agreement.
    let found = agreements_between(&g, &["中南大学湘雅医院", "三一重工股份有限公司"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["date"], "--03-05");
    // 浙大二院院长王建安: 二院 for 第二医院.
    assert!(has_edge(&g, "王建安", "leads", "浙江大学医学院附属第二医院"));
    agreement(&g, &["浙江大学医学院附属第二医院", "衢州市人民政府"]);
}

#[test]
fn members_subordinates_and_a_long_alliance_name() {
    let g = build_unseen();
    assert!(has_edge(&g, "宜昌市中心人民医院", "member_of", "华中科技大学同济医学院附属同济医院专科联盟"));
    // 同济医院副院长王伟与宜昌市中心人民医院院长谭峰签署入盟协议: their bodies signed.
    let a = agreement(&g, &["华中科技大学同济医学院附属同济医院", "宜昌市中心人民医院"]);
    assert!(has_edge(&g, "王伟", "signed", &a) && has_edge(&g, "谭峰", "signed", &a));
    // The text's one date, of the prose (2023年6月1日，…加入…), is the signing's.
    assert_eq!(node(&g, &a).and_then(|n| n["date"].as_str()), Some("2023-06-01"));
    assert!(node(&g, "入华中科技大学同济医学院附属同济医院专科联盟").is_none());
    assert!(has_edge(&g, "上海市第十人民医院", "part_of", "上海申康医院发展中心"));
    assert!(has_edge(&g, "国药控股股份有限公司", "part_of", "中国医药集团有限公司"));
    assert!(has_edge(&g, "温州医科大学附属第一医院", "member_of", "中国医师协会"));
}

#[test]
fn taiwan_and_hong_kong_names() {
    let g = build_unseen();
    // 臺大醫院 for 國立臺灣大學醫學院附設醫院.
    assert!(has_edge(&g, "吴明贤", "leads", "国立台湾大学医学院附设医院"));
    assert!(node(&g, "台大医院").is_none());
    // The headline's 鴻海科技集團 restates the text's signing: one agreement, dated.
    let found = agreements_between(&g, &["国立台湾大学医学院附设医院", "鸿海精密工业股份有限公司"]);
    assert_eq!((found.len(), found[0]["date"].as_str()), (1, Some("2023-03-08")));
    assert!(agreements_between(&g, &["国立台湾大学医学院附设医院", "鸿海科技集团"]).is_empty());
    assert!(agreements_between(&g, &["GE医疗", "北京大学第三医院"]).is_empty());
    // 醫院管理局主席范鴻齡: 主席 leads.
    let a = agreement(&g, &["医院管理局", "香港中文大学"]);
    assert!(has_edge(&g, "范鸿龄", "leads", "医院管理局"));
    assert!(has_edge(&g, "范鸿龄", "signed", &a) && has_edge(&g, "段崇智", "signed", &a));
}

#[test]
fn a_gbk_file_and_an_html_page_with_navigation_and_footer() {
    let g = build_unseen();
    let a = agreement(&g, &["山东省立医院", "日照市人民医院"]);
    assert!(has_edge(&g, "赵家军", "signed", &a) && has_edge(&g, "李德华", "signed", &a));
    let a = agreement(&g, &["遵义医科大学附属医院", "重庆医科大学附属儿童医院"]);
    assert!(has_edge(&g, "李秋", "signed", &a) && has_edge(&g, "吴延虎", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "陈林"));
}

#[test]
fn signed_today_takes_the_announcements_date() {
    let g = build_unseen();
    // 2024年5月10日 over the text; 港怡醫院…今日在上海簽署合作備忘錄.
    let found = agreements_between(&g, &["港怡医院", "复旦大学附属肿瘤医院"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["date"], "2024-05-10");
    let a = found[0]["label"].as_str().unwrap_or_default().to_string();
    assert!(has_edge(&g, "吴国伟", "signed", &a) && has_edge(&g, "郭小毛", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "范婉雯"));
    // 港怡醫院醫務總監陳志偉醫生.
    assert!(has_edge(&g, "陈志伟", "serves_at", "港怡医院"));
}

#[test]
fn a_bare_list_after_a_title_and_an_alliance_signing_with_a_plaque() {
    let g = build_unseen();
    // 江苏省人民医院与南京市江宁医院医联体签约暨揭牌仪式: the hospital is the party.
    let a = agreement(&g, &["江苏省人民医院", "南京市江宁医院"]);
    assert!(node(&g, "南京市江宁医院医联体").is_none());
    assert!(has_edge(&g, "唐金海", "signed", &a) && has_edge(&g, "张伟", "signed", &a));
    assert!(has_edge(&g, &a, "hosted_by", "李明"));
    // 副院长黄峻、王虹.
    assert!(has_edge(&g, "黄峻", "serves_at", "江苏省人民医院"));
    assert!(has_edge(&g, "王虹", "serves_at", "江苏省人民医院"));
}

#[test]
fn a_bracketed_second_name_an_abbreviated_first_hospital_and_a_list_joining() {
    let g = build_unseen();
    // 中国科学技术大学附属第一医院（安徽省立医院）: one hospital, party and led.
    let a = agreement(&g, &["中国科学技术大学附属第一医院", "科大讯飞股份有限公司"]);
    assert!(node(&g, "安徽省立医院").is_none());
    assert!(has_edge(&g, "刘连新", "leads", "中国科学技术大学附属第一医院"));
    assert!(has_edge(&g, "刘连新", "signed", &a) && has_edge(&g, &a, "hosted_by", "王旭"));
    // 西安交大一附院 for 西安交通大学第一附属医院.
    assert!(has_edge(&g, "李宗芳", "leads", "西安交通大学第一附属医院"));
    assert!(node(&g, "西安交大一附院").is_none());
    // 阳江、汕尾…加入广东省人民医院医疗联合体，并与广东省人民医院签订…: each a member,
    // each with its own agreement, signed by its head and the hub's.
    for (member, head) in [("阳江市人民医院", "陈锐"), ("汕尾市人民医院", "林海")] {
        assert!(has_edge(&g, member, "member_of", "广东省人民医院医疗联合体"));
        let a = agreement(&g, &["广东省人民医院", member]);
        assert!(has_edge(&g, head, "signed", &a) && has_edge(&g, "余学清", "signed", &a), "{a}");
    }
    assert!(agreements_between(&g, &["阳江市人民医院", "汕尾市人民医院"]).is_empty());
}

#[test]
fn a_signing_held_with_an_unveiling_first_deputies_and_abbreviated_national_bodies() {
    let g = build_unseen();
    // 甲与乙合作共建丙签约暨揭牌仪式举行, dated by the year of the announcement.
    let found = agreements_between(&g, &["北京大学人民医院", "房山区人民政府"]);
    assert_eq!((found.len(), found[0]["date"].as_str()), (1, Some("2024-12-03")));
    let a = found[0]["label"].as_str().unwrap_or_default().to_string();
    assert!(has_edge(&g, "王建六", "signed", &a) && has_edge(&g, "郭延红", "signed", &a));
    assert!(has_edge(&g, &a, "hosted_by", "张静"));
    assert!(has_edge(&g, "乔杰", "serves_at", "北京大学"));
    // 中国人寿集团副总裁 for 中国人寿保险（集团）公司; 中国科协党组成员、书记处书记.
    let a = agreement(&g, &["中华护理学会", "中国人寿保险(集团)公司"]);
    assert!(has_edge(&g, "赵鹏", "signed", &a) && has_edge(&g, "赵鹏", "serves_at", "中国人寿保险(集团)公司"));
    assert!(has_edge(&g, &a, "witnessed_by", "王进展"));
    assert!(has_edge(&g, "王进展", "serves_at", "中国科学技术协会"));
}

#[test]
fn a_provinces_deputy_governor_and_a_president_after_the_secretary() {
    let g = build_unseen();
    // 福建省副省长李建成，…见证签约: the province's government, though not named.
    let a = agreement(&g, &["厦门市人民政府", "复旦大学", "复旦大学附属儿科医院"]);
    assert!(has_edge(&g, &a, "witnessed_by", "李建成") && has_edge(&g, &a, "witnessed_by", "焦雅辉"));
    assert!(has_edge(&g, "李建成", "serves_at", "福建省人民政府"));
    assert!(has_edge(&g, "许征", "signed", &a) && has_edge(&g, "许征", "serves_at", "复旦大学"));
    // 党委书记王燕、院长赖永榕 (赖 a surname); 赖永榕、刘世明代表双方签约.
    let a = agreement(&g, &["深圳市人民医院", "香港大学李嘉诚医学院"]);
    assert!(has_edge(&g, "赖永榕", "leads", "深圳市人民医院") && has_edge(&g, "王燕", "leads", "深圳市人民医院"));
    assert!(has_edge(&g, "赖永榕", "signed", &a) && has_edge(&g, "刘世明", "signed", &a));
}

#[test]
fn an_english_brand_name_in_brackets_inside_a_company_name() {
    let g = build_unseen();
    // 阿斯利康（AstraZeneca）投资（中国）有限公司: one company, the English no part of its name.
    let a = agreement(&g, &["南昌大学第一附属医院", "阿斯利康投资(中国)有限公司"]);
    assert!(has_edge(&g, "徐积兄", "signed", &a) && has_edge(&g, "王磊", "signed", &a));
    assert!(has_edge(&g, "王磊", "serves_at", "阿斯利康投资(中国)有限公司"));
}

#[test]
fn those_who_attended_and_then_witnessed_others_sign_are_witnesses() {
    let g = build_unseen();
    // 甲副总裁、平安好医生总裁吴文达，乙总经理吴昊出席签约仪式，并共同见证丙与丁签约.
    let a = agreement(&g, &["平安健康医疗科技有限公司", "深圳迈瑞生物医疗电子股份有限公司"]);
    for w in ["吴文达", "吴昊"] {
        assert!(has_edge(&g, &a, "witnessed_by", w) && !has_edge(&g, w, "signed", &a), "{w}");
    }
    assert!(has_edge(&g, "郭艳美", "signed", &a) && has_edge(&g, "许军", "signed", &a));
    assert!(has_edge(&g, "吴昊", "leads", "深圳迈瑞生物医疗电子股份有限公司"));
}

#[test]
fn our_hospital_is_the_one_signing_the_announcement() {
    let g = build_unseen();
    // 首都医科大学附属北京天坛医院与我院…, the announcement signed 承德市中心医院.
    let a = agreement(&g, &["首都医科大学附属北京天坛医院", "承德市中心医院"]);
    assert!(has_edge(&g, "赵鹏", "leads", "承德市中心医院") && has_edge(&g, "赵鹏", "signed", &a));
    assert!(has_edge(&g, "王拥军", "signed", &a));
}

#[test]
fn a_listed_companys_notice_and_the_legal_representative_of_the_other_side() {
    let g = build_unseen();
    let found = agreements_between(&g, &["江苏恒瑞医药股份有限公司", "上海交通大学医学院附属瑞金医院"]);
    assert!(found.iter().any(|a| a["date"] == "2024-10-15"), "{found:?}");
    // 名称：上海交通大学医学院附属瑞金医院 / 法定代表人：宁光.
    assert!(has_edge(&g, "宁光", "leads", "上海交通大学医学院附属瑞金医院"));
}

#[test]
fn representatives_named_before_their_titles_and_a_visit_that_ended_in_a_signing() {
    let g = build_unseen();
    // 双方代表余学清院长和周勇总经理在协议上签字 (和 joins, no Mr 和周勇).
    let a = agreement(&g, &["广东省人民医院", "中国人民健康保险股份有限公司广东分公司"]);
    assert!(has_edge(&g, "余学清", "signed", &a) && has_edge(&g, "周勇", "signed", &a));
    assert!(node(&g, "和周勇").is_none());
    // 俞熔一行到访…，双方签署…；中山医院副院长钦伦秀与美年大健康总裁郭美玲代表双方签约.
    let a = agreement(&g, &["复旦大学附属中山医院", "美年大健康产业控股股份有限公司"]);
    assert!(has_edge(&g, "钦伦秀", "signed", &a) && has_edge(&g, "郭美玲", "signed", &a));
    assert!(has_edge(&g, "郭美玲", "leads", "美年大健康产业控股股份有限公司"));
    // 二〇二四年三月十五日…到访…。会谈后，双方签署…: the visit's day.
    assert_eq!(node(&g, &a).and_then(|n| n["date"].as_str()), Some("2024-03-15"));
}

#[test]
fn pairs_signing_a_dotted_date_and_a_list_set_out_with_spaces() {
    let g = build_unseen();
    // 甲与乙、丙与丁分别签订 (与即墨区…: 即 opens the name), dated 2023.11.15.
    for pair in [["青岛大学附属医院", "黄岛区人民医院"], ["山东大学齐鲁医院", "即墨区人民医院"]]
    {
        let found = agreements_between(&g, &pair);
        assert_eq!((found.len(), found[0]["date"].as_str()), (1, Some("2023-11-15")), "{pair:?}");
    }
    assert!(agreements_between(&g, &["青岛大学附属医院", "山东大学齐鲁医院"]).is_empty());
    // 青岛大学附属医院院长 王新生.
    assert!(has_edge(&g, "王新生", "leads", "青岛大学附属医院"));
    assert!(has_edge(&g, "杨锡祥", "leads", "青岛市卫生健康委员会"));
}

#[test]
fn a_witness_who_came_to_the_ceremony_in_a_taiwan_announcement() {
    let g = build_unseen();
    // …主任委員馮世寬到場見證 (到场 ends his name).
    let a = agreement(&g, &["台北荣民总医院", "国立阳明交通大学"]);
    assert!(has_edge(&g, &a, "witnessed_by", "冯世宽"));
    assert!(has_edge(&g, "冯世宽", "leads", "国军退除役官兵辅导委员会"));
    assert!(has_edge(&g, "陈威明", "signed", &a) && has_edge(&g, "林奇宏", "signed", &a));
    // 北榮院長陳威明: 北荣 keeps the place's last char; the short form ends
    // before the title (not 北荣院|长).
    assert!(has_edge(&g, "陈威明", "leads", "台北荣民总医院"));
}

#[test]
fn a_management_committee_a_national_companys_short_name_and_a_party_secretary_witnessing() {
    let g = build_unseen();
    // 东湖高新区管委会副主任刘义林: a committee, not a Mr 管.
    assert!(node(&g, "管委会").is_none());
    assert!(has_edge(&g, "刘义林", "serves_at", "东湖高新区管理委员会"));
    // 太平洋保险集团总裁傅帆 (傅 a surname) for 中国太平洋保险（集团）股份有限公司.
    assert!(has_edge(&g, "傅帆", "leads", "中国太平洋保险(集团)股份有限公司"));
    // 长沙市委副书记、市长郑建新，中南大学校长田红旗出席并见证签约.
    let a = agreement(&g, &["中南大学湘雅二医院", "长沙市人民政府"]);
    assert!(has_edge(&g, &a, "witnessed_by", "郑建新") && has_edge(&g, &a, "witnessed_by", "田红旗"));
}

#[test]
fn a_given_name_ending_in_he_and_no_person_named_like_a_bureau() {
    let g = build_unseen();
    // 拜耳中国总裁蒋子和签署合作协议: 和 is his name's, a verb follows.
    let a = agreement(&g, &["中华口腔医学会", "拜耳医药保健有限公司"]);
    assert!(has_edge(&g, "蒋子和", "signed", &a) && node(&g, "蒋子").is_none());
    assert!(has_edge(&g, &a, "witnessed_by", "曾益新") && has_edge(&g, &a, "witnessed_by", "卢彦"));
    // 衛生局局長羅奕龍: no Mr 卫生局.
    let a = agreement(&g, &["澳门特别行政区政府卫生局", "北京大学第三医院"]);
    assert!(node(&g, "卫生局").is_none());
    assert!(has_edge(&g, "罗奕龙", "signed", &a) && has_edge(&g, &a, "witnessed_by", "欧阳瑜"));
}

#[test]
fn countersigning_officials_witnessed_and_friendly_hospitals_signed() {
    let g = build_unseen();
    // 並由…主任許四虎及…局長盧寵茂監簽: they witnessed, Hong Kong usage.
    let a = agreement(&g, &["港怡医院", "香港大学深圳医院"]);
    assert!(has_edge(&g, &a, "witnessed_by", "许四虎") && has_edge(&g, &a, "witnessed_by", "卢宠茂"));
    assert!(has_edge(&g, "郑晖", "signed", &a) && has_edge(&g, "吴国伟", "signed", &a));
    assert!(has_edge(&g, &a, "hosted_by", "梁嘉文"));
    // 甲与乙友好医院缔结仪式 … 在友好医院协议书上签字: an agreement of the two,
    // and no body named 顺天堂医院友好医院.
    let a = agreement(&g, &["山东大学齐鲁医院", "日本顺天堂大学医学部附属顺天堂医院"]);
    assert!(has_edge(&g, "陈春雷", "signed", &a) && has_edge(&g, &a, "hosted_by", "李芳"));
    assert!(
        !g["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|n| n["label"].as_str().is_some_and(|l| l.ends_with("医院友好医院")))
    );
}

#[test]
fn new_members_given_plaques_a_short_company_name_and_a_board_chair() {
    let g = build_unseen();
    // 为新加入联盟的甲、乙、丙授牌: each joined the document's one alliance.
    let alliance = "中山大学肿瘤防治中心肿瘤专科联盟";
    for m in ["梅州市人民医院", "茂名市人民医院", "阳江市人民医院"] {
        assert!(has_edge(&g, m, "member_of", alliance), "{m} joined");
    }
    // Its head, named between, did not.
    assert!(!has_edge(&g, "中山大学肿瘤防治中心", "member_of", alliance));
    // 迈瑞医疗总裁吴昊: the short name of 深圳迈瑞生物医疗电子股份有限公司.
    let company = "深圳迈瑞生物医疗电子股份有限公司";
    assert!(has_edge(&g, "吴昊", "leads", company) && has_edge(&g, "王立伟", "serves_at", company));
    assert!(node(&g, "迈瑞医疗").is_none());
    // 董事会主席 heads the company; 甘孜州委常委、副州长张刚 serves its government.
    assert!(has_edge(&g, "王君扬", "leads", "康华医疗集团股份有限公司"));
    assert!(has_edge(&g, "张刚", "serves_at", "甘孜州人民政府"));
}

#[test]
fn names_written_by_sound_department_heads_and_a_form() {
    let g = build_unseen();
    // 阿不都热依木·阿不力孜代表双方签约: a Uyghur name, parts joined by a dot.
    let a = agreement(&g, &["喀什地区第一人民医院", "新疆医科大学第一附属医院"]);
    assert!(has_edge(&g, "阿不都热依木·阿不力孜", "signed", &a));
    assert!(has_edge(&g, "艾尔肯·吐尼亚孜", "serves_at", "喀什地区行政公署"));
    // 甲医院心内科主任A、信息中心主任B、医务处处长C: each holds office at 甲医院.
    for p in ["严晓伟", "李子孟", "韩丁"] {
        assert!(has_edge(&g, p, "serves_at", "中国医学科学院北京协和医院"), "{p}");
    }
    // 甲方：…，乙方：…，签约时间：…，甲方代表：…: an agreement set out as a form.
    let a = agreement(&g, &["上海市第一人民医院", "上海交通大学医学院附属仁济医院"]);
    assert_eq!(node(&g, &a).and_then(|n| n["date"].as_str()), Some("2024-07-02"));
    assert!(has_edge(&g, "郑军华", "signed", &a) && has_edge(&g, "李卫平", "signed", &a));
    // 乙成为甲非直属附属医院: part of it, and no body named 甲非直属附属医院.
    assert!(has_edge(&g, "台州市中心医院", "part_of", "温州医科大学"));
    assert!(node(&g, "温州医科大学非直属附属医院").is_none());
}

#[test]
fn hand_in_hand_a_cooperation_reached_and_offices_that_lead_nothing() {
    let g = build_unseen();
    // 甲携手乙签署… in the headline, 甲与乙达成全面战略合作 in the text: one agreement.
    let a = agreement(&g, &["泸州市人民医院", "西南医科大学附属医院"]);
    assert_eq!(node(&g, &a).and_then(|n| n["date"].as_str()), Some("--04-18"));
    assert!(has_edge(&g, "廖华", "signed", &a) && has_edge(&g, "汤波", "signed", &a));
    // 名誉院长, 工会主席, 总经理助理: offices at the hospital, none heading it.
    for p in ["刘开明", "苏晓红", "周伟"] {
        assert!(has_edge(&g, p, "serves_at", "泸州市人民医院"), "{p}");
        assert!(!has_edge(&g, p, "leads", "泸州市人民医院"), "{p}");
    }
}

#[test]
fn witnesses_and_hosts_named_in_fields_and_on_site() {
    let g = build_unseen();
    let a = agreement(&g, &["赣州市人民医院", "赣南医科大学"]);
    // …主任黄德鸿现场见证: 现场 ends his name.
    assert!(has_edge(&g, &a, "witnessed_by", "黄德鸿"));
    // 见证人：…副市长张江林, 主持人：…副院长李锋.
    assert!(has_edge(&g, &a, "witnessed_by", "张江林") && has_edge(&g, &a, "hosted_by", "李锋"));
    assert!(has_edge(&g, "王辉", "signed", &a) && has_edge(&g, "刘晓东", "signed", &a));
}

#[test]
fn a_bare_presidents_title_and_a_doctoral_supervisor() {
    let g = build_unseen();
    // 我校…。校长刘畅…: the one university, signed at the foot.
    let a = agreement(&g, &["南方科技大学", "深圳市第三人民医院"]);
    assert!(has_edge(&g, "刘畅", "leads", "南方科技大学") && has_edge(&g, "刘畅", "signed", &a));
    assert!(has_edge(&g, "李明", "serves_at", "南方科技大学") && has_edge(&g, &a, "hosted_by", "李明"));
    // 甲院长、博士生导师李忠教授，乙党委书记刘湘教授: 刘湘 is none of 甲's.
    assert!(has_edge(&g, "李忠", "leads", "南华大学附属第一医院"));
    assert!(has_edge(&g, "刘湘", "leads", "衡阳市中心医院") && !has_edge(&g, "刘湘", "leads", "南华大学附属第一医院"));
}

#[test]
fn speakers_named_with_de_and_a_deputys_title_after_the_name() {
    let g = build_unseen();
    // 甲医院的兰平院长, 甲医院的周琦副院长.
    assert!(has_edge(&g, "兰平", "leads", "中山大学附属第六医院"));
    assert!(has_edge(&g, "周琦", "serves_at", "重庆大学附属肿瘤医院"));
    // 解放军总医院第五医学中心肿瘤医学部主任: a department's head, no body of its own.
    assert!(has_edge(&g, "徐建明", "serves_at", "解放军总医院第五医学中心"));
    assert!(node(&g, "解放军总医院第五医学中心肿瘤医学部").is_none());
    // 太保寿险副总经理张远瀚: 寿险 is a business line, nobody.
    assert!(node(&g, "寿险").is_none());
}

#[test]
fn bodies_that_became_units_of_an_association_are_members() {
    let g = build_unseen();
    // 正式挂牌成为甲…共建单位, 成功入选甲理事单位.
    assert!(has_edge(&g, "丹东市中心医院", "member_of", "中国抗癌协会"));
    assert!(has_edge(&g, "锦州医科大学附属第一医院", "member_of", "中国抗癌协会"));
    // No body named 成功入选中国抗癌协会, no Mr 单位.
    assert!(node(&g, "单位").is_none());
    assert!(
        !g["nodes"].as_array().into_iter().flatten().any(|n| n["label"].as_str().is_some_and(|l| l.contains("入选")))
    );
}

#[test]
fn an_acting_head_signs_and_a_host_named_after_the_word() {
    let g = build_unseen();
    let a = agreement(&g, &["佛山市第一人民医院", "广东药科大学"]);
    // 副院长（主持工作）陈旭: an aside between the title and the name.
    assert!(has_edge(&g, "陈旭", "signed", &a) && has_edge(&g, "陈旭", "serves_at", "佛山市第一人民医院"));
    // 主持人为…邓伟明 hosted; 主持工作 is no hosting (何兆辉 did not host).
    assert!(has_edge(&g, &a, "hosted_by", "邓伟明") && !has_edge(&g, &a, "hosted_by", "何兆辉"));
    assert!(!has_edge(&g, &a, "hosted_by", "陈旭"));
}

#[test]
fn a_list_goes_on_past_an_unknown_title_and_a_generic_word_is_nobody() {
    let g = build_unseen();
    // 院长赵卫红、院务委员杨文兵、副院长李玉梅: 李玉梅 is the hospital's too.
    assert!(has_edge(&g, "李玉梅", "serves_at", "昆明医科大学第一附属医院"));
    // 医院管理专家张波: no Mr 管理.
    assert!(node(&g, "管理").is_none());
}

#[test]
fn a_signing_set_out_in_a_tables_cells() {
    let g = build_unseen();
    // <th>甲方代表</th><td>…院长周铁军</td>: the cells read as a field.
    let a = agreement(&g, &["温州市人民医院", "温州市中心医院"]);
    assert!(has_edge(&g, "周铁军", "signed", &a) && has_edge(&g, "蔡建平", "signed", &a));
}

#[test]
fn the_venue_a_subsidiary_and_a_signing_of_something_else() {
    let g = build_unseen();
    // 签约仪式在华润医药集团湖北康宁药业有限公司举行: the parent group's
    // registered name is no short form of its subsidiary, the venue.
    let a = agreement(&g, &["宜昌市中心人民医院", "华润医药集团有限公司"]);
    assert!(has_edge(&g, "周明辉", "signed", &a) && has_edge(&g, "钱卫东", "signed", &a));
    // A researcher who signed a team's agreement did not sign the hospital's.
    assert!(!has_edge(&g, "郑丽华", "signed", &a));
    // 副院长刘春燕、马志刚出席了: the last of the list ends before the verb.
    assert!(has_edge(&g, "马志刚", "serves_at", "宜昌市中心人民医院"));
}

#[test]
fn our_school_a_city_government_and_heads_after_party_offices() {
    let g = build_unseen();
    // 宁德市政府 is 宁德市人民政府; 代表我校和宁德市人民政府 is no body.
    let a = agreement(&g, &["福建医科大学", "宁德市人民政府"]);
    assert!(node(&g, "宁德市政府").is_none());
    assert!(has_edge(&g, "黄兰芳", "signed", &a) && has_edge(&g, "林志强", "signed", &a));
    // Two cities' heads, each after its own party offices.
    assert!(has_edge(&g, "吴贤良", "leads", "福州市人民政府"));
    assert!(has_edge(&g, "郑宏伟", "leads", "宁德市人民政府"));
}

#[test]
fn a_paragraph_naming_its_source_and_a_company_before_its_legal_form() {
    let g = build_unseen();
    // 据广州发布微信公众号…消息，… is text, not a credit line.
    let a = agreement(&g, &["广州市人民政府", "中国远大集团有限公司"]);
    assert!(a.contains("战略合作协议"), "{a}");
    // 中国远大董事长胡立新: 中国远大 is the company.
    assert!(has_edge(&g, "胡立新", "leads", "中国远大集团有限公司"));
    assert!(has_edge(&g, "李晓峰", "leads", "中国远大集团有限公司"));
}

#[test]
fn a_party_said_to_be_something_and_the_host_who_presents_the_signing() {
    let g = build_unseen();
    // 康宏医药集团作为此次活动的签约主角，与梧州市人民政府签署…
    let a = agreement(&g, &["康宏医药集团", "梧州市人民政府"]);
    assert!(has_edge(&g, &a, "hosted_by", "覃明远") && !has_edge(&g, "覃明远", "signed", &a));
    assert!(has_edge(&g, "付振钢", "signed", &a) && has_edge(&g, "黎振宇", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "韦志华"));
}

#[test]
fn bodies_a_bracket_lists_after_a_description_each_sign_with_the_first() {
    let g = build_unseen();
    agreement(&g, &["澳门中医医院", "澳门大学"]);
    agreement(&g, &["澳门中医医院", "澳门科技大学"]);
    assert!(agreements_between(&g, &["澳门大学", "澳门科技大学"]).is_empty());
    assert!(node(&g, "设有中医药学院").is_none());
}

#[test]
fn bodies_named_after_a_bare_unit_are_the_citys() {
    let g = build_unseen();
    assert!(has_edge(&g, "王振国", "leads", "铜陵市卫生健康委员会"));
    // 市中心医院 is the 铜陵市中心医院 the text names.
    assert!(has_edge(&g, "李卫东", "leads", "铜陵市中心医院"));
    assert!(node(&g, "市卫生健康委员会").is_none() && node(&g, "市中心医院").is_none());
}

#[test]
fn a_subsidiary_said_to_be_one_and_a_county_head_no_body() {
    let g = build_unseen();
    agreement(&g, &["江苏华邦康复医院投资有限公司", "徐州市第三人民医院"]);
    // 张立军和南京鼓楼医院院长…签订: 县长张立军 is a person, no party.
    assert!(node(&g, "张立军").is_none_or(|n| n["kind"] == "person"));
}

#[test]
fn the_ceremony_dates_the_signing_and_a_reporting_head() {
    let g = build_unseen();
    let found = agreements_between(&g, &["江宁区人民政府", "南京医科大学", "南京医科大学附属逸夫医院"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["date"], "2024-05-20");
    // 逸夫医院院长沈志远作…汇报: no body opens with the head.
    assert!(has_edge(&g, "沈志远", "leads", "南京医科大学附属逸夫医院"));
}

#[test]
fn signers_named_alone_sign_for_the_bodies_of_their_offices() {
    let g = build_unseen();
    // 陈立勇院长与孙兰芝主任共同签署了医联体建设责任书: their offices are given
    // in sentences before; 朝阳区卫计委 is a health commission.
    let a = agreement(&g, &["首都医科大学附属北京朝阳医院", "北京市朝阳区卫生和计划生育委员会"]);
    let found = agreements_between(&g, &["首都医科大学附属北京朝阳医院", "北京市朝阳区卫生和计划生育委员会"]);
    assert_eq!(found[0]["title"], "医联体建设责任书");
    assert!(has_edge(&g, "陈立勇", "signed", &a) && has_edge(&g, "孙兰芝", "signed", &a));
}

#[test]
fn a_city_not_listed_and_schools_that_are_no_university() {
    let g = build_unseen();
    // 、海城市副市长周立新: the city's government, not the company opening with it.
    assert!(has_edge(&g, "周立新", "serves_at", "海城市人民政府"));
    assert!(!has_edge(&g, "周立新", "serves_at", "鞍山市城建投资集团"));
    // 部分学院负责人: some schools, no body (and so not what 我校 stands for).
    assert!(node(&g, "部分学院").is_none());
    // 校长马文涛 beside the university's 艺术学院: the university's head.
    assert!(has_edge(&g, "马文涛", "leads", "青岛理工科技大学"));
    assert!(has_edge(&g, "方正恩", "serves_at", "青岛理工科技大学"));
    // 集团董事长薛建明: the document's one group.
    assert!(has_edge(&g, "薛建明", "leads", "中鑫集团"));
    // 中鑫集团…拥有甲、乙…等多家全资公司.
    assert!(has_edge(&g, "青岛中鑫电缆制造有限公司", "part_of", "中鑫集团"));
}

#[test]
fn a_company_written_against_a_hospital_and_a_founder() {
    let g = build_unseen();
    agreement(&g, &["康泰保险集团", "中南大学湘雅医院"]);
    assert!(
        g["nodes"]
            .as_array()
            .is_some_and(|n| n.iter().all(|n| !n["label"].as_str().is_some_and(|l| l.contains("康泰保险集团中南"))))
    );
    assert!(has_edge(&g, "陈东海", "leads", "康泰保险集团"));
}

#[test]
fn a_boards_resolution_and_an_institute_named_with_a_connector() {
    let g = build_unseen();
    // 弃权0票审议通过公司与甲、乙共同签署: 公司 is the company defined, 大数据
    // holds 据 and is no boundary.
    agreement(&g, &["福建明诚企业股份有限公司", "厦门大数据产业投资有限公司", "上海智汇科技有限公司"]);
    // The chair of the board's meeting hosts no signing; he chairs the
    // company (a joint venture it founds, 合资公司, is no second company).
    let hosts = |name: &str| {
        node(&g, name).is_some_and(|n| {
            g["edges"]
                .as_array()
                .is_some_and(|e| e.iter().any(|e| e["relation"] == "hosted_by" && e["target"] == n["id"]))
        })
    };
    assert!(!hosts("俞明德") && !hosts("庞文斌"));
    assert!(has_edge(&g, "庞文斌", "leads", "江苏华光科技股份有限公司"));
    // 2021年9月30日江苏华光…: the date is no part of the name.
    agreement(&g, &["江苏华光科技股份有限公司", "中国科学院西安光学精密机械与物理研究所"]);
    agreement(&g, &["江苏华光科技股份有限公司", "南京建材研究设计院"]);
}

#[test]
fn delegates_who_signed_and_the_speaker_of_a_quotation() {
    let g = build_unseen();
    let a = agreement(&g, &["医院管理局", "国家卫生健康委员会"]);
    for signer in ["王立明", "苏立民"] {
        assert!(has_edge(&g, signer, "signed", &a), "{signer} signed");
    }
    assert!(has_edge(&g, &a, "witnessed_by", "黄志明"));
    // 胡家旭说︰「医管局…签订…」: he speaks of a signing, he signed nothing.
    assert!(!has_edge(&g, "胡家旭", "signed", &a));
}

#[test]
fn a_groups_company_and_bodies_of_a_city_not_listed() {
    let g = build_unseen();
    // 集团公司与义乌市中心医院医疗集团…签约; 市地铁集团 is 义乌's.
    agreement(&g, &["义乌市地铁集团", "义乌市中心医院医疗集团"]);
    assert!(has_edge(&g, "郑立民", "leads", "义乌市地铁集团"));
    // 市中心医院 here is 义乌's, not the 铜陵市中心医院 another text calls so.
    assert!(has_edge(&g, "袁立新", "leads", "义乌市中心医院"));
    assert!(!has_edge(&g, "袁立新", "leads", "铜陵市中心医院"));
}

#[test]
fn the_founders_of_an_alliance_are_members() {
    let g = build_unseen();
    for founder in ["广州市第一人民医院", "佛山市第一人民医院", "东莞市人民医院"] {
        assert!(has_edge(&g, founder, "member_of", "珠三角医院协同发展战略联盟"), "{founder}");
    }
}

#[test]
fn bodies_whose_heads_attended_sign_nothing_and_people_run_into_a_kind() {
    let g = build_unseen();
    // 市发改委、…、市城投公司主要负责人参加签约仪式: attendance, no agreement.
    assert!(node(&g, "规划局").is_none() && node(&g, "国土局").is_none());
    agreement(&g, &["襄阳市人民政府", "中建五局集团有限公司"]);
    // 市长宋向阳集团公司党委书记…, 副市长郝立虎集团公司…: commas missing
    // between people; 集团公司 is the group.
    assert!(node(&g, "阳集团公司").is_none() && node(&g, "郝立虎集团公司").is_none());
    assert!(has_edge(&g, "展宝明", "leads", "山东省水利发展集团"));
    assert!(has_edge(&g, "陈道明", "leads", "山东省水利发展集团"));
}

#[test]
fn a_list_signing_each_with_one_body_and_taiwan_usage() {
    let g = build_unseen();
    // 甲、乙、丙分别与丁签署: three agreements.
    for body in ["北京市科学技术委员会", "北京经济技术开发区管理委员会", "北京大学第一医院"]
    {
        agreement(&g, &[body, "诺华(中国)投资有限公司"]);
    }
    // 總院長, 荣总, 北荣, 簽MOU, and a name ending before 今(20)日.
    assert!(has_edge(&g, "张文华", "leads", "马偕纪念医院"));
    let a = agreement(&g, &["台北荣民总医院", "日本近畿大学"]);
    assert!(has_edge(&g, "陈国明", "signed", &a) && has_edge(&g, "陈国明", "leads", "台北荣民总医院"));
}

#[test]
fn banks_their_branches_and_head_offices() {
    let g = build_unseen();
    // 农行甘肃省分行 is 中国农业银行's; a bank's branch is a company.
    let a = agreement(&g, &["河州市人民政府", "中国农业银行甘肃省分行"]);
    assert!(has_edge(&g, "何春燕", "signed", &a) && has_edge(&g, "韩立新", "signed", &a));
    assert!(has_edge(&g, "吕志坚", "leads", "中国农业银行甘肃省分行"));
    assert!(has_edge(&g, "郭志远", "leads", "兴业银行兰州分行"));
    assert_eq!(node(&g, "中国农业银行甘肃省分行").unwrap()["type"], "company");
    // 还与甲、乙、丙等3家企业分别签署: three agreements with companies named bare.
    for company in ["河州交投", "陇原水务", "金川铝业"] {
        agreement(&g, &["中国农业银行河州分行", company]);
        assert_eq!(node(&g, company).unwrap()["type"], "company", "{company}");
    }
    // 总行 is the bank; 西宁分行 its branch; 省政府 the province's.
    assert!(has_edge(&g, "孙晓东", "serves_at", "上海浦东发展银行"));
    assert!(has_edge(&g, "张立平", "leads", "上海浦东发展银行"));
    assert!(has_edge(&g, "冯海亮", "leads", "上海浦东发展银行西宁分行"));
    assert!(has_edge(&g, "刘长河", "serves_at", "青海省人民政府"));
    // 省委 before its offices is the province's party committee, a body of its
    // own; 省委省政府 (for whom one thanks) is no body.
    assert!(has_edge(&g, "王振邦", "serves_at", "中共青海省委员会"));
    assert!(has_edge(&g, "赵明川", "serves_at", "中共青海省委员会"));
    let labels = g["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str());
    assert!(labels.filter(|l| l.contains("省委")).all(|l| l.starts_with("中共") && l.ends_with("省委员会")));
}

#[test]
fn a_district_as_a_party_and_those_attending_an_event() {
    let g = build_unseen();
    let a = agreement(&g, &["江夏大学", "青山区人民政府"]);
    assert!(has_edge(&g, "吴德胜", "leads", "青山区人民政府"));
    for p in ["周立群", "黄启明", "陈家宝", "吴德胜"] {
        assert!(!has_edge(&g, p, "signed", &a), "{p} attended, signed nothing");
    }
}

#[test]
fn offices_listed_after_a_body_and_parties_without_suffixes() {
    let g = build_unseen();
    agreement(&g, &["南州市建筑业协会", "北川市建筑业联合会"]);
    assert!(has_edge(&g, "钱立强", "serves_at", "南州市建筑业协会"));
    assert!(has_edge(&g, "孙海涛", "serves_at", "南州市建筑业协会"));
    assert!(node(&g, "经南州市建筑业协会").is_none());
    agreement(&g, &["华东钢联", "沪江化工"]);
    assert_eq!(node(&g, "沪江化工").unwrap()["type"], "company");
    // 县政府 is the county's that opens the text; 签定 signs; 其中 opens no name.
    assert!(has_edge(&g, "李国庆", "serves_at", "临河县人民政府"));
    agreement(&g, &["太行科技大学", "临河同源机械有限公司"]);
    assert!(has_edge(&g, "许正阳", "leads", "临河同源机械有限公司"));
}

#[test]
fn a_military_clinic_and_a_hospital_named_as_the_venue() {
    let g = build_unseen();
    // 我院与甲卫生所在乙医院举行…签约活动: the army clinic, its number in its
    // name, signed with the hospital the event was held at.
    let a = agreement(&g, &["中国人民解放军61234部队卫生所", "江城市中医院"]);
    assert_eq!(node(&g, "中国人民解放军61234部队卫生所").unwrap()["type"], "hospital");
    assert!(has_edge(&g, "刘志远", "leads", "中国人民解放军61234部队卫生所"));
    // 之 ends a given name: 赵文之, not 赵文.
    assert!(has_edge(&g, "赵文之", "leads", "江城市中医院"));
    for p in ["赵文之", "刘志远"] {
        assert!(has_edge(&g, p, "signed", &a), "{p}");
    }
}

#[test]
fn a_city_a_numbered_bureau_and_a_signer_with_no_title() {
    let g = build_unseen();
    // 中国|市政工程: no 中国市.
    assert!(g["nodes"].as_array().unwrap().iter().all(|n| !n["label"].as_str().unwrap_or("").starts_with("中国市人")));
    // 我市 is the city's government: its dated sentence dates the agreement.
    let city = agreement(&g, &["中国市政工程华北设计研究总院有限公司", "市人民政府"]);
    assert_eq!(node(&g, &city).expect("the city's agreement")["date"], "--05-08");
    assert_eq!(node(&g, "中建九局").unwrap()["type"], "company");
    let a = agreement(&g, &["中建九局投资有限公司", "柳河区人民政府"]);
    // 李刚 holds no title anywhere; joined to the other side's signer he signed.
    assert!(has_edge(&g, "李刚", "signed", &a));
    assert!(has_edge(&g, "陈晓东", "signed", &a));
    // Those who spoke and witnessed: witnesses.
    assert!(has_edge(&g, &a, "witnessed_by", "于海"));
    assert!(has_edge(&g, &a, "witnessed_by", "王少平"));
}

#[test]
fn a_ministry_a_campus_and_a_title_before_a_connector() {
    let g = build_unseen();
    let a = agreement(&g, &["东湖师范大学", "宜川区人民政府"]);
    assert!(has_edge(&g, "陈明", "serves_at", "教育部"));
    // 校 right after the university's name, before its offices.
    assert!(has_edge(&g, "汪立平", "serves_at", "东湖师范大学"));
    // 副校长|和|宜川区政府…: no body opens with 和.
    assert!(node(&g, "和宜川区人民政府").is_none());
    // 为 ends 吴大为 before a verb.
    assert!(has_edge(&g, "吴大为", "signed", &a));
    // 我校 beside its own campus is the university.
    assert!(has_edge(&g, "李强", "leads", "东湖师范大学"));
}

#[test]
fn a_town_a_banks_branch_and_three_signings_in_one_sentence() {
    let g = build_unseen();
    // (Named without its province, 江苏省|苏州市青山镇人民政府.)
    let town = "苏州市青山镇人民政府";
    let branch = "江南银行股份有限公司东城支行";
    // The town written as a party is its government (its head and committee
    // are spoken of), named in full elsewhere; 青山镇|和 opens no bank's name.
    let a = agreement(&g, &[town, branch]);
    assert_eq!(node(&g, &a).unwrap()["date"], "--05-12");
    assert!(node(&g, "青山镇和江南银行股份有限公司东城支行").is_none());
    assert!(has_edge(&g, "孙立新", "leads", town));
    assert!(has_edge(&g, "吴晓峰", "serves_at", town));
    // Each clause of the sentence states its own agreement.
    agreement(&g, &["青山镇商会", "苏州天行旅行社"]);
    agreement(&g, &["青山镇农业合作社联合会", branch]);
    // Bodies whose people attended or witnessed a signing signed nothing, and
    // those who attended it (…等出席签约) did not sign.
    let group = node(&g, "苏州城投集团有限公司").expect("its head's company")["id"].clone();
    let edges = g["edges"].as_array().expect("edges");
    assert!(!edges.iter().any(|e| e["source"] == group && e["relation"] == "party_to"));
    assert!(node(&g, "苏州文旅集团有限公司").is_none());
    for p in ["钱志刚", "吴晓峰", "孙立新"] {
        assert!(!has_edge(&g, p, "signed", &a), "{p}");
    }
}

#[test]
fn a_short_form_in_brackets_long_names_and_people_representing_the_sides() {
    let g = build_unseen();
    let a = agreement(&g, &["南岭科技大学", "东港市友好合作城市企业促进会"]);
    // 南科大 is the university (defined in brackets), not its medical school.
    assert!(has_edge(&g, "陈志明", "leads", "南岭科技大学"));
    assert!(has_edge(&g, "刘海川", "leads", "南岭科技大学医学院"));
    // A professor's rank after a name ends it.
    assert!(has_edge(&g, "林文彬", "serves_at", "南岭科技大学"));
    // Two people joined by 和 representing the sides are signers, not bodies.
    for p in ["刘海川", "黄振邦"] {
        assert!(has_edge(&g, p, "signed", &a), "{p}");
        assert!(node(&g, p).is_some_and(|n| n["kind"] == "person"), "{p}");
    }
    // What a pasted-over name left is no body.
    assert!(node(&g, "(中国)股份有限公司").is_none());
    assert!(node(&g, "股份有限公司").is_none());
}

#[test]
fn the_speakers_own_group_two_lists_and_a_dropped_source_line() {
    let g = build_unseen();
    let other = "临川市交通控股集团有限公司";
    // 集团公司 signs with the one group named: the bare 集团 of the titles is
    // the speaker's, so its chairman is no officer of the other.
    assert!(has_edge(&g, "韩国栋", "leads", other));
    assert!(!has_edge(&g, "周立新", "leads", other));
    // The group the source line names is 集团公司, and signs with the other.
    let a = agreement(&g, &["东海城建集团", other]);
    assert!(has_edge(&g, "赵明", "signed", &a) && has_edge(&g, "孙海波", "signed", &a));
    assert!(has_edge(&g, "周立新", "leads", "东海城建集团"));
    // A title scoped to a group takes no government carried along the list.
    assert!(has_edge(&g, "王建设", "serves_at", "临川市人民政府"));
    assert!(!has_edge(&g, "赵明", "serves_at", "临川市人民政府"));
    // Two lists signing respectively pair off, dated by the page's
    // publication date kept from the dropped source line.
    let a = agreement(&g, &["临川市港口集团有限公司", "东海物流有限公司"]);
    assert_eq!(node(&g, &a).expect("agreement")["date"], "2025-03-18");
    agreement(&g, &["临川市轨道交通集团有限公司", "东海置业有限公司"]);
    assert!(agreements_between(&g, &["临川市港口集团有限公司", "东海置业有限公司"]).is_empty());
}

#[test]
fn an_institute_publishing_as_our_institute_and_parts_named_short() {
    let g = build_unseen();
    // The byline after another field names the publisher, who writes 我院.
    agreement(&g, &["南湖大学生物医药研究院", "江东工业职业技术学院"]);
    assert!(node(&g, "南湖市中心医院").is_some_and(|n| n["kind"] == "organization"));
    // A school named by two disciplines is one name.
    agreement(&g, &["材料科学与工程学院", "南湖新材料科技有限公司"]);
    // A part's short form opens after its parent (南湖材料所).
    assert!(has_edge(&g, "管文", "serves_at", "中国科学院南湖材料研究所"));
    // A hospital named only in brackets after 学校附属… is that name's.
    assert!(has_edge(&g, "高远", "leads", "南湖市中心医院"));
    assert!(node(&g, "学校附属第二医院").is_none() && node(&g, "附属第二医院").is_none());
    // A campus named by its place alone is no body.
    assert!(node(&g, "东湖校区").is_none());
}

#[test]
fn a_county_as_a_party_its_committees_and_a_partnership_entered() {
    let g = build_unseen();
    let county = "通城县人民政府";
    // The county written as a party is its government, named by its head.
    let a = agreement(&g, &[county, "湖北省农业科学院"]);
    assert!(has_edge(&g, "刘光明", "leads", county));
    assert!(has_edge(&g, "刘光明", "signed", &a));
    assert!(has_edge(&g, "焦春山", "leads", "湖北省农业科学院"));
    // The county's consultative conference is a body of its own.
    assert!(has_edge(&g, "胡为民", "leads", "通城县政协"));
    // A partnership entered is an agreement; a satellite channel and a
    // school are bodies.
    agreement(&g, &["湖北省体育运动学校", "江汉卫视"]);
    assert!(has_edge(&g, "陈思远", "serves_at", "江汉卫视"));
}

/// No agreement between these bodies (some of them may be no node at all).
fn no_agreement(g: &serde_json::Value, parties: &[&str]) -> bool {
    parties.iter().any(|p| node(g, p).is_none()) || agreements_between(g, parties).is_empty()
}

#[test]
fn a_procuratorate_and_a_law_school_and_the_authors_of_an_opinion() {
    let g = build_unseen();
    let procuratorate = "青河区人民检察院";
    // Written short in the headline, in full in the text: one body.
    let a = agreement(&g, &[procuratorate, "南湖大学法学院"]);
    assert!(node(&g, "青河区检察院").is_none());
    // The authors of the opinion named before the signing signed nothing.
    assert!(no_agreement(&g, &["最高人民法院", "教育部"]));
    // 该院 is the one procuratorate: its chief procurator leads it and signs.
    assert!(has_edge(&g, "韩冬", "leads", procuratorate));
    assert!(has_edge(&g, "韩冬", "signed", &a));
    assert!(has_edge(&g, "许晴", "serves_at", procuratorate));
    // 以《…》为题 follows the name: 杜明, not 杜明以.
    assert!(has_edge(&g, "杜明", "affiliated_with", "南湖政法大学"));
}

#[test]
fn museums_their_bare_unit_and_the_host_of_another_event() {
    let g = build_unseen();
    let a = agreement(&g, &["东湖市博物馆", "临川博物院"]);
    assert!(has_edge(&g, "宋青", "signed", &a) && has_edge(&g, "顾安", "signed", &a));
    // 市博物馆 is the document's city's museum.
    assert!(has_edge(&g, "林岚", "serves_at", "东湖市博物馆"));
    assert!(has_edge(&g, &a, "hosted_by", "林岚"));
    // The host of the forum hosted no signing.
    assert!(!has_edge(&g, &a, "hosted_by", "高原"));
}

#[test]
fn airports_witnessed_by_regulators_sister_airports_and_libraries_by_their_signers() {
    let g = build_unseen();
    agreement(&g, &["江北机场集团", "东海机场集团"]);
    // The regulators witnessed; they signed nothing with each other.
    assert!(no_agreement(&g, &["民航华东地区管理局", "民航江北监管局"]));
    agreement(&g, &["江北国际机场", "南洋国际机场"]);
    // Signers of two libraries state their own agreement beside the others.
    let a = agreement(&g, &["江北市图书馆", "东海市图书馆"]);
    assert!(has_edge(&g, "何平", "signed", &a) && has_edge(&g, "吴涛", "signed", &a));
}

#[test]
fn a_telecom_groups_provincial_company_written_place_first_and_a_list_of_officers() {
    let g = build_unseen();
    let company = "中国移动通信集团湖南有限公司";
    // 新一轮 (a new round) is no part of the document's name.
    let a = agreement(&g, &["东湖市人民政府", company]);
    assert!(a.starts_with("战略合作协议（"), "{a}");
    // 湖南移动公司 is the company written with its province first.
    assert!(node(&g, "湖南移动公司").is_none());
    assert!(has_edge(&g, "石磊", "serves_at", company) && has_edge(&g, "石磊", "signed", &a));
    // 和 before 与 ends the name it is in: 罗建和, not 罗建.
    assert!(has_edge(&g, "罗建和", "signed", &a));
    // A party committee's office opening a list: all listed witnessed.
    assert!(has_edge(&g, &a, "witnessed_by", "潘宁") && has_edge(&g, &a, "witnessed_by", "方卓"));
    // Congratulating on the signing is no signing.
    assert!(!has_edge(&g, "钟晓", "signed", &a));
}

#[test]
fn a_culture_group_by_its_words_first_chars_and_an_office_before_a_party_committees() {
    let g = build_unseen();
    let group = "青山文化旅游投资集团有限公司";
    // 文旅 is 文化旅游 by its words' first chars: one body.
    let a = agreement(&g, &["白水县人民政府", group]);
    assert!(node(&g, "青山文旅集团").is_none());
    // 集团 is the group that signs, not another named only among attendees.
    assert!(has_edge(&g, "史文涛", "leads", group));
    assert!(has_edge(&g, "雷鸣", "serves_at", group) && has_edge(&g, "雷鸣", "signed", &a));
    assert!(!has_edge(&g, "史文涛", "leads", "红岭文旅集团"));
    // An office before a county's party secretaryship is kept.
    assert!(has_edge(&g, "龚立", "serves_at", "青山市人大常委会"));
}

#[test]
fn a_hospitals_operator_signs_with_three_colleges_and_a_companys_china_business() {
    let g = build_unseen();
    let hospital = "东川中医医院";
    let a = agreement(&g, &[hospital, "北岭大学中医学院"]);
    // The chairman of the hospital's operator holds office at the hospital.
    assert!(has_edge(&g, "严守中", "serves_at", hospital) && has_edge(&g, "严守中", "signed", &a));
    // The list going on after a comma with 以及 signed too; the one named
    // before 共同见证 witnessed.
    let c = agreement(&g, &[hospital, "南岭大学医学院"]);
    assert!(has_edge(&g, "史丽", "signed", &c));
    assert!(has_edge(&g, &a, "witnessed_by", "贺文") && !has_edge(&g, "贺文", "signed", &a));
    // A company's China business signs; the company's name is its alias.
    let m = agreement(&g, &["南岭医疗中国", hospital]);
    assert!(has_edge(&g, "石岩", "signed", &m) && has_edge(&g, "石岩", "serves_at", "南岭医疗中国"));
    // Named before 在现场共同见证: witnesses.
    assert!(has_edge(&g, &m, "witnessed_by", "葛洪") && has_edge(&g, &m, "witnessed_by", "祁山"));
}

#[test]
fn the_sides_of_a_visit_sign_and_a_departments_manager_serves() {
    let g = build_unseen();
    let (host, guest) = ("东临省港口集团", "西岭省港航集团");
    // 双方 who sign are the host and the visitor the sentence names before them.
    let a = agreement(&g, &[host, guest]);
    assert_eq!(node(&g, &a).map(|n| n["date"].clone()), Some(serde_json::json!("2024-06-17")));
    // 经理 and 副经理 are offices.
    assert!(has_edge(&g, "周文博", "serves_at", host));
    assert!(has_edge(&g, "许静", "serves_at", guest));
    // 港口 is a generic word: no body is 港口, and 年度 opens no name.
    assert!(node(&g, "港口").is_none());
    assert!(node(&g, "年度东临省港口集团").is_none());
}

#[test]
fn a_customs_memo_titled_by_both_sides_and_a_short_name_dropping_the_provinces_unit() {
    let g = build_unseen();
    // 《海关总署湖南省人民政府关于…》 names two parties.
    let a = agreement(&g, &["海关总署", "湖南省人民政府"]);
    assert!(has_edge(&g, "林正清", "signed", &a) && has_edge(&g, "韩启明", "signed", &a));
    assert!(node(&g, "海关总署湖南省人民政府").is_none());
    // 海关 ends a government's name, 关长 heads it.
    assert!(has_edge(&g, "邓远航", "leads", "长沙海关"));
    // 湖南交投集团 is 湖南省交通投资集团有限公司.
    assert!(has_edge(&g, "贺明远", "leads", "湖南省交通投资集团有限公司"));
}

#[test]
fn unions_sign_at_a_venue_and_names_joined_by_a_connector_witness() {
    let g = build_unseen();
    // 甲在杭州与乙签订: 甲 and 乙 are the sides.
    let a = agreement(&g, &["南江市总工会", "北湖市总工会"]);
    assert!(has_edge(&g, "程立新", "leads", "南江市总工会"));
    // Names joined by 与, then a comma, then more names: all witnessed.
    for w in ["顾长林", "邹平", "汤敏"] {
        assert!(has_edge(&g, &a, "witnessed_by", w), "{w} witnessed {a}");
    }
    // 负责人和有关同志 names nobody.
    assert!(node(&g, "和有关").is_none());
}

#[test]
fn a_source_lines_company_is_the_companys_and_its_short_name() {
    let g = build_unseen();
    let company = "中国水源投资集团有限公司";
    agreement(&g, &[company, "青湖区人民政府"]);
    // 中国水源 is the company's name before generic words and its legal form.
    assert!(node(&g, "中国水源").is_none());
    assert!(has_edge(&g, "钟鸣", "serves_at", company));
    // 公司 is the company the source line names.
    assert!(has_edge(&g, "马致远", "leads", company));
    // A department's name before 科长 and a name is nobody.
    assert!(node(&g, "农水").is_none());
}

#[test]
fn a_broadcaster_written_short_and_a_college_named_by_the_nation() {
    let g = build_unseen();
    let (college, broadcaster) = ("中国传媒技术学院", "江城广播电视传媒集团");
    let a = agreement(&g, &[college, broadcaster]);
    // The sides' words name no document signed on.
    assert!(!a.contains("双方"), "{a}");
    // 学校 is the one college, named by the nation: its president and vice-president.
    assert!(has_edge(&g, "贝文华", "leads", college));
    assert!(has_edge(&g, "孙立言", "signed", &a));
    // 江城广电集团 is 江城广播电视传媒集团; 台长 heads it.
    assert!(has_edge(&g, "范长河", "leads", broadcaster) && has_edge(&g, "俞晓", "signed", &a));
}

#[test]
fn procuratorates_co_sign_and_our_body_is_the_one_not_joined_to_it() {
    let g = build_unseen();
    // 我院与东湖区人民检察院: 我院 is the other procuratorate named.
    let a = agreement(&g, &["南屏市东湖区人民检察院", "南屏市西岭区人民检察院"]);
    // 代检察长 heads it; 会签 signs.
    assert!(has_edge(&g, "严松", "leads", "南屏市东湖区人民检察院"));
    assert!(has_edge(&g, "柯文", "signed", &a) && has_edge(&g, "聂远", "signed", &a));
}

#[test]
fn an_academys_institute_written_short_signs_beside_a_province_and_its_city() {
    let g = build_unseen();
    let institute = "中科院湖沼资源所";
    let a = agreement(&g, &["中科院科发局", institute, "青州市人民政府", "青州湾农高区管理委员会"]);
    assert!(has_edge(&g, "葛长青", "leads", institute));
    // A given name may end in 和 before a mark.
    assert!(has_edge(&g, "高远和", "signed", &a));
    // Party standing committee members witness; the one leading a project
    // named after 主持的 hosts nothing; a signing spoken about is none.
    assert!(has_edge(&g, &a, "witnessed_by", "邓明"));
    assert!(has_edge(&g, &a, "witnessed_by", "陶亮"));
    assert!(!has_edge(&g, &a, "hosted_by", "葛长青"));
    assert!(!has_edge(&g, "葛长青", "signed", &a));
}

#[test]
fn an_airport_group_signs_with_each_airline_and_attendees_sign_for_their_sides() {
    let g = build_unseen();
    let group = "云州机场集团";
    // One body with a list of three: three agreements of two sides.
    for airline in ["青鸟航空股份有限公司", "远山航空有限公司", "海燕航空有限公司"] {
        agreement(&g, &[group, airline]);
    }
    assert!(!has_edge(&g, "青鸟航空股份有限公司", "signed_with", "远山航空有限公司"));
    // 甲和乙出席签署仪式,并分别代表…签署: 甲 and 乙 signed.
    let a = agreement(&g, &[group, "云州省人民政府"]);
    assert!(has_edge(&g, "柳岩", "signed", &a) && has_edge(&g, "秦川", "signed", &a));
}

#[test]
fn a_group_under_its_older_form_signs_once_and_its_branch_with_each_of_a_list() {
    let g = build_unseen();
    let (district, group) = ("东岚区人民政府", "华信通信集团公司");
    // 集团公司 is a legal form: 华信通信集团 is the same body.
    assert!(node(&g, "华信通信集团").is_none());
    // One agreement, not another for 东岚区政府与华信通信相关部门负责人.
    assert_eq!(agreements_between(&g, &[district, group]).len(), 1);
    let a = agreement(&g, &[district, group]);
    assert!(has_edge(&g, "郑可", "signed", &a) && has_edge(&g, "韦德", "signed", &a));
    // 也与 a list of four: four agreements of two sides.
    let branch = "华信通信东岚分公司";
    for other in ["东岚区公安分局", "东岚区教育局", "东岚水务集团", "东岚区人民医院"] {
        agreement(&g, &[branch, other]);
    }
    assert!(!has_edge(&g, "东岚区公安分局", "signed_with", "东岚区教育局"));
}

#[test]
fn an_institute_written_short_is_our_institute_and_a_lecture_host_hosts_no_signing() {
    let g = build_unseen();
    let (institute, other) = ("光机所", "星河光电集团第三研究所");
    // 我所 is the institute named before its deputy head's title.
    let a = agreement(&g, &[institute, other]);
    assert!(has_edge(&g, &a, "hosted_by", "华立新"));
    assert!(has_edge(&g, "邵明", "signed", &a) && has_edge(&g, "费青", "signed", &a));
    // A party named without a suffix, with a chairman: a company.
    agreement(&g, &["中国远建", institute]);
    let kind = node(&g, "中国远建").and_then(|n| n["type"].as_str());
    assert_eq!(kind, Some("company"));
    // One who chairs a lecture hosts no signing.
    assert!(!has_edge(&g, &a, "hosted_by", "戚远"));
}

#[test]
fn a_head_joined_to_another_body_signs_for_his_own_on_the_day_of_the_visit() {
    let g = build_unseen();
    let a = agreement(&g, &["星科院", "青川县人民政府"]);
    assert!(has_edge(&g, "邬东阳", "signed", &a) && has_edge(&g, "邬东阳", "leads", "星科院"));
    // 座谈后，双方签订: the date of the visit the sentence before tells of.
    let date = node(&g, &a).and_then(|n| n["date"].as_str());
    assert_eq!(date, Some("--06-03"));
}

#[test]
fn a_wires_dateline_dates_the_text_and_a_day_alone_after_it_the_signing() {
    let g = build_unseen();
    let a = agreement(&g, &["海通银行临江市分行", "海通银行云岭省分行"]);
    let n = node(&g, &a).expect("the agreement");
    // 临江5月12日电 11日: the 11th, of the year the page's stamp gives.
    assert_eq!(n["date"].as_str(), Some("2023-05-11"));
    // 《甲—乙跨区域协同合作协议》: named by the words after the bodies.
    assert_eq!(n["title"].as_str(), Some("跨区域协同合作协议"));
    assert!(has_edge(&g, "骆川", "signed", &a) && has_edge(&g, "彭岚", "signed", &a));
}

#[test]
fn a_yearbooks_year_dates_its_paragraph_and_a_company_is_called_by_its_trade() {
    let g = build_unseen();
    let (district, company) = ("青禾区人民政府", "远达建工投资有限公司");
    let a = agreement(&g, &[district, company]);
    // 2021年，…。8月20日，…: the year stated alone.
    assert_eq!(node(&g, &a).and_then(|n| n["date"].as_str()), Some("2021-08-20"));
    // 投资公司 is the one company of that trade.
    assert!(has_edge(&g, "邝立", "leads", company) && has_edge(&g, "邝立", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "阎冬"));
    assert!(node(&g, "投资公司").is_none());
}

#[test]
fn a_list_of_speakers_signs_for_the_sides_and_an_office_after_jian_is_a_parts() {
    let g = build_unseen();
    let a = agreement(&g, &["临江市人民政府", "东岳证券交易所"]);
    // 甲副总经理仝瑞和，乙副市长殷放分别致辞，并代表双方签署: both signed.
    assert!(has_edge(&g, "仝瑞和", "signed", &a) && has_edge(&g, "殷放", "signed", &a));
    // 仝 is a surname of its own, not 同 folded from a traditional form.
    assert!(node(&g, "同瑞和").is_none());
    // 董事总经理兼华中业务发展主管: both offices of the exchange.
    assert!(has_edge(&g, "蒯立", "leads", "东岳证券交易所"));
    // 首次与内地政府签署…: the mainland's governments are no party.
    assert!(node(&g, "内地政府").is_none());
    let exchange = id_of(&g, "东岳证券交易所");
    let edges = g["edges"].as_array().into_iter().flatten();
    assert_eq!(edges.filter(|e| e["source"] == exchange.as_str() && e["relation"] == "party_to").count(), 1);
}

#[test]
fn a_county_written_again_and_again_is_ours_and_mojibake_breaks_a_clause() {
    let g = build_unseen();
    let a = agreement(&g, &["柘林县人民政府", "国网云溪供电公司"]);
    // 出席签约仪式??h委常委、副县长滕小川代表县政府…签订: those attending
    // before the mojibake signed nothing.
    assert!(has_edge(&g, "滕小川", "signed", &a));
    assert!(!has_edge(&g, "伍乐言", "signed", &a) && !has_edge(&g, "邰卫东", "signed", &a));
    assert!(has_edge(&g, "伍乐言", "leads", "柘林县人民政府"));
}

#[test]
fn our_school_is_the_one_not_named_for_a_former_office_and_a_pages_date_field_dates() {
    let g = build_unseen();
    // 甲大学原校长某 names 甲大学 only for who he was: 学校 and 我校 are the other.
    let a = agreement(&g, &["北疆中医药大学", "康和中医连锁集团"]);
    assert!(has_edge(&g, "柏文清", "leads", "北疆中医药大学") && has_edge(&g, "柏文清", "signed", &a));
    assert!(!has_edge(&g, "钟启明", "leads", "岭南中医药大学"));
    // 日期:[ 2023/06/12 ] on the dropped source line gives 6月9日 its year.
    assert_eq!(node(&g, &a).and_then(|n| n["date"].as_str()), Some("2023-06-09"));
    // 校长期望医院… is no hospital; 本站原创 no body.
    assert!(node(&g, "期望医院").is_none() && node(&g, "本站原创").is_none());
}

#[test]
fn a_part_named_after_its_parent_is_one_body_and_a_past_years_agreement_keeps_no_date() {
    let g = build_unseen();
    // 医学部 in the headline is 东岳大学医学部: one agreement, named in full.
    let a = agreement(&g, &["东岳大学医学部", "临江市卫生健康委员会"]);
    assert_eq!(node(&g, &a).and_then(|n| n["title"].as_str()), Some("深化医疗卫生领域合作协议书"));
    assert!(has_edge(&g, "贺知远", "leads", "东岳大学医学部"));
    assert!(node(&g, "医学部部分附属医院").is_none());
    // 2015年，甲与乙签署…: not of the ceremony's day.
    let past = agreement(&g, &["临江市人民政府", "东岳大学"]);
    assert!(node(&g, &past).is_some_and(|n| n.get("date").is_none_or(|d| d.is_null())));
    // 作为甲的第六家成员单位，乙…: a member.
    assert!(has_edge(&g, "临江市第二人民医院", "member_of", "东岳大学医学部医联体"));
}

#[test]
fn a_city_written_bare_a_group_before_its_legal_form_and_an_office_between_commas() {
    let g = build_unseen();
    // 盐城 signs as its government: its unit is written once (盐城市委书记)
    // and its head spoken of (市长葛春燕); 海州港务集团 is its company's name
    // before the legal form.
    let a = agreement(&g, &["盐城市人民政府", "海州港务集团有限公司"]);
    assert!(node(&g, "海州港务集团").is_none());
    assert!(has_edge(&g, "葛春燕", "leads", "盐城市人民政府"));
    // A party committee's office between commas goes on with the list of
    // those who signed.
    assert!(has_edge(&g, "房志刚", "signed", &a) && has_edge(&g, "闵晓东", "signed", &a));
    // 2019年|我市 is no place.
    assert!(node(&g, "年我市人民政府").is_none());
}

#[test]
fn titles_and_names_run_together_without_commas() {
    let g = build_unseen();
    // 市政府市长柏永安湖北省卫健委主任: the commission's name starts at its province.
    assert!(has_edge(&g, "阮文青", "leads", "湖北省卫生健康委员会"));
    assert!(has_edge(&g, "柏永安", "leads", "江城市人民政府"));
    let a = agreement(&g, &["安和保险集团", "江城大学附属协和医院"]);
    assert!(has_edge(&g, "聂海波", "signed", &a));
}

#[test]
fn the_sides_are_the_only_two_bodies_and_no_preposition_opens_a_name() {
    let g = build_unseen();
    // 双方共同签订了…协议, the sentence naming no body before it: the
    // document's only two bodies (到 before the firm's name is no part of it).
    let a = agreement(&g, &["江城理工学院政法学院", "江城明远律师事务所"]);
    assert!(a.contains("实习基地建设协议"), "{a}");
    assert!(node(&g, "到江城明远律师事务所").is_none());
    // 并由祁建华院长: 由 opens no name.
    assert!(node(&g, "由祁建华").is_none());
    assert!(has_edge(&g, "祁建华", "leads", "江城理工学院政法学院"));
}

#[test]
fn a_stock_company_written_short_is_the_company() {
    let g = build_unseen();
    // 瀚航股份公司 is 瀚海航空股份有限公司 (股份公司 for 股份有限公司, 航空 a
    // trade's word of its own), and 瀚航股份 before a title is it too.
    let a = agreement(&g, &["北方机场集团有限公司", "瀚海航空股份有限公司"]);
    assert!(has_edge(&g, "满建平", "signed", &a) && has_edge(&g, "仇宏亮", "signed", &a));
    assert!(has_edge(&g, "满建平", "leads", "瀚海航空股份有限公司"));
    assert!(has_edge(&g, "邬立新", "leads", "瀚海航空股份有限公司"));
    assert!(node(&g, "瀚航股份公司").is_none());
}

#[test]
fn a_carriers_group_is_its_bare_name_and_signers_act_where_the_clause_says() {
    let g = build_unseen();
    // 中國移動 is 中國移動通信集團公司 (通信 a trade's word before the legal
    // form); 分別代表…,在昆明簽署: those named before sign.
    let a = agreement(&g, &["中国移动通信集团公司", "云南省人民政府"]);
    assert!(has_edge(&g, "龚建民", "signed", &a) && has_edge(&g, "柴启林", "signed", &a));
    assert!(node(&g, "中国移动").is_none());
    // 輪值董事長 leads.
    assert!(has_edge(&g, "曹志远", "leads", "中国移动通信集团公司"));
}

#[test]
fn a_bare_units_company_is_the_one_named_after_a_parents_word() {
    let g = build_unseen();
    // 市电力公司 is 国网南通市电力公司.
    agreement(&g, &["国网南通市电力公司", "崇川区人民政府"]);
    assert!(has_edge(&g, "邵文斌", "leads", "国网南通市电力公司"));
    assert!(node(&g, "市电力公司").is_none());
    // 华为|软件技术有限公司: 软件 and 技术 are a trade's words, the name opens
    // at 华为; who witnessed the document signed, or reached a consensus, signed
    // nothing.
    let a = agreement(&g, &["华为软件技术有限公司", "崇川区人民政府"]);
    assert!(has_edge(&g, &a, "witnessed_by", "彭坤") && has_edge(&g, &a, "witnessed_by", "吕永华"));
    assert!(!has_edge(&g, "彭坤", "signed", &a));
    assert!(node(&g, "软件技术有限公司").is_none());
}

#[test]
fn a_journals_house_a_broadcaster_written_short_and_a_spam_line() {
    let g = build_unseen();
    let parties = ["淮北师范学院新闻学院", "《江淮传媒》杂志社", "淮北市广播电视台"];
    let a = agreement(&g, &parties);
    for n in ["蔡东林", "沈一鸣", "魏雪梅"] {
        assert!(has_edge(&g, n, "signed", &a), "{n} signed {a}");
    }
    // 淮北广电台 is 淮北市广播电视台; 整合学院 is no body.
    assert!(has_edge(&g, "魏雪梅", "serves_at", "淮北市广播电视台"));
    assert!(node(&g, "淮北广电台").is_none() && node(&g, "整合学院").is_none());
    assert!(node(&g, "永安集团").is_none());
}

#[test]
fn a_subdistricts_chamber_and_office_and_a_list_on_the_other_side() {
    let g = build_unseen();
    let ours = "芜湖市镜湖区赭山街道商会";
    // 在会议室举行与乙…签约仪式: the host signs with 乙.
    agreement(&g, &[ours, "芜湖市温州商会"]);
    // 街道商会会长宋志远与甲商会、乙商会签订: the three.
    let a = agreement(&g, &[ours, "芜湖市温州商会", "芜湖市台州商会"]);
    assert!(has_edge(&g, "宋志远", "signed", &a));
    assert!(has_edge(&g, "宋志远", "leads", ours));
    assert!(node(&g, "街道商会").is_none());
    // The subdistrict's office is a government; 党工委书记 leads it.
    assert!(has_edge(&g, "汪立群", "leads", "赭山街道办事处"));
    assert!(has_edge(&g, "吴春华", "leads", "赭山街道办事处"));
    assert!(node(&g, "好镜湖区赭山街道商会").is_none());
}

#[test]
fn bodies_under_groups_sign_and_a_national_groups_short_form() {
    let g = build_unseen();
    // 甲旗下乙与丙旗下丁: 乙 and 丁 sign, each part of its group.
    let a = agreement(&g, &["滇南临空产业有限公司", "海东航空股份有限公司"]);
    assert!(has_edge(&g, "冯启明", "signed", &a) && has_edge(&g, "易嘉禾", "signed", &a));
    assert!(has_edge(&g, "滇南临空产业有限公司", "part_of", "滇南机场集团"));
    assert!(has_edge(&g, "海东航空股份有限公司", "part_of", "海东控股集团"));
    assert!(agreements_between(&g, &["滇南临空产业有限公司", "海东控股集团"]).is_empty());
    // 中港集团 is 中国港湾建设集团有限公司; the vice mayor after its chairman
    // holds no office there.
    assert!(has_edge(&g, "邵文涛", "leads", "中国港湾建设集团有限公司"));
    assert!(node(&g, "中港集团").is_none());
    assert!(!has_edge(&g, "鲁向东", "serves_at", "中国港湾建设集团有限公司"));
}

#[test]
fn an_ordinals_short_form_a_second_clause_and_those_who_met_then_signed() {
    let g = build_unseen();
    // 二重集团 is 中国第二重型机械集团公司 (第 dropped).
    let a = agreement(&g, &["德阳市人民政府", "中国第二重型机械集团公司"]);
    assert!(node(&g, "二重集团").is_none());
    // 市长甲会见乙一行，并共同签约: both signed.
    assert!(has_edge(&g, "邱明远", "signed", &a) && has_edge(&g, "陶景川", "signed", &a));
    // 二重集团还与丙签署《…》: its own agreement.
    let b = agreement(&g, &["中国第二重型机械集团公司", "德阳市交通投资有限公司"]);
    let found = agreements_between(&g, &["中国第二重型机械集团公司", "德阳市交通投资有限公司"]);
    assert_eq!(found[0]["title"], "装备物流合作协议", "{b}");
}

#[test]
fn a_countersigned_memorandum_signings_with_each_and_delegations_attending() {
    let g = build_unseen();
    // 证签 is witnessing; the memorandum's title loses the bodies' names.
    let a = agreement(&g, &["北川能源集团有限公司", "青峰市人民政府"]);
    let found = agreements_between(&g, &["北川能源集团有限公司", "青峰市人民政府"]);
    assert_eq!(found[0]["title"], "合作备忘录");
    for n in ["黎安平", "严守诚"] {
        assert!(has_edge(&g, &a, "witnessed_by", n) && !has_edge(&g, n, "signed", &a), "{n}");
    }
    // 甲还分别与乙、丙: 甲 with each; 柳溪区分别与…: the district's government.
    for other in ["青峰港务集团", "青峰水务集团"] {
        agreement(&g, &["北川能源集团有限公司", other]);
        agreement(&g, &["柳溪区人民政府", other]);
    }
    // Delegations attending signed nothing with each other; the headlines after
    // 新闻推荐 are no part of the announcement.
    assert!(agreements_between(&g, &["青峰港务集团", "青峰水务集团"]).is_empty());
    assert!(node(&g, "南湖能源有限公司").is_none());
}

#[test]
fn an_academys_branch_a_recalled_meeting_and_an_empty_time_field() {
    let g = build_unseen();
    // 中国科学院岭西分院 is one body, 岭西分院 its short form, before 与 and a
    // city no place list holds; 战略合作签署仪式 is a signing.
    let a = agreement(&g, &["中国科学院岭西分院", "临江市人民政府"]);
    assert!(node(&g, "岭西分院").is_none() && node(&g, "中国科学院").is_none());
    assert!(has_edge(&g, "贺明远", "leads", "中国科学院岭西分院"));
    assert!(has_edge(&g, "蒋文博", "signed", &a) && has_edge(&g, "周晓岚", "signed", &a));
    // Neither 1970-01-01 (an empty time field) nor the meeting recalled
    // (2024年3月8日会谈时达成的共识) dates it.
    let found = agreements_between(&g, &["中国科学院岭西分院", "临江市人民政府"]);
    assert_eq!(found[0]["date"], "--11-06");
}

#[test]
fn a_museum_and_a_press_speaking_of_themselves_and_a_name_written_by_sound() {
    let g = build_unseen();
    // 副馆长(主持工作)某出席…，并与乙签署: his museum signed; 我馆 is it too.
    let found = agreements_between(&g, &["南洋侨乡博物馆", "江城联合大学"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["title"], "馆校合作协议");
    // 联合大学 is a university's name; a forum's host hosts no signing.
    assert!(!has_edge(&g, &agreement(&g, &["南洋侨乡博物馆", "江城联合大学"]), "hosted_by", "闵嘉树"));
    // 我社 is the press; 罗德里克•韦恩 and 罗德里克・韦恩 are one group.
    agreement(&g, &["江城大学出版社", "罗德里克·韦恩出版集团"]);
    assert!(has_edge(&g, "黎思雅", "serves_at", "罗德里克·韦恩出版集团"));
}

#[test]
fn a_list_its_signers_stood_for_each_with_the_college() {
    let g = build_unseen();
    // 分别代表甲、乙,与学院签订: each with the college, not with each other.
    for company in ["桐原宏业置业集团", "顺捷物流集团", "东润联合集团"] {
        agreement(&g, &[company, "桐原市技师学院"]);
    }
    assert!(agreements_between(&g, &["桐原宏业置业集团", "顺捷物流集团"]).is_empty());
    // 优秀大学生 are students, no university.
    assert!(node(&g, "优秀大学").is_none());
}

#[test]
fn a_donation_signed_for_a_foundation_beside_the_donors_other_signing() {
    let g = build_unseen();
    // 某代表基金会与罗振邦董事长签署2000万元捐赠协议: the foundation and the
    // donor's company, beside the company's agreement with a school; both
    // dated by the ceremony, the sum no part of the title.
    let donation = agreements_between(&g, &["南岭大学教育发展基金会", "恒远置业集团有限公司"]);
    assert_eq!(donation.len(), 1, "{donation:?}");
    assert_eq!((donation[0]["title"].as_str(), donation[0]["date"].as_str()), (Some("捐赠协议"), Some("--05-16")));
    let a = agreement(&g, &["南岭大学教育发展基金会", "恒远置业集团有限公司"]);
    assert!(has_edge(&g, "潘文涛", "signed", &a) && has_edge(&g, "罗振邦", "signed", &a));
    let school = agreements_between(&g, &["南岭大学土木与建筑学院", "恒远置业集团有限公司"]);
    assert_eq!(school[0]["date"], "--05-16");
    // 校教育发展基金会 is the foundation, not a second one; 领导班子成员 names no one.
    assert!(node(&g, "校教育发展基金会").is_none());
    assert!(has_edge(&g, "韩晓雯", "serves_at", "南岭大学教育发展基金会"));
    assert!(node(&g, "班子").is_none());
}

#[test]
fn an_institutes_head_named_before_his_office_signs_for_it() {
    let g = build_unseen();
    // 我所 is the institute of the copyright line; 邱明远所长 heads it and signs.
    let a = agreement(&g, &["南方稻作研究所", "溪源县人民政府"]);
    assert!(has_edge(&g, "邱明远", "leads", "南方稻作研究所"));
    assert!(has_edge(&g, "邱明远", "signed", &a) && has_edge(&g, "胡立新", "signed", &a));
}

#[test]
fn one_who_met_the_other_witnessed_with_him_and_a_city_without_its_unit() {
    let g = build_unseen();
    // 甲在省气象局会见乙…，并共同见证…: both witnessed.
    let a = agreement(&g, &["岭南省气象局", "青川市人民政府"]);
    assert!(has_edge(&g, &a, "witnessed_by", "叶承志") && has_edge(&g, &a, "witnessed_by", "梁启华"));
    // 青川副市长卢振东: the city's deputy mayor, 青川 no person.
    assert!(has_edge(&g, "卢振东", "serves_at", "青川市人民政府"));
    assert!(has_edge(&g, "卢振东", "signed", &a) && node(&g, "青川").is_none());
    // 气象 is no short form of the bureau.
    assert!(node(&g, "岭南省气象局").is_some_and(|n| !n["aliases"].to_string().contains("\"气象\"")));
}

#[test]
fn a_province_named_bare_as_a_party_under_a_portals_tag() {
    let g = build_unseen();
    // 周明哲|甘肃与华邮集团…: the tag before the bar signs nothing; 甘肃 as a
    // party and written bare again is the province 省政府 stands for.
    let a = agreement(&g, &["华邮集团有限公司", "甘肃省人民政府"]);
    assert!(!has_edge(&g, "周明哲", "signed", &a));
    assert!(has_edge(&g, "程远航", "signed", &a) && has_edge(&g, "苏晓岚", "signed", &a));
    assert!(has_edge(&g, "韩立川", "leads", "甘肃省人民政府"));
    // The year is the source line's, its author's name written against it.
    let found = agreements_between(&g, &["华邮集团有限公司", "甘肃省人民政府"]);
    assert_eq!(found[0]["date"], "2025-03-10");
}

#[test]
fn a_reporters_byline_and_a_bodys_general_office_name_no_body() {
    let g = build_unseen();
    // 记者罗晓岚九江市人民政府与…: the reporter's name is no part of the body's.
    let a = agreement(&g, &["九江市人民政府", "中国科学技术协会"]);
    assert!(node(&g, "记者罗晓岚九江市人民政府").is_none());
    // 办公厅主任贺兰芝: the association's office, no body of its own.
    assert!(node(&g, "办公厅").is_none());
    assert!(has_edge(&g, "贺兰芝", "serves_at", "中国科学技术协会") && has_edge(&g, "贺兰芝", "signed", &a));
    // 怀 is a surname.
    assert!(has_edge(&g, "怀振宇", "leads", "中国科学技术协会"));
}

#[test]
fn periodicals_and_their_houses_reach_an_agreement_named_after_a_slogan() {
    let g = build_unseen();
    // 与《晨风报》社、《远山》杂志社、《诗潮》社…达成“…”合作协议: each house
    // with the publisher, 《晨风报》社 the paper itself; the year from 时间:.
    for periodical in ["晨风报", "《远山》杂志社", "诗潮"] {
        let found = agreements_between(&g, &["北辰出版社有限公司", periodical]);
        assert_eq!(found.len(), 1, "{periodical}: {found:?}");
        assert_eq!(found[0]["date"], "2024-06-18");
    }
    assert!(node(&g, "《晨风报》社").is_none());
    assert!(has_edge(&g, "夏明川", "leads", "晨风报"));
}

#[test]
fn a_provinces_supply_cooperative_named_bare_beside_a_national_groups_branch() {
    let g = build_unseen();
    // 省供销社 is the supply cooperative of the province the postal group's
    // branch names (中国邮政集团江西省分公司); its board's chair heads it.
    let a = agreement(&g, &["中国邮政集团江西省分公司", "江西省供销合作社"]);
    assert!(has_edge(&g, "易文涛", "leads", "江西省供销合作社"));
    assert!(has_edge(&g, "聂秋平", "signed", &a) && has_edge(&g, "邹一鸣", "signed", &a));
    // 赣农农资、绿野公司与…: the name listed before a company's is a company.
    let found = agreements_between(&g, &["赣农农资", "绿野公司", "江西供销冷链物流有限公司"]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_citys_union_federation_written_short_and_a_companys_union() {
    let g = build_unseen();
    // 丹東市總 is 丹东市总工会; the shipping group's union is named by the
    // company, 华远航运工会 its short form; one agreement, both signers.
    let a = agreement(&g, &["丹东市总工会", "华远航运(集团)总公司工会"]);
    assert_eq!(agreements_between(&g, &["丹东市总工会", "华远航运(集团)总公司工会"]).len(), 1);
    assert!(node(&g, "丹东市总").is_none());
    assert!(node(&g, "丹东市总工会").is_some_and(|n| n["aliases"].to_string().contains("\"丹東市總\"")));
    assert!(has_edge(&g, "魏长河", "leads", "华远航运(集团)总公司工会") && has_edge(&g, "魏长河", "signed", &a));
    // 遼寧省臺辦 is the province's Taiwan affairs office.
    assert!(has_edge(&g, "冯晓", "serves_at", "辽宁省台湾事务办公室"));
}

#[test]
fn a_universitys_ceremony_with_a_city_and_a_county_is_an_agreement_with_each() {
    let g = build_unseen();
    // 甲与乙、丙…签约仪式举行, then 甲分别与乙、丙签署…: two agreements, no
    // third of all three.
    assert!(agreements_between(&g, &["湘楚中医药大学", "怀化市人民政府", "麻阳苗族自治县人民政府"]).is_empty());
    for side in ["怀化市人民政府", "麻阳苗族自治县人民政府"] {
        let found = agreements_between(&g, &["湘楚中医药大学", side]);
        assert_eq!(found.len(), 1, "{side}: {found:?}");
        assert_eq!(found[0]["date"], "2024-11-05");
    }
    // The caption run into the text hides no signing: the mayor hosted.
    let a = agreement(&g, &["湘楚中医药大学", "怀化市人民政府"]);
    assert!(has_edge(&g, &a, "hosted_by", "田秋实"));
}

#[test]
fn youth_league_committees_however_written() {
    let g = build_unseen();
    // 共青團綿陽市委, 綿陽團市委: one body; 團江油市委書記 heads the other.
    let a = agreement(&g, &["共青团绵阳市委", "共青团江油市委"]);
    assert!(node(&g, "共青团绵阳市委").is_some_and(|n| n["aliases"].to_string().contains("\"綿陽團市委\"")));
    assert!(has_edge(&g, "唐小禾", "leads", "共青团江油市委"));
    assert!(!a.is_empty());
    // A school's committee and a subdistrict's, named short without its places.
    let b = agreement(&g, &["西南工程学院机械学院团委", "绵阳市涪城区城厢街道团工委"]);
    assert!(has_edge(&g, "罗佳", "leads", "绵阳市涪城区城厢街道团工委") && has_edge(&g, "罗佳", "signed", &b));
}

#[test]
fn a_womens_federation_whose_chair_leads_others_out_signs_alone() {
    let g = build_unseen();
    // 主席陈晓燕率区妇联机关干部、区女企业家协会…等相关负责人,赴…,并与遂宁市妇联
    // 签订…: the chair's federation signs; those she brings along do not.
    let a = agreement(&g, &["璧山区妇女联合会", "遂宁市妇女联合会"]);
    assert!(!a.is_empty());
    assert!(has_edge(&g, "陈晓燕", "leads", "璧山区妇女联合会"));
    for along in ["璧山区女企业家协会", "璧山区家庭教育促进会"] {
        let signs = node(&g, along).is_some() && !agreements_between(&g, &[along, "遂宁市妇女联合会"]).is_empty();
        assert!(!signs, "{along}");
    }
    // 校地妇联合作 is a school's and a place's federations working together,
    // no body called 校地妇联.
    assert!(node(&g, "校地妇女联合会").is_none());
}

#[test]
fn hong_kong_and_macao_womens_associations_sign_with_a_provinces_federation() {
    let g = build_unseen();
    // 聯合協進會, 代表聯誼會, 聯會, 聯合總會: each a body, each signing with
    // 廣東省婦聯.
    for side in ["香港新界妇女联合协进会", "港区人大代表联谊会", "九龙西妇女联会", "澳门街坊妇女联合总会"]
    {
        assert_eq!(agreements_between(&g, &["广东省妇女联合会", side]).len(), 1, "{side}");
    }
    assert!(has_edge(&g, "梁惠玲", "leads", "澳门街坊妇女联合总会"));
    // 婦女 (women) between the place and the kind is no short form of the body.
    let fed = node(&g, "广东省妇女联合会").expect("the province's federation");
    assert!(!fed["aliases"].to_string().contains("\"妇女\""), "{}", fed["aliases"]);
}

#[test]
fn a_centre_for_disease_control_written_short_is_the_one_named_in_full() {
    let g = build_unseen();
    // 省疾控中心 in the text is 江西省疾病预防控制中心 of the headline.
    let a = agreement(&g, &["江西省疾病预防控制中心", "南昌理工大学"]);
    assert!(node(&g, "江西省疾控中心").is_none());
    assert!(has_edge(&g, "刘振东", "leads", "江西省疾病预防控制中心") && has_edge(&g, "刘振东", "signed", &a));
    assert!(has_edge(&g, &a, "hosted_by", "陈悦"));
    assert!(has_edge(&g, "黄立群", "leads", "江西省疾病预防控制局"));
}

#[test]
fn a_development_zone_led_out_to_another_signs_with_the_one_it_visits() {
    let g = build_unseen();
    // 甲开发区主任孙立波率队赴乙高新区管委会…,并签署…协议: no 与, yet two sides.
    let a = agreement(&g, &["聊城经济技术开发区", "天津滨海高新区管理委员会"]);
    assert!(!a.is_empty());
    assert!(has_edge(&g, "孙立波", "leads", "聊城经济技术开发区"));
}

#[test]
fn a_bare_citys_government_is_the_city_its_zone_is_named_after() {
    let g = build_unseen();
    // 市政府 beside 芜湖经开区 is 芜湖市人民政府; its vice-mayor serves there.
    agreement(&g, &["芜湖市人民政府", "华东临江集团"]);
    agreement(&g, &["芜湖经开区", "临江控股股份有限公司"]);
    assert!(has_edge(&g, "周强", "serves_at", "芜湖市人民政府"));
}

#[test]
fn a_bare_countys_federation_after_a_countys_committee_is_that_countys() {
    let g = build_unseen();
    // 鎮安縣委統戰部副部長、縣工商聯黨組書記馮啟明: 縣工商聯 is 鎮安's, though the
    // text names two counties' federations; each secretary signs for his own.
    let a = agreement(&g, &["镇安县工商业联合会", "叙永县工商业联合会"]);
    assert!(has_edge(&g, "冯启明", "leads", "镇安县工商业联合会") && has_edge(&g, "冯启明", "signed", &a));
    assert!(has_edge(&g, "罗晓东", "leads", "叙永县工商业联合会") && has_edge(&g, "罗晓东", "signed", &a));
    // 兩地工商聯: 商聯 is the end of a kind word, no short form of either.
    for county in ["镇安县工商业联合会", "叙永县工商业联合会"] {
        let n = node(&g, county).expect("the county's federation");
        assert!(!n["aliases"].to_string().contains("\"商联\""), "{}", n["aliases"]);
    }
}

#[test]
fn a_places_party_committee_is_a_body_its_offices_are_held_at() {
    let g = build_unseen();
    // 中共江南省委常委、临川市委书记杜文海: a member of the province's committee,
    // the head of the city's.
    assert!(has_edge(&g, "杜文海", "leads", "中共临川市委员会"));
    assert!(has_edge(&g, "杜文海", "serves_at", "中共江南省委员会"));
    // A bare 市委 is the document's one city's; its offices sit beside the
    // government's (市委副书记、市长沈清源).
    assert!(has_edge(&g, "沈清源", "serves_at", "中共临川市委员会"));
    assert!(has_edge(&g, "沈清源", "leads", "临川市人民政府"));
    assert!(has_edge(&g, "许立言", "serves_at", "中共临川市委员会"));
    assert!(has_edge(&g, "彭远", "serves_at", "中共临川市委员会"));
    // A county's committee named by its department's office.
    assert!(has_edge(&g, "高翔", "serves_at", "中共安平县委员会"));
    // 代表市委、市政府向协议的顺利签署表示祝贺: the two sign nothing.
    assert!(agreements_between(&g, &["中共临川市委员会", "临川市人民政府"]).is_empty());
    agreement(&g, &["临川市人民政府", "华源银行股份有限公司"]);
}

#[test]
fn bank_of_china_and_universities_written_short() {
    let g = build_unseen();
    // 中国银行 is a body though 中国 is a generic word; 湖东师大 is a university.
    let a = agreement(&g, &["湖东师大", "中国银行"]);
    assert!(has_edge(&g, "严可", "signed", &a));
    assert_eq!(node(&g, "湖东师大").expect("the university")["type"], "university");
    assert!(has_edge(&g, "马立群", "leads", "中国银行湖东省分行"));
    // 中国科大 is 中国科学技术大学, named in full.
    let a = agreement(&g, &["中国科学技术大学", "中国银行湖东省分行"]);
    assert!(has_edge(&g, "钟岳", "signed", &a));
    // 建设 (推动学校发展建设) is no short form of any bank.
    for n in g["nodes"].as_array().unwrap() {
        assert!(!n["aliases"].to_string().contains("\"建设\""), "{}", n["label"]);
    }
}

#[test]
fn missions_abroad_and_their_officers() {
    let g = build_unseen();
    // 中国驻波尔图总领馆副总领事贺明; 中国驻波尔图|总领事顾立新 (the consulate the
    // document names, written without its last word before his office).
    assert!(has_edge(&g, "贺明", "serves_at", "中国驻波尔图总领事馆"));
    assert!(has_edge(&g, "顾立新", "leads", "中国驻波尔图总领事馆"));
    assert_eq!(node(&g, "中国驻里斯本大使馆").expect("the embassy")["type"], "government");
    assert!(has_edge(&g, "林国华", "leads", "中国驻里斯本大使馆"));
    agreement(&g, &["青川市人民政府", "葡萄牙波尔图区人民政府"]);
}

#[test]
fn schools_are_bodies_of_a_universitys_kind() {
    let g = build_unseen();
    // 中学 and 小学 end names: a county's high school signs with a university,
    // and so does a city's primary school named only in the clause's signing.
    let a = agreement(&g, &["江北大学", "清河县第一中学"]);
    assert!(has_edge(&g, "田思远", "signed", &a) && has_edge(&g, "田思远", "leads", "清河县第一中学"));
    assert_eq!(node(&g, "清河县第一中学").expect("the school")["type"], "university");
    agreement(&g, &["江北大学", "临湖市实验小学"]);
    // 《关于同意清河县第一中学为…的通知》: 同意 opens no name.
    let labels = g["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str());
    assert!(labels.filter(|l| l.starts_with("同意")).count() == 0);
}

#[test]
fn advisers_hold_office_and_a_foreign_adviser_signs() {
    let g = build_unseen();
    // 总顾问 and 高级顾问 are offices: the foreign adviser named with a dot
    // signs for his society.
    let a = agreement(&g, &["北岭省红十字会", "枫叶国红十字会"]);
    assert!(has_edge(&g, "约翰·卡特", "serves_at", "枫叶国红十字会"));
    assert!(has_edge(&g, "约翰·卡特", "signed", &a) && has_edge(&g, "孔德明", "signed", &a));
    assert!(has_edge(&g, "玛丽·琼斯", "serves_at", "枫叶国红十字会"));
}

#[test]
fn those_named_as_signing_for_the_sides_sign_not_the_delegation_that_came() {
    let g = build_unseen();
    // 来 of the delegation coming opens no name (来|东湖财经学院).
    assert!(node(&g, "来东湖财经学院").is_none());
    let a = agreement(&g, &["南湖区税务局", "东湖财经学院"]);
    assert_eq!(node(&g, &a).unwrap()["date"], "--07-09");
    // 邵雨晴、季长风代表校税双方签订: they signed; the bureau's head, who
    // came with her delegation 并签订, did not.
    assert!(has_edge(&g, "邵雨晴", "signed", &a) && has_edge(&g, "季长风", "signed", &a));
    assert!(!has_edge(&g, "钟秀兰", "signed", &a));
    // 甲代表学院，乙代表南湖区税务局共同签署: both sign, each clause saying whom
    // its name stands for.
    assert!(has_edge(&g, "甘如玉", "signed", &a) && has_edge(&g, "鲍建国", "signed", &a));
}

#[test]
fn a_citys_government_after_its_province_and_its_commissions_written_short() {
    let g = build_unseen();
    // 江西省上饶市人民政府 is 上饶市人民政府.
    agreement(&g, &["上饶市人民政府", "海川智能科技股份有限公司"]);
    assert!(node(&g, "江西省上饶市人民政府").is_none());
    assert!(has_edge(&g, "冯志远", "leads", "上饶市人民政府"));
    // A bare commission (市发改委, 市商务委, 市教委, 市经信委) is the city's,
    // one beside another.
    for (person, rel, body) in [
        ("鲁文斌", "leads", "上饶市发展和改革委员会"),
        ("顾晓燕", "serves_at", "上饶市商务委员会"),
        ("韦立群", "leads", "上饶市教育委员会"),
        ("单俊杰", "leads", "上饶市经济和信息化委员会"),
    ] {
        assert!(has_edge(&g, person, rel, body), "{person} {body}");
    }
    assert!(has_edge(&g, "沈墨林", "serves_at", "海川智能科技股份有限公司"));
    // 上饶市|长安镇党委书记: no mayor 安镇.
    assert!(node(&g, "安镇").is_none());
}

#[test]
fn writers_associations_written_short_and_a_signing_put_after_jinxing() {
    let g = build_unseen();
    // 作协 ends names and is 作家协会 in full, named alone (北川市作协主席).
    assert!(has_edge(&g, "范小舟", "leads", "北川市作家协会"));
    // 中国作协 is 中国作家协会, though 中国 is a generic word; and 作协 alone
    // ends no name (合作协议 holds it).
    assert!(has_edge(&g, "韩青", "serves_at", "中国作家协会"));
    let labels: Vec<&str> = g["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str()).collect();
    assert!(!labels.iter().any(|l| l.contains("合作家协会")), "{labels:?}");
    // 甲、乙进行了文学交流合作协议签字: 进行 ends a name, and the two signed.
    let a = agreement(&g, &["江东省作家协会", "西岭省文学艺术界联合会"]);
    assert_eq!(node(&g, &a).unwrap()["title"], "文学交流合作协议");
    assert!(has_edge(&g, "柯岚", "signed", &a) && has_edge(&g, "沙静怡", "signed", &a));
    assert!(has_edge(&g, "柯岚", "serves_at", "江东省作家协会"));
}

#[test]
fn a_memorandum_signed_after_talks_keeps_its_quoted_title_and_the_talks_chair_hosts_nothing() {
    let g = build_unseen();
    let a = agreement(&g, &["南港海关", "东湾海关"]);
    // A word quoted inside the title is the title's.
    assert_eq!(node(&g, &a).unwrap()["title"], "陆路口岸「一站式」通关协作备忘录");
    assert!(has_edge(&g, "陆承志", "signed", &a) && has_edge(&g, "谢明远", "signed", &a));
    assert!(has_edge(&g, &a, "witnessed_by", "祁文涛"));
    // 陆承志 chaired the talks the signing came after (会后): no host; nor
    // is the guest he welcomed one.
    for who in ["陆承志", "祁文涛"] {
        assert!(!has_edge(&g, &a, "hosted_by", who), "{who}");
    }
    // 欢迎 bounds the name before the body known by its bare name.
    assert!(has_edge(&g, "祁文涛", "serves_at", "海关总署"));
}

#[test]
fn our_school_is_the_one_college_it_does_not_sign_with_and_our_embassy_is_chinas() {
    let g = build_unseen();
    let a = agreement(&g, &["临川外国语学院", "加纳海岸国立大学"]);
    assert!(has_edge(&g, "程立言", "signed", &a) && has_edge(&g, "阿莫·门萨", "signed", &a));
    assert!(has_edge(&g, "付振声", "leads", "中国驻加纳大使馆"));
    assert!(node(&g, "我驻加纳大使馆").is_none());
    // 合作建设 ends the name before it; a Confucius Institute alone is none.
    let labels: Vec<&str> = g["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str()).collect();
    assert!(!labels.iter().any(|l| l.contains("孔子学院")), "{labels:?}");
}

#[test]
fn a_bare_districts_union_is_the_district_named_just_before_it() {
    let g = build_unseen();
    // 天河区人大常委会副主任，区总工会主席: 天河区's, though 海珠区 is named too.
    assert!(has_edge(&g, "黄伟明", "leads", "天河区总工会"));
    assert!(has_edge(&g, "林晓东", "leads", "海珠区总工会"));
    assert!(node(&g, "区总工会").is_none());
}

#[test]
fn science_museums_sign_after_the_words_of_the_meeting() {
    let g = build_unseen();
    // 座谈会上 opens no name; 科学技术馆 ends one.
    let a = agreement(&g, &["南川省科技馆", "北岭省科学技术馆"]);
    assert!(has_edge(&g, "邹明远", "signed", &a) && has_edge(&g, "甘立新", "signed", &a));
    assert!(has_edge(&g, "甘立新", "leads", "北岭省科学技术馆"));
    assert!(node(&g, "会上南川省科技馆").is_none());
}

#[test]
fn a_zone_named_after_a_city_whose_last_char_opens_a_title() {
    let g = build_unseen();
    // 烟|台长|岛: no director's title inside the city's name.
    let a = agreement(&g, &["北海文化旅游发展集团", "烟台长岛海洋生态文明综合试验区"]);
    assert!(has_edge(&g, &a, "witnessed_by", "石秀兰"));
}

#[test]
fn the_language_office_signs_a_supplement_with_two_universities() {
    let g = build_unseen();
    let a = agreement(&g, &["国家汉办", "东川大学", "北港州立大学"]);
    assert_eq!(node(&g, &a).unwrap()["title"], "补充协议");
    assert!(has_edge(&g, "严雅琴", "serves_at", "国家汉办"));
    assert!(has_edge(&g, "严雅琴", "signed", &a));
}

#[test]
fn a_chambers_head_after_its_boards_term_and_a_signer_whose_body_comes_before_a_comma() {
    let g = build_unseen();
    // 甲商会第五届理事会会长: the chamber's head, no director's title inside.
    assert!(has_edge(&g, "方志刚", "leads", "上海市江城商会"));
    // 某某代表甲,与乙签署: the comma before the connector breaks no chain.
    let a = agreement(&g, &["上海湖州商会", "上海市江城商会"]);
    assert!(has_edge(&g, "袁立新", "signed", &a));
}

#[test]
fn emoji_strewn_through_the_text_hide_no_name() {
    let g = build_unseen();
    // 紀委書記龐立新😊, 副行長蘇婉寧*️⃣: the emoji go, the offices stay.
    assert!(has_edge(&g, "庞立新", "serves_at", "中国农业银行南川市分行"));
    assert!(has_edge(&g, "苏婉宁", "serves_at", "中国农业银行南川市分行"));
    let a = agreement(&g, &["东岭理工大学", "中国农业银行南川市分行"]);
    assert!(has_edge(&g, "苏婉宁", "signed", &a) && has_edge(&g, "邹怀远", "signed", &a));
}

#[test]
fn a_police_units_officers_after_its_word_for_its_leaders() {
    let g = build_unseen();
    // 第三支队首长韩振国政委、柏志强副支队长: the unit's officers.
    assert!(has_edge(&g, "韩振国", "serves_at", "东海公安边防总队第三支队"));
    assert!(has_edge(&g, "柏志强", "serves_at", "东海公安边防总队第三支队"));
    let a = agreement(&g, &["东海公安边防总队第三支队", "临江大学"]);
    assert!(has_edge(&g, "柏志强", "signed", &a) && has_edge(&g, "连雪梅", "signed", &a));
    // 有赖于支队: a verb, no unit's name.
    assert!(node(&g, "赖于支队").is_none());
}

#[test]
fn the_university_named_only_by_its_school_is_the_speaker_not_the_college_it_co_builds() {
    let g = build_unseen();
    // 我校 is 北滨师范大学 (named only in 北滨师范大学马克思主义学院), not 滨州
    // 双拥学院, which the two build; 签约揭牌仪式 is a signing.
    let a = agreement(&g, &["北滨师范大学", "滨州市退役军人事务局"]);
    assert!(has_edge(&g, &a, "hosted_by", "骆文华"));
    assert!(has_edge(&g, "田启明", "leads", "北滨师范大学"));
    assert!(has_edge(&g, "郑国栋", "serves_at", "滨州市军分区"));
}

#[test]
fn a_university_calling_itself_a_research_university_is_still_we() {
    let g = build_unseen();
    // 我校作为高水平研究型大学: a description, no second university.
    let a = agreement(&g, &["南岭大学", "江西省气象局"]);
    assert!(has_edge(&g, "甘立诚", "signed", &a) && has_edge(&g, "钟晨阳", "signed", &a));
    assert!(has_edge(&g, "罗振宇", "serves_at", "南岭大学"));
    assert!(node(&g, "高水平研究型大学").is_none());
    // 与…局长陈振邦会面: the name ends before 会面.
    assert!(has_edge(&g, "陈振邦", "leads", "中国气象局"));
}

#[test]
fn officers_named_before_their_titles_in_a_list_of_the_same_body() {
    let g = build_unseen();
    // 曹远航校长、谢丽君副校长: both the one university's.
    assert!(has_edge(&g, "曹远航", "leads", "西岭交通大学"));
    assert!(has_edge(&g, "谢丽君", "serves_at", "西岭交通大学"));
    // 创新就业服务中心: 就业 is the centre's field, 就 bounds no name there.
    assert!(has_edge(&g, "方子健", "leads", "大学生创新就业服务中心"));
}

#[test]
fn a_fire_brigade_and_its_captain() {
    let g = build_unseen();
    let a = agreement(&g, &["临海市临港机场管理有限公司", "临海消防救援支队"]);
    assert!(node(&g, &a).is_some());
    // 队长 is a title; 丘 a surname; 报告厅 a room, no body.
    assert!(has_edge(&g, "苗青", "leads", "临海消防救援支队"));
    assert!(has_edge(&g, "丘立民", "leads", "临海市临港机场管理有限公司"));
    assert!(node(&g, "临港公司报告厅").is_none());
}

#[test]
fn a_corps_division_opens_its_citys_bureau() {
    let g = build_unseen();
    // 第七师胡杨河市应急管理局: the division's number opens the name.
    agreement(&g, &["第七师胡杨河市应急管理局", "塔城地区消防救援支队"]);
    assert!(has_edge(&g, "姜涛", "leads", "塔城地区消防救援支队"));
}

#[test]
fn an_exchange_and_cooperation_centre_keeps_its_and() {
    let g = build_unseen();
    // 国际交流与合作中心: 与 inside the centre's field bounds no name.
    let a = agreement(&g, &["中国妇女发展基金会", "国家卫生健康委国际交流与合作中心"]);
    assert!(has_edge(&g, &a, "hosted_by", "华文彬"));
    assert!(has_edge(&g, "庞永刚", "leads", "国家卫生健康委国际交流与合作中心"));
}

#[test]
fn a_groups_subsidiary_signing_with_another_body_leaves_that_body_out_of_the_group() {
    let g = build_unseen();
    // 甲旗下乙与丙签署: 乙 is 甲's, 丙 is not.
    assert!(has_edge(&g, "云岭体育中心", "part_of", "东川省体育产业集团"));
    assert!(!has_edge(&g, "东川省篮球协会", "part_of", "东川省体育产业集团"));
    // The association's secretary signed with the group's officer, not the subsidiary's document.
    let first = agreement(&g, &["东川省体育产业集团", "东川省篮球协会"]);
    let second = agreement(&g, &["云岭体育中心", "东川省篮球协会"]);
    assert!(has_edge(&g, "霍文涛", "signed", &first) && has_edge(&g, "詹美玲", "signed", &first));
    assert!(!has_edge(&g, "霍文涛", "signed", &second));
}

#[test]
fn a_bare_school_beside_the_one_university_is_its_school() {
    let g = build_unseen();
    // 南湖大学…,公共卫生学院院长郝文博: the university's school.
    assert!(has_edge(&g, "郝文博", "leads", "南湖大学公共卫生学院"));
    assert!(node(&g, "公共卫生学院").is_none());
    let a = agreement(&g, &["东川省疾病预防控制中心", "南湖大学"]);
    assert!(has_edge(&g, "郝文博", "signed", &a));
}

#[test]
fn bodies_pushing_a_signing_together_are_no_sides_and_lu_xie_is_the_lawyers_association() {
    let g = build_unseen();
    // 在甲、乙联合推动下: the two coordinate; 市律协 is 苏州市律师协会.
    let a = agreement(&g, &["苏州市律师协会", "苏州市平江区人民法院"]);
    assert!(has_edge(&g, &a, "coordinated_by", "苏州市中级人民法院"));
    assert!(has_edge(&g, "邵国栋", "leads", "苏州市律师协会"));
    assert!(node(&g, "市律协会").is_none());
}

#[test]
fn we_are_the_university_joined_to_a_procuratorate_and_a_bare_autonomous_regions_body_is_named() {
    let g = build_unseen();
    // 我校 is the university signing, not the prosecutors' college named beside it;
    // 自治区人民检察院 is the region's procuratorate named in full.
    let a = agreement(&g, &["陇东政法大学", "宁夏回族自治区人民检察院"]);
    assert!(!a.is_empty());
    assert!(has_edge(&g, "焦明远", "serves_at", "陇东政法大学"));
    assert!(has_edge(&g, "韦丽华", "serves_at", "宁夏回族自治区人民检察院"));
    assert!(node(&g, "自治区人民检察院").is_none());
}

#[test]
fn a_bare_districts_union_is_the_one_named_after_its_city_and_a_subsidiarys_union_is_another() {
    let g = build_unseen();
    // 委托 bounds the name; 区总工会 is 绵阳市涪城区总工会; the parent's union is no
    // short form of its subsidiary's union committee.
    agreement(&g, &["华川建工集团有限公司工会", "绵阳市涪城区总工会"]);
    assert!(node(&g, "委托绵阳市涪城区总工会").is_none());
    assert!(node(&g, "华川建工集团有限公司西南公司工会委员会").is_none());
    assert!(node(&g, "华川建工集团有限公司工会").is_some_and(|n| n["type"] == "association"));
}

#[test]
fn a_signing_and_unveiling_ceremony_listed_with_a_comma_is_a_signing() {
    let g = build_unseen();
    let a = agreement(&g, &["洛川财经学院", "新安县税务局"]);
    assert!(!a.is_empty());
}

#[test]
fn a_red_cross_names_its_nursing_home_and_is_no_foundations_short_form() {
    let g = build_unseen();
    // 护理院 ends a hospital's name; 省红十字会 is not its foundation, nor is the
    // bare 红十字会 either's name.
    agreement(&g, &["静安区红十字会", "静安区华山红十字医院", "静安区红十字护理院"]);
    assert!(has_edge(&g, "汪海平", "serves_at", "安徽省红十字会"));
    let foundation = node(&g, "安徽省红十字基金会").expect("the foundation");
    assert!(!foundation["aliases"].to_string().contains("\"红十字会\""), "{}", foundation["aliases"]);
    assert!(!foundation["aliases"].to_string().contains("\"安徽省红十字会\""));
}

#[test]
fn leaders_listed_before_a_collective_leaders_word_and_a_womens_entrepreneurs_association() {
    let g = build_unseen();
    // 等市残联领导和…曾繁华: 领导 closes the list; 曾繁华 holds no office at the federation.
    agreement(&g, &["西陵市残疾人联合会", "西陵市总工会"]);
    assert!(has_edge(&g, "曾繁华", "leads", "西陵市总工会"));
    assert!(!has_edge(&g, "曾繁华", "serves_at", "西陵市残疾人联合会"));
    // 市女企联|会长: the association's head.
    assert!(has_edge(&g, "孙玉华", "leads", "西陵市女企业家联谊会"));
    assert!(node(&g, "西陵市女企联会").is_none());
}

#[test]
fn a_country_opening_a_bodys_name_is_no_short_form_of_it() {
    let g = build_unseen();
    agreement(&g, &["中国内蒙古自治区红十字会", "蒙古国红十字会"]);
    let red_cross = node(&g, "蒙古国红十字会").expect("the Mongolian Red Cross");
    assert!(!red_cross["aliases"].to_string().contains("\"蒙古国\""), "{}", red_cross["aliases"]);
    assert!(!has_edge(&g, "巴特尔", "serves_at", "蒙古国红十字会"));
}

#[test]
fn a_survey_team_signs_at_a_signing_and_plaque_ceremony_with_its_chief_statistician() {
    let g = build_unseen();
    // 签约与授牌仪式 is a signing; 调查队 ends a body's name; 总统计师 is an office.
    agreement(&g, &["东川财经学院", "金川市统计局", "国家统计局金川调查队"]);
    assert!(has_edge(&g, "张国平", "serves_at", "国家统计局金川调查队"));
    assert!(has_edge(&g, "黄文昌", "serves_at", "金川市统计局"));
}

#[test]
fn a_vice_president_named_bare_leads_a_team_out_and_signs_where_it_goes() {
    let g = build_unseen();
    // 副校长甲率队赴乙座谈并签订…: the one university and the body visited.
    agreement(&g, &["江州交通大学", "江州地铁运营有限公司"]);
    assert!(has_edge(&g, "王建川", "serves_at", "江州交通大学"));
}

#[test]
fn a_bare_office_opening_a_list_before_the_presidents_is_the_universitys() {
    let g = build_unseen();
    // 党委书记赵天明,校长钱立新: both the one university's.
    agreement(&g, &["江东理工大学", "海州能源集团有限公司"]);
    assert!(has_edge(&g, "赵天明", "leads", "江东理工大学"));
    assert!(has_edge(&g, "钱立新", "leads", "江东理工大学"));
}

#[test]
fn officers_completing_the_signing_signed_it() {
    let g = build_unseen();
    // 正式完成本次签约: the act, not the signing spoken of.
    let a = agreement(&g, &["江北省体育局", "华体产业集团股份有限公司"]);
    assert!(has_edge(&g, "李文华", "signed", &a));
    assert!(has_edge(&g, "单立新", "signed", &a));
}

#[test]
fn a_place_and_one_char_and_a_bare_trade_word_are_no_short_forms() {
    let g = build_unseen();
    agreement(&g, &["泉州市体育局", "泉州市万华房地产有限公司"]);
    let developer = node(&g, "泉州市万华房地产有限公司").expect("the developer");
    assert!(!developer["aliases"].to_string().contains("\"泉州万\""), "{}", developer["aliases"]);
    let bureau = node(&g, "泉州市体育局").expect("the bureau");
    assert!(!bureau["aliases"].to_string().contains("\"体育\""), "{}", bureau["aliases"]);
}
