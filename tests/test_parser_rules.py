"""Parser rules, one behaviour per test, with the values the eval rules prescribe."""

from pathlib import Path

import pytest

from bot.config import build
from handlers.parsing import ParseContext
from handlers.parsing.build import parser_for
from handlers.parsing.language import Reader, language, reading_cues
from handlers.parsing.parser import normalise
from tests.parsing_fixtures import at, shared_parser

SENT = at("2026-11-18 09:00")  # a Wednesday


def parse(text: str, context: ParseContext | None = None):
    return shared_parser().parse(text, SENT, context)


def fields(report) -> tuple:
    return (report.category, report.community, report.building, report.unit, report.floor)


# -- places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("天一小区14楼发现楼道堆物，请物业处理", ("天一小区", "14", None, None)),
        ("天一小区14号楼3楼楼道堆物，请物业处理", ("天一小区", "14", None, "3")),
        ("天一小区十四号楼三单元五楼楼道堆物，请物业处理", ("天一小区", "14", "3", "5")),
        ("天一小区二十三幢楼道堆物，请物业处理", ("天一小区", "23", None, None)),
        ("天一小区7栋2号门楼道堆物，请物业处理", ("天一小区", "7", "2", None)),
        ("嘉华大厦B座12层楼道堆物，请物业处理", ("嘉华大厦", "B", None, "12")),
        ("嘉华大厦A座8楼楼道堆物，请物业处理", ("嘉华大厦", "A", None, "8")),
        ("天一小区9号楼顶楼楼道堆物，请物业处理", ("天一小区", "9", None, "顶")),
        ("天一小区１４号楼楼道堆物，请物业处理", ("天一小区", "14", None, None)),
        ("长寿路88弄14号楼道堆物，请物业处理", ("长寿路88弄", "14", None, None)),
        ("8楼楼道里又堆满了纸板箱，物业来看一下", (None, "8", None, None)),
        ("银都苑十二号楼3单元门禁坏了，请物业修复", ("银都苑", "12", "3", None)),
        ("天一小区18号3单元楼道堆物，请物业处理", ("天一小区", "18", "3", None)),
        ("锦绣华庭3号楼楼道堆物，请物业处理", ("锦绣华庭", "3", None, None)),
        ("瑞祥苑3#楼2单元楼道堆物，请物业处理", ("瑞祥苑", "3", "2", None)),
        ("新昌小区8号楼负一楼自行车库里堆满了废品，请物业清理", ("新昌小区", "8", None, None)),
        ("泰顺小区小区内主干道上停满了私家车，请物业疏导", ("泰顺小区", None, None, None)),
        ("佘山山庄8号楼楼道堆物，请物业处理", ("佘山山庄", "8", None, None)),
        ("天一小区12号3楼楼道堆物，请物业处理", ("天一小区", "12", None, "3")),
        ("丰庄二村33号201室疑似群租，请派出所核实", ("丰庄二村", "33", None, None)),
        ("天一小区楼道堆物，请物业12月5号下班前清理", ("天一小区", None, None, None)),
    ],
)
def test_building_unit_floor(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, report.unit, report.floor) == place


def test_rooms_and_phases_are_not_buildings_or_floors() -> None:
    (report,) = parse("天一小区二期8号楼502室疑似群租，请房办核查")
    assert (report.category, report.building, report.floor) == ("群租", "8", None)


def test_underground_is_a_spot_not_a_floor() -> None:
    (report,) = parse("天一小区15号楼地下室堆放大量杂物，请物业清理")
    assert (report.category, report.building, report.floor, report.spot) == ("公共区域堆物", "15", None, "地下室")


def test_building_next_to_keeps_the_number() -> None:
    (report,) = parse("天一小区13号楼旁边有人乱扔垃圾，请保洁清理")
    assert (report.category, report.building) == ("暴露垃圾", "13")


def test_date_with_hao_is_not_a_building() -> None:
    (report,) = parse("天一小区公益广告褪色，请物业3号前更换")
    assert report.building is None
    assert report.deadline.isoformat() == "2026-12-03T23:59:00+08:00"


def test_community_suffix_is_kept_as_written() -> None:
    (report,) = parse("有居民反映长风新村12号楼有装修噪音，请居委会上门劝导")
    assert report.community == "长风新村"


def test_configured_community_without_suffix_is_recognised() -> None:
    parser = parser_for(build({"communities": ["星河湾"], "bot": {"data_dir": "/tmp/xiuhua-test-cache"}}))
    (report,) = parser.parse("星河湾3号楼楼道堆物，请物业处理", SENT)
    assert (report.community, report.building) == ("星河湾", "3")


def test_a_configured_alias_is_reported_as_the_community_it_stands_for() -> None:
    aliases = {"老公房": "延吉七村", "天一": "天一小区"}
    parser = parser_for(build({"community_aliases": aliases, "bot": {"data_dir": "/tmp/xiuhua-test-cache"}}))
    (old_name,) = parser.parse("老公房3号楼门口垃圾满了，请保洁清运", SENT)
    (short,) = parser.parse("天一14号楼楼道堆物，请物业清理", SENT)
    assert [(r.community, r.building) for r in (old_name, short)] == [("延吉七村", "3"), ("天一小区", "14")]
    assert parser.hints(parser.analyse("老公房那边已经清理了", SENT)).communities == ["延吉七村"]
    context = ParseContext(default_community="华美小区")
    (inside_a_word,) = parser.parse("今天一早发现3号楼楼道堆物，请物业清理", SENT, context)
    assert inside_a_word.community == "华美小区", "天一 inside 今天一早 names no community"


def test_group_community_is_used_when_the_text_names_none() -> None:
    (report,) = parse("5号楼楼道堆物，请物业处理", ParseContext(default_community="天一小区"))
    assert report.community == "天一小区"
    (named,) = parse("华美小区5号楼楼道堆物，请物业处理", ParseContext(default_community="天一小区"))
    assert named.community == "华美小区"


# -- responsible parties -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("天一小区5号楼楼道堆物，请居委会和物业前往整治", {"居委会", "物业"}),
        ("@物业王经理 天一小区5号楼楼道堆物", {"物业"}),
        ("天一小区沿街商铺跨门营业，请城管中队和市监所联合处置", {"城管", "市场监管"}),
        ("天一小区12号楼疑似群租，请房管办和派出所核查", {"房办", "派出所"}),
        ("天一小区5号楼楼道堆物，物业今天处理一下", {"物业"}),
        ("天一小区5栋楼道堆了纸壳壳，物管今天去清一下嘛", {"物业"}),
        ("天一小区6号楼北侧绿化带被踩踏，请绿化公司补种", {"绿化"}),
        ("天一小区5号楼楼道堆物", set()),
        ("天一小区有车主把私家车停在人行道上，请城管处理", {"城管"}),
    ],
)
def test_parties_asked_to_act(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


def test_greenery_as_a_place_is_not_a_party() -> None:
    (report,) = parse("天一小区6号楼前私家车占用绿化，请物业处理")
    assert (report.category, report.responsible) == ("机动车乱停放", ("物业",))


# -- several problems in one message -------------------------------------------------------


def test_numbered_list_shares_community_parties_and_deadline() -> None:
    reports = parse(
        "风荷苑巡查情况：1、5号楼门口垃圾箱房满溢；2、7号楼北侧绿化带有人种菜；3、主干道有私家车停在人行道上。请物业明天中午前整改。"
    )
    assert [fields(r) for r in reports] == [
        ("暴露垃圾", "风荷苑", "5", None, None),
        ("毁绿种菜", "风荷苑", "7", None, None),
        ("机动车乱停放", "风荷苑", None, None, None),
    ]
    assert {r.responsible for r in reports} == {("物业",)}
    assert {r.deadline.isoformat() for r in reports} == {"2026-11-19T12:00:00+08:00"}


@pytest.mark.parametrize(
    "text",
    [
        "东王小区：①9号楼楼道堆放旧家具；②11号楼前有人在树上晾晒被子。请居委、物业明天下班前整改完毕。",
        "东王小区一是9号楼楼道堆放旧家具，二是11号楼前有人在树上晾晒被子。请居委、物业明天下班前整改完毕。",
        "东王小区检查发现：\n1. 9号楼楼道堆放旧家具\n2. 11号楼前有人在树上晾晒被子\n请居委、物业明天下班前整改完毕。",
        "东王小区：9号楼楼道堆放旧家具、11号楼前有人在树上晾晒被子，请居委、物业明天下班前整改完毕。",
    ],
)
def test_list_styles(text: str) -> None:
    reports = parse(text)
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "9"), ("乱晾晒", "11")]
    assert all(set(r.responsible) == {"居委会", "物业"} for r in reports)
    assert all(r.deadline.isoformat() == "2026-11-19T17:00:00+08:00" for r in reports)


def test_parties_said_inside_an_item_stay_with_it() -> None:
    reports = parse("天一小区：1、3号楼楼道堆物，请物业清理；2、5号楼有人晾晒衣物，请居委劝导。")
    assert [(r.category, r.responsible) for r in reports] == [("楼道堆物", ("物业",)), ("乱晾晒", ("居委会",))]


def test_header_building_applies_to_each_item() -> None:
    reports = parse("宝兴小区5号楼：楼道堆物；飞线充电；楼道灯不亮。请物业明天整改。")
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "5"), ("飞线充电", "5"), ("设施损坏", "5")]


def test_parties_set_apart_by_spaces_in_a_header_all_count() -> None:
    reports = parse("芳华小区 居委 物业：9号楼北侧楼道堆物，请今天整改")
    assert [(r.community, r.building, set(r.responsible)) for r in reports] == [("芳华小区", "9", {"居委会", "物业"})]


def test_a_place_said_to_be_dealt_with_is_not_the_next_problems_place() -> None:
    reports = parse("14号楼已处理，但15号楼楼道还有堆物，请物业继续清理")
    assert [(r.category, r.building, r.responsible) for r in reports] == [("楼道堆物", "15", ("物业",))]


def test_one_problem_at_each_of_listed_buildings_is_one_report_each() -> None:
    reports = parse("长征新村3号楼、5号楼门口均有共享单车乱停，请物业12月20号前清理")
    assert [(r.category, r.building) for r in reports] == [("非机动车乱停放", "3"), ("非机动车乱停放", "5")]
    between = parse("长征新村3号楼和5号楼之间的空地上堆放废旧家具，请物业清运")
    assert [(r.category, r.building) for r in between] == [("公共区域堆物", None)]  # at neither building
    wall = parse("长征新村12号楼跟围墙中间那条夹弄 全是烂菜皮 麻烦保洁明天清一清")
    assert [(r.category, r.building) for r in wall] == [("暴露垃圾", "12")]  # at the building, as dev2-b labels


def test_each_community_keeps_its_own_building() -> None:
    reports = parse("欣园小区3号楼和新光苑7号楼都有居民在楼道里堆放杂物，请物业本周五前清理")
    assert [(r.community, r.building) for r in reports] == [("欣园小区", "3"), ("新光苑", "7")]


def test_a_party_at_the_end_of_an_at_mention_is_addressed() -> None:
    reports = parse("@凌云新村居委 13号楼每天早上有人在绿地上遛狗不牵绳，请加强劝导")
    assert [(r.category, r.community, r.responsible) for r in reports] == [("不文明养犬", "凌云新村", ("居委会",))]


def test_one_sentence_two_problems_same_place() -> None:
    reports = parse("品尊国际B座门口共享单车乱停，门口垃圾桶也破损了，请物业明天中午12点前处理")
    assert [(r.category, r.building) for r in reports] == [("非机动车乱停放", "B"), ("设施损坏", "B")]


def test_same_category_in_two_communities_is_two_reports() -> None:
    reports = parse("宝兴小区、东王小区均发现小广告，请物业明天10点前清除。")
    assert [(r.category, r.community) for r in reports] == [("乱张贴涂写", "宝兴小区"), ("乱张贴涂写", "东王小区")]


def test_summary_header_is_not_an_extra_item() -> None:
    reports = parse("宝兴小区违建问题两处：①3号楼北侧私搭彩钢棚；②8号楼前私搭小屋。请城管中队下周五前拆除。")
    assert [(r.category, r.building) for r in reports] == [("违法搭建", "3"), ("违法搭建", "8")]


# -- categories: the more specific wins ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("天一小区2号楼门口电瓶车停了一排，把消防通道堵死了，请物业马上清理", "消防通道占用"),
        ("天一小区5号楼楼梯间有人放了一辆电瓶车，请居委上门劝导", "飞线充电"),
        ("天一小区8号楼门口建筑垃圾未袋装，请物业清运", "建筑垃圾"),
        ("天一小区4号楼前有私家车停在绿化上，请物业处理", "机动车乱停放"),
        ("天一小区3号楼有居民养的狗在楼道里乱叫，犬只扰民，请居委上门沟通", "不文明养犬"),
        ("天一小区宣传栏破损，请物业修复", "设施损坏"),
        ("天一小区北门公益广告破损，请物业更换", "公益广告缺失"),
        ("天一小区11号楼有人从窗口往外扔垃圾，请居委劝导", "高空抛物"),
        ("天一小区8号楼门口的化粪池溢出来了，请物业处理", "环境脏乱"),
        ("天一小区8号楼门口垃圾箱房的垃圾溢出来了，请保洁清运", "暴露垃圾"),
        ("天一小区8号楼电梯困人，请物业马上派人", "设施损坏"),
    ],
)
def test_specific_category_wins(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_unknown_problem_with_request_is_other() -> None:
    (report,) = parse("天一小区有人在小区内焚烧纸钱，有火灾隐患，请物业劝阻")
    assert (report.category, report.responsible) == ("其他", ("物业",))


# -- not reports --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "好的，马上安排",
        "👌",
        "14号楼楼道堆物已清理完毕[图片]",
        "刚才说的21号楼种菜的已经铲掉了",
        "昨天反映的3号楼楼道堆物，物业说今天处理",
        "宜家苑5号楼楼道的纸箱物业已经第二次清理了",
        "古美七村那家面包店今天没有出店经营了",
        "西康小区8号楼那个搭建是历史遗留的，需要街道协调",
        "天一小区3号楼楼道堆物已清理，5号楼飞线已拆除，请查看[图片]",
        "13号楼飞线充电那件处理了吗？",
        "爱博二村25号楼的楼道堆物清掉了吗",
        "本周重点检查楼道堆物和飞线充电，请各居委自查，周三前报送自查情况。",
        "华美小区路灯的问题物业说明天来修",
        "我们这边航华一村的违建还在协调，逾期一件",
        "下午2点在街道三楼会议室召开创全推进会，请各居委书记准时参加。",
        "【政策转发】禁止在楼道、楼梯间等公共区域停放电动自行车或为其充电。",
        "不好意思，是爱博二村的",
        "",
        "。。。！！！",
    ],
)
def test_not_a_report(text: str) -> None:
    assert parse(text) == []


def test_recurrence_with_a_fresh_request_is_a_report() -> None:
    (report,) = parse("天一小区11号楼楼道清理后又堆上杂物了，请物业再清一次")
    assert (report.category, report.building, report.responsible) == ("楼道堆物", "11", ("物业",))


def test_a_problem_pointed_at_is_new_only_when_it_is_back() -> None:
    (report,) = parse("沿街的那家水果店又把摊子摆到人行道上了")
    assert report.category == "占道经营"
    assert parse("沿街的那家水果店今天没有出摊") == []


def test_problem_times_are_not_deadlines() -> None:
    (report,) = parse("爱博二村广场舞音响声音太大，晚上八点后还在跳，居民投诉，请居委会协调")
    assert report.deadline is None


# -- long and odd input ----------------------------------------------------------------------


def test_long_message_is_cut_at_a_sentence_and_flagged() -> None:
    text = "大家好，天一小区5号楼楼道堆物，请物业处理。" + "今天天气很好，辛苦了。" * 600
    parsed = shared_parser().analyse(text, SENT)
    assert parsed.truncated
    assert [r.category for r in parsed.reports] == ["楼道堆物"]


def test_taxonomy_is_extended_from_config_without_code(tmp_path: Path) -> None:
    config = build(
        {
            "bot": {"data_dir": str(tmp_path)},
            "taxonomy": {"categories": [{"name": "违规广告牌", "keywords": ["招牌歪斜"], "responsible": ["城管"]}]},
        }
    )
    parser = parser_for(config)
    (report,) = parser.parse("天一小区南门商铺招牌歪斜，请城管处理", SENT)
    assert report.category == "违规广告牌"
    assert parser.taxonomy.get("违规广告牌").responsible == ("城管",)
    assert parser.taxonomy.names[-1] == "其他"


# -- reading people who are not inspectors ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("和平里 6号楼 楼道 纸箱 物业", "和平里"),  # a one-character ending before a building
        ("青枫园：7栋楼道堆了旧沙发，请物业清理", "青枫园"),  # … or as a header
        ("我是清泉里居委的，8栋楼道堆物请物业处理", "清泉里"),  # … or before its 居委
        ("刚才长虹新村5栋的阿姨来说楼道堆满了纸箱，请物业清一下", "长虹新村"),  # a time word is no part of it
        ("我跟你讲福寿坊门口有人摆摊卖菜，城管管一下", "福寿坊"),  # nor is 你讲
        ("金色阳光那边有居民反映楼道堆满杂物，麻烦物业清理", "金色阳光"),  # a brand name before 那边
        ("翠湖天地地下室堆满了旧家具，请物业清理", "翠湖天地"),  # … before a place inside it
        ("桃源湾 中心花园草坪被踩秃了，请绿化补种", "桃源湾"),  # 中心花园 is a place in it, not a name
        ("春江湾二期小区门口有人摆摊卖水果，请城管处理", "春江湾"),  # a phase is no part of the name
    ],
)
def test_community_names_by_where_they_stand(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("福寿坊后门垃圾堆成山了，好几天冇人来收，请保洁清理", "暴露垃圾"),  # 冇 = 没
        ("和平里8栋有个阿婆好几天莫得人看到她出门，请居委上门看看", "其他"),  # 莫得 = 没有
        ("长虹新村3栋那只狗子天天半夜叫，请物业劝导狗主人", "不文明养犬"),
        ("和平里巷子里饭店把泔水往下水道倒，路边全是油，请城管查处", "环境脏乱"),
        ("青枫园门口卖烤红薯的推车天天摆在那里，请城管管一下", "占道经营"),
        ("长虹新村4栋 1楼大厅 停放电动车3辆，请物业清理", "飞线充电"),
        ("福寿坊2号楼 3楼 走廊 堆放杂物，请物业清理", "楼道堆物"),  # read whole, the pieces say 楼道
        ("清泉里5栋门口的井盖翻了个口子，请物业修一下", "设施损坏"),
        ("和平里4栋楼上漏水，天花板都泡坏了，请物业联系楼上住户", "其他"),  # the leak's harm, not a facility
    ],
)
def test_situations_in_everyday_words(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_party_in_brackets_after_an_item_is_assigned_to_it() -> None:
    reports = parse("巡查发现：\n1. 和平里 3栋 楼道堆物（物业）；\n2. 青枫园 5栋 飞线充电（物业、居委会）。")
    assert [set(r.responsible) for r in reports] == [{"物业"}, {"物业", "居委会"}]


def test_another_problem_opened_with_also_is_its_own_report_at_the_same_place() -> None:
    reports = parse("福寿坊7栋门口共享单车乱停，另外垃圾桶盖子也没了，请物业处理")
    assert [(r.category, r.building) for r in reports] == [("非机动车乱停放", "7"), ("设施损坏", "7")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("景苑新村2栋楼梯间堆了几袋水泥，4栋也是，请物业清走", [("2", ("物业",)), ("4", ("物业",))]),
        ("翡翠湾11幢门口电瓶车停得乱七八糟，隔壁13幢也存在类似情况", [("11", ()), ("13", ())]),
        ("桃源里5号楼墙上贴满了小广告，6号楼也有这个问题，居委安排清理", [("5", ("居委会",)), ("6", ("居委会",))]),
    ],
)
def test_the_same_problem_said_to_be_at_another_building_too_is_a_report_there(text: str, places: list) -> None:
    reports = parse(text)
    assert len({r.category for r in reports}) == 1
    assert [(r.building, r.responsible) for r in reports] == places


def test_the_same_problem_said_of_no_other_place_is_no_second_report() -> None:
    reports = parse("锦绣苑8幢楼道的灯不亮了，楼上也是，晚上黑咕隆咚的")
    assert [(r.category, r.building) for r in reports] == [("设施损坏", "8")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("桂香苑9幢6楼过去那户人家门口堆了两袋米和一个破电视机", "楼道堆物"),
        ("枫林湾4号楼1203门口放了张旧床垫，请物业联系业主", "楼道堆物"),
        ("幸福里11栋电梯口摆了好几箱啤酒瓶子", "楼道堆物"),
        ("幸福里11栋五楼平台上堆了很多建材以外的杂物", "公共区域堆物"),
        ("桂香苑9幢楼下空地堆了两袋米和一个破电视机", "公共区域堆物"),
    ],
)
def test_a_pile_on_a_floor_or_at_a_flats_door_is_in_the_corridor(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_litter_thrown_somewhere_is_exposed_garbage() -> None:
    reports = parse("香樟园3幢后面草丛里扔了一堆外卖袋和奶茶杯，请保洁收拾")
    assert [(r.category, r.building, r.responsible) for r in reports] == [("暴露垃圾", "3", ("保洁",))]


def test_a_list_item_is_not_at_the_place_of_the_item_before_it() -> None:
    text = "检查发现：一是5号楼西边草地上有些情况待核实；二是东门岗亭旁垃圾桶满了没人清。请保洁处理。"
    assert [(r.category, r.building) for r in parse(text)] == [("暴露垃圾", None)]


def test_a_partys_own_name_aims_its_request_at_nothing() -> None:
    text = "【巡查】樱花苑\n1. 2幢楼道 堆放旧床垫\n2. 南门绿化带被踩秃一块\n责任单位：物业 绿化\n时限：11月20日前"
    reports = parse(text)
    assert [(r.category, set(r.responsible)) for r in reports] == [
        ("楼道堆物", {"物业", "绿化"}),
        ("毁绿种菜", {"物业", "绿化"}),
    ]


def test_what_opens_a_message_is_no_scene_of_a_line_under_its_own_header() -> None:
    text = "兰亭苑、竹韵园 物业：下周一前整改以下问题\n兰亭苑：3幢楼道堆放旧自行车\n竹韵园：5号楼门口垃圾桶满溢"
    reports = parse(text)
    assert [(r.category, r.community, r.building, r.deadline.day) for r in reports] == [
        ("楼道堆物", "兰亭苑", "3", 23),
        ("暴露垃圾", "竹韵园", "5", 23),
    ]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("胜利路东二巷5号楼门口垃圾桶满了，保洁清一下", "胜利路东二巷"),
        ("刚才走到青山路七巷那里3栋楼道堆了纸箱", "青山路七巷"),
        ("工单内容：来电人称锦华二村8幢楼下有人烧垃圾，请居委会处理", "锦华二村"),
        ("东方名都C座地下车库堆了好多旧轮胎", "东方名都"),
        ("阿拉上泗苑5幢门口电瓶车乱停", "上泗苑"),
        ("有人打电话来讲六和新村9号楼楼上往下扔烟头", "六和新村"),
        ("李家村桥头边上 有人倒了一堆建筑垃圾 请城管处理", "李家村"),
    ],
)
def test_community_names_read_to_their_edges(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("锦江苑南门 煎饼摊摆到盲道上了 城管", "占道经营"),
        ("锦江苑东门口有个卖糖炒栗子的推着车子天天停那 请城管管管", "占道经营"),
        ("锦江苑7幢有户人家装修 中午一点就开始打墙 请物业提醒一下", "噪音扰民"),
        ("锦江苑河边 有人用竹竿塑料布搭了个窝棚住人 请城管处理", "违法搭建"),
        ("锦江苑3幢2单元楼道灯声控不灵了 请物业修一下", "设施损坏"),
        ("锦江苑5幢门口分类垃圾桶 桶身裂了 请物业更换", "设施损坏"),
        ("锦江苑11幢楼顶招牌松了 怕掉下去砸到人 请物业加固", "高空抛物"),
        ("锦江苑北门 电线杆上拉了绳子晒被子 居委劝一下", "乱晾晒"),
        ("锦江苑西门 共享单车堆成山了 城管 物业", "非机动车乱停放"),
    ],
)
def test_everyday_words_of_stalls_noise_sheds_and_breakage(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_another_kind_of_problem_also_at_a_spot_of_its_own_is_its_own_report() -> None:
    text = "碧桂苑 南门口黄线上停了辆面包车 北侧消防通道也被两辆轿车堵了 城管 物业"
    assert [r.category for r in parse(text)] == ["机动车乱停放", "消防通道占用"]


def test_a_problem_spreading_to_block_a_fire_lane_is_one_report() -> None:
    assert [r.category for r in parse("碧桂苑6幢门口电瓶车停了一长排，把消防通道也堵死了")] == ["消防通道占用"]


def test_a_spot_said_after_each_listed_building_keeps_the_list() -> None:
    reports = parse("金域华府 5号楼门口和9号楼门口都有人摆了旧沙发，物业明天清走")
    assert [(r.category, r.building) for r in reports] == [("公共区域堆物", "5"), ("公共区域堆物", "9")]


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        ("紫金苑 2幢单元门上贴满了开锁小广告 保洁撕掉", ("保洁",)),
        ("紫金苑 6号楼 装修的把水泥袋扔在绿化带上 物业让施工队今天下班前清走", ("物业",)),
    ],
)
def test_a_party_told_to_tear_down_or_to_make_someone_act_is_asked(text: str, responsible: tuple) -> None:
    assert [r.responsible for r in parse(text)] == [responsible]


@pytest.mark.parametrize(
    "text",
    [
        "补充一下，那几袋水泥是6楼那户装修剩下的",
        "更正一下：堆纸箱的是3单元不是2单元",
        "【工单回复】经现场核实，东岭村路口的铁皮棚系村民临时放农具所搭，已责令其自行拆除。",
        "本周交办单共计18件，15件已办结，3件在办（占道2、违建1），请各单位周五前办结。",
        "天好不容易放晴，大家在阳台上晒晒被子很正常，不要去劝了",
    ],
)
def test_addenda_orders_given_counts_and_things_called_normal_are_not_reports(text: str) -> None:
    assert parse(text) == []


def test_an_addendum_with_a_fresh_request_is_a_report() -> None:
    reports = parse("补充一下：丽园7号楼楼道也堆了纸箱，请物业一起清理")
    assert [(r.category, r.building, r.responsible) for r in reports] == [("楼道堆物", "7", ("物业",))]


def test_a_pinyin_slip_for_an_e_bike_is_read_as_meant() -> None:
    reports = parse("馨园11幢一楼楼道里停了两辆电频车在充电，物业管一下")
    assert [r.category for r in reports] == ["飞线充电"]


def test_laundry_soiled_by_what_falls_on_it_is_no_laundry_problem() -> None:
    reports = parse("馨园3幢楼上有人往下倒茶叶渣，落在邻居晾的衣服上了，请居委上门说说")
    assert [r.category for r in reports] == ["高空抛物"]


def test_a_name_set_apart_from_the_word_xiaoqu_is_the_estate() -> None:
    reports = parse("蓝调印象 小区中心花园好多人遛狗不牵绳 居委会宣传一下")
    assert [(r.category, r.community) for r in reports] == [("不文明养犬", "蓝调印象")]


def test_a_bare_n_lou_after_a_building_in_its_sentence_is_a_floor_of_it() -> None:
    reports = parse("静安里8幢门口 停了一排共享单车 二楼窗户里拉了根电线下来给电动车充电 物业处理")
    assert [(r.category, r.building, r.floor) for r in reports] == [
        ("非机动车乱停放", "8", None),
        ("飞线充电", "8", "2"),
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("就是那个阳光丽景东门那边啊好几个卖水果的把摊子摆到门口了车都进不去", "占道经营"),
        ("那个那个海棠湾6栋3楼有户人家把旧冰箱搬到楼道里了占了半拉楼梯", "楼道堆物"),
        ("那个我跟你说啊海棠湾9号楼楼下那个饭馆天天把炉子支外面烤串 城管管管", "占道经营"),
    ],
)
def test_a_spoken_filler_points_at_nothing(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_that_one_without_a_filler_still_points_at_one_under_discussion() -> None:
    assert parse("那个违建拆了没有，海棠湾6栋后面的") == []


def test_an_approximate_hour_is_no_deadline() -> None:
    (report,) = parse("松柏里2号楼楼下烧烤店晚上一两点还在吆喝划拳，城管管一管")
    assert (report.category, report.deadline) == ("噪音扰民", None)


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("松柏里7栋楼道灯坏了好几天了 物业给修修吧 明天给修好", 19, 23),
        ("松柏里5号楼前健身器材上搭满了被子 请居委会劝导 今天下午收走", 18, 17),
    ],
)
def test_a_northern_bidding_sets_its_deadline(text: str, day: int, hour: int) -> None:
    (report,) = parse(text)
    assert (report.deadline.day, report.deadline.hour) == (day, hour)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("松柏里9栋楼上天天晚上十一点多还在剁排骨 咚咚的 物业给说说", [("噪音扰民", None)]),
        ("松柏里3号楼1单元门口小广告一层摞一层 物业清理", [("乱张贴涂写", None)]),
        ("松柏里6号楼顶楼楼道窗台上摆了一溜花盆 风大了掉下去砸着人咋整 物业联系住户挪走", [("高空抛物", "顶")]),
    ],
)
def test_chopping_layers_and_pots_at_a_stair_window(text: str, expected: list) -> None:
    assert [(r.category, r.floor) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "松柏里物业：6号楼顶楼窗台的花盆已经让住户搬回家了",
        "松柏里物业：9号楼西侧消防通道已经装了隔离桩",
    ],
)
def test_a_property_office_saying_what_it_has_had_done_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("复华坊北区八栋后面有人圈了块地种菜 请居委会去看看", "复华坊"),
        ("金湖新城东门外主干道上天天有车双排停车 请城管加强巡查", "金湖新城"),
        ("就是咱们那个建华路12巷里头有家饭店天天把桌子支到巷子里 城管管管", "建华路12巷"),
    ],
)
def test_an_estates_section_gate_or_lane_inside_is_no_part_of_its_name(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_party_spoken_to_then_told_when_is_asked() -> None:
    text = "彭城花园9幢有人把电瓶车推进电梯带回家充电，物业你们咋不管呢，明天就给处理掉"
    (report,) = parse(text)
    assert (report.category, report.responsible, report.deadline.day) == ("飞线充电", ("物业",), 19)


def test_a_party_spoken_to_and_blamed_only_is_no_request() -> None:
    assert parse("楼道里那些纸箱子，物业你们咋不管呢？") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("和美家园3栋门口的草坪被踩秃了，请绿化补种", ("毁绿种菜", "和美家园", "3", None)),
        ("彭城花园6号楼2到5楼的灭火器都过期了，请物业更换", ("消防设施缺失", "彭城花园", "6", None)),
        ("彭城花园 7幢 阳台花盆 无防护 物业", ("高空抛物", "彭城花园", "7", None)),
        ("彭城花园北门那排门面，修车铺把电动车摆在外头修，城管处理", ("占道经营", "彭城花园", None, None)),
        ("彭城花园8号三楼窗户拉线出来充电瓶车，请物业处理", ("飞线充电", "彭城花园", "8", "3")),
    ],
)
def test_opening_he_floor_ranges_and_terse_words(text: str, expected: tuple) -> None:
    assert [(*fields(r)[:3], r.floor) for r in parse(text)] == [expected]


def test_a_problems_words_before_a_line_end_are_no_estate() -> None:
    text = "彭城花园 物业：\n1、3幢楼道堆放杂物\n2、8幢电瓶车进楼\n请于周五前整改"
    assert [(r.category, r.community) for r in parse(text)] == [("楼道堆物", "彭城花园"), ("飞线充电", "彭城花园")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("汇金苑5号楼楼道堆放纸板箱、旧家具共计十余件，请物业明天下班前清理", [("楼道堆物", "5")]),
        ("装修可以理解，但午休时间电钻响个不停，汇金苑3号楼，请物业去说一下", [("噪音扰民", "3")]),
        ("补充一下，汇金苑6号楼楼道也堆满了纸箱", [("楼道堆物", "6")]),
        ("汇金苑8号楼前面井盖缺失，晚上看不清容易掉下去，请物业尽快处理", [("设施损坏", "8")]),
        ("汇金苑里面车乱停，消防通道也被堵死了，请物业今天处理", [("消防通道占用", None)]),
        ("汇金苑门口电线杆上挂满了小广告，请城管处理", [("乱张贴涂写", None)]),
        ("汇金苑8号楼单元门口停满了自行车和几辆破自行车，请物业整理", [("非机动车乱停放", "8")]),
        ("汇金苑5号楼下有人在外面修车，叮叮当当吵死了", [("噪音扰民", "5")]),
        ("同福里125号门口堆了一堆杂物，请居委清理", [("公共区域堆物", "125")]),
        ("汇金苑地下车库电梯口堆放杂物，请物业清理", [("公共区域堆物", None)]),
        ("汇金苑2号楼1楼商铺门口堆满纸箱，请物业清理", [("公共区域堆物", "2")]),
        ("汇金苑12号楼门口电瓶车乱停，跟8号楼一样，都是外卖小哥停的，请物业管一下", [("非机动车乱停放", "12")]),
        ("汇金苑3号楼门口垃圾满溢，14楼楼道堆了纸箱，请物业处理", [("暴露垃圾", "3"), ("楼道堆物", "14")]),
    ],
)
def test_what_the_review_of_this_rounds_rules_found_stays_right(text: str, expected: list) -> None:
    assert [(r.category, r.building) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("汇金苑5号楼楼道堆物，请物业清理；7号楼的已经清理了，3号楼也是。", [("汇金苑", "5")]),
        ("汇金苑3号楼楼道堆物，物业说5号楼也是这样，我还没去看。", [("汇金苑", "3")]),
        ("这个汇金苑12号楼楼道堆物的问题，我们下午派人去清。", []),
        ("请物业过来把5号楼楼道的纸箱弄一弄", [(None, "5")]),
    ],
)
def test_ditto_fillers_and_lanes_do_not_misfire(text: str, expected: list) -> None:
    assert [(r.community, r.building) for r in parse(text)] == expected


def test_each_community_headers_parties_hold_for_its_own_line() -> None:
    text = (
        "【督查清单】\n兰亭苑（居委会、物业）：①6号楼楼道堆放纸壳；②北门垃圾箱房周边积存垃圾。\n"
        "竹韵园（物业）：③9号楼地下室堆放杂物。"
    )
    assert [(r.community, r.responsible) for r in parse(text)] == [
        ("兰亭苑", ("居委会", "物业")),
        ("兰亭苑", ("居委会", "物业")),
        ("竹韵园", ("物业",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "宁安里17号楼下面电线从窗户上吊下来给电瓶车充电呢，太危险了，@物业 赶紧处理一下",
            ("飞线充电", "17", None, ("物业",)),
        ),
        ("宁安里6号楼3号门口墙上乱贴了好多小广告，请物业清理", ("乱张贴涂写", "6", "3", ("物业",))),
        (
            "宁安里5号楼1单元的住户把楼道当自家储藏室了，放着咸菜缸和旧柜子，请居委会上门劝一劝",
            ("楼道堆物", "5", "1", ("居委会",)),
        ),
        ("宁安里2号楼后面有个小作坊电焊切割，声音从早响到晚，请城管处理", ("噪音扰民", "2", None, ("城管",))),
        ("宁安里8号楼门口的废轮胎还在，再督办一次，请物业今天清走", ("公共区域堆物", "8", None, ("物业",))),
        ("宁安里7号楼有户人家从楼上扯了根线到车棚给三轮车充电，请物业处理", ("飞线充电", "7", None, ("物业",))),
    ],
)
def test_words_and_biddings_of_the_northwest(text: str, expected: tuple) -> None:
    assert [(r.category, r.building, r.unit, r.responsible) for r in parse(text)] == [expected]


def test_a_village_team_is_no_part_of_the_villages_name() -> None:
    assert [r.community for r in parse("丰乐村三社巷子里有人把砖头瓦块倒在路上了，请城管处理")] == ["丰乐村"]


def test_a_stove_chimney_in_a_lane_is_no_stall() -> None:
    reports = parse("塔山路9巷有户人家的炉子烟囱往巷道里排烟，整条巷子都是煤烟，请居委会上门看一下")
    assert "占道经营" not in [r.category for r in reports]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "案件号：2026110300\n问题描述：潍河家园南门墙面张贴大量小广告\n处置单位：奎文区城市管理局\n处置时限：24小时内",
            ("乱张贴涂写", "潍河家园", None, ("城管",)),
        ),
        (
            "华府苑 物业 保洁：\n1、3栋电梯厅堆了一堆快递箱\n2、垃圾房门口垃圾满了溢出来",
            ("楼道堆物", "华府苑", "3", ("保洁", "物业")),
        ),
        ("华府苑11号楼前面 有人在树上拴绳子凉被子 请居委会劝导", ("乱晾晒", "华府苑", "11", ("居委会",))),
        ("华府苑 3号分类点 厨余桶里全是塑料袋 混投严重 请保洁督导", ("垃圾分类不规范", "华府苑", None, ("保洁",))),
        ("华府苑6号楼顶楼窗户外面挂着个破雨棚 随时要掉 请物业处理", ("高空抛物", "华府苑", "6", ("物业",))),
        ("华府苑8号楼单元门口两辆电动车横在那 请物业处理", ("非机动车乱停放", "华府苑", "8", ("物业",))),
    ],
)
def test_dispatch_forms_terse_headers_and_words_of_shandong(text: str, expected: tuple) -> None:
    assert [(r.category, r.community, r.building, tuple(sorted(r.responsible))) for r in parse(text)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "交班：今天网格内问题都已录入系统，明天小李值班，华府苑装修垃圾那户要复查一下",
        "感谢物业小张 华府苑灭火器下午全补上了",
        "5号楼扔烟头那个我下午去敲门问问 先做个记录",
    ],
)
def test_handovers_thanks_and_ones_own_plans_are_not_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("华府苑8号楼楼上天天往下扔烟头，晾的衣服都给烫了个眼，请物业查一下", "高空抛物"),
        ("华府村好几户从家里往街上拉电线给三轮车充电 横在路上 请街道排查", "飞线充电"),
    ],
)
def test_what_is_beside_a_problem_names_no_second_one(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("洛阳 涧西区 青松里小区 4号楼楼道灭火器箱是空的 物业今天下班前补上", ("消防设施缺失", "青松里小区", "4")),
        ("保定这边松竹园小区3栋门口的宣传栏玻璃碎了，请物业换玻璃", ("设施损坏", "松竹园小区", "3")),
        (
            "红旗区 卫东湾 12栋 302那家在装修 装修垃圾一袋一袋堆在楼道里 物业通知装修户三天内清走",
            ("建筑垃圾", "卫东湾", "12"),
        ),
        ("和平里5号楼楼道里停了俩电驴子 还扯线充电呢 物业管管", ("飞线充电", "和平里", "5")),
        ("和平里9号楼楼顶上有人搭了个鸽子窝 城管给拆了吧", ("违法搭建", "和平里", "9")),
        ("和平里东门口那几个垃圾桶冒尖了 臭烘烘的 保洁赶紧的", ("暴露垃圾", "和平里", None)),
        ("新华道9巷里边有户人家从电线杆子上拉线给电动车充电，请街道处理", ("飞线充电", "新华道9巷", None)),
        ("和平里有户人家在楼前绿地里用铁丝网圈了一块地种菜，请绿化处理", ("毁绿种菜", "和平里", None)),
        ("和平里8号楼楼前那段路上全是黄泥 车一过就扬尘 @物业 周四前冲洗干净", ("环境脏乱", "和平里", "8")),
    ],
)
def test_towns_before_estates_and_words_of_tianjin_and_henan(text: str, expected: tuple) -> None:
    assert [(r.category, r.community, r.building) for r in parse(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "俺咋觉得最近这小广告越来越多了 撕了又贴 撕了又贴",
        "和平里那个群租房昨天派出所去了，人还住着呢，这个咋整，房办给个说法呗",
    ],
)
def test_a_grumble_with_no_place_and_a_request_for_an_answer_are_not_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "和平里东门那块儿卖烤红薯的把道都占了 下午放学那会儿孩子都过不去 城管能来一趟吗",
        "和平里那个小卖部天天把音响搁门口放 从早上七点放到晚上十点 城管给管管",
        "昨天晚上九点多俺在巡逻的时候看见和平里后门有人遛狗不牵绳 请居委会管一管",
    ],
)
def test_times_of_what_happens_are_no_deadline(text: str) -> None:
    assert [r.deadline for r in parse(text)] == [None]


def test_a_clean_up_set_for_tomorrow_is_no_fix() -> None:
    (report,) = parse("@保洁 和平里2号楼前面绿化带里全是烟头塑料袋，好几天没人捡了，明天上午清干净")
    assert (report.category, report.deadline.hour) == ("暴露垃圾", 12)


def test_unsorted_garbage_thrown_by_a_bin_is_a_sorting_problem_only() -> None:
    reports = parse("和平里6号楼楼下垃圾桶旁边扔了好几袋子没分的垃圾，厨余其他混一块儿，保洁看一下")
    assert [r.category for r in reports] == ["垃圾分类不规范"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今日巡查问题：\n1. 七里河新村12号楼东侧暴露垃圾\n2. 15号楼楼道堆物\n感谢各居委配合",
            ["暴露垃圾", "楼道堆物"],
        ),
        ("3号楼垃圾箱房：暴露垃圾、混投，请物业整改", ["暴露垃圾", "垃圾分类不规范"]),
        ("5号楼楼道的杂物今天清干净了", []),
        ("5号楼的楼道堆物还没清呢", []),
        ("东门口又有人摆摊卖菜了", ["占道经营"]),
        ("小广告又贴满了单元门", ["乱张贴涂写"]),
        ("交班情况：5号楼楼道堆物已清理，8号楼飞线充电未整改，请物业跟进", ["飞线充电"]),
        ("4号楼楼道灯换上了没几天又不亮了，麻烦物业再看看", ["设施损坏"]),
        ("井盖被车掀翻了，请物业修一下", ["设施损坏"]),
        ("接供电局通知，本周五3号楼、5号楼停电，请物业张贴告示", []),
        ("发小广告的把单元门贴满了，请物业清理", ["乱张贴涂写"]),
        ("早点摊在人行道上烧炉子炸油条，请城管处理", ["占道经营"]),
        ("住户把快递包裹放在门外楼道里好几天了，请物业提醒", ["楼道堆物"]),
        ("小区充电桩坏了，电三轮没法充电，请物业修一下", ["设施损坏"]),
        ("有人在楼道里泼了一桶油漆，请物业处理", []),
    ],
)
def test_what_the_second_review_found_stays_right(text: str, expected: list) -> None:
    assert [r.category for r in parse(text)] == expected


def test_a_deadline_with_qian_before_the_speaker_is_kept() -> None:
    (report,) = parse("12号楼门口建筑垃圾，明天上午前我要看到整改结果，请物业落实")
    assert (report.deadline.day, report.deadline.hour) == (19, 12)


def test_a_closing_request_goes_to_every_line_whatever_the_headers_assign() -> None:
    text = "南川花园（居委会）：2栋楼道堆物\n宝湖湾（物业）：8栋垃圾桶满溢\n以上请居委会、物业今天整改"
    assert [set(r.responsible) for r in parse(text)] == [{"居委会", "物业"}, {"居委会", "物业"}]


def test_a_flats_number_before_men_kou_is_no_unit() -> None:
    assert [(r.building, r.unit) for r in parse("3幢502号门口纸箱堆积，请物业清理")] == [("3", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("感谢物业小张 大半夜帮我们楼打了冰溜子 给物业点个赞", []),
        ("金城88 北门对面 有个大货车 把消防车道给占了 请派出所协调一下", [("消防通道占用", "金城88")]),
        ("望海湾 5号楼 住户的电动车 推到二楼走廊里充电 物业即知即改", [("飞线充电", "望海湾")]),
        ("惠民小区垃圾分类亭那几个桶 一直没人推回去 放在道中间 保洁赶紧推回去", [("垃圾分类不规范", "惠民小区")]),
        ("绿景苑 6栋西侧那条道 下水返上来的水冻了一层冰 溜滑 物业处理", [("环境脏乱", "绿景苑")]),
        ("福顺里 4号楼山墙上 有人往上贴租房广告 保洁抓紧清干净", [("乱张贴涂写", "福顺里")]),
        ("海港城 12号楼 底商那个烧烤店门口 地面油乎乎的一大片 溜滑 物业管管", [("环境脏乱", "海港城")]),
    ],
)
def test_words_of_the_northeast_in_winter(text: str, expected: list) -> None:
    assert [(r.category, r.community) for r in parse(text)] == expected


def test_a_party_told_to_paint_over_is_asked() -> None:
    (report,) = parse("幸福家园 1号楼 2单元 楼道墙上有小孩画的乱七八糟 还有开锁电话 物业刷一下")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("绿景苑收到 今天先处理冰面", []),
        ("王经理收到居民投诉，3号楼楼道堆满纸箱，请物业处理", [("楼道堆物", None)]),
        ("紫荆苑17号楼那家把旧床垫子全扔小区主道边上了 请物业明天10点前清走", [("公共区域堆物", "紫荆苑")]),
        ("桂花苑3号楼楼道堆放纸箱，请物业清理", [("楼道堆物", "桂花苑")]),
        ("青松里5号楼门口垃圾满了，请保洁清运", [("暴露垃圾", "青松里")]),
        ("月亮湾11号楼6楼楼道里有人堆了两袋子装修拆下来的地板砖 物业3号前处理完", [("建筑垃圾", "月亮湾")]),
    ],
)
def test_a_signed_receipt_a_verb_before_xiaoqu_and_floor_tiles(text: str, expected: list) -> None:
    assert [(r.category, r.community) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        ("丽景湾4号楼那家的狗夜里一直嗷嗷叫 整栋楼都睡不着 居委会能不能找他家唠唠", ("居委会",)),
        ("物业可不可以处理一下丽景湾5号楼楼道的纸箱", ("物业",)),
        ("丽景湾6号楼门口的摊子占了半条道，城管能否来一趟", ("城管",)),
    ],
)
def test_a_party_asked_whether_it_can_act_is_asked(text: str, responsible: tuple) -> None:
    assert [r.responsible for r in parse(text)] == [responsible]


def test_asking_whether_a_party_can_report_progress_is_no_report() -> None:
    assert parse("丽景湾5号楼楼道堆物的事，物业能不能反馈一下进度") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("稠州花园7幢2单元楼到里堆了好多纸板箱，@物业 今天下班前清掉", [("楼道堆物", "7", None)]),
        ("下王村祠堂后面那个出租楼 一楼到三楼都是床位 一间住八个人 派出所 房办 三天内处理好", [("群租", None, None)]),
        ("稠州花园北门外那几家建材店把瓷砖样品都摆出来了 人行道走不了 城管管一下", [("占道经营", None, None)]),
        ("稠州花园门口一大滩机油 是修车铺漏出来的 保洁处理一下", [("环境脏乱", None, None)]),
    ],
)
def test_words_of_a_market_town(text: str, expected: list) -> None:
    assert [(r.category, r.building, r.floor) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        ("稠州花园1幢楼道墙上全是乱画的 还有开锁小广告 保洁擦一下", ("保洁",)),
        ("稠州花园3幢门口桶边又堆满了袋子 居委会跟居民宣传下分类投放", ("居委会",)),
        ("稠州花园2栋老是有人从楼上扔东西 派出所调一下监控 物业配合", ("派出所", "物业")),
        ("后宅新村出租房一套三室隔成了9间 派出所和居委一起去查一下", ("居委会", "派出所")),
    ],
)
def test_parties_told_to_wipe_explain_check_or_go_together(text: str, responsible: tuple) -> None:
    assert [tuple(sorted(r.responsible)) for r in parse(text)] == [tuple(sorted(responsible))]


@pytest.mark.parametrize(
    "text",
    [
        "义乌这几天在搞电瓶车上楼专项整治，看到的都拍下来发群里",
        "【督办】麒麟苑6栋宣传栏的问题物业为啥还没修？请说明原因",
    ],
)
def test_a_campaign_notice_and_an_explanation_asked_are_not_reports(text: str) -> None:
    assert parse(text) == []


def test_a_shop_playing_music_until_ten_sets_no_deadline() -> None:
    (report,) = parse("世纪城那边有个店天天开着大音箱放歌放到晚上十点多 请市场监管的去说一下")
    assert (report.category, report.deadline) == ("噪音扰民", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明秀苑4栋502那家又在装修 早上7点就开始电钻钻墙 请物业去讲一下", [("噪音扰民", None)]),
        ("吴家村这边今天看了一圈：公厕后面垃圾堆了好几天没人收，请保洁清理", [("暴露垃圾", None)]),
        ("窑埠里 居委 物业：\n1、小区北门外有人卖烤红薯占了半边路\n今天下午4点前整改完毕", [("占道经营", 16)]),
        ("恒泰苑西门进来那条主干道，有几辆私家车长期占道停放，请物业贴告知单", [("机动车乱停放", None)]),
        ("糖厂宿舍14栋楼梯口的应急灯不亮了，安全出口的指示牌也掉下来了，请物业抓紧换好", [("消防设施缺失", None)]),
    ],
)
def test_times_when_a_nuisance_starts_and_words_of_guangxi(text: str, expected: list) -> None:
    assert [(r.category, r.deadline and r.deadline.hour) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("我跟你们讲哈象山新村5栋后面绿化带又被人挖了种菜 喊居委去讲一下", "象山新村"),
        ("水南村那条村道两边被人倒了好多拆房子的砖头瓦块，请城管查一下", "水南村"),
    ],
)
def test_particles_calls_and_village_roads_are_no_part_of_a_name(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_typed_yi_for_done_reports_a_fix() -> None:
    assert parse("金沙湾11栋飞线以拆除，业主表示以后到充电棚充") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("物业收到请处理：天一小区14楼楼道堆物。", [("楼道堆物", "14")]),
        ("刚才收到居民电话，长江花园3号楼楼上装修噪音很大，请物业处理。", [("噪音扰民", "3")]),
        ("阳光新村3号楼楼道堆物，请物业今天清理，整改后拍照发到群里。", [("楼道堆物", "3")]),
        ("督办：红星小区5栋违建至今未拆，物业及城管予以拆除，本周五前完成。", [("违法搭建", "5")]),
        ("新华村道路两边乱停车，请村委处理。", [("机动车乱停放", None)]),
        ("天一小区14楼到处都是小广告，请保洁清理。", [("乱张贴涂写", "14")]),
        ("华兴小区东门货车卸货，每天早上5点吵得睡不着，请城管处理。", [("噪音扰民", None)]),
        ("金地小区超市把纸箱摆到楼道里，请物业清理。", [("楼道堆物", None)]),
        ("幸福里2号楼一楼过道被一张旧床占了，物业管管。", [("楼道堆物", "2")]),
        ("幸福里3号楼一间住三个人，是一家三口。", []),
    ],
)
def test_what_the_third_review_found_stays_right(text: str, expected: list) -> None:
    assert [(r.category, r.building) for r in parse(text)] == expected


def test_a_deadline_given_as_by_when_is_kept() -> None:
    (report,) = parse("东湖苑楼道堆物，请物业最迟到明天中午清理完毕。")
    assert (report.deadline.day, report.deadline.hour) == (19, 12)


def test_a_village_named_before_its_road_is_the_community() -> None:
    assert [r.community for r in parse("新华村道路两边乱停车，请村委处理。")] == ["新华村"]


def test_a_problem_said_to_be_beside_the_one_before_is_at_its_place() -> None:
    reports = parse("和平里 9号楼 单元门口 垃圾桶破损；旁边地上垃圾散落一地。请保洁处理。")
    assert [(r.category, r.building) for r in reports] == [("设施损坏", "9"), ("暴露垃圾", "9")]


def test_a_habit_is_no_deadline() -> None:
    (report,) = parse("和平里门口每天下午都有人摆摊卖菜，城管能不能管一下")
    assert (report.category, report.deadline) == ("占道经营", None)


@pytest.mark.parametrize(
    "text",
    [
        "【督办】11月10日交办的和平里楼道堆物问题，请物业说明目前整改进度。",
        "【督办】青枫园违建核查情况请城管于周五前反馈。",
        "【督办】请福寿坊居委会书面回复积水未处理的原因。",
        "本月共交办问题56条，其中楼道堆物20条，整改率82%。",
        "长虹新村门口的摊贩是老问题了，上周已经报过。",
    ],
)
def test_progress_requests_summaries_and_old_reports_are_not_new(text: str) -> None:
    assert parse(text) == []


def test_a_follow_up_that_asks_for_a_fix_and_a_report_back_is_a_report() -> None:
    (report,) = parse("【督办】和平里5栋楼道灯至今未修复，请物业周五前修复并反馈整改情况。")
    assert (report.category, report.building, report.responsible) == ("设施损坏", "5", ("物业",))


def test_a_demand_after_a_rhetorical_question_is_a_report() -> None:
    (report,) = parse("青枫园东门那堆垃圾到底啥时候清啊？都臭了好几天了，今天必须给清走！")
    assert (report.category, report.community) == ("暴露垃圾", "青枫园")


def test_a_name_ending_in_li_before_xiaoqu_keeps_its_li() -> None:
    (report,) = parse("安乐里小区4号楼楼梯扶手松了，请物业修一下")
    assert (report.category, report.community, report.building) == ("设施损坏", "安乐里小区", "4")


@pytest.mark.parametrize(
    ("text", "community", "building"),
    [
        ("机械厂家属院 5栋东侧绿化带 种菜", "机械厂家属院", "5"),  # …家属院
        ("南京路18号院巡查：2号楼楼道堆物，请物业清理", "南京路18号院", "2"),  # a courtyard address is no building
        ("和平街9号北侧车棚里堆满了旧家具，请物业清理", "和平街9号", None),  # a road number before a place at it
        ("金湖一号7号楼阳台外沿摆了一排花盆，请物业上门劝导", "金湖一号", "7"),  # a numbered estate name
        ("和美家园北门有人摆摊卖菜，请城管处理", "和美家园", None),  # 和 opening a sentence is the name's
        ("俺们幸福新村12楼底下垃圾堆老鼻子了，好几天没人收，居委会给整整呗", "幸福新村", "12"),  # 俺们 is no part of it
    ],
)
def test_community_names_in_northern_and_courtyard_styles(text: str, community: str, building: str | None) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == (community, building)


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        ("红旗里3号楼楼道灯坏了半个月了，物业给修修吧", ("物业",)),
        ("红旗里6号楼1单元那家隔成好几个小间往外租，房管办和派出所能管不", ("房办", "派出所")),
        ("今日巡查问题：\n1. 红旗里7栋楼道堆放纸箱——物业\n2. 光明苑南门外流动摊贩——城管", ("物业",)),
    ],
)
def test_parties_bidden_without_qing(text: str, responsible: tuple) -> None:
    assert parse(text)[0].responsible == responsible


def test_a_promise_of_the_speakers_own_side_is_no_request() -> None:
    assert parse("那个要找到狗主人才行，我们居委去问问") == []


def test_the_deadline_with_qian_wins_over_the_day_of_the_round() -> None:
    reports = parse("今日巡查问题清单（请相关单位周三前整改）：\n1. 红旗里7栋楼道堆放纸箱——物业")
    assert [r.deadline for r in reports] == [at("2026-11-18 23:59")]


def test_the_speakers_own_day_is_no_deadline() -> None:
    (report,) = parse("我今天去红旗里转了一圈，后院垃圾攒了老鼻子了，保洁得去好好整一整")
    assert (report.category, report.deadline) == ("暴露垃圾", None)


def test_a_follow_up_asking_for_a_fix_and_an_explanation_is_a_report() -> None:
    (report,) = parse("【督办】红旗里3栋空调架锈蚀问题反映两周了还没处理，请物业今天下班前排除隐患，并书面说明原因。")
    assert (report.category, report.deadline) == ("高空抛物", at("2026-11-18 17:00"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("海珠花园3栋楼梯口堆咗好多旧纸箱，请物业清走", "楼道堆物"),  # 咗 read as 了
        ("海珠花园北门个沙井盖冇咗，请物业马上处理", "设施损坏"),  # 冇 read as 没
        ("海珠花园5栋楼道声控灯唔着，请物业维修", "设施损坏"),  # 唔 read as 不
        ("海珠花园2栋天台门被人用铁链锁死，请物业即刻打开", "消防通道占用"),
        ("海珠花园门口有间大排档将枱凳摆晒出嚟，请城管处理", "占道经营"),
        ("海珠花园6栋有人掟烟头落嚟，请居委调查", "高空抛物"),  # 掟 read as 扔
        ("海珠花园8栋楼梯口停咗两架电单车叉电，请物业处理", "飞线充电"),
    ],
)
def test_cantonese_writing_is_read_as_mandarin(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_description_keeps_what_was_written() -> None:
    (report,) = parse("海珠花园3栋楼梯口堆咗好多旧纸箱，请物业清走")
    assert "堆咗" in report.description


def test_a_forms_fields_give_place_parties_and_the_deadline_with_qian() -> None:
    text = (
        "巡查记录\n时间：11月18日上午\n地点：海珠花园5幢\n问题：楼道堆放纸箱；楼道应急灯不亮\n"
        "责任单位：物业公司\n整改时限：3日内"
    )
    reports = parse(text)
    assert [(r.category, r.community, r.building, r.responsible, r.deadline) for r in reports] == [
        ("楼道堆物", "海珠花园", "5", ("物业",), at("2026-11-21 23:59")),
        ("消防设施缺失", "海珠花园", "5", ("物业",), at("2026-11-21 23:59")),
    ]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("天河广场地下车库入口十几台共享单车乱摆，请物业清走", "天河广场"),  # …广场 before a place in it
        ("锦华168 3栋外墙空调架生锈，请物业检查", "锦华168"),  # a name with digits
        ("光复中路23号后巷有个沙井盖冇咗，请城管处理", "光复中路23号"),  # a road address, whatever its words
        ("君悦今日巡查。5号楼门口几台私家车压住消防通道，请物业整改", "君悦"),  # a brand name before its round
    ],
)
def test_community_names_in_southern_messages(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_follow_up_asking_for_a_written_explanation_of_a_check_is_no_report() -> None:
    assert parse("【督办】德安里12号楼疑似群租问题，请派出所、居委于明天前书面说明核查情况。") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("西河弄15号门口 装修垃圾未袋装 堆放路边，请城管处理", ("西河弄", "15", None)),  # at house 15's door
        ("体育路118号5幢楼下垃圾满溢，请保洁清理", ("体育路118号", "5", None)),  # a road number before a building
        ("下城路306号2幢楼道灯坏了，请物业维修", ("下城路306号", "2", None)),  # 下 opening the text is the road's
        ("湖光1号小区8幢1单元消防栓箱玻璃碎了，请物业整改", ("湖光1号", "8", "1")),
        ("青石弄口的早餐店油污排到路上，地面黑乎乎的，请城管处理", ("青石弄", None, None)),  # a lane with no number
    ],
)
def test_lanes_roads_and_numbered_names(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, report.unit) == place


def test_each_list_item_keeps_its_own_community_and_assignment() -> None:
    text = (
        "【督查通报】\n1. 锦江苑：北门两侧人行道机动车乱停（城管）；\n"
        "2. 丰收坊：6幢1单元楼道飞线充电（物业）。\n以上问题请于周五前整改完毕。"
    )
    assert [(r.category, r.community, r.responsible) for r in parse(text)] == [
        ("机动车乱停放", "锦江苑", ("城管",)),
        ("飞线充电", "丰收坊", ("物业",)),
    ]


def test_a_list_items_fields_after_a_dash_are_its_own() -> None:
    text = (
        "巡查问题清单：\n① 丰收坊2幢电梯厅停放电瓶车2辆——责任单位：物业，今天下班前；\n"
        "② 丰收坊西侧围墙外私搭彩钢棚——责任单位：城管，本周五前。"
    )
    assert [(r.category, r.responsible, r.deadline) for r in parse(text)] == [
        ("飞线充电", ("物业",), at("2026-11-18 17:00")),
        ("违法搭建", ("城管",), at("2026-11-20 23:59")),
    ]


def test_a_request_aimed_at_one_problem_goes_to_its_report() -> None:
    reports = parse("丰收坊沿河步道上垃圾扔得满地都是；另外护栏断了一截。垃圾请保洁清理，护栏请街道安排修复。")
    assert {r.category: r.responsible for r in reports} == {"暴露垃圾": ("保洁",), "设施损坏": ("街道",)}


def test_a_problem_dealt_with_and_back_again_is_a_report() -> None:
    (report,) = parse("锦江苑12幢楼道堆物上周已经清过一次，今天复查又堆满了，请物业再清一次。")
    assert (report.category, report.building) == ("楼道堆物", "12")


def test_a_quoted_message_is_context_when_the_reply_names_its_own_problem() -> None:
    reply = "回复：2幢已经清好了。不过4幢1单元楼道里又发现有人飞线充电，请物业处理。"
    reports = parse("「@锦江苑 物业：2幢3单元楼道堆物请整改」\n" + reply)
    assert [(r.category, r.building) for r in reports] == [("飞线充电", "4")]


def test_a_greeting_is_no_deadline() -> None:
    (report,) = parse("各位早上好，锦江苑9幢楼梯口有人喂流浪猫，弄得臭哄哄的，请居委会协调")
    assert report.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "请教一下，楼道里放鞋柜算堆物不？有居民问我。",  # a question about the rules
        "按区里口径，电动车进楼就归飞线充电那一类。",  # talk about a category, nothing to act on
        "昨儿夜查飞线，十二点多才到家，今儿眼睛都睁不开了。",
        "东方里的灭火器上周已经报采购了，预计周四到。",
    ],
)
def test_a_problem_named_with_no_place_request_or_party_is_talk(text: str) -> None:
    assert parse(text) == []


def test_a_problem_named_with_no_place_but_back_again_is_a_report() -> None:
    (report,) = parse("沿街那家水果店又把摊子摆到便道上了")  # 便道 is said for 人行道
    assert report.category == "占道经营"


@pytest.mark.parametrize(
    ("text", "community", "building"),
    [
        ("纺织楼5号楼1单元楼道灭火器过期了，请物业更换", "纺织楼", "5"),  # …楼 before a building
        ("八一里12号楼门口下水道返水了，请物业疏通", "八一里", "12"),  # a stem of numerals where a name stands
        ("芝麻胡同12号门口停了辆面包车堵着消防通道，请派出所协调", "芝麻胡同", "12"),  # a lane house number, as 里
    ],
)
def test_names_of_old_work_unit_blocks_and_hutongs(text: str, community: str, building: str | None) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == (community, building)


def test_the_date_of_a_list_is_no_deadline() -> None:
    reports = parse("巡查组11月18日问题清单：\n（1）新华里北口流动摊贩卖水果，责任单位：城管，即知即改。")
    assert [(r.category, r.deadline) for r in reports] == [("占道经营", None)]


def test_a_layer_of_grease_is_no_floor() -> None:
    (report,) = parse("建国南里门前地面一层油泥，走路打滑，请城管整改")
    assert (report.category, report.floor) == ("环境脏乱", None)


def test_a_name_with_a_regional_character_is_reported_as_written() -> None:
    (report,) = parse("仲恺花园5号楼门口垃圾满溢，请保洁清理")
    assert report.community == "仲恺花园"


@pytest.mark.parametrize("text", ["天一小区3号楼楼道堆物，物业来清理了", "天一小区3号楼楼道堆物，物业都处理了"])
def test_a_party_said_to_have_acted_is_no_fresh_request(text: str) -> None:
    assert parse(text) == []


def test_a_request_to_act_and_report_back_is_a_report() -> None:
    (report,) = parse("天一小区5号楼门口垃圾满溢情况，请物业清理后反馈")
    assert (report.category, report.responsible) == ("暴露垃圾", ("物业",))


def test_a_problem_cleared_stays_cleared_when_another_follows() -> None:
    reports = parse("天一小区3号楼楼道堆物已清理。5号楼门口垃圾满溢，请保洁清运，仍需加强巡查")
    assert [(r.category, r.building) for r in reports] == [("暴露垃圾", "5")]


@pytest.mark.parametrize("text", ["之前那个违建还在，7号楼后面", "早上那个违建还在"])
def test_a_time_word_before_a_pointer_is_no_place(text: str) -> None:
    assert parse(text) == []


def test_a_request_to_check_keeps_its_deadline() -> None:
    (report,) = parse("天一小区3号楼楼道堆物，请物业明天检查并清理")
    assert report.deadline == at("2026-11-19 23:59")


def test_beside_another_building_takes_nothing_of_the_first() -> None:
    reports = parse("天一小区17幢1单元楼道堆物。旁边18幢门口垃圾满溢，请物业处理")
    assert [(r.building, r.unit) for r in reports] == [("17", "1"), ("18", None)]


@pytest.mark.parametrize(
    "text", ["天一小区3号楼房间1201门口堆了杂物，请物业清理", "天一小区网格员巡查发现3号楼楼道堆物，请物业清理"]
)
def test_rooms_and_roles_are_no_communities(text: str) -> None:
    assert [r.community for r in parse(text)] == ["天一小区"]


def test_an_office_block_is_no_community() -> None:
    assert [r.community for r in parse("办公楼门口共享单车乱停，请物业处理")] == [None]


def test_a_question_mark_in_a_link_is_no_question() -> None:
    (report,) = parse("天一小区3号楼楼道堆满杂物，请物业清理 详见http://a.cn/?x=1")
    assert report.category == "楼道堆物"


def test_a_quoted_message_gives_the_reply_its_community_only() -> None:
    reports = parse("「天一小区2幢楼道堆物，请物业整改」 回复：2幢已清，4幢楼道里又有人飞线充电，请物业处理")
    assert [(r.category, r.community, r.building) for r in reports] == [("飞线充电", "天一小区", "4")]


def test_a_list_of_placed_problems_is_no_notice_for_its_closing_words() -> None:
    text = (
        "今日巡查问题：\n1. 七星新村 12号楼东侧 暴露垃圾\n2. 凤台苑 3栋2单元 楼道堆物\n"
        "请各居委会督促物业下午下班前整改到位。"
    )
    assert [(r.category, r.community) for r in parse(text)] == [("暴露垃圾", "七星新村"), ("楼道堆物", "凤台苑")]


def test_a_notice_listing_categories_without_places_stays_a_notice() -> None:
    assert parse("本周重点：\n1、楼道堆物\n2、飞线充电\n请各居委自查。") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("芙蓉苑2栋外墙宣传栏倒哒，请物业下礼拜二前重装", "设施损坏"),  # Changsha 哒 read as 了
        ("芙蓉苑1栋外墙被细伢子用粉笔画得乱七八糟，请居委会组织清洗", "乱张贴涂写"),
        ("芙蓉苑A座1楼大堂堆满快递箱，请物业清理", "楼道堆物"),
        ("芙蓉苑8栋前面有人在树上牵绳子晒被子，@居委 劝导一下", "乱晾晒"),  # a drying rope is no leash
    ],
)
def test_changsha_messages(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_lorry_blocking_a_fire_lane_is_no_debris() -> None:
    assert [r.category for r in parse("芙蓉苑西门消防通道被一台渣土车堵哒，请物业处理")] == ["消防通道占用"]


def test_a_quoted_line_opening_with_a_chevron_is_context() -> None:
    reports = parse(
        "> 芙蓉巷9号 门口垃圾堆了一坨\n已经清理哒。不过巷子口墙上又被人喷了好多小广告，请保洁今天下午处理一下。"
    )
    assert [(r.category, r.community) for r in reports] == [("乱张贴涂写", "芙蓉巷")]


# -- Fujian, Nanjing and Shandong writers ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("榕城雅苑5栋2梯电梯厅堆满纸箱，请物业清理", ("榕城雅苑", "5", "2", None)),  # a building's lift: its unit
        ("槐花里7号楼3门楼道堆放旧家具，请物业清理", ("槐花里", "7", "3", None)),
        ("槐花里 9号 1门 2楼楼道 堆物 物业", ("槐花里", "9", "1", "2")),
        ("金岭山庄4-1-302门口楼道堆满杂物，请物业清理", ("金岭山庄", "4", "1", None)),  # building-unit-room
        ("丰收宿舍3-2楼道放着两辆电动车在充电，请物业处理", ("丰收宿舍", "3", "2", None)),
        ("我家住银桂苑十二栋一单元，我们这个单元六楼的楼道灯坏了，请物业修一下", ("银桂苑", "12", "1", "6")),
    ],
)
def test_doors_lifts_and_dashed_addresses_are_units(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, report.unit, report.floor) == place


def test_an_estates_numbered_gate_is_still_no_unit() -> None:
    (report,) = parse("槐花里3门外面有人摆摊卖菜，请城管处理")
    assert (report.community, report.building, report.unit) == ("槐花里", None, None)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("你好，我是金桂云台的业主，地下车库入口一直积水，麻烦物业抽一下", "金桂云台"),
        ("我们龙江社最近好多电线杆上贴满小广告，麻烦居委会清一下", "龙江社"),
        ("俺们孙家庄东头那块空地堆满了建筑垃圾，请街道协调清运", "孙家庄"),
        ("集美区杏林湾花园3号楼楼道堆物，请物业清理", "杏林湾花园"),  # the district is no part of the name
        ("思明 鹭湾花园 4号楼 楼道 纸箱 物业", "鹭湾花园"),
        ("市民来电：悦榕(江宁区)3栋楼道堆满杂物，请物业清理", "悦榕"),  # an aside before the building
        ("台账第2项金湖山庄的垃圾桶满溢，请保洁今天清运", "金湖山庄"),
    ],
)
def test_where_residents_and_forms_put_an_estates_name(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    "text",
    [
        "金湖山庄5号楼飞线已即知即改，线已剪掉。",
        "金湖山庄门口公益广告已补贴，复查通过。",
        "12345回访：上月反映的金湖山庄群租问题已办结。",
        "金湖山庄8栋楼道小广告已经刷了一半，剩下的明天弄完。",
        "金湖山庄那几个摊子城管说晚上7点去，我们配合一下。",  # the party speaks, nobody asks it
        "督办：金湖山庄3号楼狗粪问题，警示牌装了没有？请物业回复。",
        "【督办】金湖山庄7号楼违建，请城管于今日反馈核查结论及下一步处置计划。",
        "明天上午区城管局领导来检查占道经营整治情况，请各沿街商户提前做好准备。",
        "上礼拜就报过金湖山庄那个垃圾房臭得要死，到现在还是一样。",  # a complaint, no fresh request
    ],
)
def test_fixes_progress_and_talk_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category", "parties"),
    [
        ("金湖山庄主路上一大滩油污，估计哪个车漏的，保洁今天上午处理下", "环境脏乱", {"保洁"}),  # 哪个 asks nothing
        ("金湖山庄6号楼单元门禁坏了好几天，物业阿能搞快点？", "设施损坏", {"物业"}),  # Nanjing 阿能: a request
        ("金湖山庄2号楼电梯里有狗撒尿，物业调调监控吧", "不文明养犬", {"物业"}),
        (
            "【督办】金湖山庄垃圾箱房满溢已多次反映仍未整改，请物业今天18点前清运，并建立每日清运台账。",
            "暴露垃圾",
            {"物业"},
        ),
        ("尊敬的街道领导：金湖山庄门口水果店天天把货架摆到人行道上，恳请城管处理", "占道经营", {"城管"}),
    ],
)
def test_requests_in_other_wordings(text: str, category: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert (report.category, set(report.responsible)) == (category, parties)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("金湖山庄3号楼屋顶平台的旧花盆又堆上了，请物业再清一次", "公共区域堆物"),
        ("金湖山庄9号楼后面倒了一堆碎砖头和石膏板，请物业查一下", "建筑垃圾"),
        ("金湖山庄4号楼楼上那户每天晚上拖桌子、蹦蹦跳跳，请物业去讲一下", "噪音扰民"),
        ("金湖山庄5号楼502礼拜天早上七点就砸墙，请物业制止", "噪音扰民"),
        ("金湖山庄门口那条路破了一个大洞，请街道来补", "设施损坏"),
        ("金湖山庄7号楼阳台外面挂的花盆摇摇晃晃，请物业上门", "高空抛物"),
        ("金湖山庄2号楼前有户人家用篱笆把公共绿地圈成自家小院，请城管拆除", "违法搭建"),
        ("金湖山庄公厕门口地上都是水，又脏又臭，请保洁打扫", "环境脏乱"),
    ],
)
def test_situations_in_the_words_of_other_regions(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("11月17日检查丰华里发现问题：\n1、3幢楼道堆放纸箱；\n请物业今天整改。", "丰华里"),
        ("今日巡查(翠竹坊)：\n- 5号楼门口垃圾桶满溢\n物业 中午前处理", "翠竹坊"),
        ("早上有人在云锦天成楼下空地跳广场舞，音响很大声，麻烦居委会讲一下", "云锦天成"),
        ("(三)前进村5号楼后面晒被子晒到树上；请居委会劝导。", "前进村"),  # a name opening with 前
        ("@房办 纬二路16号院3号楼楼上往下漏水，找不着人，请房办协调", "纬二路16号院"),
    ],
)
def test_estates_named_where_a_round_went_or_by_a_house_number(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_name_said_in_the_header_holds_where_an_item_writes_it_again() -> None:
    text = (
        "丰华里、翠竹坊巡查情况：\n一、丰华里分类亭桶边堆放垃圾袋，厨余与其他垃圾混投；\n"
        "二、翠竹坊3号楼楼道堆放杂物。\n请物业整改。"
    )
    assert [(r.category, r.community) for r in parse(text)] == [("垃圾分类不规范", "丰华里"), ("楼道堆物", "翠竹坊")]


def test_a_list_heading_of_its_own_names_the_estate_of_the_items_below() -> None:
    text = "今日巡查发现问题如下：\n一、丰华里\n1.3号楼楼道堆放纸箱；\n二、翠竹坊\n1.院内垃圾桶满溢。\n请物业整改。"
    assert [(r.category, r.community) for r in parse(text)] == [("楼道堆物", "丰华里"), ("暴露垃圾", "翠竹坊")]


def test_a_place_said_in_a_sentence_of_its_own_is_the_problems_place() -> None:
    (report,) = parse("楼上又在砸墙，一早上没停过。丰华里6号楼。请物业上门制止。")
    assert (report.category, report.community, report.building) == ("噪音扰民", "丰华里", "6")


def test_a_forms_state_field_is_the_same_problem_and_its_first_date_no_deadline() -> None:
    text = (
        "【督办单】\n问题：丰华里2号楼东侧消防通道被私家车占用\n首次交办：11月10日\n现状：仍有三辆车停放\n"
        "要求：请物业今日15时前完成清理。"
    )
    (report,) = parse(text)
    assert (report.category, report.building, report.responsible) == ("消防通道占用", "2", ("物业",))
    assert report.deadline == at("2026-11-18 15:00")


def test_a_bracketed_form_label_assigns_its_parties() -> None:
    (report,) = parse(
        "督办事项\n【地点】丰华里6幢1单元\n【问题】楼道内电动车充电\n【责任单位】物业、居委会\n【时限】11月20日"
    )
    assert set(report.responsible) == {"物业", "居委会"}


def test_a_list_with_a_closing_request_for_feedback_is_still_a_list_of_problems() -> None:
    text = (
        "1.丰华里3号楼北侧路灯不亮（物业）；\n2.翠竹坊5号楼楼道小广告（居委会）。\n以上问题请明天下班前反馈整改结果。"
    )
    assert [(r.category, r.responsible) for r in parse(text)] == [("设施损坏", ("物业",)), ("乱张贴涂写", ("居委会",))]


def test_a_request_aimed_at_one_problem_adds_its_party_to_the_shared_ones() -> None:
    text = "丰华里巡查：\n1、5幢楼道堆放杂物；\n2、东门外流动摊贩占道卖菜。\n请物业今天整改，占道问题请城管配合。"
    parties = {r.category: set(r.responsible) for r in parse(text)}
    assert parties == {"楼道堆物": {"物业"}, "占道经营": {"物业", "城管"}}


def test_another_problem_beside_the_first_is_its_own_report() -> None:
    reports = parse("丰华里西口有人倒了一堆装修的碎砖，旁边生活垃圾也堆得老高，请城管处理")
    assert [r.category for r in reports] == ["建筑垃圾", "暴露垃圾"]


def test_a_promise_reported_by_the_speaker_is_no_report() -> None:
    assert parse("丰华里空地那块菜地，老太太说等白菜收了就平掉，我们再盯着点。") == []


def test_a_party_word_that_is_the_object_of_the_work_is_no_party() -> None:
    (report,) = parse("丰华里4栋楼下绿地被人种了菜，请物业恢复绿化")
    assert (report.category, report.responsible) == ("毁绿种菜", ("物业",))


def test_a_lonely_neighbour_not_seen_for_days_is_another_problem() -> None:
    (report,) = parse("丰华里3号楼有个独居老人好几天没见着了，敲门也没人应，请居委会赶紧来看看")
    assert (report.category, report.responsible) == ("其他", ("居委会",))


def test_a_pasted_tables_name_column_gives_each_row_its_estate() -> None:
    text = (
        "| 小区 | 楼栋 | 问题 | 责任 |\n| 孟庄 | 5号 | 门前绿化带上晾晒衣物 | 居委 |\n"
        "| 滨河168 | 2号楼3楼 | 楼道堆放杂物 | 物业 |"
    )
    reports = parse(text)
    assert [(r.category, r.community, r.building, r.responsible) for r in reports] == [
        ("乱晾晒", "孟庄", "5", ("居委会",)),
        ("楼道堆物", "滨河168", "2", ("物业",)),
    ]


def test_one_problem_said_twice_in_a_sentence_is_one_report() -> None:
    reports = parse("丰华里9号楼几户空调外机支架锈得厉害，还有阳台上的花盆摇摇晃晃，怕掉下来砸着人，请物业排查")
    assert [(r.category, r.building) for r in reports] == [("高空抛物", "9")]


def test_the_same_kind_of_problem_in_two_list_items_stays_two_reports() -> None:
    reports = parse("丰华里9号楼：一是楼下健身器材坏了两个；二是旁边的路灯坏了一周。请物业修复")
    assert [r.category for r in reports] == ["设施损坏", "设施损坏"]


def test_a_request_said_before_the_place_still_finds_the_problem() -> None:
    (report,) = parse("请物业周五前把丰华里12号楼楼顶平台上那堆废弃的旧家具清走")
    assert (report.category, report.community, report.building) == ("公共区域堆物", "丰华里", "12")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丰华里2号楼楼下的分类桶收运后一直没推回去，横在路中间，请物业归位", "垃圾分类不规范"),
        ("丰华里6栋401楼上一直往下渗水，天花板都泡掉了，请物业协调", "其他"),
    ],
)
def test_bins_left_out_and_leaks_from_above(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_fix_said_with_the_southern_have_is_no_report() -> None:
    assert parse("很赞哦，丰华里那堆旧家具今天城管有去清走了，谢谢城管！") == []


def test_the_time_of_the_work_wins_over_another_time_in_a_run_on() -> None:
    (report,) = parse("丰华里十五栋门口栏杆上晒满了被单明天领导要来看的请居委会跟他们讲一下今天收掉")
    assert report.deadline == at("2026-11-18 23:59")


def test_a_counter_put_out_of_a_shop_is_street_trading() -> None:
    assert "占道经营" in [r.category for r in parse("丰华里沿街那家手机店把柜台摆到门外了，请城管处理")]


# -- southwestern, Jin and Hebei writers; work orders ------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("桂苑5栋楼道头堆了好多纸壳壳，拿给物业克整一下嘛", {"物业"}),  # 克 for 去, a bidding 嘛
        ("桂苑门口那几棵树上又拉起绳子晒被子，物业喊一下嘛", {"物业"}),
        ("桂苑小区大门口共享单车停得乱七八糟，物业管一哈", {"物业"}),
        ("桂苑7号楼有人把电瓶车推上电梯弄回家充电，物业在电梯口盯一盯", {"物业"}),
        ("桂苑垃圾站厨余垃圾和其他垃圾混着倒，保洁来了也不分，请物业加强督导", {"物业"}),  # 保洁 only told of
        ("桂苑底商把桌子搬到人行道上，市场监管和城管联合整治一下", {"市场监管", "城管"}),
    ],
)
def test_biddings_of_the_southwest_and_north(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("五里坝小区6幢2单元天天有人进进出出，怕是群租房，派出所查一下", "五里坝小区"),  # 五里 is no word of place
        ("富强西里消防通道上让卖水果的摆了摊，城管今天清理", "富强西里"),  # a name opening with a verb
        ("胜利东园西门外头那个角落烂菜叶子攒了一大堆，保洁清一清", "胜利东园"),
        ("兀那煤机厂宿舍12栋的人家天天把被子搭在楼前树上晒，居委会劝一劝", "煤机厂宿舍"),
        ("夜儿个转了一圈柏林庄，村西头空地上让人倒了好几车渣土，城管处理", "柏林庄"),
        ("谈南村村南头有个大院隔成二十多个小间出租，请派出所检查", "谈南村"),
        ("东二庄村口主干道两边天天停满了车，请城管来贴条", "东二庄"),
        ("锦江南岸 B座 一楼大堂 灭火器过期 物业 48小时内更换", "锦江南岸"),  # a terse note's first field
        ("早上路过汇景看到9栋旁边的绿化带被人踩出一条路，请物业补种", "汇景"),
    ],
)
def test_names_of_work_units_villages_and_brands(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_photo_captions_are_no_names() -> None:
    text = "水利厅家属院巡查情况：\n图一：2号楼东侧绿化带内私自种菜\n图二：院内垃圾桶旁散落垃圾\n请物业明天下班前整改。"
    assert {r.community for r in parse(text)} == {"水利厅家属院"}


def test_a_work_orders_requirement_restates_the_problem() -> None:
    text = (
        "【点位】启明星公寓B座\n【问题描述】1层大堂堆放快递纸箱\n【整改要求】立即清出大堂，严禁堆放杂物\n"
        "【责任单位】物业\n【整改时限】24小时内"
    )
    (report,) = parse(text)
    assert (report.category, report.building, report.floor, report.responsible) == ("楼道堆物", "B", "1", ("物业",))


def test_a_tables_party_and_time_columns() -> None:
    text = "点位|问题描述|责任单位|整改时限\n并州花园9号楼|楼顶平台私搭彩钢房一间|物业、城管|11月25日"
    (report,) = parse(text)
    assert (set(report.responsible), report.deadline) == ({"物业", "城管"}, at("2026-11-25 23:59"))


@pytest.mark.parametrize(
    "text",
    [
        "派出所民警已到现场，KTV已停止营业。",
        "启明星公寓的公益广告新画面已经做好了，明天上午安装。",
        "碧桂苑12栋已在电梯加装电瓶车阻车器。",
        "碧桂苑电梯里的小广告物业已经撕干净了，照片发群里了。",
        "表扬一下并州花园物业，这周楼道堆物、飞线充电都清得干干净净。",
        "【督办】请物业报告裕华园地下车库消火栓整改进度。",
    ],
)
def test_work_done_praise_and_progress_asked_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("钢厂生活区主路上全是拉煤车掉下来的煤渣和泥，请保洁冲洗路面", "环境脏乱"),  # nothing falls from a height
        ("星汇小区门口天天拉渣土的车子过，满地都是泥巴，请城管管一下", "环境脏乱"),
        ("铁路宿舍3栋一楼住户家中堆满捡来的废品，蟑螂多，请居委会上门看看", "其他"),
        ("铂悦6号楼底商把门前的草坪铲了铺成水泥地，请绿化处理", "毁绿种菜"),
        ("晋源宿舍围墙上让人用红漆喷了一溜办证电话，请物业清除", "乱张贴涂写"),
        ("翠微园4幢前面的健身器材上搭满了衣服床单，物业去说一下", "乱晾晒"),
        ("棕南营小区5号楼东侧化粪池冒溢，请物业处理", "环境脏乱"),
        ("富强西里消防通道上让卖水果的摆了摊，还搭了个棚子，城管今天清理", "消防通道占用"),  # the lane wins
    ],
)
def test_northern_and_southwestern_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_door_of_a_block_is_its_unit() -> None:
    (report,) = parse("兴华街坊十二号楼三门洞五层楼梯拐角堆了一堆酸菜缸子，物业赶紧些")
    assert (report.category, report.building, report.unit, report.floor) == ("楼道堆物", "12", "3", "5")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("锦江南岸C座后面那几盏路灯坏了个把月了，物业搞快点修嘛", "锦江南岸"),  # 南岸 ends the name
        ("我是三网格的小李，现在在电机厂宿舍这边看到5号楼后面空地堆满旧家具，请物业清理", "电机厂宿舍"),
        ("青云路这边青云路52号门口人行道上有商户拉绳子晒拖把，请城管去说一下", "青云路52号"),
    ],
)
def test_names_at_a_sentences_opening_after_a_preposition_or_a_road(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_layers_of_posters_are_no_floor() -> None:
    (report,) = parse("汇景3栋单元门上贴满了开锁小广告，一层盖一层的，请物业清理")
    assert (report.building, report.floor) == ("3", None)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("龙腾花园2栋的电梯坏了三天了，物业一直说在等配件，请业委会出面协调", {"业委会"}),  # 物业 only quoted
        ("云岭城门口那块空地，不晓得哪个拉了一车旧家具堆起，物业拿人克拉走嘛", {"物业"}),
    ],
)
def test_parties_told_and_parties_quoted(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


# -- winter in the northeast, southern Mandarin, and what a review found --------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("红旗街坊28号楼房檐上的冰溜子老长了，请物业今天敲掉", "高空抛物"),
        ("雪韵家园2栋门前雪没扫，道上全是冰，请物业处理", "环境脏乱"),
        ("槐香苑3号楼暖气从昨天开始就拔凉拔凉的，老人孩子都冻感冒了，物业赶紧给整整", "其他"),
        ("星海人家7号楼阳台外边挂的花架子让风吹得直晃荡，随时要掉，请物业联系住户", "高空抛物"),
        ("北岸澜庭16号楼电梯厅有人放了个冰柜，请物业今天12点前清出", "楼道堆物"),
        ("车辆厂宿舍5栋1门楼道的窗户让人砸了，玻璃碴子一地，请物业换上", "设施损坏"),
        ("航洋公寓垃圾投放点只有其他垃圾桶，冇厨余桶，住户全部乱丢一起，请物业补齐", "垃圾分类不规范"),
        ("糖厂大院饭堂后面那条路全是油，黑漆漆的，保洁今天搞干净佢", "环境脏乱"),
        ("丰华里3号楼屋檐上的瓦片掉下来了，请物业处理", "高空抛物"),
    ],
)
def test_ice_heating_and_southern_wordings(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("青秀区荔园新城9栋楼下有烧烤店把桌子摆到人行道上，请城管处理", "荔园新城"),  # 园 before 新城 ends nothing
        ("那个五象广场小区七栋门口有人搭了个铁棚子，请城管来看一下", "五象广场"),
        ("【督办】望园里8号楼2单元楼道私拉电线充电，请物业24小时内拆除", "望园里"),
        ("#创城# 12月1日上午巡查 望园里\n1. 3号楼门口共享单车乱摆；\n请物业整改", "望园里"),
        ("来电反映：美兰区国兴大道12号2座15楼被改成床位出租，请派出所核查", "国兴大道12号"),
        ("白天鹅花园3号楼楼道堆物，请物业清理", "白天鹅花园"),  # 白天 is a word of the name
        ("在水一方花园3号楼楼道堆物，请物业清理", "在水一方花园"),
        ("开发区家属院3号楼楼道堆物，请物业清理", "开发区家属院"),
        ("举报阳光花园3号楼有人群租，请派出所查一下", "阳光花园"),
        ("昨晚汇景9栋楼道有人飞线充电，请物业处理", "汇景"),
        ("项家村3组有人乱倒垃圾，请保洁清理", "项家村"),
    ],
)
def test_names_that_earlier_rules_cut_or_glued(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "我是新来的住户，3号楼楼道堆满纸箱，请物业清理",
        "我在肯德基门口看到有人摆摊，请城管处理",
    ],
)
def test_words_after_a_speaker_or_a_shop_are_no_estate(text: str) -> None:
    assert {r.community for r in parse(text)} == {None}


def test_two_estates_set_apart_by_a_blank_are_both_kept() -> None:
    assert {r.community for r in parse("丰华里 翠竹坊 楼道堆物 物业")} == {"丰华里", "翠竹坊"}


def test_a_cooperative_shop_is_no_estate() -> None:
    assert {r.community for r in parse("丰华里合作社门口有人摆摊，请城管处理")} == {"丰华里"}


@pytest.mark.parametrize(
    "text",
    [
        "丰华里3号楼电梯坏了三天，12345也没答复，请物业尽快修",
        "现场情况：丰华里3号楼楼道堆满纸箱，请物业清理",
        "丰华里门口垃圾一直没清干净，请物业处理",
        "丰华里3号楼电梯坏了，请物业派人来检查一下",
        "丰华里3号楼路灯坏了，居民说路灯坏了要修，请物业处理",
        "给物业点赞！另外丰华里5号楼楼道又堆了纸箱，麻烦物业再清一下",
        "金湖山庄6号楼门口一大滩油污，不知道哪个车漏的，保洁处理下",
    ],
)
def test_reports_the_review_saw_lost(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "【督办】请丁香花园物业说明一下，11月28日反映的7号楼地下室堆物问题，目前整改到哪一步了？",
        "滨江公寓门口那几台车到现在还停在人行道上，讲了一日都冇人理。",
        "20号楼灭火器的事我们已经报给物业了，他们说这周内换",
        "各位业主注意：近期气温低，请不要在楼道堆放杂物、不要私拉电线给电动车充电。",
        "亲爱的业主您好！您反映的嘉和城19栋绿化带晾晒问题，我们已于昨日下午3时50分完成清理。",
        "转：《民法典》第1254条明确禁止从建筑物中抛掷物品，请各位业主互相转告。",
        "【创城日报】12月1日全街道共巡查小区36个，发现问题58处，其中楼道堆物17处，已整改41处。",
        "明天上午9:30召开物业、业委会联席会，议题：电动车集中充电棚建设。",
    ],
)
def test_progress_complaints_notices_and_daily_counts_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("丰华里5号楼有群租，请居委会来了解一下情况", {"居委会"}),
        ("丰华里东门有人摆摊，保安晚上巡逻看到了，请城管处理", {"城管"}),
        ("丰华里3号楼楼道堆满纸箱，请各位物业同事今天清理", {"物业"}),
        ("云景里2号楼底下电动车乱七八糟停成一片，居委帮手组织一下整理", {"居委会"}),
        ("民主路新村3栋402一套房隔成五六个小间，派出所同居委可不可以上门查一下？", {"派出所", "居委会"}),
        ("【督办】江湾新城12号楼东侧消防通道被雪堆堵死，请物业明天10点前清运，居委会跟踪反馈。", {"物业", "居委会"}),
    ],
)
def test_parties_in_southern_and_northern_requests(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


def test_the_same_problem_at_two_gates_is_two_reports() -> None:
    reports = parse("丰华里东门有人摆摊请城管处理。西门也有人摆摊请城管处理")
    assert [r.category for r in reports] == ["占道经营", "占道经营"]


def test_a_fire_lane_does_not_swallow_a_charging_line_beside_it() -> None:
    reports = parse("丰华里3号楼消防通道被车占了，楼道里还有人飞线充电，请物业处理")
    assert [r.category for r in reports] == ["消防通道占用", "飞线充电"]


def test_a_summary_with_a_list_of_placed_problems_to_assign_is_reports() -> None:
    text = (
        "12月20日巡查情况：共巡查小区9个，发现问题6处，需交办2处：\n"
        "1. 平阳苑1号楼前路灯不亮（物业）；\n2. 平阳苑北门外占道卖菜（城管）。"
    )
    assert [r.category for r in parse(text)] == ["设施损坏", "占道经营"]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("同发胡同有户人家捡破烂，纸壳子全堆在胡同道上，@城管 礼拜四之前清了", "同发胡同"),
        ("北岸澜庭小区5号楼前边有人把车停在草坪上，请物业联系车主挪走", "北岸澜庭小区"),  # 北岸 stops no walk
        ("华联大厦地下通道里墙上喷的都是办证电话，请城管清理", "华联大厦"),
        ("中山路88号院里那几个卖菜的天天在门口摆摊，把道都占了，请城管处理", "中山路88号"),
    ],
)
def test_lanes_direction_words_and_courtyards(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_person_addressed_in_a_header_is_no_estate() -> None:
    (report,) = parse("@物业 孙经理\n七号楼三单元顶楼楼道堆满纸箱\n麻烦明天上午来人清理")
    assert (report.community, report.building, report.floor) == (None, "7", "顶")


def test_a_household_named_by_its_floor_is_described_not_pointed_at() -> None:
    (report,) = parse("远大君悦9号楼16楼那家装修，礼拜天早上七点就开始电钻，吵得睡不了")
    assert (report.category, report.floor) == ("噪音扰民", "16")


def test_a_bottle_smashed_on_a_car_is_no_noise() -> None:
    reports = parse("鑫海家园2号楼有人从楼上往下扔酒瓶子，早上刚砸在楼下车上，请物业查一下是哪家")
    assert [r.category for r in reports] == ["高空抛物"]


# -- typed in a hurry, checklists, Chongqing and Lanzhou -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "parties"),
    [
        ("荷塘新村3#2U楼道堆了一堆纸板箱，wy pls今天下班前清掉", ("3", "2"), {"物业"}),
        ("金桥公寓东侧人行道上停了三辆小车，请cg中队处理", (None, None), {"城管"}),
        ("庄桥家园门口有人拉绳子晾被单，请城管和jw明天上午处理", (None, None), {"城管", "居委会"}),
        ("龙湖春森 T3栋 电梯厅 电瓶车2辆 wy", ("T3", None), {"物业"}),
    ],
)
def test_abbreviations_of_a_hurried_grid_worker(text: str, place: tuple, parties: set[str]) -> None:
    (report,) = parse(text)
    assert ((report.building, report.unit), set(report.responsible)) == (place, parties)


def test_a_checklists_ticked_items_are_no_problems() -> None:
    text = "【平江里 巡查】\n☑ 消防通道畅通\n✗ 5号楼楼道 电瓶车停放充电\n☑ 宣传栏 完好\n请wy明天中午前整改"
    assert [(r.category, r.building) for r in parse(text)] == [("飞线充电", "5")]


def test_a_checklist_all_ticked_is_no_report() -> None:
    assert parse("【彩虹坊 周一巡查】☑楼道 ☑垃圾房 ☑消防通道 ☑非机动车 ☑公益广告 全部合格") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("黄河家园门口有人在人行道上私搭了个铁皮房，城管中队5号前拆除", {"城管"}),  # told what by when
        ("五泉苑3号楼门口晾的被子床单挂在树上，一大排，居委会说一下", {"居委会"}),
        ("@保洁 李家坝2栋背后那个角角头烂菜叶子、塑料袋堆起，都臭了，今天下班前弄干净", {"保洁"}),
    ],
)
def test_parties_told_by_a_time_or_to_have_a_word(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("临江里 17号楼东侧 共享单车乱堆 十几辆", "非机动车乱停放"),
        ("楼上又在甩烟头，阳台上晾的衣服都烧了个洞，请物业查一下", "高空抛物"),
        ("半山湾 1号楼 阳台 花盆 无护栏 物业", "高空抛物"),
        ("民生路203号后面梯坎上有人把旧沙发、床垫子甩在那里，请保洁清走", "公共区域堆物"),
        ("金科天籁城9栋二楼的公共平台被一户人家用铝合金窗封起来了，请城管处理", "违法搭建"),
        ("康宁里6栋外墙被餐馆的油烟熏得黢黑，请市监所处理", "环境脏乱"),
        ("桂馨苑十二幢顶楼有人在楼梯口搭了个小间放杂物，请城管处理", "违法搭建"),
    ],
)
def test_chongqing_lanzhou_and_suzhou_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "刚去看了，建设厂家属区消防通道已经通了。",
        "华岩新城19栋的小广告已经铲干净了，附整改前后对比照。",
        "菱塘湾本周六上午在中心广场有文明养犬宣传活动，欢迎居民参加",
    ],
)
def test_cleared_lanes_scraped_posters_and_events_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_request_aimed_at_a_numbered_item_adds_its_party_to_that_item_only() -> None:
    text = (
        "东吴公寓巡查情况：\n1. 2幢楼道堆放旧自行车和纸箱\n2. 小区门口共享单车乱停\n"
        "以上请物业下周二前整改，第2条请城管配合"
    )
    assert [(r.category, set(r.responsible)) for r in parse(text)] == [
        ("楼道堆物", {"物业"}),
        ("非机动车乱停放", {"物业", "城管"}),
    ]


# -- Beijing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("远洋山水8号楼5层那家的狗一宿一宿地叫唤，劳驾物业明儿上午找他家说道说道", "2026-11-19 12:00"),
        ("万寿园6号楼各层灭火器箱都是空的，劳驾物业明儿下午3点前配齐", "2026-11-19 15:00"),
    ],
)
def test_beijings_days(text: str, deadline: str) -> None:
    (report,) = parse(text)
    assert report.deadline == at(deadline)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("您受累跟物业说一声，育新家园4号楼1单元楼道灯坏了小半个月了", {"物业"}),
        (
            "团结湖北里3号楼2单元楼上装修天天从早上7点干到晚上9点，劳驾居委会和物业下礼拜一前跟施工队约法三章",
            {"居委会", "物业"},
        ),
        ("【街道城市管理通报】12月19日夜查发现：\n1. 百万庄北里6号楼1门楼道拉线充电；\n请物业明天中午前整改", {"物业"}),
    ],
)
def test_beijings_requests_and_a_speakers_office(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("西四北二条23号院门口电线杆子上贴满了开锁的小广告，劳驾城管处理一下", "西四北二条23号院"),
        ("万科翡翠公园12号楼西边草坪上天天停着一辆黑色奥迪，请物业联系车主挪走", "万科翡翠公园"),
    ],
)
def test_hutong_lanes_and_parks_that_are_estates(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_car_of_a_known_make_on_a_lawn_is_a_car_on_a_lawn() -> None:
    assert [r.category for r in parse("万科翡翠公园12号楼西边草坪上天天停着一辆黑色奥迪，草都压秃了，请物业处理")] == [
        "机动车乱停放"
    ]


def test_a_work_orders_dispatch_field_asks_its_party() -> None:
    text = (
        "工单号：JS202611180012\n诉求内容：来电反映安苑北里19号楼4单元302室卫生间顶上漏水，联系不上楼上业主。\n"
        "派单：物业\n办理时限：2天内"
    )
    (report,) = parse(text)
    assert (report.category, report.responsible, report.deadline) == ("其他", ("物业",), at("2026-11-20 23:59"))


@pytest.mark.parametrize(
    "text",
    [
        "【整改反馈】芳古园北门占道摊贩已由城管劝离，现场已恢复。",
        "昨儿夜里远洋山水5号楼底下KTV那动静，派出所来了以后就消停了，谢谢民警同志。",
        "今天上午巡查发现慧忠苑3号楼楼道有堆物，已现场督促住户清理完毕，无需再派单。",
        "唉，石榴庄那边的违建拆了又盖，盖了又拆，啥时候是个头啊。",
    ],
)
def test_beijing_fixes_and_sighs_are_no_reports(text: str) -> None:
    assert parse(text) == []


# -- urban villages of Shenzhen and Dongguan -------------------------------------------------------
# A village's numbered lane before a house number is a street of the village (怀德村三巷12号: 怀德村, house
# 12), as it is with no house number (月眉村新区6巷): two writers of Shenzhen messages labelled it so, against
# two of Guangzhou and Wuhan (the lane address, as 泾阳路129弄). A named lane (沙河五巷) stays the address.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("你好，我是怀德村三巷12号的租户，楼梯间一直有人堆纸箱，麻烦居委来看一下", ("怀德村", "12")),
        ("凤凰岗新村二巷8号四楼有户把一套房隔成五六个床位出租，请派出所核查", ("凤凰岗新村", "8")),
        ("白石洲村沙河五巷18号门口有人把旧冰箱、旧沙发丢在路边好几天了，请城管处理", ("白石洲村沙河五巷", "18")),
        ("【12345工单】来电人反映：新安街道水围二坊8栋楼下烧烤档每晚吵到凌晨2点，请城管处理", ("水围二坊", "8")),
        ("锦绣江南物业报：3号楼2单元4楼楼梯间被住户堆了旧轮胎，请居委会协助上门劝导", ("锦绣江南", "3")),
        ("【星河丹堤管理处】今早巡查发现12栋旁消防通道被两台私家车堵住，请派出所协助处理。", ("星河丹堤", "12")),
    ],
)
def test_villages_lanes_sub_districts_and_management_offices(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == place


def test_a_party_a_party_is_asked_to_direct_is_asked_too() -> None:
    (report,) = parse("【12345】来电人反映：滨河湾10栋楼下有人遛狗不拴绳，请万江街道督促物业加强管理")
    assert set(report.responsible) == {"街道", "物业"}


def test_each_list_item_numbered_in_chinese_keeps_its_own_party() -> None:
    text = (
        "【沙头街道检查通报】\n一、沙尾围4号炒粉店在门口摆桌经营，责任单位：城管中队；\n"
        "二、沙尾围6号门口共享单车乱停，责任单位：居委会；\n请各责任单位下周一前整改到位。"
    )
    assert [(r.category, r.responsible) for r in parse(text)] == [
        ("占道经营", ("城管",)),
        ("非机动车乱停放", ("居委会",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "今早巡查麓湖城3栋楼道发现几个纸箱，已当场叫保洁清走，无需派单。",
        "明天上午10点在怀德工业区宿舍开展消防疏散演练，届时请住户按指引从安全出口撤离。",
        "湖贝新村32栋天台那几间铁皮房是历史遗留，之前已经纳入拆违计划了。",
    ],
)
def test_handled_on_the_spot_drills_and_plans_are_no_reports(text: str) -> None:
    assert parse(text) == []


# -- a second review's findings -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "天一小区3号楼楼道堆物，物业今天已清理",
        "天一小区门口违章搭建，城管下午已拆除",
        "天一小区3号楼楼道堆物，物业今天清理完成",
        "天一小区3号楼楼道堆物，物业今天说明天来清理",
        "@物业 天一小区3号楼楼道堆物，今天已清理",
        "天一小区3号楼有人养鸽子，物业今天来看了下",
        "天一小区3号楼楼道堆物的工单呢",
        "天一小区3号楼有人养鸽子，我跟居委会说一下",
        "天一小区3栋那个违建到现在还没拆",
    ],
)
def test_work_done_said_with_a_time_and_questions_with_ne_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "✅天一小区3号楼楼道堆物，请物业清理",  # a tick as a bullet, no checklist
        "天一小区巡查：3号楼楼道堆物，其余全部合格",
        "天一小区3号楼消防通道不畅通，请物业处理",
        "天一小区5号楼路面冻冰了，容易滑倒，请物业处理",
        "天一小区3号楼楼上每天半夜砸东西，咚咚响，请物业处理",
    ],
)
def test_ticks_as_bullets_passes_of_the_rest_and_blocked_lanes_still_report(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    ("text", "community", "parties"),
    [
        ("@jwang 天一小区3号楼楼道堆物，请处理", "天一小区", ()),  # a name, not 居委会
        ("天一小区外面滨江步道有人占道经营", "天一小区", ()),
        ("最近锦绣花园3栋楼道堆物较多，请物业清理", "锦绣花园", ("物业",)),
    ],
)
def test_latin_names_footpaths_and_times_are_no_parties_or_estates(text: str, community: str, parties: tuple) -> None:
    assert [(r.community, r.responsible) for r in parse(text)] == [(community, parties)]


def test_an_estates_numbered_gate_stays_a_gate() -> None:
    (report,) = parse("天一小区2号门外面有人摆摊卖水果，请城管处理")
    assert report.building is None


def test_a_numbered_request_counts_list_lines_not_problems() -> None:
    text = (
        "东吴公寓巡查情况：\n1. 2幢楼道堆放纸箱，5幢飞线充电\n2. 小区门口共享单车乱停\n以上请物业整改，第2条请城管配合"
    )
    parties = {r.category: set(r.responsible) for r in parse(text)}
    assert parties == {"楼道堆物": {"物业"}, "飞线充电": {"物业"}, "非机动车乱停放": {"物业", "城管"}}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("长江路的金桂苑3号楼门口有人摆摊卖菜，请城管处理", "金桂苑"),  # a road before the estate
        ("南门外的翠湖花园5栋楼道堆满纸箱，请物业清理", "翠湖花园"),  # two joined by 的: the second
        ("红星社区巡查松涛小区，3号楼楼道堆物，请物业清理", "松涛小区"),  # the estate over its 社区
        ("老城片区，有人在巷子口摆摊卖烤红薯，请城管处理", "老城片区"),
        ("晚上九点多了松涛苑7栋楼下还有人放音响跳舞，居委会明天去说一下", "松涛苑"),
        ("我跟你讲啊松涛苑7栋楼上天天半夜电钻响，物业管一下", "松涛苑"),
        ("瓦屋郢村委会东边空地上有人倒了几车建筑垃圾，城管查一下", "瓦屋郢"),
        ("松涛苑北大门旁边的宣传栏被风吹歪了，物业马上处理", "松涛苑"),
        ("青山里小区入口处的公益广告牌褪色看不清了，请居委会更换", "青山里小区"),
    ],
)
def test_an_estate_is_read_past_what_locates_it(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_verb_of_taking_somewhere_names_no_estate() -> None:
    (report,) = parse("有人把车开进小区草坪上停着，压坏一大片，请物业处理")
    assert report.community is None


def test_neighbours_are_people_not_an_estate() -> None:
    (report,) = parse("幸福里小区晚上有人放音响跳舞，周围老街坊都睡不着，请居委会协调")
    assert report.community == "幸福里小区"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("锦绣花园2栋三楼楼梯转角，有住户放了几个旧柜子和一堆煤块，请物业清理", "楼道堆物"),
        ("绿洲小区8号楼旁边绿地上又停车了，请物业处理", "机动车乱停放"),
        ("西关巷子里几家卖菜的把案板摆到巷子中间，车都过不去", "占道经营"),
        ("东方小区7号楼有户人家把房子隔成了八间出租，请居委会核查", "群租"),
        ("金沙小区5栋有人从楼上扔了个花盆，差点砸到楼下的小孩，请物业查监控", "高空抛物"),
        ("金桂新村6幢有人从上面往下扔了个玻璃瓶，落在楼下的电动车上，请派出所查一下", "高空抛物"),
        ("金桂新村9幢那户阳台外的铁架子都锈了，螺丝也松了，请物业去看看", "高空抛物"),
        ("金桂新村电梯里被人贴了好多租房广告，请物业清理", "乱张贴涂写"),
        ("金桂新村门口新栽的树苗被人折断了好几棵，请绿化补种", "毁绿种菜"),
        ("金桂新村东门夜市收摊后地上全是竹签、纸巾，请保洁清扫", "暴露垃圾"),
        ("金桂新村4幢301把客厅隔成了三个小房间出租，请房办核查", "群租"),
        ("松涛苑4栋西边草地上堆了一大堆剪下来的树枝，绿化周六前拉走", "公共区域堆物"),
        ("松涛苑2栋前面那条路上有个坑，电动车差点翻掉，物业先填一下", "设施损坏"),
        ("云梦印象7栋门口井盖遭了，翘起来了，请物业今天修好", "设施损坏"),
        ("云梦印象垃圾房瞎整，可回收和其他垃圾全部倒在一起，请保洁规范一下", "垃圾分类不规范"),
        ("云梦印象6栋旁边空地上有人用彩钢瓦搭了个小房子，请城管核实", "违法搭建"),
        ("云梦印象村口垃圾堆成小山了，@保洁 今天内清运", "暴露垃圾"),
        ("云梦印象4栋3楼那户从楼道拉了根线下去充车，请物业查一下", "飞线充电"),
        ("历山花园6栋楼下垃圾桶满了没人倒，垃圾袋堆了一地，请保洁清运", "暴露垃圾"),
        ("历山花园村委会后面的出租屋夜里十一点还有人喝酒划拳，请派出所管一管", "噪音扰民"),
        ("历山花园门口早点摊又摆出来了，桌子板凳占了半拉人行道，请城管处理", "占道经营"),
        ("松涛苑3栋有户人家空调外机支架锈了，请物业处理", "高空抛物"),
        ("松涛苑3栋有住户往楼下丢烟头，请物业提醒", "高空抛物"),
        ("松涛苑绿化带的冬青被人折断了一大片，请绿化补种", "毁绿种菜"),
        ("松涛苑东门的冬青被车撞坏了，请绿化补种", "毁绿种菜"),
        ("松涛苑6号楼后面空地上有旧沙发、床垫，请物业清运", "公共区域堆物"),
        ("松涛苑8号楼前的树苗让货车轧断了两棵，请绿化处理", "毁绿种菜"),
        ("松涛苑3栋有人从2楼拉了一根电线到车棚，请物业处理", "飞线充电"),
    ],
)
def test_everyday_wordings_of_known_problems(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_car_knocked_by_a_tree_is_no_greenery_damaged() -> None:
    assert [r.category for r in parse("松涛苑3栋门口的车被树压坏了，请物业处理")] != ["毁绿种菜"]


def test_a_hammering_neighbour_is_noise_not_something_thrown() -> None:
    (report,) = parse("楼上那家从早上一直砸墙砸到现在，孩子都没法睡觉，我住在金桥小区5栋")
    assert report.category == "噪音扰民"


def test_a_party_handed_the_problem_is_asked() -> None:
    (report,) = parse("海棠小区4栋楼道堆放旧家具，已告知物业，请于周五前清理完毕")
    assert report.responsible == ("物业",)


def test_an_event_form_is_one_problem_with_its_fields() -> None:
    text = (
        "事件标题：楼道堆放杂物\n事件地址：西湖区 金桂新村 12幢2单元\n事件描述：12幢2单元一楼楼道内堆放旧床垫、纸箱。\n"
        "处置部门：金桂新村物业\n处置时限：24小时"
    )
    (report,) = parse(text)
    assert (*fields(report)[:4], report.responsible) == ("楼道堆物", "金桂新村", "12", "2", ("物业",))
    assert report.deadline == at("2026-11-19 09:00")  # 24 hours from SENT


def test_an_event_forms_address_names_a_place_not_a_problem() -> None:
    text = (
        "事件标题：消防通道堵塞\n事件地址：滨江区 金沙湾 6幢北侧消防通道\n"
        "事件描述：多辆电动车停放在消防通道上。\n处置部门：物业"
    )
    assert [(r.category, r.community, r.building) for r in parse(text)] == [("消防通道占用", "金沙湾", "6")]


def test_a_city_district_before_an_estate_names_no_estate() -> None:
    (report,) = parse("温州市龙湾区 永兴花园 5幢门口有人摆摊卖水果，请城管处理")
    assert (report.community, report.building) == ("永兴花园", "5")


def test_an_acknowledgement_after_whom_it_answers_reports_nothing() -> None:
    assert parse("@城南街道 王主任 收到，金桂新村5幢楼道的纸箱我们明天上午就清") == []


def test_something_taken_by_someone_is_damage_not_a_fix() -> None:
    (report,) = parse("金桂新村3幢一楼的消火栓箱门被人拆掉了，水带也没了，请物业补上")
    assert (report.category, report.building) == ("消防设施缺失", "3")


def test_an_ordinal_building_after_a_name() -> None:
    (report,) = parse("我住在金桂新村第十二幢三单元，楼道里堆满了纸箱，请物业清理")
    assert (report.community, report.building, report.unit) == ("金桂新村", "12", "3")


def test_a_time_then_just_the_action_is_a_deadline() -> None:
    (report,) = parse("金桂新村8栋楼道里放了一辆婴儿车和几袋杂物，请物业叫住户挪走，今天就挪")
    assert report.deadline == at("2026-11-18 23:59")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("松涛苑5栋门口停了辆面包车堵住单元门，城管和物业来看下", {"城管", "物业"}),
        ("松涛苑8栋东边井盖翘起来了，物业两小时内先围起来", {"物业"}),
        ("松涛苑12栋后面有人搭了个棚子养鸽子，街道和城管月底前拆掉", {"街道", "城管"}),
        ("松涛苑北门口卖水果的三轮车天天占着人行道，城管照不照来管一下", {"城管"}),
    ],
)
def test_parties_bidden_in_nanjing_and_hefei_speech(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    "text",
    [
        "松涛苑的菜地已经铲了，草皮也补上了",
        "松涛苑3栋门口的建筑垃圾清完了，装修户也签了承诺书",
        "松涛苑广场舞的事居委会昨天去港过了，音响调小了，时间也改了",
        "松涛苑6栋装修的事物业已经跟业主约好了，中午不施工",
        "松涛苑11栋那户群租的房东来了，居委会正在谈",
    ],
)
def test_work_done_or_under_way_in_nanjing_speech_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_form_whose_fields_a_bar_divides() -> None:
    text = "督办单 | 小区：云梦印象 | 楼栋：8幢 | 单元：2单元 | 问题：楼梯间堆满纸箱 | 责任：物业 | 时限：明日12:00前"
    (report,) = parse(text)
    assert (*fields(report)[:4], report.responsible) == ("楼道堆物", "云梦印象", "8", "2", ("物业",))
    assert report.deadline == at("2026-11-19 12:00")


def test_a_bracketed_form_assigns_its_responsible_field() -> None:
    text = "问题反馈\n【小区】云梦印象\n【位置】3栋1单元\n【问题】楼道里有人拉线给电动车充电\n【责任】物业"
    (report,) = parse(text)
    assert (report.community, report.building, report.responsible) == ("云梦印象", "3", ("物业",))


def test_a_request_to_clean_by_noon_is_not_a_fix() -> None:
    (report,) = parse("@物业 云梦印象6栋楼道里又堆了纸箱，上周清过又堆起来了，今天中午前清干净")
    assert report.category == "楼道堆物"


def test_a_local_media_headline_is_news() -> None:
    assert parse("【城东融媒】云梦印象3栋楼道里居民私拉电线给电动车充电，记者实地探访") == []


def test_an_at_mention_is_asked_by_the_next_request_without_a_party() -> None:
    (report,) = parse("@保洁 松涛苑3栋门口狗屎好几坨，麻烦清一下，另外@物业 贴个文明养犬的告示")
    assert "保洁" in report.responsible


def test_a_party_told_to_have_a_word_in_nanjing_speech() -> None:
    (report,) = parse("松涛苑13栋门口垃圾桶旁边厨余跟其他混在一起，物业跟居委会港一下")
    assert set(report.responsible) == {"物业", "居委会"}


def test_a_place_field_in_a_list_keeps_its_items_problems() -> None:
    text = (
        "阳光小区巡查情况：\n1. 位置：3栋，楼道堆满纸箱\n2. 位置：5栋，电动车在楼道充电\n3. 东门口垃圾满溢\n"
        "请物业今天整改"
    )
    assert sorted((r.category, r.building) for r in parse(text)) == [
        ("暴露垃圾", None),
        ("楼道堆物", "3"),
        ("飞线充电", "5"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "王主任收到居民投诉，阳光小区5栋门口有人占道摆摊，请城管处理",
        "阳光小区5栋旁边的旧车棚拆完了，建筑垃圾一直没人清，请物业清运",
        "阳光小区3栋有户人家搬完了家，旧沙发扔在楼道，请物业清理",
        "阳光小区3栋门口的消防栓被人拆掉了。请物业补上",
    ],
)
def test_titles_finished_work_and_damage_said_in_passing_still_report(text: str) -> None:
    assert len(parse(text)) == 1


def test_a_shequ_beside_an_estate_is_two_places() -> None:
    assert len(parse("红星社区和松涛小区门口都有人摆摊卖菜，请城管处理")) == 2


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("中山路上城花园3栋楼道堆满纸箱，请物业清理", "上城花园"),
        ("阳光小区5栋一楼住户把家里花园围起来搭了棚子，请城管处理", "阳光小区"),
        ("小李自查发现阳光小区5栋楼道堆满纸箱，请物业清理", "阳光小区"),
    ],
)
def test_names_the_review_found_misread(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("阳光小区3栋楼道堆满纸箱，居民说之前已告知物业但没人管，请城管处理", ("城管",)),
        ("阳光小区东门消防通道停满了物业用的车辆，请城管处理", ("城管",)),
    ],
)
def test_a_party_told_or_at_fault_is_not_asked(text: str, parties: tuple) -> None:
    assert [r.responsible for r in parse(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("阳光小区3栋楼前空地堆满旧家具，走廊灯也不亮了，请物业处理", ["公共区域堆物", "设施损坏"]),
        ("阳光小区3栋绿化带旁的栏杆折断了，请物业修一下", ["设施损坏"]),
        ("阳光小区东门施工队拉了电线施工，噪音很大，请城管处理", ["噪音扰民"]),
    ],
)
def test_words_added_for_one_problem_do_not_name_another(text: str, categories: list[str]) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(categories)


def test_rust_on_a_frame_on_the_ground_throws_nothing() -> None:
    assert "高空抛物" not in [r.category for r in parse("阳光小区健身器材的架子锈了，请物业换新")]


def test_a_labelled_estate_field_leaves_out_its_property_company() -> None:
    (report,) = parse("小区：翠湖印象物业\n问题：5栋楼道堆满纸箱，请物业清理")
    assert report.community == "翠湖印象"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("春申新村12号楼道里堆了交关纸板箱，物业明朝下班前清掉", "2026-11-19 17:00"),
        ("春申新村门口有人摆摊卖菜，城管今朝下半天来看看", "2026-11-18 17:00"),
        ("春申新村5号楼下有条狗天天夜里叫，居委本礼拜五前去讲讲", "2026-11-20 23:59"),
        ("历山花园3号楼楼道堆满杂物，物业明天头晌前清走", "2026-11-19 12:00"),
    ],
)
def test_regional_days_and_halves_of_the_day(text: str, deadline: str) -> None:
    (report,) = parse(text)
    assert report.deadline == at(deadline)


def test_a_time_before_the_speakers_round_is_no_deadline() -> None:
    (report,) = parse("下午去历山花园转了一圈，1号楼垃圾房门口垃圾满出来了，麻烦保洁来收一收")
    assert report.deadline is None


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("市民反映四平路1188弄3号楼下小饭店后门地上油污一大片，请城管处理", "四平路1188弄"),
        ("早上巡到春申新村9号楼，自行车棚里堆满旧床垫，物业清一下", "春申新村"),
        ("夜里七点多春申新村26号楼下还有人装修电钻钻墙，物业去制止", "春申新村"),
        ("头晌去历山花园转了一圈，1号楼垃圾房门口扔得到处是，请保洁清理", "历山花园"),
    ],
)
def test_lanes_and_names_after_times_and_motion(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_parties_joined_by_shanghai_da() -> None:
    (report,) = parse("春申新村23号楼下烧烤店每天夜里11点还很吵，请城管搭市场监管去看看")
    assert set(report.responsible) == {"城管", "市场监管"}


def test_a_floor_said_next_is_in_the_same_building_and_unit() -> None:
    reports = parse("历山花园1号楼2单元一楼的灭火器箱是空的，4层的应急灯也不亮，请物业今天修好")
    assert {(r.building, r.unit, r.floor) for r in reports} >= {("1", "2", "4")}


def test_the_same_unit_is_the_previous_items() -> None:
    text = "暗访组反馈：\n①历山花园1号楼3单元楼道内堆放杂物；\n②同单元楼道内电动车停放；\n请物业今天整改。"
    assert {(r.category, r.building, r.unit) for r in parse(text)} >= {("飞线充电", "1", "3")}


def test_a_check_names_no_estate() -> None:
    text = "历山花园物业：1单元楼道灯已换，但检查时又发现3单元门口有人砌了个花池，请居委会做做工作"
    assert all(r.community in (None, "历山花园") for r in parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "红星社区松涛小区3栋楼道堆满纸箱，请物业清理",
        "【红星社区】松涛小区3栋楼道堆满纸箱，请物业清理",
        "红星社区网格员巡查松涛小区3栋楼道堆满纸箱，请物业清理",
    ],
)
def test_a_shequ_written_before_its_estate_is_where_the_estate_is(text: str) -> None:
    assert [r.community for r in parse(text)] == ["松涛小区"]


@pytest.mark.parametrize(
    "text",
    [
        "松涛苑3栋楼道的杂物已经搬完了",
        "松涛苑3栋楼道杂物物业已经弄完了",
        "刘主任，收到，马上安排保洁清理松涛苑3栋楼道的杂物",
        "张老师收到，松涛苑3栋楼道杂物明天清理",
    ],
)
def test_fixes_and_acknowledgements_without_an_at_report_nothing(text: str) -> None:
    assert parse(text) == []


def test_a_form_with_a_description_field_names_its_problem_once() -> None:
    (report,) = parse("地址：松涛苑3栋北侧消防通道\n问题描述：消防通道被电动车占用，请物业清理")
    assert (report.category, report.building) == ("消防通道占用", "3")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("松涛苑3栋楼道堆物，住户说明天要清理，请物业今天督促一下", "2026-11-18 23:59"),
        ("松涛苑东门有人摆摊，请城管下午去东门转转", "2026-11-18 17:00"),
        ("头晌去泺源苑看了下，5号楼楼道堆满杂物，请物业清理", None),
        ("阳光花园3栋请物业管管楼上半天敲个不停的那家", None),
        ("今天来到四平路1188弄3号楼，楼道堆满杂物，请物业清理", None),
    ],
)
def test_deadlines_said_of_a_visit_or_a_future_act(text: str, deadline: str | None) -> None:
    (report,) = parse(text)
    assert report.deadline == (at(deadline) if deadline else None)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("松涛苑东门有人摆摊，已转给城管，请尽快处理", ("城管",)),
        ("松涛苑3栋楼道堆物，已交给物业，请周五前清理", ("物业",)),
        ("阳光小区3栋楼道堆满纸箱，居民没有把垃圾交给保洁，直接扔在楼道口，请物业督促", ("物业",)),
    ],
)
def test_a_party_handed_the_problem_after_yi_is_asked(text: str, parties: tuple) -> None:
    assert [r.responsible for r in parse(text)] == [parties]


@pytest.mark.parametrize(
    "text",
    ["城管请到四平路1188弄门口看看，有人摆摊卖菜", "七点多泰和新村东门口有人摆摊，请城管处理"],
)
def test_no_verb_or_hour_is_read_into_a_name(text: str) -> None:
    assert [r.community for r in parse(text)] in (["四平路1188弄"], ["泰和新村"])


def test_a_floor_under_a_headers_building_is_a_floor_of_it() -> None:
    text = "事件标题：楼道堆物\n事件地址：金桂新村 12幢2单元\n事件描述：一楼楼道内堆放旧床垫。\n处置部门：物业"
    (report,) = parse(text)
    assert (report.building, report.unit, report.floor) == ("12", "2", "1")


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("春申新村8号楼下烧烤店夜里12点还在吵，楼上老人睏勿着，请城管处理", ["噪音扰民"]),
        ("春申新村楼上那户天天夜里敲敲打打，请物业上去讲讲", ["噪音扰民"]),
        ("春申新村后面空地上有人搭棚子，这几天一直敲敲打打，请城管来看看", ["违法搭建"]),
        ("春申新村健身器材有一只扶手断脱了，物业报修一下", ["设施损坏"]),
        ("春申新村垃圾箱房干垃圾桶里头全是湿垃圾，请保洁规范一下", ["垃圾分类不规范"]),
        ("春申新村3号楼下宣传栏倒在地上好几天了，请物业处理", ["设施损坏"]),
        ("春申新村8号6楼有人从窗口往下丢烟头，底下晾的衣裳都烫了洞，请派出所查一查", ["高空抛物"]),
    ],
)
def test_everyday_wordings_from_shanghai_second_round(text: str, categories: list[str]) -> None:
    assert [r.category for r in parse(text)] == categories


def test_wu_negation_and_tidying_ask_the_committee() -> None:
    (report,) = parse("春申新村12号弄堂里电瓶车停得乱七八糟，人都过勿去，居委整理一下")
    assert report.responsible == ("居委会",)


def test_a_notice_written_with_qing_wu_reports_nothing() -> None:
    assert parse("通知：各位居民请勿高空抛物，请勿在绿化带种菜，违者依法处理") == []


# -- Wuhan, Changsha, Guangzhou and Foshan ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("管理处听日清走", "管理处明天清走"),
        ("保洁后日前清理", "保洁后天前清理"),
        ("今后日常巡查", "今后日常巡查"),  # 今后日常 names no day
        ("琴日已经讲过", "昨天已经讲过"),
        ("厨余同其他垃圾一齐倒", "厨余同其他垃圾一起倒"),
        ("楼道里堆咯好多纸箱", "楼道里堆了好多纸箱"),
        ("咯个小区", "这个小区"),
        ("要得咯，", "要得咯,"),  # a particle closing a sentence stays
    ],
)
def test_regional_words_are_read_by_what_stands_around_them(written: str, read: str) -> None:
    assert Reader(language())(written.replace("，", ",")) == read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("翠湖豪庭5座门口堆咗好多纸皮，管理处听日下午前清走", ("公共区域堆物", ("物业",), "2026-11-19T17:00")),
        ("翠湖豪庭 7座 楼梯间 堆满 纸箱 管理处 今日 下午 3点 前 清走", ("楼道堆物", ("物业",), "2026-11-18T15:00")),
        ("翠湖豪庭 2座 门口 垃圾桶 满泻 保洁 周一 上午 前 处理", ("暴露垃圾", ("保洁",), "2026-11-23T12:00")),
        ("锦绣豪庭3座走廊灯坏咗，管理处周五前修好", ("设施损坏", ("物业",), "2026-11-20T23:59")),
        ("由管理处负责：锦绣豪庭6座楼梯间堆满旧家具，后日前清理", ("楼道堆物", ("物业",), "2026-11-20T23:59")),
    ],
)
def test_cantonese_days_management_offices_and_spaced_deadlines(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    deadline = report.deadline.isoformat()[:16] if report.deadline else None
    assert (report.category, report.responsible, deadline) == expected


@pytest.mark.parametrize(
    "text",
    [
        "嗯咯，金盆岭小区8栋门口电动车停咯一排，人都过不去，请物业督促车主挪走",
        "嗯，桂花坪社区3栋楼道里堆了好多旧家具，麻烦物业今天清一下",
    ],
)
def test_a_filler_before_a_report_of_its_own_is_no_acknowledgement(text: str) -> None:
    (report,) = parse(text)
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("凤岗村四巷8号门口有人私拉电线帮电动车充电，请城管处理", ("凤岗村", "8")),
        ("解放路33巷5号门口牛皮癣贴满一面墙，请保洁清理", ("解放路33巷", "5")),
        ("金沙湾业委会请注意：3座旁边草地俾人种咗菜，请业委会同物业协商恢复", ("金沙湾", "3")),
    ],
)
def test_lanes_and_names_before_an_owners_committee(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == place


def test_a_lane_name_gives_no_stall() -> None:
    (report,) = parse("解放路33巷5号门口墙上有人用油漆写了好多乱七八糟的东西，请保洁清理")
    assert report.category == "乱张贴涂写"


def test_a_generic_urban_village_heading_names_no_estate() -> None:
    reports = parse("【城中村整治】石牌村\n1. 祠堂后面搭咗一排铁皮棚\n2. 村口公厕外墙贴满牛皮癣\n请城管本周内处理")
    assert {r.community for r in reports} == {"石牌村"}


def test_a_list_number_is_no_aside_between_a_name_and_its_building() -> None:
    reports = parse("长青里巡查：\n(1)2栋门口消防通道停了两台电动车\n(2)4栋楼道灭火器过期了\n请物业处理")
    assert [(r.community, r.building) for r in reports] == [("长青里", "2"), ("长青里", "4")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("天河苑门口纸皮堆成山，请居委同城管下周一前清理", {"居委会", "城管"}),
        ("枫叶苑5栋外墙被人用油漆写了字，请居委联系物业一起清洗", {"居委会", "物业"}),
        ("幸福里6栋门口地上全是油，保洁把油污冲一下", {"保洁"}),
    ],
)
def test_parties_joined_contacted_or_handed_the_job(text: str, parties: set) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("榕树苑 3座 走廊 安全出口 指示灯 唔着 物业 处理", ["消防设施缺失"]),
        ("榕树苑 3座 走廊 尽头 安全出口 俾 杂物 堵死 物业 处理", ["消防通道占用"]),
        ("榕树苑1座消防楼梯堆满旧床垫，整条楼梯塞死，物业尽快清", ["消防通道占用"]),
        ("榕树苑东门口堆满回收佬的纸皮同废铁，请城管处理", ["公共区域堆物"]),
        ("榕树苑垃圾屋旁边的垃圾满到出来，请保洁处理", ["暴露垃圾"]),
        ("榕树苑投放点啲人将厨余同其他垃圾一齐倒，请保洁督导", ["垃圾分类不规范"]),
        ("榕树苑5座旁边绿化带俾人挖咗种番薯，请绿化恢复", ["毁绿种菜"]),
        ("榕树苑 9座 14楼 有户 装修 成日 锤墙 请物业 制止", ["噪音扰民"]),
        ("榕树苑9栋有户人家的泰迪一天到晚叫，请居委协调", ["不文明养犬"]),
        ("榕树苑地下车库坡道有个大窿，车过好颠，请物业修补", ["设施损坏"]),
        ("榕树苑东门外有两档修鞋同配匙长期摆喺人行道，请城管处理", ["占道经营"]),
        ("榕树苑6栋五楼有户在门外加了一道铁栅栏，把公共楼道圈进自己屋里，请城管处理", ["违法搭建"]),
        ("榕树苑3座有人由窗口掉烟头落楼下，街坊晒嘅衫都烧咗个窿，请物业查一查", ["高空抛物"]),
        ("榕树苑2号楼外墙个空调外机松咗，吊喺度，下面系行人路，请物业处理", ["高空抛物"]),
        ("榕树苑4座大堂门口共享单车成堆，请物业清理", ["非机动车乱停放"]),
    ],
)
def test_everyday_wordings_from_guangzhou_wuhan_and_changsha(text: str, categories: list[str]) -> None:
    assert [r.category for r in parse(text)] == categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金盆岭小区3栋安全出口铁门被焊死了，请物业马上处理", ["消防通道占用"]),
        ("金盆岭小区5栋楼道里堆咯个旧沙发，请物业清一下", ["楼道堆物"]),
        ("金盆岭小区3栋门口美团外卖盒子成堆，没人收，请保洁清理", ["暴露垃圾"]),
        ("金盆岭小区 巡查 情况 良好 垃圾桶 边 干净", []),
        ("金盆岭小区 7栋 门口 小 广告 已 清除", []),
        ("嗯，好的", []),
        ("嗯咯，我们下午克看一下", []),
        ("收到，安排保洁今天把楼道清掉", []),
        ("收到，已转物业，金盆岭小区8栋楼道的纸箱请物业今天清掉", []),
        ("嗯，金盆岭小区6栋楼道灯坏了，物业今天能修好吗？", []),
        ("金盆岭小区门口宠物店在人行道上给泰迪洗澡，污水流了一地，请城管处理", ["环境脏乱"]),
    ],
)
def test_new_regional_rules_do_not_misfire(text: str, expected: list[str]) -> None:
    assert [r.category for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "parties", "deadline"),
    [
        ("请房屋管理处核查金盆岭小区5栋群租问题", ("房办",), None),
        ("金盆岭小区东门口有人摆摊，请市场管理处和城管处理", ("城管",), None),
        ("昨天城管把摊子收了一下，今天金盆岭小区东门口又摆出来了，请市场监管处理", ("市场监管",), None),
        ("金盆岭小区 3栋 2楼 晚上 9点 还在 电钻 请物业 劝导", ("物业",), None),
        ("金盆岭小区5栋楼道堆物，整改后日常巡查要跟上，请物业落实", ("物业",), None),
    ],
)
def test_offices_narration_and_times_of_the_problem_ask_nothing_more(text: str, parties: tuple, deadline) -> None:
    (report,) = parse(text)
    assert (report.responsible, report.deadline) == (parties, deadline)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("碧桂园·滨湖天境6栋楼道里堆了纸箱，请物业清理", "碧桂园·滨湖天境"),
        ("保利•翡翠湾二期北门外有人摆摊卖水果，城管来看下", "保利•翡翠湾"),
        ("今早金穗花园3栋门口垃圾满了，保洁清一下", "金穗花园"),
        ("昨晚松涛苑广场上放音乐跳舞到十一点，居委会去协调一下", "松涛苑"),
        ("喂喂樟木新村那个菜场门口又有人摆摊，城管来管一下", "樟木新村"),
        ("下沙新乡三巷口有一堆建筑垃圾，请城管清运", "下沙新乡"),
        ("下沙新乡市场门口污水横流，请保洁冲洗", "下沙新乡"),
        ("龙溪村新区4巷有人在巷子里晒被子，居委会去讲一下", "龙溪村"),
        ("龙溪村老楼区2座楼道里堆满杂物，请物业清理", "龙溪村"),
        ("德和埕里面有户人家隔成十几间出租，请房办核查", "德和埕"),
        ("桂花巷巷口有人摆摊卖鱼，请城管处理", "桂花巷"),
        ("@城管 石板巷那一排墙上全是小广告", "石板巷"),
    ],
)
def test_names_with_brands_times_village_zones_and_named_lanes(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "⑤8栋有人坐电梯带电动车上楼\n⑥西门岗亭旁贴满小广告\n请物业整改",
        "2栋1单元楼道停了三辆电动车 6栋楼下有人晒被子 请物业处理",
        "老城区那几栋老房子 12栋后面有人搭了个棚子 请城管处理",
        "村口那条进村的路 烂了好大一个坑 请街道修一下",
        "这条巷子里堆满了杂物，请保洁清理",
        "祠堂后巷公厕边垃圾溢出来了，请保洁清理",
    ],
)
def test_counted_things_going_upstairs_and_common_lanes_name_no_estate(text: str) -> None:
    assert {r.community for r in parse(text)} == {None}


@pytest.mark.parametrize(
    ("text", "buildings"),
    [
        ("青枫苑2栋后面和7栋后面各有一堆垃圾，请保洁清掉", ["2", "7"]),
        ("青枫苑4栋跟9栋的楼道灯都冇亮，物业修一下", ["4", "9"]),
        ("青枫苑 3栋 8栋 楼道里堆满纸箱 今天清掉 @物业", ["3", "8"]),
        ("青枫苑单元门禁都坏了 1栋 4栋 6栋 刷卡开不了 请物业修好", ["1", "4", "6"]),
        ("青枫苑5号楼，6号楼门口电动车乱停，请物业规范", ["5", "6"]),
    ],
)
def test_one_problem_at_buildings_listed_with_blanks_commas_or_a_spot_each(text: str, buildings: list) -> None:
    assert [r.building for r in parse(text)] == buildings


@pytest.mark.parametrize(
    "text",
    [
        "青枫苑8号楼东侧路灯无亮，请物业修复",
        "青枫苑门口的路灯一排都冇亮，物管明天修好",
        "青枫苑3栋楼顶水箱盖不见了，请物业处理",
    ],
)
def test_lights_out_and_covers_gone_in_regional_words_are_broken_facilities(text: str) -> None:
    assert [r.category for r in parse(text)] == ["设施损坏"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("@居委会 @物业 松柏苑2栋门口健身器材断了，请物业尽快修好", {"居委会", "物业"}),
        ("松柏苑2栋楼道堆满纸皮，物业居委会今天17:00前清理", {"物业", "居委会"}),
        ("松柏苑5栋有人养大狗在楼道拉屎，居委会物业12月20日前约谈狗主", {"居委会", "物业"}),
        ("松柏苑3栋走廊私拉电线给电动车充电，物业下午5点前剪掉", {"物业"}),
        ("松柏苑3栋楼道私拉电线充电 物业两个小时内剪掉", {"物业"}),
        ("松柏苑门口地上瓜子壳烟头到处都是，保洁把垃圾扫掉", {"保洁"}),
        ("松柏苑8栋有人往下扔垃圾袋 物业调下监控", {"物业"}),
    ],
)
def test_parties_mentioned_together_or_told_a_time_and_a_result(text: str, parties: set) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    "text",
    ["松柏苑3栋门口堵了，物业把车挪走了", "松柏苑地上的垃圾，保洁把垃圾扫了一下午"],
)
def test_a_party_that_moved_or_swept_something_is_not_asked(text: str) -> None:
    assert all(not r.responsible for r in parse(text))


def test_closing_requests_each_naming_a_problems_thing_go_to_that_problem() -> None:
    reports = parse("松柏苑楼顶有人搭了个阳光房，还有人把旧柜子甩在楼顶平台上，请房管办核实违建，物业清理堆物")
    assert {(r.category, r.responsible) for r in reports} == {("违法搭建", ("房办",)), ("公共区域堆物", ("物业",))}
    told = parse("松柏苑北门外 几个流动摊贩卖水果，地上果皮纸屑丢得到处都是。城管处理摊贩，保洁把垃圾扫掉，今天内完成")
    assert sorted((r.category, r.responsible) for r in told) == [("占道经营", ("城管",)), ("暴露垃圾", ("保洁",))]


@pytest.mark.parametrize(
    "text",
    [
        "巡查小结：桃园里群租1处已报房办；松柏苑噪音1处居委跟进；共计2个问题。",
        "今日巡查：松柏苑消防通道1处、桃园里犬只1处，均已派单。",
        "桃园里群租房今天已腾空两间，剩下的下周处理",
        "松柏苑的灭火器已经补了 照片发群里了",
        "松柏苑飞线已经剪了，喊住户去充电棚充",
        "桃园里群租的事 房管办讲周四来不了 改到下周 到时候再通知",
        "桃园里两户群租的都清退了 隔断下礼拜拆",
        "松柏苑3栋楼道充电的事说了几天了还是没人管，居民又打电话来骂",
        "松柏苑那个楼道灯坏了半个月了，上回就报了的，还是没人修",
    ],
)
def test_tallies_fixes_postponements_and_complaints_of_a_reported_problem_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_problem_reported_before_with_a_fresh_request_is_a_report() -> None:
    (report,) = parse("松柏苑那个楼道灯坏了半个月了，上回就报了的，请物业今天修好")
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("桃园里5座楼上有人掷落来一袋垃圾，请派出所查一下", "高空抛物"),
        ("桃园里3栋外墙有块瓷砖松了，物业拉警戒线维修", "高空抛物"),
        ("桃园里6栋阳台上摆了一排花盆，没有防护栏，风大点就要遭吹下来，请物业上门提醒", "高空抛物"),
        ("桃园里门口有台车子长期停着，挡住出口，请物业联系车主挪走", "机动车乱停放"),
        ("桃园里门口人行道停车的问题，请城管整治", "机动车乱停放"),
        ("桃园里几辆共享单车丢在路中间，物业联系单车公司收走", "非机动车乱停放"),
        ("桃园里北门几家店把货摆到店外面人行道上，请城管整治", "占道经营"),
        ("桃园里空地有人倒了几车拆旧房的砖瓦，请城管清走", "建筑垃圾"),
        ("桃园里12号天台有人用彩钢瓦搭了个阁楼，请城管去查", "违法搭建"),
    ],
)
def test_falling_tiles_cars_kept_goods_out_rubble_and_lofts_in_everyday_words(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "嗯咯我刚才路过桃园里那个4栋 看到阳台外面挂咯好几盆花 摇摇晃晃的 物业上门叫他收进去",
        "@绿化 桃园里3栋前面的树枝被人锯了好几根 这个礼拜五之前补种好",
        "桃园里那个小巷子口，墙上全是牛皮癣，保洁今天内铲干净",
    ],
)
def test_a_reference_before_a_building_a_day_or_a_lane_points_at_nothing_under_discussion(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("锦绣东区5栋楼道堆满纸箱，请物业清理", "锦绣东区"),
        ("合江门小区 小区内垃圾箱房满溢，请保洁清运", "合江门小区"),
        ("清泉坝小区北区健身器材烂了，请物业修", "清泉坝小区"),
    ],
)
def test_a_zone_ends_a_name_that_has_no_other_ending_and_a_gate_can_name_an_estate(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_problem_after_another_building_in_a_blank_separated_run_is_at_that_building() -> None:
    reports = parse("周末巡查：酒厂宿舍 3幢 一楼 电瓶车推进屋里充电，2幢 楼道 有人飞线。请物业今天整改")
    assert [(r.category, r.building, r.floor) for r in reports] == [("飞线充电", "3", "1"), ("飞线充电", "2", None)]


def test_a_digit_floor_after_a_building_already_given_a_floor_is_a_floor_too() -> None:
    reports = parse("天原厂宿舍2号楼 1楼楼梯间灭火器箱子是空的，4楼应急灯也不亮。请居委会明天配齐")
    assert [(r.building, r.floor) for r in reports] == [("2", "1"), ("2", "4")]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("麓谷壹号门口的路灯坏了，物业后天前修好", "麓谷壹号"),
        ("荷塘一品的垃圾桶满了，请保洁清理", "荷塘一品"),
        ("松竹府今日问题：\n①3栋一楼电梯厅堆放大量纸箱\n请物业整改", "松竹府"),
    ],
)
def test_brand_endings_and_a_header_with_its_day(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_fire_hose_made_good_and_a_door_mended_too_are_fixes() -> None:
    assert parse("麓谷壹号的消防栓水带补好了 箱门也修了") == []


def test_a_list_line_fixed_does_not_hide_the_lines_still_open() -> None:
    reports = parse(
        "今日巡查情况：\n1. 竹园新村9栋消防通道隔离桩已安装；\n2. 竹园新村13栋门口有人在栏杆上晒腊肉；"
        "\n3. 竹园新村东门外有流动摊贩卖橘子。"
    )
    assert [(r.category, r.building) for r in reports] == [("乱晾晒", "13"), ("占道经营", None)]
    assert parse("竹园新村9栋消防通道隔离桩已安装") == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("竹园新村2栋门厅里停了四五台电瓶车，请物业清出去", ["飞线充电"]),
        ("竹园新村9栋3楼那户房子里面隔成了好几间，住了十几个人，请房办查一下", ["群租"]),
    ],
)
def test_bikes_in_a_hall_and_rooms_partitioned(text: str, categories: list) -> None:
    assert [r.category for r in parse(text)] == categories


def test_a_visit_the_speaker_made_today_is_no_deadline() -> None:
    (report,) = parse("竹园新村2栋那个群租房，今天去看了，隔了6间，请派出所明天依法处置")
    assert report.deadline == at("2026-11-19 23:59")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("桂苑18号楼东侧路灯不亮，井盖也松了，请物业明天修复", 2),
        ("桂苑B座7楼楼梯口灭火器过期了，还有应急灯不亮，物业周二前换好", 2),
        ("桂苑18号楼下的路灯坏了一个多月了 晚上黑洞洞的 还有那个井盖也松了 麻烦物业尽快修一下", 2),
        ("桂苑18号楼东侧路灯不亮，19号楼井盖也松了，请物业明天修复", 2),
        ("桂苑6栋消火栓箱门坏了，里面水带也没了，请物业补配", 1),
        ("桂苑9栋每层楼梯口都没灭火器，消防栓箱也是空的，请物业配齐", 1),
        ("桂苑3栋楼道灯坏了，灯泡也不亮，请物业修", 1),
        ("桂苑3栋门口路灯坏了，路灯杆也歪了，请物业修", 1),
    ],
)
def test_one_category_at_one_place_is_a_report_for_each_thing_it_names(text: str, count: int) -> None:
    """路灯不亮，井盖也松了 or 灭火器过期，应急灯不亮 at one place are two things to fix, two reports, as five of the
    six latest writers who met it labelled (the shared sets have no such case); parts of one thing (消火栓箱 and its
    水带, a lamp and its pole) are one report, as dev2-b labels, and so is what puts a fire out (灭火器 and 消防栓, as
    two writers of Chengdu and Shenzhen labelled); at two places it is two."""
    assert len(parse(text)) == count


def test_things_of_a_category_can_be_extended_from_config(tmp_path: Path) -> None:
    config = build(
        {
            "bot": {"data_dir": str(tmp_path)},
            "taxonomy": {"categories": [{"name": "设施损坏", "things": [["晾衣架"]]}]},
        }
    )
    things = parser_for(config)._category("设施损坏").things
    assert ("晾衣架",) in things and ("路灯", "路灯杆") in things


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("桂苑二巷口垃圾桶满出来，路面还有一滩污水流来流去，请保洁处理", ["暴露垃圾", "环境脏乱"]),
        (
            "桂苑村道两边乱停电动车，另外村委楼后面的消防通道被几辆电动三轮车堵住，城管处理",
            ["非机动车乱停放", "消防通道占用"],
        ),
        ("桂苑门口有个卖甘蔗的推车，天天在那摆，蔗渣丢满地，城管请处理", ["占道经营", "暴露垃圾"]),
        ("桂苑北门有人摆摊卖鱼，鱼肠倒在路边，城管请处理", ["占道经营", "暴露垃圾"]),
        ("桂苑菜场门口有人摆摊卖鱼，鱼鳞污水淌了一地，城管请处理", ["占道经营", "环境脏乱"]),
    ],
)
def test_another_problem_after_a_spot_and_also_and_the_litter_a_stall_leaves(text: str, categories: list) -> None:
    assert [r.category for r in parse(text)] == categories


def test_a_request_after_a_circled_number_is_for_that_list_item() -> None:
    reports = parse("金沙苑\n①1栋楼道堆放杂物\n②小区南门外流动摊贩占道\n请物业立即整改，②请城管配合")
    assert [(r.category, set(r.responsible)) for r in reports] == [
        ("楼道堆物", {"物业"}),
        ("占道经营", {"物业", "城管"}),
    ]


@pytest.mark.parametrize(
    ("text", "category", "parties"),
    [
        ("金沙苑12栋阳台上有人往下甩垃圾袋，请物业排查", "高空抛物", ("物业",)),
        ("金沙苑2栋楼下服装店把衣架子摆到人行道上卖，请城管处理", "占道经营", ("城管",)),
        ("金沙苑垃圾站垃圾堆成山了，狗在翻，到处都是，@保洁 抓紧", "暴露垃圾", ("保洁",)),
        ("金沙苑分类亭两个桶被拿走了，居民全部丢一起。物业周五前把分类桶配齐", "垃圾分类不规范", ("物业",)),
    ],
)
def test_thrown_down_clothes_racks_out_dogs_in_rubbish_and_bins_made_up(text: str, category: str, parties) -> None:
    assert [(r.category, r.responsible) for r in parse(text)] == [(category, parties)]


def test_owners_arguing_in_the_group_make_no_noise_and_paint_buckets_are_renovation_debris() -> None:
    built = parse("金桂苑6栋有户业主往外扩建 砌了一圈围墙把公共通道圈进去了 业主群里都在吵 请物业制止")
    assert [r.category for r in built] == ["违法搭建"]
    debris = parse("金桂苑5号楼楼梯间有几个装修用完的油漆桶，保洁去清下")
    assert [r.category for r in debris] == ["建筑垃圾"]


# -- what a cold review of the round found to misfire ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共计2个问题，请物业周五前整改：1、东门占道经营 2、8栋飞线充电", ["占道经营", "飞线充电"]),
        ("梅林苑以下问题均已派单，请物业明天前整改：3栋楼道堆物，5栋飞线充电", ["楼道堆物", "飞线充电"]),
        ("梅林苑3号楼已安装的监控坏了，请物业修", ["设施损坏"]),
        ("梅林苑已登记在册的群租房又住进了十几个人，请房办核查", ["群租"]),
        ("1. 梅林苑3号楼楼道堆物，已清理；2. 梅林苑5号楼门口垃圾满溢，已清运", []),
        ("那个3号楼的纸箱还堆在楼道里", []),
        ("梅林苑外墙墙皮发黑很脏，请物业清洗", ["环境脏乱"]),
        ("梅林苑垃圾被风吹落一地，请保洁清扫", ["暴露垃圾"]),
        ("梅林苑5栋电瓶车车子乱停，请物业规范", ["非机动车乱停放"]),
        ("梅林苑店铺门口人行道上停满了电瓶车，请物业规范", ["非机动车乱停放"]),
        ("请绿化把梅林苑挡住窗户的树枝锯掉", []),
        ("今晚在梅林苑广场组织跳舞比赛，请物业做好保障", []),
    ],
)
def test_review_misfires_stay_fixed(text: str, expected: list) -> None:
    assert [r.category for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "buildings"),
    [
        ("梅林苑7号楼前面，8号楼的车主把车停在了消防通道上，请物业处理", ["7"]),
        ("梅林苑3号楼楼道堆满杂物，5号楼阿姨说，杂物还把消防通道堵了，请物业清理", ["3"]),
        ("梅林苑3号楼旁边的路灯不亮，路灯杆也断了，请物业修", ["3"]),
        ("梅林苑3栋，楼道灯坏了，5栋，门禁坏了，请物业修", ["3", "5"]),
    ],
)
def test_review_misfires_of_places_stay_fixed(text: str, buildings: list) -> None:
    assert [r.building for r in parse(text)] == buildings


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("春天阳光小区3栋楼道堆物，请物业清理", "春天阳光小区"),
        ("未来方舟5栋楼道堆物，请物业清理", "未来方舟"),
        ("今日问题·阳光小区3栋楼道堆物，请物业清理", "阳光小区"),
        ("河南新乡来的租户在梅林苑3栋群租，请房办核查", "梅林苑"),
        ("近日梅林苑多处楼道堆物，请物业清理", "梅林苑"),
    ],
)
def test_review_misfires_of_names_stay_fixed(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_party_that_swept_and_then_piled_is_not_asked() -> None:
    (report,) = parse("梅林苑保洁把垃圾扫掉以后堆在绿化带里，请物业处理")
    assert report.responsible == ("物业",)


def test_a_thing_ordered_is_fixed_but_one_registered_that_goes_on_is_not() -> None:
    assert [r.building for r in parse("灭火器已订好，但2号楼的消火栓还是坏的，请物业修")] == ["2"]
    assert [r.building for r in parse("梅林苑5栋的电瓶车已登记，但还是推进楼道充电，请物业制止")] == ["5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("梅林苑3栋门口有辆车停了好久，请物业处理", [("机动车乱停放", "3")]),
        ("梅林苑3栋门口车子停了好久了，请物业处理", [("机动车乱停放", "3")]),
        ("梅林苑2栋、3栋、5栋分别有飞线充电，请物业处理", [("飞线充电", "2"), ("飞线充电", "3"), ("飞线充电", "5")]),
        ("梅林苑3栋、5栋居民反映楼道里有人飞线充电，请物业处理", [("飞线充电", "3"), ("飞线充电", "5")]),
        ("梅林苑今天巡查了3栋 5栋 8栋，8栋楼道有堆物，请物业清理", [("楼道堆物", "8")]),
        ("居民说周末楼上装修噪音很大，请居委会协调", [("噪音扰民", None)]),
        ("梅林苑监控已安装但是不亮，请物业修", [("设施损坏", None)]),
        ("梅林苑路灯杆被车撞歪了，灯泡也碎了，请物业修", [("设施损坏", None)]),
        ("梅林苑3栋外墙的墙皮起鼓掉了，很难看，请物业重新粉刷", [("设施损坏", "3")]),
        ("梅林苑水果店把货摆到马路边上，请城管劝导", [("占道经营", None)]),
        ("快递员把货摆到梅林苑3栋楼道里，堵得走不过去，请物业处理", [("楼道堆物", "3")]),
        ("梅林苑屋顶的砖瓦松了，怕掉下来砸到人，请物业处理", [("高空抛物", None)]),
        ("大风天阳台花盆怕吹下来，请各楼长提醒住户收一下", []),
        ("村里要树立文明新乡风，不要乱堆乱放", []),
        ("嗯我刚刚去梅林苑3栋看了，楼道的纸箱还在", []),
    ],
)
def test_second_review_misfires_stay_fixed(text: str, expected: list) -> None:
    assert [(r.category, r.building) for r in parse(text)] == expected


def test_a_time_the_speaker_saw_something_is_no_deadline() -> None:
    (report,) = parse("今天早上看到梅林苑东门垃圾桶又满出来了，请保洁清理")
    assert report.deadline is None


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("老水泥厂宿舍B栋楼下空地上堆了一堆旧木板，请居委会清理", "老水泥厂宿舍"),
        ("今天去了老粮站宿舍，3栋楼道堆物，请物业清理", "老粮站宿舍"),
        ("七〇二厂宿舍2幢楼梯下面堆了纸箱，请物业清理", "七〇二厂宿舍"),
        ("我住那个老小区楼道堆满杂物，请物业清理", None),
        ("星湖里（原罐头厂宿舍）7号楼楼道里堆着装修垃圾，请物业清掉", "星湖里"),
    ],
)
def test_old_work_unit_dormitories_and_former_names(text: str, community) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "水泥厂宿舍门口摆摊个事情讲了好几回了，城管来了就走，走了又来",
        "水泥厂宿舍10栋群租个事情，房管办讲已经立案了，下礼拜联合执法",
        "水泥厂宿舍路口个摊贩今天一早城管就来清了，现在路通了",
        "ok，水泥厂宿舍物业回复：楼道杂物和小广告下午清，积水是下水道堵了，已经叫人来通",
    ],
)
def test_told_many_times_filed_cleared_and_relayed_replies_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("水泥厂宿舍11栋顶楼过道堆了旧花盆，那一层的楼道灯也坏了，请物业处理", ("设施损坏", "11", "顶")),
        ("水泥厂宿舍3幢有人往下丢垃圾袋，不晓得是哪一层丢的，请物业查监控", ("高空抛物", "3", None)),
        ("水泥厂宿舍5号楼边上的小吃店烧烤做到凌晨，又吵又闹，请城管处理", ("噪音扰民", "5", None)),
        ("水泥厂宿舍3号楼下绿化带上停了四五台车，请物业通知车主挪走", ("机动车乱停放", "3", None)),
        ("水泥厂宿舍8栋楼下的垃圾桶被人烧了一个，请物业补齐", ("设施损坏", "8", None)),
        ("水泥厂宿舍篮球场边上的铁栏杆断了一截，请居委会安排修", ("设施损坏", None, None)),
    ],
)
def test_floors_pointed_at_noise_cars_counted_and_things_burnt(text: str, expected: tuple) -> None:
    assert [(r.category, r.building, r.floor) for r in parse(text)][-1:] == [expected]


def test_a_lost_dog_notice_is_no_dog_problem() -> None:
    assert "不文明养犬" not in {r.category for r in parse("水泥厂宿舍门口墙上贴了好多寻狗启事，请保洁清理")}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("金桂园3号楼楼道里堆了几袋水泥，请社区明天协调清走", {"居委会"}),
        (
            "整改通知\n问题地点：棉纺厂宿舍2号楼\n问题描述：楼道私拉电线充电\n责任单位：所在社区、物业",
            {"居委会", "物业"},
        ),
        (
            "1. 金桂园5号楼楼道堆放旧家具；\n2. 金桂园北门垃圾桶满溢。\n以上问题请相关社区督促物业周五前整改到位",
            {"居委会", "物业"},
        ),
        ("@桂北社区 龙泉路14号院3号楼门口井盖碎了，赶紧找人换", {"居委会"}),
        ("梨园社区7号楼楼下绿化带被人种了葱，请物业铲除", {"物业"}),
        ("昨天我们社区网格员巡查时看到果园新村5栋楼道堆了旧沙发，请物业清一下", {"物业"}),
        ("本社区工作人员发现桃李苑3栋门口共享单车乱停，请物业整理", {"物业"}),
    ],
)
def test_a_shequ_asked_to_act_is_the_residents_committee(text: str, parties: set[str]) -> None:
    """社区 asked to act is its 居委会; one named as the place, or the speaker's own, is asked nothing."""
    reports = parse(text)
    assert reports and all(set(r.responsible) == parties for r in reports)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("下班前发现桂香苑9栋门口有人倒了一堆装修垃圾 请物业明天清走", "2026-11-19 23:59"),
        ("今日接到居民电话 杏林小区5号楼楼上装修太吵 麻烦物业上门劝导", None),
        ("桂香苑6栋那户装修 今天又敲到晚上十点 请物业明天上门", "2026-11-19 23:59"),
        ("杏林小区那根飞线 物业剪了今天又拉起来了 请物业处理", None),
        ("杏林小区3号楼楼上打钻周六日都没停过，请物业去说一下", None),
        ("杏林小区3号楼楼道堆物，请物业本周六前清理", "2026-11-21 23:59"),
    ],
)
def test_a_time_when_the_problem_happened_or_was_found_is_no_deadline(text: str, deadline) -> None:
    """A time followed by what happened (又, 还在, 都没…) or by the speaker coming upon it (发现, 接到) is when,
    not by when; a request elsewhere in the message does not make it a deadline."""
    (report,) = parse(text)
    assert report.deadline == (at(deadline) if deadline else None)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("桂香苑 7号楼 共享单车二十几辆 横在单元门口 请物业联系运营公司拉走", "非机动车乱停放"),
        ("桂香苑北门那个宣传栏玻璃爆了 碎玻璃还在地上 请居委尽快处理", "设施损坏"),
        ("桂香苑5栋有户人在楼梯底下搭了个杂物间 请物业核查", "违法搭建"),
        ("金盆岭小区楼上空调冷凝水管吊着，一直滴水到楼下，请物业处理", "高空抛物"),
        ("梅林苑宣传栏被大树挡完了看不见，请绿化剪一下树枝", "其他"),
    ],
)
def test_a_thing_at_a_place_with_a_party_asked_is_a_report_of_its_kind(text: str, category: str) -> None:
    """No category's words in full, but a place, a party asked to act and a thing named: the things' kind
    when one leads, else 其他 (not the things named in what is asked: 请绿化剪一下树枝)."""
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "接供电局通知，本周五3号楼、5号楼停电，请物业张贴告示",
        "周四下午检查桂香苑垃圾分类，请桂香苑居委安排人员陪同",
        "请绿化把梅林苑挡住窗户的树枝锯掉",
    ],
)
def test_a_request_naming_only_what_to_do_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("@紫薇苑物业 小区北门那段路面塌了个坑，请后天前修好", "紫薇苑"),
        ("@桃花坞居委 @保洁老王 6号楼门口垃圾桶满出来了，下午3点前清运", "桃花坞"),
        ("长岗安置区 9栋 楼下 有人在树上拉绳子晒被子 居委", "长岗安置区"),
        ("陈家墩北面停车场边上有人私搭了个彩钢棚，请城管拆除", "陈家墩"),
        ("泉北佳园7栋门口有人用铁丝网围着一块地种菜 请物业处理", "泉北佳园"),
    ],
)
def test_an_estate_mentioned_with_its_office_and_new_endings(text: str, community: str) -> None:
    """@紫薇苑物业 names the estate whose office it mentions; 安置区, 墩 and 围 end names, but 围 of 围着/围了
    is a verb."""
    assert {r.community for r in parse(text)} == {community}


def test_a_blank_set_piece_opening_with_also_is_another_problem_and_shares_the_close() -> None:
    """「… 楼道 堆纸箱 还有电动车停在楼梯下面 上午」: a pile and an e-bike, both for the parties the message opens
    by @-mentioning and by the closing time (no request needed for either)."""
    reports = parse("@物业小刘 @居委 锦江苑 5栋 2单元 楼道 堆泡沫箱纸箱 还有电动车停在楼梯下面 上午")
    assert sorted((r.category, r.building, r.unit) for r in reports) == [
        ("楼道堆物", "5", "2"),
        ("飞线充电", "5", "2"),
    ]
    assert all(set(r.responsible) == {"物业", "居委会"} for r in reports)
    assert all(r.deadline == at("2026-11-18 12:00") for r in reports)


def test_parties_opening_a_message_by_at_mention_are_every_problems() -> None:
    reports = parse("@物业 锦江苑3栋门口垃圾桶满了，另外5栋楼道灯不亮")
    assert sorted((r.category, r.responsible) for r in reports) == [("暴露垃圾", ("物业",)), ("设施损坏", ("物业",))]


@pytest.mark.parametrize(
    "text",
    [
        "锦江苑8幢楼上有人往下扔烟头 楼下晾的床单都烫出好几个洞 请物业查一下",
        "锦江苑8幢有人从窗口扔烟头，烧穿了楼下晾出去的衣服，麻烦物业查下",
    ],
)
def test_laundry_burnt_by_what_falls_is_no_drying_problem(text: str) -> None:
    assert [r.category for r in parse(text)] == ["高空抛物"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("锦江苑南门那个烧烤摊 城管来了两趟 现在都不摆了", []),
        ("锦江苑消防通道那个 物业已经画了黄线 还装了隔离桩", []),
        ("锦江苑广场舞那单 居委协调过了 改到八点半结束", []),
        ("锦江苑3栋楼道灯已经不亮了，请物业修一下", ["设施损坏"]),
        ("锦江苑5栋门口的垃圾桶已经装满了，请保洁清运", ["暴露垃圾"]),
    ],
)
def test_a_nuisance_said_to_have_stopped_or_a_case_pointed_at_is_no_report(text: str, expected: list) -> None:
    """已经不摆了, 已经画了线 say a fix; 那单 points at a case under way; 不亮了 and 装满了 are still problems."""
    assert [r.category for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("锦江苑 12栋 西侧 空地 废旧床垫 居委 物业 明天", [("公共区域堆物", ("居委会", "物业"), "2026-11-19 23:59")]),
        ("锦江苑 3栋 楼梯间 有人养鸽子 臭得很 物业 居委 处理下", [("其他", ("居委会", "物业"), None)]),
        ("锦江苑3栋天台那些旧家具 物业今天搬走了 搞定✅", []),
    ],
)
def test_a_terse_notes_bare_parties_and_time_ask(text: str, expected: list) -> None:
    """Blanks between a note's last fields say nothing: 「居委 物业 明天」「物业 居委 处理下」 ask those parties
    about what the note names; 搬走了 says it is done."""
    got = [(r.category, tuple(sorted(r.responsible)), r.deadline) for r in parse(text)]
    assert got == [(c, p, at(d) if d else None) for c, p, d in expected]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("石榴村有间出租屋 一层隔成七八间 住了二十来人 请派出所同居委去核查", "石榴村"),
        ("[图片]\n东湖新村市场口 流动摊贩卖烤红薯 占了半条路", "东湖新村"),
        ("荔湾苑两件事：1、5栋旁边空地的建筑垃圾还没清 2、东门的灭火器过期了，请物业今天处理", "荔湾苑"),
        ("[图片]\n仁和坊后巷 有人乱扔垃圾 请保洁清理", "仁和坊"),
    ],
)
def test_what_is_said_of_a_place_after_its_name_is_not_the_name(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("城南街道 杏花社区 石桥下面弄堂口 有人把被子晒在电线上 请居委会去劝一下", "杏花社区"),
        ("网格员小甄：丹桂苑3号楼后面树上拉了根绳子晒被子，请物业清一下", "丹桂苑"),
        ("@丹桂苑物业 7栋垃圾房混投还是没改，请明天上午安排人值守，周六检查要看的", "丹桂苑"),
    ],
)
def test_a_subdistrict_a_person_or_words_of_grammar_name_no_estate(text: str, community: str) -> None:
    """塔山街道 is the sub-district; 网格员小甄 a person; 要看的 is speech."""
    assert {r.community for r in parse(text)} == {community}


def test_a_night_round_opening_a_note_is_no_estate() -> None:
    (report,) = parse("夜巡 汀兰水岸 广场舞 音响太大声 9点多还在跳 社区 劝导")
    assert (report.category, report.community) == ("噪音扰民", None)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("仲恺花园9幢地下车库入口堆满了建筑垃圾，物业尽快清运", "仲恺花园"),
        ("马营那片 进村口那家小卖部把货架摆到路上了 请城管来看看", "马营"),
        ("李家寨村口那个垃圾堆又满了，保洁上午清掉", "李家寨"),
        ("长宁路126弄两个问题：8号楼前有人私搭彩钢棚；弄堂口小吃店跨门经营。请城管周三前处置。", "长宁路126弄"),
        ("蒋家里弄堂口有个卖水果的三轮车天天停着卖，请城管来管管", "蒋家里"),
    ],
)
def test_village_endings_ying_and_zhai_and_names_with_regional_characters(text: str, community: str) -> None:
    """营/寨 end villages (not 经营 in 跨门经营); 仲 is Cantonese 还 only in context, so 仲恺 keeps its name; a
    pointer after a name (那片, 那边) is not part of it."""
    assert {r.community for r in parse(text)} == {community}


def test_cantonese_zhong_before_what_still_is_reads_as_still() -> None:
    assert Reader(language())("仲有好多垃圾冇人清，仲未搞掂") == "还有好多垃圾没人清，还未搞定"


def test_a_daily_reports_lines_marked_done_are_no_reports() -> None:
    """A line with its status after it (已处理, 已劝导) is dealt with; the lines still open (待处理) are reported."""
    reports = parse(
        "【桂花苑物业日报 11月18日】\n1）5幢1单元楼道纸箱清理 已处理\n2）9幢东侧绿化带晒被子 已劝导 已处理\n"
        "3）14幢北面路灯不亮 待处理\n4）南门外人行道上停了两部僵尸车 待处理"
    )
    assert sorted((r.category, r.building) for r in reports) == [("机动车乱停放", None), ("设施损坏", "14")]


def test_a_line_marked_done_then_back_with_a_request_is_reported() -> None:
    reports = parse("桂花苑5幢楼道堆物 已清理 今天又堆满了 请物业再清一次")
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "5")]


@pytest.mark.parametrize(
    "text",
    [
        "金桂园12号楼东侧消防通道被私家车占了，请物业今天下班前处理并回复社区",
        "金桂园5栋楼道堆了旧家具，请物业明天清走，处理结果反馈给街道",
    ],
)
def test_a_party_told_of_the_work_is_not_asked_to_do_it(text: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.responsible) == ("金桂园", ("物业",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5栋 空地 旧床垫 物业 明天", [("公共区域堆物", None)]),
        ("丹桂苑东门的道闸坏了，车进出都要人工抬杆，请物业尽快修好", [("设施损坏", "丹桂苑")]),
        ("丹桂苑6栋的防盗门坏了，陌生人随便进，请物业明天修好", [("设施损坏", "丹桂苑")]),
        ("我下礼拜搬家，周六下午有货车进小区，麻烦物业开下门", []),
    ],
)
def test_a_things_place_settles_its_kind_and_going_into_the_estate_names_none(text: str, expected: list) -> None:
    """A thing two kinds name (旧床垫) is of the kind its place belongs to (空地: 公共区域堆物); 道闸 and 防盗门 are
    facilities; 进小区 is going into the estate, no name, and a request to open a gate is no report."""
    assert [(r.category, r.community) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今儿在丹桂苑转了一圈 看见那个7栋楼底下有人把被子搭到树上晒 这个事儿得管管啊物业", [("乱晾晒", ("物业",))]),
        (
            "石桥村里那个大坑塘边上 有人把装修拆下来的砖头都倒那了 城管跟街道的来瞅瞅吧",
            [("建筑垃圾", ("城管", "街道"))],
        ),
    ],
)
def test_a_party_called_after_the_ask_or_named_with_its_people_is_asked(text: str, expected: list) -> None:
    """「…得管管啊物业」 calls whom it asks last; 「城管跟街道的」 are the parties' people; a pit things are dumped in
    is a place, not a road broken."""
    assert [(r.category, tuple(sorted(r.responsible))) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑 8号楼 楼顶平台 杂物 物业 周五前", [("公共区域堆物", ("物业",), "2026-11-20 23:59")]),
        ("丹桂苑4栋二单元6楼的楼道有个旧冰箱，请物业后天前清理", [("楼道堆物", ("物业",), "2026-11-20 23:59")]),
    ],
)
def test_a_note_closing_with_a_party_and_a_time_with_before_asks(text: str, expected: list) -> None:
    got = [(r.category, r.responsible, r.deadline) for r in parse(text)]
    assert got == [(c, p, at(d)) for c, p, d in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑3栋一楼大堂里堆满了纸板箱旧家具，电瓶车也停在里面充电，请物业今天清理", ["楼道堆物", "飞线充电"]),
        ("丹桂苑6幢门口电瓶车停了一排，把消防通道也堵死了", ["消防通道占用"]),
        ("丹桂苑9幢那户阳台外的铁架子都锈了，螺丝也松了，请物业去看看", ["高空抛物"]),
    ],
)
def test_another_kind_of_thing_also_there_is_a_problem_of_its_own(text: str, expected: list) -> None:
    """「…，电瓶车也停在里面充电」 names something else there too; 把消防通道也堵死了 is what the problem did, and the
    screws are part of the rusty frame."""
    assert sorted(r.category for r in parse(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上午测评情况：丹桂苑消防通道堵塞1处（已整改），金桂园垃圾分类1处，桃李苑楼道堆物2处，整改情况明天汇总。", []),
        ("丹桂苑楼道堆物2处、飞线充电1处，请物业今天下班前整改", ["楼道堆物", "飞线充电"]),
    ],
)
def test_problems_counted_place_by_place_are_a_tally_unless_work_is_asked(text: str, expected: list) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(expected)


def test_categories_named_side_by_side_are_both_reported() -> None:
    """「楼道堆物2处、飞线充电1处」 names both: the one that takes in the other where a situation is told (an e-bike
    in a stairwell) does not here."""
    reports = parse("丹桂苑楼道堆物2处、飞线充电1处，请物业今天下班前整改")
    assert sorted(r.category for r in reports) == ["楼道堆物", "飞线充电"]


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑12栋下面的垃圾桶全部满了没人收，地上到处是外卖盒子，狗子在翻，麻烦保洁下午清掉",
        "丹桂苑后门那个垃圾桶早就满了 周围垃圾袋子丢了一地 狗在刨 麻烦保洁赶紧来收",
    ],
)
def test_a_dog_digging_in_rubbish_is_the_rubbishs_problem(text: str) -> None:
    assert [r.category for r in parse(text)] == ["暴露垃圾"]


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑6栋楼下 有人在公共绿地上拿砖头围了一块 种起了葱子蒜苗 请物业周五前恢复",
        "丹桂苑13号楼西边那块绿地被人围起来种菜了，还用竹竿搭了篱笆，请物业恢复绿地",
    ],
)
def test_a_plot_fenced_off_to_grow_vegetables_is_greenery_taken(text: str) -> None:
    assert [r.category for r in parse(text)] == ["毁绿种菜"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑那个大院门口的路灯又灭了，一片黑，@物业 再来看看", ["设施损坏"]),
        ("丹桂苑大门口门岗栏杆被车撞弯了，物业下周一前修好", ["设施损坏"]),
        ("丹桂苑16栋1单元楼道灯昨晚还是黑的，请物业今天上午换好", ["设施损坏"]),
        ("丹桂苑4幢门口路灯一闪一闪的，晚上看不清台阶，麻烦物业明天修一修", ["设施损坏"]),
        ("城管中队回复：丹桂苑11栋夜间施工已现场制止，对装修户进行了教育", []),
        ("丹桂苑8栋的高空抛物 物业还在排查 没有结果 再等两天", []),
        ("@丹桂苑物业 纸箱已清 请核实[图片]", []),
    ],
)
def test_lights_out_bent_rails_and_work_reported_done_or_under_way(text: str, expected: list) -> None:
    assert [r.category for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("柳家安置小区二期5栋楼下有人扯飞线给电瓶车充电，请物业明天拆除", "柳家安置小区"),
        ("青龙院落院坝里的扭腰器轴承断了，请居委会礼拜一前报修", "青龙院落"),
    ],
)
def test_resettlement_estates_and_courtyards_are_named(text: str, community: str) -> None:
    """安置小区 and Sichuan's 院落 end a name; the 院坝 (yard) after it is a place in it."""
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑7栋屋顶平台上有户人家用彩钢瓦搭了一个房子，请城管尽快来处理", "违法搭建"),
        ("丹桂苑8号楼下面花坛里有人丢了一堆碎瓷砖和水泥袋子，请物业查下是哪户", "建筑垃圾"),
        ("丹桂苑3栋2单元有户人家在屋里搞加工，每天晚上机器响到一两点，请社区去看看", "噪音扰民"),
        ("丹桂苑门口那家五金店把货全摆到街面上了，人都过不去，请城管来一趟", "占道经营"),
    ],
)
def test_a_house_put_up_tiles_dumped_machines_at_night_and_goods_on_the_street(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@居委会 @物业公司 丹桂苑15号楼前公益广告缺失，请立即处理后回复", ["公益广告缺失"]),
        ("@绿化队 丹桂苑西门口绿化带内积存垃圾，请后天处理后回复", ["暴露垃圾"]),
        ("丹桂苑3号楼那个事情请尽快回复", []),
        ("丹桂苑今天新装了10个灭火器，放在每层楼梯口。", []),
        ("丹桂苑的群租问题派出所已经介入，我们等结果吧。", []),
        ("物业你好，我家卫生间水管漏水，麻烦派个师傅上门修一下，19号楼1单元503室", []),
    ],
)
def test_work_asked_with_a_reply_fixes_told_and_a_repair_inside_ones_flat(text: str, expected: list) -> None:
    """请…处理后回复 asks for work and a reply; 新装了 and 已经介入 report work done or under way; a pipe in one's
    own flat is the owner's repair, no public facility."""
    assert [r.category for r in parse(text)] == expected


def test_a_party_told_to_have_acted_already_is_not_asked() -> None:
    (report,) = parse("丹桂苑11号楼飞线充电，社区工作人员已上门，请物业配合处理。")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("绿地新都会 5号楼 楼下绿化带 被踩秃了一大片 物业", "绿地新都会"),
        ("蓝光COCO 5栋楼上又在往下丢东西 请物业排查", "蓝光COCO"),
        ("[图片] 万科MIXC门口人行道上又停满了私家车 @城管 请再来贴一轮罚单", "万科MIXC"),
        ("3号楼前面绿地新种的树被人拔了 请绿化处理", None),
    ],
)
def test_a_developers_brand_opens_its_estates_name(text: str, community) -> None:
    """A brand before a name is part of it (绿地 is also a lawn); with Latin letters after it, the two are a name."""
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "书记们注意：明天上午省测评组可能随机入户问卷，请提前跟居民做好宣传，知晓率要达到90%以上。",
        "大家注意：周四下午区里暗访，请各楼长提前把楼道再过一遍。",
    ],
)
def test_a_notice_to_staff_is_neither_a_report_nor_worth_asking(text: str) -> None:
    parsed = shared_parser().analyse(text, SENT)
    assert (parsed.reports, parsed.unsettled) == ([], False)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("石坑村老房子那片：\n①村口宣传栏玻璃碎了\n请村委下周一前整改到位", "石坑村"),
        ("点位：乐平新村农贸市场北侧\n问题：流动摊贩占道卖鱼\n责任单位：城管中队", "乐平新村"),
        ("锦绣村花园3栋楼道堆物 请物业处理", "锦绣村花园"),
    ],
)
def test_an_everyday_noun_after_a_names_ending_is_not_the_name(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_pile_said_after_also_on_a_top_floor_stays_in_the_stairwell() -> None:
    """顶楼 is the top floor, indoors: 「顶楼楼道 放了两个液化气罐 还有一堆纸箱」 is one stairwell's piles."""
    reports = parse("好溪苑6幢2单元顶楼楼道 放了两个液化气罐 还有一堆纸箱 请物业下班前清走")
    assert [(r.category, r.floor) for r in reports] == [("楼道堆物", "顶")]


def test_a_thing_with_a_word_of_its_situation_beats_more_things_without() -> None:
    """「堆了好几袋子土豆 白菜」: 堆了 tells a pile, so the vegetables are piled, no 毁绿种菜."""
    reports = parse("丹桂苑 2号楼 1单元 门斗里 堆了好几袋子土豆 白菜 还有个缸 请物业上午前协调挪走")
    assert [r.category for r in reports] == ["楼道堆物"]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("12345工单：市民反映济南市历下区燕子山小区8号楼楼道内有人私拉电线充电，请物业核实处理。", "燕子山小区"),
        ("诉求：长春市绿园区柳影胡同11栋东侧有商户占用人行道摆放桌椅经营烧烤，请城管部门核实处理。", "柳影胡同"),
        ("来电人反映吉林省四平市铁东区南溪湾4号楼3单元楼道堆放废品，请物业清理", "南溪湾"),
    ],
)
def test_a_work_orders_city_and_district_before_an_estate_are_no_part_of_its_name(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑7号楼前边那条道昨晚下完雪到现在没人扫，压实了贼滑，请物业上午前清出来", [("环境脏乱", ("物业",))]),
        ("丹桂苑3号楼2单元门口台阶冻上了 一层冰 保洁铲一下 上午前", [("环境脏乱", ("保洁",))]),
    ],
)
def test_snow_left_on_a_path_or_ice_on_steps_is_a_surface_made_unsafe(text: str, expected: list) -> None:
    assert [(r.category, r.responsible) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("翠湖居住户反映3号楼楼道堆物，请物业处理", ("翠湖居", None)),
        ("信息员幸福村：3号楼楼道堆物，请物业处理", ("幸福村", None)),
        ("丹桂苑3号楼楼道堆物，请物业周六天黑前清理", ("丹桂苑", "2026-11-21 23:59")),
    ],
)
def test_what_a_code_review_found(text: str, expected: tuple) -> None:
    """住户 after a name is no verb's aspect (only 围 is a verb among the endings); a title before a name is
    a person's whichever stop words it holds; 周六天黑前 is Saturday."""
    (report,) = parse(text)
    community, deadline = expected
    assert (report.community, report.deadline) == (community, at(deadline) if deadline else None)


def test_a_fire_lane_blocked_by_what_was_parked_is_one_report_whatever_stands_before_ba() -> None:
    reports = parse("丹桂苑6幢门口电瓶车停了一排，车子把消防通道也堵死了")
    assert [r.category for r in reports] == ["消防通道占用"]


def test_a_forms_shequ_field_names_the_estate_and_asks_no_one() -> None:
    text = (
        "【整改通知】\n社区：洲心村\n问题：1.村委旁巷口有大量建筑垃圾未清运；2.市场路段流动摊贩占道\n"
        "责任单位：城管、街道"
    )
    assert {r.responsible for r in parse(text)} == {("城管", "街道")}


def test_a_list_of_fixes_and_work_under_way_names_no_problem_by_its_things() -> None:
    text = (
        "今日测评组反馈问题清单：\n1、丹桂苑单车棚堆物（已整改）\n2、金桂园东门混投（已整改）\n"
        "3、桃李苑井盖（整改中）\n请各社区今晚前回传整改照片"
    )
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑村口有人在公路边倒了好多拆下来的烂砖，冇遮冇围，占了整条车道，请街道同城管协调下",
        "丹桂苑 7号楼门口 井盖没了 用个纸皮盖住 好危险 @物业 2个钟内围蔽处理",
    ],
)
def test_the_verb_wei_ends_no_village_name(text: str) -> None:
    assert {r.community for r in parse(text)} <= {"丹桂苑", None}


def test_a_verb_jieba_tags_as_a_name_is_no_thing() -> None:
    """jieba's dictionary tags 塞满 as a person's name: the fallback must not read it as a fire lane's thing."""
    reports = parse("丹桂苑 2栋旁边单车棚 塞满晒旧家私 还有个烂雪柜 物业上午清走")
    assert "消防通道占用" not in [r.category for r in reports]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "渭城街道督查通报（12月1日）：\n① 丹桂苑西门内侧共享单车乱停乱放\n② 丹桂苑4号楼东侧消防通道被私家车占用\n"
            "以上问题请物业于本周四下班前整改到位",
            {("物业",)},
        ),
        ("额们车务段家属院4号楼3单元楼道堆满了纸箱，请物业清理", {("物业",)}),
    ],
)
def test_the_inspecting_office_is_not_asked_and_a_pronoun_opens_no_name(text: str, expected: set) -> None:
    reports = parse(text)
    assert {r.responsible for r in reports} == expected
    assert all(r.community is None or not r.community.startswith("额们") for r in reports)


def test_a_shed_on_the_lawn_before_the_entrance_names_no_estate_called_entrance() -> None:
    (report,) = parse("恒大名都 12号楼地下车库入口那块堆了好几堆废旧轮胎跟破床垫子，请物业明天中午前清理")
    assert report.community == "恒大名都"


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑12号楼我家空调外机要挪一下，请物业派人",
        "丹桂苑3号楼门口的违建已于昨天下午拆除，请街道复核",
        "经检查，丹桂苑各楼道均未发现电瓶车停放充电",
        "丹桂苑5号楼楼道灯不亮的事，电工已在路上",
    ],
)
def test_a_repair_at_home_a_check_that_found_nothing_and_work_done_or_on_its_way(text: str) -> None:
    """A thing in one's own home is a private repair; 未发现 names a problem that is not there; 已于…拆除 and
    已在路上 tell work done or coming."""
    assert parse(text) == []


def test_a_check_that_found_nothing_in_one_place_keeps_the_problem_found_in_the_next() -> None:
    reports = parse("丹桂苑5栋楼道没发现堆物，但是楼梯扶手断了，请物业修一下")
    assert [(r.category, r.building) for r in reports] == [("设施损坏", "5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parties joined by 、 share the verb that follows their time (城管、物业明早8点前处理)
        ("丹桂苑9号楼前空地私家车压着草坪停了好几辆，绿化、物业明早7点前处理", {("绿化", "物业")}),
        # Guangxi 得不得 asks for the work; 帮忙 after a party asks; 商量 is an act
        ("那个丹桂苑六栋门口的门禁坏了好久了物业得不得来修一下嘛", {("物业",)}),
        ("丹桂苑7栋单元门口的分类桶厨余垃圾跟纸皮全部丢一起保洁帮忙分一下", {("保洁",)}),
        ("丹桂苑4栋楼道又堆起了旧沙发 物业和业委会商量个办法 周一前清掉", {("业委会", "物业")}),
        # the last party of a bracketed header is addressed
        ("【丹桂苑 物业 绿化】\n1、6幢旁边的草坪被人挖了种菜\n2、9幢门口垃圾满了没人收", {("物业", "绿化")}),
    ],
)
def test_parties_joined_to_a_later_verb_bidden_in_dialect_or_closing_a_header(text: str, expected: set) -> None:
    assert {tuple(sorted(r.responsible)) for r in parse(text)} == {tuple(sorted(p)) for p in expected}


def test_each_line_opened_by_its_own_at_mention_is_asked_of_that_party() -> None:
    reports = parse(
        "【丹桂苑】\n@物业 地下车库车位上堆满了旧轮胎\n@保洁 8栋门口垃圾桶满了没人倒\n"
        "@绿化 2栋旁边的草坪被踩秃了\n以上今天内处理"
    )
    assert [(r.building, r.responsible) for r in reports] == [(None, ("物业",)), ("8", ("保洁",)), ("2", ("绿化",))]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("安康北区12号楼楼道里堆满了纸箱，请物业清理", "安康北区"),
        ("来电反映辽宁省沈阳市铁西区兴华南区5栋楼道堆物，请物业清理", "兴华南区"),
        ("乐安居5座门口垃圾满了没人收，请保洁处理", "乐安居"),
        ("翠湖府售楼处门口有人摆摊卖水果，城管来一下", "翠湖府"),
        ("长青东区那嘎达9号楼后面墙上全是小广告，物业铲一下", "长青东区"),
    ],
)
def test_a_part_of_town_a_verb_like_ending_before_a_building_and_a_northern_there(text: str, community: str) -> None:
    """X南区/X北区 before a building is an estate (not a part of an estate named before it, nor a city
    district jieba knows); 安居 ends a name before a building; 售楼处 is a place in an estate; 那嘎达 is
    'over there', no name."""
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑3号楼楼道里一股尿骚味，墙角都是痰迹，保洁今天冲一下", "环境脏乱"),
        ("丹桂苑西门快递点旁边，纸盒、泡沫扔了一地，保洁下午弄一下", "暴露垃圾"),
        ("丹桂苑2号楼门口的分类桶，红桶绿桶都是混着扔的，物业今天整改", "垃圾分类不规范"),
        ("丹桂苑8号楼底商火锅店店外摆桌，城管处理", "占道经营"),
        ("丹桂苑11号楼一楼住户在院墙外接了间小房，城管明天到场", "违法搭建"),
        ("丹桂苑3栋502隔壁那套租给十几个人住，屋里全是上下床，请派出所查一下", "群租"),
        ("丹桂苑6号楼楼道墙上到处是通下水道开锁的电话号码，保洁周一前铲干净", "乱张贴涂写"),
    ],
)
def test_problems_in_the_words_of_a_northern_street(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_complaint_about_progress_is_no_new_report() -> None:
    assert parse("@物业 丹桂苑11号楼地下室那些家具上周说清的 现在还在 怎么回事") == []


def test_a_date_before_a_joint_night_check_is_the_rounds_not_a_deadline() -> None:
    (report,) = parse("【11月19日联合夜查】\n一、丹桂苑2号楼饭馆店外摆桌占道，城管处理\n以上下周一前整改到位")
    assert report.deadline == at("2026-11-23T23:59")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑12栋单元门外的空地上，纸箱子、泡沫箱堆成了小山，物业今天中午前清掉", "公共区域堆物"),
        ("丹桂苑二号楼一楼开了个麻将馆，天天搓到凌晨两点，请派出所去查一哈", "噪音扰民"),
        ("@绿化 丹桂苑南门进来那段冬青树被人砍了一截，请绿化队来补种一哈", "毁绿种菜"),
        ("丹桂苑8栋旁边有人在树上拉绳子晒铺盖，请居委去劝一哈", "乱晾晒"),
        ("丹桂苑东门那几家餐馆把灶台搬到人行道上炒菜，请城管来查一下", "占道经营"),
        ("丹桂苑1幢后面空地有人用石棉瓦搭了个偏偏养鸡，请房办周五前拆掉", "违法搭建"),
        ("丹桂苑门口那面墙又被人刷满了收旧家电的电话，请城管周一前清掉", "乱张贴涂写"),
        ("丹桂苑7栋五楼有家人在楼道里烧香烧纸，烟熏得满楼道都是，请物业去说一下", "其他"),
    ],
)
def test_problems_in_the_words_of_guizhou(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("丹桂苑门口的主干道上晚上车子双排停起，请物业和城管管一哈", {"物业", "城管"}),
        ("丹桂苑门口那家店天天用大喇叭喊促销，请市监所和城管管一哈", {"市场监管", "城管"}),
    ],
)
def test_an_act_said_with_yiha_asks_the_party_before_it(text: str, parties: set[str]) -> None:
    """一哈 is 一下 in the southwest: 管一哈 is an act, and jieba no longer reads 城管管 as 城 + 管管."""
    (report,) = parse(text)
    assert set(report.responsible) == parties


def test_a_dog_running_all_over_the_estate_names_no_estate_called_after_it() -> None:
    (report,) = parse("丹桂苑6幢有条狗一天到黑不拴绳子满小区跑，狗屎也不捡，请物业找狗主人说一下")
    assert report.community == "丹桂苑"


def test_a_visit_this_afternoon_sets_its_time() -> None:
    (report,) = parse("丹桂苑二十二幢有个老人家好几天都没看到出门了，敲门也没人应，请居委会今天下午过来看一下")
    assert report.deadline == at("2026-11-18T17:00")


def test_the_work_restored_is_no_party_asked() -> None:
    """「请今天下班前恢复绿化」 asks for greenery restored, not the 绿化 team (the header asks 居委 and 物业)."""
    (report,) = parse("丹桂苑 居委 物业：丹桂苑9号楼东侧绿化带又被翻了种葱，请今天下班前恢复绿化")
    assert set(report.responsible) == {"居委会", "物业"}


@pytest.mark.parametrize(
    ("text", "communities"),
    [
        ("居民打热线投诉 说华丰城旁边的乐安居3座一楼餐馆污水排到路上 请城管明天处理", ["乐安居"]),
        ("华丰城和乐安居门口都有摊贩卖菜，城管处理一下", ["华丰城", "乐安居"]),
    ],
)
def test_an_estate_beside_another_only_shows_the_way_and_two_joined_are_two(text: str, communities: list) -> None:
    assert [r.community for r in parse(text)] == communities


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑A座楼下有人把冬储大白菜堆在绿化带上，绿化队给看一下", "公共区域堆物"),
        ("丹桂苑二栋楼下那个围起来的说自己拆 结果还没拆 城管请明天强制拆除", "违法搭建"),
        ("丹桂苑桶站垃圾桶收完不归位，扔在路中间，物业整改", "垃圾分类不规范"),
    ],
)
def test_a_pile_on_a_lawn_a_demolition_enforced_and_bins_left_out(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_request_to_scrape_clean_asks_the_parties_before_it() -> None:
    (report,) = parse("丹桂苑5号楼楼道墙上到处是开锁的电话号码 保洁和物业周一前铲干净")
    assert set(report.responsible) == {"保洁", "物业"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed header's parties, with the text run on after 】
        ("【丹桂苑 房办 派出所】丹桂苑7号楼2单元402疑似群租，请核查。", {"房办", "派出所"}),
        ("【丹桂苑 业委会、物业】业主反映：\n一、3号楼屋顶有人私自加盖了砖房\n请周一前处理。", {"业委会", "物业"}),
        # spoken to (物业你们…), then told what to do
        ("丹桂苑3号楼门口垃圾桶四五天没人倒了，物业你们赶紧来看看吧", {"物业"}),
        # 协调 directs the team after it: both are asked
        ("丹桂苑门口空地堆了一大堆烂木头和破沙发，请街道协调绿化队下周二前拉走", {"街道", "绿化"}),
    ],
)
def test_header_parties_run_on_a_party_spoken_to_and_one_directed(text: str, expected: set) -> None:
    assert {p for r in parse(text) for p in r.responsible} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就是那个丹桂苑么22号楼后头那个井盖不知道谁给撬走了赶紧叫物业来盖上", [("设施损坏", "丹桂苑")]),
        ("丹桂苑15号楼顶上鸽子棚还是没拆居委房办这周五之前必须拆掉", [("违法搭建", "丹桂苑")]),
        ("丹桂苑5号楼南边空地上有人拿砖头私自圈了一块地当自家车位，请房办核实", [("违法搭建", "丹桂苑")]),
        ("丹桂苑西门口那段烂路拖了一个月了，物业下周一前必须动工修", [("设施损坏", "丹桂苑")]),
        ("丹桂苑3号楼门口垃圾桶四五天没人倒了，臭烘烘的，物业赶紧来看看", [("暴露垃圾", "丹桂苑")]),
    ],
)
def test_a_shanxi_particle_a_thing_not_done_a_plot_fenced_and_a_bin_not_emptied(text: str, expected: list) -> None:
    """么 after a name is a particle; 没拆 before the parties names no estate; 没人倒 is a bin not emptied,
    not knocked over."""
    assert [(r.category, r.community) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("丹桂苑5号楼楼道墙上到处是开锁的电话号码，一层到五层都有，保洁周一前铲干净", None),
        ("丹桂苑6号楼前人行道上贴了一层牛皮癣，请保洁下班前清理", None),
        ("丹桂苑5号楼3层楼道堆满纸箱，请物业清理", "3"),
    ],
)
def test_a_range_of_floors_and_a_layer_are_no_floor(text: str, floor) -> None:
    (report,) = parse(text)
    assert report.floor == floor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑8幢后面绿地上被人圈起来种了葱，还搭了一个鸡棚，请居委联合绿化本周日前清理", ["毁绿种菜", "违法搭建"]),
        ("丹桂苑西边绿地上有人用铁丝网围了块地种大蒜，请绿化去看一下", ["毁绿种菜"]),
        ("丹桂苑3幢北面消防通道上堆了建筑材料（黄沙、新砖），请物业周五前清走", ["消防通道占用"]),
        ("丹桂苑快递驿站门口天天一大堆包裹堆在路上，请物业协调驿站收进去", ["公共区域堆物"]),
        ("丹桂苑11号楼楼道墙上被小孩用蜡笔涂得一塌糊涂，请保洁处理", ["乱张贴涂写"]),
        ("丹桂苑二号楼的化粪池又冒了，请街道再协调一次", ["环境脏乱"]),
        ("丹桂苑9号楼有户人家把楼道平台用铝合金窗封起来了，请房办核查", ["违法搭建"]),
        ("丹桂苑7幢门口的路灯坏了有一个礼拜了，哪个来修一下嘛", ["设施损坏"]),
    ],
)
def test_a_shed_beside_a_plot_materials_on_a_fire_lane_and_a_nantong_street(text: str, expected: list) -> None:
    """A shed built beside a plot taken for vegetables is a building of its own; a fenced plot alone is not;
    materials blocking a fire lane are the lane's problem; 哪个来修一下 asks."""
    assert [r.category for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑跳舞的事情居委已经谈好了，音响八点前关",
        "丹桂苑18幢那户群租的今天派出所去看了，确实住了12个人，已经要求房东整改",
        "丹桂苑4号楼屋顶那个彩钢棚，房办核查过了，确定是违建，城管这周会拆",
    ],
)
def test_an_agreement_reached_a_landlord_told_and_a_demolition_promised_are_no_new_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("丹桂苑13号楼1单元有户人家门口堆了好多花盆，业委会出面跟他讲讲嘛", {"业委会"}),
        ("丹桂苑8号楼下的雨水井堵了，积水有脚背深，物业后天前通好", {"物业"}),
    ],
)
def test_a_party_stepping_in_or_told_to_clear_a_drain_is_asked(text: str, parties: set) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑门口的摊摊今天又摆出来了，城管再来清一次嘛", "占道经营"),
        ("丹桂苑商业街那几家餐馆把灶台搬到店门口炒菜，请市监所来查一下", "占道经营"),
        ("丹桂苑3栋那个井盖到现在还莫得人换，请房办明天上午务必换好", "设施损坏"),
    ],
)
def test_stalls_said_twice_a_stove_at_a_shop_door_and_a_cover_nobody_replaced(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_items_numbered_in_order_open_even_before_a_building_number() -> None:
    """「1、3幢…；2、5幢…；3、…」 numbers items (第3条 names the third), though 1、3号楼 alone is two buildings."""
    reports = parse(
        "丹桂苑情况汇总：1、3幢1单元楼道堆放旧家具；2、5幢北面绿化带里扔了好多饭盒；3、小区西门有人摆摊卖水果。"
        "以上请物业今天内整改，第3条请城管配合。"
    )
    assert [(r.category, r.building, set(r.responsible)) for r in reports] == [
        ("楼道堆物", "3", {"物业"}),
        ("暴露垃圾", "5", {"物业"}),
        ("占道经营", None, {"物业", "城管"}),
    ]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("丹桂苑3号楼前面那条道雪没人扫，压成冰溜溜的，请物业今天上午清完", ["环境脏乱"]),
        ("丹桂苑西门外马路牙子上停了一溜电动车、三轮车，把盲道都占了，请城管整治", ["非机动车乱停放"]),
        ("丹桂苑2幢旁边那个垃圾房，炉灰和生活垃圾混着倒，请保洁处理", ["垃圾分类不规范"]),
        ("丹桂苑7号楼后面小广场上有人私自用木板、塑料布围了个小棚子养鸡，请城管拆除", ["违法搭建"]),
        ("丹桂苑18幢楼底下有人用大喇叭卖白菜土豆，从早上七点喊到现在，请城管处理", ["噪音扰民", "占道经营"]),
        ("丹桂苑17号楼二单元一楼缓台堆了小山似的大白菜，请物业整一下", ["楼道堆物"]),
        ("丹桂苑北侧围墙让人掏了个洞，外边的人随便进出，请物业修补", ["设施损坏"]),
        ("丹桂苑18号楼后边的小路，雪堆了半人高一直没人管，请街道明天清走", ["环境脏乱"]),
        ("丹桂苑3号楼2单元门口，谁家把一大堆煤灰渣子倒在台阶上了，请物业当天清理", ["暴露垃圾"]),
        ("丹桂苑3号楼6楼楼梯间的暖气管子冻裂了，请物业两小时内派人", ["设施损坏"]),
        ("丹桂苑9号楼东侧绿化带里扔了好几块废旧门板、瓷砖，请物业清运", ["建筑垃圾"]),
    ],
)
def test_a_northeastern_winter(text: str, categories: list) -> None:
    assert [r.category for r in parse(text)] == categories


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑12号楼冰溜子已全部敲掉，还拉了警戒线。",
        "丹桂苑14号楼那家电动车推下去了，居委会和民警一块去的。",
        "请各位楼长统计一下自己楼里还有没有在楼道放白菜的，周五前报给网格员。",
    ],
)
def test_icicles_knocked_down_a_bike_taken_out_and_a_count_asked_of_staff_are_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("丹桂苑4号楼2单元门口台阶冻上了。1单元门口的门禁也坏了好几天。物业明天处理。", [("4", "2"), ("4", "1")]),
        ("丹桂苑2号楼三单元楼道灯坏了好久了。楼道里还堆着几麻袋土豆。请物业修好并清理。", [("2", "3"), ("2", "3")]),
    ],
)
def test_a_next_sentence_inside_the_building_just_named_is_in_it(text: str, places: list) -> None:
    assert [(r.building, r.unit) for r in parse(text)] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑3栋楼道堆满纸箱，请物业尽快清理，防止发生火灾", [("楼道堆物", "3")]),
        ("丹桂苑5栋楼道飞线充电好几天了没发现是谁拉的，请物业查一下", [("飞线充电", "5")]),
        ("丹桂苑5栋楼道堆满纸箱，上次都讲好了要清，到现在还堆着", [("楼道堆物", "5")]),
        ("丹桂苑5栋楼道堆物已于11月15日核查，现场仍堆满纸箱", [("楼道堆物", "5")]),
        ("我家楼下共享单车十几辆 堆在丹桂苑5栋单元门口 请物业拉走", [("非机动车乱停放", "5")]),
        ("丹桂苑5栋门口路灯杆被车撞歪了还没倒，请物业修一下", [("设施损坏", "5")]),
        ("美满小区3栋楼道堆满杂物，请物业清理", [("楼道堆物", "3")]),
        ("丹桂苑楼下草坪上一摊摊狗屎没人管，请物业处理", [("不文明养犬", None)]),
        ("丹桂苑3栋快递柜旁边我的快递丢了，物业管不管", []),
        ("丹桂苑5栋楼前车位装了新的充电桩一直用不了，请物业看看", [("设施损坏", "5")]),
        ("丹桂苑5栋302家的隔篱屋出租畀人，楼道堆满纸箱", [("楼道堆物", "5")]),
    ],
)
def test_what_a_code_review_of_this_round_found(text: str, expected: list) -> None:
    """A reason given (防止…), who did it not found, a promise broken, a day a check was made, a place by one's
    home, a lamp-post not fallen, an estate named 美满, a dog's mess in heaps, a parcel lost, a parking space,
    a Cantonese 隔篱 are all read for what they are."""
    assert [(r.category, r.building) for r in parse(text)] == expected


def test_a_party_reminded_to_act_is_asked_and_the_first_lines_mention_stays_on_its_line() -> None:
    (report,) = parse("丹桂苑5栋门口垃圾桶满了，麻烦提醒保洁今天清一下")
    assert report.responsible == ("保洁",)
    reports = parse("@物业 丹桂苑地下车库车位上堆满了旧轮胎\n@保洁 3栋门口垃圾桶满了\n@城管 北门有流动摊贩")
    assert [r.responsible for r in reports] == [("物业",), ("保洁",), ("城管",)]


def test_a_problem_said_again_at_its_place_keeps_the_second_request() -> None:
    (report,) = parse("丹桂苑5栋楼道堆满纸箱请物业清理，5栋楼道还有旧沙发请城管今天搬走")
    assert set(report.responsible) == {"物业", "城管"}
    assert report.deadline == at("2026-11-18T23:59")


def test_a_bracketed_header_in_mid_text_opens_its_own_place() -> None:
    reports = parse("丹桂苑【5栋】楼道堆满纸箱【3栋】门口垃圾桶满了")
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "5"), ("暴露垃圾", "3")]


def test_a_floor_climbed_to_is_a_floor() -> None:
    (report,) = parse("丹桂苑5栋爬到了6层，楼道灯不亮，请物业修")
    assert report.floor == "6"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "【樱花庭】巡查发现问题如下，请物业、保洁认领：\n1. 2栋单元门门禁坏了；\n2. 5栋旁边绿化带里晾起一排被子。",
            [("樱花庭", ("物业", "保洁")), ("樱花庭", ("物业", "保洁"))],
        ),
        (
            "【金色年华】居委、物业：\n①9号楼过道堆了一堆花盆；\n②中心广场旁边有人挖了块草坪种菜，请绿化队一起配合。",
            [("金色年华", ("居委会", "物业")), ("金色年华", ("居委会", "物业", "绿化"))],
        ),
    ],
)
def test_a_bracketed_name_heads_the_message_and_its_parties_join_each_items_own(text: str, expected: list) -> None:
    """A title in brackets that ends like an estate or is a proper name names the estate; parties said for
    the whole message are asked of every item, besides those an item asks itself."""
    assert [(r.community, r.responsible) for r in parse(text)] == expected


@pytest.mark.parametrize("text", ["【联合夜查】丹桂苑5栋楼道堆物", "【创卫督办】丹桂苑5栋楼道堆物"])
def test_an_offices_bracketed_title_names_no_estate(text: str) -> None:
    assert [r.community for r in parse(text)] == ["丹桂苑"]


def test_shequ_closing_a_name_is_no_party() -> None:
    (report,) = parse("枫香里社区居民反映：小区里共享单车乱停在单元门口，请物管整理一下")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("上海 长宁 天山五村 46号 外墙 宣传栏 玻璃 碎了 物业 明天 修", "天山五村"),
        ("新乡 牧野区 和平里小区 5栋 楼道 堆物 物业 今天", "和平里小区"),
    ],
)
def test_a_city_and_district_before_an_estate_in_a_terse_note_only_say_where_it_is(text: str, community: str) -> None:
    """City and district names jieba's dictionary knows (上海, 长宁, 新乡) before an estate, set apart by blanks."""
    assert [r.community for r in parse(text)] == [community]


def test_a_terse_notes_day_and_end_of_work_apart_are_one_deadline() -> None:
    (report,) = parse("丹桂苑 14栋 消防通道 堆了 建材 物业 明天 下班前")
    assert report.deadline == at("2026-11-19T17:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑8号楼楼顶平台有人用砖头和彩钢瓦围了一间房，请房办核实", [("违法搭建", "8")]),
        ("丹桂苑10栋门口的分类垃圾桶被人拖走了只剩一个，今天中午前放回去并且把地面扫干净", [("垃圾分类不规范", "10")]),
        ("丹桂苑21栋那辆报废面包车已经拖走了，消防通道恢复畅通。", []),
        ("丹桂苑3栋有两户把阳台往外封出去一大截，请房办核实", [("违法搭建", "3")]),
        ("我屋卫生间灯泡坏了，物业能不能帮换一下，我住丹桂苑6栋", []),
        ("丹桂苑2号楼旁边那块绿化带被人铲平了铺上水泥当停车位，请绿化恢复", [("毁绿种菜", "2")]),
        ("丹桂苑6号前面那个垃圾房周围一直有黑水流出来，保洁星期五之前处理", [("环境脏乱", "6")]),
    ],
)
def test_what_a_nanning_set_taught(text: str, expected: list) -> None:
    """A room walled up, 把地面扫干净 asked (no fix told), a lane clear again, a balcony glazed outward, one's own
    bathroom (我屋), a lawn paved, and 6号前面 as building 6 before, not a date."""
    assert [(r.category, r.building) for r in parse(text)] == expected


def test_an_item_opening_with_the_estate_itself_is_at_no_building_of_the_item_before() -> None:
    reports = parse(
        "暗访组在丹桂苑发现：3号楼楼道有人私拉电线充电、8号楼地下室堆了好多杂物、小区主干道有两台小车压线乱停，请物业整改"
    )
    assert [r.building for r in reports] == ["3", "8", None]


def test_an_officer_of_a_party_telling_what_was_said_asks_nothing_of_it() -> None:
    (report,) = parse("各位好，丹桂苑的业委会主任讲：3号楼前面那条主干道上 每天夜里私家车两边停满 请物业划线管理")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑院子里有户在公共过道上搭了个小厨房，请居委和房办去看看", "违法搭建"),
        ("丹桂苑村东头那片空地上，有人私自盖了两间小平房，请城管去现场核查", "违法搭建"),
        ("丹桂苑3栋楼道里，有户装修把砸下来的碎砖头装了十几袋堆在楼梯上，请物业清走", "建筑垃圾"),
        ("丹桂苑村口大集上卖菜的占了半条道，车都过不去了，请城管处理", "占道经营"),
        ("【督办】丹桂苑十八号楼三单元楼梯拐角煤球、旧花盆至今未清，请物业今天必须清理完毕", "楼道堆物"),
        ("丹桂苑西门口有家饭店把泔水桶放在人行道上，汤汤水水洒得到处都是，请城管去管管", "环境脏乱"),
        ("丹桂苑4号楼三楼有户家里养了二十多只猫，味道窜得整个楼道都是，请居委会上门处理", "其他"),
        ("丹桂苑地下室过道里，有人堆了好几十个纸箱子，请物业这周二前清出来", "公共区域堆物"),
    ],
)
def test_what_a_shandong_set_taught(text: str, expected: str) -> None:
    assert [r.category for r in parse(text)] == [expected]


def test_a_roof_shed_taken_down_and_checked_is_no_report() -> None:
    assert parse("丹桂苑5号楼屋顶的棚子拆了，房办已经验收。") == []


def test_a_12345_orders_handling_units_are_asked() -> None:
    (report,) = parse(
        "【12345工单】\n诉求人：赵先生\n诉求地址：丹桂苑22号楼\n诉求内容：22号楼一楼有住户把阳台往外扩建。\n"
        "办理单位：居委会、城管执法中队\n办理时限：12月10日前"
    )
    assert set(report.responsible) == {"居委会", "城管"}


def test_a_bracketed_title_with_parties_after_it_names_the_estate() -> None:
    reports = parse("【鸿泰海语】物业、保洁：\n1、7号楼西侧垃圾房门口垃圾袋堆了一地；\n2、9号楼楼道墙面涂得乱七八糟。")
    assert [(r.community, r.responsible) for r in reports] == [("鸿泰海语", ("物业", "保洁"))] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂苑B座1楼大厅 灭火器过期了[图片] 物业下班前换上", [("消防设施缺失", ("物业",))]),
        ("丹桂苑6号楼 楼头绿地 让人踩出一条道[图片] 绿化队当天给围上", [("毁绿种菜", ("绿化",))]),
        ("丹桂苑3号楼 有住户往楼下扔垃圾袋子，都挂树上了[图片] 请物业查一下", [("高空抛物", ("物业",))]),
        ("丹桂苑5号楼后面空地 有人用木板围了个鸡圈[图片] 城管下礼拜三前拆除", [("违法搭建", ("城管",))]),
        ("丹桂苑3栋 楼头 有人把旧木头、破门板堆那[图片] 物业3日内清理", [("公共区域堆物", ("物业",))]),
        ("丹桂苑7栋顶楼 有人用木板在楼梯口钉了个小隔间当仓房[图片] 物业拆了", [("违法搭建", ("物业",))]),
    ],
)
def test_what_a_daqing_set_of_photo_captions_taught(text: str, expected: list) -> None:
    assert [(r.category, r.responsible) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑3号的雪推开了，消防通道通了[图片][图片]",
        "丹桂苑灭火器配上了，2栋3栋各4个[图片]",
    ],
)
def test_snow_pushed_aside_and_extinguishers_fitted_are_fixes(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑8号楼 楼上装修电钻到现在还在响，晚上7点多了[图片]请物业去说一下",
        "丹桂苑11号楼 楼下 广场舞音响开得贼大，早上六点就开始蹦[图片] 请居委协调",
    ],
)
def test_when_a_noise_went_on_is_no_deadline(text: str) -> None:
    (report,) = parse(text)
    assert report.deadline is None


def test_a_building_opening_the_next_caption_names_no_estate_before_it() -> None:
    reports = parse("丹桂苑 物业：\n5号楼前 雪堆里全是垃圾袋子[图片]\n6号楼后 消防通道 停了两台车[图片]")
    assert {r.community for r in reports} == {"丹桂苑"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "【丹桂苑 巡查日报】今日巡查情况：一是3号楼东侧绿化带有人种了一片白菜；二是9号楼门口电瓶车乱停七八辆。"
            "以上请物业明天中午前整改到位。",
            [("毁绿种菜", ("物业",)), ("非机动车乱停放", ("物业",))],
        ),
        ("丹桂苑十五栋六楼有人往楼下丢垃圾袋，请物业调监控，派出所介入一下。", [("高空抛物", ("物业", "派出所"))]),
        ("丹桂苑业委会反映：11号楼后面的围墙倒了一截，请物业后天下午5点前修好。", [("设施损坏", ("物业",))]),
        ("丹桂苑16栋楼下垃圾桶旁边堆了好多袋垃圾，都没投进桶里，请保洁加强督导。", [("垃圾分类不规范", ("保洁",))]),
        ("丹桂苑4号楼旁边的下水道口被人倒了油，路面黑乎乎的滑得很，请保洁今天清洗。", [("环境脏乱", ("保洁",))]),
        ("丹桂苑12栋门口有人用花盆、石墩子占了公共车位，请物业周六前清掉。", [("公共区域堆物", ("物业",))]),
    ],
)
def test_what_a_hubei_set_of_daily_reports_taught(text: str, expected: list) -> None:
    """An inspection's daily report (巡查日报) is no newspaper; 介入 is an act; 业委会反映 tells who reported."""
    assert [(r.category, r.responsible) for r in parse(text)] == expected


def test_a_factorys_living_quarter_is_an_estates_name() -> None:
    (report,) = parse("汽配城生活区3号楼有几户把腊肉香肠挂到楼前的树上晒，请居委会劝一下")
    assert report.community == "汽配城生活区"


@pytest.mark.parametrize(
    "text",
    [
        "上个月报的丹桂苑那个路灯不亮的 到底修没得嘛",
        "丹桂苑那个狗狗的事 派出所去了没得",
        "丹桂苑那个群租 上回报了是啥子结果",
        "丹桂苑3栋楼道那堆纸箱清走没有，有人晓得不",
    ],
)
def test_a_question_said_by_its_ending_is_no_report(text: str) -> None:
    """A verb then 没得/没有, or 晓得不, asks; Sichuanese 啥子 asks."""
    assert parse(text) == []


def test_what_is_still_undone_and_anything_at_all_are_not_questions() -> None:
    (report,) = parse("丹桂苑5栋后面空地上堆了一大堆东西 烂家具纸箱啥子都有 请物业清一下")
    assert report.category == "公共区域堆物"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑8栋有户养的泰迪，主人不在家就一直叫唤，请居委会协调一下", "不文明养犬"),
        ("丹桂苑3栋7楼阳台上放了几盆花，伸出护栏外面，请物业提醒业主收进去", "高空抛物"),
        ("丹桂苑垃圾站旁边的垃圾，臭得很，请保洁清运", "暴露垃圾"),
    ],
)
def test_a_thing_in_one_clause_and_what_it_does_in_the_next_are_one_problem(text: str, category: str) -> None:
    (report,) = parse(text)
    assert report.category == category


def test_a_check_that_found_nothing_is_not_read_with_the_clause_before() -> None:
    assert parse("经巡查，丹桂苑各楼道均未发现电瓶车停放充电") == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("丹桂机械厂职工院门口的路灯坏了两盏，请街道协调修一下", "丹桂机械厂职工院"),
        ("刚路过丹桂坡村口，有人开三轮车在那卖水果把路堵了，城管来看一下", "丹桂坡村"),
        ("丹桂胡同口那个卖早点的又把摊支马路上了，城管管管吧", "丹桂胡同"),
    ],
)
def test_a_work_units_quarters_and_the_way_into_a_village_or_lane_name_the_estate(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑7栋门口电马儿停得乱七八糟，请物业整理", "非机动车乱停放"),
        ("丹桂苑 6栋 楼道 牛皮鲜", "乱张贴涂写"),
        ("丹桂苑9栋旁边空地堆了些钢管木板，是哪家装修剩下的，请物业清走", "建筑垃圾"),
        ("丹桂苑2号楼车库口有人把拆下来的旧马桶扔那儿了，请物业处理", "建筑垃圾"),
        ("丹桂苑4栋那个垃圾房，住户把垃圾袋直接扔在桶旁边，桶里却是空的，请物业派人守桶", "垃圾分类不规范"),
    ],
)
def test_what_a_chengdu_and_wuhan_set_taught(text: str, category: str) -> None:
    """Sichuanese 电马儿 is an e-bike, 牛皮鲜 a slip for 牛皮癣; what renovation left, or fittings taken out, is debris;
    bags beside empty bins are sorting."""
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑 5栋 门口 有人丢咗几张旧梳化喺路边，成个礼拜都冇人理，请物业清走", "公共区域堆物"),
        ("丹桂苑 3栋 楼梯口啲分类桶俾人搬走咗，请物业今日补返", "垃圾分类不规范"),
        ("丹桂村 9栋 有个二房东间咗十几间劏房出租，请派出所同居委核查", "群租"),
        ("丹桂村 9栋 走火通道俾人用单车封住晒，请物业清", "消防通道占用"),
        ("丹桂苑 6栋 前面草地泊咗架货车，请物业通知车主移走", "机动车乱停放"),
        ("丹桂苑 3栋 楼下间士多晚晚开到两点，好嘈，请居委会处理", "噪音扰民"),
        ("丹桂苑 2栋 门口个门禁系统成日死机，请物业修", "设施损坏"),
        ("丹桂苑 天台有人搭咗个铁皮屋，请城管核查拆除", "违法搭建"),
        ("丹桂苑 8栋 前面空地有人用铁皮围咗个停车场收钱，请城管处理", "违法搭建"),
        ("丹桂苑 11楼 有户人喺走廊尽头用木板间咗个房出嚟，请房管办处理", "违法搭建"),
        ("丹桂苑3号楼外墙的文明宣传画烂了一半，请居委会更换", "公益广告缺失"),
        ("丹桂村 祠堂门口有人乱贴卖楼广告，请保洁清干净", "乱张贴涂写"),
    ],
)
def test_what_a_shenzhen_set_in_cantonese_taught(text: str, category: str) -> None:
    """梳化 is a sofa, 劏房 a subdivided flat, 走火通道 a fire escape, 泊 to park, 嘈 noisy; 俾人/遭人 is 被人 (taken,
    no fix); 间咗个房 partitions a room off; flats for sale on a poster are no stall."""
    assert [r.category for r in parse(text)] == [category]


def test_asking_for_progress_in_cantonese_is_no_report() -> None:
    assert parse("请问 丹桂苑 嗰个应急灯换咗未？麻烦物业讲下进度") == []


@pytest.mark.parametrize(
    ("text", "community"),
    [("上沙村21栋周边垃圾积存，请保洁清理", "上沙村"), ("【交办】向东村 7栋 楼下有人丢了旧床垫，请物业清走", "向东村")],
)
def test_a_village_named_for_where_it_lies_opens_its_sentence(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑6栋屋后的花台子遭人铲了种起莴笋，请绿化和居委会下周三前恢复", "毁绿种菜"),
        ("@物业 丹桂苑12幢门口那排冬青被人剪掉了一大段，请物业补种", "毁绿种菜"),
        ("丹桂苑4幢楼道有人囤了十几箱矿泉水，请物业清理", "楼道堆物"),
        ("丹桂苑3幢西边那个窨井盖翘起来了，踩上去哐当哐当响，夜里看不清要摔跤的，物业立即处理", "设施损坏"),
    ],
)
def test_what_a_hangzhou_set_taught(text: str, category: str) -> None:
    """Across two clauses the thing comes first: a sound told before 夜里 makes no night-time noise."""
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑8幢装修的那户物业已经去沟通了，讲好晚上六点以后不施工",
        "丹桂苑群租那户派出所登记了，房东讲月底前拆隔断",
        "丹桂苑12栋后面油污冲洗好了",
        "个么我再讲一遍哦，各楼道长明天把自家楼道里的电瓶车摸排一遍，拍照发群里",
    ],
)
def test_work_agreed_or_done_and_a_round_asked_of_staff_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_problem_the_sentence_has_named_is_not_read_again_across_its_clauses() -> None:
    reports = parse("丹桂苑3栋楼道堆满纸箱，住户没有把垃圾交给保洁，直接扔在楼道口，请物业督促")
    assert [r.category for r in reports] == ["楼道堆物"]


@pytest.mark.parametrize(
    ("text", "buildings"),
    [
        ("丹桂新村 17栋 同 19栋 嘅楼道都有人堆纸皮，请物业清理", ["17", "19"]),
        ("丹桂宿舍4排后墙根被人用红漆喷了开锁电话，请居委会清理", ["4"]),
        ("丹桂村2排后头空地堆着一大堆生活垃圾，请街道处理", ["2"]),
    ],
)
def test_buildings_joined_by_tung_and_rows_of_one_storey_houses(text: str, buildings: list) -> None:
    """Cantonese 同 joins buildings as 和 does; a compound's rows (3排平房) are its buildings, in digits only
    (电瓶车停了一排 is no row)."""
    assert [r.building for r in parse(text)] == buildings


def test_a_row_of_things_is_no_building() -> None:
    (report,) = parse("丹桂苑门口电瓶车停了一排，请物业整理")
    assert report.building is None


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑那个过道堆物，我下午过去盯着清。",
        "丹桂苑2栋那只狗的事我晓得，明天我去找他",
        "丹桂苑6栋的牛皮癣铲了，充电的线也剪了",
        "今天下午3点区复查组到我们街道，抽查点位：丹桂苑、丹桂新村。请这两个小区上午把卫生死角全部过一遍。",
    ],
)
def test_the_speakers_own_errand_work_done_and_a_round_announced_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_greenery_fenced_off_to_plant_is_the_greenery_taken() -> None:
    (report,) = parse("经检查发现，丹桂苑12号楼北侧绿地被私自圈占种植葱蒜，请绿化队于3月15日前补植恢复。")
    assert report.category == "毁绿种菜"


def test_a_party_told_to_put_up_a_sign_is_asked() -> None:
    (report,) = parse("丹桂苑大门两边的人行道上每天停满了私家车，请城管贴条，物业在门口立个禁停牌")
    assert set(report.responsible) == {"城管", "物业"}


def test_a_round_of_inspection_names_no_estate_with_its_verb() -> None:
    reports = parse(
        "丹桂里社区居委会、物业：\n经检查发现你社区存在以下问题：\n1.11号楼西侧有人砌了个小房子；\n请于下周五前整改完毕。"
    )
    assert [(r.community, set(r.responsible)) for r in reports] == [("丹桂里社区", {"居委会", "物业"})]


def test_a_conjunction_is_no_part_of_a_name() -> None:
    reports = parse(
        "丹桂湾小区门口好多摆摊卖菜的把路都占完了麻烦城管来管一下然后小区里面5栋后头垃圾房满了麻烦物业清一下"
    )
    assert {r.community for r in reports} == {"丹桂湾小区"}


def test_a_form_whose_fields_only_blanks_divide_is_read_field_by_field() -> None:
    reports = parse(
        "【城管督办单】编号XH-0317-02 点位：丹桂坊南侧弄堂口 问题：居民将旧衣柜、木板堆放于弄堂口路面 "
        "整改要求：物业落实清运，居委会做好宣传 时限：3日内"
    )
    assert [(r.category, r.community, set(r.responsible)) for r in reports] == [
        ("公共区域堆物", "丹桂坊", {"物业", "居委会"})
    ]


def test_a_place_field_ending_like_an_estate_names_it() -> None:
    reports = parse("【督办】点位：丹桂弄 问题：1.27号门口小广告反复出现；2.弄堂中段污水井冒水 时限：明日下午")
    assert [(r.category, r.community) for r in reports] == [("乱张贴涂写", "丹桂弄"), ("环境脏乱", "丹桂弄")]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("@城管 丹桂路跟九华路交叉口那片公共空地有人搭了两间板房，请尽快处理", None),
        ("城管巡查0318 丹桂路沿街 丹桂苑小区临街一侧 居民在行道树上晾衣服 请居委会明天劝导", "丹桂苑小区"),
        ("瑶海区丹湾村7号楼楼梯间一辆电瓶车常年停在里头，请居委会处理", "丹湾村"),
        ("测评组说丹桂里北门外人行道上还停着车，物业赶紧去挪！", "丹桂里"),
        ("伊丹湾小区12号楼底下那个垃圾桶满得都溢出来了，请保洁中午前清一下", "伊丹湾小区"),
        ("诉求内容：反映建设路 丹桂新村 一带有流动摊贩推车卖水果，堵着小区北门，请城管处理", "丹桂新村"),
    ],
)
def test_roads_junctions_and_words_glued_to_a_name_name_no_estate(text: str, community: str | None) -> None:
    """A road alone or its junction is where, no estate; 说 and a verb with 着 end the walk back; a name
    ending in 湾 goes on to its 村; one opening 伊/上/下/向 keeps it."""
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑6栋楼道里纸箱子一大些，请物业周五前处理", "楼道堆物"),
        ("【3】丹桂坊 中心花园 井盖么得了，请物业修", "设施损坏"),
        ("丹桂村3组有人在村道边私搭了个猪圈，请街道和城管处理", "违法搭建"),
        ("丹桂坊7栋南侧空地上堆了一堆废木板和旧门窗，看着像是拆房子剩下的，请物业清运", "建筑垃圾"),
        ("丹桂村 路口那几家修车铺，把修的电动车全摆到路上修，请城管管管", "占道经营"),
        ("丹桂苑5号楼底下，楼上住户往外泼水，刚才差点砸着一个小孩，请物业查监控", "高空抛物"),
        ("丹桂大院 里头几个垃圾桶一个分类标识也没有，请物业配齐分类桶", "垃圾分类不规范"),
        ("丹桂坊 10号楼 楼道里的电表箱门子掉了，电线露在外头，请物业维修", "设施损坏"),
        ("丹桂苑2楼后面的垃圾房，垃圾堆得门都关不上，请保洁今晚8点前清运", "暴露垃圾"),
        ("丹桂苑3号楼楼下垃圾分类桶都么得了，就剩一个大桶啥都往里扔，请物业把分类桶配齐", "垃圾分类不规范"),
    ],
)
def test_what_a_henan_and_an_anhui_set_taught(text: str, category: str) -> None:
    """Jianghuai 么得 is 没得; 修车铺 working on the road is a stall; thrown into a bin falls from no height."""
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize("text", ["丹桂苑的灭火器上个月刚换过，应该没问题", "那个丹桂郢的群租房派出所去看过了么？"])
def test_a_recent_fix_and_a_question_about_a_visit_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我去看了一下，丹桂苑5号楼楼道堆满了纸箱和旧家具。", [("楼道堆物", "5")]),
        ("丹桂苑5号楼楼道灭火器根本没有。", [("消防设施缺失", "5")]),
        ("不晓得啥子人在丹桂苑6栋楼道头堆了一堆烂家具。", [("楼道堆物", "6")]),
        ("丹桂苑5栋疑似群租，请居委会摸排一下。", [("群租", "5")]),
        ("丹桂苑3号楼楼道堆满纸箱杂物，请物业今天把楼道全部过一遍，清理干净。", [("楼道堆物", "3")]),
        ("丹桂苑5号楼单元门口被快递车堵住了，请物业联系挪走。", [("机动车乱停放", "5")]),
        ("丹桂苑12号楼宣传栏里的公益广告让小孩撕了，请居委会重新张贴。", [("公益广告缺失", "12")]),
        ("丹桂苑车棚第2排堆了旧家具，请物业清理", [("公共区域堆物", None)]),
        ("丹桂苑3号楼楼道，放着好几辆电瓶车，请物业清理", [("飞线充电", "3")]),
    ],
)
def test_what_a_cold_review_of_the_round_found(text: str, expected: list) -> None:
    """An inspector's own visit told (我去看了一下) is no errand; 根本没有 and 不晓得啥子人 ask nothing;
    摸排一下 and 过一遍 are work asked; 堵住 keeps its 住; 让小孩撕了 is no fix; a car park's 第2排 is no
    building; a stairwell, then the e-bikes kept in it, is the e-bikes' problem."""
    assert [(r.category, r.building) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["近期高空抛物事件频发，请物业做好宣传。", "丹桂苑的灭火器上个月刚换过，应该没问题"],
)
def test_a_notice_to_do_publicity_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_place_field_naming_a_place_inside_the_estate_names_no_estate() -> None:
    (report,) = parse("小区：丹桂苑\n点位：小区花园\n问题：垃圾满溢")
    assert report.community == "丹桂苑"


def test_a_party_that_put_up_a_sign_is_not_asked() -> None:
    reports = parse("丹桂苑门口人行道上天天停满车，物业立了块禁停牌也没用，请城管来贴单。")
    assert [set(r.responsible) for r in reports] == [{"城管"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "好的。丹桂苑还有个事，2号楼3单元楼梯间有人放了个煤气罐，太危险，请物业明天上午清走",
            [("楼道堆物", "丹桂苑")],
        ),
        (
            "收到。补充一下丹桂坊还有个情况：5号楼一单元有住户把电瓶车推到家里充电，请物业入户宣传",
            [("飞线充电", "丹桂坊")],
        ),
        ("今日巡查：\n九里村\n1.村部后面的旱厕旁边垃圾堆成山\n请街道周三下午前处理", [("暴露垃圾", "九里村")]),
        ("俺是五里墩新村九栋的楼栋长，九栋一单元楼道里电瓶车推进来充电的有好几辆", [("飞线充电", "五里墩新村")]),
        ("丹桂苑 15号楼1单元门口那块大理石地面被人泼了一大片油漆，请物业下班前清洗", [("环境脏乱", "丹桂苑")]),
        (
            "【物业日报】\n日期：4月16日\n小区：丹桂家园\n楼栋：6栋\n问题：6栋北侧消防通道停了两辆私家车\n"
            "处理情况：已张贴挪车通知，车主未挪，请居委会、派出所协助",
            [("消防通道占用", "丹桂家园")],
        ),
    ],
)
def test_what_a_nanjing_set_taught(text: str, expected: list) -> None:
    """A receipt that goes on to another matter reports it; villages named for their distance from town; paint
    spilt on a floor soils it; a 物业日报 laid out as a form with a request is a report, no summary."""
    assert [(r.category, r.community) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "市里通报：上周暗访我区共发现问题236个，其中楼道堆物58个、飞线充电41个，请各街道对照整改",
        "上次丹桂苑那只狗，居委会去讲过以后好多了，这两天没听到叫",
    ],
)
def test_a_districts_tally_and_a_matter_grown_better_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_the_time_a_party_came_is_no_deadline() -> None:
    (report,) = parse("丹桂苑南门那几家店的货今天又摆到人行道上了，城管上午才来过，请城管下午再来一趟")
    assert report.deadline == at("2026-11-18 17:00")


def test_a_log_dated_with_its_weather_sets_no_deadline() -> None:
    (report,) = parse("【网格巡查】4月17日 天晴\n丹桂里：\n· 2幢楼道内飞线充电一处\n以上请居委会跟进")
    assert report.deadline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨晚那场大雨，丹桂坊4号楼3单元地下室又进水了，物业赶紧抽水", [("环境脏乱", "丹桂坊")]),
        ("丹桂坊一宿地下室全淹了，物业抓紧抽水", [("环境脏乱", "丹桂坊")]),
        ("丹桂苑3号楼前的路灯杆子刮折了，请物业处理", [("设施损坏", "丹桂苑")]),
        ("丹桂苑南门岗亭顶上的广告牌没固定，请物业大风前加固", [("高空抛物", "丹桂苑")]),
        ("丹桂小区8号楼楼梯上摞着几箱子啤酒瓶子，请物业清理", [("楼道堆物", "丹桂小区")]),
        ("丹桂苑6号楼东边的消防通到叫几个住户拿车占了，请物业今晚9点前挪走", [("消防通道占用", "丹桂苑")]),
        ("俺是丹桂里的网格员，6号楼那家把狗拴楼道里，一宿一宿地叫，请居委去说说", [("不文明养犬", "丹桂里")]),
        ("丹桂苑13号楼楼下的自行车棚叫人拿铁皮围起来了，房管办下周三前处理", [("违法搭建", "丹桂苑")]),
    ],
)
def test_what_a_qingdao_set_taught(text: str, expected: list) -> None:
    """A flooded basement is standing water; 消防通到 is a slip for 消防通道; a grid worker says whose estate."""
    assert [(r.category, r.community) for r in parse(text)] == expected


def test_a_layer_on_a_pavement_is_no_floor() -> None:
    (report,) = parse("丹桂苑楼下人行道上一层黄泥汤子，踩一脚滑一跤，请保洁冲洗")
    assert report.floor is None


def test_tomorrow_early_morning_at_eight_is_tomorrow() -> None:
    (report,) = parse("丹桂苑西门外卖海蛎子的流动摊又摆上了，@城管 明天一早8点前清一下")
    assert report.deadline == at("2026-11-19 08:00")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("丹桂苑里电动车进电梯上楼的又多了，物业在电梯口装个阻车器，周五前装好", "物业"),
        ("丹桂苑10号楼屋顶的广告牌支架刮歪了，物业马上拉警戒线，今天中午前拆除", "物业"),
    ],
)
def test_a_party_told_to_fit_or_cordon_off_is_asked(text: str, party: str) -> None:
    (report,) = parse(text)
    assert party in report.responsible


def test_a_ranking_and_where_points_were_lost_is_no_report() -> None:
    assert parse("刚刚区创城办通报了上周暗访情况，咱们街道排第11，扣分主要在暴露垃圾和非机动车乱停，大家重视一下") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂小区办公室门口堆了一堆旧家具，请物业今天清理", [("公共区域堆物", "丹桂小区", None)]),
        ("7号楼消防通道被私家车堵死了，请物业马上处理，大家重视！", [("消防通道占用", None, "7")]),
        ("今日抽查点位：丹桂新村。发现3号楼楼道堆物，请物业今天整改", [("楼道堆物", "丹桂新村", "3")]),
        ("有人把东门口的公益广告撕了，请居委会补上", [("公益广告缺失", None, None)]),
        ("7号楼前的路灯刚换过灯泡，还是不亮，请物业再查一下", [("设施损坏", None, "7")]),
        ("6号楼的住户把洗好了的衣服晾在楼下的绿化带上，请物业劝一下", [("乱晾晒", None, "6")]),
        ("有人在丹桂苑门口摆桌子卖房，占了一半人行道，请城管劝离", [("占道经营", "丹桂苑", None)]),
        ("丹桂苑门口修车铺门口的井盖坏了，请物业修", [("设施损坏", "丹桂苑", None)]),
        ("饭店后厨天天往外泼泔水，门口的路面油乎乎的，请城管管一下", [("环境脏乱", None, None)]),
        ("3号楼的落水管被人拆下来了，请物业装回去", [("设施损坏", None, "3")]),
        ("丹桂苑4号楼路口的自行车棚铁架子松了，请物业修", [("设施损坏", "丹桂苑", "4")]),
        ("点位：幸福公园 问题：垃圾满溢 整改要求：保洁清运", [("暴露垃圾", None, None)]),
    ],
)
def test_what_a_second_cold_review_found(text: str, expected: list) -> None:
    """办公室 after a name, 大家重视, 抽查点位 with a problem found, 撕了 by someone, 刚换过 then still broken, 洗好了的
    clothes, a stall selling flats, a repair shop as a landmark, slops thrown out at street level, a pipe taken down,
    a shed's frame, a public park in a form: none of these the misfire the round first made of them."""
    assert [(r.category, r.community, r.building) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "台风要来了，请物业今天在地下车库入口堆好沙袋，防止车库进水",
        "保洁把桶推回去了，桶里是空的",
        "丹桂苑5号楼前面那棵大树，绿化队上午修剪了枝条",
    ],
)
def test_prevention_a_fix_and_pruning_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_count_of_rows_is_no_building() -> None:
    (report,) = parse("丹桂苑门口的共享单车足足4排 请物业清理")
    assert (report.category, report.building) == ("非机动车乱停放", None)


def test_a_deadline_under_its_label_stays_a_deadline() -> None:
    (report,) = parse("整改时限：\n11月25日\n问题：丹桂花园6号楼楼道堆物\n责任单位：物业")
    assert report.deadline == at("2026-11-25 23:59")


@pytest.mark.parametrize(("text", "floor"), [("2号楼地上一层大厅堆了好多快递箱，请物业清理", "1")])
def test_the_floor_above_ground_is_a_floor(text: str, floor: str) -> None:
    (report,) = parse(text)
    assert report.floor == floor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丹桂新村5栋楼道堆满了纸箱子，也不晓得是啥子人放的。", [("楼道堆物", "5")]),
        ("丹桂苑7号楼的落水管被拆下来了，请物业装回去", [("设施损坏", "7")]),
        ("丹桂苑装修建材堆在6号楼电梯厅，请物业通知业主搬走", [("楼道堆物", "6")]),
    ],
)
def test_what_a_blind_judgement_of_both_reviews_found(text: str, expected: list) -> None:
    """不晓得是啥子人 asks nothing; a pipe taken down is a facility missing; building materials stored are a pile."""
    assert [(r.category, r.building) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text", ["丹桂苑东门那个垃圾桶，今天上午满了又清了", "保洁把分类桶推回原位了，桶里是空的，可以了"]
)
def test_a_bin_emptied_or_put_back_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_time_in_the_last_items_own_request_stays_with_it_when_each_item_asks_its_own() -> None:
    reports = parse("丹桂宿舍 一栋 门口个门禁系统成日死机，请物业修；旁边个垃圾桶满晒都冇人倒，请保洁今日倒咗佢")
    assert [(r.category, r.responsible, r.deadline) for r in reports] == [
        ("设施损坏", ("物业",), None),
        ("暴露垃圾", ("保洁",), at("2026-11-18 23:59")),
    ]


def test_a_run_ons_closing_request_asks_for_every_problem_it_told() -> None:
    reports = parse(
        "俺说两个事啊第一个是俺们丹桂新村二十一栋一单元楼道里堆的都是旧家具么得地方走路"
        "第二个就是二十一栋旁边那个自行车棚里面有人拉线充电可危险了请物业跟居委会两天内弄好"
    )
    assert [(r.category, set(r.responsible), r.deadline) for r in reports] == [
        ("楼道堆物", {"物业", "居委会"}, at("2026-11-20 23:59")),
        ("飞线充电", {"物业", "居委会"}, at("2026-11-20 23:59")),
    ]


def test_a_habits_time_with_its_doer_between_sets_no_deadline() -> None:
    (report,) = parse("丹桂苑十三栋后头的路上一大滩狗屎，天天有人早上在那边放狗不拴绳子，请物业管一管")
    assert report.deadline is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂新村 7栋对出绿化带俾人种晒葱同生菜，唔该绿化队同居委处理", "毁绿种菜"),
        ("丹桂雅筑 7座电梯厅摆咗几包装修泥头成三日，唔该物业督促装修户今日清走", "建筑垃圾"),
        ("丹桂里2号楼楼下成日有人食烟，烟头纸巾掟到成地都系，保洁清下啦", "暴露垃圾"),
        ("丹桂苑 9栋楼下啲垃圾分类桶唔知俾边个搬走咗，净返一个其他垃圾桶，物业今日补返", "垃圾分类不规范"),
        ("丹桂里啲分类垃圾桶摆喺巷口几日都冇人收返入去，居委麻烦督促保洁收桶", "垃圾分类不规范"),
        ("丹桂坊18号楼三楼成个单位间咗八格出租，麻烦派出所同居委查下", "群租"),
        ("丹桂坊18号楼楼梯底有人用铁枝焊咗个笼，仲上咗锁，请房办处理", "违法搭建"),
        ("丹桂新村4座七楼走廊有人封咗半条走廊做储物间，请物业处理", "违法搭建"),
        ("丹桂新村1座门口个无障碍坡道俾人凿烂咗，请物业7天内整好", "设施损坏"),
        ("丹桂西里后巷又爆垃圾！！！请保洁再清一次", "暴露垃圾"),
        ("丹桂大院 十一栋楼下又水浸，麻烦物业同保洁今日搞掂", "环境脏乱"),
        ("丹桂坊 12座嘅楼梯间有人放旧家私，塞到行唔过，物业麻烦清一清", "楼道堆物"),
    ],
)
def test_what_a_guangzhou_old_town_set_in_cantonese_taught(text: str, category: str) -> None:
    """晒 after a verb of planting or spilling is 了; 泥头 is debris; 成地都系 is 满地都是; 俾边个 is 被谁;
    净返 is 只剩; 收返 is 收回; 间咗八格 partitions; 焊咗个笼 and 封咗半条走廊 are structures; 爆垃圾 overflows;
    水浸 floods; 家私 is furniture."""
    assert category in [r.category for r in parse(text)]


def test_cantonese_parts_of_the_day_set_the_time() -> None:
    (report,) = parse("丹桂里嗰边士多又摆晒啲货出街，行人路都行唔到，城管听日朝早10点前去睇下")
    assert (report.category, report.deadline) == ("占道经营", at("2026-11-19 10:00"))


def test_an_estate_named_in_xuan() -> None:
    (report,) = parse("阿姐，丹景轩嘅电梯又坏咗，困咗人半个钟，物业快啲搞掂佢啦")
    assert report.community == "丹景轩"


def test_buildings_listed_then_each_named_again_with_its_detail_are_each_reported() -> None:
    reports = parse("丹枫湾3栋和9栋楼道里都堆得有杂物 3栋是旧自行车 9栋是纸箱子 请物业下礼拜一前清完")
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "3"), ("楼道堆物", "9")]


def test_buildings_visited_then_the_problems_own_building_is_one_report() -> None:
    (report,) = parse("丹枫湾巡查了3栋 9栋，9栋楼道堆了纸箱，请物业清走")
    assert report.building == "9"


@pytest.mark.parametrize(
    ("text", "floors"),
    [
        ("丹枫苑16号楼3楼和5楼楼道都停着电瓶车", ["3", "5"]),
        ("丹枫苑5栋一单元四楼的楼道灯 和三楼的楼道灯都不亮 请物业明天修", ["4", "3"]),
        ("丹枫苑5栋一单元四楼和三楼的楼道灯都不亮 请物业明天修", ["4", "3"]),
        ("丹枫苑5号楼1楼和2楼之间的楼梯堆了杂物，请物业清理", ["1"]),
    ],
)
def test_floors_of_one_building_listed_are_each_reported(text: str, floors: list[str]) -> None:
    """Not floors a place lies between (1楼和2楼之间)."""
    reports = parse(text)
    assert [r.floor for r in reports] == floors
    assert {r.building for r in reports} == {text[3:5].rstrip("栋号")}


@pytest.mark.parametrize(
    "text", ["云景城C区5栋前面草坪上停了一辆越野车 请物业挪走", "海景城B区12栋楼道堆了纸箱 请物业清走"]
)
def test_a_lettered_zone_between_a_name_and_its_building_anchors_the_name(text: str) -> None:
    (report,) = parse(text)
    assert report.community == text[:3]


@pytest.mark.parametrize(
    "text",
    [
        "丹枫苑17栋那个电动车 昨天物业去了 人家不给开门 今天还去不？",
        "丹枫工人村那冰溜子打完没 @老王",
        "问一下 冰溜子这事归物业管还是归房产局管啊 我们那老楼没物业",
        "丹枫3栋5栋6栋冰溜子都打完了 就6栋北边还剩点 明天接着整",
        "丹枫17栋电动车那户 今天片警和物业一块去的 车推出来了 签了承诺书",
        "丹枫6栋那小卖店 市监所来了 冰柜搬进去了 消防栓前面的电动车也挪了",
        "丹枫小区的公益广告换上了 新的 老好看了",
    ],
)
def test_northeastern_questions_and_work_done_are_no_reports(text: str) -> None:
    """A party that went (物业去了) is not bidden; 打完没 asks; 问一下 opens a question; 打完了, 推出来了,
    也挪了, 换上了, 签了承诺书 tell work done."""
    assert parse(text) == []


def test_a_fix_that_did_not_hold_is_reported() -> None:
    (report,) = parse("丹枫苑4号楼楼道灯换上了没几天又不亮了，麻烦物业再看看")
    assert report.category == "设施损坏"


def test_requests_to_different_parties_are_aimed_by_the_work_they_name() -> None:
    reports = parse("丹枫城7栋1单元门口：垃圾桶烂了 盖子都没了 垃圾撒了一地。明天10点前，物业负责换桶，保洁负责清扫")
    assert {(r.category, r.responsible) for r in reports} == {("设施损坏", ("物业",)), ("暴露垃圾", ("保洁",))}


def test_one_request_naming_a_work_still_asks_for_every_problem() -> None:
    reports = parse("丹枫苑10号楼底下的垃圾桶让人踹坏了 垃圾掉得满地都是，请物业修一下")
    assert {(r.category, r.responsible) for r in reports} == {("设施损坏", ("物业",)), ("暴露垃圾", ("物业",))}


@pytest.mark.parametrize(
    ("party", "canonical"),
    [
        ("执法中队", "城管"),
        ("执法大队", "城管"),
        ("片警", "派出所"),
        ("房管站", "房办"),
        ("市场所", "市场监管"),
    ],
)
def test_local_names_of_the_parties(party: str, canonical: str) -> None:
    (report,) = parse(f"丹枫苑3号楼楼下有人搭了个彩钢棚，请{party}今天去处理")
    assert report.responsible == (canonical,)


@pytest.mark.parametrize(
    "text",
    [
        "丹枫新城15号楼5单元 有户从窗户往外撇垃圾袋 楼下车顶上全是 请物业上门做做工作",
        "丹枫小区三号楼 有户老往楼下撇烟头 请社区上门教育",
    ],
)
def test_thrown_out_of_a_window_in_northern_speech(text: str) -> None:
    """撇 is 扔."""
    assert [r.category for r in parse(text)] == ["高空抛物"]


@pytest.mark.parametrize(
    "text",
    [
        "丹枫家属院5栋东山墙那嘎达 暖气管子漏了 呼呼冒白气 请物业两小时内派人来处理",
        "丹枫家园二栋四单元三楼楼道 暖气片让人给卸走了 请物业今天下午3点之前给安上",
        "丹枫山庄那个篮球场边上的围栏倒了一截 请物业两天内修",
    ],
)
def test_heating_and_fences_broken(text: str) -> None:
    assert [r.category for r in parse(text)] == ["设施损坏"]


def test_units_of_one_building_listed_are_each_reported() -> None:
    reports = parse("丹枫村28栋 一单元二单元的单元门 门禁全冻住了 门关不上 请物业今天下午修好")
    assert [(r.category, r.building, r.unit) for r in reports] == [("设施损坏", "28", "1"), ("设施损坏", "28", "2")]


def test_the_time_an_inspection_comes_is_no_deadline() -> None:
    (report,) = parse("丹枫新城北门那块 下水井反水了 冒出来的污水冻成一大片 物业赶紧找人通 下午暗访组还要过来")
    assert report.deadline is None


@pytest.mark.parametrize(
    "text", ["那帮卖菜的下午都来北门摆摊，请城管管一管", "礼拜天都来摆摊，南门堵得不得了，城管来管管"]
)
def test_a_habit_said_with_dou_sets_no_deadline(text: str) -> None:
    """下午都来: every afternoon they come, a habit, not when to act."""
    (report,) = parse(text)
    assert report.deadline is None


def test_a_layer_laid_by_a_verb_is_no_floor() -> None:
    (report,) = parse("丹枫新城7栋3单元门口 楼上雨落管子漏水 滴一宿就冻一层 请物业今天下班前处理")
    assert (report.building, report.unit, report.floor) == ("7", "3", None)


def test_a_hydrant_box_whose_door_fell_off_is_the_fire_equipments_damage() -> None:
    reports = parse("丹枫小区2栋 3栋楼道里的消火栓箱 门都掉了 里头水带也没了 请物业和街道本周四前配齐")
    assert [(r.category, r.building) for r in reports] == [("消防设施缺失", "2"), ("消防设施缺失", "3")]


def test_a_broken_light_beside_an_expired_extinguisher_is_still_reported() -> None:
    reports = parse("丹枫小区3号楼楼道灯不亮，灭火器也过期了，请物业修")
    assert {r.category for r in reports} == {"设施损坏", "消防设施缺失"}


def test_a_rowdy_barbecue_at_night_in_northern_speech() -> None:
    reports = parse(
        "小区楼下那个烧烤店 晚上十一二点了还在那吵吵把火的 喝多了的在门口嗷嗷喊 楼上住户根本睡不着觉 "
        "店门口地上油渍麻花的 请市监所和城管去管管吧"
    )
    assert {r.category for r in reports} == {"噪音扰民", "环境脏乱"}


@pytest.mark.parametrize(
    ("pattern", "cues"),
    [
        ("(?<![今以之然])后日(?![常期子程照晒头])", ["后日"]),
        ("琴日|尋日", ["琴日", "尋日"]),
        ("[俾遭](?=人)|俾(?=边个|佢)", ["俾", "遭", "俾"]),
        ("(?<=[收推])返", ["返"]),
        ("已经?清", None),
        ("(?<=[堆放])待(?=[^,，]{0,6}(?:门口|楼))|(?<=就)待", ["待", "待"]),
        ("(?:清|修)好了", None),
    ],
)
def test_a_reading_in_context_is_tried_only_where_its_cue_stands(pattern: str, cues: list[str] | None) -> None:
    """A pattern of another shape gives no cues and is always tried."""
    assert reading_cues(pattern) == cues


def test_every_shipped_reading_in_context_has_cues() -> None:
    assert all(reading_cues(pattern) for pattern in language().readings_in_context)


def test_readings_in_context_still_apply_with_the_cue_test() -> None:
    assert Reader(language())("听日朝早去睇下，成地都系泥头") == "明天早上去看下，满地都是渣土"


def test_one_items_requests_to_different_parties_are_shared_out_by_their_work() -> None:
    reports = parse(
        "丹枫小区10号楼底下的垃圾桶让人踹坏了 盖都没了 垃圾掉得满地都是 请物业明天换个新的 保洁马上把地上收拾了"
    )
    assert [(r.category, r.responsible, r.deadline) for r in reports] == [
        ("设施损坏", ("物业",), at("2026-11-19 23:59")),
        ("暴露垃圾", ("保洁",), None),
    ]


def test_one_items_requests_to_one_party_ask_it_for_every_problem() -> None:
    reports = parse("丹枫小区10号楼底下的垃圾桶让人踹坏了 垃圾掉得满地都是 请物业明天换个新的 再把地上收拾了")
    assert [(r.category, r.responsible) for r in reports] == [("设施损坏", ("物业",)), ("暴露垃圾", ("物业",))]


def test_boxes_piled_at_a_unit_door_whatever_their_kind() -> None:
    """Any box (快递箱, 泡沫箱 …) piled is a pile: a word class, not a list."""
    (report,) = parse("丹枫花园11栋二单元门口也堆了一堆快递箱子 请物业处理")
    assert (report.category, report.unit) == ("公共区域堆物", "2")


def test_a_name_before_a_place_of_its_own_streets_is_named() -> None:
    (report,) = parse("云景城商业街那些店铺都跨门营业 货摆到门口台阶上 请市场监管和城管一起整治")
    assert (report.category, report.community) == ("占道经营", "云景城")


def test_renovation_rubbish_in_bags_is_debris() -> None:
    (report,) = parse("丹枫小区垃圾房那里装修垃圾袋袋堆了十几袋 请物业明天上午清运")
    assert report.category == "建筑垃圾"


@pytest.mark.parametrize("gate", ["大门口那里", "北门"])
def test_a_problem_at_the_estates_gate_takes_no_building_from_the_one_before(gate: str) -> None:
    reports = parse(f"丹枫苑8栋旁边绿化带里头有人晒被子 {gate}有两个摊摊在卖菜 物业和城管下午下班前都处理一下")
    assert [(r.category, r.building) for r in reports] == [("乱晾晒", "8"), ("占道经营", None)]


def test_a_problem_at_a_buildings_stairwell_after_another_keeps_its_building() -> None:
    reports = parse("丹枫苑8栋旁边绿化带里头有人晒被子，楼道里也堆了纸箱，物业处理一下")
    assert [(r.category, r.building) for r in reports] == [("乱晾晒", "8"), ("楼道堆物", "8")]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("丹枫苑垃圾点 垃圾桶都冒尖了 保洁今天头午清一下", at("2026-11-18 12:00")),
        ("丹枫苑8号楼楼道里堆了纸箱，物业两个钟头之内清掉", at("2026-11-18 11:00")),
    ],
)
def test_shandong_mornings_and_hours_said_as_zhongtou(text: str, deadline) -> None:
    (report,) = parse(text)
    assert report.deadline == deadline


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("丹枫厂宿舍4号楼楼洞里 有人把两个旧床垫子 都堆待一楼楼梯底下 请物业明天清走", "丹枫厂宿舍"),
        ("丹枫家园大门口 有人把电动车停在那 请物业处理", "丹枫家园"),
    ],
)
def test_names_stop_before_shandong_zai_and_estate_streets(text: str, community: str) -> None:
    """待 after a verb of putting is 在; 大门口 is a place in the estate."""
    (report,) = parse(text)
    assert report.community == community


def test_a_spilt_swill_bin_soils_the_street() -> None:
    (report,) = parse("北丹庄饭店门口的泔水桶漏了 油汤子流了一地 又滑又臭 请市场监管所管管")
    assert report.category == "环境脏乱"


def test_a_rubbish_typo_is_read_as_rubbish() -> None:
    (report,) = parse("丹枫花园西门拉圾箱房满了 地上也堆着 请保洁今天下午清运完")
    assert report.category == "暴露垃圾"


@pytest.mark.parametrize(
    "text",
    ["丹枫苑北门那几个坏了的充电桩 物业说已经报厂家了 这礼拜能修好", "@丹枫里 城管那边回复了 明早会派人去巡查摆摊的事"],
)
def test_work_reported_to_a_maker_or_promised_by_reply_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_one_more_place_done_the_same_way_is_reported_again() -> None:
    reports = parse("丹枫庄4号楼后头 有人从窗户上耷拉下根线给电动车充电 9号楼东头也有一家这么弄的 请物业今天都给拆了")
    assert [(r.category, r.building) for r in reports] == [("飞线充电", "4"), ("飞线充电", "9")]


@pytest.mark.parametrize(
    "text",
    [
        "丹枫苑的路灯到现在还木有修 晚上黑咕隆咚的 恁物业到底管不管 今天必须给修上",
        "丹枫苑十四号楼二单元 门禁坏了一个多礼拜了 物业到底修不修 今天下班前必须修好",
    ],
)
def test_a_party_challenged_then_told_by_when_is_asked(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


def test_a_guess_about_a_party_asks_nothing_of_it() -> None:
    """是不是 is no verb of acting asked yes-or-no."""
    (report,) = parse("丹枫苑5号楼门禁坏了，物业是不是不晓得")
    assert report.responsible == ()


@pytest.mark.parametrize(
    "text",
    [
        "🌈丹枫新村物业服务中心上午工作汇报🌈\n✅清理楼道堆物3处\n✅巡查消防通道2次\n✅修复路灯1盏💡\n辛苦大家💪",
        "🌟丹枫嘉园今日工作小结🌟\n1⃣台风前修剪树枝12棵🌳\n2⃣加固雨棚3处\n3⃣劝离楼道电瓶车5辆🛵\n4⃣清理小广告若干",
        "🔔丹枫花园物业日报\n🧹清理楼道杂物3处\n⚡劝导飞线充电1户\n🔧更换楼道灯4盏\n今日无新增投诉😊",
        "🧹保洁组今日小结：清运垃圾8车，清理卫生死角6处，雨前清扫落叶✔️",
        "📢丹枫花园物业日报\n🟢消防通道巡查✅无占用\n🟢楼道清理✅2处\n🟢马蜂窝已摘除🐝✅",
        "丹枫小区物业今日工作日志\n🔹巡查楼道12个单元，发现堆物2处已当场清理✅\n🔹路灯检修3盏💡",
    ],
)
def test_a_work_logs_lines_of_work_done_and_counted_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_list_of_problems_counted_is_still_reported() -> None:
    reports = parse("丹枫小区巡查发现：\n1、楼道堆物3处\n2、飞线充电1处\n请物业明天整改")
    assert [r.category for r in reports] == ["楼道堆物", "飞线充电"]


@pytest.mark.parametrize(
    "text",
    [
        "丹枫厝那边有人把衣服被单曝在路边电线杆拉的绳子上 一整排 请城管去劝一下",
        "丹枫花园2幢前面树上 有人拉了绳子在曝被单 请物业去讲一下",
    ],
)
def test_min_pu_is_drying_in_the_sun(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "乱晾晒"


def test_a_roofs_stairs_are_no_top_floor() -> None:
    reports = parse("报告：丹枫花园8幢楼顶有人养鸽子搭了一大片鸽棚，鸽子屎拉得楼顶楼梯到处都是，请城管处理")
    assert {(r.category, r.floor) for r in reports} == {("违法搭建", None), ("环境脏乱", None)}


@pytest.mark.parametrize(
    "text",
    [
        "【转】丹州市气象台发布暴雨黄色预警：预计今天夜里到明天有大到暴雨，低洼路段易积水，请市民注意出行安全",
        "今日督办：1.丹枫新村31号楼消防通道问题 请物业说明地锁安装进度 2.丹枫路882弄5号群租问题 请居委报告核查结果",
        "丹枫坊的电瓶车 居委今天下午组织志愿者一起清",
        "丹枫新村7号顶楼 家具物业拉掉了 楼道清爽了👍",
    ],
)
def test_forwarded_warnings_progress_asked_and_work_planned_or_done_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹枫路312弄 弄堂里 有人在空地上搭了个小木棚放杂物 居委 房管所 三日内拆除", "违法搭建"),
        ("丹枫花园16幢一楼那个封公共过道的铝合金还没拆，请城管下礼拜三前依法拆除", "违法搭建"),
        ("丹枫二村 14号 2门 楼到 纸箱 旧沙发 物业", "楼道堆物"),
    ],
)
def test_sheds_sealed_corridors_and_a_slip_for_the_stairwell(text: str, category: str) -> None:
    (report,) = parse(text)
    assert report.category == category


@pytest.mark.parametrize(
    "text",
    [
        "丹枫新村7号楼1单元楼道里放了两台电动车，还有一堆旧纸板，楼道灯也不亮，请物业下班前处理",
        "暗访组点名了 丹枫家园3号楼楼道里 停着一台电动车 还有一堆纸壳子 请物业9点50之前必须清走",
    ],
)
def test_a_pile_told_next_to_a_stairwells_problem_is_in_the_stairwell(text: str) -> None:
    assert "楼道堆物" in [r.category for r in parse(text)]


def test_a_pile_told_next_to_it_at_a_door_of_its_own_is_outside() -> None:
    reports = parse("丹枫新村7号楼1单元楼道里放了两台电动车，还有门口一堆旧纸板，请物业下班前处理")
    assert [r.category for r in reports] == ["飞线充电", "公共区域堆物"]


@pytest.mark.parametrize(
    "text",
    [
        "丹枫花园7号楼1单元门厅里停了四五台电动车 出入都挤不过去 请物业清出去",
        "丹枫新村 18号楼1单元 有辆电瓶车天天推上楼 停在二楼平台 物业今天下班前处理",
    ],
)
def test_e_bikes_in_a_lobby_or_pushed_upstairs_are_kept_inside(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "飞线充电"


def test_one_building_counted_is_no_building_one() -> None:
    reports = parse("丹垄这边：巷口有人摆摊卖早餐；还有一栋民房在楼顶加盖了两层铁皮房。请城管本周五前整治")
    assert [(r.category, r.building) for r in reports] == [("占道经营", None), ("违法搭建", None)]


def test_a_half_hour_before_a_name_is_no_part_of_it() -> None:
    (report,) = parse("每天晚上七点半福屿小区中心广场跳广场舞 音响开得好大声 请居委会协调一下")
    assert report.community == "福屿小区"


def test_a_terse_notes_closing_request_asks_for_every_item_and_a_bare_floor_inside_a_unit() -> None:
    """After 6号 1门, a bare 4楼 is a floor of it; 「物业 礼拜六前弄好」 closes the whole note."""
    reports = parse("丹枫二村 6号 1门 楼道墙上 贴满了开锁 通下水道小广告 还有 4楼 楼道灯 坏了 物业 礼拜六前弄好")
    assert [(r.category, r.building, r.unit, r.floor, r.responsible, r.deadline) for r in reports] == [
        ("乱张贴涂写", "6", "1", None, ("物业",), at("2026-11-21 23:59")),
        ("设施损坏", "6", "1", "4", ("物业",), at("2026-11-21 23:59")),
    ]


def test_a_camera_found_broken_while_checking_it_is_reported() -> None:
    (report,) = parse("有人从楼上扔了个酒瓶，物业查监控发现监控坏了，请物业修好监控")
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


def test_parties_told_to_organise_a_clearing_by_a_day_are_asked() -> None:
    (report,) = parse("丹枫坊 弄堂里 二十几部电瓶车乱停 把消防通道堵死了 居委 物业 组织清理 周三前")
    assert (report.category, set(report.responsible)) == ("消防通道占用", {"居委会", "物业"})


def test_a_closing_time_of_a_list_headed_with_its_parties_is_every_items() -> None:
    reports = shared_parser().parse(
        "丹枫苑 物业：1、5号楼西侧消防通道上停了两部私家车 2、7号楼2单元门禁坏了一个礼拜了 "
        "请于11月12日前整改到位并回复",
        at("2026-11-09 10:00"),
    )
    assert [(r.category, r.responsible, r.deadline) for r in reports] == [
        ("消防通道占用", ("物业",), at("2026-11-12 23:59")),
        ("设施损坏", ("物业",), at("2026-11-12 23:59")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "巡查发现楼道堆物3处，请物业明天清理",
        "今日巡查情况：\n1、巡查发现楼道堆物3处\n2、排查发现飞线充电2处\n请物业明天中午前整改。",
        "丹枫花园问题清单：小广告未清理若干，请物业周五前完成",
        "楼道灯未修复3盏，请物业抓紧",
    ],
)
def test_problems_found_or_still_to_do_with_a_count_are_reported(text: str) -> None:
    """A count ends a work log's line of work done, but 发现, 未, 需 or a request say it is a problem."""
    assert parse(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "单元门禁换上了没两天就刷不开了，麻烦物业再来修一下",
        "新换上了感应灯，还是不亮，请物业再看一下",
        "楼道灯换上了新的，亮了两天又不亮了，物业再来看看",
        "垃圾刚扫完了一会儿又满地都是，保洁再来扫一下",
        "菜地铲完了又种上了，请城管再来",
        "路灯的灯泡被人拉掉了，请物业换",
        "广告牌已摘掉一半，剩下半块挂在上面随时要掉下来，请物业马上处理",
        "转自12345热线：丹枫小区7号楼楼道堆满杂物，居民反映多次，请物业今天清理",
        "【转】居民反映：丹枫新村5号楼有人在绿化带种菜，麻烦绿化处理一下",
        "问一下 物业 5号楼楼道纸箱 今天下班前清掉",
    ],
)
def test_fixes_that_did_not_hold_and_relayed_complaints_are_reported(text: str) -> None:
    assert parse(text) != []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("房管局宿舍3号楼楼道堆物，请物业清理", "房管局宿舍"),
        ("执法局家属院5号楼门口占道经营，请城管处理", "执法局家属院"),
    ],
)
def test_an_office_naming_its_staff_quarters_is_no_party(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("丹枫苑8号楼一楼楼道堆满纸箱，后门也被电瓶车堵住了，物业处理", {("8", "1")}),
        ("丹枫苑5号楼2单元门口堆了破沙发，另外7楼门口的路灯也不亮，物业处理", {("5", None), ("7", None)}),
        ("丹枫苑11号楼5楼和6楼的住户吵架，居委去调解", {("11", "5")}),
    ],
)
def test_a_buildings_own_door_a_street_lamp_by_an_n_lou_and_people_on_two_floors(text: str, places: set) -> None:
    assert {(r.building, r.floor) for r in parse(text)} == places


def test_a_building_named_again_with_nothing_wrong_is_not_reported() -> None:
    """One report, not one at each building (which of the two it names is still read wrong: 3)."""
    assert len(parse("丹枫苑3栋 5栋查了一下，3栋没问题，5栋楼道有电瓶车充电，居委去劝")) == 1


def test_a_broken_window_beside_a_hydrant_box_is_a_facility_of_its_own() -> None:
    reports = parse("消火栓箱门掉了，旁边的楼道窗户玻璃也碎了，物业来修")
    assert {r.category for r in reports} == {"消防设施缺失", "设施损坏"}


def test_a_range_of_floors_written_with_a_blank_is_no_stairwell_slip() -> None:
    """从一楼到 六楼 is a range: no 楼道 slipped, and no floor 6 read from it."""
    (report,) = parse("丹枫苑5号楼从一楼到 六楼的楼道灯都不亮，请物业修")
    assert report.floor != "6"


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("民星公寓南面围墙边有户人家私自搭了个铁皮棚子放杂物 请居委 城管上门处理", "民星公寓"),
        ("丹枫11村15号楼边上小区主干道浪有人摆了一排花盆跟破椅子 占车位 请物业这礼拜六前清掉", "丹枫11村"),
        ("塘丹村3组 河浜边上那块空地 有人用石棉瓦搭了两间小房子 请城管中队下周三前拆除", "塘丹村"),
        ("梅丹大楼六层走廊里应急灯勿亮了 麻烦物业明天修好", "梅丹大楼"),
        ("早 周末两天虹丹新村垃圾箱房满出来了 周围都是垃圾袋 保洁今朝上午一定要清掉", "虹丹新村"),
    ],
)
def test_shanghai_names_beside_walls_localisers_numbered_villages_and_times(text: str, community: str) -> None:
    """围墙 is a wall, not a village ending in 围; 边上 names nothing; 上南11村 is a numbered village; 走廊里 is
    inside, and 两天 a time before the name."""
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("上南十一村四十号楼楼梯间有人家在墙浪用红笔写电话号码 保洁来铲掉", "乱张贴涂写"),
        ("丹枫新村28号楼后头的通道 有人堆了木头家什还有旧沙发 消防车开勿进 请物业 居委今天下班前清理", "消防通道占用"),
        ("丹枫花园6号楼3单元顶楼 通往屋顶的那扇逃生门也被堵牢了 请今天下班之前清掉", "消防通道占用"),
        ("阿拉小区12楼边上的垃圾房 垃圾桶破脱了 桶盖也没了 物业来换", "设施损坏"),
        ("丹枫路335弄2号 楼上人家阳台外面空调外机架子松脱了 晃来晃去 请居委协调一下", "高空抛物"),
    ],
)
def test_shanghainese_places_and_things_come_loose(text: str, category: str) -> None:
    """浪 after a place is 上; 消防车开勿进 names the lane blocked; 破脱/松脱 broken or loose."""
    assert category in [r.category for r in parse(text)]


def test_a_dark_night_is_no_noise() -> None:
    (report,) = parse("丹枫新村4号楼边上的路灯勿亮了一个多礼拜 夜里黑咚咚 阿拉老太婆跌了一跤 物业下礼拜一前修好")
    assert report.category == "设施损坏"


def test_bikes_parked_beside_a_stall_are_a_problem_of_their_own() -> None:
    reports = parse("丹华苑沿街店门口摆摊，电瓶车也乱停一地，请城管物业一起管")
    assert {r.category for r in reports} == {"占道经营", "非机动车乱停放"}


def test_boxes_piled_beside_a_charging_e_bike_are_a_pile_of_their_own() -> None:
    reports = parse("丹枫花园8号楼2单元6楼过道里堆了交关快递纸箱跟泡沫箱 有人还在过道里充电瓶车电池 请物业今天处理")
    assert {r.category for r in reports} == {"楼道堆物", "飞线充电"}


def test_a_pile_blocking_the_fire_lane_is_the_lanes_alone() -> None:
    (report,) = parse("丹枫苑3号楼楼道堆满杂物，杂物还把消防通道堵了，请物业清理")
    assert report.category == "消防通道占用"


def test_a_time_then_a_polite_tag_that_asks_sets_the_deadline() -> None:
    (report,) = parse("丹枫苑10号楼2号门楼道顶上的灯坏了半个月了 请物业修一修 明朝下半天好伐")
    assert report.deadline == at("2026-11-19 17:00")


def test_a_time_a_party_promised_is_no_deadline_the_fresh_request_is() -> None:
    (report,) = parse("丹枫新村4号楼边上的路灯还是勿亮 上礼拜物业讲下礼拜一前修好 到现在没动静 请物业今天务必修好")
    assert report.deadline == at("2026-11-18 23:59")


def test_a_row_there_too_is_the_same_problem_there() -> None:
    reports = parse("丹枫花园巡查：12号楼门口电瓶车停在盲道上一排；15号楼门口也是一排；请物业整理")
    assert [(r.category, r.building) for r in reports] == [("非机动车乱停放", "12"), ("非机动车乱停放", "15")]


@pytest.mark.parametrize("crop", ["蚕豆", "鸡毛菜", "芋艿"])
def test_any_bean_or_green_sown_on_the_lawn(crop: str) -> None:
    (report,) = parse(f"丹枫中苑7号楼后面空地种了一片{crop} 请绿化 居委一道处理")
    assert report.category == "毁绿种菜"


def test_a_call_for_volunteers_is_a_notice() -> None:
    assert parse("志愿者招募：本周六上午9点 丹枫七村开展“清洁家园”活动，捡拾垃圾、清理小广告，有意者接龙👇") == []


def test_a_name_said_again_by_its_end_is_the_name_said_first() -> None:
    (report,) = parse(
        "纪丹新苑 居委 城管：新苑东门口早饭摊头又摆出来了，占了半条人行道，请城管中队明天上午前再来处理一次"
    )
    assert report.community == "纪丹新苑"


@pytest.mark.parametrize(
    "text",
    [
        "今天下午区里测评组在丹枫三村暗访，发现3处问题：楼道堆物1处、暴露垃圾2处，已交办，请各居民区举一反三自查",
        "不好意思上面写错了 那只大狗是丹翔家园25幢不是23幢",
        "督办回复：关于丹园南门窨井盖缺失一事 排水公司已于昨日更换新井盖 特此回复[图片]",
    ],
)
def test_self_checks_corrections_replies_and_progress_asked_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_structure_taken_down_is_a_fix() -> None:
    assert parse("丹绣华庭东门违建被拆掉了") == []


def test_a_road_between_two_buildings_lists_neither() -> None:
    (report,) = parse("丹谊路315弄 搿几日 12号跟14号当中那条路上 窨井冒水 污水漫出来 请物业跟房办今天下半天弄好")
    assert report.building is None


def test_a_pile_and_a_fire_exit_it_blocks_are_the_fire_lanes() -> None:
    reports = parse(
        "@居委会 丹丰家园2期6号楼3单元顶楼 楼道里堆满了杂物 旧家具 花盆 "
        "通往屋顶的那扇逃生门也被堵牢了 请今天下班之前清掉"
    )
    assert [r.category for r in reports] == ["消防通道占用"]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("丹美七村 2号楼 楼上装修 礼拜天也敲 一直敲到下半天五点好伐 请居委讲讲", None),
        ("丹山小区5号楼3楼楼道里堆了两只旧柜子 请物业跟3楼住户讲明天之前搬走", at("2026-11-19 23:59")),
        ("丹华小区消防通道被一辆白色轿车堵了 麻烦居委通知车主说今天下午3点前挪走", at("2026-11-18 15:00")),
        ("丹光花园2号楼单元门禁坏了一个礼拜了 请物业保证本周五前修好", at("2026-11-20 23:59")),
    ],
)
def test_a_time_the_problem_runs_to_or_a_party_is_told_to_pass_on(text: str, deadline) -> None:
    """敲到…好伐 tells how long it went on; 跟住户讲/通知车主说/保证 pass on the time asked for."""
    (report,) = parse(text)
    assert report.deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "丹北小区5号楼楼道堆满杂物，请物业今天清理；周六志愿者招募见下条",
        "丹风新村5号楼楼道堆物严重，请物业今天下班前清理，并举一反三排查其他楼栋",
        "督办：1.丹风新村5号楼违建 请城管说明进度 2.丹风新村8号楼楼道又堆满了 请物业明天再清一次",
        "今日任务：1.清理5号楼楼道堆物3处 2.拆除12号楼违建1处 请物业、城管今天完成",
        "丹鹤苑3号楼楼道里面倒是无堆物就是有人飞线充电 请物业处理",
        "丹阳小区东门的公益广告被拉掉了 请居委补上",
    ],
)
def test_reports_beside_notices_follow_ups_to_do_lists_and_checks(text: str) -> None:
    assert parse(text) != []


def test_a_name_that_counts_days_is_kept() -> None:
    (report,) = parse("三天两头 七天花园3号楼楼道里堆满纸箱 请物业")
    assert report.community == "七天花园"


def test_a_leak_from_upstairs_into_ones_own_flat_is_no_broken_facility() -> None:
    assert "设施损坏" not in [r.category for r in parse("丹山小区 5号楼楼上漏了 我家天花板都湿了")]


def test_boxes_in_a_towers_lobby_are_in_the_stairwell() -> None:
    (report,) = parse("丹茂大楼门厅里堆满了快递箱 请物业清理")
    assert (report.category, report.community) == ("楼道堆物", "丹茂大楼")


def test_a_party_told_to_pass_an_order_on_is_asked() -> None:
    (report,) = parse(
        "刚刚走到丹阳路1203弄里面那个12号门口就是那个垃圾桶旁边有人把那个大衣柜啊床板啊全部扔在那边"
        "麻烦居委跟物业讲一声叫他们明天下午三点前拉走"
    )
    assert (set(report.responsible), report.deadline) == ({"居委会", "物业"}, at("2026-11-19 15:00"))


def test_what_a_beaten_category_beats_still_stands() -> None:
    """公共区域堆物 would beat the light's 设施损坏, but the stairwell's pile beats it first."""
    reports = parse("测评组反馈：\n1.丹昌新村 27号楼 楼道 纸箱堆放 楼道灯不亮\n责任单位：居委、物业 时限：两小时内")
    assert {r.category for r in reports} == {"楼道堆物", "设施损坏"}


def test_things_occupying_a_lane_in_a_terse_line_are_a_pile() -> None:
    (report,) = parse("丹定路882弄 5号 门口 泡沫箱 旧家具 占用弄堂 物业今天清")
    assert report.category == "公共区域堆物"


def test_a_shed_built_beside_a_vegetable_plot_in_a_work_order_is_a_structure_of_its_own() -> None:
    reports = parse(
        "【12345】工单\n反映内容：丹瑞家园小区3号楼2单元楼下，有住户在绿化带内私自圈地种菜，并搭建简易棚。请核实处理。\n"
        "办理时限：11月30日\n承办：社区居委会"
    )
    assert {r.category for r in reports} == {"毁绿种菜", "违法搭建"}


def test_half_a_lane_is_no_lanes_name() -> None:
    (report,) = parse(
        "丹家庄后街第三排 有户人家往院墙外头接出来一间小屋 占了半拉胡同 请社区会同执法中队下礼拜一之前去看看"
    )
    assert report.community != "半拉胡同"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("丹塘新村 一栋三单元的楼道 墙上全部是小广告 检查组今天就要来 请保洁八点半之前铲干净", at("2026-11-18 08:30")),
        ("丹塘新村5号楼楼道堆了纸箱 请物业十点前清掉", at("2026-11-18 10:00")),
    ],
)
def test_a_clock_time_in_chinese_numerals_alone(text: str, deadline) -> None:
    (report,) = parse(text)
    assert report.deadline == deadline


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹江苑小区围墙外面有人倒了好多建筑垃圾 碎砖头瓷砖 请城管来查下是哪个倒的", "建筑垃圾"),
        ("丹杏家园6号楼后面那个垃圾分类的桶 可回收跟其他垃圾全部倒在一个桶里面 物业今天下班前安排人", "垃圾分类不规范"),
        ("丹珠花园 3栋楼道里那个共享电单车 不知道哪个推进去的 放在楼梯底下 请物业今天弄出去", "飞线充电"),
    ],
)
def test_dumped_by_a_wall_mixed_in_one_bin_and_an_e_bike_under_the_stairs(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "丹景苑的彩钢棚是老问题了，去年就立案了的，现在在走程序",
        "丹园的装修垃圾是6栋那户搞装修的 业主讲这两天就会请人拖走",
    ],
)
def test_a_case_going_through_the_process_or_a_clearing_promised_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("宝山丹河七村5号楼一楼有人家把院子往外扩了一圈 用铁栏杆围起来 房办城管请来看看", "丹河七村"),
        ("搿两日丹河七村22号楼下几只狗早上放出来没牵绳 到处屙屎 居委想想办法", "丹河七村"),
        ("丹丰电梯厅快递箱清了没几天又堆起来了，请物业跟快递点讲清爽，今朝下午清掉", "丹丰"),
        ("宝山新村3号楼楼道堆物 请物业清理", "宝山新村"),
    ],
)
def test_a_district_said_without_qu_and_two_days_before_a_name(text: str, community: str) -> None:
    """宝山 before a name of three characters is the district; 宝山新村 is a name of its own."""
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "今天的情况汇总：丹沙花园种菜已经铲掉，丹港花园群租房办明天上门，丹和公寓走廊腌菜缸已经搬掉。",
        "今天检查组一共指出问题9条，其中楼道堆物3条、飞线充电2条、其他4条，请各相关小区对照清单整改，周三前反馈",
        "各位楼组长早上好🌞 今朝区里创全测评组要来暗访，大家辛苦下，楼道里有啥物事堆着的先去看看",
        "丹镇苑3号楼装修垃圾，物业清掉一半，还剩一半，我再催一催",
        "丹市路201弄的水果摊今朝又来了，城管上礼拜讲好要来的😮‍💨",
    ],
)
def test_summaries_notices_to_floor_leaders_and_work_under_way_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_the_speakers_own_time_of_reporting_is_no_deadline() -> None:
    (report,) = parse("临下班前再报一个，丹门新村2号楼有户人家遛狗勿牵绳，居委物业下礼拜一前上门处理")
    assert report.deadline == at("2026-11-23 23:59")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹湾花苑11号楼还有一桩事体，有人往楼下掼垃圾袋，昨天差点掼到人，请派出所协助调查", "高空抛物"),
        ("丹伦里那个小广告保洁铲掉了，但是墙上留了一块块印子，请居委找人刷一刷墙面", "环境脏乱"),
        ("丹滨新村菜场门口鱼摊的水淌一地，腥气冲天，市监所城管一道来", "环境脏乱"),
    ],
)
def test_shanghainese_throwing_stains_and_water_running(text: str, category: str) -> None:
    assert category in [r.category for r in parse(text)]


def test_work_not_yet_done_is_no_fix() -> None:
    (report,) = parse("督办：丹镇苑3号楼4楼楼梯口装修垃圾仍未清运完毕，请物业今日16:30前全部清运并反馈照片")
    assert (report.category, report.deadline) == ("建筑垃圾", at("2026-11-18 16:30"))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("天一小区14楼楼道堆物，请居委会和物业前往整治。片警也管不了", {"居委会", "物业"}),
        ("天一小区14楼楼道堆物，物业处理不了的话请城管来", {"城管"}),
    ],
)
def test_a_party_that_cannot_deal_with_it_is_not_asked(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


# -- Guangzhou, Shenzhen and Dongguan: villages' lanes, Cantonese times and words ----------------------


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("禾塘村东三巷12号楼下有人私拉电线畀电动车充电 @村委 麻烦马上去睇下", "禾塘村"),
        ("长岗村：1、二巷8号门口流动摊档卖水果，占咗半条路。请城管处理", "长岗村"),
        ("岑边村新村路15号对出空地有人用竹棚同铁皮围起嚟做仓库，请城管中队即刻制止。", "岑边村"),
        ("南约村牌坊侧边个公厕门口成日有人随地小便，请村委同保洁每日多冲几次。", "南约村"),
    ],
)
def test_a_villages_lane_road_or_arch_after_its_name_is_inside_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_the_neighbours_are_no_estate() -> None:
    reports = parse("海悦湾5栋门口个垃圾分类点冇晒厨余桶，啲街坊只好乱掟，请物业本周五前补齐分类桶。")
    assert [(r.category, r.community) for r in reports] == [("垃圾分类不规范", "海悦湾")]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("碧荔湾6栋1单元装修垃圾到而家都未清，请物业2个钟内清走", at("2026-11-18 11:00")),
        ("碧荔湾6栋楼下有个租客将成十箱货堆喺楼下空地，麻烦物业听朝10点前处理。", at("2026-11-19 10:00")),
    ],
)
def test_cantonese_hours_and_tomorrow_morning(text: str, deadline) -> None:
    (report,) = parse(text)
    assert report.deadline == deadline


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("鹤岗新村2座后面空地俾人种满晒番薯同粟米，请物业下礼拜二前处理。", "毁绿种菜"),
        ("同德新村东门花基有人剷咗啲草种蒜，请绿化公司下周四前处理。", "毁绿种菜"),
        ("同德新村东门对出嗰块公共绿地俾啲住户私自铺咗地砖摆晒花盆，草地冇晒，请物业恢复原状。", "毁绿种菜"),
        ("@绿化 榕荫花园中心花园棵树上面有个马蜂窦，好大个，请今日内处理。", "其他"),
        ("南约村今日又有人喺牌坊前面摆卖甘蔗同番薯，请城管中队加派人手。", "占道经营"),
        ("兴贤里8号后巷墙身被人用红油写咗还钱几个大字，请居委处理。", "乱张贴涂写"),
        ("禾塘村北二巷有间屋喺门口搭咗个铁皮雨棚，占住条巷，消防车入唔到，请城管3日内拆除。", "消防通道占用"),
        ("南约村公厕嘅洗手盆水龙头烂咗一直漏水，请村委周五前处理。", "设施损坏"),
    ],
)
def test_cantonese_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_villages_bins_mixed_are_bins_mixed() -> None:
    reports = parse("岑边村村口垃圾分类亭啲垃圾全部混埋一齐掟，仲有人直接放喺桶边，麻烦保洁加强督导。")
    assert "垃圾分类不规范" in [r.category for r in reports]


@pytest.mark.parametrize(
    "text",
    [
        "创文小贴士：文明养犬，出门拴绳，及时清理犬只粪便🐶",
        "明晚7点半喺居委二楼开楼长会，讨论电动车集中充电棚选址，欢迎街坊参加。",
    ],
)
def test_tips_and_meetings_in_cantonese_are_no_reports(text: str) -> None:
    assert parse(text) == []


# -- Chengdu and Chongqing: voice run-ons, compounds, Sichuanese words --------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("万福小区主干道上好几辆共享单车横起倒起，请物业周三下班前整改完毕", "非机动车乱停放"),
        ("鹅公岩新村梯坎那段石梯子 有好几块石板松了翘起了 请街道和房管所来看一哈 下周二前", "设施损坏"),
        ("红光机械厂宿舍大门口 有杀鸡的 血水流得满地都是 请城管中队周四前整治", "环境脏乱"),
        ("黄桷湾10栋门口的地上 有人倒了一大摊机油 黑黢黢的 请物业今天中午前处理", "环境脏乱"),
        ("我们东篱小区4栋楼下那个院坝被楼下那家围起来了说是他家的私人花园其他人都进不去了", "违法搭建"),
    ],
)
def test_sichuanese_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_the_way_into_a_compound_is_no_part_of_its_name() -> None:
    (report,) = parse("八一大院进大门右边那个围墙 被人打了个洞 晚上不安全 @街道 3天内处理")
    assert (report.category, report.community) == ("设施损坏", "八一大院")


def test_a_time_set_from_now_on_is_no_deadline() -> None:
    (report,) = parse("蜀锦苑 广场上跳坝坝舞的音响开得太大声了 @社区 能不能协调一哈 以后8点半前结束嘛")
    assert (report.category, report.deadline) == ("噪音扰民", None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("骏景豪庭1栋3楼梯间有人摆咗个旧雪柜，请物业今日下午5点前整改。", ("1", "3")),
        ("新丰里5楼梯间有人堆咗十几箱旧书同报纸，请居委听日下班前协调清理。", ("5", None)),
        ("骏景豪庭地下停车场B2层入口附近有人放咗几桶废机油同旧轮胎，请物业处理。", (None, None)),
    ],
)
def test_a_floor_glued_to_its_stairwell_and_a_basement_level(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.building, report.floor) == place


def test_bins_not_put_back_are_no_fix() -> None:
    reports = parse("翠岭苑 物业、保洁：1号楼垃圾桶冇分类标识；2号楼垃圾桶收完冇推返原位，摆喺路中间。下周一前整改。")
    assert [(r.category, r.building) for r in reports] == [("垃圾分类不规范", "1"), ("垃圾分类不规范", "2")]


@pytest.mark.parametrize(
    ("text", "category", "community"),
    [
        ("岑边村：村口大榕树下有人用砖头同铁丝网围咗块公共地方做私家花园。请村委礼拜日前处理。", "违法搭建", "岑边村"),
        ("禾塘村7号二楼窗口挂出嚟个空调外机架冇固定好，@城管中队 18号前处理", "高空抛物", "禾塘村"),
        ("宝岗路27弄5号门口沙井盖仍然冇补，好危险，请街道下班前一定补好！", "设施损坏", "宝岗路27弄"),
    ],
)
def test_private_gardens_loose_brackets_and_covers_not_patched(text: str, category: str, community: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community) == (category, community)


# -- Beijing: 东里/北里 estates, hutong mouths, N门口, work orders --------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("桃园东里6号楼单元门上全是开锁、通下水道的小广告，保洁今天撕一下", ("桃园东里", "6", None)),
        ("板凳胡同口那儿，下午总有人把被褥衣服搭在电线杆子上晒，居委给说说", ("板凳胡同", None, None)),
        ("兴华路甲3号院2号楼3门，住户把电动车电池拎回家充，物业入户宣传，下周二之前", ("兴华路甲3号院", "2", "3")),
        ("芳草园1号楼2门口那棵槐树上拴了根绳子晒被子，@居委 今天中午前劝一下", ("芳草园", "1", "2")),
    ],
)
def test_beijing_estates_hutongs_and_doors(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, report.unit) == place


def test_a_battery_taken_home_to_charge_is_charging_indoors() -> None:
    (report,) = parse("兴华路甲3号院2号楼3门，住户把电动车电池拎回家充，请物业下周二之前入户宣传")
    assert report.category == "飞线充电"


def test_still_charging_is_said_not_asked() -> None:
    (report,) = parse("福润家园2号楼3门电梯厅里放了辆电动车，还接着插线板充着电呢，物业赶紧让车主推走")
    assert (report.category, report.responsible) == ("飞线充电", ("物业",))


def test_a_lane_blocked_again_after_its_last_clearing_is_a_report() -> None:
    text = "长青北里小区3号楼后身那条消防通道，又被一溜电动车堵上了，上礼拜刚清过。物业再清一次，明天上午10点前"
    (report,) = parse(text)
    assert (report.category, report.deadline) == ("消防通道占用", at("2026-11-19 10:00"))


def test_a_pledge_to_be_signed_tomorrow_is_no_fix() -> None:
    (report,) = parse("永泰西里3号楼5门装修那家又在中午上电钻，说了不听，物业明天找他们签承诺书")
    assert (report.category, report.responsible) == ("噪音扰民", ("物业",))


def test_sanitation_workers_are_the_cleaners() -> None:
    (report,) = parse("油坊胡同11号院门口下水道返水了，脏水漫到门口，环卫赶紧来抽一下")
    assert report.responsible == ("保洁",)


# -- Wuhan, Zhengzhou and Xi'an: forms by building, headed lists of places, patrol logs ------------------


def test_each_lines_building_heads_its_problems() -> None:
    text = (
        "消防安全检查问题（嵩山路家属院）：\n1号楼：灭火器箱是空哩，灭火器没了\n4号楼：应急灯不亮\n"
        "7号楼：疏散指示牌掉了\n责任单位：物业，整改时限：11月30日"
    )
    reports = parse(text)
    assert [r.building for r in reports] == ["1", "4", "7"]
    assert {r.responsible for r in reports} == {("物业",)}


def test_a_problem_named_in_a_headers_sentence_is_at_each_listed_place() -> None:
    text = (
        "【督办】以下点位暴露垃圾上周交办至今未整改，请保洁公司今天中午前清运完毕：\n"
        "1.电子城小区2号楼西侧\n2.电子城小区11号楼后面\n3.电子城小区南门垃圾房"
    )
    reports = parse(text)
    assert [(r.category, r.building) for r in reports] == [("暴露垃圾", "2"), ("暴露垃圾", "11"), ("暴露垃圾", None)]


def test_a_patrol_logs_new_lines_are_no_header_and_its_done_lines_ask_nobody() -> None:
    text = (
        "11.12巡查日志（沙湖苑网格）\n✅8栋楼道小广告清理完毕\n✅3栋垃圾箱房满溢已协调保洁清运\n"
        "❗新发现：沙湖苑6栋旁边空地有人用砖头围了一块搞菜地\n❗新发现：小区健身器材区的漫步机坏了，扶手断了\n"
        "请物业下周二前整改"
    )
    reports = parse(text)
    assert [r.building for r in reports] == ["6", None]
    assert {r.responsible for r in reports} == {("物业",)}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("经开锦绣城地下车库堆了一大片业主的旧家具和废纸箱，请业委会本周日前清理完", "经开锦绣城"),
        ("网格员日志12.8\n上午：配合社区入户宣传\n下午：巡查杨春湖花园，东门的门禁坏了，请物业明天修好", "杨春湖花园"),
    ],
)
def test_a_development_zone_opens_a_name_and_helping_is_no_name(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_greenery_and_bikes_each_go_to_their_own_party() -> None:
    reports = parse("太白小区3号楼南边草坪被踩出一条路来，还有人在上面停电动车，绿化队给补种一下，物管把车清走")
    assert [(r.category, r.responsible) for r in reports] == [("毁绿种菜", ("绿化",)), ("非机动车乱停放", ("物业",))]


def test_a_wuhan_telling() -> None:
    (report,) = parse("园林5栋二楼楼梯口堆了旧冰箱，你们居委会跟物业说一声唦，明天搞走")
    assert set(report.responsible) == {"居委会", "物业"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("庆丰里6号楼北侧外墙上一大片黑乎乎的油渍，像是油烟机排的，保洁和物业清洗一下", "环境脏乱"),
        ("嘉禾小区8号楼前头宣传栏让风刮倒了，铁架子都折了，物业尽快处理", "设施损坏"),
        ("未央新城小区中心广场健身器材单杠断咧。请物业明天中午前处理", "设施损坏"),
        ("大明宫小区3号楼西边那条消防通道上有人私自拉了铁丝晒被子，把通道占了一半，物管星期二前拆了", "消防通道占用"),
    ],
)
def test_stains_on_an_outer_wall_a_frame_bent_and_washing_across_a_fire_lane(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_briquette_cinders_are_no_hornets_nest() -> None:
    reports = parse("葫芦胡同3号院公共厕所旁边，有人把旧家具、破三轮、蜂窝煤渣堆了一大堆。房管所看看能不能统一清理")
    assert "其他" not in [r.category for r in reports]
    assert "公共区域堆物" in [r.category for r in reports]


def test_inside_a_hutong_is_no_estate() -> None:
    (report,) = parse("油坊胡同11号院门口下水道返水了，脏水漫到胡同里，环卫赶紧来抽一下")
    assert (report.community, report.responsible) == ("油坊胡同11号院", ("保洁",))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("望春北里2号楼1门桶边还有一堆没人分的。保洁二次分拣，居委会入户宣传一下", {"保洁", "居委会"}),
        ("网格员日志\n上午：配合社区入户宣传\n下午：杨春湖花园东门的门禁坏了，请物业明天修好", {"物业"}),
    ],
)
def test_sorting_again_and_door_to_door_are_asked_and_whom_the_speaker_helped_is_not(
    text: str, parties: set[str]
) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


def test_a_lanes_courtyard_spoken_of_inside_keeps_its_yard() -> None:
    (report,) = parse("铃铛胡同17号院里有人私搭小棚子，请城管处理")
    assert (report.category, report.community, report.building) == ("违法搭建", "铃铛胡同17号院", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("光明街坊小区7栋门口有人乱倒建筑垃圾，请物业两日内清运", [("建筑垃圾", "光明街坊", ())]),
        ("百万庄街坊7栋门口有人乱倒建筑垃圾，请物业两日内清运", [("建筑垃圾", "百万庄街坊", ())]),
        ("小区门口主干道私家车违停，请交警中队处理", [("机动车乱停放", None, ("交警中队",))]),
        ("小贴士发了也没用，5号楼楼道里还是堆满了纸箱，请物业今天清走", [("楼道堆物", None, ())]),
        ("途经幸福家园南门，发现有人摆摊，请城管处理", [("占道经营", "幸福家园", ())]),
    ],
)
def test_a_second_reviews_misfires_stay_fixed(text: str, expected: list) -> None:
    """Named 街坊 blocks, a traffic police squad (no party here), a tip mentioned, 途经 before a name."""
    reports = parse(text)
    assert [(r.category, r.community) for r in reports] == [(c, n) for c, n, _ in expected]
    assert all("城管" not in r.responsible for r in reports if "交警中队" in text)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("东门流动摊贩已转给城管，请城管今天下午4点前处理", True),
        ("东门流动摊贩已转给城管", False),
    ],
)
def test_a_case_handed_on_is_under_way_unless_asked_again(text: str, reported: bool) -> None:
    assert bool(parse(text)) is reported


def test_a_problem_headed_over_one_line_of_buildings_is_at_each() -> None:
    reports = parse("以下楼栋楼道堆物：3号楼、5号楼、9号楼，请物业周五前清理")
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "3"), ("楼道堆物", "5"), ("楼道堆物", "9")]


def test_a_call_to_check_oneself_is_a_notice_and_a_bin_full_to_bursting_is_garbage() -> None:
    assert parse("以下楼栋请自查飞线充电：3号楼、5号楼") == []
    (report,) = parse("8座门口啲垃圾桶爆晒，请保洁今日清走")
    assert (report.category, report.building) == ("暴露垃圾", "8")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("梯坎坊7号2楼那个喂猫的又在楼道里喂起了 请社区 物业再去做工作", "梯坎坊"),
        ("各位 芙蓉花园的宣传画社区统一印好了 明天上午来社区领，芙蓉花园东门宣传画褪色了请物业换", "芙蓉花园"),
        ("石板村村口有人摆摊卖菜，占了半条路，请城管处理", "石板村"),
    ],
)
def test_one_of_the_parsers_own_terms_before_an_ending_is_no_name(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("云峰广场负一层停车场入口旁边堆咗一大堆旧家私同床垫，请物业5天内清走。", "云峰广场"),
        ("恒福广场对出骑楼底下有几档卖衫卖鞋嘅摊档，请城管同街道下周三前清理。", "恒福广场"),
        ("人民广场旁边有人摆摊，请城管处理", None),
    ],
)
def test_a_square_beside_or_above_a_place_is_an_estate_when_named_so(text: str, community) -> None:
    (report,) = parse(text)
    assert report.community == community


# -- Hangzhou, Ningbo and Shaoxing: 台门 and 墙门, Wu speech ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("宝瓶台门里头有人在弄堂口摆摊卖甘蔗，执法中队好来看看伐", "宝瓶台门"),
        ("汤家墙门门口那只垃圾桶盖子断了，@保洁 今天16:30前换只新个", "汤家墙门"),
        ("昨天夜里十一点多荻溪苑6幢楼上还在装修，一直敲到12点，物业跟装修户讲一讲好伐", "荻溪苑"),
        ("今朝早上翠堤新村垃圾方边上又堆了一大堆垃圾，保洁抓紧来收！", "翠堤新村"),
    ],
)
def test_courtyard_houses_and_times_said_before_a_name(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("兰汀苑主干道上一排车停在双黄线上。物业48小时内处理完毕", {"物业"}),
        ("江澄花园11幢楼道墙面被小孩用蜡笔画得一塌糊涂，物业、保洁礼拜三之前刷掉", {"物业", "保洁"}),
        ("荻溪苑6幢楼上夜里还在砰砰砰装修，一直敲到12点，物业跟装修户讲一讲好伐", {"物业"}),
    ],
)
def test_a_party_told_to_finish_by_a_time_or_to_have_a_word_is_asked(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


def test_a_follow_up_on_what_is_still_not_fixed_with_a_fresh_request_is_a_report() -> None:
    text = "柳浦新村5幢边上那个窨井盖缺了一块，上礼拜报过个，到现在还没修，物业马上围起来修掉"
    (report,) = parse(text)
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


def test_posters_torn_down_and_a_flat_checked_go_to_their_own_parties() -> None:
    reports = parse("望春里5号楼道口贴了好多招租广告，疑似有群租。保洁撕掉，房办查一下是哪户")
    assert [(r.category, r.responsible) for r in reports] == [("乱张贴涂写", ("保洁",)), ("群租", ("房办",))]


# -- dispatch forms of mid-sized cities: offices named by their 社区, tables, more labels ---------------------


def test_a_tables_office_cells_are_parties_and_its_limit_a_deadline() -> None:
    text = (
        "文明城市实地测评问题反馈（浔阳区）\n序号｜点位｜问题描述｜责任单位｜整改时限\n"
        "1｜濂溪新村｜14栋楼道内堆放自行车、杂物｜濂溪社区、物业｜11月26日\n"
        "3｜琵琶亭公寓｜公益广告牌褪色破损｜湓浦社区｜11月26日"
    )
    reports = parse(text)
    assert [(r.community, set(r.responsible), r.deadline) for r in reports] == [
        ("濂溪新村", {"居委会", "物业"}, at("2026-11-26 23:59")),
        ("琵琶亭公寓", {"居委会"}, at("2026-11-26 23:59")),
    ]


def test_an_office_asked_beside_the_estate_names_no_second_estate() -> None:
    text = "【二次派单】盐渎新村3幢东侧下水道 复核现场仍有污水外溢，请盐渎社区、物业协调市政部门24小时内彻底疏通"
    (report,) = parse(text)
    assert (report.community, set(report.responsible)) == ("盐渎新村", {"居委会", "物业"})


@pytest.mark.parametrize(
    ("text", "deadline", "parties"),
    [
        (
            "事件类型：违章搭建\n事件描述：龙子湖公寓1号楼楼顶有住户用彩钢瓦搭建阳光房\n处置单位：城管执法大队\n处置期限：7天",
            at("2026-11-25 23:59"),
            {"城管"},
        ),
        (
            "【12345工单】诉求：鹿门坊小区3栋楼上每天晚上十点以后剁东西，严重影响休息\n处理单位：鹿门社区\n要求：11月26日前反馈",
            at("2026-11-26 23:59"),
            {"居委会"},
        ),
    ],
)
def test_more_of_a_dispatch_forms_labels(text: str, deadline, parties: set[str]) -> None:
    (report,) = parse(text)
    assert (report.deadline, set(report.responsible)) == (deadline, parties)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("镇江南山名苑12幢楼顶有人用木板搭了个鸽子棚，物业和执法中队今天下午4点前拆掉", "南山名苑"),
        ("南京新村5号楼楼道堆物，请物业处理", "南京新村"),
        ("上海花园5号楼楼道堆物，请物业处理", "上海花园"),
    ],
)
def test_a_city_said_before_an_estate_is_no_part_of_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "【12345热线转办】\n反映内容：翠湖苑9号楼有一户把房子隔成了七八个小间出租\n承办单位：翠湖社区居委会、翠湖派出所\n"
            "办结时限：2026-11-29 17:30",
            at("2026-11-29 17:30"),
        ),
        (
            "问题描述：盐渎新村3幢东侧道路污水漫到路面 处置单位：盐渎社区、物业 "
            "处置时限：2026-11-21 派遣时间：2026-11-20 14:37",
            at("2026-11-21 23:59"),
        ),
    ],
)
def test_a_forms_limit_written_as_a_date_is_the_deadline_and_its_dispatch_time_is_not(text: str, deadline) -> None:
    assert {r.deadline for r in parse(text)} == {deadline}


@pytest.mark.parametrize(
    "text",
    [
        "执法中队 退单：岘山花园南门沿街商铺属于檀溪路，商户音响问题建议由市场监管所处理",
        "今日共派遣案件23件，其中暴露垃圾9件、小广告4件，已办结17件，剩余6件请各责任单位明天上午前处理完毕",
        "珠城花园物业：井盖已补上，路灯线路老化要供电公司来看，申请延期到下周二",
    ],
)
def test_a_case_sent_back_a_days_tally_and_an_extension_asked_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("荷叶弄6号前面那段路面塌了一个坑，请街道和物业周一前修复", "荷叶弄"),
        ("章家台门里厢个消防通道被一户人家用砖头砌了个花坛拦牢了，执法中队、居委明天上午10点到现场", "章家台门"),
        ("康乐新村里厢有人在绿化带晒被子，物业管管", "康乐新村"),
        ("阿拉小区里厢有人在绿化带晒被子，物业管管", None),
    ],
)
def test_a_lane_named_by_a_word_before_a_house_and_an_estate_spoken_of_from_inside(text: str, community) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_party_told_to_have_a_word_and_how() -> None:
    (report,) = parse("槐荫新村12幢2单元楼道又堆满了纸板箱，物业再清一次，居委跟这户人家讲讲清爽")
    assert set(report.responsible) == {"居委会", "物业"}


def test_a_pile_under_a_header_naming_a_stairwell_is_in_it() -> None:
    text = "大明宫小区10号楼1单元楼道：楼道灯坏咧、墙上贴满小广告、拐角处堆了几袋子杂物。物业明天下午3点前处理"
    reports = parse(text)
    assert [r.category for r in reports] == ["设施损坏", "乱张贴涂写", "楼道堆物"]


@pytest.mark.parametrize(
    "text",
    [
        "本周红黑榜出来了：红榜 荻溪苑、梅墅新村；黑榜 蓬莱新村（楼道小广告、垃圾房满溢）。下周继续加油💪",
        "望春里跨门营业的事，城管中队今天上午来过了，已经叫他们收进去了，油污保洁冲掉了👍",
        "翠堤新村三个问题物业已经在弄了，东门口贴了违停告知单",
        "湓浦社区：公益广告已经重新制作安装，照片已上传平台",
    ],
)
def test_a_league_table_work_under_way_and_things_put_back_or_remade_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_work_order_assigned_with_a_limit_asks_for_the_work_not_only_a_reply() -> None:
    text = (
        "【12345工单】工单号：2611020153，诉求人反映：椿树北里5号楼2门楼道里堆了好些旧家具和纸箱子。"
        "派单部门：物业。办理时限：3天内，请按时回复。"
    )
    (report,) = parse(text)
    assert (report.category, report.responsible, report.deadline) == ("楼道堆物", ("物业",), at("2026-11-21 23:59"))


def test_washing_on_a_rope_tied_to_a_tree_is_no_dog() -> None:
    (report,) = parse("椿树北里小区2号楼有住户在楼下绿化带栏杆上晒被子，还往树上拴绳子挂衣服，请物业2日内处理")
    assert report.category == "乱晾晒"


@pytest.mark.parametrize(
    ("text", "community", "parties"),
    [
        ("园林新村3栋楼道堆放杂物，请物业清理", "园林新村", ("物业",)),
        ("公安新村12幢门口电瓶车乱停，请处理", "公安新村", ()),
        ("城管宿舍2栋楼下垃圾满了，请保洁清运", "城管宿舍", ("保洁",)),
    ],
)
def test_an_office_named_before_staff_housing_names_the_housing_not_a_party(text: str, community: str, parties) -> None:
    (report,) = parse(text)
    assert (report.community, report.responsible) == (community, parties)


def test_a_forwarded_list_of_placed_problems_is_no_news() -> None:
    reports = parse(
        "【转发】区创文办暗访问题清单\n⑴ 棉纺厂宿舍：2栋楼道灯不亮\n⑵ 杏林村：村委会东侧空地倾倒建筑垃圾\n"
        "以上问题请各居委会牵头，于11月26日前整改完毕。"
    )
    assert [(r.category, r.community, r.responsible) for r in reports] == [
        ("设施损坏", "棉纺厂宿舍", ("居委会",)),
        ("建筑垃圾", "杏林村", ("居委会",)),
    ]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("南门大街28弄门口垃圾箱房满了，请保洁今天清运", "南门大街28弄"),
        ("东门路15弄3号楼道堆物，请物业清理", "东门路15弄"),
        ("桃叶坊里厢弄堂里有人把被头晾在电线上，麻烦居委去讲讲", "桃叶坊"),
    ],
)
def test_a_road_named_for_a_city_gate_and_wu_for_inside(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_pinned_line_naming_an_estate_sets_the_scene_for_the_list_below() -> None:
    reports = parse(
        "平江片区反馈：\n📍长风新寓\n1、11幢楼下晾衣架摆在人行道上晒被子\n2、小区里共享单车乱停，挡住单元门口\n"
        "请物业今天中午前整改"
    )
    assert [(r.category, r.community) for r in reports] == [("乱晾晒", "长风新寓"), ("非机动车乱停放", "长风新寓")]


def test_parties_told_when_you_see_this_are_asked() -> None:
    reports = parse("翠屏苑2栋门口有人占道卖早点\n居委物业看到回复一下，明天下班前弄好")
    assert [(r.category, r.responsible) for r in reports] == [("占道经营", ("居委会", "物业"))]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("电力宿舍4幢有户人家装修，天天中午12点多还在敲敲打打，麻烦物业去讲下", ["噪音扰民"]),
        ("翠湖新村3栋楼下天天有人把垃圾袋往绿化带里扔，臭得很，请保洁来收一下", ["暴露垃圾"]),
        ("朝阳二村6幢门口积水，雨水井盖也被谁掀掉了一个，请物业处理", ["环境脏乱", "设施损坏"]),
    ],
)
def test_knocking_at_noon_litter_thrown_along_the_ground_and_a_cover_lifted(text: str, categories) -> None:
    assert [r.category for r in parse(text)] == categories


def test_asking_after_last_weeks_report_for_a_reply_is_no_report() -> None:
    assert parse("上礼拜报的青枫花园群租那户，派出所核查结果出来了吗？麻烦回复一下") == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("工农里 那个小卖店门口 下水道堵了 污水漫出来 请物业处理", "工农里"),
        ("前进村 村委会门前那块空地上有人摆摊卖羊肉串 请城管来查一下", "前进村"),
        ("立山回迁楼 广场那片 跳广场舞的大喇叭天天整到晚上九点多 请居委会去协调", "立山回迁楼"),
        ("包保巡查 红星小区\n1.7栋东侧绿化带堆了老多煤块子\n请物业处理", "红星小区"),
        ("阳光100 二期 7号楼 屋顶平台让人搭了个阳光房 请物业跟城管核实", "阳光100"),
        ("三合屯村部后身那趟房 有人在路边私搭了个彩钢板棚子 请城管来看看", "三合屯"),
    ],
)
def test_a_terse_notes_first_word_resettled_housing_and_villages_of_the_north_east(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_a_first_word_of_grammar_names_nothing() -> None:
    assert all(r.community is None for r in parse("在城里 有人摆摊 请城管来"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("铁道南棚改区 15栋 楼下绿化带让人刨了种大葱白菜 还搭了塑料布保温 请绿化和居委会清理恢复", "毁绿种菜"),
        ("长安里 有户往外租的房子 住着好几个外地干活的 一屋子八九个人 请派出所和房管所查一下", "群租"),
        ("凯旋门小区 1号楼门前那根路灯杆歪了 电线耷拉下来 请街道联系供电 今天处理", "设施损坏"),
    ],
)
def test_a_plot_under_plastic_a_room_of_nine_and_a_drooping_wire(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text", ["昨天东风家属院窗台花盆已搬进屋 住户挺配合的", "@王姐 红星北门那个摊子 城管中队说下午来人"]
)
def test_pots_taken_indoors_and_someone_coming_this_afternoon_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("滨海·璟园2期6号楼地下室堆满了业主的旧家具纸箱 请物业清理", "滨海·璟园"),
        ("台风过后东坑社村口那条路积水到现在还没退，请街道协调抽水", "东坑社"),
        ("南门坊3号边上那块绿地被人挖了种葱 请绿化恢复", "南门坊"),
        ("锦埔社进社的主干道两边停满了车 请城管周四前整治", "锦埔社"),
        ("坂美社旧村改造那块工地 渣土露天堆着没盖网 请城管处理", "坂美社"),
    ],
)
def test_a_brands_one_character_estate_a_gate_named_lane_and_a_village_entered_or_rebuilt(
    text: str, community: str
) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("洪塘里17号门口那棵大榕树被台风刮倒了 横在巷子里 车过不去 请绿化明天中午前处理", "毁绿种菜"),
        ("龙腾苑5栋一楼出口被一排电动车堵死了 那个是消防疏散出口 物业马上清", "消防通道占用"),
        ("坂美社16号门口那个井盖台风后一直晃 请街道下周二前换掉", "设施损坏"),
        ("鹭岸·悦府5号楼顶楼有人在走廊用木板隔了一间出来放东西 请物业和城管周一前拆除", "违法搭建"),
    ],
)
def test_a_tree_blown_down_an_exit_blocked_a_loose_cover_and_a_room_partitioned(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text", ["锦埔社主干道停车的问题 城管今天下午来贴了十几张罚单", "闽江公馆门口路面塌陷 街道回复已报市政 排期修"]
)
def test_tickets_written_and_work_handed_to_the_utility_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_problem_told_at_the_estate_then_at_its_buildings_is_reported_at_the_buildings() -> None:
    reports = parse(
        "松江花园今天巡了一圈 小广告贼多\n3号楼单元门上贴满了开锁的\n8号楼电梯厅里也是 墙上全是\n请物业清理一下"
    )
    assert [(r.category, r.building) for r in reports] == [("乱张贴涂写", "3"), ("乱张贴涂写", "8")]


def test_a_listed_problem_at_a_spot_of_its_own_stays_beside_those_at_buildings() -> None:
    reports = parse("梅莲苑小区 ① 3号楼1单元门禁坏了 ② 5号楼前健身器材扶手断了 ③ 北门路灯不亮 物业 明日")
    assert [(r.category, r.building) for r in reports] == [("设施损坏", "3"), ("设施损坏", "5"), ("设施损坏", None)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("煤矿家属院8栋后边那个煤棚子 不知道谁拿砖头彩钢瓦自己圈的 把公共过道占了一半 请城管来核实", "违法搭建"),
        ("明珠公寓 地下室 过道里让人堆的全是旧家具 破床垫子 请物业3天内清理", "公共区域堆物"),
        ("翠竹苑垃圾房那块 桶里分类乱七八糟 厨余桶里啥都有 请保洁今天整改", "垃圾分类不规范"),
    ],
)
def test_a_shed_walled_in_brick_a_basements_corridor_and_sorting_in_a_mess(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_brand_and_two_characters_before_a_place_in_the_estate_name_it() -> None:
    (report,) = parse("@物业 @保洁 金地檀悦垃圾房那块 桶里分类乱七八糟 请今天整改")
    assert (report.category, report.community) == ("垃圾分类不规范", "金地檀悦")


def test_a_tree_named_in_an_estates_name_is_no_tree_and_a_gateway_full_of_bikes_no_fire_exit() -> None:
    assert [(r.category, r.community) for r in parse("榕树下小区十二栋楼下绿化带上 有人晾被子 请物业劝导")] == [
        ("乱晾晒", "榕树下小区")
    ]
    (report,) = parse("芙蓉安置小区门口 电动车 三轮车 自行车 全部挤在一堆 出入口都堵死哒 请物业整理")
    assert report.category == "非机动车乱停放"


@pytest.mark.parametrize(
    "text",
    [
        "鼓楼小区8号楼楼道里的应急灯 安全出口指示灯都不亮了 请物业明天下班前修好",
        "港务局宿舍六号楼门口那个文明宣传栏被台风吹歪了 玻璃也裂了 请居委会周三前修",
    ],
)
def test_emergency_lights_with_exit_signs_and_a_boards_glass_are_one_thing(text: str) -> None:
    assert len(parse(text)) == 1


def test_a_forwarded_work_order_that_asks_for_work_is_a_report() -> None:
    (report,) = parse(
        "【转发】以下是12345工单：\n市民反映 银杏苑8栋3楼有人从窗户往外扔烟头 扔到楼下晾的衣服上烧了洞\n"
        "请居委会联系核实 3天内回复"
    )
    assert (report.category, report.community, report.building, report.responsible) == (
        "高空抛物",
        "银杏苑",
        "8",
        ("居委会",),
    )


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("北门桥小区7幢楼道里 有人私拉电线给电瓶车充电 请物业3日内拆除", "北门桥小区"),
        ("无锡电缆厂宿舍4号楼楼道墙上全是乱涂乱画 请居委会下周三前粉刷掉", "无锡电缆厂宿舍"),
    ],
)
def test_a_name_opening_with_a_city_gate_and_a_work_unit_named_with_its_city(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text",
    [
        "派出所反馈 那户是公司宿舍 有备案的 不属于群租",
        "引用 张三：南湖花园2栋楼下飞线充电\n——\n不好意思 是南湖苑的 不是南湖花园",
        "「南湖花园2栋楼下飞线充电」\n不好意思 是南湖苑的",
    ],
)
def test_a_check_that_finds_no_rental_and_a_correction_under_a_quote_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_party_the_estate_has_none_of_is_not_asked() -> None:
    (report,) = parse(
        "市二建淮河路宿舍 院子里下水道堵了 污水漫到路面上\n这个老宿舍没物业的 @房管办 麻烦派人疏通 明天中午前"
    )
    assert report.responsible == ("房办",)


def test_a_listed_item_naming_no_estate_takes_none_from_another_item() -> None:
    reports = parse(
        "县创建办督查通报（11.3）\n1.人民路农贸市场南侧流动摊贩占道\n2.电力宿舍3栋楼顶私搭彩钢棚\n请相关社区明天下班前整改到位并反馈"
    )
    assert [(r.category, r.community) for r in reports] == [("占道经营", None), ("违法搭建", "电力宿舍")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("翰林苑门口那几个晒谷的 把半边路都占哒 @城管 喊他们收一下", "乱晾晒"),
        ("南侧人行道上摩托车乱停 请城管处理", "机动车乱停放"),
        ("金盆湾名都小区门口好多共享电单车乱丢 横七竖八 盲道都堵死哒 请物业和城管整理", "非机动车乱停放"),
        ("粮站宿舍楼下垃圾不进桶 都丢在分类桶边上 请物业整改", "垃圾分类不规范"),
        ("城东安置小区11栋旁边空地上 有人用铁皮围了一块 其实是自己占起 请城管和社区拆除", "违法搭建"),
        ("南门老街那几家理发店 门口音箱一天放到晚 声音开到最大 请城管去讲一下", "噪音扰民"),
        ("人民路人行道破损 请社区报修", "设施损坏"),
    ],
)
def test_grain_dried_on_the_road_a_motorcycle_dumped_bikes_and_more_county_town_problems(
    text: str, category: str
) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_an_explanation_asked_is_no_report() -> None:
    assert parse("请物业解释一下 为什么锦江华府上个月也有人丢东西 到现在都冇装监控") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("瞅着没 光华小区2号楼楼头 那个冰溜子一米来长 正对着人行道 物业 赶紧打下来 中午之前", ("物业",)),
        ("新城花园12号楼1单元601 这家床位出租 一晚上二十块 来回的人贼杂 派出所 查一下", ("派出所",)),
        ("铁路宿舍2号楼后头那个旮旯 积存垃圾老鼻子了 保洁 周三前给清了", ("保洁",)),
        ("育才路口 天和小区底商 那家水果店把摊子都摆到门外人行道上了 市监所和城管去一趟", ("市场监管", "城管")),
    ],
)
def test_a_terse_notes_bare_parties_then_an_order_are_asked(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == set(parties)


def test_a_fix_offered_for_the_grid_workers_check_is_no_report() -> None:
    assert parse("已整改 灭火器已补齐 消火栓玻璃换新 请网格员复核") == []


def test_last_weeks_report_followed_up_is_no_weekly_summary() -> None:
    (report,) = parse("督办：华山路17号院路灯 上周报的 到今天还是黑的 请物业今天晚上6点前修复 逾期通报")
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("新华回迁小区8号楼401的老张头 一礼拜没瞅着人了 敲门也没动静 居委会去瞅一眼吧 今天之内", "其他"),
        ("红岩小区3号楼 顶楼那家 把楼道圈起来安了个铁门 占成自家的了 房办 物业 限下周五前拆除", "违法搭建"),
    ],
)
def test_a_neighbour_not_seen_and_a_stairwell_walled_off(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_parties_asked_to_visit_and_look_are_asked_to_act() -> None:
    (report,) = parse("@金水湾居委 @物业 7号楼有户人家屋里囤了好几桶汽油，邻居很害怕，请明天上门查看")
    assert (report.category, report.responsible) == ("其他", ("居委会", "物业"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("天安小区东出入口被电瓶车堵了，物业整理", "非机动车乱停放"),
        ("天安小区3号楼出口被电瓶车堵了，出不去，物业整理", "消防通道占用"),
        ("河堤路上有人晒谷，占了一半车道，城管下子去看看", "乱晾晒"),
        ("绿洲花园垃圾分类宣传牌被风刮倒了，物业扶一下", "设施损坏"),
    ],
)
def test_what_the_cold_review_of_this_round_found(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "居委会门口的宣传栏公益广告被撕了，物业补一下",
        "星光村 村委会 旁边 有人 用 铁皮 围了 一块 地 放 废品 城管 去一趟",
    ],
)
def test_an_offices_door_or_side_is_a_place_not_the_office_asked(text: str) -> None:
    (report,) = parse(text)
    assert "居委会" not in report.responsible


# -- Sichuan and Shenzhen writers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "收到收到 补充一个 星汉湾10栋楼下 有人在绿化带里面 种了一排海椒和白菜 @物管 一起整改嘛",
            ("毁绿种菜", "星汉湾", ("物业",)),
        ),
        (
            "好的 我明天一早去\n对了 槐树街37号院门口 那个化粪池盖板 也裂了 走上去晃得很 麻烦居委会一起报修",
            ("设施损坏", "槐树街37号院", ("居委会",)),
        ),
        (
            "好的 马上安排保洁去铲\n金牛苑门口 那个小卖部 把冰柜和饮料箱子全部摆到人行道上 请城管一起管一下",
            ("占道经营", "金牛苑", ("城管",)),
        ),
        (
            "收到 城管中队已安排\n另外 万兴苑3栋门口路面 全是油污 是旁边馆子倒的潲水 请城管一并处理",
            ("环境脏乱", "万兴苑", ("城管",)),
        ),
    ],
)
def test_a_receipt_that_turns_to_a_report_of_its_own(text: str, report: tuple) -> None:
    """Only what follows the turn is weighed and read: the receipt's own party (保洁) is asked nothing."""
    (found,) = parse(text)
    assert (found.category, found.community, found.responsible) == report


@pytest.mark.parametrize(
    "text",
    [
        "收到 城管中队已安排\n3栋门口那个摊子明天还摆不摆？",
        "好的 马上安排保洁去铲",
        "收到\n那个化粪池盖板物业说下午来修",
    ],
)
def test_a_receipt_with_no_report_after_its_turn_stays_a_receipt(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("农机站老院子 院坝头 有人把烂沙发 烂柜子 堆在空地上 请居委会明天上午去处理", ("农机站老院子", None, None)),
        ("青杠林8动3单元7楼那家人养的狗天天晚上叫 请居委会去做哈工作", ("青杠林", "8", "3")),
        ("锦华苑12冻楼下 共享单车和电东车乱停 请物业整理下", ("锦华苑", "12", None)),
    ],
)
def test_sichuan_courtyards_and_voice_inputs_homophones(text: str, place: tuple) -> None:
    """An old work unit's compound (…老院子) is an estate; voice input writes 栋 as 动/冻 after a number and
    电动车 as 电东车 (no car parked: the bikes alone)."""
    (report,) = parse(text)
    assert (report.community, report.building, report.unit) == place


def test_an_old_courtyard_alone_names_nothing() -> None:
    (report,) = parse("那个老院子里面有人乱搭棚子 请城管看下")
    assert report.community is None


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("游仙苑 农贸市场门口 那个卖鱼的 把盆盆摆到街沿上杀鱼 血水流得满地都是 请城管去看下", ["占道经营", "环境脏乱"]),
        ("泰山路88号院 2栋门口 有个二手家电回收的 把冰箱洗衣机全部摆在路边 城管来看下嘛", ["占道经营"]),
        ("岭背新村3巷口有个修车档占了半边路，请城管立即整改", ["占道经营"]),
        ("金沙坊巷口小吃店把煤气炉搬出门口炒嘢，占了一半路，请城管处理", ["占道经营"]),
        ("溪头新村3巷巷口有人倒了一堆木方和碎瓷砖，请保洁清走", ["建筑垃圾"]),
        ("德新小区 好多人在院坝头用油桶熏腊肉 烟子好大 把楼上的衣服都熏黑了 请居委会去劝停", ["其他"]),
        ("泰山路88号院 院坝门口的社会主义核心价值观宣传牌 被车子挂倒了 请居委会换一个新的", ["公益广告缺失"]),
        ("禾坪新村5栋楼下垃圾桶还穿了个洞，请保洁换桶", ["设施损坏"]),
        ("景秀花园7栋有人从楼上扔了一袋垃圾下来，物业查下监控", ["高空抛物"]),
    ],
)
def test_what_the_sichuan_and_shenzhen_writers_taught(text: str, categories: list) -> None:
    """Stalls on the kerb (街沿) and half the road, debris tipped out, meat smoked (not dried), the core values'
    boards, a bin worn through, a bag thrown down from upstairs."""
    assert [r.category for r in parse(text)] == categories


def test_a_party_told_to_come_and_look_briefly_is_asked() -> None:
    (report,) = parse("莲塘尾新村4巷10号三楼住户养了十几只猫，味道好大，楼下投诉\n居委上门看下")
    assert report.responsible == ("居委会",)


def test_a_pile_like_a_mountain_is_no_building() -> None:
    (report,) = parse("荔园新城南门共享单车堆成一座山 出入口都塞住了，请物业联系单车公司清理")
    assert (report.category, report.building) == ("非机动车乱停放", None)


def test_told_several_times_to_no_avail_is_no_fix() -> None:
    reports = parse("芦花坑村6巷每晚都有人在楼下摆台打麻将，吵到一两点，楼长都劝过几次冇用\n请派出所处理")
    assert [r.category for r in reports] == ["噪音扰民"]


def test_a_dispatch_forms_time_limit_field_gives_the_deadline() -> None:
    text = (
        "【督办单】\n单号：LG-20261117-041\n事项：翠林苑B座地下车库消防通道被杂物占用\n责任单位：物业管理处\n"
        "限时：24小时"
    )
    (report,) = parse(text)
    assert (report.responsible, report.deadline) == (("物业",), at("2026-11-19 09:00"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("翡翠城 7栋楼下的草坪 有人开起车子直接停到草坪上头了 车轮子压出两道槽 请物业联系车主挪走", "机动车乱停放"),
        ("锦悦府 地下车库入口旁边绿化带被车子压烂了一大片 请物业整改", "毁绿种菜"),
    ],
)
def test_a_car_parked_on_a_lawn_against_one_driven_over_it(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_headers_order_after_its_colon_holds_for_every_item_followed_up_or_new() -> None:
    text = (
        "【督办】芙蓉里 居委 物业：今天下午3点前整改完毕\n1. 之前报的3栋外墙涂写 到今天还没清理\n"
        "2. 5栋楼下一大排电瓶车乱停 堵到单元门口了"
    )
    reports = parse(text)
    assert [(r.category, r.building, r.responsible, r.deadline) for r in reports] == [
        ("乱张贴涂写", "3", ("居委会", "物业"), at("2026-11-18 15:00")),
        ("非机动车乱停放", "5", ("居委会", "物业"), at("2026-11-18 15:00")),
    ]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("@居委会 @物业 蜀韵天府 小区大门口 公告栏 被人撕烂了 玻璃也碎了 请下周一前修好", "蜀韵天府"),
        ("锦绣江南 小区东门 有人摆摊卖菜 城管来看下", "锦绣江南"),
        ("今天巡查 小区门口堆了好多旧沙发 物业清一下", None),
    ],
)
def test_a_name_set_apart_from_the_word_xiaoqu(text: str, community: str | None) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_work_begun_today_is_under_way() -> None:
    assert parse("鹤坑村种菜那块地今天开始铲") == []
    assert [r.category for r in parse("鹤坑村种菜那块地 请城管明天开始铲")] == ["毁绿种菜"]


def test_a_hotline_work_orders_call_time_and_number_are_no_deadline_nor_name() -> None:
    text = (
        "【12345工单】\n工单编号：ZZ2611170014\n来电时间：2026-11-16 18:05\n"
        "诉求内容：来电人反映文苑小区7号楼2单元楼道里堆放大量纸箱，要求清理。\n"
        "处置单位：文苑社区居委会\n办理时限：11月20日"
    )
    (report,) = parse(text)
    assert (report.community, report.building, report.responsible, report.deadline) == (
        "文苑小区",
        "7",
        ("居委会",),
        at("2026-11-20 23:59"),
    )


def test_a_work_orders_number_names_no_estate() -> None:
    text = "工单编号：ZZ2611170029\n诉求内容：来电人反映政七街与城东路交叉口人行道上乱停电动车\n处置单位：城管中队"
    (report,) = parse(text)
    assert report.community is None


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "常青社区收到，今天请租户把花盆搬回屋里。另外报一个：同安街89号院有户人家住了十几个人，上下铺，疑似群租，"
            "请派出所、房管办一起去核查",
            ("群租", "同安街89号院", ("派出所", "房办")),
        ),
        (
            "花冲社区收到。网格员刚报上来：机务段宿舍6栋2单元有住户把电瓶车推进电梯带回家充电，请物业在电梯里装阻车器",
            ("飞线充电", "机务段宿舍", ("物业",)),
        ),
    ],
)
def test_a_receipt_that_turns_after_its_first_sentence(text: str, report: tuple) -> None:
    (found,) = parse(text)
    assert (found.category, found.community, tuple(sorted(found.responsible))) == (
        report[0],
        report[1],
        tuple(sorted(report[2])),
    )


def test_a_receipt_whose_second_sentence_only_promises_stays_a_receipt() -> None:
    assert parse("方兴社区收到。灭火器今天就换，物业已经去买了") == []


def test_a_numbered_inspection_point_is_no_building() -> None:
    text = "[图片] 1号点位：芳草家园北门外 占道卖水果\n[图片] 2号点位：芳草家园9栋旁 小车停在绿化带上\n请物业明天整改"
    assert [(r.category, r.building) for r in parse(text)] == [("占道经营", None), ("机动车乱停放", "9")]


def test_a_tables_estate_column_over_its_office_column_and_its_time_limits() -> None:
    text = (
        "老旧小区专项检查问题表\n|社区|小区|问题|时限|\n|花冲|机械厂宿舍|2栋西侧私拉电线给电动车充电|今天|\n"
        "|双岗|粮站宿舍|院内私搭乱建鸡笼|下周一|\n责任单位：各社区"
    )
    reports = parse(text)
    assert [(r.category, r.community, r.deadline) for r in reports] == [
        ("飞线充电", "机械厂宿舍", at("2026-11-18 23:59")),
        ("违法搭建", "粮站宿舍", at("2026-11-23 23:59")),
    ]


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        ("泉馨苑小区门口墙上贴满小广告\n处置单位：洪家楼街道城管科", ("城管",)),
        ("第二机床厂宿舍5号楼顶楼私自加盖彩钢板房\n处置单位：甸柳街道综合执法中队、燕翔社区居委会", ("城管", "居委会")),
        ("天禧澜湾2号楼一户隔成八间出租\n处置单位：如意湖派出所、如意湖街道", ("派出所", "街道")),
        ("孙寨十字路口商户占道经营，请历山路街道城管中队处理", ("城管",)),
    ],
)
def test_a_street_office_glued_before_another_party_only_places_it(text: str, responsible: tuple) -> None:
    (report,) = parse(text)
    assert sorted(report.responsible) == sorted(responsible)


@pytest.mark.parametrize(
    "text",
    [
        "恁看看 这个建华新村12号楼前边那块绿地 叫人开成菜园子了 种的白菜大葱 @社区 @物业 这周六之前恢复了",
        "大明湖路那个聚贤坊 有户人家在巷子里私搭了间小房 把公共过道占了 @城管 @街道 看下",
    ],
)
def test_a_reference_before_an_estates_name_or_after_a_road_points_at_no_earlier_problem(text: str) -> None:
    (report,) = parse(text)
    assert report.community in ("建华新村", "聚贤坊")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("天桥区幸福里8号楼楼下 有人在电线杆上、楼墙上刷了一片高价回收的广告 @城管 刷掉", "乱张贴涂写"),
        ("@城管中队 蓝海国际北门 有人开着面包车卖水果 车停在门口不走 下午4点前撵走", "占道经营"),
        ("金穗湾12号楼门口 有人把装修换下来的旧马桶 旧浴缸 扔到垃圾桶边上 @物业 明天拉走", "建筑垃圾"),
    ],
)
def test_what_the_zhengzhou_and_jinan_writer_taught(text: str, category: str) -> None:
    """Adverts painted (刷了…高价回收), fruit sold from a van, fittings taken out in a renovation."""
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "收到。请物业今天把3栋楼道里的杂物清理干净",
        "明白。按要求今天下午请物业对6栋楼道堆物进行清理",
        "了解。下午去6栋楼道看看，堆物太多了，请物业配合",
        "收到。物业已经在清了，5栋楼道还有点纸箱请物业一起清走",
        "收到！另外明天检查组来，请物业把各楼道杂物清干净",
        "那个堆物还在阳光花园3栋楼道里 没人清",
        "那些电动车还停在金牛苑3栋楼道里",
        "解放路那个摊子的事还没解决 幸福村3栋门口还在摆",
    ],
)
def test_a_receipt_passing_an_order_on_and_a_reference_to_a_problem_stay_no_report(text: str) -> None:
    """Found by the cold review of this round's rules: a receipt whose next sentence passes the order on, opens with
    a request or a verb, or names no estate or building; a problem told before the estate it is in; a matter after
    a road's reference."""
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金牛苑门口垃圾堆得像一座垃圾山 请保洁清理", ("暴露垃圾", None, ("保洁",))),
        ("金牛苑3栋有人把换下来的二手床垫摆在单元门口 请物业清理", ("公共区域堆物", "3", ("物业",))),
        ("请街道社区物业一起处理 金牛苑3栋楼道堆物", ("楼道堆物", "3", ("街道", "居委会", "物业"))),
        ("金牛苑3栋楼上今天开始拆墙 电钻声吵死了 请物业管一下", ("噪音扰民", "3", ("物业",))),
    ],
)
def test_what_the_cold_review_found_stays_as_it_was(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.building, tuple(sorted(report.responsible))) == (
        expected[0],
        expected[1],
        tuple(sorted(expected[2])),
    )


def test_a_hole_after_a_number_is_no_building() -> None:
    (report,) = parse("幸福村路面有3洞 很危险 请物业处理")
    assert report.building is None


def test_a_header_without_an_order_still_sets_its_lists_scene() -> None:
    reports = parse("金牛苑5栋楼道里\n1. 堆放纸箱\n2. 飞线充电\n请物业整改")
    assert (reports[0].category, reports[0].building) == ("楼道堆物", "5")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "检查问题表\n|小区|问题|发现时间|时限|\n|机械厂宿舍|2栋西侧私拉电线给电动车充电|11月15日|11月25日|",
            "2026-11-25 23:59",
        ),
        ("|小区|问题|限时|\n|机械厂宿舍|2栋楼道堆物|24小时|\n责任单位：物业", "2026-11-19 09:00"),
        (
            "|小区|问题|时限|\n|机械厂宿舍|2栋私拉电线，给电动车充电，很危险|今天|\n责任单位：物业",
            "2026-11-18 23:59",
        ),
    ],
)
def test_a_tables_deadline_comes_from_its_time_limit_cell_alone(text: str, deadline: str) -> None:
    (report,) = parse(text)
    assert report.deadline == at(deadline)


def test_a_forms_items_keep_their_own_parties_and_time_limits() -> None:
    text = (
        "【问题交办】\n1.点位名称：玉带门小区\n存在问题：12栋楼顶晒台有人私搭鸽子棚\n责任单位：荣华社区、城管执法中队\n"
        "整改时限：11月20日前\n2.点位名称：玉带门小区北门\n存在问题：北门外机动车停在人行道上\n责任单位：物业\n整改时限：3日内"
    )
    reports = parse(text)
    assert [(r.category, tuple(sorted(r.responsible)), r.deadline) for r in reports] == [
        ("违法搭建", ("城管", "居委会"), at("2026-11-20 23:59")),
        ("机动车乱停放", ("物业",), at("2026-11-21 23:59")),
    ]


def test_a_forms_closing_fields_hold_for_every_item() -> None:
    text = "检查发现：\n1.玉带门小区12栋楼道堆物\n2.玉带门小区北门机动车停在人行道上\n责任单位：物业\n整改时限：3日内"
    assert [r.responsible for r in parse(text)] == [("物业",), ("物业",)]


def test_a_gate_named_by_an_adjective_opens_an_estate_name() -> None:
    (report,) = parse("平安门新村12幢楼道堆放纸箱，请物业清理")
    assert (report.community, report.building) == ("平安门新村", "12")


def test_a_list_items_own_place_field_is_that_items_place_alone() -> None:
    text = (
        "创文问题清单\n1. 点位：清风门新村12幢；问题：楼道内堆放纸箱；责任单位：物业；时限：11月20日\n"
        "2. 点位：清风门新村南门；问题：占道经营；责任单位：城管；时限：11月21日\n"
        "3. 点位：柏园公寓；问题：消火栓损坏；责任单位：物业；时限：11月22日"
    )
    reports = parse(text)
    assert [(r.category, r.community, r.building, r.deadline.day) for r in reports] == [
        ("楼道堆物", "清风门新村", "12", 20),
        ("占道经营", "清风门新村", None, 21),
        ("消防设施缺失", "柏园公寓", None, 22),
    ]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("杏花巷有人把装修拆下来的旧门窗堆在巷子中间，请居委会清走", "杏花巷"),
        ("金沙东巷那边路面塌了个坑，请城管来看一下", "金沙东巷"),
        ("槐花坡巷的电线杆上贴满了小广告，请居委会清理", "槐花坡巷"),
        ("这条巷子里电动车乱停，请城管整治", None),
        ("祠堂后巷堆了好多建筑垃圾，请城管清运", None),
    ],
)
def test_a_lane_named_by_its_own_words_is_the_community(text: str, community: str | None) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_named_lanes_house_number_is_the_building() -> None:
    (report,) = parse("杏花巷45号门口私自加装铁棚，请城管拆除")
    assert (report.community, report.building) == ("杏花巷", "45")


def test_a_list_item_naming_no_estate_is_in_the_one_estate_the_others_name() -> None:
    text = "网格日志\n1.松鹤新村3号楼树上拉绳晾衣服\n2.松鹤新村5号楼草坪上停了辆轿车\n3.小区北门门禁坏了\n请物业处理"
    reports = parse(text)
    assert [(r.category, r.community) for r in reports][-1] == ("设施损坏", "松鹤新村")


def test_a_list_item_naming_no_estate_among_several_estates_stays_unplaced() -> None:
    text = "网格日志\n1.松鹤新村3号楼门口树上拉绳晾衣服\n2.竹园里5号楼草坪上停了辆轿车\n3.小区北门门禁坏了\n请物业处理"
    reports = parse(text)
    assert [(r.category, r.community) for r in reports][-1] == ("设施损坏", None)


@pytest.mark.parametrize(
    "text",
    [
        "棉纺厂家属院里狗不拴绳满院子跑 居委会给养狗的说一下",
        "棉纺厂家属院3号楼门口的路灯不亮了 物业报修一下",
    ],
)
def test_a_party_told_to_tell_someone_or_to_report_a_repair_is_asked(text: str) -> None:
    (report,) = parse(text)
    assert report.responsible == (("居委会",) if "居委会" in text else ("物业",))


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("介是裕德里的，8号楼底下绿化带让人刨了种上白菜了，请居委跟物业处理。", "裕德里"),
        ("福寿里8号楼底下有中介贴的小广告，请居委清理。", "福寿里"),
    ],
)
def test_tianjin_jie_opening_a_phrase_is_zhe(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("青松里胡同里又有人倒装修渣子，请城管清运", "建筑垃圾"),
        ("青松里3号楼后面有人把拆下来的旧门窗堆在路边，请物业清走", "建筑垃圾"),
        ("青松里5号楼楼道拐角放了个大缸，请物业通知搬走", "楼道堆物"),
        ("青松里7号楼电梯停了两天了，请物业尽快修", "设施损坏"),
        ("青松里1号楼北边空地上有人砌了半人高的墙，说要盖个小房子，请城管制止", "违法搭建"),
        ("青松里2号楼有住户把楼梯口的公共区域拿铁门圈起来了，请房办核实", "违法搭建"),
    ],
)
def test_debris_a_jar_a_stopped_lift_and_a_walled_off_space_are_named_by_what_they_are(
    text: str, category: str
) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_requests_naming_items_by_number_keep_their_parties_and_deadlines_to_those_items() -> None:
    text = (
        "网格日志\n1. 豆芽胡同9号院院里新盖了一间小房\n2. 9号院门口堆着盖房剩下的碎砖头\n"
        "3. 豆芽胡同路面让渣土车压坏了\n1、2项请城管中队今日内处置；3项请房管所修补。"
    )
    reports = parse(text)
    assert [(r.category, r.responsible, r.deadline is not None) for r in reports] == [
        ("违法搭建", ("城管",), True),
        ("建筑垃圾", ("城管",), True),
        ("设施损坏", ("房办",), False),
    ]


def test_an_item_left_out_as_done_keeps_the_numbers_of_the_others() -> None:
    text = (
        "网格日志\n1. 豆芽胡同3号院门口沙发——已处理\n2. 豆芽胡同5号院门口堆了废品\n"
        "3. 豆芽胡同东口墙上有人写了办证电话\n2项请城管清运，3项请居委会涂掉。"
    )
    reports = parse(text)
    assert [(r.category, r.responsible) for r in reports] == [("公共区域堆物", ("城管",)), ("乱张贴涂写", ("居委会",))]


def test_things_said_with_their_spoken_ending_before_a_building_name_no_estate() -> None:
    reports = parse("柳湾新村 物业：3栋后面草坪里扔的都是塑料袋子饭盒子 6栋门口垃圾堆到外头了 今天处理完")
    assert {r.community for r in reports} == {"柳湾新村"}


def test_a_forms_time_limit_before_its_numbered_description_holds_for_every_item() -> None:
    text = (
        "【督办单】\n督办事项：松韵花园环境问题\n责任单位：物业\n整改时限：11月25日前\n"
        "问题描述：1.西门垃圾箱房周边积存垃圾；2.6幢北侧绿化带内堆放旧家具；3.3幢门口私拉电线充电。"
    )
    reports = parse(text)
    assert [(r.category, r.responsible, r.deadline.day if r.deadline else None) for r in reports] == [
        ("暴露垃圾", ("物业",), 25),
        ("公共区域堆物", ("物业",), 25),
        ("飞线充电", ("物业",), 25),
    ]


@pytest.mark.parametrize(
    ("text", "category", "parties"),
    [
        ("桑田里7号楼3单元楼道里养了条大狼狗，天天叫唤，请居委会上门", "不文明养犬", ("居委会",)),
        ("桑田里4号楼底下那个烧烤店，每天晚上十一二点还在吵吵嚷嚷，请城管处理", "噪音扰民", ("城管",)),
        ("桑田里12号楼楼下有人从楼上往下扔烟头，请物业排查是几层扔的，居委会做宣传。", "高空抛物", ("居委会", "物业")),
    ],
)
def test_a_wolfdog_a_rowdy_shop_and_a_party_asked_to_spread_the_word(text: str, category: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, tuple(sorted(report.responsible))) == (category, parties)


def test_a_drawing_on_a_stairwell_wall_is_graffiti_and_each_party_keeps_its_own_work() -> None:
    reports = parse("同庆里14楼门禁坏了，楼道墙上有人画画，请物业修门禁，居委会清理涂鸦。")
    assert [(r.category, r.responsible) for r in reports] == [("设施损坏", ("物业",)), ("乱张贴涂写", ("居委会",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "翠峰社区收到，今天去拆鸡窝。另外翠峰村小学门口很多家长电动车停在路中间，请城管中队疏导",
            ("非机动车乱停放", "翠峰村", ("城管",), None),
        ),
        (
            "鸽棚的事居委下午去看。另外翠湖居民区22号楼底下墙上有人用喷漆写了办证电话，请保洁铲掉",
            ("乱张贴涂写", "翠湖居民区", ("保洁",), None),
        ),
        (
            "松涛山庄物业收到。另外我们发现小区北门外有人摆摊修自行车，占了人行道，请城管中队处理",
            ("占道经营", "松涛山庄", ("城管",), None),
        ),
    ],
)
def test_a_reply_turning_to_another_matter_keeps_nothing_of_the_first_but_its_estate(
    text: str, expected: tuple
) -> None:
    (report,) = parse(text)
    assert (report.category, report.community, report.responsible, report.deadline) == expected


def test_a_road_covered_in_oil_said_in_shaanxi_speech_is_dirty() -> None:
    (report,) = parse("槐花坡巷那搭路面上一满是油 是旁边修车铺子漏的机油 滑得很 请城管处置")
    assert (report.category, report.community) == ("环境脏乱", "槐花坡巷")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("竹园里1号楼楼道里贴满了开锁的小广告，从一层贴到六层，请物业清理。", "乱张贴涂写"),
        ("竹园里3号楼楼下垃圾桶旁边有好几袋垃圾直接扔地上了，请保洁清理。", "暴露垃圾"),
    ],
)
def test_how_far_ads_spread_is_no_floor_and_litter_dropped_below_a_building_is_no_throw(
    text: str, category: str
) -> None:
    (report,) = parse(text)
    assert (report.category, report.building, report.floor) == (category, report.building, None)
    assert report.building in ("1", "3")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("泉湖区 金沙街道：绿城花园17#楼下绿化带上停着私家车，请物业加装隔离桩，12月3日前完成。", ("物业",)),
        ("鼓山区 丰乐街道 11.16 早巡：\n1）下塘小区10号楼楼道墙上贴满小广告；\n请物业今天下班前整改。", ("物业",)),
        ("绿城花园楼道堆物，请金沙街道协调物业清理", ("物业", "街道")),
    ],
)
def test_a_street_office_named_at_the_opening_is_the_writer(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert tuple(sorted(report.responsible)) == parties


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("状元楼小区14幢2单元楼道墙面小广告密布，请居委会清理", "状元楼小区"),
        ("序号|点位|问题|责任单位\n1|和信广场小区地下车库入口|电动车乱停|物业", "和信广场"),
    ],
)
def test_a_tower_named_estate_and_a_name_opening_a_cell_with_he(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("凤鸣苑11幢楼下消防登高场地停满私家车，请物业清理", "消防通道占用"),
        ("凤鸣苑18幢3单元顶楼楼梯平台被住户用木板隔成储物间上了锁，请社区协调拆除", "违法搭建"),
        ("凤鸣苑南门夜间小吃摊占道经营、油烟扰民，请城管处理", "占道经营"),
    ],
)
def test_a_fire_access_area_a_walled_off_landing_and_cooking_fumes(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_items_with_headers_of_their_own_are_still_named_by_number() -> None:
    text = (
        "丰乐街道 11.16 早巡：\n1）下塘小区 3号楼旁：早市摊贩占用消防通道卖菜；\n"
        "2）下塘小区 10号楼：楼道墙上贴满小广告；\n请城管中队负责第1项，物业负责第2项，均于今天下班前整改。"
    )
    assert [(r.category, r.responsible) for r in parse(text)] == [
        ("消防通道占用", ("城管",)),
        ("乱张贴涂写", ("物业",)),
    ]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("团结街坊4号楼一楼楼梯底下堆了碎瓷砖，请物业清运", "团结街坊"),
        ("建设街坊 3号楼 单元门口 一大堆狗屎 请居委 物业 加强管理", "建设街坊"),
        ("这些街坊邻居都反映3号楼门口狗屎多，请物业处理", None),
    ],
)
def test_a_block_named_with_a_verb_before_jiefang_and_a_building_is_a_block(text: str, community: str | None) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("前进小区3号楼楼下那个路灯坏了，请物业修", "前进小区"),
        ("有货车进小区把3号楼门口的路灯撞坏了，请物业修", None),
    ],
)
def test_going_ahead_is_a_name_and_going_in_is_not(text: str, community: str | None) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_staff_housing_named_by_its_road_keeps_the_road() -> None:
    (report,) = parse("黄河路家属楼2号楼2单元有人把一只大狗拴在楼梯扶手上，请居委处理")
    assert (report.community, report.building, report.unit) == ("黄河路家属楼", "2", "2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("光华里 北门口那个井盖子没了，已经拿锥桶围上了，请物业两小时内补上", ("设施损坏", "光华里")),
        ("松柏街坊 那片老楼 6号楼四楼阳台外边挂了好几个花盆子，请物业劝一下", ("高空抛物", "松柏街坊")),
        ("铁南三街坊 2号楼 1单元门口 有人摆了个修鞋配钥匙的摊儿 请城管劝离", ("占道经营", "铁南三街坊")),
        ("安康小区14楼 前面的人行道 冻了老厚一层冰 请物业 今天 给刨了", ("环境脏乱", "安康小区")),
    ],
)
def test_northeastern_wordings_of_known_problems(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.community) == expected


def test_a_district_named_at_the_opening_beside_an_estate_is_where_the_writer_is() -> None:
    text = "海陵区 新华街道：今日巡查发现，龙湖小区多处垃圾桶破损、缺盖；小区主路窨井盖松动。请物业3日内更换维修。"
    reports = parse(text)
    assert {r.community for r in reports} == {"龙湖小区"}


@pytest.mark.parametrize(
    "text",
    [
        "红旗村 21号楼一楼 有家开小作坊的 白天黑夜开机器 嗡嗡的 楼上睡不了觉 请城管查查",
        "红旗村 7号楼前 大货车早上五点多就打火热车 突突的 请城管处理",
    ],
)
def test_a_machines_drone_said_by_its_sound_is_noise(text: str) -> None:
    assert [r.category for r in parse(text)] == ["噪音扰民"]


def test_a_flat_housing_eight_or_nine_people_is_a_group_rental() -> None:
    (report,) = parse("芙蓉苑 12栋 一单元 有住户反映隔壁502一套房子住了八九个人，请房办和派出所上门查一下")
    assert report.category == "群租"


# -- a cold review of this round's rules: each misfire it found, pinned ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("和顺小区收到。另外东门有人摆摊，请城管处理", [("占道经营", "和顺小区", ("城管",))]),
        ("和顺小区3号楼楼道堆物，物业明天上午处理一下这个问题\n[图片]", [("楼道堆物", "和顺小区", ("物业",))]),
        ("和顺小区附近大街小巷都贴满了小广告，请城管清理一下", [("乱张贴涂写", "和顺小区", ("城管",))]),
        ("大营子3号楼楼道堆物，请物业清理", [("楼道堆物", "大营子", ("物业",))]),
        ("青枫苑晚上蚊子嗡嗡的，绿化带积水发臭，请物业处理", [("环境脏乱", "青枫苑", ("物业",))]),
        ("金山街道：和顺小区东门有人占道经营，麻烦明天上午前处理", [("占道经营", "和顺小区", ("街道",))]),
        ("和顺小区东门长期占道经营，金山街道负责协调城管处理", [("占道经营", "和顺小区", ("城管", "街道"))]),
        (
            "桃源新区5号楼楼道堆物，请物业清理\n和顺小区东门有人摆摊，请城管处理",
            [("楼道堆物", "桃源新区", ("物业",)), ("占道经营", "和顺小区", ("城管",))],
        ),
    ],
)
def test_the_rounds_rules_do_not_misfire(text: str, expected: list) -> None:
    assert [(r.category, r.community, tuple(sorted(r.responsible))) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "closing",
    ["请物业、城管今天下班前整改3个问题", "今天下班前请物业和城管全部处理到位"],
)
def test_a_count_or_a_time_is_no_item_number(closing: str) -> None:
    text = f"和顺小区巡查发现：\n1. 3号楼楼道堆物\n2. 东门占道经营\n3. 5号楼门口路面破损\n{closing}"
    assert {tuple(sorted(r.responsible)) for r in parse(text)} == {("城管", "物业")}


def test_a_sentence_typed_with_blanks_under_a_numbered_table_is_no_row() -> None:
    text = (
        "序号 点位 问题描述 责任单位 整改时限\n1 和顺小区3号楼 楼道堆物 物业 \n2 青枫苑东门 占道经营 城管 \n"
        "请 各责任单位 今天 下班前 整改完毕"
    )
    assert {r.deadline.strftime("%d %H:%M") for r in parse(text)} == {"18 17:00"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@房办 电力新村 3号楼四楼楼梯踏步断了两级 老人上下楼很危险 请尽快修", "设施损坏"),
        ("苏园北村6号楼门口路灯杆上次交办的到现在还歪着，请物业12月3日前扶正加固", "设施损坏"),
        ("铜山花园 3号楼 顶楼 楼道 窗户 外 挂着 一块 松动的 防盗网，请物业 明天 拆除", "高空抛物"),
    ],
)
def test_a_broken_stair_a_leaning_lamp_post_and_a_loose_window_grille(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # resettlement housing named as such (还建房, 还建小区) is an estate
        ("江岸还建房5栋楼下有人把被子晒在绿化带的树上", ("乱晾晒", "江岸还建房", "5", ())),
        ("青山还建小区3栋 楼道里堆满了纸箱", ("楼道堆物", "青山还建小区", "3", ())),
        # a party called in (喊/叫) before a time and the work, each set apart by blanks
        ("青山还建小区3栋 楼道里堆满了纸箱 喊物业 明天上午十点之前 清走", ("楼道堆物", "青山还建小区", "3", ("物业",))),
        # a reference with a demand after the problem just told points at that problem
        ("枫桥湾 6栋2单元 电瓶车入户充电 这个要马上整改 物业跟进", ("飞线充电", "枫桥湾", "6", ("物业",))),
        # 那个 as a filler, a blank before what follows it
        ("那个 我跟你讲哈 红叶里 3栋门口的门禁坏了 刷卡刷不开 喊物业修一下", ("设施损坏", "红叶里", "3", ("物业",))),
        # whose renovation left the bricks (说是哪家装修剩的) tells no work under way
        ("纺机厂家属院 2栋门口堆了一堆砖头水泥袋 说是哪家装修剩的", ("建筑垃圾", "纺机厂家属院", "2", ())),
        # a renovation that keeps people from their nap is noise
        ("江岸还建房 4幢 有家装修的天天中午就开始打 午觉都睡不成", ("噪音扰民", "江岸还建房", "4", ())),
    ],
)
def test_southwestern_talk_relayed_by_grid_workers(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.community, report.building, tuple(sorted(report.responsible))) == expected


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("江岸还建房 4幢 装修的中午一点钟就开始打 午觉都睡不成 麻烦物业跟他说中午12点到2点不准整", None),
        ("江岸还建房4幢楼道堆了纸箱 请物业明天上午十点钟前清走", "19 10:00"),
    ],
)
def test_hours_of_a_rule_and_a_clock_said_with_zhong(text: str, deadline: str | None) -> None:
    (report,) = parse(text)
    assert (report.deadline.strftime("%d %H:%M") if report.deadline else None) == deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item's place field and its problem read as one scene: e-bikes kept in a stairwell
        ("小区：桂香苑\n点位：5幢2单元楼道，停放电动自行车2辆\n责任单位：物业", [("飞线充电", ("物业",))]),
        # a letter's addressee (致：) and an assisting unit (配合单位：) are assigned
        (
            "整改通知书\n致：桂香苑物业服务中心\n经检查，桂香苑存在以下问题：\n一、3幢地下室通道堆放旧家具；\n请于三日内整改完毕。",
            [("公共区域堆物", ("物业",))],
        ),
        (
            "点位：桂香苑9幢南面空地\n问题：绿化带内有人种青菜\n责任单位：桂香苑居委会\n配合单位：绿化养护公司",
            [("毁绿种菜", ("居委会", "绿化"))],
        ),
        # a party told to come over (过来一趟) is asked; one that came over (过来了) is not
        ("桂香苑东门流动摊贩又来了，城管中队下午过来一趟", [("占道经营", ("城管",))]),
        ("桂香苑东门流动摊贩又来了，城管中队上午过来了，没用", [("占道经营", ())]),
        # 了 after a time to act by is an order (物业星期一前全部换了)
        ("桂香苑3幢楼道里的灭火器都过期了 物业星期一前全部换了", [("消防设施缺失", ("物业",))]),
        # goods set out to sell (摆放货架经营) name no estate
        (
            "问题地址：桂香苑8号楼\n问题内容：商铺占用人行道摆放货架经营\n责任单位：城管中队",
            [("占道经营", ("城管",))],
        ),
    ],
)
def test_forms_and_orders_from_street_office_letters(text: str, expected: list) -> None:
    reports = parse(text)
    assert [(r.category, tuple(sorted(r.responsible))) for r in reports] == expected
    assert {r.community for r in reports} == {"桂香苑"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("桂香苑5栋门口垃圾桶冒起了 周围一地都是", "暴露垃圾"),
        ("桂香苑西门垃圾房 每天下午都堆起冒出来", "暴露垃圾"),
        ("桂香苑5栋楼下垃圾桶旁边堆了几包装修渣渣", "建筑垃圾"),
        ("桂香苑 4栋前面的草坪 被踩得光秃秃的", "毁绿种菜"),
        ("桂香苑5栋门口的垃圾桶倒了 垃圾撒一地 请保洁收拾", "暴露垃圾"),
    ],
)
def test_everyday_words_for_overflow_debris_and_trampled_grass(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_deadline_set_for_pulling_up_vegetables() -> None:
    (report,) = parse("@物业 桂香苑5幢楼下花坛边上有人种了一排葱，明天拔掉恢复")
    assert report.deadline is not None and report.deadline.strftime("%d %H:%M") == "19 23:59"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("桂香苑那个厨余桶还是没补，居民只能往其他垃圾桶里扔，物业明天中午前必须补上", [("垃圾分类不规范", ("物业",))]),
        ("桂香苑垃圾箱房未按时收桶，分类桶长期露天放置", [("垃圾分类不规范", ())]),
        ("桂香苑3幢楼梯间有人喂养流浪猫，请居委会劝导", [("其他", ("居委会",))]),
        (
            "桂香苑8幢楼顶平台上堆了大量泡沫箱，还有一个简易棚子，请物业清理杂物，城管中队对棚子进行认定",
            [("公共区域堆物", ("物业",)), ("违法搭建", ("城管",))],
        ),
    ],
)
def test_bins_never_brought_in_fed_strays_and_a_makeshift_shed(text: str, expected: list) -> None:
    assert [(r.category, tuple(sorted(r.responsible))) for r in parse(text)] == expected


def test_a_place_cleared_this_morning_lends_no_building_to_the_new_problem() -> None:
    (report,) = parse(
        "桂香苑1号楼的电瓶车今天早上清出去了，但是2号楼1单元楼道里又有人拉线充电，@物业 今天下午4点前拆除"
    )
    assert (report.category, report.building, report.unit) == ("飞线充电", "2", "1")


def test_wires_cut_are_a_fix() -> None:
    assert parse("桂香苑8幢的飞线剪了") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party handed the item after a dash (——交城管) is asked
        ("桂香苑问题清单：\n1、主干道两边停满了车——交城管处理\n2、西门外有水果摊摆到门口——交城管", {("城管",)}),
        # what an office owns (社区的通知) asks nobody
        ("桂香苑 宣传栏上被人贴满了租房广告 把社区的通知都遮完了 请物业明天下班前撕干净", {("物业",)}),
    ],
)
def test_a_party_handed_an_item_and_one_that_only_owns_a_thing(text: str, expected: set) -> None:
    assert {tuple(sorted(r.responsible)) for r in parse(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "桂香苑菜场门口那个是市场的范围，不归居委管吧？",
        "桂香苑地下车库积水已抽干",
        "桂香苑的公益广告牌是上周刚换的，风太大了",
    ],
)
def test_whose_work_it_is_water_pumped_out_and_a_board_just_replaced_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("【清水河畔网格巡查】\n1、2栋楼下自行车棚里头 堆满了不要的旧家电", "清水河畔"),
        ("锦绣江城这几天电梯老是坏 有住户被困过", "锦绣江城"),
    ],
)
def test_a_riverside_estate_and_a_name_before_how_long(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_line_opening_on_a_place_word_before_how_long_names_no_estate() -> None:
    assert parse("楼道里这几天堆满了纸箱") == []


def test_an_e_bike_added_with_haiyou_to_a_stairwell_pile_is_kept_indoors() -> None:
    reports = parse("桂香苑12幢3单元顶楼楼道堆满了杂物，还有一辆电瓶车，请物业今天下午3点前清理")
    assert sorted(r.category for r in reports) == ["楼道堆物", "飞线充电"]
    assert {(r.building, r.unit, r.floor) for r in reports} == {("12", "3", "顶")}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("桂香苑 6栋3单元顶楼 住户私自封闭楼梯间 加装铁门 占为己用 请物业三日内督促拆除", "违法搭建"),
        ("桂香苑3栋二单元楼道有人用木板搭了个储物间，请物业本周五前拆除", "违法搭建"),
        ("桂香苑 8栋 底商 烧烤店 半夜 十二点 还 吵 居民 连续 投诉 请 城管 上门", "噪音扰民"),
    ],
)
def test_a_stairwell_walled_off_a_store_built_and_shouting_at_night(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    ["桂香苑南门水果摊这两天没再出现，城管巡了几次", "昨天的桂香苑群租，核查结果：确认群租，已责令房东限期整改"],
)
def test_a_stall_gone_and_a_landlord_ordered_to_act_are_no_new_reports(text: str) -> None:
    assert parse(text) == []


def test_each_building_heading_holds_for_the_items_under_it() -> None:
    text = (
        "桂香苑自查发现：\n一、5栋\n1. 二单元楼道堆放旧床垫\n2. 二单元门禁失灵\n二、9栋\n1. 地下室堆满杂物\n"
        "2. 楼前私家车停在人行道上\n请物业12月2日中午前整改"
    )
    assert sorted((r.category, r.building, r.unit) for r in parse(text)) == [
        ("公共区域堆物", "9", None),
        ("机动车乱停放", "9", None),
        ("楼道堆物", "5", "2"),
        ("设施损坏", "5", "2"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Henan 嘞 between words is 的; 晌午 is noon; 今儿 opens a time to act by
        ("桂香苑11号楼二单元门禁坏了 叫物业今儿晌午前弄好", ("设施损坏", "桂香苑", "11", "18 12:00")),
        (
            "桂香苑 那个 9号楼 门口 有人 把 旧马桶 瓷砖 扔那 一大堆 俺估计 是 装修 剩嘞",
            ("建筑垃圾", "桂香苑", "9", None),
        ),
        # a reference before a place (那个篮球场边上) or a unit (这个单元) shows where, no earlier problem
        ("桂香苑那个篮球场边上 有人遛狗不拴绳 狗满场跑 喊物业保安过来说说", ("不文明养犬", "桂香苑", None, None)),
    ],
)
def test_henan_talk_relayed_by_building_leads(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    deadline = report.deadline.strftime("%d %H:%M") if report.deadline else None
    assert (report.category, report.community, report.building, deadline) == expected


def test_this_unit_after_a_told_problem_is_where_the_next_one_is() -> None:
    text = "桂香苑11号楼二单元门禁坏了 门关不上 还有这个单元一楼楼梯口扔了好几袋子垃圾没人收 叫物业今儿晌午前弄好"
    assert sorted((r.category, r.unit) for r in parse(text)) == [("暴露垃圾", "2"), ("设施损坏", "2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "桂香苑 二十三号楼 六楼 老人 好几天 没见 出门了 敲门 也没人应 喊居委 跟 派出所 马上 来看看",
            ("其他", ("居委会", "派出所"), None),
        ),
        (
            "桂香苑南门那疙瘩 共享单车 电动车 堆成山了 让物业晚上八点前归置一下",
            ("非机动车乱停放", ("物业",), "18 20:00"),
        ),
        ("@物业 桂香苑3号楼后门那化粪池冒了 粪水漫了一地 今天上午能来抽不", ("环境脏乱", ("物业",), "18 12:00")),
        ("@保洁 王姐 桂香苑8号楼后头那条小路 路面上全是泥跟油污 下午扫扫吧", ("环境脏乱", ("保洁",), "18 17:00")),
        (
            "桂香苑七号楼一单元二楼 有户开了个家庭作坊压面条 机器一天响到晚 喊居委来管管",
            ("噪音扰民", ("居委会",), None),
        ),
    ],
)
def test_parties_joined_across_blanks_and_orders_said_casually(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    deadline = report.deadline.strftime("%d %H:%M") if report.deadline else None
    assert (report.category, tuple(sorted(report.responsible)), deadline) == expected


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("桂香苑 十四号楼单元门口那垃圾桶分类乱嘞很 可回收里头全是剩菜剩饭", ["垃圾分类不规范"]),
        ("桂香苑北门那垃圾房堆满了 好几天没拉", ["暴露垃圾"]),
        ("桂香苑那个十二幢后头小花园 叫人圈起来了 搭了个棚子", ["违法搭建"]),
    ],
)
def test_sorting_in_a_mess_a_full_bin_room_and_a_shed_behind_a_building(text: str, categories: list) -> None:
    reports = parse(text)
    assert [r.category for r in reports] == categories
    assert {r.community for r in reports} == {"桂香苑"}


@pytest.mark.parametrize(
    "text",
    [
        "请问这周的创城例会是周三还是周四？还有桂香苑14号楼那个井盖又松了，物业明天上午前再固定一下",
        "这个月底前要迎接省里复查，请大家对照清单再梳理一遍。刚看到桂香苑2号楼一楼楼道里停了两辆电瓶车在充电，请物业今天下班前清理",
    ],
)
def test_a_report_after_an_opening_question_or_notice(text: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.responsible) == ("桂香苑", ("物业",))


@pytest.mark.parametrize(
    "text",
    [
        "请问这周的创城例会是周三还是周四？还有桂香苑那边的事下次会上说",
        "这个月底前要迎接省里复查，请大家对照清单再梳理一遍。谢谢",
    ],
)
def test_an_opening_question_or_notice_alone_is_still_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("大半夜的不知道谁在楼底下放二踢脚，娃娃都吓醒了，桂香苑8号楼这儿，麻烦派出所来管管", "噪音扰民"),
        ("桂香苑7号楼5楼楼道里的暖气片被人拆走了一组，请物业周一上午10点前装回去", "设施损坏"),
        (
            "桂香苑5号楼2单元对门邻居家水管子冻裂了，水从门缝里往楼道里淌，人不在家，电话也打不通，请物业赶紧关总阀",
            "其他",
        ),
        ("一大早的楼下有人烧纸烧垃圾，烟呛得窗户都开不了，桂香苑9号楼后面", "其他"),
        ("桂香苑9号楼3单元顶楼有人在楼道里搭了个隔断当储藏室，还上了锁", "违法搭建"),
    ],
)
def test_winter_troubles_of_the_northwest(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_repair_promised_for_tomorrow_is_no_new_report() -> None:
    assert parse("桂香苑物业回复：路灯线路被冻裂，明天上午抢修。") == []


def test_when_someone_comes_home_from_work_is_no_deadline() -> None:
    (report,) = parse("桂香苑11号楼后面那条路路灯一排都不亮 晚上下班回来吓死人了 麻烦物业给弄一下")
    assert report.deadline is None


def test_buildings_listed_with_one_measure_word_each_have_the_problem() -> None:
    reports = parse("桂香苑 1、3、5号楼楼道内均有电动车充电，私拉电线从窗户吊下来。居委会、物业立即整改。")
    assert [(r.category, r.building) for r in reports] == [("飞线充电", "1"), ("飞线充电", "3"), ("飞线充电", "5")]


def test_a_list_items_number_before_its_building_is_no_building() -> None:
    reports = parse("桂香苑巡查发现：\n1、3号楼楼道堆放纸箱\n2、5号楼门口垃圾满溢\n请物业今天整改")
    assert sorted((r.category, r.building) for r in reports) == [("暴露垃圾", "5"), ("楼道堆物", "3")]


def test_headers_sorting_problems_by_kind_of_work_are_labels() -> None:
    text = "桂香苑\n楼道：2栋、7栋堆放纸箱\n绿化：11栋前毁绿种菜\n卫生：西门垃圾箱房满溢\n请物业周六前整改完毕"
    assert sorted((r.category, r.building, r.responsible) for r in parse(text)) == [
        ("暴露垃圾", None, ("物业",)),
        ("楼道堆物", "2", ("物业",)),
        ("楼道堆物", "7", ("物业",)),
        ("毁绿种菜", "11", ("物业",)),
    ]


@pytest.mark.parametrize(
    ("text", "community", "building"),
    [
        ("厦禾路866号大楼 楼梯间灭火器过期了，物业尽快更换", "厦禾路866号大楼", None),
        ("溪岸路17号楼道里堆满了废纸板，请居委会、物业周五前清理", "溪岸路17号", None),
        ("海晟名门广场上晚上跳舞的音响太大声了，请居委会跟跳舞队沟通一下", "海晟名门", None),
        ("东埔厝村口那段路积水很严重，污水从井盖里往外冒", "东埔厝", None),
        ("霞洲厝5号楼楼道堆了纸箱", "霞洲厝", "5"),
    ],
)
def test_a_road_numbers_building_a_stairwell_after_it_and_fujian_village_names(
    text: str, community: str, building: str | None
) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == (community, building)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("桂香苑北门 垃圾箱房污水外溢 请物业处理", "环境脏乱"),
        ("桂香苑门前 店家跨门摆放桌椅 请城管处理", "占道经营"),
        ("桂香苑3号楼旁宣传栏玻璃碎裂，居委会本周五前更换", "设施损坏"),
    ],
)
def test_sewage_overflowing_tables_set_out_and_cracked_glass(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_date_with_its_weekday_in_brackets_before_the_hour() -> None:
    (report,) = parse("桂香苑3号楼楼道堆放纸箱\n责任单位：物业\n完成时间：11月20日（周五）18:00前")
    assert report.deadline is not None and report.deadline.strftime("%m-%d %H:%M") == "11-20 18:00"


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("大观园那块儿那个桂香苑2号楼 楼底下商铺门口 卖衣服的把衣服架子都推到人行道上了 城管星期四来一趟", "桂香苑"),
        ("经二纬三那块儿的桂香苑 6号楼外墙上那个空调外机架子锈断了一根 随时要掉下来 房管办明天上午来看", "桂香苑"),
        ("东河区北梁这块的桂香苑小区路边一溜排全是卖炒瓜子的车子把路都占完了 请城管管一下", "桂香苑"),
    ],
)
def test_an_area_named_before_the_estate_in_it_is_no_estate_reported(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community is not None and report.community.removesuffix("小区") == community


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@保洁 桂香苑 2号楼后面那个垃圾池 垃圾堆老高了 当天清掉", "暴露垃圾"),
        ("@物业 桂香苑13号楼屋顶平台那个铁门锈掉了 谁都能上去 12月4日前焊上", "设施损坏"),
        ("桂香苑16号楼西边地下车库出口 那个挡车杆坏了 杆子耷拉着抬不起来 请物业3日内修好", "设施损坏"),
        ("@物业 桂香苑 5号楼东边的路灯黑了一个多礼拜了 尽快修修吧", "设施损坏"),
    ],
)
def test_a_bin_pit_piled_high_a_rusted_gate_a_barrier_arm_and_a_lamp_gone_dark(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_forwarded_notice_marked_zhuan_is_no_report() -> None:
    assert parse("【转】市城市管理局：即日起至12月31日在全市开展占道经营专项整治行动") == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("桂香苑有个垃圾房子满得都溢出来了 狗也在那翻腾的满地都是垃圾 请保洁赶紧来拉走", ["暴露垃圾"]),
        ("桂香苑6号楼二单元的单元门锁子坏掉了，晚上风吹得哐哐响，物业下礼拜一前修好", ["设施损坏"]),
        ("桂香苑3号楼楼道里几户人家把过冬的煤砖码得满满的，人都过不去了", ["楼道堆物"]),
        ("桂香苑8号楼门口那个下水井盖子不知道谁弄走了 黑乎乎的一个大洞 物业赶紧来弄一下", ["设施损坏"]),
        ("桂香苑5号楼楼前空地堆放大量废旧家具、废旧自行车，请物业清理", ["公共区域堆物"]),
        ("桂香苑12号楼的装修垃圾清了，但是装修噪音还是每天早上7点开始，请物业再去沟通一次", ["噪音扰民"]),
    ],
)
def test_what_a_second_northwestern_set_taught(text: str, categories: list) -> None:
    assert sorted(r.category for r in parse(text)) == categories


def test_a_plot_levelled_is_a_fix() -> None:
    assert parse("桂香苑15号楼的菜地下午已经平整了") == []


def test_an_order_to_clear_the_rubbish_said_with_le_is_no_fix() -> None:
    (report,) = parse("桂香苑3号楼门口垃圾堆成山了 叫物业今天把垃圾清了")
    assert (report.category, report.responsible) == ("暴露垃圾", ("物业",))


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("桂香苑5号楼楼道堆物，请物业下午4.30前清理完毕", "18 16:30"),
        ("请物业明天8.30前把桂香苑3号楼门口堆放的纸箱清走", "19 08:30"),
        ("桂香苑3号楼楼道堆放纸箱\n责任单位：物业\n整改时间：11月25日前", "25 23:59"),
        ("请城管明早8点到桂香苑3号楼门口处理流动摊贩", "19 08:00"),
        ("桂香苑3号楼门口垃圾满了 请保洁今天回来清掉", "18 23:59"),
    ],
)
def test_what_the_cold_review_found_of_times(text: str, deadline: str) -> None:
    (report,) = parse(text)
    assert report.deadline is not None and report.deadline.strftime("%d %H:%M") == deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("桂香苑5号楼门禁是上周刚换的，现在又刷不开了，请物业再修一下", [("设施损坏", ("物业",))]),
        ("保洁好几天没再来收垃圾，桂香苑5号楼门口垃圾堆满了", [("暴露垃圾", ())]),
        ("桂香苑5号楼门口井盖没了，要马上抢修", [("设施损坏", ())]),
        ("桂香苑5号楼门口井盖松动，归物业负责，请今天修好", [("设施损坏", ("物业",))]),
        ("桂香苑5号楼楼梯口被纸箱杂物封了，人都过不去", [("楼道堆物", ())]),
        ("桂香苑5号楼楼上漏水，跟楼上吵了好几次都没用，请居委会协调", [("其他", ("居委会",))]),
        ("桂香苑3号楼垃圾箱房满溢污水外溢，臭气熏天", [("暴露垃圾", ())]),
    ],
)
def test_what_the_cold_review_found_of_fixes_parties_and_kinds(text: str, expected: list) -> None:
    assert sorted((r.category, tuple(sorted(r.responsible))) for r in parse(text)) == expected


def test_headers_that_address_parties_are_no_labels() -> None:
    text = "桂香苑\n绿化：3号楼前草坪被踩秃了，请尽快补种\n保洁：5号楼门口垃圾满溢，请今天清理"
    asked = {r.category: set(r.responsible) for r in parse(text)}
    assert "绿化" in asked["毁绿种菜"] and "保洁" in asked["暴露垃圾"]


@pytest.mark.parametrize(
    ("text", "buildings"),
    [
        ("桂香苑巡查时间9:30，5号楼楼道堆物，请物业清理", ["5"]),
        ("桂香苑今天巡查了1、2、3号楼，3号楼楼道有堆物，请物业清理", ["3"]),
    ],
)
def test_numbers_across_a_comma_or_said_again_are_not_a_list_of_buildings(text: str, buildings: list) -> None:
    assert [r.building for r in parse(text)] == buildings


@pytest.mark.parametrize(
    "text", ["老李家最近天天在楼道里堆纸箱，请物业管管", "隔壁老王这几天一直在楼道里堆纸箱，请物业管管"]
)
def test_a_person_before_how_long_names_no_estate(text: str) -> None:
    assert [r.community for r in parse(text)] in ([], [None])


def test_a_notice_ending_with_an_exclamation_then_a_report() -> None:
    text = "明天迎检，请各小区做好准备！还有桂香苑5号楼楼道堆满纸箱，请物业今天清掉"
    assert [(r.category, r.responsible) for r in parse(text)] == [("楼道堆物", ("物业",))]


def test_a_heading_after_an_item_lends_it_nothing() -> None:
    text = (
        "桂香苑自查：\n一、5栋\n1. 楼道堆放纸箱\n3单元：\n2. 门口垃圾满溢\n二、9栋\n1. 地下室堆满杂物\n请物业今天整改"
    )
    assert ("楼道堆物", "5", None) in [(r.category, r.building, r.unit) for r in parse(text)]


def test_an_estate_of_an_estate_is_not_read_as_its_area() -> None:
    (report,) = parse("天一小区的阳光苑5号楼楼道堆放纸箱，请物业清理")
    assert report.community is not None


def test_a_party_label_said_in_a_sentence_assigns_the_parties_after_it() -> None:
    text = "以下为东街街道第47周问题，责任单位均为所在小区物业，请于下周一上午10点前整改：\n桂香苑6号楼楼道堆放纸箱"
    (report,) = parse(text)
    assert report.responsible == ("物业",)


def test_a_car_parked_across_the_pavement_is_parking_not_vending() -> None:
    assert [r.category for r in parse("桂香苑3号楼前人行道 私家车长期停放占道，请物业劝离")] == ["机动车乱停放"]


def test_a_party_bidden_with_a_doubled_verb_is_asked() -> None:
    (report,) = parse("桂香苑 小区里头宣传栏里那些文明宣传画都掉色了看不清 居委会换换")
    assert (report.category, report.responsible) == ("公益广告缺失", ("居委会",))


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("正弘山一期十号楼二单元十七楼 楼道里放了个大鞋柜 请物业礼拜一前处理", "正弘山"),
        ("晚上广场舞音响开老大 都九点半了还跳 能不能让她们小点声 七里河那个龙湖锦艺城 中心广场", "龙湖锦艺城"),
    ],
)
def test_a_brand_before_its_phase_and_an_estate_pointed_out_after_its_district(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("聚龙新村二十一栋6楼有住户将电动车推入屋充电，请物业上门劝导", ("聚龙新村", "21", None, "6")),
        ("海逸名门二座15楼有户人露台外挂空调架生锈，随时跌落，请物业通知业主整改", ("海逸名门", "2", None, "15")),
        ("金沙坊十七号三楼楼梯转角有人晒衣服，请居委提醒住户", ("金沙坊", "17", None, "3")),
    ],
)
def test_a_floor_after_a_building_in_chinese_numerals_is_no_part_of_the_name(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert fields(report)[1:] == place


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("额们纬二街小区九号楼四单元门口那个下水道返上来了污水流了一地臭得很物业今天下午四点前处理一下", "纬二街小区"),
        ("额是翠屏苑的就是那个十五号楼的门口垃圾桶厨余的可回收的都叫人拉走咧大家就全往一个桶里扔物业补上", "翠屏苑"),
        ("额是含光苑十二号楼的楼长给物业说一下额们楼三单元那个单元门的闭门器坏咧门一直开着", "含光苑"),
    ],
)
def test_shaanxi_e_is_i_and_no_part_of_the_name_after_it(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


def test_e_inside_a_word_stays_itself() -> None:
    assert Reader(language())("超额收费，金额不对") == "超额收费，金额不对"


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("龙首村十三号楼二单元楼道里有人给流浪猫喂食猫在楼道里拉屎尿尿味道大得很居委会协调一下", "龙首村"),
        ("渭滨新村二幢楼下那个宣传栏玻璃早都碎了里头贴的那个海报也泡烂咧居委会本周四前换一下", "渭滨新村"),
        ("烽火村那个大路上谁家的狗没拴绳子满村跑哩昨天把一个娃娃吓哭咧还追着电动车咬派出所管一下", "烽火村"),
        (
            "西稍门花园 居委 物业 今天早上巡查情况一 三号楼门口乱停电动车二 六号楼楼道堆放杂物 下周三前整改完成",
            "西稍门花园",
        ),
    ],
)
def test_what_ends_a_spoken_clause_or_numbers_a_list_is_no_name(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


def test_thanks_before_the_office_names_no_estate() -> None:
    parsed = shared_parser().analyse("音响已经关细咗，多谢居委。", SENT)
    assert parsed.reports == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("南岸雅筑地下室有人堆咗大量纸箱同旧单车，存在火灾隐患，请物业3天内清理。", "南岸雅筑"),
        ("沙溪新村旧祠堂前面空地有人每晚摆夜宵档，枱凳摆满空地，请城管处理。", "沙溪新村"),
        ("跃进里5号楼屋顶平台堆放大量废旧杂物，请物业下周三前清理。", "跃进里"),
    ],
)
def test_a_direction_word_opening_a_name_a_word_of_leaping_and_an_adjective_after_it(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


def test_under_a_shequ_header_the_last_estate_named_holds_for_what_names_none() -> None:
    reports = parse(
        "亲贤社区周末巡查：亲贤北小区东门外垃圾桶边堆放垃圾袋（桶边投放），4号楼垃圾桶未归位。请物业今天整改。"
    )
    assert {(r.community, r.building) for r in reports} == {("亲贤北小区", None), ("亲贤北小区", "4")}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "清姜花园九号楼前头那个公益广告牌子上的字都掉得差不多咧文明城市那几个字都看不清了物业3号前换个新的",
            "公益广告缺失",
        ),
        (
            "宝光居民区十五号楼门口那排共享单车倒得横七竖八的还有那个外卖的电动车也在那乱停保洁跟物业摆整齐",
            "非机动车乱停放",
        ),
        ("土门里十二号楼一单元三楼三零二的那家装修一天到晚电钻砸墙额家老人受不了物业管一下", "噪音扰民"),
    ],
)
def test_a_reference_that_describes_in_a_spoken_report_points_at_nothing_discussed(text: str, category: str) -> None:
    assert [report.category for report in parse(text)] == [category]


def test_a_reference_opening_a_follow_up_still_points() -> None:
    assert parse("那个违建怎么样了，清姜花园九号楼前头的") == []


def test_a_call_for_attention_opening_a_spoken_report_is_no_notice() -> None:
    text = "各位注意一下枣园花园小区东门外那个消防通道现在叫人摆了好几个摊子卖烤红薯的城管跟物业马上清理"
    assert [report.category for report in parse(text)] == ["消防通道占用"]


def test_a_call_for_attention_opening_a_notice_stays_one() -> None:
    assert parse("各位注意一下，明天测评组到枣园花园，如发现楼道堆物请拍照发群里") == []


def test_in_a_long_run_on_a_combos_words_must_stand_near_one_another() -> None:
    text = (
        "东岭小区那个二十二号楼东边那个路灯杆子歪咧快倒咧然后那个路面也塌了一个坑电动车过去都颠得很"
        "物业今天下午三点前拉个警戒线后面再修"
    )
    assert {report.category for report in parse(text)} == {"设施损坏"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("怡乐里15号二楼住户养咗只狗日日吠通宵，邻居瞓唔到，请居委协调", "不文明养犬"),
        ("聚龙新村市场侧门嗰度有人车尾箱卖水果，每日朝早都喺度，请城管跟进。", "占道经营"),
        ("聚龙新村7栋楼道有人用纸皮同发泡胶铺满梯间做杂物间，请物业同居委下周一前清。", "楼道堆物"),
        ("凤池新村16幢旁边有个铁皮档口私自搭出嚟做仓库，请城管处理。", "违法搭建"),
        ("恒福花园7号楼3单元天台门锁坏咗，经常有细路上去玩，请物业尽快整改。", "设施损坏"),
        ("韩森寨小区二号楼楼前那个健身器材的单杠也断咧物业赶紧处理", "设施损坏"),
    ],
)
def test_words_of_cantonese_and_shaanxi_speech(text: str, category: str) -> None:
    assert [report.category for report in parse(text)] == [category]


def test_in_a_run_on_a_time_before_anyone_is_asked_is_no_deadline() -> None:
    text = (
        "额早上下楼遛弯看见含光苑八号楼那个单元门口一个狗拉的屎也没人收拾然后旁边那个路灯也不亮好几天咧"
        "物业你们嫑光收钱不干活这两个事赶紧弄一下"
    )
    assert {report.deadline for report in parse(text)} == {None}


def test_in_a_run_on_a_time_after_the_party_is_the_deadline() -> None:
    text = "含光苑八号楼那个单元门口一个狗拉的屎也没人收拾然后旁边那个路灯也不亮好几天咧黑咕隆咚的物业明天上午弄一下"
    assert {report.deadline for report in parse(text)} == {at("2026-11-19 12:00")}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("石鼓苑五号楼一单元有住户养的狗天天在楼道里拉屎也不收拾物业下周一上午十点前跟狗主人沟通处理", {"物业"}),
        (
            "十里铺小区二号楼后头那个垃圾箱房边上有人把垃圾袋子直接扔到桶外头厨余的跟其他垃圾全混到一块"
            "保洁师傅跟居委会说一下嘛让大家分类扔",
            {"保洁", "居委会"},
        ),
        ("额是含光苑十二号楼的楼长给物业说一下额们楼三单元那个单元门的闭门器坏咧门一直开着", {"物业"}),
    ],
)
def test_a_party_told_by_when_then_what_by_its_title_or_to_tell_someone(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


def test_what_a_party_said_is_still_no_request() -> None:
    (report,) = parse("石鼓苑五号楼楼道灯不亮好几天了，物业说没有配件，请房办协调")
    assert report.responsible == ("房办",)


def test_a_building_the_speaker_takes_back_is_replaced_by_the_next() -> None:
    text = "额们经二路小区六号楼不对不对是九号楼九号楼二单元五楼楼道那个灯坏咧晚上黑得啥都看不见物业麻烦明天派个电工来"
    (report,) = parse(text)
    assert fields(report)[2:] == ("9", "2", "5")


def test_an_old_problem_back_with_a_request_is_a_report() -> None:
    assert [r.category for r in parse("平安东小区的菜地是老问题了，又种上了，请物业再清一次")] == ["毁绿种菜"]


def test_buildings_numbered_by_zuo_and_joined_by_tong_are_each_a_place() -> None:
    reports = parse("锦荔花园2座同7座楼道都有人堆放鞋柜杂物，请物业下午3点前通知住户清理。")
    assert sorted(r.building for r in reports) == ["2", "7"]


def test_a_run_on_splits_at_then_and_its_closing_request_is_for_every_problem() -> None:
    text = (
        "蟠龙苑C座电梯厅里有人把婴儿车还有几个大纸箱子堆那儿电梯门口都挤得过不去"
        "然后电梯里头也叫人贴满了小广告保洁跟物业明天中午前弄干净"
    )
    reports = parse(text)
    assert {r.category for r in reports} == {"楼道堆物", "乱张贴涂写"}
    assert {(r.responsible, r.deadline) for r in reports} == {(("保洁", "物业"), at("2026-11-19 12:00"))}


def test_in_a_run_on_the_party_spoken_to_first_and_the_closing_time_hold_for_all() -> None:
    text = (
        "红光新村的物业你们听着十一号楼三单元门口那个单元门门禁坏咧门关不上谁都能进来"
        "然后一楼楼道里还有人把电动车推进去在那充电哩今天下午五点前必须弄好"
    )
    reports = parse(text)
    assert {r.category for r in reports} == {"设施损坏", "飞线充电"}
    assert {(r.responsible, r.deadline) for r in reports} == {(("物业",), at("2026-11-18 17:00"))}


def test_a_terse_note_closing_with_a_party_and_a_time_asks_it_of_every_item() -> None:
    reports = parse("福寿里 2号 4号 楼道 旧家具 / 6号 门口 共享单车 乱停 @物业 下午前")
    assert {(r.building, r.responsible, r.deadline) for r in reports} == {
        ("2", ("物业",), at("2026-11-18 17:00")),
        ("4", ("物业",), at("2026-11-18 17:00")),
        ("6", ("物业",), at("2026-11-18 17:00")),
    }


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("龙首村村口公厕旁边的垃圾桶全满咧垃圾都倒地上咧狗在那刨得满地都是保洁礼拜二之前给弄利索", "暴露垃圾"),
        ("红光新村二十号楼后面的那个围墙倒了一截砖头散了一地碎娃在那爬危险得很房办跟物业今天就得拉个围挡", "设施损坏"),
        ("十里铺小区七号楼底下有个修车铺把电动车摩托车全摆到门外头修物业今天下班前处理", "占道经营"),
    ],
)
def test_a_dog_digging_a_fallen_wall_and_a_repair_shop_outside_its_door(text: str, category: str) -> None:
    assert [report.category for report in parse(text)] == [category]


def test_a_street_office_after_an_amount_is_a_party_asked() -> None:
    (report,) = parse("枣园花园D栋楼下有人在绿化带里头种了一排辣子还把冬青挖了好几棵街道绿化今天下班前跟住户沟通恢复")
    assert set(report.responsible) == {"街道", "绿化"}


def test_a_vendors_vehicle_in_the_clause_of_its_stall_is_the_stall() -> None:
    text = "金台观小区这两天有个人开个三轮车在小区里头转着卖菜还把车停到四号楼门口摆摊卖物业你们嫑让他进来"
    assert [report.category for report in parse(text)] == ["占道经营"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("【梁溪区崇宁街道·清名坊】\n1、3号楼2单元楼道灯不亮；\n请物业明日下班前整改。", ("清名坊", "3", "2", None)),
        ("北门桥路56弄12号外墙上被人用红漆乱涂乱画，请居委会两天内清洗。", ("北门桥路56弄", "12", None, None)),
        ("石板巷12号3幢楼道里有人拉线给电动车充电，请居委上门提醒。", ("石板巷12号", "3", None, None)),
    ],
)
def test_an_estate_after_its_street_office_a_road_named_for_a_gate_and_a_lanes_compound(
    text: str, place: tuple
) -> None:
    (report,) = parse(text)
    assert fields(report)[1:] == place


def test_a_pasted_table_of_tabs_reads_each_row() -> None:
    text = (
        "崇宁街道交办单\n序号\t小区\t楼栋\t问题\t责任单位\t时限\n"
        "1\t惠山里\t2栋\t楼前空地私自搭建阳光房\t城管、房办\t12月15日\n"
        "2\t清名坊\t\t垃圾分类桶未按时归位\t保洁\t当天\n"
        "3\t清名坊\t6号楼\t小区主干道共享单车堆积\t物业\t当天"
    )
    assert {(r.category, r.community, r.responsible) for r in parse(text)} == {
        ("违法搭建", "惠山里", ("城管", "房办")),
        ("垃圾分类不规范", "清名坊", ("保洁",)),
        ("非机动车乱停放", "清名坊", ("物业",)),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("云锦里8幢楼下那家烧烤店晚上营业到凌晨，客人喝酒喧哗，请派出所处理", ("噪音扰民", ("派出所",))),
        ("茶亭东苑4栋扶手还是没装，居民天天打12345，请房办1月5日前必须装好。", ("设施损坏", ("房办",))),
        ("蠡湖花园12幢附近有人从楼上往下扔酒瓶，请派出所抓紧调查，物业调取监控。", ("高空抛物", ("派出所", "物业"))),
        (
            "督办单\n被督办单位：泗水坊居委会、物业\n事项：泗水坊15号楼群租问题仍未整改，隔断未拆除。\n要求：请于12月22日前拆除。",
            ("群租", ("居委会", "物业")),
        ),
    ],
)
def test_words_of_nanjing_and_suzhou_forms(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, tuple(sorted(report.responsible))) == (expected[0], tuple(sorted(expected[1])))


@pytest.mark.parametrize(
    "text",
    [
        "涧河新村二十五号楼楼道里有个电表箱门掉了，里头线露着，小孩摸着可危险，房办跟物业谁管？赶紧来个人",
        "龙门苑小区14号楼有人把电动车推上电梯，停在自家门口楼道里充电，物业周日在不在班？今天就得处理。",
    ],
)
def test_a_demand_naming_no_party_overrides_a_question(text: str) -> None:
    assert len(parse(text)) == 1


def test_the_question_alone_without_the_demand_is_no_report() -> None:
    assert parse("龙门苑小区14号楼有人把电动车推上电梯，停在自家门口楼道里充电，物业周日在不在班？") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今儿个清早巡查，沙颍苑北门外头一溜儿小轿车都停在人行道上，请城管来贴条。", ("机动车乱停放", None)),
        ("丽景半山小区19号楼6楼 电井里塞满了纸箱子，请物业今天收拾掉。", ("楼道堆物", "丽景半山小区")),
        ("税务局家属楼1号楼2楼有户人家好几天木见人了，请居委会上门看看。", ("其他", "税务局家属楼")),
        ("豫北苑11号楼北侧墙上有人用粉笔写写画画，请物业两日内清理。", ("乱张贴涂写", "豫北苑")),
        (
            "玻璃厂家属院9号楼门前嘞消火栓让人拿三轮车堵住了，上面还堆了一堆纸箱，请物业马上挪开。",
            ("消防设施缺失", "玻璃厂家属院"),
        ),
    ],
)
def test_words_of_henan_speech(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.deadline if expected[0] == "机动车乱停放" else report.community) == expected


def test_asked_whether_a_party_did_it_is_no_order() -> None:
    assert parse("城北三区那个煤棚子城管今天拆了没有？") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("塞上明珠B座地下车库入口那块积水结成冰了，车进出打滑，物业撒点融雪剂", ("物业",)),
        ("燕儿窝片区27号楼二单元门口那一溜子冰溜子挂在雨棚上，进出的人都要从下面过，物业下午4点前敲掉", ("物业",)),
    ],
)
def test_acts_of_a_northwest_winter(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


def test_a_filler_of_speech_before_a_name_is_no_part_of_it() -> None:
    (report,) = parse("那个啥南梁新村18号楼下面那个烤肉店又把炉子摆到人行道上了，城管去看一哈")
    assert report.community == "南梁新村"


def test_each_party_takes_the_problem_its_work_names() -> None:
    reports = parse("石化三区17栋楼下的垃圾房门坏了关不上，垃圾被野狗扒得满地都是，保洁清一下，物业把门修好")
    assert {(r.category, r.responsible) for r in reports} == {("设施损坏", ("物业",)), ("暴露垃圾", ("保洁",))}


def test_a_cover_short_of_a_piece_is_broken_and_items_numbered_by_yi_shi_take_their_parties() -> None:
    text = (
        "卫河新村：一是5号楼西山墙贴满了小广告；二是九号楼跟前井盖缺了一块，晚上走路容易崴脚；三是小区南门口水果摊占道。"
        "请物业负责一、二项，城管负责第三项，后天前完成。"
    )
    assert {(r.category, r.responsible) for r in parse(text)} == {
        ("乱张贴涂写", ("物业",)),
        ("设施损坏", ("物业",)),
        ("占道经营", ("城管",)),
    }


def test_a_reminder_heading_a_placed_report_is_no_notice() -> None:
    text = "平安夜前再提醒：鹤鸣苑12幢1单元门口有居民把燃气罐和旧纸箱堆在楼道里，请物业今天16点前清走。"
    assert [r.category for r in parse(text)] == ["楼道堆物"]


def test_a_kindly_reminder_to_residents_stays_a_notice() -> None:
    assert parse("温馨提醒：请各位居民不要在楼道堆放杂物，如发现请及时清理。") == []


def test_a_forms_own_number_is_no_building() -> None:
    text = (
        "督办单（第12号）\n被督办单位：泗水坊居委会、物业\n事项：泗水坊15号楼群租问题仍未整改。\n要求：请22日前整改。"
    )
    (report,) = parse(text)
    assert report.building == "15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "锦绣花园3栋楼道有杂物请物业清理 5栋有人飞线充电 7栋门口垃圾满了",
            {("楼道堆物", ("物业",)), ("飞线充电", ()), ("暴露垃圾", ())},
        ),
        (
            "1. 3号楼楼道堆物，物业清理；2. 5号楼飞线充电；3. 东门垃圾满溢，请尽快处理",
            {("楼道堆物", ("物业",)), ("飞线充电", ()), ("暴露垃圾", ())},
        ),
        ("幸福小区东门那个路灯然后晚上一直都不亮物业来修一下", {("设施损坏", ("物业",))}),
        ("东门那个垃圾房物业已经清理过了然后今天早上又堆满了请保洁再清一次", {("暴露垃圾", ("保洁",))}),
        (
            "幸福小区5号楼门口有辆白色小轿车从上个礼拜一开始到今天为止已经整整一个多礼拜都一直在人行道上停着没人管",
            {("机动车乱停放", ())},
        ),
        ("额那个物业能不能来看一下3号楼楼道堆的东西都堆了一个礼拜了", {("楼道堆物", ("物业",))}),
    ],
)
def test_what_a_cold_review_of_the_run_on_rules_found(text: str, expected: set) -> None:
    """A party asked of its own item keeps to it; 然后 inside a short sentence splits nothing; a long typed
    sentence of one problem keeps its combo; a filler 额 before 那个 stays a filler."""
    assert {(r.category, r.responsible) for r in parse(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "5号楼门口的违建已经跟城管说了，马上来拆",
        "东门垃圾房满溢的问题已反馈物业，回复：马上安排清运",
        "物业你们上次不是说马上处理吗3号楼门口的路灯到现在还是不亮",
    ],
)
def test_a_promise_passed_on_or_quoted_is_no_demand(text: str) -> None:
    assert parse(text) == []


def test_a_day_said_before_the_party_in_a_run_on_is_still_the_deadline() -> None:
    text = "明天3号楼2单元楼道里堆的那些纸箱子和旧沙发还有好几辆自行车物业都给清理掉不然区里检查要扣分的"
    assert {r.deadline for r in parse(text)} == {at("2026-11-19 23:59")}


def test_a_floor_after_a_lanes_house_number_is_a_floor() -> None:
    (report,) = parse("青砖巷18号3楼楼道堆了很多纸箱，请居委处理")
    assert fields(report)[1:] == ("青砖巷", "18", None, "3")


def test_a_date_before_sunset_is_no_every_day() -> None:
    assert Reader(language())("请物业于11月20日日落前清理") == "请物业于11月20日日落前清理"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("向荣里的物业啊你们那个七号楼底下有人把大衣柜床板子扔那了挡在那个消防通道上了明天十点以前给挪走啊", ("物业",)),
        ("燕山小区那个保洁啊你们七楼后边那一溜儿那个卫生死角啊好几个月没扫了全是烂树叶子明天全给清出来", ("保洁",)),
    ],
)
def test_a_party_called_at_the_opening_and_then_told_by_when_is_asked(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


@pytest.mark.parametrize(
    "text",
    [
        "永和园一号楼那个一单元那个楼道里头全是小广告贴的通下水开锁的满墙都是居委这个礼拜六前给弄干净",
        "兴隆里那个就是那个大门口的门卫室边上那个自行车乱七八糟的全倒了一片快把门都堵了物业叫人摆一摆中午之前",
        "唐丰花园十一号楼那个六楼窗户外头挂了个铁架子上头摆了一溜花盆架子都快掉了物业上门跟业主说一下吧两天内整改",
        "海光公寓那个C座后边那个绿化带里头全是垃圾矿泉水瓶子外卖盒子的一堆一堆的保洁给捡一捡",
    ],
)
def test_a_reference_as_a_tianjin_speakers_filler_points_at_nothing(text: str) -> None:
    assert parse(text) != []


def test_a_reference_opening_a_follow_up_about_a_building_still_points() -> None:
    assert parse("那个3号楼的纸箱还堆着呢") == []


@pytest.mark.parametrize(
    "text",
    [
        "钢苑小区27栋那个3单元二楼那个楼道里头啊有人扯着根线从屋里拉到楼道给电动车充电物业今天中午之前给处理了",
        "开滦东苑C座楼下面那块绿地啊有人给刨了种上蒜苗了业委会你们不是说要管吗管管啊",
        "三槐新村那个五号楼那个门口让人焊了一个铁栅栏把公共的那块地方圈起来当自个儿家院子了这不是违建吗房办给查查",
    ],
)
def test_northern_biddings_are_requests(text: str) -> None:
    """给处理了 after a time to act by is an order, not a fix; 管管啊 closing a challenge bids; 这不是违建吗 asks
    whether it is one (it is); 房办给查查 is bidden."""
    assert len(parse(text)) == 1


def test_a_fix_said_with_gei_is_still_a_fix() -> None:
    assert parse("钢苑小区27栋楼道里的飞线物业已经给处理了") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("福荣里那个十号楼四单元的那个单元门啊门弹簧坏了关不上物业下午之前来修", ("福荣里", "10", ("物业",))),
        (
            "唐山这边儿陶瓷新村十五楼楼后头有人私自接了一根电线给电动三轮充电物业居委都过来瞅瞅吧",
            ("陶瓷新村", "15", ("居委会", "物业")),
        ),
        (
            "翠屏里那个物业我跟你说啊十号楼前头那个草坪上让人给停了辆面包车今儿下班前让车主挪走",
            ("翠屏里", "10", ("物业",)),
        ),
        ("锦河花园十号楼那个二十二层那块儿不对是二十一层有户人家往楼下扔东西物业给查查", ("锦河花园", "10", ("物业",))),
    ],
)
def test_tianjin_speech_names_parties_and_a_slip_taken_back(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, tuple(sorted(report.responsible))) == expected


def test_then_before_a_gate_opens_no_name() -> None:
    text = "机车新村三号楼底下那个饭馆儿油烟管子直接冲着楼道窗户排呛得慌然后门口那个下水道往外冒脏水物业管管吧"
    assert {r.community for r in parse(text)} == {"机车新村"}


def test_a_floor_taken_back_after_a_word_is_replaced() -> None:
    (report,) = parse("锦河花园十号楼那个二十二层那块儿不对是二十一层有户人家往楼下扔东西物业给查查")
    assert report.floor == "21"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7号楼楼道堆物节前清理了，现在干净了", set()),
        ("3号楼楼道里的纸箱子三天前清理了，现在没有了", set()),
        ("5楼的灯不对劲，晚上一闪一闪的，物业来看看", {("设施损坏", "5")}),
        ("5号楼垃圾分错了好几次了，桶边全是，物业管管", {("垃圾分类不规范", "5")}),
        ("那个物业乱停车的事还没解决", set()),
    ],
)
def test_what_a_second_cold_review_of_the_round_found(text: str, expected: set) -> None:
    """A fix said after a time (节前清理了) stays a fix; 不对劲 and 分错了 take back no building; a matter under
    discussion is pointed at whoever names it."""
    assert {(r.category, r.building) for r in parse(text)} == expected


def test_xiang_before_an_estate_in_narration_is_no_part_of_its_name() -> None:
    (report,) = parse("向金桂苑住户了解到，3栋有人群租，请房办核实")
    assert report.community == "金桂苑"


def test_ganku_urges_a_party_spoken_to() -> None:
    text = "金台观小区三号楼四楼有一户这两天一直往外冒烟还有一股子烧焦的味道敲门也没人开物业跟派出所赶快过来看看"
    (report,) = parse(text)
    assert (report.category, set(report.responsible)) == ("其他", {"物业", "派出所"})


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("物业的 丹桂苑九栋楼道里头有人放了个旧冰箱 明天中午之前搬走", {"物业"}),
        ("城管中队的 石榴湾北门外头有人推车子卖甘蔗 今天之内处理", {"城管"}),
        ("那个青枫里的物业 你们八栋门口的路灯坏了好几天了 后天之前修好", {"物业"}),
        ("绿溪花园物管注意哈 十二栋的楼道里头堆了好多纸壳子 周五之前清理", {"物业"}),
        ("保洁的同志 竹影坊三栋旁边的草坪上好多垃圾 下午之内打扫干净", {"保洁"}),
    ],
)
def test_a_party_called_in_a_clause_of_its_own_is_asked_by_the_order_after(text: str, parties: set) -> None:
    reports = parse(text)
    assert reports and all(set(r.responsible) == parties for r in reports)
    assert all(r.deadline is not None for r in reports)


def test_the_partys_own_thing_is_no_call() -> None:
    (report,) = parse("物业的车停在桂园新村消防通道上好几天了，请城管处理")
    assert (report.category, report.responsible) == ("消防通道占用", ("城管",))


def test_a_party_called_and_told_of_work_done_asks_nothing() -> None:
    assert parse("物业的 竹影坊三栋旁边的垃圾 上午已经打扫干净了") == []


def test_lots_of_garbage_on_a_road_is_exposed_garbage() -> None:
    (report,) = parse("金桥苑5栋后面那条路上好多垃圾，请保洁清一下")
    assert report.category == "暴露垃圾"


def test_a_part_of_the_day_with_zhinei_is_a_deadline() -> None:
    (report,) = parse("保洁 金桥苑5栋门口垃圾满了 上午之内清走")
    assert (report.responsible, report.deadline) == (("保洁",), at("2026-11-18 12:00"))


@pytest.mark.parametrize(
    "text",
    [
        "今天走了两个小区 一 松涛里五栋楼道堆了旧沙发 二 梅岭新村北门的路灯坏了 请各小区物业周五之前整改",
        "松涛里居委物业你们注意一下 一个是五栋楼道堆了旧沙发 还有一个是小区北门的路灯坏了 周五之前整改完",
    ],
)
def test_a_list_said_in_one_breath_overrides_a_notices_words(text: str) -> None:
    reports = parse(text)
    assert {r.category for r in reports} == {"楼道堆物", "设施损坏"}
    assert all("物业" in r.responsible and r.deadline == at("2026-11-20 23:59") for r in reports)


def test_an_item_opened_by_a_spoken_ordinal_keeps_no_building_of_the_one_before() -> None:
    reports = parse("松涛里物业 一个是五栋楼道堆了旧沙发 还有一个是小区北门的路灯坏了 周五之前整改完")
    assert {(r.category, r.building) for r in reports} == {("楼道堆物", "5"), ("设施损坏", None)}


def test_a_notice_with_numbered_words_but_no_problems_stays_a_notice() -> None:
    assert parse("各位注意一下 一个是明天检查组要来 二是请各小区物业提前自查楼道堆物") == []


def test_a_hum_before_a_filler_opens_speech_and_answers_nobody() -> None:
    (report,) = parse("嗯 那个 枫林苑七栋 顶楼有户人家在过道上搭了个棚棚 房办麻烦下周一之前来看一下")
    assert (report.category, report.community, report.building) == ("违法搭建", "枫林苑", "7")


@pytest.mark.parametrize("text", ["嗯 好的 收到", "嗯 那个枫林苑七栋楼道的纸壳子已经清走了"])
def test_a_hum_that_answers_or_tells_of_a_fix_reports_nothing(text: str) -> None:
    assert parse(text) == []


def test_a_building_taken_back_across_a_blank_is_replaced() -> None:
    (report,) = parse("枫林苑十二栋 不对不对 是十五栋 楼道里头有人放了个旧冰箱 物业明天清走")
    assert report.building == "15"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("枫林苑五栋屋顶平台上有人搭了个棚子 物管的和房办的20号之前处理", {"物业", "房办"}),
        ("枫林苑五栋屋顶平台上有人搭了个棚子 房办的麻烦20号之前来看一下", {"房办"}),
        ("枫林苑五栋地下室被人堆了好多旧家具 物业本周五之前", {"物业"}),
    ],
)
def test_parties_called_by_their_people_or_given_only_a_time_are_asked(text: str, parties: set) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties and report.deadline == at("2026-11-20 23:59")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("第二个 银杏湾门口有人摆摊卖衣服 城管的来看一下", "银杏湾"),
        ("第一个银杏湾五栋楼道里堆了好多纸箱 喊物业清一下", "银杏湾"),
        ("嗯嗯 松风里 四号楼后头有人把被子晾在树子上 居委会去说一下", "松风里"),
        ("哎呀 那个芳草苑的七栋楼道头 有人把煤气罐放在过道里头 物管的赶紧去处理", "芳草苑"),
        ("青松坊外面人行道上有人卖菜 一直摆到小区门口了 请城管处理", "青松坊"),
        ("那个 石桥片区建设路45号院 院坝里头有人私自圈了块绿地种菜 居委会去处理", "建设路45号院"),
        ("我是锦江苑片区的网格员 锦江苑三期八栋屋顶上有人搭了个鸽子棚 请房办周五之前处理", "锦江苑"),
    ],
)
def test_words_of_speech_and_areas_around_a_name_are_no_part_of_it(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "一是枫林苑三栋楼道堆放杂物 物业负责 二是枫林苑门口流动摊贩 城管负责 以上问题请在20号前整改完毕",
        "第一个枫林苑三栋楼道里堆了好多纸箱 喊物业清一下 第二个枫林苑门口有人摆摊 城管的来看一下 都在周五之前搞定",
    ],
)
def test_a_closing_said_of_every_item_reaches_them_all_in_one_breath(text: str) -> None:
    reports = parse(text)
    assert {(r.category, r.responsible) for r in reports} == {("楼道堆物", ("物业",)), ("占道经营", ("城管",))}
    assert {r.deadline for r in reports} == {at("2026-11-20 23:59")}


def test_a_party_helping_another_party_asks_both() -> None:
    (report,) = parse("枫林苑九栋一单元有户人家好像是群租 派出所配合居委会去核实")
    assert set(report.responsible) == {"派出所", "居委会"}


def test_the_speaker_helping_a_party_asks_nobody() -> None:
    (report,) = parse("枫林苑九栋一单元有户人家好像是群租 我们配合居委会去核实了")
    assert report.responsible == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "嗯 松风里那边有群众反映 就是八号楼一楼那个麻将馆 每天晚上打到两三点 吵得很 派出所两天之内去看一下",
            ("噪音扰民", "8"),
        ),
        ("嗯 我在春晖苑 楼上的空调外机架子锈烂了 感觉要掉下来 就是十二栋一单元 物业立即处理", ("高空抛物", "12")),
    ],
)
def test_a_hum_before_a_report_of_its_own_at_an_estate_is_no_answer(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.building) == expected and report.responsible


def test_a_hum_then_an_acknowledgement_is_still_an_answer() -> None:
    assert parse("嗯 好的 我让物业今天把3栋楼道的纸箱清走") == []


def test_a_partys_people_helping_are_asked() -> None:
    (report,) = parse("清溪苑小区门口有人摆起卖水果 都是流动摊贩 城管中队的帮忙清理下")
    assert report.responsible == ("城管",)


def test_days_zhinei_after_a_party_is_an_order() -> None:
    (report,) = parse("松风里十号楼一楼那个麻将馆 吵得很 派出所和居委会两天之内去看一下")
    assert set(report.responsible) == {"派出所", "居委会"} and report.deadline == at("2026-11-20 23:59")


def test_an_estate_taken_back_is_no_place() -> None:
    (report,) = parse("梧桐苑 不对 是梧桐雅苑二十一栋门口 有人养了条大狗没拴 见人就叫 物业周五之前处理好")
    assert (report.community, report.building) == ("梧桐雅苑", "21")


def test_a_follow_up_asking_how_the_work_went_and_why_is_no_report() -> None:
    assert parse("督办一下 梧桐苑门口的污水处理得怎么样了 请物业说明一下原因") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "梧桐苑3栋门口消防通道被两个私家车堵起了 然后东门那边绿化带里头乱停了一堆电瓶车 物管马上处理一哈",
            {("消防通道占用", "3"), ("非机动车乱停放", None)},
        ),
        ("梧桐苑3栋门口电瓶车停了一排 然后把消防通道堵死了 物管马上处理一哈", {("消防通道占用", "3")}),
    ],
)
def test_then_opens_another_problem_unless_it_tells_what_the_first_did(text: str, expected: set) -> None:
    assert {(r.category, r.building) for r in parse(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("按照新规 电瓶车不能进楼 锦华苑3栋还是有人推上楼充电 请物业劝导", {("飞线充电", "锦华苑", "3")}),
        ("文明养犬新规下个月起施行 锦华苑还是有人遛狗不牵绳 居委会宣传一下", {("不文明养犬", "锦华苑", None)}),
        ("很多居民反映垃圾分类搞不懂 居委会下周组织一次宣传", set()),
        ("锦华苑3栋楼道好多塑料袋装的杂物 物业清理", {("楼道堆物", "锦华苑", "3")}),
        ("阳光花园不对外开放的那个侧门被电动车堵了 那是消防通道 物业处理一下", {("消防通道占用", "阳光花园", None)}),
        ("桂花苑 不对 是3栋不是5栋 楼道灯坏了 物业修", {("设施损坏", "桂花苑", "3")}),
        ("嗯 收到 另外桂园小区4栋门口的井盖松了 请物业看一下", {("设施损坏", "桂园小区", "4")}),
        ("锦华苑5栋门口垃圾满了 然后垃圾桶也坏了 物业处理", {("暴露垃圾", "锦华苑", "5"), ("设施损坏", "锦华苑", "5")}),
        ("锦华苑3栋楼道堆了好多纸箱 然后消防通道也被堵了 物业处理", {("消防通道占用", "锦华苑", "3")}),
        ("锦华苑门口车乱停 然后消防车都进不来了 城管处理", {("消防通道占用", "锦华苑", None)}),
        (
            "锦华苑5栋有人从楼上扔垃圾 楼下垃圾箱房也满了好几天没人清 物业处理",
            {("高空抛物", "锦华苑", "5"), ("暴露垃圾", "锦华苑", "5")},
        ),
    ],
)
def test_what_a_cold_review_of_the_voice_round_found(text: str, expected: set) -> None:
    assert {(r.category, r.community, r.building) for r in parse(text)} == expected


def test_a_part_of_the_day_telling_of_the_problem_is_no_deadline() -> None:
    (report,) = parse("锦华苑5栋一上午之内电钻响个不停 物业管一下")
    assert report.deadline is None


def test_a_place_shared_by_the_items_is_no_closing_for_all() -> None:
    reports = parse("锦华苑3栋楼道堆物 5栋楼道有人飞线充电 都在二单元 请物业处理")
    assert ("5", "2") in {(r.building, r.unit) for r in reports}  # the rules would give both unit 2; neither drops it


def test_an_estates_office_signing_its_round_is_no_party_called() -> None:
    reports = parse("锦华苑居委会 今天巡查发现3栋楼道堆物 5栋飞线充电")
    assert reports and all(r.responsible == () for r in reports)


def test_a_name_then_words_of_speech_then_its_building() -> None:
    (report,) = parse("恁好 那个银河新居 呃 十号楼三单元有户人家 隔成了七八个小间往外租 房办去核查一下")
    assert (report.community, report.building, report.unit) == ("银河新居", "10", "3")


def test_a_party_given_a_long_time_at_the_end_is_asked() -> None:
    (report,) = parse("贵和苑九号楼二单元六楼有户养了个大狗 天天晚上叫 居委会 派出所下礼拜二前")
    assert set(report.responsible) == {"居委会", "派出所"} and report.deadline == at("2026-11-24 23:59")


def test_a_party_leading_another_asks_both() -> None:
    (report,) = parse("明湖苑九号楼西边空地上堆了一堆砖头水泥 请居委会牵头物业配合 本周五前整改完")
    assert set(report.responsible) == {"居委会", "物业"}


def test_the_office_the_speaker_belongs_to_is_not_asked() -> None:
    (report,) = parse("俺是业委会的 反映个事 盛世花园七号楼前那个绿地 开发商圈起来建了个板房 请街道 城管下周五前拆除")
    assert set(report.responsible) == {"街道", "城管"}


def test_a_hum_before_a_spoken_list_is_no_answer() -> None:
    reports = parse(
        "嗯 第一 金桂苑南门外头人行道上停了四五辆私家车 第二 南门东边那个井盖缺了一角 物业今天之内都给整改到位"
    )
    assert {r.category for r in reports} == {"机动车乱停放", "设施损坏"}
    assert all(r.responsible == ("物业",) for r in reports)


@pytest.mark.parametrize(
    "text",
    [
        "嗯俺早上在这个市中那个七贤 玉函小区看了一下 十四号楼楼下有辆车停在盲道上人行道上 物业 居委会下礼拜三前",
        "哎俺说一下 就是四方那个 嗯 嘉定新村二十号楼楼下停了一辆报废的面包车 停在人行道上好几个月了 城管五号前拖走",
    ],
)
def test_references_that_locate_the_speaker_point_at_nothing(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "机动车乱停放" and report.responsible


def test_a_date_in_words_then_an_act_orders_the_party() -> None:
    (report,) = parse("嘉定新村二十号楼楼下停了一辆报废的面包车 城管 派出所十二月五号前拖走")
    assert set(report.responsible) == {"城管", "派出所"} and report.deadline == at("2026-12-05 23:59")


def test_the_time_the_speaker_looked_is_no_deadline() -> None:
    (report,) = parse("紫荆苑今天下午看的情况 那个 1号楼西边空地上堆了一堆建筑垃圾 请物业督促清运")
    assert report.deadline is None


def test_a_floor_taken_back_after_oh_is_replaced() -> None:
    (report,) = parse("东方红新村 呃 三十五栋二单元四楼 哦不对是五楼 楼梯间里头有人把旧冰箱放到那里 物业今日处理")
    assert (report.building, report.unit, report.floor) == ("35", "2", "5")


def test_nobody_dealing_with_it_names_no_lane() -> None:
    (report,) = parse("@物业 湖畔名居十二栋二单元那个 那个电梯里有狗屎一直冇人弄 请物业提醒一下")
    assert report.community == "湖畔名居"


def test_a_hum_then_a_false_start_then_an_estate_is_a_report() -> None:
    (report,) = parse("嗯 象湖 象湖花园六栋有住户在公共过道里面养鸡 臭死哒 地上还有鸡屎 请居委会做下工作")
    assert (report.community, report.building, report.responsible) == ("象湖花园", "6", ("居委会",))


def test_the_area_a_speaker_is_in_before_the_estate_is_no_estate() -> None:
    (report,) = parse("岳麓那边 嗯 枫林新村六栋楼顶平台上有人养了一大群鸽子 搭了鸽子棚 房办去看下 下周一前")
    assert report.community == "枫林新村"


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("那个槐荫区这个腊山河那个 嗯 领秀城 不是 是锦绣首府二号楼 有住户往楼下扔烟头 物业 派出所明天去查", "锦绣首府"),
        (
            "那个 芙蓉街这块曲水亭街17号院门口 好几辆共享单车横七竖八的 把门口路都挡了 街道协调一下 今天下午",
            "曲水亭街17号院",
        ),
    ],
)
def test_a_name_taken_back_with_bushi_or_narrowed_by_a_pointer(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_whether_work_goes_on_is_a_question() -> None:
    assert parse("俺问一下 那个八里洼苑五号楼晚上装修的 后来还干不干了") == []


def test_people_already_sent_to_do_it_is_work_under_way() -> None:
    assert parse("福海新城的小广告已经安排人去弄了") == []


def test_the_time_the_speaker_came_to_look_is_no_deadline() -> None:
    reports = parse(
        "早上过来看了康乐里 九号楼那个垃圾桶边上扔了一地的袋子 厨余跟其他垃圾混一块 物业 城管 这个礼拜五之前"
    )
    assert reports and {r.deadline for r in reports} == {at("2026-11-20 23:59")}


def test_bins_overflowing_said_as_man_is_exposed_garbage() -> None:
    (report,) = parse("@物业 泉景花园东门口那个垃圾桶都漫出来了地上也全是 明天上午处理好")
    assert report.category == "暴露垃圾"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("海上花苑那个二期十号楼二单元电梯里贴满了小广告 物业明天下午三点前", ("海上花苑", "10")),
        (
            "嗯就是华润中央公园这个三十号楼五单元楼道里 那个消防栓箱子让人拿来放扫帚拖把 物业今天下午三点前配齐",
            ("华润中央公园", "30"),
        ),
    ],
)
def test_an_estate_then_words_of_speech_and_a_phase_before_its_building(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == expected


def test_mu_is_not_in_shandong_speech() -> None:
    categories = {r.category for r in parse("康乐里九号楼垃圾桶那里的袋子都木分类 物业这个礼拜四之前")}
    assert "垃圾分类不规范" in categories


def test_this_weeks_day_said_with_ge() -> None:
    (report,) = parse("康乐里九号楼楼道里堆满了纸箱 物业这个礼拜四之前")
    assert (report.responsible, report.deadline) == (("物业",), at("2026-11-19 23:59"))


@pytest.mark.parametrize(
    "text",
    [
        "嗯俺补一个 就是千佛山那边的佛山苑三号楼地下车库里头堆着一堆废旧家具 物业这周五之前",
        "嗯市北那个敦化路这个佛山苑 三号楼地下车库里头堆着一堆废旧家具 物业这周五之前",
    ],
)
def test_a_hum_glued_to_speech_is_no_answer(text: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, report.responsible) == ("佛山苑", "3", ("物业",))


@pytest.mark.parametrize("text", ["嗯好的 马上安排", "嗯收到 佛山苑三号楼的家具下午清走"])
def test_a_hum_glued_to_an_acknowledgement_still_answers(text: str) -> None:
    assert parse(text) == []


def test_every_item_given_its_party_shares_the_closing_day() -> None:
    reports = parse(
        "一是龙奥苑五号楼大厅灭火器过期了 物业换一下 二是六号楼门口宣传栏玻璃碎了 让居委会找人修 都是本周五前"
    )
    assert {r.deadline for r in reports} == {at("2026-11-20 23:59")} and len(reports) == 2


def test_street_vendors_setting_out_on_the_road() -> None:
    reports = parse("七里河小区东门外头有一溜卖菜的 早上摆到十点多 把路都占了 城管这个周三前解决")
    assert "占道经营" in {r.category for r in reports}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("天一小区哎 是真的没人管 东门垃圾堆成山了 物业来清", {("暴露垃圾", "天一小区")}),
        ("天一小区那边 不是 是要物业去管 东门摊贩太多了", {("占道经营", "天一小区")}),
        ("天一小区东门垃圾堆了一地 物业今天就安排人去清一下", {("暴露垃圾", "天一小区")}),
        ("嗯 幸福里3栋楼道那些纸箱子是不是还在", set()),
        ("嗯 东方花园6栋的违建 什么时候拆", set()),
        ("垃圾房旁边的下水道漫出来了 全是污水 物业疏通一下", {("环境脏乱", None)}),
        ("化粪池漫出来了 桶边上全是粪水 物业赶紧处理", {("环境脏乱", None), ("垃圾分类不规范", None)}),
        ("人民公园那个 3号门 有人摆摊卖菜，城管来管管", {("占道经营", None)}),
        ("那个 3号楼楼道的纸箱子还在", set()),
    ],
)
def test_what_a_cold_review_of_the_shandong_rules_found(text: str, expected: set) -> None:
    assert {(r.category, r.community) for r in parse(text)} == expected


def test_a_partys_people_urged_to_come_and_clear_are_asked() -> None:
    (report,) = parse("桂花园小区3栋2单元楼道里头堆了好多纸壳壳 物管的搞快点来清一下哦")
    assert report.responsible == ("物业",)


def test_a_hum_is_no_part_of_a_name() -> None:
    (report,) = parse("呃碧水苑的2栋那个2单元 楼梯转角有人放了个电瓶车在那里充电 请物业今天下午5点前")
    assert (report.community, report.building, report.unit) == ("碧水苑", "2", "2")


def test_a_courtyards_number_taken_back_is_no_building() -> None:
    (report,) = parse(
        "花园街35号院 不对 是花园街37号院 门卫室旁边的自行车棚里头堆满了废旧家具 请居委会15号前协调清一下"
    )
    assert (report.community, report.building) == ("花园街37号院", None)


def test_setting_out_a_notice_board_again_is_work_asked() -> None:
    (report,) = parse("天鹅湖小区门口那个宣传栏上面的公益广告被人撕烂了一半 居委会下周三前重新布置")
    assert (report.responsible, report.deadline) == (("居委会",), at("2026-11-25 23:59"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("渝州城3栋 嗯不对 是8栋 一楼大厅有人把电瓶车推进来充电 请物业立即制止", ("渝州城", "8")),
        ("朝天门 嗯 说错了 是朝阳新村 9栋一单元门口贴了好多牛皮癣 保洁今天清理掉", ("朝阳新村", "9")),
        ("水木青华 嗯 不对 水木清华苑二栋一单元 单元门坏了关不上 请物业明天下午前修好", ("水木清华苑", "2")),
        ("尚品 嗯 那个尚品苑六栋 一单元门口都停满了电瓶车 请物业规整", ("尚品苑", "6")),
    ],
)
def test_a_hum_or_a_slip_before_the_name_said_again(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == expected


@pytest.mark.parametrize(
    ("text", "community"),
    [
        (
            "绿地那边 嗯 小区名字叫云栖苑 11栋3单元18楼那户 阳台外头挂了好几盆花 摇摇晃晃的 物业去通知他们收进去",
            "云栖苑",
        ),
        ("最后一天检查发现 望江苑3栋楼下自行车棚里头 堆满了废旧家具床垫 请物业明天中午前清理", "望江苑"),
        ("嗯 阳光100那边有个问题 4号楼2单元9楼 有人在阳台外面挂了个空调外机架子 锈得快断了 请物业明天去看", "阳光100"),
    ],
)
def test_how_a_speaker_introduces_an_estate_is_no_part_of_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text",
    ["幸福家园物业已经在换灭火器了", "今天测评总体还可以 扣分点主要是文化坊的飞线和幸福家园的牛皮癣 明天开会讲评"],
)
def test_work_under_way_and_a_rounds_deductions_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_lettered_building_taken_back() -> None:
    (report,) = parse("中央公园C栋 哦不对 是B栋一楼大厅里 有人把电瓶车推进来充电 物业马上")
    assert (report.community, report.building) == ("中央公园", "B")


def test_where_an_estate_is_said_with_de_before_its_name() -> None:
    (report,) = parse("李家沱的马王坪新村 嗯 二十二栋那个一楼住户 把阳台往外扩 砌了一圈墙 房管办城管来看一下 下周三前")
    assert (report.community, report.building) == ("马王坪新村", "22")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("松柏苑9号楼楼道里堆了两个旧衣柜物业给搬一下周五前", "2026-11-20 23:59"),
        ("松柏苑9号楼楼道里堆了两个旧衣柜物业给搬一下下周五前", "2026-11-27 23:59"),
        ("松柏苑9号楼楼道里堆了两个旧衣柜请物业统一下周一前清走", "2026-11-23 23:59"),
    ],
)
def test_a_verbs_yixia_before_a_weekday_is_no_next_week(text: str, deadline: str) -> None:
    (report,) = parse(text)
    assert report.deadline == at(deadline)


@pytest.mark.parametrize(
    "text",
    [
        "周六也不消停啊青松里那个4号楼有人装修电锤一早就开始响物业去说一下",
        "周六了啊青松里4号楼有人装修电锤一早就开始响物业去说一下",
        "周六一大早就有人反映青松里4号楼有股烧焦的味儿物业赶紧去看看",
    ],
)
def test_the_day_it_is_said_at_the_opening_is_no_deadline(text: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.building, report.deadline) == ("青松里", "4", None)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("胜利里那个七号楼后边那块空地上有人堆了好些破桌子烂木头物业给清走", "胜利里"),
        ("团结里啊那个12号楼底下那个井盖没了物业赶紧来弄", "团结里"),
        ("那个建设里啊那个那个小区里头消防通道上停满了车物业通知挪车", "建设里"),
    ],
)
def test_an_estate_of_common_words_then_words_of_speech_before_its_building(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("长青新村介边儿6号楼楼道里头有人把电动车推进来充电物业赶紧给管管", "长青新村"),
        ("周末了也跟您说一声儿和平东里5号楼一楼有户人家窗户外头搭了个铁皮棚子城管来给拆喽", "和平东里"),
        ("向阳里介边12号楼门口儿停了好几辆电动车歪七扭八的居委会今儿下午处理", "向阳里"),
    ],
)
def test_tianjin_jie_and_a_words_er_are_no_part_of_the_estate(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    [
        "8号楼北侧有辆车开上绿地停着轮子都压草里了物业通知挪车",
        "6号楼那个垃圾房满了还有人往桶边一扔袋子都没扔进桶里保洁去清一下",
        "7号楼底下天天有人放音乐跳舞忒响居委会你们给说说",
        "2号楼门口的分类桶只剩一个灰桶 3号楼门口一个分类桶都没有 物业把桶配齐",
    ],
)
def test_where_a_thing_went_or_what_it_is_like_names_no_estate(text: str) -> None:
    reports = parse(text)
    assert reports and {report.community for report in reports} == {None}


def test_shaanxi_e_before_sending_is_i() -> None:
    assert Reader(language())("详细的文件额发群里了") == "详细的文件我发群里了"


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑5号楼门口垃圾桶分类不对 物业处理一下",
        "丹桂苑5号楼门口垃圾桶边上扔了好几袋子也不往桶里扔 保洁说一下",
        "丹桂苑5号楼楼下那个分类桶 厨余的桶都没有了 物业给配齐",
    ],
)
def test_bins_sorted_wrong_bags_beside_them_and_bins_missing_said_plainly(text: str) -> None:
    assert [report.category for report in parse(text)] == ["垃圾分类不规范"]


def test_a_spoken_list_whose_later_items_are_at_the_estates_own_places() -> None:
    reports = parse(
        "金桥小区今早转了一圈 一个是2号楼西边垃圾桶分类不对 再一个5号楼有人把电动车往楼道里推 "
        "还有小区中间那个健身器材坏了扶手都掉了 最后就是东门外有人摆摊卖烤红薯 物业城管下午4点前处理完"
    )
    assert [(r.category, r.building) for r in reports] == [
        ("垃圾分类不规范", "2"),
        ("飞线充电", "5"),
        ("设施损坏", None),
        ("占道经营", None),
    ]


def test_a_run_on_that_turns_to_a_gate_of_the_estate_is_two_problems() -> None:
    reports = parse(
        "海棠湾6号楼楼下停了一辆面包车就停人行道上了好几天了还有小区南门那个消防通道也让车给堵死了物业赶紧的"
    )
    assert [(r.category, r.building) for r in reports] == [("机动车乱停放", "6"), ("消防通道占用", None)]


@pytest.mark.parametrize(
    "text",
    [
        "绿洲新村6号楼楼道里堆了好些旧纸箱还有2号楼1单元有一户天天把电瓶车推家里头充电居委会物业今天中午前上门",
        "绿洲新村6号楼楼道里堆了好些旧纸箱还有2号楼1单元有一户天天把电瓶车推家里头充电城管和物业今天中午前上门",
    ],
)
def test_two_parties_at_the_end_of_a_run_on_are_both_asked(text: str) -> None:
    reports = parse(text)
    assert len(reports) == 2 and all(len(report.responsible) == 2 for report in reports)


def test_a_numeral_said_alone_opens_each_item_and_the_closing_is_said_of_all() -> None:
    reports = parse(
        "丰泽苑今天排查情况 一 2号楼楼道里放了两辆电动车 二 6号楼门口的垃圾箱房 垃圾都满出来了 "
        "三 9号楼单元门上贴满了小广告 请物业明天12点之前全部整改"
    )
    assert [(r.category, r.building) for r in reports] == [("飞线充电", "2"), ("暴露垃圾", "6"), ("乱张贴涂写", "9")]
    assert {(r.responsible, r.deadline) for r in reports} == {(("物业",), at("2026-11-19 12:00"))}


@pytest.mark.parametrize(
    "text",
    [
        "嘉园小区今天跟物业一起走了一遍 1号楼门口共享单车倒了一地 2号楼后面有人在绿化带里种菜 物业明天下班前弄好",
        "嘉园小区今天排查情况 1号楼门口共享单车倒了一地 2号楼后面有人在绿化带里种菜 物业明天下班前弄好",
    ],
)
def test_the_day_of_a_round_is_no_deadline(text: str) -> None:
    reports = parse(text)
    assert len(reports) == 2 and {report.deadline for report in reports} == {at("2026-11-19 17:00")}


def test_a_shaanxi_speaker_saying_when_she_looked_sets_no_deadline() -> None:
    (report,) = parse("嘉园小区1号楼那个小广告 物业说清了 额今天去看 又贴上了 请物业再清一次")
    assert report.deadline is None


def test_a_pram_that_cannot_pass_the_parked_cars_leaves_them_cars() -> None:
    (report,) = parse("就是那个金都花园啊那个大门口那个人行道上停了老多车了推婴儿车都过不去城管给贴个条儿吧")
    assert report.category == "机动车乱停放"


def test_a_spoken_ordinal_turning_to_the_estate_opens_another_problem_in_a_run_on() -> None:
    reports = parse(
        "嗯我汇报一下啊康乐家园这块儿就是第一个是7号楼那个消防通道让几台私家车给堵死了然后第二个是9号楼东边那个路灯"
        "不亮好几天了第三个就是小区里头那个健身器材那个秋千链子折了孩子玩儿危险那个物业两小时内给处理一下"
    )
    assert [(r.category, r.building) for r in reports] == [("消防通道占用", "7"), ("设施损坏", "9"), ("设施损坏", None)]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("我汇报一下今天胜利里的情况啊就是8号楼楼道里头有人停电动车还扯线充电物业周五之前整改到位", "胜利里"),
        ("额是翠湖绿洲的 额们楼下有个人天天遛狗 狗屎拉得满人行道都是 额住9号楼 物业能不能管一下", "翠湖绿洲"),
        ("今天跟街道一起检查了锦泽时光 问题比较多 5号楼楼道堆了好多杂物 请物业明天清理", "锦泽时光"),
        ("测评组刚才在锦泽时光指出了一个问题 2号楼楼道里有人堆了个旧洗衣机 请物业一小时内清走", "锦泽时光"),
    ],
)
def test_an_estate_reported_on_lived_in_or_gone_round(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


def test_a_smell_said_before_the_office_is_no_estate_and_zhenggai_is_heard_right() -> None:
    (report,) = parse("锦华苑11号楼楼道里有人喂流浪猫天天放猫粮猫屎猫尿的味儿贼大居委会本周五之前正改完")
    assert (report.community, report.responsible, report.deadline) == ("锦华苑", ("居委会",), at("2026-11-20 23:59"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "金盛花园6号楼的疏散指示牌都不亮了楼门口儿的门禁也坏了关不上物业本周四前修好",
            [("消防设施缺失", "6"), ("设施损坏", "6")],
        ),
        (
            "金盛花园10号楼边上那块绿地有人遛狗不拴绳儿还有人抄近道儿把草坪踩出一条道儿来了物业看看咋弄",
            [("不文明养犬", "10"), ("毁绿种菜", "10")],
        ),
    ],
)
def test_something_else_there_too_in_a_run_on_is_a_problem_of_its_own(text: str, expected: list) -> None:
    assert [(r.category, r.building) for r in parse(text)] == expected


def test_a_party_reproached_then_told_by_when_is_asked() -> None:
    (report,) = parse("东湖新村南边那个垃圾房满了好几天了保洁和物业咋回事儿啊下午下班前清干净")
    assert (set(report.responsible), report.deadline) == ({"保洁", "物业"}, at("2026-11-18 17:00"))


def test_asking_whether_it_is_an_illegal_build_is_no_fix() -> None:
    (report,) = parse("丰泽苑2号楼底下私搭了个小棚子城管给看看是不是违建下礼拜一之前给处理喽")
    assert (report.category, report.responsible) == ("违法搭建", ("城管",))


def test_a_building_taken_back_with_bushi_bushi() -> None:
    (report,) = parse("丰泽苑5号楼 不是不是 6号楼前头那个路上积了一大摊水物业明天下午3点前弄好")
    assert (report.category, report.building) == ("环境脏乱", "6")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "丰泽苑一进门儿那个宣传栏玻璃碎了里头的公益广告也都掉色了看不清了请居委会周三前换新的",
            ["设施损坏", "公益广告缺失"],
        ),
        (
            "丰泽苑地下车库入口那儿漏水地上一片积水都结冰了车库的照明灯也坏了一半物业2小时内处理",
            ["环境脏乱", "设施损坏"],
        ),
        ("丰泽苑三是垃圾站那块儿垃圾都漫出来了 物业今天下午2点前处理", ["暴露垃圾"]),
    ],
)
def test_more_things_said_in_voice_input(text: str, expected: list) -> None:
    assert [report.category for report in parse(text)] == expected


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("3号楼门口一个分类桶都么有", "3号楼门口一个分类桶都没有"),
        ("墙上贴满了小光告", "墙上贴满了小广告"),
        ("那个宣传兰玻璃碎了", "那个宣传栏玻璃碎了"),
        ("怎么有人乱扔", "怎么有人乱扔"),
    ],
)
def test_northwestern_meiyou_and_speech_recognitions_homophones(said: str, read: str) -> None:
    assert Reader(language())(said) == read


@pytest.mark.parametrize(
    "text",
    ["@物业 锦江城门口那个公益广告今天能换不 今天都周三了", "@城管 锦江城北门那个占道的水果摊明天能清走不"],
)
def test_whether_it_can_be_done_is_asked_not_reported(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "锦江城13号楼顶楼楼道里的灯泡让人拧走了 请物业尽快修",
        "锦江城6号楼那搭 有人把绿化带边上的铁栏杆拆了拉走卖了 请物业补上",
    ],
)
def test_a_facility_taken_away_is_broken(text: str) -> None:
    assert [report.category for report in parse(text)] == ["设施损坏"]


def test_another_thing_added_on_a_line_of_its_own_is_at_the_same_place() -> None:
    reports = parse(
        "锦江城7栋2单元有一户把泡菜坛子、旧鞋柜全摆在过道里，人都过不去\n还有楼道灯也不亮\n@物业 周三前搞定"
    )
    assert [(r.category, r.building, r.unit) for r in reports] == [("楼道堆物", "7", "2"), ("设施损坏", "7", "2")]


def test_items_numbered_yige_ergege_in_speech() -> None:
    reports = parse(
        "锦江城今天巡查 三个事 一个 2号楼单元门口有人在树上挂腊肉晾衣服 "
        "二个 10号楼底商那个便利店 把冰柜搬到门外头卖东西 请物业跟市监所周三前整改"
    )
    assert [(r.category, r.building) for r in reports] == [("乱晾晒", "2"), ("占道经营", "10")]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("我汇报一下今天东风里的情况啊就是8号楼楼道里头有人停电动车还扯线充电物业周五之前整改到位", "东风里"),
        ("那个金地世纪城那个消防通道啊就是27号楼旁边那个让一辆皮卡车给堵上了物业两小时内给处理", "金地世纪城"),
        ("咱这旮沓红星路小区大门外边那个道边儿上啊一溜卖菜的把道全占了城管中队给整整", "红星路小区"),
    ],
)
def test_a_known_place_framed_words_of_speech_before_a_place_and_here_in_northeastern_speech(
    text: str, community: str
) -> None:
    assert {report.community for report in parse(text)} == {community}


@pytest.mark.parametrize(
    "text",
    ["我说一下院子里的情况 8号楼楼道里有人堆了纸箱 物业清理", "我说一下家里的情况 8号楼楼道里有人堆了纸箱 物业清理"],
)
def test_inside_a_yard_or_at_home_reported_on_is_no_estate(text: str) -> None:
    (report,) = parse(text)
    assert report.community is None


def test_a_common_space_partitioned_off_as_a_store_is_an_illegal_build() -> None:
    (report,) = parse("椰风花园3栋有人把架空层用木板隔起来当仓库，还上了锁 @物业 @城管 核实拆除")
    assert report.category == "违法搭建"


@pytest.mark.parametrize(
    "text",
    [
        "丽景华城8号楼那个喂猫的又开始了 楼道里放了猫粮 一群猫 请居委会再去说一下",
        "丽景华城11号楼楼道里头有人喂流浪猫啊搁那个楼梯底下天天放猫粮居委会去做做工作",
    ],
)
def test_cat_food_in_a_stairwell_is_feeding_strays_not_a_pile(text: str) -> None:
    assert [report.category for report in parse(text)] == ["其他"]


@pytest.mark.parametrize(
    "text",
    [
        "丰台苑北门口儿那个水果店把水果筐子全摆到门外人行道上了市场监管来一趟今天下午四点以前",
        "丰台苑北门口那家便利店把冰柜搬到门外人行道上卖东西 城管管一下",
    ],
)
def test_a_shops_goods_set_out_of_its_door_is_street_trading(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community) == ("占道经营", "丰台苑")


@pytest.mark.parametrize(
    "text",
    [
        "春晖苑5栋楼道里的纸箱已经整干净了哈，物业弄的",
        "春晖苑6号楼楼道的杂物已经弄走了",
        "春晖苑9号楼遛狗的事，物业说会加强巡查",
        "春晖苑地下车库积水物业已经在抽了",
        "春晖苑12号楼违建房办已经去核实了，下周拆",
        "【转】区创全办：近期暗访发现楼道堆物问题较为突出，请各街镇对照问题清单抓好整改",
    ],
)
def test_work_done_under_way_promised_or_a_directive_to_every_town_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("楼道里的灭火气过期了", "楼道里的灭火器过期了"),
        ("把电平车推回家", "把电瓶车推回家"),
        ("给电动车冲电", "给电动车充电"),
    ],
)
def test_more_homophones_of_speech_recognition(said: str, read: str) -> None:
    assert Reader(language())(said) == read


def test_a_building_taken_back_with_o_bushi() -> None:
    (report,) = parse("渤海苑 四号楼 哦不是 五号楼 单元门的门禁坏了好几天了 物业赶紧修")
    assert report.building == "5"


def test_the_chat_group_is_no_estate_and_a_doubled_act_with_its_object_bids() -> None:
    (report,) = parse("渤海苑 十号楼 这嘎哈呢 有人往下扔烟头 昨天还扔下来一个啤酒瓶子 物业查查监控 拍照发群里")
    assert (report.category, report.community, report.responsible) == ("高空抛物", "渤海苑", ("物业",))


def test_a_yard_behind_after_an_estate_and_a_reference_describes() -> None:
    reports = parse("渤海苑那个后院空地 堆的老鼻子破烂了 旧床垫子 破自行车 居委会找保洁 周五之前清完")
    assert [(r.category, r.community) for r in reports] == [("公共区域堆物", "渤海苑")]


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("我係翠湖名都嘅楼长", "我是翠湖名都的楼长"),
        ("一个系楼道嘅灭火器箱空咗", "一个是楼道的灭火器箱空了"),
        ("有事就联系居委", "有事就联系居委"),
        ("楼上啲街坊瞓唔着", "楼上些街坊睡不着"),
        ("电动车插住电", "电动车插着电"),
    ],
)
def test_cantonese_xi_hai_fan_and_chaat_zyu(said: str, read: str) -> None:
    assert Reader(language())(said) == read


def test_buildings_joined_by_cantonese_tungmaai_are_two_reports() -> None:
    reports = parse("报告 翠湖花园1栋同埋3栋楼道嘅灯都唔着 夜晚行楼梯好危险 麻烦物业明天之内修好")
    assert [(r.category, r.building) for r in reports] == [("设施损坏", "1"), ("设施损坏", "3")]


def test_an_item_said_in_order_is_not_at_the_building_before() -> None:
    reports = parse(
        "翠湖花园今日巡查 第一3栋楼道堆咗好多杂物 第二垃圾房门口啲垃圾满晒出嚟冇人清 麻烦物业明天下班前全部整改"
    )
    assert [(r.category, r.building) for r in reports] == [("楼道堆物", "3"), ("暴露垃圾", None)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("翠湖花园23号楼下面嗰间大排档又将台凳摆晒出街 请城管同市监所处理", "占道经营"),
        ("翠湖花园6栋楼下门口有啲住户将单车同电动车锁喺栏杆度 排到成个门口都系 麻烦物业整理下", "非机动车乱停放"),
        ("翠湖花园8号嗰座楼嘅天台有人用砖同铁皮起咗间屋仔养白鸽 麻烦房办同城管去查", "违法搭建"),
        ("收到街坊投诉 话翠湖花园7栋有间屋好似间咗好多间出租 麻烦派出所上门核查下", "群租"),
    ],
)
def test_cantonese_words_of_the_street(text: str, category: str) -> None:
    assert [report.category for report in parse(text)] == [category]


@pytest.mark.parametrize(
    "text", ["翠湖花园北门路面嗰个窿 施工队今日已经开始修紧 预计礼拜日完工", "@物业 翠湖花园11栋电梯嗰单投诉处理成点"]
)
def test_cantonese_work_under_way_or_asked_after_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_sentence_announcing_n_problems_gives_its_building_to_every_item() -> None:
    reports = parse(
        "翠湖花园9栋有三个问题要跟 一个系楼道嘅灭火器箱空咗 二个系楼梯灯坏咗 三个系门口嗰块文明宣传牌跌咗落地 "
        "麻烦物业12号之前搞掂"
    )
    assert [(r.category, r.building) for r in reports] == [
        ("消防设施缺失", "9"),
        ("设施损坏", "9"),
        ("公益广告缺失", "9"),
    ]


def test_a_car_counted_with_jia_parked_on_the_blind_path_in_cantonese() -> None:
    (report,) = parse("翠湖花园10栋门口有架车压住盲道泊 麻烦物业处理")
    assert (report.category, report.building) == ("机动车乱停放", "10")


def test_a_floor_the_speaker_was_unsure_of_then_said() -> None:
    (report,) = parse(
        "恒安公馆 十八号楼 那个 十一楼还是十二楼来着 嗯 是十二楼 阳台外头搁了一排花盆 物业去敲个门让他挪进去"
    )
    assert (report.building, report.floor) == ("18", "12")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("云海湾那个小区 南门外那个人行道上 天天停一溜车 请城管给贴条", "云海湾"),
        ("咱这旮沓菜市场后身那条道 卖菜的卖水果的 都摆到马路上来了 城管能不能来管管", None),
    ],
)
def test_speech_before_xiaoqu_and_northeastern_here_are_no_part_of_a_name(text: str, community) -> None:
    assert {report.community for report in parse(text)} == {community}


def test_pickle_jars_left_on_a_lawn_are_a_pile() -> None:
    reports = parse("凌云家园 十二号楼后边 有人把好几口酸菜缸搁绿地上了 居委会来看看")
    assert [report.category for report in reports] == ["公共区域堆物"]


def test_an_estate_named_like_a_phrase_ending_in_di_keeps_its_di() -> None:
    (report,) = parse("翰墨门第12号楼18楼那家 天天推着电动车进电梯 推回家里充电 请物业上门劝导")
    assert (report.community, report.building, report.floor) == ("翰墨门第", "12", "18")


def test_a_building_taken_back_after_ai_and_a_thick_layer_is_no_floor() -> None:
    (report,) = parse("俺是沂水家园的 那个 4号楼 哎不对 是6号楼1单元 楼道里的灯全坏了 请物业礼拜五前修")
    assert (report.building, report.unit) == ("6", "1")
    (report,) = parse("沂水家园锅炉房后头 卫生死角 塑料袋 饭盒 烂菜叶子 积了厚厚一层 请保洁彻底清一下")
    assert report.floor is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("沂水家园7号楼那个分类点 桶收进去以后就木有再放回来 请物业整改", "垃圾分类不规范"),
        ("沂水家园5栋2单元一楼楼梯底下 塞了好几个煤气罐子跟旧纸箱 请物业清理", "楼道堆物"),
        ("沂水家园9号楼楼道里贴了一溜开锁的小广高 请物业清理", "乱张贴涂写"),
    ],
)
def test_bins_not_put_back_things_crammed_under_stairs_and_a_misheard_ad(text: str, category: str) -> None:
    assert [report.category for report in parse(text)] == [category]


def test_asking_whether_one_party_or_another_pays_is_a_question() -> None:
    assert parse("问一下 沂水家园那个公益广告牌 是居委会出钱还是物业出钱啊") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("水乡苑 七号楼 七号楼 哦不对 是九号楼 楼道里堆满了纸箱 物业清理", ("9", None)),
        ("水乡苑5号楼 三楼 哦不 四楼 楼道里堆满了纸箱 物业清理", ("5", "4")),
    ],
)
def test_a_place_said_twice_then_taken_back_and_o_bu(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.building, report.floor) == place


def test_thanks_with_a_banner_for_a_fix_is_no_report() -> None:
    assert parse("李阿姨今天送了面锦旗 感谢居委会帮忙修好楼道灯") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丝雨花园六号楼那块儿 楼道里堆满了纸箱 物业清理一下", ("丝雨花园", "6")),
        ("冬储大白菜搁楼道里 堆了一整面墙 物业让他们挪挪", (None, None)),
        ("华发8栋楼道里堆满了纸箱 物业清理一下", ("华发", "8")),
    ],
)
def test_a_building_read_into_a_name_and_what_was_put_somewhere(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("桑园小区3号门口 有人堆了交关旧家具 物业搬脱伊", ("物业",)),
        ("兴福苑北门外头早上一溜摊贩 城管明早七点前去维持一下", ("城管",)),
        ("兴福苑6号楼楼道里贴满小广告 居委会搵人铲走", ("居委会",)),
    ],
)
def test_shanghainese_tuo_cantonese_wan_and_keeping_order_ask_the_party(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


def test_a_request_aimed_back_at_a_listed_thing_adds_its_party_to_that_item_only() -> None:
    reports = parse(
        "牡丹苑今天巡查：1.2号楼1单元楼道里停了两辆电瓶车；2.小区南门外头有俩卖菜的摊子占着人行道。"
        "物业和居委会明天下午下班前整改到位，南门那个摊子请城管配合一下。"
    )
    assert [(r.category, set(r.responsible)) for r in reports] == [
        ("飞线充电", {"物业", "居委会"}),
        ("占道经营", {"物业", "居委会", "城管"}),
    ]


def test_after_zaijiushi_a_problem_told_over_two_clauses_is_read_together() -> None:
    reports = parse(
        "金海岸 七号楼底下那个狗啊 一宿一宿的叫唤 再就是 七号楼后边那个垃圾箱 满了都溢出来了 物业你们管不管啊"
    )
    assert [report.category for report in reports] == ["不文明养犬", "暴露垃圾"]


def test_a_time_then_geiwork_le_orders_it_done_by_then() -> None:
    (report,) = parse("新华新村7号楼单元门口堆了一大堆装修垃圾 也没装袋 物业三天内给处理了")
    assert (report.category, report.responsible) == ("建筑垃圾", ("物业",))


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("那个凤凰坊的装修垃圾清了冇么样还冇得人回复", 0),
        ("凤凰坊3栋门口的垃圾堆了好几天冇人清 请保洁清掉", 1),
    ],
)
def test_hubei_le_mao_asks_whether_it_was_done(text: str, reports: int) -> None:
    assert len(parse(text)) == reports


def test_buildings_joined_with_a_filler_between_are_each_a_place() -> None:
    reports = parse("紫荆苑嗯那个3栋和那个5栋楼道里的灭火器都过期了请物业换掉")
    assert [(r.category, r.building) for r in reports] == [("消防设施缺失", "3"), ("消防设施缺失", "5")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("锦绣苑南门的公益广告牌被雨淋坏了，字都看不清了，居委会重新做一下", ("居委会",)),
        ("和美里4栋旁边的宣传栏里公益广告一张都没有 居委更新一下", ("居委会",)),
        ("阳光苑7幢投放点撤桶以后居民桶边投放，垃圾混在一起扔地上，物业调整下撤桶时间", ("物业",)),
    ],
)
def test_a_party_then_redo_update_or_adjust_is_asked(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


@pytest.mark.parametrize(
    "text",
    [
        "东方花园6号楼5楼有人往楼下倒洗菜水，楼下晾的衣服都泼湿了，物业去查一下",
        "东方花园6号楼楼上住户往下甩烟头，楼下的雨棚烫了好几个洞，请物业调查一下",
    ],
)
def test_pouring_or_flinging_things_down_is_throwing_from_height(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "高空抛物"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金桥里5栋后面主干道上有车停在禁停的地方请无业联系车主挪车", ("机动车乱停放", "5", ("物业",))),
        ("金桥里5栋门口有人摆摊卖水果叫城关来看下", ("占道经营", "5", ("城管",))),
        ("金桥里14动那个门口的消防通道上有人摆了个摊请成管来处理", ("消防通道占用", "14", ("城管",))),
        ("金桥里12栋楼下有人在树上亮被子请物业通知住户收一下", ("乱晾晒", "12", ("物业",))),
    ],
)
def test_speech_recognitions_homophones_of_parties_buildings_and_drying(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.building, report.responsible) == expected


def test_a_day_said_right_before_the_estate_is_when_it_was_seen() -> None:
    (seen,) = parse("周末值班 今天梅林苑那个3栋后面主干道上有车停在禁停区把路都堵了请物业联系车主挪走")
    (due,) = parse("周末值班 梅林苑那个3栋后面主干道上有车停在禁停区把路都堵了请物业今天挪走")
    assert (seen.deadline, due.deadline) == (None, at("2026-11-18 23:59"))


def test_a_hummed_call_for_attention_then_a_report_is_a_report() -> None:
    (report,) = parse(
        "嗯那个大家注意啊我这边就是那个桂园那个12栋楼下有个店门口放个大音箱循环播放广告吵死了请城管来处理一下"
    )
    assert (report.category, report.community, report.building, report.responsible) == (
        "噪音扰民",
        "桂园",
        "12",
        ("城管",),
    )


def test_a_hum_then_who_speaks_opens_a_report_not_an_answer() -> None:
    (report,) = parse("嗯我是翠湖苑的业主啊不是网格员这个我们这里7栋楼道里堆满了纸箱请物业清理一下")
    assert (report.category, report.community, report.building) == ("楼道堆物", "翠湖苑", "7")


def test_keeping_pigeons_before_a_building_is_no_estate() -> None:
    reports = parse("翠湖苑有人在楼道里养鸽子就是五栋的顶楼 鸽子屎到处都是请物业管一下")
    assert {report.community for report in reports} == {"翠湖苑"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("丹桂苑 两根路灯杆子歪起的 @物业", "设施损坏"),
        ("丹桂苑22号西面的路塌了一块，坑老大一只，请房办来看看", "设施损坏"),
        ("丹桂苑南门口那几棵香樟被人把树皮剥掉一圈，绿化来看下", "毁绿种菜"),
        ("丹桂苑23号有人家把电动车电池拎到屋里去充，请物业上门宣传", "飞线充电"),
        ("丹桂苑24号楼下垃圾房门口，有人把几块碎瓷砖扔在那里，请物业清运", "建筑垃圾"),
        ("丹桂苑2栋3楼楼道墙面上全部是黑印印，脏得很，叫保洁搞好", "环境脏乱"),
    ],
)
def test_a_leaning_post_a_caved_road_stripped_bark_a_battery_carried_in_and_tiles(text: str, category: str) -> None:
    (report,) = parse(text)
    assert report.category == category


def test_slop_poured_in_a_roadside_gutter_is_dirt_and_the_gutter_no_estate() -> None:
    (report,) = parse("和顺坊弄堂口一家小饭店洗锅的油水直接倒在路边阴沟里，城管去看看")
    assert (report.category, report.community) == ("环境脏乱", "和顺坊")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("嗯长兴路38号院那个院子里的消防栓门被撬开了水带都冇得了请物业看一下", "长兴路38号院"),
        ("嗯那个就是那个柳湾村嗯村口那个大空地上有人倒了一车建筑垃圾请城管来看", "柳湾村"),
        ("和顺里6栋楼下有个狗天天冇拴绳子跑 昨天把个小伢吓得哇哇哭让居委会去跟养狗的那家讲一下", "和顺里"),
        ("永宁坊（老纺织厂宿舍）3号楼有个独居老人，门口的牛奶一直没拿，请居委会马上去看看", "永宁坊"),
        ("嘉兴二中教工宿舍院子里那几棵桂花树被人砍掉了两棵，绿化跟居委去看看", "嘉兴二中教工宿舍"),
    ],
)
def test_a_hum_a_verb_of_telling_a_bracketed_other_name_and_a_schools_housing(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("检查组到丰乐新村了，丰乐新村3幢门口路面井盖松动，请物业马上弄个警示，房办来修", ["设施损坏"]),
        ("早上到岗路上看到的：丰乐苑北门口马路边一排三轮车在卖菜，人行道全占了，城管今天上午来看看", ["占道经营"]),
        ("检查组到了，请各小区清理楼道堆物", []),
    ],
)
def test_who_came_or_where_one_was_going_opens_a_report_told_after_it(text: str, categories: list) -> None:
    assert [report.category for report in parse(text)] == categories


def test_a_pigeon_shed_on_a_roof_is_a_structure_put_up() -> None:
    (report,) = parse("@物业 纺机厂宿舍5栋那个屋顶鸽子棚还在，说好上周五拆的，今天必须拆掉")
    assert (report.category, report.community, report.building) == ("违法搭建", "纺机厂宿舍", "5")


@pytest.mark.parametrize(
    "text",
    [
        "【督办】丰乐小区22号西面道路塌陷到现在还没修，请房办说明原因及维修计划。",
        "丰乐新村33号群租的事，房东讲月底搬走。",
    ],
)
def test_a_repair_plan_asked_for_or_a_move_promised_is_no_new_report(text: str) -> None:
    assert parse(text) == []


def test_a_run_on_closing_on_two_requests_shares_them_out_by_their_work() -> None:
    reports = parse(
        "和平坊那个嗯菜场旁边的垃圾桶满了溢出来了臭死了然后那个桶还是破的盖子都冇得了请保洁今天上午清掉桶叫物业换个新的"
    )
    assert [(r.category, r.responsible, r.deadline) for r in reports] == [
        ("暴露垃圾", ("保洁",), at("2026-11-18 12:00")),
        ("设施损坏", ("物业",), None),
    ]


def test_requests_to_one_party_by_different_times_are_shared_out_by_their_work() -> None:
    reports = parse(
        "金沙新村12栋4单元门口一大堆装修剩下的瓷砖碎片，请物业督促装修户今天之内清走，然后那个垃圾桶也被砸烂了，请物业换一个"
    )
    assert [(r.category, r.responsible, r.deadline) for r in reports] == [
        ("建筑垃圾", ("物业",), at("2026-11-18 23:59")),
        ("设施损坏", ("物业",), None),
    ]


def test_a_flats_number_before_its_door_is_no_unit() -> None:
    (report,) = parse("金牛坊18号楼3楼302门口摆了两个泡菜坛子和一堆鞋架 过道都窄了 让物业去说一下")
    assert (report.building, report.unit, report.floor) == ("18", None, "3")


def test_a_bare_floor_with_a_fixture_kept_on_floors_is_a_floor_of_the_building_before() -> None:
    reports = parse("邕江湾5栋1单元楼道里面有个灭火器过期了，另外3楼的应急灯也不亮，麻烦物业换一下")
    assert [(r.building, r.unit, r.floor) for r in reports] == [("5", "1", None), ("5", "1", "3")]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("@物业 首义小区3栋那个可回收和其他垃圾的桶都冇拉回来放在路边上一整天了请今天16:30前弄好", ["垃圾分类不规范"]),
        ("首义小区3栋那个垃圾桶里面分得乱七八糟 请保洁跟居民讲一下", ["垃圾分类不规范"]),
        ("老鸦坡小区门口那个公益广告牌子遭风吹烂了，字都看不清了，请居委会重新做一个", ["公益广告缺失"]),
    ],
)
def test_bins_not_pulled_back_sorting_in_a_mess_and_a_board_torn_by_wind(text: str, categories: list) -> None:
    assert [report.category for report in parse(text)] == categories


def test_a_lanes_shanghainese_inside_is_no_name_in_li() -> None:
    reports = parse("长阳路1130弄里厢，弄堂里路灯坏了好几盏，5号楼门口宣传栏玻璃也碎了，请物业明天下班前全部搞好。")
    assert {report.community for report in reports} == {"长阳路1130弄"}


def test_a_name_taken_back_after_nage_budui_and_a_cage_welded_out() -> None:
    (report,) = parse(
        "嗯那个大家好我是青松花园那个不对青松苑的网格员啊嗯我们这里9栋有人在二楼的阳台外面自己焊了个铁架子伸出来"
        "好长一截像个笼子一样请城管和物业来看一下这个要拆"
    )
    assert (report.category, report.community, report.building) == ("违法搭建", "青松苑", "9")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("嗯我刚接到居民电话说汉兴坊12栋三单元有个独居的老爹爹说屋里燃气一直有股味道请物业明天联系燃气公司", "其他"),
        ("嗯我们晴湖家园那个4栋二楼那户装修晚上十点多了还在砸墙咚咚咚的整栋楼都睡不着物业管一下咧", "噪音扰民"),
    ],
)
def test_a_hum_then_a_report_of_its_own_with_a_problem_word_or_a_hubei_bidding(text: str, expected: str) -> None:
    (report,) = parse(text)
    assert report.category == expected


@pytest.mark.parametrize(
    "text",
    [
        "檀香花园物业你们好8幢2单元顶楼楼梯口有人放了几个煤气罐还有一堆旧家具存在安全隐患请尽快清理",
        "桔园新村那个嗯物业的同志啊你们那个6栋楼门口的宣传栏玻璃碎了碎玻璃还在地上赶紧收拾一下",
        "桂园那个嗯物业的刘经理你好我们8栋的那个单元门关不上闭门器坏了麻烦派人来修一下",
        "物业你好，桂园8栋单元门的闭门器坏了，麻烦派人来修一下",
    ],
)
def test_a_party_greeted_or_called_through_its_people_is_asked(text: str) -> None:
    (report,) = parse(text)
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "buildings"),
    [
        ("那个嗯钢花东苑11栋13栋都是一样的问题楼道里面的灭火器都过期了请物业统一更换", ["11", "13"]),
        ("米兰家园七栋八栋九栋楼道里都有电瓶车还有人从屋里拉线下来充电请物业下周一之前全部清理", ["7", "8", "9"]),
    ],
)
def test_buildings_listed_one_after_another_with_no_joiner_are_each_a_place(text: str, buildings: list) -> None:
    assert [report.building for report in parse(text)] == buildings


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("红钢里三栋四单元楼道里面的应急灯不亮了请五叶明天下班前搞好", ("物业",)),
        ("新河新村十二栋门口的路灯坏了好几天了麻烦巨委会和物业明天之前修好", ("居委会", "物业")),
        ("襄阳家属院2栋一楼有户人家用铁皮围起来搭了个棚子请街到办跟城管来看下", ("街道", "城管")),
        ("晴川苑18号楼底下有只大黄狗冇拴绳子到处跑麻烦物业跟派处所的同志看一下", ("物业", "派出所")),
    ],
)
def test_speech_recognitions_slips_for_parties(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == set(parties)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("丁香社区第三网格 蓝湾苑 21幢 1单元 楼道堆了腌菜缸、旧自行车，麻烦物业今天下午5点前清理", "蓝湾苑"),
        ("塔湾社区网格二反映，府前里4号楼地下室有人住人，摆了五六张床，请派出所和房办查一下是不是群租", "府前里"),
    ],
)
def test_a_shequs_grid_before_an_estate_names_the_estate_across_a_break(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text",
    [
        "书香里小区6楼的住户反映，楼上702漏水漏到她家天花板，找不到人，请物业联系一下",
        "南湖苑那个上次漏水的那家楼上的现在又漏了楼下天花板又在滴水麻烦居委会再联系一下",
    ],
)
def test_a_leak_from_the_flat_above_onto_a_ceiling_is_other_alone(text: str) -> None:
    assert [report.category for report in parse(text)] == ["其他"]


def test_lamps_of_a_garden_broken_while_the_manager_says_there_is_no_money_is_a_report() -> None:
    (report,) = parse("钱江府中心花园的景观灯坏了一半，物业一直说没钱修，请业委会和物业商量一下，本周五前修好")
    assert (report.category, set(report.responsible)) == ("设施损坏", {"业委会", "物业"})


def test_a_street_offices_round_named_in_a_lists_title_signs_it_and_asks_nobody() -> None:
    reports = parse(
        "越城区街道检查问题清单（11月26日）：\n一、府前里\n1. 4号楼楼道堆放杂物\n请各责任单位12月1日前整改到位"
    )
    assert [(r.category, r.responsible) for r in reports] == [("楼道堆物", ())]


@pytest.mark.parametrize(
    "text",
    [
        "鉴湖苑东门绿化带的被子还是晒着，物业去劝了伐",
        "府前里的路面坑修了伐，今天到期",
    ],
)
def test_wu_le_fa_asks_whether_it_was_done(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("兰亭苑11号楼后面的飞线还在，线还挂在树上，物业葛个到底管不管？请明天10点前拆掉", ("飞线充电", ("物业",))),
        ("鉴湖苑东门车子停在人行道上，一排七八辆，行人只能走马路，请物业处理", ("机动车乱停放", ("物业",))),
    ],
)
def test_hangzhou_ge_ge_before_a_challenge_and_cars_on_a_pavement(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.responsible) == expected


@pytest.mark.parametrize(
    "text",
    [
        "又堆上了！红旗新村14楼3楼过道沙发搬走了又放了几个柜子，请物业再清一次。",
        "高桥苑6号楼楼道那个旧沙发又被搬回来了😤 请物业明天10点前再清一次，并对住户做好宣传",
        "【督办】派河苑9栋3单元楼道堆放大量杂物，上周已通知，至今未清理。请物业于11月20日前清理完毕，居委跟踪落实。",
    ],
)
def test_a_problem_back_or_still_there_with_a_fresh_request_is_a_report(text: str) -> None:
    assert [report.category for report in parse(text)] == ["楼道堆物"]


@pytest.mark.parametrize(
    "text",
    [
        "@物业 栎社新村那边楼道堆物整改的照片发一下",
        "上周五区里通报，我们街道楼道堆物问题被点名了，大家重视。",
        "转发：条例12月1日起施行，请做好宣传，宣传栏及时更新。",
    ],
)
def test_photos_of_a_fix_asked_for_a_criticism_passed_on_and_publicity_asked_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_terse_notes_problem_of_its_own_kind_with_its_parties_field_is_a_report() -> None:
    (report,) = parse("锡惠苑 11栋 顶楼 楼梯间 有流浪人员住着 派出所 居委")
    assert (report.category, report.building, report.floor, set(report.responsible)) == (
        "其他",
        "11",
        "顶",
        {"派出所", "居委会"},
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "网格员巡查发现：莲花坊4号楼1单元楼道里的灭火器箱是空的，两个灭火器都不见了；楼道灯也坏了不亮。请物业明天补齐修好。",
            [("4", "1"), ("4", "1")],
        ),
        (
            "群众来电反映：院里那个路灯坏了快俩月了，黑灯瞎火的。请物业抓紧修。地址是五一路57号院4号楼东边。",
            [("4", None)],
        ),
    ],
)
def test_something_else_there_too_in_a_sentence_of_its_own_and_an_address_said_apart(text: str, places: list) -> None:
    assert [(report.building, report.unit) for report in parse(text)] == places


@pytest.mark.parametrize(
    "text",
    [
        "网格员上报：西山家属院11号楼2单元顶楼楼道里有人私拉电线给电动车电瓶充电。请物业马上拆除，居委会做好宣传。",
        "群众来电反映：乐凯宿舍3号楼底下车棚旁边有人从二楼窗户拉了根电线下来充电。请物业立即剪断，居委做好宣传。",
    ],
)
def test_publicity_asked_of_the_residents_committee_beside_a_request_is_no_notice(text: str) -> None:
    assert [report.category for report in parse(text)] == ["飞线充电"]


def test_a_road_named_after_a_district_keeps_the_districts_name() -> None:
    (report,) = parse("群众来电反映：俺是朝阳北大街102号院的，院里那几棵树上天天有人拉绳子晒衣裳。请物业管一下。")
    assert report.community == "朝阳北大街102号院"


def test_the_day_one_went_round_is_no_deadline() -> None:
    (report,) = parse("今天去了趟棉纺宿舍，情况不太好。5号楼前面有人把破柜子全扔在路边，占了半条道。请物业、保洁清运。")
    assert report.deadline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三山苑商业街靠小区这一侧，好几家饭店把桌子摆到店外面营业。@城管 @市场监管", ("占道经营", None)),
        ("姜山苑东大门门卫室旁边有人支了个修车摊，占用人行道，请城管处理", ("占道经营", None)),
        (
            "督办 | 下应苑15幢阳台花盆问题，物业说已经沟通过，但今天看还在。请物业明天下午3点前整改到位",
            ("高空抛物", at("2026-11-19 15:00")),
        ),
    ],
)
def test_tables_out_of_a_restaurant_a_bike_repair_stall_and_pots_on_a_balcony(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.deadline) == expected


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("梅林东苑 健身路径两台器材损坏 物业星期四前修好", ["设施损坏"]),
        ("琼林苑 地面多处烟头纸屑 @物业 下班前", ["暴露垃圾"]),
    ],
)
def test_fitness_equipment_said_as_qicai_and_litter_in_many_places(text: str, categories: list) -> None:
    assert [report.category for report in parse(text)] == categories


@pytest.mark.parametrize(
    ("text", "community"),
    [
        (
            "12345转办：市民反映和平路47号宿舍2号楼楼下空地上扔了一堆旧家具。请物业清理，本周三前完成。",
            "和平路47号宿舍",
        ),
        ("@物业 俺们院（解放路112号宿舍）2号楼顶楼的灭火器都过期一年多了，恁抓紧换换吧", "解放路112号宿舍"),
        ("俺们小区（华山新苑）9号楼东边那个路灯坏了快一个礼拜了，请物业修修。", "华山新苑"),
        ("岱庙片区 网格员刘涛：通天街小区5号楼阳台外挂的花盆摇摇欲坠，请物业提醒住户", "通天街小区"),
        (
            "大观园片区：\n经四路145号宿舍2号楼墙上贴满了开锁的小广告；\n同院3号楼楼道堆满纸箱。\n请居委会安排。",
            "经四路145号宿舍",
        ),
    ],
)
def test_a_road_numbers_staff_housing_a_bracketed_name_of_our_place_and_a_pianqu(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("俺们家属院（供电局宿舍）大门口的电动伸缩门坏了好几天了，请物业周一修好。", ["设施损坏"]),
        ("市民反映：曲水坊南门对过那片空地成了垃圾场，啥都往那扔，请物业、保洁这周四前清理干净。", ["暴露垃圾"]),
        (
            "匡山小区 居委 物业：22号楼前那个砖垒的小院还没拆，今天市里又来电话了，请明天下午3点前组织拆除。",
            ["违法搭建"],
        ),
        ("城管那边回复说烧烤摊今晚去查", []),
        ("12345工单回访：市民对舜玉小区建筑垃圾清运的处理结果满意。", []),
        ("桃园小区飞线已剪断，电瓶车推到车棚充电桩了。", []),
    ],
)
def test_what_a_relay_writer_of_shandong_taught(text: str, categories: list) -> None:
    assert [report.category for report in parse(text)] == categories


def test_a_time_then_fankui_closing_a_request_is_its_deadline() -> None:
    (report,) = parse("梅川四村6号门口那只大黄狗天天晚上叫，居民睡不着，居委会去跟狗主人说一下，明日反馈")
    assert (report.category, report.deadline) == ("不文明养犬", at("2026-11-19 23:59"))


def test_a_sorting_bin_broken_is_a_facility_broken() -> None:
    (report,) = parse("古樟园东门口垃圾箱房旁边两个干垃圾桶都破了底，漏了一地，@物业 换新的")
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


def test_a_request_aimed_at_one_problem_keeps_its_time_to_that_problem() -> None:
    reports = parse(
        "12345工单转办：棉纺宿舍8号楼单元门口有人贴了好多办证的小广告。另外8号楼前的路灯也坏了。请保洁今天清理小广告，物业修路灯。"
    )
    assert [(r.category, r.responsible, r.deadline) for r in reports] == [
        ("乱张贴涂写", ("保洁",), at("2026-11-18 23:59")),
        ("设施损坏", ("物业",), None),
    ]


def test_a_wire_pulled_out_of_a_window_to_charge_is_flying_wire_charging() -> None:
    (report,) = parse("说南苑宿舍4号楼单元门口停着辆电动车，从窗户里扯出根线来给车充电，请物业今天上午去看看。")
    assert report.category == "飞线充电"


def test_requests_aimed_at_problems_the_reported_one_took_in_go_to_it() -> None:
    (report,) = parse(
        "网格员巡查：世纪家园18号楼北侧消防通道上堆了大量木板、旧家具，还停着两辆三轮车，车进不去。"
        "请物业立即清理，城管督促三轮车主挪走。"
    )
    assert (report.category, set(report.responsible)) == ("消防通道占用", {"物业", "城管"})


def test_a_lists_line_asking_how_a_problem_stands_is_no_report() -> None:
    reports = parse(
        "今日督办：\n1. 汽机宿舍3号楼楼道灯仍未修复，请物业今天下午4点前修好\n"
        "2. 莘庄新村34号飞线充电仍有，请居委今天上门\n3. 春江公寓消火栓进度？"
    )
    assert [report.category for report in reports] == ["设施损坏", "飞线充电"]


def test_xian_before_the_act_still_times_it() -> None:
    (report,) = parse("银都路388弄北门出去那段路路面塌了一个坑，晚上骑车容易摔，请物业联系市政，今天先设置警示")
    assert report.deadline == at("2026-11-18 23:59")


def test_a_list_items_number_before_a_building_lists_no_building() -> None:
    reports = parse(
        "今日巡查情况 汉阳湾小区 1、5栋门口电动车乱停一大片 2、11栋楼道里面堆了好多泡沫箱子 请物业今天下班前整改到位"
    )
    assert [report.building for report in reports] == ["5", "11"]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("嗯报个事情汉润坊那个巷子口那棵大樟树上有个马蜂窝好大一个麻烦居委会联系人来摘一下", "汉润坊"),
        ("晴川苑那个我跟物业说了好几次26栋二单元楼道里堆了好多纸壳子今天再请物业明天之前必须清掉", "晴川苑"),
    ],
)
def test_a_matter_or_a_count_said_before_a_name_is_no_part_of_it(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


def test_a_street_office_that_made_a_dated_joint_round_is_not_asked() -> None:
    reports = parse(
        "转发：拱宸桥街道12月3日交叉检查问题清单\n1. 运河苑24幢西侧草坪被踩出一条路，草皮都秃了；\n"
        "以上问题请所属居委、物业12月5日前整改完毕并上传照片。"
    )
    assert [(r.category, set(r.responsible)) for r in reports] == [("毁绿种菜", {"居委会", "物业"})]


def test_a_partys_people_told_to_get_in_touch_are_asked() -> None:
    (report,) = parse("那个龙湖苑啊二十六栋门口那个车子停到人行道上了物业的联系一下车主")
    assert (report.category, report.building, report.responsible) == ("机动车乱停放", "26", ("物业",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "宝兴里门口有人拿碎砖头旧水泥块堆辣弄堂口 讲是修房子拆下来的 请城管 房办来看看 三天之内清掉",
            [("建筑垃圾", "宝兴里", at("2026-11-21 23:59"))],
        ),
        (
            "平凉路1455弄32号楼道窗口拉了根电线一直拖到弄堂里给电瓶车充电 居委物业今朝夜里8点前一定要剪掉",
            [("飞线充电", "平凉路1455弄", at("2026-11-18 20:00"))],
        ),
        (
            "曲沃路221弄南弄口有人摆摊卖鞋子袜子 城管中队下午来一趟",
            [("占道经营", "曲沃路221弄", at("2026-11-18 17:00"))],
        ),
        ("兰溪小区9号楼阳光房 城管已经发了告知书 限期自行拆除", []),
    ],
)
def test_shanghainese_la_yeli_a_lanes_side_and_a_notice_served(text: str, expected: list) -> None:
    assert [(r.category, r.community, r.deadline) for r in parse(text)] == expected


def test_a_party_told_to_restore_the_green_is_asked() -> None:
    (report,) = parse("绿野苑东面靠围墙一排有人种了萝卜青菜 绿地全部挖掉了 请绿化 居委周四前复绿")
    assert set(report.responsible) == {"绿化", "居委会"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上礼拜反映额红枫新村12楼楼道堆物又堆上了 麻烦物业再去清一趟", ("楼道堆物", "红枫新村", ("物业",))),
        ("甘泉三村41号门口老早额宣传栏玻璃碎脱了 居委换一换", ("设施损坏", "甘泉三村", ("居委会",))),
        ("紫薇苑8号楼楼道墙面上有人拿记号笔乱涂乱画 物业刷一刷白 周三前", ("乱张贴涂写", "紫薇苑", ("物业",))),
        ("金秋园箱房门口地上油腻腻额污水淌了一地 保洁冲一冲", ("环境脏乱", "金秋园", ("保洁",))),
    ],
)
def test_shanghainese_e_as_de_and_an_act_said_twice_with_yi_between(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.category, report.community, report.responsible) == expected


def test_asking_whether_it_was_taken_in_is_no_fix() -> None:
    (report,) = parse("馨宁园花盆拿进去了伐 今朝看还是老样子 请物业今天再上门一趟 一定要拿掉")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("昌化路102弄里向有人家装修 碎砖头水泥渣倒了一地没装袋 城管搭居委来看看", "昌化路102弄"),
        ("梧桐园 @保洁 7号楼后面阴沟里全是落叶烂泥 污水漫出来 今天下午处理掉", "梧桐园"),
    ],
)
def test_a_lanes_li_xiang_and_a_gutter_name_no_estate(text: str, community: str) -> None:
    assert {report.community for report in parse(text)} == {community}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "梅林花园4号楼楼道里向有只消火栓玻璃碎脱里向水带也没了 请物业今天内补齐",
            [("消防设施缺失", "梅林花园", at("2026-11-18 23:59"))],
        ),
        ("星期六值班 春华苑12号楼外墙上挂额空调外机架子锈掉了 摇摇晃晃 物业马上派人", [("高空抛物", "春华苑", None)]),
        ("德安坊12号额狗 主人讲以后会牵绳了", []),
    ],
)
def test_shanghainese_li_xiang_sui_tuo_a_duty_day_and_a_promise(text: str, expected: list) -> None:
    assert [(r.category, r.community, r.deadline) for r in parse(text)] == expected


def test_he_after_shi_opens_a_name() -> None:
    (report,) = parse("阿拉是和美家园15号楼额居民 楼下小店开到夜里两三点钟卡拉OK唱得震天响 请派出所管一管")
    assert (report.category, report.community) == ("噪音扰民", "和美家园")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宏兴花园3栋楼到堆咗好多纸皮 请物业今日清走", [("楼道堆物", "宏兴花园", "3", None, None)]),
        ("富华苑宣传栏入面啲公义广告都褪晒色 请居委更换", [("公益广告缺失", "富华苑", None, None, None)]),
        ("长宁新村楼下饭店夜里12点还在做 楼上居民困勿着 城管来管管", [("噪音扰民", "长宁新村", None, None, None)]),
        ("金沙湾3栋有人成日向楼下掉烟头 请物业调查", [("高空抛物", "金沙湾", "3", None, None)]),
        ("碧桂苑2栋有户阳台放咗个大鱼缸喺栏杆外面 请物业通知业主", [("高空抛物", "碧桂苑", "2", None, None)]),
        ("南村26栋有间屋住咗十几个后生仔 请派出所核查", [("群租", "南村", "26", None, None)]),
        ("北岭村8栋有间屋间咗好多细房 请房管办核查", [("群租", "北岭村", "8", None, None)]),
        ("东涌村十巷有间出租屋改咗做制衣小作坊 请街道同派出所核查", [("其他", "东涌村", None, None, None)]),
        ("沙滘村市场后面条巷积咗好多垃圾 请保洁跟进", [("暴露垃圾", "沙滘村", None, None, None)]),
        ("锦荟苑单车棚入面堆满旧家私 单车都冇位停 请物业清理", [("公共区域堆物", "锦荟苑", None, None, None)]),
        ("金湾花园会所后面嘅绿化带有人倒咗好多旧家具 请物业清走", [("公共区域堆物", "金湾花园", None, None, None)]),
        ("怡景苑12座后面嘅消防通道有人围咗块地种菜 请物业拆除", [("消防通道占用", "怡景苑", "12", None, None)]),
    ],
)
def test_cantonese_and_spoken_slips_dumping_a_workshop_and_what_a_fire_lane_wins(text: str, expected: list) -> None:
    assert sorted(fields(r) for r in parse(text)) == expected


def test_a_stall_of_vegetables_and_litter_everywhere_are_two_problems() -> None:
    reports = parse("康乐村市场出口啲菜档摆出嚟成条街 垃圾周街都系 请城管同保洁今日搞掂")
    assert sorted(r.category for r in reports) == ["占道经营", "暴露垃圾"]
    assert {r.community for r in reports} == {"康乐村"}


def test_a_week_and_a_street_office_are_not_read_as_everywhere() -> None:
    assert parse("好消息：本周街道共清理楼道堆物218处，感谢大家！") == []


def test_whose_dog_asked_is_no_report() -> None:
    assert parse("朗月花园那只狗系边户嘅 有人知唔知") == []


@pytest.mark.parametrize(
    "text",
    [
        "巡查丽景花园 1 五栋楼道堆咗旧床架 2 八栋门口好多油污 3 中心花园有人遛狗冇拖绳 请物业整改",
        "巡查丽景花园 一 五栋楼道堆咗旧床架 二 八栋门口好多油污 三 中心花园有人遛狗冇拖绳 请物业整改",
    ],
)
def test_a_list_numbered_by_bare_digits_between_blanks_opens_each_item(text: str) -> None:
    dogs = [r for r in parse(text) if r.category == "不文明养犬"]
    assert [(r.community, r.building) for r in dogs] == [("丽景花园", None)]


def test_a_floor_in_words_under_a_headers_building_stays_its_floor() -> None:
    reports = parse("翠湖苑8栋：楼道灯坏了，二楼消防栓玻璃烂了。请物业处理")
    assert sorted(fields(r) for r in reports) == [
        ("消防设施缺失", "翠湖苑", "8", None, "2"),
        ("设施损坏", "翠湖苑", "8", None, None),
    ]


def test_parties_told_to_come_and_look_are_asked_not_when_they_came() -> None:
    asked = parse("铜锣坊25号楼1楼有人家把门口公共通道围进去 砌了一堵墙 请房办 城管来看")
    assert [set(r.responsible) for r in asked] == [{"房办", "城管"}]
    came = parse("长乐坊弄堂里有人用油布搭了个雨棚 房办城管来看")
    assert [set(r.responsible) for r in came] == [{"房办", "城管"}]
    assert parse("长乐坊3号楼有人养鸽子，物业今天来看了下") == []


def test_clothes_on_a_railing_and_quilts_on_a_hedge_at_two_buildings_are_two_reports() -> None:
    reports = parse("海悦花园巡查发现 6栋门口绿化带晒满被 12栋单车棚旁边栏杆都挂满衫 请物业劝导")
    assert sorted((r.category, r.building) for r in reports) == [("乱晾晒", "12"), ("乱晾晒", "6")]


@pytest.mark.parametrize(
    "text",
    [
        "青松里网格员反映：12号楼门前绿化带里被人开了一块地种菜。请物业明天恢复绿化。",
        "冬青里居民来电反映，小区3号楼后面空地被人种了菜，请物业清理。",
    ],
)
def test_a_name_before_its_grid_worker_or_a_caller(text: str) -> None:
    assert [r.community for r in parse(text)] == [text[:3]]


def test_the_police_told_to_turn_out_at_the_same_time_are_asked() -> None:
    reports = parse("锦江家园7号楼楼道里烟很大，怀疑有人在楼道里烧东西，请物业马上去看，派出所同步出警。")
    assert [set(r.responsible) for r in reports] == [{"物业", "派出所"}]


def test_a_result_asked_to_be_sent_in_is_no_report() -> None:
    assert parse("@晨曦家园居委会 11号楼群租核查结果请今天中午前报一下。") == []


def test_a_lift_that_keeps_trapping_people_is_broken() -> None:
    reports = parse("瑞丰家园来电人反映：小区6号楼的电梯这两天老是关人。请物业今天联系维保单位检修。")
    assert [fields(r) for r in reports] == [("设施损坏", "瑞丰家园", "6", None, None)]


def test_an_item_named_by_its_number_takes_the_request_whatever_work_it_names() -> None:
    reports = parse(
        "石竹园小区网格员报：\n1. 7号楼2单元门口堆了一大堆装修废料，没装袋；\n"
        "2. 7号楼西侧消防通道被一排共享单车堵住了。\n请物业本周五前整改，第2项请城管协调单车企业清运。"
    )
    assert {r.category: set(r.responsible) for r in reports} == {"建筑垃圾": {"物业"}, "消防通道占用": {"物业", "城管"}}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("来电人反映桃园西区9号楼下有人遛狗不拴绳。请物业加强巡查。", "桃园西区"),
        ("杏园北区网格员：2号楼楼道里被人用红油漆写了字，请物业清除。", "杏园北区"),
        ("天一小区南区9号楼下有人遛狗不拴绳。请物业加强巡查。", "天一小区"),
    ],
)
def test_a_zone_after_a_one_character_ending_is_part_of_the_name(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_front_parlour_after_a_house_number_is_no_date_and_a_lanes_mouth_is_no_building() -> None:
    reports = parse(
        "德兴里 28号前客堂改成了小店 东西摆到弄堂里来卖 另外弄堂口墙上有人用油漆乱涂了电话号码 请居委会本周四前处理"
    )
    assert sorted((r.category, r.building, r.deadline) for r in reports) == [
        ("乱张贴涂写", None, at("2026-11-19 23:59")),
        ("占道经营", "28", at("2026-11-19 23:59")),
    ]


def test_a_fix_said_with_shanghainese_tuo_after_turning_the_soil_is_no_report() -> None:
    assert parse("岚山花园11号楼种菜个地方 今天物业已经翻脱重新补种草皮了") == []


def test_one_request_aimed_at_nothing_takes_the_problem_the_others_leave() -> None:
    reports = parse("梅陇新村门口有人摆摊卖菜 地上烂菜皮撒了一地 城管马上来处理 保洁把烂菜皮扫脱")
    assert {r.category: r.responsible for r in reports} == {"占道经营": ("城管",), "暴露垃圾": ("保洁",)}


@pytest.mark.parametrize(
    "text",
    [
        "德兴里28号跨门营业个 店主讲下礼拜收进去",
        "督办 桃源新村31号楼下头路面个坑 礼拜一报个 到现在没动静 请房办讲一讲进度 啥辰光修",
    ],
)
def test_an_owners_promise_and_progress_asked_for_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金沙公寓地下车库入口坡道上积水老深 一直勿退 物业排一排水", [("环境脏乱", ("物业",))]),
        ("延安公寓门口宣传栏里个文明养犬公益广告被雨淋坏了 请居委会下周一前换新", [("公益广告缺失", ("居委会",))]),
        ("海棠新村9号楼顶楼楼道窗玻璃碎脱了 请物业明天下班前处理", [("设施损坏", ("物业",))]),
    ],
)
def test_draining_a_slogans_dog_and_glass_broken_in_shanghainese(text: str, expected: list) -> None:
    assert [(r.category, r.responsible) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345转办：松竹苑13号楼东边的自行车棚里有人私拉电线。请物业今天断电整改。", ["飞线充电"]),
        ("和畅苑3号楼后面空地上有人往那儿倒剩饭剩菜，招老鼠。请物业清理干净。", ["暴露垃圾"]),
        ("长润里8号楼1门302卫生间漏水，水顺着墙往楼下301滴。请居委会、物业协调处理。", ["其他"]),
    ],
)
def test_a_loose_character_of_a_name_leftovers_dumped_and_a_flats_leak_running_below(text: str, expected: list) -> None:
    assert [r.category for r in parse(text)] == expected


def test_chairs_set_out_on_the_pavement_for_customers_is_trading_there() -> None:
    reports = parse("望海苑门口有家理发店，在门口人行道上摆椅子给人理发。请城管执法队明天前查处。")
    assert [(r.category, r.responsible) for r in reports] == [("占道经营", ("城管",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("银桥苑门口的公益广告牌褪色褪得看勿清了 请居委会更换 迎检前要弄好", [("公益广告缺失", ("居委会",))]),
        ("江安新村19号楼门口又堆了建筑垃圾 物业八点半前清脱 迎检要来了", [("建筑垃圾", ("物业",))]),
        ("华泾公寓门口小饭店厨房油污直接倒辣窨井里 地上油腻腻 市场监管所来查一查", [("环境脏乱", ("市场监管",))]),
        ("银桥苑5号楼门口地面砖翘起来了 物业12月15号前修好", [("设施损坏", ("物业",))]),
        ("枣庄里45号楼道墙面被烟熏黑了一大片 请居委会跟房办处理", [("环境脏乱", ("居委会", "房办"))]),
        ("昌平路316弄弄堂口垃圾桶翻倒了 垃圾散了一地 保洁马上来扫", [("暴露垃圾", ("保洁",))]),
        ("余杭坊17号楼梯口堆了三袋碎砖头 装修队讲下礼拜再运 物业催伊拉今天运脱", [("建筑垃圾", ("物业",))]),
        ("春江景城南门外面夜里厢又有卖烤串的 烟大得来 城管能勿能来看看", [("占道经营", ("城管",))]),
        ("大华公寓对面工地夜里厢还在打桩 十一点了 城管能勿能管一管", [("噪音扰民", ("城管",))]),
        ("铜仁公寓垃圾箱房天天满出来 保洁阿姨讲车子没来收 请物业跟环卫联系一下", [("暴露垃圾", ("物业",))]),
    ],
)
def test_shanghainese_chat_of_a_second_round(text: str, expected: list) -> None:
    assert [(r.category, r.responsible) for r in parse(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["康乐里刚刚又有人辣电线杆浪贴小广告 被我当场撕脱了", "大华公寓搿只工地夜里还在打桩伐"],
)
def test_torn_off_by_the_speaker_and_asked_whether_it_goes_on_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_sofa_put_out_there_and_boxes_the_stairwell_also_has_are_two_problems() -> None:
    reports = parse("沙泾新村12号楼旁边空地上伊拉又把旧沙发摆辣海了 楼道里厢还有交关纸板箱 麻烦物业今朝下班前清脱")
    assert sorted(r.category for r in reports) == ["公共区域堆物", "楼道堆物"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("彭浦十二村里厢夜里有人电钻一直弄到十点多 勿晓得是哪一栋 居委会帮忙查一查", [("彭浦十二村", None)]),
        ("御华府B座大堂门口有人遛狗勿牵绳狗屎也勿拾伊拉物业讲管勿牢居委会能勿能出面", [("御华府", "B")]),
    ],
)
def test_which_building_asked_and_what_cannot_be_managed_name_no_place(text: str, expected: list) -> None:
    assert [(r.community, r.building) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("桂林园1栋楼下花基度成日有人放几袋垃圾过夜 请保洁同物业跟进下", [("暴露垃圾", None)]),
        ("嘉禾苑7栋天台有人用铁皮搭咗个棚仲围埋一圈 请城管本周五前拆除", [("违法搭建", "嘉禾苑")]),
        ("海景湾 14栋 6楼 隔篱屋装修由朝早七点钻到而家 请物业叫佢停一停", [("噪音扰民", "海景湾")]),
        (
            "南山新村门口啲垃圾桶冇分类 仲有两个桶冇咗盖 请物业规范下",
            [("垃圾分类不规范", "南山新村"), ("设施损坏", "南山新村")],
        ),
        ("鹏城大厦C座地下停车场啲床褥仲未清 请物业今日下班前一定要清走", [("公共区域堆物", "鹏城大厦")]),
        ("宏图花园地下车库入口旁边有人倾倒咗一车建筑余泥 请物业清运", [("建筑垃圾", "宏图花园")]),
        ("朗月居3栋有人喺楼梯扶手度拉咗条拖板线落去楼下充电 请物业处理", [("飞线充电", "朗月居")]),
        ("御景花园8栋楼下平台有人抛咗好多烟头同饮料樽落嚟 请物业查下", [("高空抛物", "御景花园")]),
        ("龙华苑9栋顶楼有人用木板搭咗个阁仔 请物业处理", [("违法搭建", "龙华苑")]),
        (
            "沙湾村今日巡查 一系五巷口垃圾桶满晒溢出嚟成地都系 二系六巷口有人摆档 请城管跟进",
            [("占道经营", "沙湾村"), ("暴露垃圾", "沙湾村")],
        ),
        ("天河湾后门仲有几架电单车停到成条人行道都系 请城管处理", [("非机动车乱停放", "天河湾")]),
        ("@物业 沙湾村七巷口嗰个垃圾点啲垃圾倒晒出地 狗仔翻到周围都系 今日内清理", [("暴露垃圾", "沙湾村")]),
    ],
)
def test_cantonese_voice_of_a_second_round(text: str, expected: list) -> None:
    assert sorted((r.category, r.community) for r in parse(text)) == [(c, n or text[:3]) for c, n in expected]


@pytest.mark.parametrize(
    "text",
    [
        "翠湖华庭9栋轮胎嗰单物业话今日会清 请各位留意",
        "新华苑7栋群租嗰单派出所点讲 有冇结果",
        "怡景苑12栋嗰几只狗 居委已经搵咗主人倾 佢话会搬去乡下",
    ],
)
def test_a_promise_relayed_a_result_asked_and_a_talk_had_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_party_joined_to_one_it_is_to_contact_and_two_asked_to_call_someone() -> None:
    contacted = parse("铜川公寓垃圾箱房天天满出来 请物业跟环卫联系一下")
    both = parse("明珠大厦后巷污水井冒水出来 请物业同街道联系排水公司两小时内处理")
    assert [set(r.responsible) for r in contacted + both] == [{"物业"}, {"物业", "街道"}]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("北京朝阳区馨悦小区网格员报：小区8号楼门前消防通道被私家车占用。请物业协调挪走。", "馨悦小区"),
        ("天津河西区潭水里居民反映：1号楼前面的健身器材坏了两个。请物业维修。", "潭水里"),
    ],
)
def test_a_municipality_and_its_district_before_an_estate_are_no_part_of_it(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柳林西区2号楼1门门口有人摆了个修车摊，零件、旧轮胎摊了一地。请城管今天内清理。", ["占道经营"]),
        ("蓝海家园小区主路上的减速带有一段被压坏了，铁钉子都翘起来了。请物业尽快修复。", ["设施损坏"]),
        ("晴川东里3号楼楼顶搭了个鸽子棚，楼道、窗台上全是鸽子粪。请城管处理。", ["违法搭建", "环境脏乱"]),
        ("丽水小区6号楼东侧的井盖丢了，用一个破纸箱盖着，很危险。请物业设置围挡。", ["设施损坏"]),
        ("槐花西区17号楼楼下的绿地被施工车辆碾出两道大坑，草皮全毁了。请绿化队补种。", ["毁绿种菜"]),
        ("岚水里3号楼1门楼梯间堆着两辆坏了的三轮车和一堆旧木头。请物业清理。", ["楼道堆物"]),
        ("青松里门口超市门口的几根隔离桩被撞倒了没人扶。请城管明天处理。", ["设施损坏"]),
        ("润泽家园南门外机动车道上停着一排共享单车。请城管立即清理。", ["非机动车乱停放"]),
    ],
)
def test_relayed_complaints_from_tianjin_and_beijing(text: str, expected: list) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(expected)


def test_a_pile_and_an_extinguisher_also_expired_share_a_request_for_both_works() -> None:
    reports = parse(
        "金穗家园5号楼地下室被人堆满了旧家具、纸板箱，地下室的灭火器也都过期了。请物业两日内清理并更换灭火器。"
    )
    assert {r.category: r.responsible for r in reports} == {"公共区域堆物": ("物业",), "消防设施缺失": ("物业",)}


def test_a_check_made_is_no_report() -> None:
    assert parse("宜安里桶站已经看过了，现场确实混投严重，照片发群里了。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("枕水苑 居委 物业：\n1、5幢2单元楼道堆放杂物\n2、沿河栏杆松动\n今天下午4点前整改", ["枕水苑", "枕水苑"]),
        ("香榭公寓 问题清单\n1 楼道堆物 2幢3层\n2 灭火器过期 2幢\n物业：本周五前", ["香榭公寓", "香榭公寓"]),
    ],
)
def test_a_list_lines_problem_said_before_its_building_is_no_name(text: str, expected: list) -> None:
    assert [r.community for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@物业 栖云苑3幢2单元 昨天报的楼道堆物 今天复查还在 请今天下午3点前清完", ["楼道堆物"]),
        ("云栖府12幢楼道灯 周一报的 至今未修 请物业周六中午前修复", ["设施损坏"]),
        ("星河府\n问题1：3幢西侧空地 堆放旧自行车 破沙发\n整改：物业明天完成", ["公共区域堆物"]),
        ("晴雨苑\n1 2幢单元门门禁损坏\n2 6幢3楼楼道 旧床垫\n请物业下周二前", ["楼道堆物", "设施损坏"]),
        ("湖滨花园\n1. 中心水池漂浮垃圾\n@物业 下周一上午10点前", ["暴露垃圾"]),
        ("兰溪名邸11幢群租已联合核查，责令整改", []),
        ("观湖府东门夜宵摊昨晚未出摊", []),
    ],
)
def test_terse_notes_from_hangzhou_and_suzhou(text: str, expected: list) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("娄山新村 17幢 1楼 门口 晾衣架 架在绿化带里", ["乱晾晒"]),
        ("锦云湾 复查 1幢旁沙发 仍未清运 物业 今天17:00前 必须清掉", ["公共区域堆物"]),
        ("金桂苑 9幢后 垃圾箱房 门坏了 垃圾堆在外面 物业 保洁", ["暴露垃圾", "设施损坏"]),
        ("青松庭 8幢3单元 2楼平台 腊肉 咸鱼 挂在公共栏杆上", ["乱晾晒"]),
        ("娄山新村 11幢 车棚 废旧自行车 物业 明天下班前全部清走", ["公共区域堆物"]),
    ],
)
def test_terse_notes_of_a_second_round(text: str, expected: list) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("春华坊居民反映搿几天夜里十一点钟还有人辣8号楼装修 电钻声音响得要命 请物业去讲一讲", [("噪音扰民", "春华坊")]),
        (
            "冬青里居民又来讲了 弄堂里几部汽车停辣消防通道上 请居委搭城管今天下午四点前处理",
            [("消防通道占用", "冬青里")],
        ),
        ("青松里老居民打电话来讲 隔壁16号二楼租了十几个人 上下铺 请房办搭派出所去查一查", [("群租", "青松里")]),
        ("枫林坊门口搿只早点摊头又摆到人行道上来了 人也走勿过去 城管中队好来管管了伐", [("占道经营", "枫林坊")]),
        ("丰盛坊门口个奶茶店 音箱对牢马路放歌 从早放到夜 请市场监管搭城管管一管", [("噪音扰民", "丰盛坊")]),
        ("古柏新村28号楼1楼有人开了个小作坊 缝纫机声音从早响到夜 请居委查一查", [("噪音扰民", "古柏新村")]),
        ("悦湖公寓地下室有人辣里向摆了床铺 七八个人住辣里向 请房办搭派出所查清爽", [("群租", "悦湖公寓")]),
        (
            "蓝天国际门口 一排黑车停辣非机动车道上 还有人辣人行道上停车 请城管礼拜六前整治",
            [("机动车乱停放", "蓝天国际")],
        ),
        ("润泽府2号楼有人家拿雨伞 拖把挂辣窗外头 晃晃荡荡 风大点就要掉下来 请物业提醒到位", [("高空抛物", "润泽府")]),
        (
            "锦绣华庭7号楼楼下头绿化带里向有人种了一排青菜 泥巴翻得一塌糊涂 请绿化搭物业去看看",
            [("毁绿种菜", "锦绣华庭")],
        ),
    ],
)
def test_colloquial_shanghai_of_a_third_round(text: str, expected: list) -> None:
    assert sorted((r.category, r.community) for r in parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "梅林三村居委：40号楼漏水个事体 物业去看过了 楼上人家讲下礼拜请师傅来修",
    ],
)
def test_the_matter_talked_over_and_a_look_taken_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("12345转办：市民反映，河东区椿树道丰年里6号楼2门楼道里堆满了纸壳子和旧家具。请居委会、物业清理。", "丰年里"),
        ("来电人称：我住南开区渌水道清溪小区15号楼，楼上天天夜里砸东西，孩子都睡不着。请物业协调。", "清溪小区"),
    ],
)
def test_a_tianjin_road_after_the_district_is_no_part_of_the_name(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12345工单：东园小区2楼门口有人从楼上窗户甩下来一根插线板给电动车飞线充电。要求物业即知即改。", ["飞线充电"]),
        ("福安里21号楼有住户把电瓶拎回家里充电，楼道里还停着两辆车。请居委会上门劝导。", ["飞线充电"]),
        ("裕丰里小区5楼2号门那家在楼道里装了个铁栅栏门，把楼道尽头圈进自家了。请房办督促拆除。", ["违法搭建"]),
        ("东园小区9号楼有人装修一直干到现在，电锤声隔三栋楼都听得见。请物业马上去制止。", ["噪音扰民"]),
    ],
)
def test_relayed_complaints_of_a_second_round(text: str, expected: list) -> None:
    assert sorted(r.category for r in parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今天共接12345工单11件，涉及群租1件、噪音2件、占道经营2件，明早8点前请把处置照片发群里。",
    ],
)
def test_a_days_tally_of_work_orders_with_photos_of_the_work_asked_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("侨福苑3栋门口嘅公益广告牌被风吹跌咗 居委12月5号前装返", [("公益广告缺失", ("居委会",))]),
        ("富盈苑12楼楼下有人将狗绑喺单车棚 吠足成日 物业搵狗主", [("不文明养犬", ("物业",))]),
        ("华盈绿庭有人喺中心花园放狗 唔拉绳 保安话管唔到 居委贴告示提醒", [("不文明养犬", ("居委会",))]),
        ("海丰大厦对面条街有间大排档摆晒台凳出嚟 跨门营业 成管同市监所睇下点搞", [("占道经营", ("城管", "市场监管"))]),
        ("明华苑8栋3单元有个阿伯几日冇见出门 敲门都冇人应 居委同派出所即刻上门睇下", [("其他", ("居委会", "派出所"))]),
        ("富华花园2栋楼上夜晚有人掉啲烟头同果皮落嚟 居委同物业排查下", [("高空抛物", ("居委会", "物业"))]),
        ("金海苑6栋天台边摆咗几盆花 随时吹落街 物业上去睇下", [("高空抛物", ("物业",))]),
    ],
)
def test_cantonese_voice_of_a_third_round(text: str, expected: list) -> None:
    assert [(r.category, tuple(sorted(r.responsible))) for r in parse(text)] == [
        (c, tuple(sorted(p))) for c, p in expected
    ]


def test_a_grid_team_saying_it_will_go_and_dig_it_up_is_work_under_way() -> None:
    assert parse("侨福苑种菜嗰度绿化队话听日过去铲") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "康乐公寓9号楼楼道里向个应急灯坏脱了 安全出口个指示牌也勿亮 请物业两天内修好",
            ["消防设施缺失"],
        ),
        ("督办：古柏新村52号楼底下健身器材礼拜二报个 到现在还坏辣海 请街道搭物业12月15日前修好", ["设施损坏"]),
    ],
)
def test_an_exit_sign_with_shanghainese_ge_and_da_joining_parties_beside_a_facility(text: str, expected: list) -> None:
    assert sorted(r.category for r in parse(text)) == expected


def test_a_brand_name_ending_in_a_word_jieba_tags_as_time_is_kept() -> None:
    reports = parse("江南春晓7栋门口广场舞音响太响，每天晚上放到十点，居民投诉很多，请居委会协调。")
    assert [(r.community, r.building) for r in reports] == [("江南春晓", "7")]


def test_zombie_vehicles_in_a_bike_shed_are_no_cars() -> None:
    reports = parse("华山新村21号到23号之间的自行车棚里全是僵尸车，好多年没人骑了，请物业清理。")
    assert "机动车乱停放" not in [r.category for r in reports] and reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12345工单两件，均为秀山北里：1、3号楼门口垃圾桶满溢，请物业清运；2、小区西门外有流动摊贩卖水果，请城管处理。",
            "秀山北里",
        ),
        ("松苑里反映：15号楼有人从楼上往下扔烟头和果皮。请派出所和居委会协助排查。", "松苑里"),
    ],
)
def test_a_name_after_wei_and_before_a_report_said(text: str, expected: str) -> None:
    assert {r.community for r in parse(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各网格注意：下周一区里开展消防安全检查，请提前排查楼道堆物和飞线充电。", []),
        ("检查组反馈问题：1、松风西区7号楼桶边垃圾（已整改）；2、金山家园分类桶缺失（在办）。", []),
        (
            "市民来电：春风家园11号楼对面空地上有人倒了一大堆碎砖，请物业清运，城管视情况处罚。",
            [("建筑垃圾", ("城管", "物业"))],
        ),
        ("转12345：云景小区2号楼东侧化粪池满溢，污水流到路面上。请物业今天内处理。", [("环境脏乱", ("物业",))]),
        ("安和南里①2号楼底商理发店门口摆了好几个花盆和招牌，占人行道。请城管今天下午处理。", [("占道经营", ("城管",))]),
        ("柳林南里小区8号楼西侧小路上有人私自装了一道铁门，还上了锁。请城管核实。", [("违法搭建", ("城管",))]),
        ("永和里7号楼3门有人在楼道里放了个大铁柜子，占了楼梯转角。请物业明天前处理。", [("楼道堆物", ("物业",))]),
    ],
)
def test_relayed_complaints_of_a_third_round(text: str, expected: list) -> None:
    assert [(r.category, tuple(sorted(r.responsible))) for r in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("水湾新村15栋后面有两个人喺度烧嘢 烟好大 请居委会同派出所抓紧去睇", [("其他", "水湾新村")]),
        ("麒麟新村菜市场后面成条巷都系烂菜叶同胶袋 请保洁今日清理", [("暴露垃圾", "麒麟新村")]),
        ("润景花园5座楼下士多门口 成日有班人饮酒猜枚到半夜 请派出所加强夜间巡逻", [("噪音扰民", "润景花园")]),
        ("粤华花园7栋单车房门口 电动车泊到出晒行人通道 请物业马上处理", [("非机动车乱停放", "粤华花园")]),
        ("星河城3栋有住户喺天台养咗几十只白鸽 鸽屎同羽毛飞满邻居阳台 请居委会上门劝导", [("其他", "星河城")]),
        ("早晨 周末加班巡查 第一站博文花园 东门口嘅垃圾箱房满晒 请保洁上午十点前清运", [("暴露垃圾", "博文花园")]),
        (
            "鹏华名苑北门口 有个卖鱼蛋嘅流动档 啲竹签纸杯掟到成地 请城管同保洁处理",
            [("占道经营", "鹏华名苑"), ("暴露垃圾", "鹏华名苑")],
        ),
        ("瑞华大厦后门空地有人用铁架同帆布搭咗个仓库放货 请城管中队核查", [("违法搭建", "瑞华大厦")]),
    ],
)
def test_cantonese_voice_of_a_fourth_round(text: str, expected: list) -> None:
    assert sorted((r.category, r.community) for r in parse(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    ["桂花村麻将台已经搬咗入祠堂 居委讲咗", "泰和里装修垃圾业主话听日搬", "博文花园路面窿已经用沥青补咗"],
)
def test_moved_in_promised_by_the_owner_and_patched_are_no_reports(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("梅陇路388弄后头有人拿被头晾辣海小区门口树浪向 请物业去劝劝伊拉", [("乱晾晒", "梅陇路388弄")]),
        ("莲花新村12号楼门口个消火栓被人用砖头围牢了 物业请两天内恢复", [("消防设施缺失", "莲花新村")]),
        ("枫林雅筑门口人行道浪私家车停满 城管请来贴单", [("机动车乱停放", "枫林雅筑")]),
        ("云峰大楼门口大理石台阶浪油腻腻个 有人倒了剩菜汤 保洁马上冲一冲", [("环境脏乱", "云峰大楼")]),
    ],
)
def test_colloquial_shanghai_of_a_fourth_round(text: str, expected: list) -> None:
    assert sorted((r.category, r.community) for r in parse(text)) == sorted(expected)


def test_asked_whether_a_van_still_stands_there_is_no_report() -> None:
    assert parse("静安华庭5号楼个消防通道快递车还停辣海伐") == []


def test_the_committee_told_to_oversee_is_asked() -> None:
    reports = parse("兰亭坊巡查：6号楼楼道里堆了交关鞋柜跟纸箱 以上请物业明天下班前处理完毕 居委会监督")
    assert [set(r.responsible) for r in reports] == [{"物业", "居委会"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "【督办】\n点位：春风名邸南门\n问题：共享单车 电动车 乱停 占用盲道\n"
            "整改要求：物业规范停放 划线\n时限：11月27日",
            [("非机动车乱停放", ("物业",))],
        ),
        (
            "督办事项\n点位：紫荆花园8幢\n问题：墙面小广告仍未清除\n整改要求：保洁彻底铲除\n时限：明天10点前",
            [("乱张贴涂写", ("保洁",))],
        ),
        ("吴江名邸 小区主干道 路面破损 坑洼 物业修补", [("设施损坏", ("物业",))]),
        (
            "督办单\n点位：沁水园10幢\n问题：10幢一楼住户私占楼道 安装铁门\n"
            "整改要求：房管办 城管中队 拆除\n时限：12月4日",
            [("违法搭建", ("城管", "房办"))],
        ),
    ],
)
def test_terse_notes_and_forms_of_a_fourth_round(text: str, expected: list) -> None:
    assert [(r.category, tuple(sorted(r.responsible))) for r in parse(text)] == expected


def test_which_household_to_find_out_is_no_question_and_a_time_after_you_is_no_deadline() -> None:
    thrown = parse("富丽花园2栋楼上夜晚有人掉啲烟头同果皮落嚟 楼下啲车都中招 居委同物业排查下系边户")
    assert [(r.category, set(r.responsible)) for r in thrown] == [("高空抛物", {"居委会", "物业"})]
    (noise,) = parse(
        "海悦台二期 14栋 6楼 隔篱屋装修由朝早七点钻到而家 请物业叫佢停一停",
    )
    assert noise.deadline is None


@pytest.mark.parametrize(
    "text",
    ["侨福苑啲菜铲咗 绿化队补返草皮", "不好意思 头先讲嘅修车档系凤岗村东门嗰边"],
)
def test_vegetables_dug_up_and_an_earlier_message_corrected_are_no_reports(text: str) -> None:
    assert parse(text) == []


def test_a_verb_and_its_result_before_the_estate_names_none() -> None:
    reports = parse("云翠苑南门对出嘅路口 成日有货车乱停 堵住小区出入口 请派出所同城管处理")
    assert [r.community for r in reports] == ["云翠苑"]


def test_a_party_then_its_work_with_no_please_is_asked() -> None:
    (report,) = parse("枫林苑10栋后面草地被人踩秃了一块 请绿化公司三日内补种 物业加围栏")
    assert set(report.responsible) == {"绿化", "物业"}


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("有居民打电话讲古林新村3号楼楼道里堆满纸箱，请物业清理", "古林新村"),
        ("@城管中队 长乐路口锦绣苑门前又有流动摊贩，请处理", "锦绣苑"),
        ("锦绣里弄堂里墙上被人乱涂乱画，请居委处理", "锦绣里"),
        ("城运中心巡查发现：锦绣大厦3层楼梯间应急灯不亮，请物业整改", "锦绣大厦"),
        ("我系锦绣花园保安部嘅 宜家停车场出口有车停喺消防通道 麻烦城管过嚟睇下", "锦绣花园"),
    ],
)
def test_a_word_before_or_after_a_name_is_no_part_of_it_in_a_sixth_round(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_tally_place_by_place_asking_for_work_names_no_problem() -> None:
    text = "通报：昨日暗访发现问题5处，其中枫林苑2处、桂花新村2处、金海湾1处，请相关社区今天下班前完成整改并上传照片。"
    assert parse(text) == []


def test_an_estate_named_with_jun_and_a_garden_of_ones_own_that_is_none() -> None:
    (car_park,) = parse("九歌上郡 地下车库出口积水老深 物业明天10点前疏通")
    assert car_park.community == "九歌上郡"
    (walled,) = parse("东昌新村28号楼前空地上 有人用砖头砌了围墙 围起来当自家花园 城管请处理")
    assert walled.community == "东昌新村"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("【督办】枫林苑6栋楼梯间的旧沙发，今天去看还在！请物业今天16:00前必须清走", at("2026-11-18 16:00")),
        ("枫林苑那个飞线 今天去看 还在那拉 请居委今天下午上门拆除", at("2026-11-18 17:00")),
        ("周六整治发现：枫林苑后门外流动摊贩推车卖烤红薯，请城管中队现场处置", None),
    ],
)
def test_the_day_one_went_to_look_or_found_a_problem_is_no_deadline(text: str, deadline) -> None:
    assert [r.deadline for r in parse(text)] == [deadline]


@pytest.mark.parametrize(
    "text",
    [
        "枫林苑3座 1、大堂门口有人私拉电线充电 2、楼梯口消防栓箱玻璃碎了 请物业下班前处理",
        "枫林苑二期3栋底下 1、绿化带里有人种蒜苗；2、单元门口垃圾桶满溢。请居委明天上午处理。",
    ],
)
def test_a_place_alone_before_a_numbered_list_heads_every_item(text: str) -> None:
    reports = parse(text)
    assert len(reports) == 2
    assert {(r.community, r.building) for r in reports} == {("枫林苑", "3")}


def test_a_typed_slip_for_the_property_office_is_asked() -> None:
    (report,) = parse("枫林苑10座消防通道堆满杂物 请物也马上清理")
    assert report.responsible == ("物业",)


def test_a_work_order_is_no_estate() -> None:
    (report,) = parse("城运中心工单 编号：CY-0088。来电人反映枫林大厦B座1205隔成了七八间出租。请房管办核查")
    assert report.community == "枫林大厦"


def test_a_header_then_words_of_finding_ends_at_the_estate() -> None:
    reports = parse("枫林里今日巡查发现问题：\n1. 7号楼北侧共享单车倒了一地；\n请物业今天内整改。")
    assert [(r.community, r.building) for r in reports] == [("枫林里", "7")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "枫林苑 物业：5号楼前路灯坏了两盏，另外儿童游乐区滑梯断了一块，尽快修。",
            [("设施损坏", "5", None), ("设施损坏", None, None)],
        ),
        (
            "枫林苑巡查情况：5栋后面空地堆放废旧轮胎、8栋旁边绿化带里扔满了垃圾、地下车库入口堆着废弃家具。请物业整改。",
            [("公共区域堆物", "5", None), ("暴露垃圾", "8", None), ("公共区域堆物", None, None)],
        ),
        (
            "枫林苑17号：楼道灯不亮、2单元门禁坏了关不上、一楼墙面乱涂乱画。居委今天内报修。",
            [("设施损坏", "17", None), ("设施损坏", "17", "2"), ("乱张贴涂写", "17", None)],
        ),
    ],
)
def test_an_item_in_the_grounds_or_of_a_run_keeps_to_its_own_place(text: str, places: list) -> None:
    assert [(r.category, r.building, r.unit) for r in parse(text)] == places


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("枫林苑菜场门口卖鱼的把水泼得满地都是，请保洁冲洗", "环境脏乱"),
        ("枫林苑3号楼下绿化带里塞满了垃圾袋和饮料瓶，请保洁清理", "暴露垃圾"),
    ],
)
def test_water_splashed_and_a_verge_stuffed_with_litter(text: str, category: str) -> None:
    assert category in [r.category for r in parse(text)]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("枫林新村 9号楼下 有只大狗 没牵绳 辣海小花园里跑来跑去 居委帮忙宣传一下", "枫林新村"),
        ("枫林新村 52号 楼下 电线从窗户里拖出来充电 插座还淋辣雨里 物业马上处理", "枫林新村"),
    ],
)
def test_shanghainese_la_hai_before_a_place_is_there(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


def test_a_weld_is_work_asked_and_a_verge_walled_in_for_parking_is_building() -> None:
    (rail,) = parse("枫林湾 B座 屋顶平台 铁栏杆锈断了 物业礼拜六前焊好")
    assert rail.responsible == ("物业",)
    (walled,) = parse("枫林一村 78号 楼下 有住户辣路边用砖头围了一圈 当停车位 物业两天内拆除")
    assert walled.category == "违法搭建"


@pytest.mark.parametrize(
    "text",
    [
        "绿地香颂 3、5、8号楼楼道里 各家门口鞋柜 纸箱堆得满满 物业再去清一清",
        "绿地香颂 1、18号楼门口绿化带里种了葱 2、22号楼下有人把被单晾到树上了 请居委整改",
    ],
)
def test_a_name_alone_before_a_list_of_buildings_or_items_is_the_estate(text: str) -> None:
    assert {r.community for r in parse(text)} == {"绿地香颂"}


def test_the_party_whose_word_is_passed_on_is_not_asked() -> None:
    text = "转城管中队反馈 今日暗访问题：\n一、枫林苑南门 跨门营业\n以上请相关居委配合 周五前整改完毕"
    assert [r.responsible for r in parse(text)] == [("居委会",)]


def test_parties_named_before_one_request_are_each_asked_for_all_of_it() -> None:
    reports = parse("枫林天下3栋地下室 隔成了好几间租给人住 还私拉电线 物业 派出所请核实")
    assert [(r.category, set(r.responsible)) for r in reports] == [
        ("群租", {"物业", "派出所"}),
        ("飞线充电", {"物业", "派出所"}),
    ]


def test_requests_shared_out_by_the_work_of_street_trading() -> None:
    reports = parse("枫林小区西门外面一排流动摊贩卖烤红薯，还在墙上贴了招租广告。请城管中队劝离，物业把墙上清一下。")
    assert [(r.category, r.responsible) for r in reports] == [("占道经营", ("城管",)), ("乱张贴涂写", ("物业",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "网格员反映：枫林里菜场后门那段路，鱼摊杀鱼的水直接往路上倒，黏糊糊的一层。请城管中队明天检查。",
            ("环境脏乱", "枫林里", at("2026-11-19 23:59")),
        ),
        (
            "枫林小区主干道中间塌了个坑，有脸盆那么大。请物业后天前修补。",
            ("设施损坏", "枫林小区", at("2026-11-20 23:59")),
        ),
        (
            "枫林坊老院子里，有人把腊肉挂到路边的树子上晾。请居委去劝导，今天下午都要弄完。",
            ("乱晾晒", "枫林坊", at("2026-11-18 17:00")),
        ),
    ],
)
def test_relays_of_a_sixth_rounds_late_writer(text: str, expected: tuple) -> None:
    assert [(r.category, r.community, r.deadline) for r in parse(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "【枫林新村 居委、物业】一、5号楼楼下嘅茶餐厅将枱凳摆晒出人行道；二、东门垃圾箱房满溢冇人清",
            [("占道经营", "5"), ("暴露垃圾", None)],
        ),
        ("枫林新村2号楼楼梯间好几层都冇灭火器 有一层个消防箱仲俾人锁住咗 物业下周二前补齐", [("消防设施缺失", "2")]),
        ("枫林新村12号楼道等坏咗成个月 房管办麻烦派人维修", [("设施损坏", "12")]),
        ("枫林小区十四号楼四楼阳台外面挂咗个大铁架 生晒锈 摇摇下好惊跌落嚟 物业即刻上门", [("高空抛物", "14")]),
        ("枫林路88弄入面条巷 有人用木板同铁皮搭咗间仓 城管中队下礼拜一前拆除", [("违法搭建", None)]),
        ("枫林村12号门口骑楼底 有人用砖墙封埋做仓库 城管这周五前处理", [("违法搭建", "12")]),
        ("枫林坊8号后面条巷 有人将旧雪柜同洗衣机丢喺度 保洁8号前处理", [("公共区域堆物", "8")]),
        ("枫林公寓2栋1楼 楼梯口有个电箱门打开咗 电线外露 物业今日下班前处理", [("设施损坏", "2")]),
    ],
)
def test_cantonese_of_a_sixth_rounds_fifth_writer(text: str, expected: list) -> None:
    assert [(r.category, r.building) for r in parse(text)] == expected


def test_names_and_times_of_a_sixth_rounds_fifth_writer() -> None:
    (sofa,) = parse("枫林国际城中央花园 有人将旧沙发同床褥丢喺草地度 保洁部两天内清理")
    assert sofa.community == "枫林国际城"
    (thrown,) = parse("枫林里5号二楼嘅住户 成日将啲剩饭直接由窗口掟落后巷 居委周一前上门处理")
    assert (thrown.category, thrown.community) == ("高空抛物", "枫林里")
    (drill,) = parse("枫林小区9号楼楼上装修 成日下昼打钻打到夜晚十点 请物业协调")
    assert drill.deadline is None
    assert parse("枫林小区22栋群租嘅事，派出所话下礼拜一再上门") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "来电人反映：枫林新村4栋楼下的分类垃圾桶从来不分，厨余和快递盒子全部丢一个桶。请物业加强督导。",
            [("垃圾分类不规范", "枫林新村")],
        ),
        (
            "【12345工单】来电人反映：枫林花园5栋2单元楼道里头堆满了纸箱子。诉求：清理楼道堆物。请枫林花园物业今天下班前处理。",
            [("楼道堆物", "枫林花园")],
        ),
        ("枫林湾网格日巡：\n①3栋楼下垃圾桶满了溢出来，没人收；\n请物业公司今天内处理。", [("暴露垃圾", "枫林湾")]),
        ("枫林新村13栋旁边那个垃圾站周围污水横流，臭得很。请保洁下午下班前冲洗。", [("环境脏乱", "枫林新村")]),
        ("枫林东湖国际最近老是有人混进小区推销保健品。请物业加强门岗管理。", [("其他", "枫林东湖国际")]),
        ("刚接到电话，枫林印象3号楼2单元门口有人倒了一地的油漆。请物业冲洗一下。", [("环境脏乱", "枫林印象")]),
        ("住户打电话说枫林里7号楼下面的化粪池满了，粪水漫到路上。@物业 请马上组织抽。", [("环境脏乱", "枫林里")]),
    ],
)
def test_relays_of_a_sixth_rounds_fourth_writer(text: str, expected: list) -> None:
    assert [(r.category, r.community) for r in parse(text)] == expected


def test_a_party_told_to_work_on_the_residents_is_asked() -> None:
    (report,) = parse("来电人反映：枫林苑12栋屋顶平台上有人搭了个鸽子棚。请房管办核查违建，居委会做工作。")
    assert set(report.responsible) == {"房办", "居委会"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("枫林邨12号后门口小广告贴得一塌糊涂，请保洁阿姨铲一铲，今朝做脱", ("乱张贴涂写", at("2026-11-18 23:59"))),
        ("枫林花园垃圾分类勿灵 干垃圾湿垃圾全部倒辣一只桶里 @枫林花园居委会", ("垃圾分类不规范", None)),
        ("枫林三村12号楼前面人行道裂开了，砖头翘起来，请房管办安排维修", ("设施损坏", None)),
        ("枫林公寓十四号楼楼下垃圾箱房满溢出来了，保洁阿姨今朝到现在也没来收，物业协调一下", ("暴露垃圾", None)),
    ],
)
def test_shanghainese_of_a_fifth_writer(text: str, expected: tuple) -> None:
    assert [(r.category, r.deadline) for r in parse(text)] == [expected]


def test_a_bag_flung_into_the_green_is_litter() -> None:
    (report,) = parse("枫林佳苑5号楼底下有人把垃圾袋掼辣绿化里 物业4小时内整改")
    assert report.category == "暴露垃圾"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("枫林苑3栋门口的垃圾桶倒完了就不推回去，一直横在路中间，请保洁阿姨归位", ["垃圾分类不规范"]),
        ("枫林苑5栋楼下有住户在垃圾桶旁边直接倒剩菜，请居委安排督导员", ["垃圾分类不规范"]),
        ("枫林苑北门自行车棚塞满了旧家具和杂物，请物业清走", ["公共区域堆物"]),
        ("枫林苑6栋外墙被人喷满了油漆，请物业清除", ["乱张贴涂写"]),
        ("枫林苑南门口灯杆上贴了好几张海报，请城管撕掉", ["乱张贴涂写"]),
        ("枫林苑中心的草坪被人踩到光晒，请绿化补种", ["毁绿种菜"]),
        ("枫林苑南门那段路凹凸不平，请物业修一下", ["设施损坏"]),
        ("枫林苑7栋门口满地机油，请保洁冲洗", ["环境脏乱"]),
        ("枫林苑8栋外墙上的铁皮雨棚被风吹松了，怕掉下来，请物业加固", ["高空抛物"]),
        ("枫林苑东门早上成排早餐档摆出来，请城管处理", ["占道经营"]),
        ("枫林苑9栋12层电梯口放着一辆婴儿车和几袋米，请物业提醒住户", ["楼道堆物"]),
        ("枫林苑会所门口奶茶店把桌椅摆到广场上营业，请城管处理", ["占道经营"]),
        ("枫林苑9座天台有人养白鸽 搭咗个好大嘅铁皮笼 唔该房管办跟进", ["违法搭建"]),
        ("枫林苑3栋侧门成条人行道畀几架私家车停满晒 推车都过唔到 请城管处理", ["机动车乱停放"]),
        ("枫林苑门口条马路烂咗好大个坑 请街道跟进", ["设施损坏"]),
        ("枫林苑7号楼前面嘅人行道烂咗几块砖 翘晒起嚟 请物业整返", ["设施损坏"]),
        ("枫林苑5座楼梯有人将单车锁喺扶手度 请物业搞掂佢", ["楼道堆物"]),
        ("枫林苑12号楼旁边绿化带又晒满晒被 麻烦居委去讲下", ["乱晾晒"]),
        ("枫林苑对出条街有间餐厅啲台凳摆晒出行人路 请城管跟进", ["占道经营"]),
        ("枫林苑7座个楼到堆满纸皮 请物业清走", ["楼道堆物"]),
        ("枫林苑5号楼道里有人喂野猫 猫食盆猫砂盆摆了一楼梯 居委去做做工作", ["其他"]),
        ("枫林苑沿街面馆 把锅灶摆到门外头炒菜 城管请关注", ["占道经营"]),
        ("枫林苑12幢棋牌室 昨天夜里又搓到两点 派出所请今天再去一趟", ["噪音扰民"]),
        ("枫林苑6号三楼阳台上 有人往下头倒水 请居委上门", ["高空抛物"]),
        ("枫林苑3号楼下有人将衫裤晾喺绿化带啲树度 请居委劝导", ["乱晾晒"]),
        ("枫林苑门口嗰排宣传栏玻璃爆晒 请物业公司两小时内处理", ["设施损坏"]),
        ("枫林苑公厕门口个垃圾桶分类标识都冇 请保洁整改", ["垃圾分类不规范"]),
        ("枫林苑骑楼底电动车单车摆到乱晒 请城管今日搞掂", ["非机动车乱停放"]),
        ("枫林苑巷口有间废品站将啲纸皮旧铁摆晒出条巷做生意 请城管处理", ["占道经营"]),
        ("枫林苑4栋门口绿化带畀人踩到变晒泥地 请绿化补种", ["毁绿种菜"]),
        ("枫林苑6栋后面的绿化带里还有人圈了一块种白菜。请物业劝离，绿化补种", ["毁绿种菜"]),
        ("枫林苑门口的早市，喇叭'清仓甩卖'喊个不停。请城管中队9点半前到场", ["噪音扰民"]),
        ("枫林苑周末垃圾没人收，7栋下面垃圾桶都漫出来了，'狗儿些到处刨'。请保洁阿姨上午清一下", ["暴露垃圾"]),
        (
            "枫林苑6号楼2单元楼上住户的空调冷凝水直接滴到他家阳台，'天天滴滴答答，晾的衣服都搞湿了'。请物业协调安装排水管",
            ["其他"],
        ),
        (
            "来电人反映：枫林小区3栋2单元的住户装修，瓷砖碎片直接堆在单元门口，“下雨一冲到处都是泥浆”。请物业督促清运。",
            ["建筑垃圾"],
        ),
        ("枫林公寓5座半夜成日有人喺楼下饮酒 仲摔樽 一地玻璃碎 请保洁跟进", ["暴露垃圾"]),
        ("枫林半岛2座楼上有人喺窗口挂咗几个大花盆出嚟 又冇固定 请物业处理", ["高空抛物"]),
        ("枫林花园3号楼有人从楼上往下甩烟头，楼下停的车都被砸了。请物业调监控", ["高空抛物"]),
        ("枫林大厦外墙嗰个广告灯箱摇摇下 好似就快跌落嚟 物业礼拜四前加固佢", ["高空抛物"]),
        ("枫林里8号门口嗰棵树挂满晒人哋啲衫裤同被单 居委劝导下", ["乱晾晒"]),
        ("枫林壹号会所后面嗰个宣传栏玻璃全部爆晒 物业下班前处理", ["设施损坏"]),
        ("枫林坊有人喺坊口开咗档修单车 占咗半条路 城管跟进", ["占道经营"]),
        ("枫林邨垃圾房门口积咗一大滩污水 臭到行唔过 保洁今日处理", ["环境脏乱"]),
        ("枫林大厦地下商铺门口摆满晒生果同海鲜 占咗成条人行道 城管跟进", ["占道经营"]),
        ("枫林苑地下车库入口 灭火器箱入面冇晒灭火器 物业下班前补返", ["消防设施缺失"]),
        ("枫林邨7号楼一楼有人把车库改成了出租房，住了十几个外地打工的，请房办查一下", ["群租"]),
        ("枫林路22弄3号楼下有人开了个小卖部，货架摆到弄堂里，请城管中队处理", ["占道经营"]),
    ],
)
def test_situations_of_a_sixth_rounds_writers_read_as_their_category(text: str, categories: list) -> None:
    """Everyday words, Cantonese, Shanghainese and relays for the situations the round's writers told."""
    assert [r.category for r in parse(text)] == categories


@pytest.mark.parametrize(
    "text",
    [
        "枫林苑咬人的狗已经找到主人了，派出所在处理，娃娃打了疫苗没得大问题。",
        "枫林苑的公益广告街道宣传科这边在统一印，下周到货。",
        "枫林苑马蜂窦已经搞掂，消防摘走咗。",
        "今日测评反馈：我街道整体排名第三，楼道堆物问题仍较突出。",
        "枫林苑的桶边投放主要是晚上，明天早上我们蹲点看看",
        "枫林苑今早蹲点，6点多有两户把垃圾直接扔桶边，已拍照给居委了",
        "枫林里那几个摊今天又没出来，估计听到风声了",
        "枫林苑3号楼群租那户，房管办周五去了，没人开门",
        "枫林苑9栋煤气味是楼下饭店排烟管道串味，物业已经找了饭店",
        "交关好 枫林新城搿只摊头老早要管了",
        "枫林里 3号 饭店门口个油污 市监所来过了 老板讲明天叫人冲洗",
        "枫林新村 32号 搭个彩钢板房 城管礼拜一来拆",
        "枫林新村12号 私占空地围起来个铁皮 城管讲下礼拜拆",
        "枫林花园那个消防通道今天白天说清了，晚上车子又停回去了，居民还在群里骂。",
        "枫林湾那条狗今天又叫了一天，业主又在业主群里发牢骚。",
        "那个枫林花园消防通道的事，居民今天又在业主群里发视频了，说我们街道光说不做。",
        "枫林苑物业回复：从下周起收桶时间延到晚上十点，早上6点半保洁清桶边。",
        "@枫林路21弄 居委 那个广场舞音响的单子今天回访，居民说已经小声多了，可以办结。",
        "枫林里那个菜摊子的问题我都反映三回了，城管每次来了就走，走了又摆，有啥子用嘛。",
        "枫林苑26幢地下室那个群租，派出所说下周一联合行动",
        "枫林小区3号楼2单元的电瓶车今天又推进去了，说了也不听",
        "枫林湾这个门禁上个月就坏过一次，物业说配件要等，搞得住户意见蛮大。",
        "枫林公寓这个烧烤摊之前城管来过两次，一走又摆起了。",
        "枫林新村群租已核查，二房东承诺月底前恢复原状，房管办已下整改通知。",
        "6号楼晾衣裳个是老年人，阿拉讲过了伊讲马上收",
        "枫林坊门口烘山芋摊头今朝又来了，城管来了伊就跑，走了又来，老是搿能",
        "枫林路860弄门口单车还是横七竖八，单车公司讲来拖个，到现在也没来",
        "枫林佳苑3号楼消防通道清出来了，电瓶车棚下礼拜拆",
        "枫林尚景园5幢个楼道堆物礼拜二前来得及伐",
        "枫林苑啲小广告保洁阿姨以经铲咗 相片发上嚟",
        "枫林苑3号被头还辣晾 讲了也没用 老样子",
    ],
)
def test_what_a_sixth_rounds_writers_said_of_work_under_way_fixes_and_complaints_is_no_report(text: str) -> None:
    """Promises, stakeouts, fixes, complaints told again, questions, tallies and rankings: no new problem."""
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("梁溪居委，明日上午前把3号楼楼道纸箱清掉", "居委会"),
        ("翠苑物业，明天前把3号楼楼道纸箱清掉", "物业"),
        ("翠苑小区物业，明天前把3号楼楼道纸箱清掉", "物业"),
        ("翠苑二区居委会 明天前把3号楼楼道纸箱清掉", "居委会"),
    ],
)
def test_an_estates_office_addressed_before_an_order_is_asked(text: str, party: str) -> None:
    (report,) = parse(text)
    assert report.responsible == (party,) and report.building == "3"


def test_an_estates_office_named_before_what_it_did_is_not_asked() -> None:
    assert parse("翠苑物业，已经把3号楼楼道纸箱清掉了") == []


@pytest.mark.parametrize("joiner", ["和", "同", "跟", "、"])
def test_a_door_after_a_building_joined_to_it_is_the_next_buildings(joiner: str) -> None:
    reports = parse(f"3号{joiner}4号门口有人乱停电动车，物业今天处理")
    assert sorted((r.building, r.unit) for r in reports) == [("3", None), ("4", None)]


@pytest.mark.parametrize(
    ("text", "buildings"),
    [
        ("滨江花园A栋 B栋楼道都有堆物，请物业明天清理", {"A", "B"}),
        ("滨江花园A座和B座门口有人摆摊，城管处理一下", {"A", "B"}),
        ("滨江花园A栋、C栋楼道堆物", {"A", "C"}),
    ],
)
def test_buildings_listed_by_letter_are_one_report_each(text: str, buildings: set[str]) -> None:
    reports = parse(text)
    assert len(reports) == 2 and {r.building for r in reports} == buildings


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("@业委会 枫林绿洲二期的楼道灯线路老化，到现在还黑着，请业委会下周一之前定下来", "枫林绿洲"),
        ("鑫苑名家三期南门外马路牙子上一溜煎饼摊，请城管中队今天上午来规范一下", "鑫苑名家"),
        ("银杏水岸二期，5号楼楼道堆满纸箱，物业处理", "银杏水岸"),
    ],
)
def test_a_phase_after_a_run_ends_the_estates_name_there(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text",
    [
        "滨河新村污水已经抽掉了，管道明天再疏通",
        "10号楼晒被子那个物业已经去说了，收了",
        "洪山庙安置小区22栋的群租房派出所已经去查了，清退了8个人",
        "九龙湾一期那个消防通道的电瓶车，物业今天又清了一遍，拍了照",
        "澄湖苑大蒜那块地是一楼老太太种的，已经做通工作了，她讲自己会铲掉",
        "仁和里天井搭建那户，我们去过了，人不在屋里，下礼拜再去",
        "学士路35弄煤气味道是隔壁烧菜的，虚惊一场，已经没事了",
    ],
)
def test_what_a_seventh_rounds_writers_said_of_fixes_and_visits_is_no_report(text: str) -> None:
    """Said done in other words than the lists had (去说了, 清了一遍, 做通工作, 没事了), or to be done again later."""
    assert parse(text) == []


def test_a_request_to_come_again_tomorrow_is_no_work_under_way() -> None:
    parsed = shared_parser().analyse("丹风新村8号楼楼道又堆满了，请物业明天再清一次", SENT)
    assert parsed.reports and "request overrides:in progress" not in parsed.why


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("槐树岭南口儿那块儿有辆没牌子的面包车停人行道上好几天了，请城管处理。", "槐树岭"),
        ("兴华公寓院儿里那块儿的公益广告让风刮掉了一半，街道宣传科看看给换新的。", "兴华公寓"),
    ],
)
def test_a_place_said_with_er_after_a_name_is_no_part_of_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_laojia_asks_like_mafan_and_names_no_estate() -> None:
    (report,) = parse("我是丰泽府6号楼的楼门长，楼上天天晚上十一二点还剁馅儿、拖椅子，劳驾居委会给协调协调。")
    assert (report.community, report.building, report.responsible) == ("丰泽府", "6", ("居委会",))


def test_a_place_name_jieba_knows_opening_a_sentence_names_the_estate() -> None:
    (report,) = parse("桃源居有户人家在7栋旁边的空地上用砖头砌了个小屋，请城管和房办下周五前处理")
    assert (report.community, report.building) == ("桃源居", "7")


def test_a_rope_strung_between_trees_is_no_dogs_leash() -> None:
    (report,) = parse("水岸城二期11幢楼下有人在树子中间牵绳子晒铺盖被子，一长排，请居委会去劝导一下")
    assert report.category == "乱晾晒"


def test_a_hole_dug_in_a_lawn_is_the_greenerys_not_a_facility_broken() -> None:
    (report,) = parse("金水湾11号楼东侧绿化带被挖了个大坑，土堆得到处都是，听说是有人要种菜，请绿化队跟物业制止")
    assert report.category == "毁绿种菜"


def test_a_facility_named_beside_trampled_greenery_stays_its_own_report() -> None:
    reports = parse("草坪被踩秃了一大块，护栏也倒了，请物业处理")
    assert {r.category for r in reports} == {"毁绿种菜", "设施损坏"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("小李庄村口那条主路上，大货车一停就是一下午，路都堵死了。请城管来看看", "机动车乱停放"),
        ("丰泽府南门那辆面包车一停就是一个礼拜，请物业联系车主挪走", "机动车乱停放"),
    ],
)
def test_a_verb_said_once_with_yi_is_the_verb(text: str, category: str) -> None:
    assert category in {r.category for r in parse(text)}


def test_a_thing_also_gone_is_a_problem_of_its_own() -> None:
    reports = parse("滨江公寓A座地下室堆了好多废旧家具和破床垫，灭火器也不见了，请物业周六前处理")
    assert {r.category for r in reports} == {"公共区域堆物", "消防设施缺失"}


def test_one_of_the_cars_in_the_fire_lane_is_a_problem_beside_the_rest() -> None:
    reports = parse("望湖公寓主干道两边停满了车，有一部还停在消防车道上，物业下周一前整改")
    assert sorted(r.category for r in reports) == ["机动车乱停放", "消防通道占用"]


def test_a_request_aimed_by_its_thing_outweighs_the_last_items_request() -> None:
    reports = parse("丰产路17弄4号楼下的垃圾箱房门坏了关不上，垃圾都溢到路上了。请保洁今天清掉垃圾；门坏了请物业修")
    asked = {r.category: (r.responsible, r.deadline) for r in reports}
    assert asked == {"暴露垃圾": (("保洁",), at("2026-11-18 23:59")), "设施损坏": (("物业",), None)}


def test_an_electric_trike_parked_is_a_bike_parked_in_disorder_at_its_own_building() -> None:
    reports = parse("锦艺四季：2号楼北边草坪上停了两辆电动三轮，8号楼门口一辆私家车横在消防通道上。请物业立即处理。")
    assert sorted((r.category, r.building) for r in reports) == [("消防通道占用", "8"), ("非机动车乱停放", "2")]


@pytest.mark.parametrize("joiner", ["、", "和", "，"])
def test_buildings_listed_each_with_its_unit_are_one_report_each(joiner: str) -> None:
    reports = parse(f"西关坊七号楼一单元{joiner}九号楼二单元的楼道墙上被孩子用蜡笔画得乱七八糟，请居委会后天前组织清理")
    assert sorted((r.building, r.unit) for r in reports) == [("7", "1"), ("9", "2")]


def test_rooms_partitioned_into_small_cubicles_are_let_to_a_crowd() -> None:
    (report,) = parse("北关村12号楼一楼有两间房被隔成了八个小隔间，住的全是外地打工的，请派出所、房管办联合检查")
    assert (report.category, report.building, report.floor) == ("群租", "12", "1")


def test_chickens_kept_at_home_stinking_out_the_stairwell_are_a_problem_of_no_listed_kind() -> None:
    (report,) = parse("幸福家园3号楼1单元6楼有一户在家里养了二十来只鸡，整个楼道都是鸡屎味，请居委会、物业两日内处理")
    assert (report.category, report.building, report.unit, report.floor) == ("其他", "3", "1", "6")


@pytest.mark.parametrize(
    "text",
    [
        "金水湾烧烤摊这个事之前城管来过两回，罚了款，过两天又摆，得想个长效办法。",
        "野猫扒垃圾这事儿，得把垃圾桶盖儿盖上才行",
    ],
)
def test_talk_of_a_matter_known_to_all_is_no_new_report(text: str) -> None:
    assert parse(text) == []


def test_a_matter_known_to_all_with_work_asked_is_a_report() -> None:
    (report,) = parse("金水湾烧烤摊这个事又来了，请城管今天下午去取缔")
    assert (report.category, report.responsible) == ("占道经营", ("城管",))


def test_a_campaign_announced_for_later_is_a_notice() -> None:
    assert parse("关于群租的问题，街道下周会组织专项整治，到时候统一行动，大家先摸排一下底数") == []


def test_a_follow_up_on_what_is_still_there_with_work_asked_is_a_report() -> None:
    (report,) = parse("【督办】桂语庭12栋旁边空地上的建筑垃圾到现在还在，上周就报过了，请物业今天16:30前清运完毕")
    assert (report.category, report.community, report.building) == ("建筑垃圾", "桂语庭", "12")
    assert report.deadline == at("2026-11-18 16:30")


def test_a_question_of_what_is_required_asks_no_one() -> None:
    assert parse("请问创全测评表上的公益广告要求每个小区几块？") == []


def test_a_word_jieba_tags_as_time_but_is_none_may_be_part_of_a_name() -> None:
    (report,) = parse("钱塘明月9幢2单元电梯厅里停了三部电瓶车，请物业马上清出去")
    assert (report.community, report.building, report.unit) == ("钱塘明月", "9", "2")


def test_a_lawn_pressed_flat_by_cars_and_the_grass_dead_is_greenery_damaged() -> None:
    (report,) = parse("听涛11幢楼下草坪被车子压得一塌糊涂，草都死光了，请绿化公司补种一下，这周六前")
    assert (report.category, report.building) == ("毁绿种菜", "11")


def test_a_summary_of_counts_all_handed_on_is_no_report() -> None:
    text = "本周巡查发现问题汇总：\n1. 楼道堆物 14处\n2. 非机动车乱停 9处\n3. 暴露垃圾 7处\n已全部交办，请按时反馈"
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    ["弄口那块公益广告牌子被拆掉了，原来位置空着，请街道宣传科补一块", "2号楼一楼的灭火器被拿走了，请物业今天补上"],
)
def test_something_missing_taken_away_is_the_problem_not_a_fix(text: str) -> None:
    (report,) = parse(text)
    assert report.category in ("公益广告缺失", "消防设施缺失")


def test_an_office_that_will_check_the_work_is_not_asked_to_do_it() -> None:
    reports = parse("鼓楼公寓：1. 3号楼楼道口飞线充电；2. 小区内公益广告数量不足。请居委会、物业周五前整改，街道将复查")
    assert len(reports) == 2 and all(set(r.responsible) == {"居委会", "物业"} for r in reports)


def test_an_inspection_coming_given_as_the_reason_to_hurry_is_no_notice() -> None:
    (report,) = parse("金桂小区12幢门口有人把车子停在草坪上，四只轮子都压在草上，请物业周五前处理好，周末要迎检")
    assert (report.category, report.responsible) == ("机动车乱停放", ("物业",))


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("茶山还房小区17号楼下健身器材的单杠断了，麻烦街道和物业尽快修", "茶山还房小区"),
        ("嗯个，龙王庙还房小区5栋一楼楼梯间有人私拉电线给电瓶车充电，请物管立即处理", "龙王庙还房小区"),
    ],
)
def test_resettlement_housing_said_huanfang_ends_an_estates_name(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_numbered_buildings_yard_is_no_courtyard_named_for_it() -> None:
    (report,) = parse("铜锣坊12号院坝里头有人在树子中间牵起绳子晒被子床单，请居委会劝导一下")
    assert (report.category, report.community, report.building) == ("乱晾晒", "铜锣坊", "12")


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("朝阳路56弄4号楼旁边违章搭了一间砖房开小卖部，门口还摆了烟摊占了人行道，请城管处理", {"违法搭建", "占道经营"}),
        ("石岗新村5栋门口那几棵桂花树被人把枝枝全砍了，说是挡了他家光线，请绿化队来看一下", {"毁绿种菜"}),
        ("玉林东苑8幢地下车库入口坡道那里积水好深，好几个骑电瓶车的滑倒了，请物业当天处理完", {"环境脏乱"}),
    ],
)
def test_what_a_second_chongqing_writer_said_in_other_words(text: str, categories: set[str]) -> None:
    assert {r.category for r in parse(text)} == categories


def test_a_time_after_requests_shared_out_holds_for_each() -> None:
    reports = parse("枫林二村9栋楼下违规搭了一个彩钢棚，还从楼上拉电线下来充电，请城管拆违，物业处理飞线，本周六前完成")
    asked = {r.category: (r.responsible, r.deadline) for r in reports}
    saturday = at("2026-11-21 23:59")
    assert asked == {"违法搭建": (("城管",), saturday), "飞线充电": (("物业",), saturday)}


def test_a_problem_named_again_only_as_the_thing_asked_for_is_a_request_not_a_report() -> None:
    text = "垃圾房满了，旁边还有人倒了好多装修的砖头瓦块。请保洁今天上午清掉垃圾；装修垃圾由物业负责清运，明天前清完"
    reports = parse(text)
    asked = {r.category: (r.responsible, r.deadline) for r in reports}
    assert asked == {"暴露垃圾": (("保洁",), at("2026-11-18 12:00")), "建筑垃圾": (("物业",), at("2026-11-19 23:59"))}


def test_old_furniture_beside_building_debris_is_a_pile_of_its_own() -> None:
    reports = parse("朝阳路56弄10号楼背后的围墙边堆了一长排建筑废料和渣土，还有一堆烂家具，请城管和街道3日内清运")
    assert {r.category for r in reports} == {"建筑垃圾", "公共区域堆物"}


def test_a_numbered_buildings_stairwell_mouth_is_its_stairwell() -> None:
    assert shared_parser().segmenter.tokens("18号楼道口")[-2:] == ["号", "楼道口"]
    (report,) = parse("黄桷坪18号楼道口堆满了纸箱，请居委会管一哈")
    assert (report.category, report.building) == ("楼道堆物", "18")


def test_a_word_said_with_the_northern_er_is_the_word() -> None:
    (report,) = parse("御景庭北门外边的马路牙子上，有人摆摊儿卖烤红薯、糖葫芦，还支了个煤炉子，请城管处理。")
    assert (report.category, report.community) == ("占道经营", "御景庭")


def test_inside_a_place_of_the_estate_is_no_estate() -> None:
    (report,) = parse("柳荫新村20号楼南边儿小花园里的健身器材坏了两件，请物业两天内修好。")
    assert (report.category, report.community, report.building) == ("设施损坏", "柳荫新村", "20")


def test_a_party_told_to_finish_within_the_day_is_ordered_not_done() -> None:
    (report,) = parse("督办：莲花池东8号楼南侧绿化带里积存垃圾，卫生死角，保洁当天清理完毕。")
    assert (report.category, report.responsible, report.deadline) == ("暴露垃圾", ("保洁",), at("2026-11-18 23:59"))


@pytest.mark.parametrize(
    "text",
    [
        "今天测评结果出来了，咱们街道总体还行，扣分最多的是楼道堆物和非机动车乱停。",
        "今日督办汇总：新增督办单6张，到期未整改2张（同庆里井盖、育德坊违建），明天上会通报。",
    ],
)
def test_results_and_tallies_of_a_round_are_no_report(text: str) -> None:
    assert parse(text) == []


def test_doors_of_a_building_listed_are_one_report_each() -> None:
    reports = parse("甜水井9号楼1门、2门楼道里小广告贴得密密麻麻，请保洁清一下。")
    assert sorted((r.building, r.unit) for r in reports) == [("9", "1"), ("9", "2")]


def test_a_manhole_cover_that_rattles_is_broken() -> None:
    (report,) = parse("经八路12弄4号楼底下那个井盖晃荡，车一压咣当响，还翘起来一块，物业今天下午4点前先围起来。")
    assert (report.category, report.building, report.deadline) == ("设施损坏", "4", at("2026-11-18 16:00"))


def test_a_village_turned_residential_is_what_the_estate_is_not_its_name() -> None:
    (report,) = parse("俺是后屯社区的网格员，俺们这村改居安置楼9号楼车库门口的小卖部，把货架全摆到路上了，城管来看看")
    assert (report.category, report.community, report.building) == ("占道经营", "后屯社区", "9")


@pytest.mark.parametrize(
    "text",
    ["紫荆庭5幢那条狗今晚又叫了，俺已经给居委反映了，明天看咋说。", "裕华苑门口摆摊的城管来过了，都撵走了。"],
)
def test_a_matter_passed_on_or_chased_off_is_no_new_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("洪山安置小区3栋楼下有个麻将馆把桌子摆到外面的消防通道上，车都过不去，请城管处理", {"消防通道占用"}),
        (
            "茶山还房小区大门口那块公益宣传牌字都晒白了，请居委会更换；另外垃圾分类亭里厨余桶和其他垃圾桶放反了，居民乱投，请保洁规范",
            {"公益广告缺失", "垃圾分类不规范"},
        ),
        ("石岗新村11栋楼下烧烤店油烟管子直接对到住户窗子排，熏得人遭不住，请市监所和城管处理", {"其他"}),
    ],
)
def test_what_a_second_chongqing_writer_said_of_a_mahjong_hall_bins_and_fumes(text: str, categories: set[str]) -> None:
    assert {r.category for r in parse(text)} == categories


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("水井湾老年活动室门口有几个人跳坝坝舞，音响开得震天响，请居委会协调把音量降下来", "水井湾"),
        ("杨柳坝农贸市场门口卖菜的把菜摊摆到马路中间，请城管处理", "杨柳坝"),
        ("黄桷坪公交站后面那个垃圾房满了，请保洁清理", "黄桷坪"),
    ],
)
def test_a_name_before_a_place_its_people_share_is_where(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text",
    [
        "东郊小区9号楼门口儿有条大金毛天天不拴绳，早上把小孩儿吓哭了，请居委会联系养犬人",
        "朝阳新村8幢门口一条大黄狗拴都不拴，早上把送奶的咬了一口，派出所、居委会马上处理",
    ],
)
def test_a_time_when_something_was_done_to_someone_is_no_deadline(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "不文明养犬" and report.deadline is None


def test_a_time_then_what_a_party_is_told_to_do_with_ba_is_a_deadline() -> None:
    (report,) = parse("桂香苑3号楼门口垃圾堆成山了，叫物业今天把垃圾清了")
    assert report.deadline == at("2026-11-18 23:59")


def test_floors_from_one_upwards_are_no_floor_of_the_problem() -> None:
    (report,) = parse("御景庭8栋楼下，有人从楼上往下扔烟头，楼门长说怀疑是12层往上的住户，请物业调监控。")
    assert (report.category, report.building, report.floor) == ("高空抛物", "8", None)


def test_tables_set_out_of_doors_and_noise_are_two_problems() -> None:
    reports = parse("嘉和庭5栋楼下那个烧烤店，天天晚上把桌子摆到外头，又吵又呛，到半夜还不散，请市场监管和城管管管。")
    assert {r.category for r in reports} == {"占道经营", "噪音扰民"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阳光小区3号楼消防通道已经让车停满了，请物业处理", {("消防通道占用", "阳光小区")}),
        ("阳光小区5号楼楼道灯坏了半个月，已经跟物业反映了，一直没人管", {("设施损坏", "阳光小区")}),
        ("阳光小区3号楼有违建，居委会尽快做通工作", {("违法搭建", "阳光小区")}),
        ("3号楼楼道堆满纸箱，这事儿物业也不管", {("楼道堆物", None)}),
        ("近来翠竹苑3号楼楼道老是堆东西，请物业清理", {("楼道堆物", "翠竹苑")}),
        ("阳光花园第三期的楼道灯坏了，请物业修", {("设施损坏", "阳光花园")}),
        ("阳光小区3号楼楼道堆物严重，建议纳入专项整治", {("楼道堆物", "阳光小区")}),
        ("今天把辖区扫了一遍，阳光小区5号楼楼道堆了好多纸箱", {("楼道堆物", "阳光小区")}),
        ("阳光小区我们去过了，3号楼门口还是堆满了杂物，请物业清理", {("公共区域堆物", "阳光小区")}),
        ("阳光小区电动车乱停在人行道上老人路过摔倒了，请物业管一下", {("非机动车乱停放", "阳光小区")}),
        ("阳光小区第三轮巡查，东门小轿车停在人行道上，请物业管一下", {("机动车乱停放", "阳光小区")}),
        ("阳光小区我电动车停在楼下，被人把充电线剪断了，请物业查监控", {("飞线充电", "阳光小区")}),
        ("阳光小区7号楼1单元、9号楼2单元的住户反映楼道灯坏了，请物业修", {("设施损坏", "阳光小区")}),
    ],
)
def test_what_a_cold_review_of_the_round_found_misread(text: str, expected: set) -> None:
    """Each read as the round's start read it: new words of the round must not catch these."""
    assert {(r.category, r.community) for r in parse(text)} == expected


@pytest.mark.parametrize(
    "text", ["阳光小区垃圾分类宣传栏的牌子放反了", "5号楼3楼租户欠了三个月房租不还房东，在群里问怎么办"]
)
def test_what_a_cold_review_of_the_round_found_misread_as_a_place_or_problem(text: str) -> None:
    assert all(r.category != "垃圾分类不规范" and r.community is None for r in parse(text))


def test_a_request_for_items_by_number_keeps_its_party_beside_one_aimed_by_thing() -> None:
    text = "阳光小区巡查：1、3号楼楼道堆物；2、东门外有人摆摊。第1、2项请城管牵头处理，第2项物业配合"
    asked = {r.category: set(r.responsible) for r in parse(text)}
    assert asked == {"楼道堆物": {"城管"}, "占道经营": {"城管", "物业"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day the speaker went (今天去了…) sets no deadline; the one the work is asked by does
        ("督导今天去了阳光小区：3号楼电梯里有人乱写乱画。请物业明天整改", ("阳光小区", "2026-11-19T23:59:00+08:00")),
        ("今天去了解一下阳光小区电梯里乱写乱画的情况，请物业今天整改", ("阳光小区", "2026-11-18T23:59:00+08:00")),
    ],
)
def test_a_visit_told_is_no_deadline_but_the_work_asked_is(text: str, expected: tuple) -> None:
    (report,) = parse(text)
    assert (report.community, report.deadline.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("有人晒被头 一排排沿街挂着 请城管来劝一劝", None),  # how things hang (a doubled word), no estate
        ("被子一排排沿街晒着 请城管来劝一劝", None),
        ("梧桐府的业委会主任讲：3号楼前面主干道上私家车停满 请物业划线管理", "梧桐府"),
        ("青枫湾的居民反映：5栋门口私家车停在人行道上，请物业管理", "青枫湾"),
        ("区政府的业主说门口堆了很多垃圾，请物业清理", None),  # a government office, no estate
    ],
)
def test_an_estate_named_by_its_residents_telling_and_no_estate_in_a_manner_word(text: str, community) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text",
    [
        "丹巴一村6号楼前面的草坪有人把草皮铲掉了，请居委会处理",
        "丹巴一村6号楼前面的草坪 有人把草皮铲掉了 种了一片萝卜 请居委会跟绿化明天去处理",
        "丹巴一村6号楼旁边的冬青被人拔掉了一排，请绿化补种",
    ],
)
def test_something_removed_by_someone_unnamed_is_the_problem_not_its_fix(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community, report.building) == ("毁绿种菜", "丹巴一村", "6")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青年公寓5号楼门口那块“文明养犬”的公益宣传牌让人给撕了一半，请社区重新张贴", {"公益广告缺失"}),
        ("阳光小区东门「垃圾分类」宣传画褪色了，请物业更换", {"公益广告缺失"}),
        ("阳光小区5号楼门口有人遛狗不牵绳，“文明养犬”的标语都白贴了，请物业劝导", {"不文明养犬"}),
    ],
)
def test_a_posters_slogan_in_quotes_names_no_problem(text: str, expected: set) -> None:
    assert {r.category for r in parse(text)} == expected


def test_a_date_alone_after_a_records_title_is_the_records_not_a_deadline() -> None:
    text = "城管巡查记录 11月11日 和平西里：4号楼前单元门上贴满了小广告，请保洁清理"
    (report,) = parse(text)
    assert (report.community, report.building, report.deadline) == ("和平西里", "4", None)
    (dated,) = parse("阳光小区巡查 3号楼楼道堆物 请物业 11月20日前")
    assert dated.deadline.isoformat() == "2026-11-20T23:59:00+08:00"


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("梧桐院子 11号楼 装修垃圾 堆在单元门口 请物业督促清运", "梧桐院子"),
        ("莲花池院子 2号楼楼下 有人把旧沙发丢起 请物业拉走", "莲花池院子"),
        ("我们院子里堆了好多垃圾 请物业清理", None),
        ("阳光小区院子里堆了好多垃圾 请物业清理", "阳光小区"),
    ],
)
def test_a_compound_named_yuanzi_and_the_courtyard_of_one(text: str, community) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("麓山景苑那个铁皮围挡 又围起来了 请城管周三前彻底拆除", {"违法搭建"}),
        ("海河公寓东侧马路边每天晚上有烧烤摊，桌子摆到马路上，一直闹到后半夜，请城管处置", {"占道经营", "噪音扰民"}),
        ("金沙名都12栋门口的花台 被人挖来种了海椒 麻烦物业弄了", {"毁绿种菜"}),
        ("房管所回复：铁路宿舍违建已列入拆除计划。", set()),
        ("光华里的摊子收回去了吗？", set()),
    ],
)
def test_a_hoarding_put_up_noise_into_the_night_a_plot_dug_and_work_planned(text: str, expected: set) -> None:
    assert {r.category for r in parse(text)} == expected


def test_a_headers_day_of_the_round_is_no_deadline_and_an_office_no_estate() -> None:
    text = "今日文明办暗访问题（请即知即改）：\n一、云栖3幢门口电动车乱停十几辆\n二、云栖5幢东侧绿化带里晒被子\n"
    text += "责任单位：物业"
    reports = parse(text)
    assert {(r.category, r.community, r.deadline) for r in reports} == {
        ("非机动车乱停放", "云栖", None),
        ("乱晾晒", "云栖", None),
    }
    listed = parse("文明办巡查发现：\n1. 锦绣花苑7栋楼下树上晾被子；\n2. 南门宣传栏玻璃碎了。\n请物业周三前整改完毕。")
    assert {r.community for r in listed} == {"锦绣花苑"}


@pytest.mark.parametrize(
    "header",
    ["责任单位：物业、居委会", "致：锦绣花苑物业、锦绣社区居委会"],
)
def test_a_parties_field_before_a_numbered_list_is_every_items(header: str) -> None:
    text = f"【督办通知】\n{header}\n1. 锦绣花苑7栋2单元楼道里堆满了杂物；\n2. 锦绣花苑9栋楼下电动车乱停。\n"
    text += "请于本周四上午10点前整改完毕。"
    reports = parse(text)
    assert {(r.category, r.community, frozenset(r.responsible)) for r in reports} == {
        ("楼道堆物", "锦绣花苑", frozenset({"物业", "居委会"})),
        ("非机动车乱停放", "锦绣花苑", frozenset({"物业", "居委会"})),
    }
    assert {r.deadline.isoformat() for r in reports} == {"2026-11-19T10:00:00+08:00"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cold review's near misses of this round's rules: each keeps what the text says
        ("明天前整改问题：\n1、云栖3幢门口电动车乱停\n2、云栖5幢楼道堆物\n责任单位：物业", "2026-11-19T23:59:00+08:00"),
        ("阳光小区 3号楼楼道堆物 请物业整改问题 11月25日", "2026-11-25T23:59:00+08:00"),
        ("阳光小区3号楼楼道堆物 请物业整改 检查 11月25日", "2026-11-25T23:59:00+08:00"),
    ],
)
def test_a_deadline_beside_a_rounds_word_is_still_one(text: str, expected: str) -> None:
    assert {r.deadline.isoformat() for r in parse(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("前面院子 3号楼楼道堆物 请物业清理", {("楼道堆物", None)}),
        ("阳光小区东边院子 3号楼楼道堆物 请物业清理", {("楼道堆物", "阳光小区")}),
        ("阳光小区违建还没列入拆除计划，请城管尽快处理", {("违法搭建", "阳光小区")}),
        ("阳光小区的公益广告牌被物业收回去了，请居委会补上", {("公益广告缺失", "阳光小区")}),
    ],
)
def test_a_yard_by_where_it_is_and_work_not_yet_planned(text: str, expected: set) -> None:
    assert {(r.category, r.community) for r in parse(text)} == expected


# -- learned from the Fujian/Jiangxi and new-town probe sets of 2026-12-04 (second round) --------------------


@pytest.mark.parametrize(
    ("text", "community"),
    [
        (
            "洪塘社区安置房11号楼旁边消防通道停了一辆小车，请物业处理",
            "洪塘社区安置房",
        ),  # the 社区's resettlement housing
        ("湖滨社区还建小区3栋楼道堆物，请物业清理", "湖滨社区还建小区"),
        ("请湖滨社区安置好住户，3栋楼道堆物请物业清理", "湖滨社区"),  # 安置 a verb: no housing named
        ("锦绣澜湾西北角卫生死角一堆生活垃圾，请保洁今天清完", "锦绣澜湾"),  # a corner of the estate
        ("星河方舟D7栋阳台花盆摆在护栏外头，请物业处理", "星河方舟"),  # a lettered building after a bare name
    ],
)
def test_names_before_housing_kinds_corners_and_lettered_buildings(text: str, community: str | None) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_lettered_building_is_read_whole() -> None:
    (report,) = parse("星河方舟 D7栋 阳台花盆 摆在护栏外头 物业")
    assert (report.community, report.building) == ("星河方舟", "D7")


def test_parties_asked_together_apart_by_a_blank_are_all_asked() -> None:
    (report,) = parse("仓山万嘉7号楼一套房隔了8个床位出租 请派出所 房办联合检查")
    assert set(report.responsible) == {"派出所", "房办"}


def test_a_party_then_a_blank_and_a_time_asks_that_party_alone() -> None:
    (report,) = parse("仓山万嘉7号楼楼道堆物 请物业 明天前处理")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("坂美社58号那户在自家厝顶上用铁皮又搭了一层 正在施工 请城管周三前去制止", "违法搭建"),
        ("黄金岭村老村部旁边新冒出来一间砖房 占了村道 请城管核实处置", "违法搭建"),
        ("金水湾5号楼顶楼有人在楼道里用木板隔了个小房间放东西 还上了锁 请物业拆掉", "违法搭建"),
        ("金水湾5号楼有人把房子隔了好几个小房间出租 请派出所查", "群租"),
    ],
)
def test_storeys_huts_and_partitions_put_up(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_sheet_laid_over_a_plot_is_no_storey_added() -> None:
    assert all(r.category != "违法搭建" for r in parse("金水湾5号楼前菜地上盖了一层塑料布，请绿化处理"))


# -- learned from the north China 督办/交办 forms probe set of 2026-12-04 ------------------------------------------


def test_a_district_office_for_the_civilised_city_names_no_estate() -> None:
    (report,) = parse("【竞秀区创城办】巡查发现：13号楼5楼窗外有人往下扔垃圾袋。请物业3日内排查整改。")
    assert report.community is None


def test_an_estate_ending_in_chuangcheng_is_still_one() -> None:
    (report,) = parse("华创城5号楼楼道堆物 请物业处理")
    assert report.community == "华创城"


def test_a_verb_led_by_an_adverb_before_xiaoqu_names_no_estate() -> None:
    text = (
        "【转发】省文明办关于进一步规范小区公益广告设置的通知：各小区主出入口、中心广场等位置应设置公益广告……"
        "请各社区对照落实。"
    )
    assert parse(text) == []


def test_an_estates_own_property_company_in_an_items_brackets_is_assigned() -> None:
    (report,) = parse("1. 华盛城5号楼楼道堆物（责任单位：华盛城物业）\n2. 华盛城北门共享单车乱停（城管）")[:1]
    assert report.responsible == ("物业",)


def test_an_estate_said_short_of_its_courtyard_is_the_same_estate() -> None:
    (report,) = parse("3. 恒泰新城3号院2号楼楼道墙体小广告（责任单位：恒泰新城物业）")
    assert (report.community, report.building) == ("恒泰新城3号院", "2")


def test_each_items_time_limit_in_a_supervision_form_is_its_own() -> None:
    text = (
        "【历下区创城办第46号督办单】\n一、问题点位：明湖壹号3号楼\n存在问题：楼前人行道停放多辆机动车\n整改时限：12月15日前\n"
        "二、问题点位：经十路88号院2号楼\n存在问题：楼道内有电动车停放\n整改时限：立即整改\n"
        "三、问题点位：经十路88号院\n存在问题：院内自行车棚顶破损漏雨\n整改时限：12月18日前\n责任单位：所在社区居委会及物业"
    )
    reports = parse(text)
    assert [(r.category, r.building, r.deadline and r.deadline.day) for r in reports] == [
        ("机动车乱停放", "3", 15),
        ("飞线充电", "2", None),
        ("设施损坏", None, 18),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "经排查，锦绣府2幢1单元1502、东关新村7号楼301存在床位出租情况，请社区居委会、房管办3日内督促整改。",
            [("锦绣府", "2", "1"), ("东关新村", "7", None)],
        ),
        (
            "兰山家园15号楼东侧、蒙山花园北门装修垃圾随意倾倒，请物业清理",
            [("兰山家园", "15", None), ("蒙山花园", None, None)],
        ),
    ],
)
def test_each_estate_listed_keeps_only_its_own_building_and_unit(text: str, places: list) -> None:
    assert [(r.community, r.building, r.unit) for r in parse(text)] == places


def test_a_committee_named_for_its_estate_joined_to_a_property_company_is_addressed() -> None:
    (report,) = parse("槐安家园社区、华盛城物业：华盛城11号楼3单元楼道内私拉电线为电动车充电，请于48小时内整改到位")
    assert set(report.responsible) == {"居委会", "物业"}


def test_a_garage_turned_into_a_home_is_a_problem_of_no_listed_kind() -> None:
    (report,) = parse("谈固新村3号楼车库被改为住人，住了一户外来人员，请社区居委会、派出所核实登记，明天12点前反馈。")
    assert (report.category, report.community, report.building) == ("其他", "谈固新村", "3")


def test_a_street_facing_shop_open_late_is_noise_not_street_trading() -> None:
    reports = parse("居民反映白浪河小区沿街门头房KTV每晚营业到凌晨，音响噪音扰民，请市场监管所、派出所核查处理")
    assert [r.category for r in reports] == ["噪音扰民"]


# -- a cold review of the rules above: their near misses -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("松涛苑绿化带旁的路灯被车撞倒了，请物业维修", "设施损坏"),  # a lamp beside the greenery
        ("松涛苑绿化带护栏被车撞坏了，请物业维修", "设施损坏"),
        ("金水湾主干道雪盖了一层，没人扫，请物业清扫", "环境脏乱"),  # snow laid over, no storey built
    ],
)
def test_near_misses_of_greenery_knocked_and_storeys_added(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "金水湾3号楼楼前有人在绿化带上晒床垫，请物业劝导",  # airing, not piling
        "金水湾6号楼后面空地上有人在卖旧家具，请城管处理",  # selling
        "松涛苑北门路边有人收旧家具旧冰箱，喇叭一直喊，请城管管管",  # a collector's round
    ],
)
def test_bulky_things_aired_sold_or_collected_are_no_pile(text: str) -> None:
    assert "公共区域堆物" not in [r.category for r in parse(text)]


def test_a_name_after_an_everyday_adverb_is_still_named() -> None:
    (report,) = parse("今天检查了几个小区，尤其阳光小区问题多，3号楼楼道堆物严重，请物业处理")
    assert report.community == "阳光小区"


@pytest.mark.parametrize("office", ["城关镇创城办", "省创城办", "东城街道创城指挥部"])
def test_any_campaign_office_names_no_estate(office: str) -> None:
    (report,) = parse(f"【{office}】巡查发现：13号楼楼道堆物。请物业处理。")
    assert report.community is None


def test_estates_joined_before_one_building_share_it() -> None:
    reports = parse("兰山家园和蒙山花园的5号楼楼道都有堆物，请物业清理")
    assert [(r.community, r.building) for r in reports] == [("兰山家园", "5"), ("蒙山花园", "5")]


def test_the_whole_estate_named_after_its_courtyard_is_the_whole_estate() -> None:
    reports = parse("恒泰新城3号院2号楼楼道堆物，恒泰新城北门垃圾满溢，请物业处理")
    assert [r.community for r in reports] == ["恒泰新城3号院", "恒泰新城"]


def test_a_committee_and_company_who_report_are_not_asked() -> None:
    (report,) = parse("槐安家园社区、华盛城物业反映：华盛城11号楼楼道堆物严重，请城管处理")
    assert report.responsible == ("城管",)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("仓山万嘉7号楼楼道堆物 请物业 居委会主任说已经通知了", ("物业",)),
        ("仓山万嘉7号楼有人群租 请派出所 城管执法队不用来", ("派出所",)),
    ],
)
def test_a_blank_before_someone_elses_saying_joins_no_parties(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


@pytest.mark.parametrize("bracketed", ["（非物业）", "（无物业）"])
def test_a_party_said_not_to_be_there_in_brackets_is_not_assigned(bracketed: str) -> None:
    (report,) = parse(f"1. 华盛城5号楼楼道堆物{bracketed}")
    assert report.responsible == ()


# -- learned from the northwest and Hubei/Hunan/Anhui daily-report probe sets of 2026-12-04 ---------------------


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("小店区龙城锦苑12幢3单元楼道里装修垃圾堆了好几天，请物业清运", "龙城锦苑"),  # the district written before it
        ("杏花岭区桃园北路17号院3号楼楼道堆物，请物业处理", "桃园北路17号院"),
        ("新城区青城华府底商那几家饭馆把桌子摆到人行道上了，请城管处理", "青城华府"),
        ("城北区祁连苑院内主干道积雪结冰一直没人清，请物业今天中午前除雪", "祁连苑"),  # 院内: inside it
        ("巡查反馈：赛罕区天骄云邸 院内主干道两侧私家车双排停放。请物业48小时内整改。", "天骄云邸"),
        ("开发区家属院3号楼楼道堆物，请物业清理", "开发区家属院"),  # the works whose housing it is
    ],
)
def test_a_district_glued_before_a_name_is_no_part_of_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_date_before_a_check_is_a_deadline_but_a_front_row_is_not() -> None:
    (report,) = parse("大观苑15栋楼道堆物。请物业3号前排查整改。")
    assert report.deadline is not None and report.deadline.day == 3
    (report,) = parse("大观苑5号前排有车乱停，请物业处理")
    assert report.deadline is None


# -- learned while waiting for the probe sets of 2026-12-04 (third round) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "金桥苑、银河湾、东城名邸三个小区门口都有小广告，请物业今天清理",  # 河湾 is a word: the list says it is a name
        "金桥苑、银河湾、翠竹园门口都有小广告，请物业今天清理",  # the last one anchored by the place after it
    ],
)
def test_every_estate_of_a_list_before_one_problem_is_reported(text: str) -> None:
    names = [n.strip() for n in text.split("门口")[0].split("三个小区")[0].split("、")]
    assert [r.community for r in parse(text)] == names


@pytest.mark.parametrize("text", ["楼道里、过道里都堆了东西，请物业清理", "公园、广场都有小广告，请城管清理"])
def test_a_list_of_places_is_no_list_of_estates(text: str) -> None:
    assert all(r.community is None for r in parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "今日巡查：3号楼门口积水已排干，5栋屋檐冰溜子已敲完",  # a work verb and its result: done, whatever the verb
        "阳光花园停车位已经划线完毕",
        "阳光花园5号楼楼道杂物已全部搬空",
    ],
)
def test_work_said_done_by_its_result_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "阳光花园5号楼灭火器已用完，请物业补充",  # used up: the problem, not work done
        "阳光花园5号楼楼道杂物已搬空又堆上了，请物业清理",
        "阳光花园路灯烧坏，请物业修",  # a verb and 坏 jieba knows as one word
        "阳光花园单元门被砸坏，请物业修",
    ],
)
def test_a_thing_used_up_or_broken_is_still_reported(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("「居民反映：阳光花园6号楼楼道里堆满了纸箱」请居委会跟进处理", ("居委会",)),  # the reply runs on
        ("“阳光花园东门有人摆摊”城管来管一下", ("城管",)),
    ],
)
def test_a_request_written_straight_after_a_quote_asks_about_the_quote(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.community == "阳光花园" and report.responsible == parties


def test_a_fix_written_straight_after_a_quote_is_no_report() -> None:
    assert parse("「阳光花园6号楼楼道里堆满了纸箱」已经清理了") == []


# -- learned from the Guangdong, Zhejiang grid-group and Northeast winter probe sets of 2026-12-04 (third round) ----


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("松风岭、临江里两个小区门口的公益广告被雨淋破了，请居委会周五前重新张贴", ["松风岭", "临江里"]),
        ("巡查发现柏溪湾和青石府两个小区垃圾房满溢，请物业清运", ["柏溪湾", "青石府"]),  # 和, the last pair
        ("云上、望江花苑、竹里这三个小区的宣传栏都贴满了小广告，请保洁清理", ["云上", "望江花苑", "竹里"]),
    ],
)
def test_names_counted_as_so_many_estates_are_each_an_estate(text: str, names: list) -> None:
    assert [r.community for r in parse(text)] == names


def test_a_list_counted_wrong_names_no_more_than_its_shapes_say() -> None:
    assert [r.community for r in parse("和平里、阳光苑三个小区门口都有小广告，请物业清理")] == ["和平里", "阳光苑"]


@pytest.mark.parametrize(
    "text",
    [
        "松风苑、临江里门口都有共享单车乱停，请各小区物业联系运营公司清走",
        "下午巡查：青石府8幢楼道堆了纸箱，柏溪湾东门口单车倒了一地，请各小区物业明天上午前处理",
    ],
)
def test_each_estates_staff_asked_after_the_estates_are_named_is_no_notice(text: str) -> None:
    reports = parse(text)
    assert len(reports) == 2 and all(r.responsible == ("物业",) for r in reports)


@pytest.mark.parametrize(
    "text",
    [
        "请各小区物业本周内清理楼道堆物",
        "明天测评组来，请各小区物业把楼道堆物清一下",
        "青石府8幢楼道堆物，请各小区物业自查",
    ],
)
def test_each_estates_staff_asked_with_no_two_estates_named_is_a_notice(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("青石府3座门口啲电鸡乱停，请保洁摆好", "非机动车乱停放"),  # Cantonese 电鸡: an e-bike
        ("青石府5栋有户人将电鸡推入屋充电，请物业上门劝导", "飞线充电"),
        ("柏溪湾2号楼前 炮仗皮子一地 红乎乎的 保洁今天扫干净", "暴露垃圾"),  # the debris, no noise
        ("柏溪湾6号楼楼下 有人往窗外扔剩饭 请物业查一下哪户", "高空抛物"),
        ("柏溪湾东侧绿化带 扫雪车把小柏树刮断了两棵 请绿化处理", "毁绿种菜"),
        ("柏溪湾8号楼前垃圾箱破损，请物业更换", "设施损坏"),
        ("柏溪湾3号楼前小草坪上 停了台白车 车轱辘把草皮压坏了 请物业处理", "机动车乱停放"),  # a car on a lawn
    ],
)
def test_situations_said_in_the_words_of_the_south_and_the_northeast(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("青石府5号楼下污水井盖烂了一边，请物业换新", ["设施损坏"]),  # the sewer's cover, no sewage
        ("青石府7号楼地下车库入口堆了十几袋沙子水泥 还有拆下来的旧暖气片", ["建筑垃圾"]),  # debris, nothing broken
    ],
)
def test_what_a_problem_leaves_is_no_second_problem(text: str, categories: list) -> None:
    assert [r.category for r in parse(text)] == categories


def test_a_numbered_door_after_a_building_is_its_unit_not_a_name() -> None:
    (report,) = parse("青石府9号楼三门洞二楼楼道堆着蜂窝煤，请物业清理")
    assert (report.community, report.building, report.unit, report.floor) == ("青石府", "9", "3", "2")


@pytest.mark.parametrize(
    "text",
    [
        "那个乱种菜的是老问题了，劝过一回又种上了。",  # a known problem back, nobody asked
        "松风苑这条狗之前登记过，主人住12幢。",
        "临江里北门摊贩今天没来，现场干净。",  # the problem absent today
        "青石府物业：8幢消防通道在清了，一小时内清完。",  # under way
        "「临江里弄堂口的路灯不亮好几天了」还是没修好，请街道今天之内给个准确时间。",  # a timeline asked for
        "青石府彩钢棚城管上午去看过了，已经下了限拆通知。",  # 限 names the notice issued
    ],
)
def test_known_absent_or_in_hand_problems_are_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "那个乱种菜的是老问题了，又种上了，请物业再铲一次",  # back, with a fresh request
        "青石府彩钢棚城管已经下了限拆通知，限三天内拆除",  # in hand, then asked again
    ],
)
def test_a_known_problem_asked_again_is_reported(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("福华楼街坊反映，楼下大排档半夜好嘈，请城管处理", "福华楼"),  # its residents telling: an estate named …楼
        ("丰泽楼 @物业\n1.2座楼梯灯不亮\n2.5座门口电鸡乱停", "丰泽楼"),  # a header's name, its company @-mentioned
        ("丰泽楼各座大堂的公益广告全部没了，物业下周二前贴回", "丰泽楼"),  # each of its blocks
    ],
)
def test_an_estate_named_lou_is_named_where_its_people_or_blocks_follow(text: str, community: str) -> None:
    assert {r.community for r in parse(text)} == {community}


def test_an_office_block_at_its_door_is_still_no_estate() -> None:
    assert [r.community for r in parse("综合楼门口共享单车乱停，请物业处理")] == [None]


def test_a_forms_suggested_handler_is_assigned() -> None:
    text = (
        "[巡查上报]\n地点：丰泽楼3座\n问题类型：其他\n"
        "描述：3座601独居老人两日没见下楼，敲门没人应\n建议处置：居委上门探望"
    )
    (report,) = parse(text)
    assert (report.category, report.responsible) == ("其他", ("居委会",))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("临江里5号楼楼下有人烧纸 火苗老高 派出所赶紧的", True),  # a party, then only an urge: told to act
        ("临江里5号楼楼下有人烧纸 派出所快点啊", True),
        ("临江里5号楼楼下有人烧纸 派出所的", False),  # a particle alone urges nothing
    ],
)
def test_a_party_urged_at_the_end_is_asked(text: str, asked: bool) -> None:
    assert [r.responsible for r in parse(text)] == ([("派出所",)] if asked else [])


def test_sand_and_bricks_of_a_renovation_are_debris() -> None:
    assert [r.category for r in parse("青石府9栋门口堆满了装修的沙和砖，物业今天下班前清走")] == ["建筑垃圾"]


# -- near misses of this round's rules found by a cold review ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "communities"),
    [
        ("天一小区5号楼楼道、电梯厅两个地方都堆满了纸箱，请物业清理。", ["天一小区"]),  # places, no estates
        ("菜场、学校两个地方门口有流动摊贩，请城管处理。", [None]),
        ("昨天区里检查天一小区、阳光苑两个小区发现楼道堆物，请物业清理。", ["天一小区", "阳光苑"]),
        ("东风路上天一、阳光苑两个小区门口都有人乱停车，请城管处理。", ["天一", "阳光苑"]),  # the road before it
        ("宿舍楼各单元楼道都有电瓶车充电，请物业处理。", [None]),  # a kind of building, no …楼 estate
        ("高层楼居民反映电梯坏了三天了，请物业维修。", [None]),
    ],
)
def test_counted_lists_and_blocks_name_no_place_or_kind_of_building(text: str, communities: list) -> None:
    assert [r.community for r in parse(text)] == communities


@pytest.mark.parametrize(
    "text",
    [
        "天一、阳光苑、翠湖湾三个小区下周一接受复查，请各小区物业提前清理楼道堆物。",  # an inspection to come
        "天一小区发现楼道堆物、飞线充电问题，请各小区物业对照检查，周五前清理完毕。",  # problems listed, one estate
        "天一小区、阳光苑近期飞线充电较多，请各小区物业加强巡查。",  # a state of all the estates
    ],
)
def test_each_estates_staff_asked_about_what_is_general_is_a_notice(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "天一小区3号楼楼道堆物是老问题了，请物业今天彻底清理。",  # a known problem asked of again
        "天一小区5号楼楼顶搭棚子，这不是老问题，是这两天刚搭的。",
        "来访车辆已登记过，但停在消防通道上，阳光苑，请物业挪走。",
        "阳光苑5号楼楼上在拆了墙，装修垃圾堆在楼道里。",  # 在拆了 of a wall: no work under way
        "翠湖湾小区门口马路在修了，挖得坑坑洼洼，晚上没有警示灯，请城管处理。",
        "楼道杂物已搬空，就剩一个旧沙发，请物业拉走。",  # something left
        "天一小区3号楼门前全是冰，请物业铲一下。",
    ],
)
def test_near_misses_of_known_done_and_under_way_are_still_reported(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("3号楼门口的垃圾箱被推倒了，垃圾撒了一地，请保洁清理。", ["暴露垃圾"]),  # knocked over, not broken
        ("天一小区有人往垃圾箱旁边丢了一袋装修垃圾，请物业清运。", ["建筑垃圾"]),
        ("阳光苑凌晨放鞭炮炸得震天响炮仗皮撒了一地，请物业管一管。", ["噪音扰民", "暴露垃圾"]),
        ("天一小区门口黑车拉客，请派出所管一管。", []),
    ],
)
def test_near_misses_of_the_new_category_words(text: str, categories: list) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(categories)


def test_who_has_a_problem_in_hand_is_not_asked_again() -> None:
    (report,) = parse("阳光苑东门摊贩城管正在处理，请居委会配合做好劝导。")
    assert report.responsible == ("居委会",)


# -- the fourth round of 2026-12-04: hotline orders, voice input, a busy group, formal feedback ----------------------


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("松柏新村幺三号楼楼道堆了纸箱，请物业清理。", "13"),  # spoken 幺 is 一 in a number
        ("松柏新村 幺幺号楼 门口电动车乱停 物业来看下", "11"),
        ("松柏新村二幺号楼楼道堆了纸箱，请物业清理。", "21"),
    ],
)
def test_a_spoken_yao_is_one_inside_a_number(text: str, building: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == ("松柏新村", building)


def test_a_yao_that_is_no_digit_stays_as_written() -> None:
    (report,) = parse("幺妹说松柏新村3号楼楼道堆了纸箱，请物业清理。")
    assert (report.community, report.building) == ("松柏新村", "3")


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("桂园小区那个乱贴小广告的 上次就讲过了 今天又看到 真是气人", False),  # told before, no fresh request
        ("桂园小区那个乱贴小广告的 上次就讲过了 今天又贴了 请物业再清一次", True),
        ("桂园小区3栋楼道堆了纸箱，之前说过要清的，请物业今天清掉", True),  # 说过要…: a promise, no report told
    ],
)
def test_said_before_is_an_earlier_report_unless_asked_again(text: str, reported: bool) -> None:
    assert bool(parse(text)) is reported


def test_a_broken_notice_boards_glass_beside_a_faded_poster_is_two_problems() -> None:
    reports = parse("桂园小区活动室门口宣传栏，里面的公益广告褪色了，还有宣传栏的玻璃也破了，请居委会处理")
    assert sorted(r.category for r in reports) == ["公益广告缺失", "设施损坏"]


@pytest.mark.parametrize(
    "text",
    [
        "桂园小区8栋楼道堆满装修垃圾，@桂园社区 @物业 明天中午前清走。",
        "桂园小区巡查问题（@桂园社区 @物业 周五前整改）：\n1、8栋楼道装修垃圾没装袋；\n2、9栋门口小广告贴满了。",
    ],
)
def test_a_shequ_mentioned_is_its_office_asked_not_a_place(text: str) -> None:
    reports = parse(text)
    assert reports and all(r.community == "桂园小区" for r in reports)
    assert all(set(r.responsible) == {"居委会", "物业"} for r in reports)


def test_a_shequ_that_ends_a_name_is_still_no_party() -> None:
    (report,) = parse("桂园社区居民反映，桂园小区8栋楼道堆了纸箱，请物业清理。")
    assert report.responsible == ("物业",)


def test_an_orders_dispatch_opinion_assigns_and_names_no_estate() -> None:
    (report,) = parse(
        "诉求内容：桂园小区东门出入口每天早上被电动车堵满了。\n工单编号：WH2611120007\n"
        "派单意见：请物业清理，规范非机动车停放\n办理时限：11月20日前"
    )
    assert (report.community, report.responsible) == ("桂园小区", ("物业",))
    assert report.deadline == at("2026-11-20 23:59")


@pytest.mark.parametrize(
    "text",
    [
        "江滩街道城管办转：\n诉求地址：桂园小区6栋\n诉求内容：6栋楼道堆了旧家具。\n派单意见：请物业处理",
        "长丰派出所转12345工单：桂园小区6栋楼道堆了旧家具。派单意见：请物业处理",
        "桂园小区6栋楼道堆了旧家具，@物业 今天中午前必须清完，街道下午来查",
    ],
)
def test_an_office_that_relays_an_order_or_comes_to_check_is_not_asked(text: str) -> None:
    (report,) = parse(text)
    assert report.responsible == ("物业",)


def test_an_office_bidden_to_come_and_look_is_asked() -> None:
    (report,) = parse("桂园小区6栋楼道堆了旧家具，请物业清理，街道来看一下")
    assert set(report.responsible) == {"物业", "街道"}


def test_one_round_of_work_asked_of_a_party_is_no_notice() -> None:
    (report,) = parse("桂园小区北门外人行道上停满了小车，@城管中队 周五前组织一次集中整治")
    assert (report.category, report.responsible) == ("机动车乱停放", ("城管",))


def test_a_drive_announced_to_every_estate_is_still_a_notice() -> None:
    assert parse("下周开展集中整治，请各小区物业提前清理楼道堆物。") == []


def test_a_deadline_before_what_is_to_be_done_to_a_thing_is_kept() -> None:
    reports = parse("桂园小区6栋楼道堆了装修垃圾，楼道灯也坏了，@物业 今天下班前把垃圾清了、灯换了")
    assert {r.category for r in reports} == {"建筑垃圾", "设施损坏"}
    assert all(r.deadline == at("2026-11-18 17:00") for r in reports)


def test_what_was_done_to_someone_at_a_time_is_still_no_deadline() -> None:
    (report,) = parse("桂园小区6栋门口那条狗，早上把小孩吓哭了，请物业管一管")
    assert report.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "停电通知：12月2日9:00-15:00桂园小区1-8栋线路改造停电，电梯停运，请各楼栋长通知到户。",
        "这个月飞线已经报了二十几起了，有的小区整改完第二天又拉上了，头疼",
        "本周工单超期1件，是桂园小区消防通道那个，下周一街道约谈物业。",
    ],
)
def test_outage_notices_and_tallies_of_reports_are_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_tally_with_a_fresh_problem_asked_of_is_reported() -> None:
    (report,) = parse("这个月飞线已经报了二十几起了，桂园小区3栋又拉上了，请物业今天拆掉")
    assert (report.category, report.building) == ("飞线充电", "3")


def test_a_works_result_or_object_still_names_its_problem() -> None:
    reports = parse(
        "桂园小区3栋前面主干道上停了一排车，东门垃圾箱房的垃圾都溢出来了。请物业安排车主挪车，保洁中午前把箱房周边清干净。"
    )
    assert {(r.category, r.responsible) for r in reports} == {("机动车乱停放", ("物业",)), ("暴露垃圾", ("保洁",))}


@pytest.mark.parametrize(
    "text",
    [
        "桂园小区有几栋房子被二房东租下来打隔断，请派出所核查",
        "桂园小区5栋302一间十来平方住了四个人，请房办核查",
    ],
)
def test_partitions_and_small_rooms_of_several_tenants_are_group_renting(text: str) -> None:
    assert [r.category for r in parse(text)] == ["群租"]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("桂园小区3栋302装修打隔断，电钻声音太大，请物业管一下", ["噪音扰民"]),  # a renovation's partitions
        ("桂园小区5栋302一间十几平方住了三个人，是一家三口，老人反映太挤了", []),  # a family
    ],
)
def test_a_renovations_partitions_and_a_family_are_no_group_renting(text: str, categories: list) -> None:
    assert [r.category for r in parse(text)] == categories


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("桂园小区居委：已与广场舞队负责人沟通，音量调小、九点前结束，已回访来电人，满意。", False),
        ("桂园小区6栋楼下广场舞太吵，已与领队沟通过没用，请城管处理", True),
    ],
)
def test_a_talk_had_and_a_call_back_made_are_a_fix(text: str, reported: bool) -> None:
    assert bool(parse(text)) is reported


@pytest.mark.parametrize(
    "text",
    [
        "呃 那个 黄厝 老人会前面那个宣传墙 公益广告被人撕掉了一半 请居委会重新贴一下",  # the first piece after pauses
        "黄厝那个摊子 今天又摆出来了 麻烦城管再来一趟",  # a reference right after a loose ending
    ],
)
def test_a_loosely_ended_estate_opening_speech_is_named(text: str) -> None:
    (report,) = parse(text)
    assert report.community == "黄厝"


def test_a_place_with_a_reference_after_it_is_still_no_estate() -> None:
    (report,) = parse("公园里那个摊子又摆出来了 城管来一下")
    assert report.community is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("桂园小区 那个垃圾箱房门口 垃圾堆满了 保洁阿姨今天都还没来收 请保洁马上来", None),  # what has not happened yet
        ("桂园小区3栋楼道纸箱今天还没清掉，请物业明天上午前清掉", at("2026-11-19 12:00")),
    ],
)
def test_a_day_before_what_has_not_happened_is_no_deadline(text: str, deadline) -> None:
    (report,) = parse(text)
    assert report.deadline == deadline


def test_a_request_naming_a_problem_told_before_is_aimed_at_it() -> None:
    reports = parse("桂园小区菜场后面有人摆摊卖鱼 然后污水流得满地都是 麻烦城管来处理一下摊子 地上脏的请保洁冲一下")
    assert {(r.category, r.responsible) for r in reports} == {("占道经营", ("城管",)), ("环境脏乱", ("保洁",))}


def test_one_request_naming_both_problems_asks_for_both() -> None:
    reports = parse("桂园小区菜场后面巷子里有人摆摊卖鱼，污水流得满地都是，请城管和保洁处理摊子和地上的脏水")
    assert all(set(r.responsible) == {"城管", "保洁"} for r in reports) and len(reports) == 2


def test_a_hotline_orders_address_names_the_estate_after_its_street() -> None:
    (report,) = parse(
        "诉求地址：洪山区桃花湾街机床厂家属院3栋\n诉求内容：楼上502室装修，每天早上7点不到就开始电钻。\n派单意见：请物业约谈装修户"
    )
    assert (report.community, report.building) == ("机床厂家属院", "3")


def test_an_estates_neighbours_are_still_no_street() -> None:
    (report,) = parse("金沙湾街坊反映3栋楼道堆了纸箱，请物业处理")
    assert report.community == "金沙湾"


def test_a_hazard_to_be_fenced_off_is_no_building_put_up() -> None:
    (report,) = parse("@物业 桂园小区11栋那个碎井盖先拿围挡围起来，今天下午5点前弄好")
    assert report.category == "设施损坏"


@pytest.mark.parametrize(
    "text",
    [
        "桂园小区3栋楼道堆了纸箱，已经跟住户讲过了，请物业今天清掉",  # the resident told, the work asked
        "桂园小区5栋门口电动车乱停，之前也提过，请物业规范一下",  # a follow-up with a fresh request
        "这个问题之前没人说过，桂园小区3栋楼道堆满纸箱，请物业清理",
        "桂园小区3栋电梯坏了三天了，物业连个停梯通知都没贴，请物业尽快修好",  # a notice mentioned, no notice
        "计划停电结束后桂园小区3栋楼道灯一直不亮，请物业修一下",
        "桂园小区宣传栏里贴的停水通知被人撕了，旁边贴满了小广告，请物业清理",
    ],
)
def test_near_misses_of_said_before_and_of_notice_titles_are_reported(text: str) -> None:
    assert parse(text)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("桂园小区5栋楼道堆物，请物业整改，周五前还没整改的将上报街道", at("2026-11-20 23:59")),
        ("桂园小区5栋楼道堆物，明天中午前还没清的，物业直接清走", at("2026-11-19 12:00")),
        ("桂园小区5栋车主今天早上7点前把车停在消防通道上了，请物业联系挪车", None),  # what was done then
        ("桂园小区6栋住户今天上午10点前把建筑垃圾倒在绿化带里了，请城管处理", None),
    ],
)
def test_near_misses_of_not_yet_and_of_what_was_done_by_a_time(text: str, deadline) -> None:
    (report,) = parse(text)
    assert report.deadline == deadline


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("桂园小区5栋302疑似群租 派出所下午来查下", "派出所"),  # bidden, in speech
        ("桂园小区6栋门禁坏了，物业今天来检查维修", "物业"),
    ],
)
def test_an_office_bidden_to_come_and_check_is_asked(text: str, party: str) -> None:
    (report,) = parse(text)
    assert party in report.responsible


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            "诉求内容：金桥新村5栋楼道堆满旧家具。\n处理意见：请物业清理，另外该栋门口有人飞线充电，请一并处理\n办理时限：11月20日前",
            ["楼道堆物", "飞线充电"],
        ),
        ("诉求内容：市民反映桂园小区5栋有问题，要求处理。\n处理意见：经核实为楼道飞线充电，请物业拆除", ["飞线充电"]),
    ],
)
def test_a_party_fields_own_problem_is_kept(text: str, categories: list) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(categories)


@pytest.mark.parametrize(
    "text",
    [
        "嗯 那个 老李 家门口 堆了好多建筑垃圾 物业清一下",
        "呃 那个 肯德基 门口 垃圾满了 保洁来收",
        "小吃城那个摊子 又出来了 城管来一下",
    ],
)
def test_a_person_a_shop_or_a_food_court_opening_speech_is_no_estate(text: str) -> None:
    assert [r.community for r in parse(text)] == [None]


def test_a_shequ_mentioned_where_no_other_place_is_named_is_the_place() -> None:
    (report,) = parse("@桂园社区 3栋楼道堆了好多纸箱，请尽快清理")
    assert (report.community, report.building) == ("桂园社区", "3")


@pytest.mark.parametrize(
    "text",
    [
        "桂园小区12号楼道堆满纸箱，请物业清理",  # jieba's 号楼/道
        "岗头村三巷12号楼道里又堆满纸皮，请物业本周五前再清一次",
    ],
)
def test_a_numbered_buildings_stairwell_is_a_stairwell(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.building) == ("楼道堆物", "12")


def test_the_parsers_reading_keeps_every_position() -> None:
    segmenter = shared_parser().segmenter
    text = "桂园小区12号楼道又堆满纸皮"
    assert "".join(segmenter.reading(text)) == text and "楼道" in segmenter.reading(text)
    assert segmenter.tokens(text) != segmenter.reading(text)  # jieba's own cut is left as it is


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("岗头村8巷5号前门口每晚有个烧烤档摆到巷中间，城管请处理。", ["占道经营"]),
        ("岗头村8栋楼下烧烤档每晚吵到凌晨2点，请城管处理", ["噪音扰民"]),  # a stall heard, not seen on the way
        ("岗头村六巷2号楼下的渠盖烂了，请物业马上处理。", ["设施损坏"]),
    ],
)
def test_urban_village_words_for_stalls_and_drain_covers(text: str, categories: list) -> None:
    assert [r.category for r in parse(text)] == categories


@pytest.mark.parametrize(
    "text",
    [
        "岗头村D栋外墙的牛皮癣还是那样，物业下礼拜三前一定要铲走，唔好再拖。",
        "岗头村十巷3号门口有个沙井盖冇了，一个大窿在那里，物业2小时内围蔽。",
    ],
)
def test_a_party_given_a_time_then_a_work_is_asked(text: str) -> None:
    (report,) = parse(text)
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    "text", ["督办：12月2日枫林湾16栋楼道堆物仍未整改，请物业明天清理", "十二月三日枫林湾16栋楼道堆物，请物业明天清理"]
)
def test_a_date_before_a_name_is_no_part_of_it(text: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == ("枫林湾", "16")


def test_a_date_said_before_an_estate_opening_with_its_day_character_keeps_the_name() -> None:
    (report,) = parse("12月5日日月光华庭3栋楼道堆物，请物业清理")
    assert report.community == "日月光华庭"


@pytest.mark.parametrize(
    "text",
    [
        "枫林湾4栋2单元楼道灯还是没修，请房办16号前修好",
        "枫林湾2栋门口的坑还没补，请物业今天先围挡起来",
    ],
)
def test_a_facility_not_yet_repaired_is_broken(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "设施损坏"


def test_a_named_food_stall_is_street_trading() -> None:
    (report,) = parse("请城管过来一趟，处理枫林湾12栋门口的早餐摊")
    assert (report.category, report.responsible) == ("占道经营", ("城管",))


def test_two_orders_to_two_parties_share_out_two_problems() -> None:
    reports = parse("枫林湾门口垃圾桶满了溢出来，还有两个桶莫得盖子。请保洁上午清运，物业把烂桶换好")
    assert {(r.category, r.responsible) for r in reports} == {("暴露垃圾", ("保洁",)), ("设施损坏", ("物业",))}


def test_a_party_told_to_put_a_thing_back_is_asked() -> None:
    reports = parse("枫林湾3栋门口小卖部把冰柜搬到路上来卖东西，分类垃圾桶莫得归位，请城管管一下，保洁把桶归位")
    assert {(r.category, r.responsible) for r in reports} == {("占道经营", ("城管",)), ("垃圾分类不规范", ("保洁",))}


def test_a_word_had_with_the_doer_is_no_report() -> None:
    assert parse("枫林湾7栋抛物的那户找到了，是8楼一个娃娃丢的，已经跟家长讲了") == []


def test_a_word_had_that_did_not_help_is_no_fix() -> None:
    (report,) = parse("已经跟住户说了没用，枫林湾3栋楼道纸箱请物业今天清掉")
    assert report.category == "楼道堆物"


def test_the_estate_then_its_xiaoqu_is_the_estate() -> None:
    (report,) = parse("紫薇苑的小区宣传栏玻璃碎了，请物业后天前换好玻璃")
    assert report.community == "紫薇苑"


@pytest.mark.parametrize(
    "text",
    [
        "枫林湾 B栋 五楼 过道上有人放煤炉子和柴火，请物业通知住户两天内搬走",
        "枫林湾 3号楼 5楼 有户人家把鸽子笼和饲料袋摆在过道上，请居委会劝导搬走",
    ],
)
def test_things_set_down_in_a_corridor_are_a_pile(text: str) -> None:
    (report,) = parse(text)
    assert report.category == "楼道堆物"


@pytest.mark.parametrize(
    "text",
    [
        "枫林湾2号楼门口有狗屎没人清，养犬人已找到，当场清理",
        "枫林湾10栋桶边投放有好转，继续督导",
        "枫林湾12号楼群租户派出所已核查登记，房办约谈了房东",
        "第6网格：枫林湾8号楼楼道电动车已清理。主干道塌陷处物业已围挡，等施工。",
    ],
)
def test_a_log_line_of_what_was_handled_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_partys_deed_in_a_log_line_asks_it_nothing_for_the_next() -> None:
    (report,) = parse(
        "【第1网格】周慧 12.10\n枫林湾12号楼群租户派出所已核查登记，房办约谈了房东\n"
        "枫林湾3号楼2单元顶楼楼道窗户玻璃碎了，请物业今天派人看一下"
    )
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


def test_circled_numbers_on_a_line_of_their_own_aim_the_request_at_those_items() -> None:
    reports = parse(
        "【第8网格】12.11\n①枫林湾11幢东侧彩钢棚到期仍未拆除，请城管下周二组织强拆\n"
        "②枫林湾15幢楼顶平台有人堆放了大量废旧纸板\n③枫林湾15幢1单元应急灯不亮\n②③请物业周一前处理"
    )
    assert {(r.category, r.responsible) for r in reports} == {
        ("违法搭建", ("城管",)),
        ("公共区域堆物", ("物业",)),
        ("消防设施缺失", ("物业",)),
    }


def test_circled_items_keep_their_numbers_when_one_is_done() -> None:
    reports = parse(
        "①柳荫巷小区4栋楼梯间杂物已全部清理\n②柳荫巷小区6栋3单元2楼楼道墙面被油烟熏黑\n"
        "③柳荫巷小区门口电线杆上贴满了办证小广告\n②③请居委会、物业下周一前处理"
    )
    assert {(r.category, r.community, r.responsible) for r in reports} == {
        ("环境脏乱", "柳荫巷小区", ("居委会", "物业")),
        ("乱张贴涂写", "柳荫巷小区", ("居委会", "物业")),
    }


def test_a_time_in_what_a_party_said_is_no_deadline() -> None:
    (report,) = parse("枫林湾西门口垃圾桶周围一地垃圾，保洁说是早上清运车没来")
    assert report.deadline is None


def test_neighbours_kept_awake_by_a_dog_are_the_dogs_problem() -> None:
    (report,) = parse("枫林湾5栋门口有一条大黄狗天天晚上叫，附近居民睡不着，请居委会找到狗主人")
    assert report.category == "不文明养犬"


def test_an_office_relaying_a_residents_complaint_is_not_asked() -> None:
    (report,) = parse("社区转居民投诉：枫林湾1号楼下面的小饭店晚上在外面摆桌子烧烤，请城管今天去查一下。")
    assert report.responsible == ("城管",)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("枫林湾4栋楼梯间杂物清了一半，老人不让动，剩下的请居委会再做工作，周四前清完。", "楼道堆物"),
        ("枫林湾彩钢棚已拆除完毕，现场还有一堆拆下来的彩钢瓦和木料，请物业今天内清走。", "建筑垃圾"),
        ("枫林湾3号楼楼道的喷漆广告还没处理，请物业今天下班前处理完毕。", "乱张贴涂写"),
    ],
)
def test_a_patrol_logs_open_problems(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("督办：枫林湾5号楼楼道堆物问题仍没有好转，物业、居委会今天下班前整改到位", "楼道堆物"),
        ("督办：枫林湾东门占道经营问题未有好转，请城管本周四前彻底整治", "占道经营"),
        ("枫林湾3号楼群租已核查属实，请房办、派出所本周内处置", "群租"),
        ("枫林湾北门路面塌陷已围挡，请房办本周内修复", "设施损坏"),
        ("枫林湾8栋楼道有人堆纸箱，我已经跟物业讲了", "楼道堆物"),
        ("枫林湾东门店外经营，责令当场整改", "占道经营"),
        ("枫林湾2组铁皮棚子请城管拆除", "违法搭建"),
        ("枫林湾东门早餐摊的顾客把电动车乱停在盲道上，请物业整理", "非机动车乱停放"),
        ("枫林湾南门包子摊门口垃圾满地，请保洁清扫", "暴露垃圾"),
        ("座谈会上业主反映枫林湾3号楼门口的路灯不亮，请物业今天修好", "设施损坏"),
    ],
)
def test_a_rule_of_this_round_leaves_a_fresh_report_alone(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    ("text", "name"), [("九号公馆3栋楼道堆物，请物业明天清理", "九号公馆"), ("三号院小区3栋楼道堆物", "三号院小区")]
)
def test_a_number_and_hao_opening_a_name_are_no_date(text: str, name: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == (name, "3")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("梧桐里/21号楼/外墙宣传栏/公益广告破损褪色/居委会/12月18日前", ("居委会",)),
        ("梧桐宿舍 垃圾站满了 溢出来一地 保洁/明早8点前", ("保洁",)),
    ],
)
def test_a_slash_sets_a_terse_notes_fields_apart(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


def test_slashes_between_numbers_or_set_apart_by_blanks_stay() -> None:
    reports = parse("梧桐里 3号 5号 楼道 纸箱 泡沫箱 / 7号 门口 电瓶车 乱停 @物业 中午前")
    assert sorted(r.building for r in reports) == ["3", "5", "7"]
    assert {r.description for r in reports} >= {"7号 门口 电瓶车 乱停 @物业 中午前"}


@pytest.mark.parametrize(
    "text",
    [
        "梧桐里三个事儿：8号楼门口的路灯不亮 找房管站；9号楼前有人种菜 绿化队去",
        "对了 梧桐里12号楼楼门口那个健身器材 秋千链子断了 也一块报房管站 同样周三前",
    ],
)
def test_a_party_handed_the_problem_at_a_clauses_end_is_asked(text: str) -> None:
    assert "房办" in parse(text)[0].responsible


def test_a_party_threatened_with_the_problem_is_not_asked() -> None:
    (report,) = parse("梧桐里老年活动中心前面路灯还是莫亮，请物业48小时内解决，不然报街道")
    assert report.responsible == ("物业",)


def test_a_name_after_mentions_opens_its_sentence() -> None:
    (report,) = parse("@物业 @居委会 青年路宿舍院内 有人私搭彩钢房 占了公共空地 7日内拆除")
    assert report.community == "青年路宿舍"


def test_what_a_verb_made_before_a_building_is_no_name() -> None:
    reports = parse("下午巡了一下梧桐花园 北门口垃圾桶破了个大窟窿 6号楼1单元门口电动车乱停 物业统一整改")
    assert {r.community for r in reports} == {"梧桐花园"}


def test_a_neighbours_floor_is_not_the_problems() -> None:
    (report,) = parse("梧桐家属院2号楼1门有人把电瓶车推屋里充电了一楼那个邻居闻着有味儿说怕着火")
    assert (report.building, report.unit, report.floor) == ("2", "1", None)


def test_a_notice_then_another_matter_is_a_report() -> None:
    (report,) = parse("今天暗访组来 各社区书记在岗 另外梧桐坊11号楼单元门门禁坏了关不上 物业上午修好")
    assert (report.category, report.community, report.responsible) == ("设施损坏", "梧桐坊", ("物业",))


# -- sixth round (2026-12-04): Hangzhou, Northeast, Cantonese and Xi'an form writers -----------------------------


def test_a_wechat_emoji_code_is_no_word_of_the_message() -> None:
    """WeChat writes its own emoji as a bracketed name ([捂脸], [强], [OK]); a bracketed number or estate stays."""
    assert normalise("[捂脸] 收到[强][OK]").split() == ["收到"]
    assert normalise("[3号楼] [枫林湾]") == "[3号楼] [枫林湾]"


def test_a_receipt_then_another_matter_told_a_steward_is_a_report() -> None:
    (report,) = parse("好的收到，我转给物业管家。另外 枫林湾8幢3楼楼梯口有人放了辆电瓶车在充电 物业管家今天就去看一下")
    assert (report.category, report.community) == ("飞线充电", "枫林湾")


def test_telling_the_owner_to_take_it_in_is_no_work_under_way() -> None:
    (report,) = parse("枫林湾 9幢 2单元 5楼 过道里放了个旧橱柜，@物业管家 跟业主讲讲搬进去")
    assert (report.category, report.floor, report.responsible) == ("楼道堆物", "5", ("物业",))


def test_a_single_another_after_a_notice_turns_to_a_report() -> None:
    (report,) = parse(
        "@所有人 下午三点各小区物业来社区开会 带好台账。另 梧桐里7号楼后面的围墙上有人用油漆写了一大片字 物业明天刷掉"
    )
    assert (report.category, report.community, report.responsible) == ("乱张贴涂写", "梧桐里", ("物业",))


def test_talk_of_the_weather_then_by_the_way_a_report() -> None:
    (report,) = parse("今朝冷得来 大家出门多穿点 顺便讲一声 梧桐新村北门宣传栏里的公益广告被风刮掉了 居委会补贴一下")
    assert (report.category, report.community, report.responsible) == ("公益广告缺失", "梧桐新村", ("居委会",))


def test_a_doubt_about_the_category_before_the_order_keeps_the_receipts_report() -> None:
    (report,) = parse("收到。还有个事 梧桐苑5幢1单元楼下有人搭了个铁皮雨棚 伸出来一米多 这个算违建伐 城管来看看")
    assert (report.category, report.community, report.responsible) == ("违法搭建", "梧桐苑", ("城管",))


def test_the_stairwells_head_is_a_person_not_a_stairwell() -> None:
    (report,) = parse("枫林湾 3幢楼顶屋顶平台上堆了几只破缸 楼道长讲了几次不听 物业下周五前清理")
    assert report.category == "公共区域堆物"


@pytest.mark.parametrize(
    "text",
    [
        "梧桐里垃圾房那边 早上垃圾桶没有撤回去 臭烘烘的 保洁 今天下班前弄好",
        "梧桐里5幢门口垃圾桶边上一地的垃圾袋没人扔进去 保洁1小时内弄掉",
    ],
)
def test_bins_not_taken_back_or_bags_left_beside_them_are_sorting(text: str) -> None:
    assert [r.category for r in parse(text)] == ["垃圾分类不规范"]


def test_earth_brought_by_the_lorry_load_is_debris() -> None:
    (report,) = parse("梧桐苑 6号楼后面那块空地 不知道谁倒了好几车泥巴跟碎石头 城管 物业 周日之前弄掉")
    assert report.category == "建筑垃圾"


@pytest.mark.parametrize(
    "text",
    ["梧桐府东门那个烤地瓜三轮车又来了 停在路当中 城管来一趟", "梧桐府东门有辆煎饼推车天天停在路当中 城管来一趟"],
)
def test_a_cart_selling_food_is_street_trading(text: str) -> None:
    assert [r.category for r in parse(text)] == ["占道经营"]


def test_ones_own_yard_is_no_estate() -> None:
    (report,) = parse("梧桐新村12幢边上有人用竹竿跟油布搭了个棚，围了块地当自家院子，城管来看下")
    assert (report.category, report.community) == ("违法搭建", "梧桐新村")


def test_someone_putting_things_at_the_estates_gate_is_a_place_of_its_own() -> None:
    reports = parse("梧桐家园 7号楼 楼下 那棵树上 有人拉了绳子晒被子 还有人把衣服挂在小区门口的栏杆上 居委会去讲一下")
    assert {(r.category, r.building) for r in reports} == {("乱晾晒", "7"), ("乱晾晒", None)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("枫林苑2栋1门一楼楼道里谁家整了老鼻子大白菜，码得老高，请物业今天让住户挪走", "楼道堆物"),
        ("枫林苑3号楼东边那个自行车棚里，让人塞满了冬储的白菜和一麻袋一麻袋的煤，请物业腾出来", "公共区域堆物"),
        ("枫林苑4栋2门缓台上，有人把旧水缸、破纸箱子全堆那了，请物业后天前清理", "楼道堆物"),
    ],
)
def test_winter_stores_piled_are_a_pile(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_sewer_welling_up_is_dirt_on_the_ground() -> None:
    (report,) = parse("枫林苑6号楼下水井还在冒，冰都冻到单元门口了，请物业今天下班前处理")
    assert report.category == "环境脏乱"


def test_rows_of_spring_onions_in_a_green_belt_are_planting() -> None:
    (report,) = parse("枫林苑7栋西侧绿化带里有人种了几垄香葱，请物业周一前整改")
    assert report.category == "毁绿种菜"


def test_painted_characters_are_graffiti() -> None:
    (report,) = parse("枫林苑8栋的红漆字还在，请物业星期四前处理完")
    assert report.category == "乱张贴涂写"


def test_a_loose_dog_and_an_oily_floor_are_two_problems() -> None:
    reports = parse("枫林苑5号楼楼道里有人遛狗不牵绳，楼道地面油污很脏一直没人拖，请物业处理")
    assert {r.category for r in reports} == {"不文明养犬", "环境脏乱"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("枫林花园8栋3楼楼梯口嗰盏灯坏咗成个礼拜，唔该物业3日内整返好。", "设施损坏"),
        ("枫林花园2座楼梯间嘅应急指示灯全部唔着，唔该物业听日之内换好。", "消防设施缺失"),
        ("@保洁 麻烦执一执枫林花园东门嗰度啲烟头同纸巾，下午3点前执好。", "暴露垃圾"),
    ],
)
def test_cantonese_reports_of_a_lamp_exit_lights_and_litter(text: str, category: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community) == (category, "枫林花园")


@pytest.mark.parametrize("header", ["溪山悦今日问题", "溪山悦今日行咗一圈"])
def test_a_brand_names_header_with_the_day_of_the_round(header: str) -> None:
    reports = parse(f"{header}：\n- 3栋电梯厅堆咗几袋杂物\n唔该物业跟进，礼拜五前搞掂。")
    assert [(r.category, r.community) for r in reports] == [("楼道堆物", "溪山悦")]


def test_shared_bikes_heaped_up_are_parked_in_disorder() -> None:
    (report,) = parse("梧桐郡西门共享单车又堆起来了，请物业再清理一次，并联系单车公司调走。")
    assert report.category == "非机动车乱停放"


def test_junk_in_a_bicycle_garage_is_a_pile_not_bikes() -> None:
    (report,) = parse("梧桐郡5号楼负一楼自行车库里堆满了废品，请物业3天内清理")
    assert report.category == "公共区域堆物"


def test_a_closing_request_after_a_problem_added_at_the_scene_is_for_both() -> None:
    reports = parse(
        "@梧桐汇物业 梧桐汇3号楼那家饭店又把桌子摆到人行道上了，门口地上也还是油乎乎的，"
        "请物业和市场监管所周五前再处理一次。"
    )
    assert {(r.category, r.responsible, r.deadline) for r in reports} == {
        ("占道经营", ("物业", "市场监管"), at("2026-11-20 23:59")),
        ("环境脏乱", ("物业", "市场监管"), at("2026-11-20 23:59")),
    }


def test_the_office_that_hands_a_form_out_is_not_asked() -> None:
    (report,) = parse(
        "【交办单位】长安街道办事处\n【问题地点】梧桐新村 5号楼\n"
        "【问题描述】5号楼东侧消防通道内堆放旧家具\n【整改单位】梧桐新村物业"
    )
    assert report.responsible == ("物业",)


def test_the_office_that_requires_another_to_act_is_not_asked() -> None:
    (report,) = parse("检查组在梧桐新村发现4号楼西边的绿化带里被人挖了种蒜苗，街道要求物业明天中午之前恢复。")
    assert (report.category, report.responsible) == ("毁绿种菜", ("物业",))


def test_a_shed_not_yet_pulled_down_is_a_building_without_leave() -> None:
    (report,) = parse("梧桐家园9号楼东侧棚房至今未拆，请城管今天下班前拆除")
    assert report.category == "违法搭建"


def test_a_shed_the_owner_agreed_to_pull_down_is_no_report() -> None:
    assert parse("城管执法中队：梧桐家园棚房已约当事人今天上午自行拆除，中队下午到场监督。") == []


def test_renovation_debris_beside_bins_is_debris_only() -> None:
    reports = parse("梧桐新村9号楼西边几个垃圾桶旁边扔了不少碎砖、水泥块，也没装袋，请物业两天内清运。")
    assert [r.category for r in reports] == ["建筑垃圾"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("城管、物业要求于周五前完成梧桐苑10号楼违建拆除", {"城管", "物业"}),
        ("梧桐苑物业要求于本周五前完成3号楼楼道堆物清理", {"物业"}),
        ("检查组在梧桐苑发现4号楼绿化带里被人种了蒜苗，街道、居委会要求物业明天中午之前恢复", {"物业"}),
        ("按照街道要求，请居委会今天对梧桐苑5号楼群租进行排查", {"居委会"}),
        ("派出所要求房东三日内整改，梧桐苑6号楼群租", set()),
    ],
)
def test_a_demand_asks_whom_it_names_not_who_makes_it(text: str, parties: set[str]) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == parties


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("隔壁工地的车把泥巴带到了梧桐苑门口的路上，全是泥，请城管处理", "环境脏乱"),
        ("梧桐苑2栋1门，坏了好几天了，请物业修", "设施损坏"),
        ("梧桐苑3号楼楼道口有人摆摊卖大白菜，请城管劝离", "占道经营"),
    ],
)
def test_the_new_words_keep_to_their_meaning(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize("text", ["下水道施工，工人冒着雨在干活，辛苦了", "梧桐苑停车位上的油漆字都磨没了"])
def test_rain_braved_and_worn_markings_are_no_problem(text: str) -> None:
    assert parse(text) == []


# -- seventh round (2026-12-04): lessons of four more probe sets and what the last round left alone -----------------


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("翠屏湾今早检查发现5号楼门口堆放建筑垃圾，请物业清理", "翠屏湾"),
        ("栖霞里昨天下午巡查，7栋楼道堆了很多纸箱", "栖霞里"),
    ],
)
def test_when_it_was_seen_is_no_part_of_the_name_before_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_an_exit_light_is_fire_equipment() -> None:
    (report,) = parse("翠屏湾6栋一楼安全出口灯不亮了，请物业换一下")
    assert report.category == "消防设施缺失"


def test_a_day_told_with_what_happened_on_it_sets_no_deadline() -> None:
    text = "我是翠屏湾8栋的住户啊楼上那家老往下扔东西今天还扔下来个酒瓶子差点砸着人了你们物业管不管"
    (report,) = parse(text)
    assert (report.category, report.deadline) == ("高空抛物", None)


def test_a_day_before_a_run_ons_ask_is_still_its_deadline() -> None:
    (report,) = parse("翠屏湾8栋楼道里堆的那些纸箱子都堆到二楼了今天物业赶紧给清一下")
    assert report.deadline is not None and report.deadline.day == SENT.day


def test_a_forwarded_safety_reminder_is_no_report() -> None:
    text = "【转发】冬季用电安全提示：严禁楼道内私拉电线、严禁电动车入户充电，发现飞线充电请拨打12345"
    assert parse(text) == []


def test_a_rubbish_pit_heaped_over_is_exposed_rubbish() -> None:
    (report,) = parse("栖霞里 5号楼旁边那个垃圾池冒尖了，好几天没拉了，赶紧拉一下")
    assert (report.category, report.building) == ("暴露垃圾", "5")


def test_a_thing_that_shows_where_is_no_matter_pointed_at() -> None:
    (report,) = parse("@栖霞里居委 小区里那几个快递柜旁边，每天堆着纸箱子没人收拾，风一吹到处飞")
    assert report.community == "栖霞里"


def test_an_estate_named_alone_between_two_problems_is_the_next_ones() -> None:
    text = "暗访反馈：翠屏湾 2栋门口电动车乱停、3栋北侧墙上乱涂乱画，栖霞里 9号楼前机动车停人行道上。以上请物业整改"
    reports = parse(text)
    assert [(r.community, r.building) for r in reports] == [("翠屏湾", "2"), ("翠屏湾", "3"), ("栖霞里", "9")]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("栖凤里院子当间那个水池边上又堆了一堆破木板，麻烦居委今天清走", "栖凤里"),
        ("翠屏湾东门快递柜旁边扔了一堆快递盒子 风一刮满院子飞 保洁今天清一下", "翠屏湾"),
    ],
)
def test_a_yard_after_a_name_is_a_place_in_it(text: str, community: str) -> None:
    assert [r.community for r in parse(text)] == [community]


@pytest.mark.parametrize(
    ("title", "community"),
    [("【栖凤湾 网格巡查 12.1】", "栖凤湾"), ("【网格巡查 12.11 云澜】", "云澜"), ("【联合夜查 12.3】", None)],
)
def test_a_bracketed_title_in_pieces_names_its_estate(title: str, community: str | None) -> None:
    reports = parse(f"{title}\n1. 3号楼门口停了5辆电动车\n2. 6号楼东侧绿化带有人种了菜\n请物业今天处理")
    assert [r.community for r in reports] == [community, community]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("翠屏湾3栋底下那个井盖不晓得哪个时候冇见了，黑洞洞的，物业两个钟头内先围起来", "设施损坏"),
        ("翠屏湾 巡查发现：5栋门口宣传栏被风吹倒 请物业下周一前整改", "设施损坏"),
        ("@栖凤里居委 7号老房子二楼外墙的窗框松了一半吊在那里，下面天天有人走，麻烦居委今天来看下", "高空抛物"),
        ("@城管中队 栖凤湾门口那段路每天下午四点开始摆夜市，一直摆到小区门口，人车都过不去", "占道经营"),
    ],
)
def test_more_words_for_known_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_circled_numbers_after_a_blank_aim_a_request_and_a_closing_all_is_everyones_deadline() -> None:
    text = (
        "【栖凤湾 12月2日巡查】\n①3号楼北侧草地上停了辆黑色SUV\n②5号楼1单元门禁坏了\n③小区西门外流动摊贩卖烤地瓜\n"
        "①②请物业处理 ③请城管 以上今天下班前整改完反馈"
    )
    reports = parse(text)
    assert [(r.category, r.responsible) for r in reports] == [
        ("机动车乱停放", ("物业",)),
        ("设施损坏", ("物业",)),
        ("占道经营", ("城管",)),
    ]
    assert {r.deadline for r in reports} == {SENT.replace(hour=17, minute=0)}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("栖凤湾10栋有户人家花盆摆在阳台栏杆外头 怕掉下来砸到人 @管家 通知业主收进去", ("物业",)),
        (
            "【督办】街道城管科转办：栖凤湾5幢北侧绿化带被人开垦种菜，请居委会、物业于12月3日前恢复绿化",
            ("居委会", "物业"),
        ),
    ],
)
def test_the_butler_is_the_property_and_the_office_that_relays_is_not_asked(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == set(parties)


def test_below_a_numbered_block_is_at_that_block() -> None:
    (report,) = parse("栖凤湾14楼下头广场舞音响开得邪气响 社区管管伐")
    assert (report.category, report.building) == ("噪音扰民", "14")


@pytest.mark.parametrize(
    "text",
    [
        "云栖湾那两部电瓶车已经请出去了 大堂贴了告示",
        "栖凤湾西门烧烤摊 昨天晚上城管中队去过了 摊子收了 今天晚上再看",
        "栖凤湾2号投放点可回收桶补上了 1号点昨天晚上督导员在 混投好多了",
        "我是栖凤湾的管家小周，东门口摊贩昨天城管来过以后今天没来了，后续我们会继续盯的",
        "栖凤湾树上晒衣服的都收了，物业挨家挨户讲过了",
    ],
)
def test_what_was_dealt_with_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "【城管科督办】栖凤城商业街沿街店铺店外经营反弹，五六家把货架摆出门外，请城管中队明日上午10点前集中整治",
            "占道经营",
        ),
        ("栖凤湾11幢后头自行车棚里 有人家拖了根电线出来充电瓶车 物业马上去剪掉", "飞线充电"),
        ("栖凤湾5幢顶楼楼梯口有人家装了个铁门 把楼顶平台圈进去自己家用 请城管核查", "违法搭建"),
        ("栖凤湾5幢1单元一楼楼梯底下 有户人家用木板钉起来做了个储藏间 请物业去看看", "违法搭建"),
        ("栖凤湾3号楼1楼走道里放了两个鞋柜 还有一堆纸箱 物业后天前清掉", "楼道堆物"),
        ("栖凤湾3号楼二层走廊的灯泡坏了，请物业今天换一下", "设施损坏"),
        ("栖凤湾2号楼前 有个卖橘子的车停那一上午了 占着半拉道 城管给管管", "占道经营"),
    ],
)
def test_situations_said_in_everyday_words(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_the_hours_work_is_allowed_are_no_deadline() -> None:
    (report,) = parse("栖凤城C座那家装修 跟物业说好了只能上午干 结果今天中午十二点半又开始砸 物业再去说一下")
    assert (report.category, report.deadline) == ("噪音扰民", None)


def test_a_day_after_every_is_a_habit_not_a_deadline() -> None:
    (report,) = parse("栖凤湾3号楼楼道堆物 物业每周一查 这次请今天清掉")
    assert report.deadline is not None and report.deadline.day == SENT.day


# -- the seventh round's cold review: what its rules must leave alone ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青梧小区4号楼后面空地上车辆乱停常态化了，请城管这周五前来整治", ("机动车乱停放", ("城管",))),
        ("康宁小区7号楼楼道灯不亮，居民问请拨打哪个电话报修，麻烦物业今天来修", ("设施损坏", ("物业",))),
        ("骑楼新村5栋楼道里堆了杂物 请物业处理", ("楼道堆物", ("物业",))),
        ("兰亭苑有业主请了个住家管家，天天把垃圾袋堆在楼道里，请居委提醒一下", ("楼道堆物", ("居委会",))),
        ("楼前走道上堆了一堆沙子，请物业清走", ("公共区域堆物", ("物业",))),
        ("楼道里安全出口灯旁边有人飞线充电，请物业剪掉", ("飞线充电", ("物业",))),
        ("卖房的车天天停在小区门口发传单，请物业劝离", ("机动车乱停放", ("物业",))),
    ],
)
def test_new_words_keep_out_of_other_senses(text: str, expected: tuple) -> None:
    assert [(r.category, r.responsible) for r in parse(text)] == [expected]


def test_a_real_deadline_after_only_stays() -> None:
    (report,) = parse("嘉禾苑9栋楼顶违建，街道要求只能周五前拆除完毕，请城管和物业配合")
    assert report.deadline is not None and report.deadline.weekday() == 4


def test_a_steward_after_the_estates_name_leaves_the_name() -> None:
    (report,) = parse("@晨光花园管家 7号楼2单元楼道堆了好多纸箱，麻烦今天下班前清一下")
    assert (report.community, report.responsible) == ("晨光花园", ("物业",))


def test_a_patrols_section_in_a_title_is_no_estate() -> None:
    (report,) = parse("【巡查 12.9 东片】\n6号楼北侧绿化带晾被子，请居委今天处理")
    assert report.community is None


def test_a_reference_to_a_problem_with_a_place_word_still_points_back() -> None:
    assert parse("那个违建上面还在加盖，城管什么时候来") == []


def test_below_a_floor_is_no_floor() -> None:
    (report,) = parse("3号楼5楼下面那户装修太吵了 物业去说一下")
    assert (report.building, report.floor) == ("3", None)


def test_a_stall_gone_but_its_mess_left_is_litter() -> None:
    (report,) = parse("卖水果的摊子收了，但是地上烂水果一地，请保洁今天清一下")
    assert report.category == "暴露垃圾"


def test_an_estate_named_for_its_arcades_keeps_its_name() -> None:
    (report,) = parse("骑楼新村5栋楼道里堆了杂物 请物业处理")
    assert report.community == "骑楼新村"


# -- eighth round (2026-12-04): lessons of sets written from the rules alone (Jinhua/Yiwu/Taizhou names, …)


def test_when_and_where_to_before_a_name_are_no_part_of_it() -> None:
    (report,) = parse("今早在桂香里南门看到有人摆摊卖烤肠，请城管中队处理")
    assert report.community == "桂香里"


def test_inside_a_common_thing_said_alone_is_no_estate() -> None:
    (report,) = parse("去了锦溪路38弄，巷子里3号楼楼道堆满纸箱，请物业今天清掉")
    assert (report.community, report.building) == ("锦溪路38弄", "3")


def test_a_party_told_to_supervise_is_asked() -> None:
    (report,) = parse("云舒公寓垃圾桶里干湿混在一起，保洁督导一下")
    assert report.responsible == ("保洁",)


def test_a_question_of_its_own_before_a_report_leaves_the_report() -> None:
    (report,) = parse("今天有人在岗吗？松涛苑5幢门口路灯杆歪了，晚上黑乎乎的")
    assert (report.category, report.community, report.building) == ("设施损坏", "松涛苑", "5")


def test_a_question_about_a_problem_still_holds_the_message_back() -> None:
    assert parse("2幢的纸箱清了吗？") == []


def test_an_order_with_a_date_stands_though_reported_before() -> None:
    (report,) = parse("翠竹坊9幢顶楼有人搭了个铁皮房，居民之前反映过，请城管周四前上门核查")
    assert (report.category, report.responsible) == ("违法搭建", ("城管",))
    assert report.deadline is not None and report.deadline.weekday() == 3


def test_a_report_made_before_with_no_order_of_its_own_is_none() -> None:
    assert parse("翠竹坊9幢顶楼的铁皮房之前反映过的，大家知道一下") == []


@pytest.mark.parametrize(
    "text",
    [
        "梧桐苑3幢的狗主人找到了，已教育，签了文明养犬承诺书",
        "丽水湾2号楼装修噪音的事派出所来过，说是合规时段施工",
    ],
)
def test_a_case_settled_with_the_person_or_called_lawful_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_a_party_in_a_threat_is_not_asked() -> None:
    (report,) = parse("兰亭坊 物业：4幢楼道旧沙发还没搬，明天中午前再不搬，城管直接来拉走")
    assert report.responsible == ("物业",)


def test_things_set_behind_a_fire_door_block_the_exit() -> None:
    (report,) = parse("银杏公寓B座9层纸箱堆在防火门后面，门都关不上，物业今天处理")
    assert report.category == "消防通道占用"


def test_a_shop_taking_half_the_road_trades_on_it() -> None:
    (report,) = parse("弄堂口修车铺把旧车和轮胎摆了半条路，请城管处理")
    assert report.category == "占道经营"


def test_bags_not_put_in_the_bins_are_sorting() -> None:
    (report,) = parse("东篱小区北门垃圾袋扔地上不投桶，请保洁督导")
    assert report.category == "垃圾分类不规范"


# Lessons of a set of Linyi, Weifang and Rizhao 测评 feedback and 网格 chat (first sight 0.974 / 0.919 / 0.811 / 0.882)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("李庄 芝麻墩街道 滨河路9号院 2号楼 楼道 堆了旧柜子 请物业清理", "滨河路9号院"),
        ("张庄 解放路与沂河路 那个 化肥厂宿舍 3号楼 楼道里 堆了杂物 请物业清理", "化肥厂宿舍"),
    ],
)
def test_a_district_before_a_street_or_a_road_is_no_estate(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_group_of_an_estate_is_no_part_of_its_name() -> None:
    (report,) = parse("康乐苑三组团 5号楼 楼道里 停了两辆电动车 请物业处理")
    assert (report.community, report.building) == ("康乐苑", "5")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("@物业 师大老校区家属院2号楼楼道灯坏了，周五前修好", "师大老校区家属院"),
        ("菏泽二中老家属院 3号楼 门口 垃圾桶满了 请保洁清理", "菏泽二中老家属院"),
    ],
)
def test_the_old_housing_of_a_school_keeps_its_whole_name(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_road_named_for_a_thing_keeps_its_name_before_its_number() -> None:
    (report,) = parse("奎文 北苑街道 王家牌坊街18号院 院里下水道冒水 请街道处理")
    assert report.community == "王家牌坊街18号院"


def test_finding_the_office_names_no_estate() -> None:
    (report,) = parse("市粮食局宿舍 院里一条大狗不拴绳，见人就追，家长都找到社区了")
    assert report.community == "市粮食局宿舍"


def test_the_yard_of_a_village_committee_is_no_estate() -> None:
    (report,) = parse("城中村 前屯村 村委大院后面那条胡同里晾满了被子，请居委会收一下")
    assert report.community == "前屯村"


def test_people_moving_into_a_crowded_flat_again_is_no_fix() -> None:
    (report,) = parse("@派出所 李家庄那个群租房今天又有人搬进去了，麻烦今天再去查一下")
    assert report.category == "群租"


def test_lines_drawn_is_a_fix() -> None:
    assert parse("鸢尾苑 东门外人行道 停车问题 已经划了禁停线") == []


def test_a_reference_to_an_old_block_of_an_estate_describes_it() -> None:
    (report,) = parse("解放路9号院那个老楼2单元四楼楼道灯坏了一个月了，谁管管啊")
    assert (report.category, report.community, report.unit, report.floor) == ("设施损坏", "解放路9号院", "2", "4")


# The eighth round's rules reached too far; a cold review found these (each fails on the code before the mend)


@pytest.mark.parametrize(
    "text",
    [
        "谁负责的？梧桐苑东门那个违建到现在还在",
        "怎么还没弄？丹桂苑4号楼楼道的纸箱还堆着",
        "昨天那个处理了吗？金桂苑3号楼门口的车还是停在那里",
        "今天的巡查表交了吗？丹桂苑5号楼楼道堆物照片我补发一下",
        "请问明天开会吗？金桂苑东门口又有人摆摊了",
    ],
)
def test_a_question_first_then_a_problem_still_there_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("周末也有人值班吗？金桂苑东门口垃圾满溢了", ["暴露垃圾"]),
        ("请问修缮基金怎么申请？银杏苑6栋有人装修噪音很大", ["噪音扰民"]),
        ("请问清明假期谁值班？银杏苑2号楼楼道堆物", ["楼道堆物"]),
        ("请问后天去石门路66弄检查吗？石门路66弄3号楼楼道堆物", ["楼道堆物"]),
        ("请问几点集合？银杏苑5栋楼道堆物，还有7栋门口有人乱晾晒", ["楼道堆物", "乱晾晒"]),
        ("请问几点集合？银杏苑8栋楼道又脏又乱，到处是垃圾", ["暴露垃圾"]),
    ],
)
def test_an_aside_question_then_a_fresh_problem_is_still_a_report(text: str, categories: list[str]) -> None:
    assert sorted(r.category for r in parse(text)) == sorted(categories)


@pytest.mark.parametrize(
    "text",
    [
        "业委会之前反映过金桂苑东门违建，请城管中队10日内回复是否立案",
        "之前报过丹桂苑3栋顶楼的违建，请城管周四前报一下拆除计划",
    ],
)
def test_a_dated_request_for_a_reply_about_what_was_reported_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("之前反映过丹桂苑3栋顶楼的违建，请城管周四前拆除并报送整改情况", "违法搭建"),
        ("上周反映的丹桂苑路灯不亮，请物业周五前报修并反馈结果", "设施损坏"),
    ],
)
def test_a_dated_request_for_work_and_a_reply_about_what_was_reported_stands(text: str, category: str) -> None:
    (report,) = parse(text)
    assert report.category == category
    assert report.deadline is not None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("丹桂苑东门垃圾满溢，要不然这样 保洁下午过来清一下", "保洁"),
        ("金桂苑北门车辆乱停堵住消防通道，车主再不挪车，物业联系交警拖车", "物业"),
        ("梅苑6栋门口私家车占消防通道，车主再不挪车，居委会联系交警拖车", "居委会"),
    ],
)
def test_a_party_told_to_act_after_a_condition_is_asked(text: str, party: str) -> None:
    (report,) = parse(text)
    assert party in report.responsible


@pytest.mark.parametrize(
    "text",
    [
        "丹桂苑东门违建，请业主三日内自行拆除，否则城管将依法拆除",
        "丹桂苑西侧违建，请业主3日内自行拆除，否则城管上门处理",
    ],
)
def test_a_party_that_will_act_if_the_work_is_not_done_is_not_asked(text: str) -> None:
    (report,) = parse(text)
    assert report.responsible == ()


def test_a_claim_of_being_allowed_that_the_speaker_doubts_is_a_report() -> None:
    (report,) = parse("金桂苑3栋顶楼加了个阳光房，房东说是合规的，我看不像，请城管核实")
    assert (report.category, report.responsible) == ("违法搭建", ("城管",))


@pytest.mark.parametrize(
    "text", ["玉兰苑6栋阳台晒被子，很正常，不一定要处理", "玉兰苑3栋装修噪音可以理解，我去核实过确实在规定时间内"]
)
def test_called_normal_then_declined_or_checked_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_old_housing_of_the_speaker_is_no_estate() -> None:
    (report,) = parse("我们老宿舍3栋楼道堆满杂物，请物业清理")
    assert report.community is None


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("保安新村5栋楼道堆物，请物业清理", "保安新村"),
        ("柳林村村委大院门口垃圾满溢，请保洁清运", "柳林村"),
    ],
)
def test_only_an_office_word_before_a_yard_names_the_office(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_inside_a_bin_or_a_pit_is_no_estate() -> None:
    (report,) = parse("丰乐苑3栋门口，桶子里垃圾满了，请保洁清运")
    assert report.community == "丰乐苑"


@pytest.mark.parametrize("name", ["桔子里", "柿子里", "橙子里"])
def test_a_fruit_before_li_names_an_estate(name: str) -> None:
    (report,) = parse(f"{name}3号楼楼道堆物，请物业清理")
    assert report.community == name


def test_a_road_between_two_estates_keeps_both() -> None:
    reports = parse("丰泽苑 滨河路 嘉禾苑 门口都有人摆摊，请城管处理")
    assert {r.community for r in reports} == {"丰泽苑", "嘉禾苑"}


def test_a_village_before_a_road_and_an_estate_is_the_town() -> None:
    (report,) = parse("王家庄 沂州路 丰泽苑 3栋楼道堆物，请物业清理")
    assert (report.community, report.building) == ("丰泽苑", "3")


@pytest.mark.parametrize("text", ["金色港湾第二组团5栋楼道堆物，请物业清理", "金色港湾第三期5栋楼道堆物，请物业清理"])
def test_a_numbered_group_or_phase_with_di_is_no_part_of_the_name(text: str) -> None:
    (report,) = parse(text)
    assert (report.community, report.building) == ("金色港湾", "5")


# Lessons of a set of Guangzhou, Shenzhen, Dongguan and Foshan chat (first sight 0.976 / 0.920 / 0.830 / 0.967) and
# one of Beijing and Tianjin 社区 and 胡同 groups (first sight 0.975 / 0.918 / 0.784 / 0.921)


def test_cantonese_just_now_walking_past_is_no_part_of_the_name() -> None:
    (report,) = parse("我啱啱行过荔湾坊市场后面，有人喺树上面绑咗条绳晒衫，唔该居委会同佢哋讲下")
    assert (report.category, report.community) == ("乱晾晒", "荔湾坊")


def test_cantonese_please_before_a_party_at_the_end_asks_it() -> None:
    (report,) = parse("翠景花园门口人行道有几架共享单车乱停，挡住盲道，唔该城管")
    assert report.responsible == ("城管",)


def test_a_spot_beside_a_landmark_said_in_cantonese_describes() -> None:
    (report,) = parse("南华坊牌坊侧边嗰个垃圾点，有人将啲厨余同纸皮全部倒埋落同一个桶，唔该保洁加强督导")
    assert (report.category, report.community, report.responsible) == ("垃圾分类不规范", "南华坊", ("保洁",))


@pytest.mark.parametrize(
    "text",
    [
        "新华街3巷装修噪音居委会去讲咗，业主话下周完工",
        "翠岭山庄天台违建城管上周五已经去睇过，业主话本周自行拆除，我哋会跟进",
    ],
)
def test_cantonese_progress_told_is_no_report(text: str) -> None:
    assert parse(text) == []


def test_trees_cut_down_are_greenery_destroyed() -> None:
    (report,) = parse("@居委会 沙头村篮球场旁边嗰排树，有人斩咗几棵，话要腾个位停车，请城管同居委会去睇下")
    assert report.category == "毁绿种菜"


def test_a_motor_lane_taken_by_a_stall_is_no_parking() -> None:
    (report,) = parse("青年嘉园南门外有卖菜的三轮车一溜儿排开，占了人行道和半拉机动车道，请城管明天上午过来")
    assert report.category == "占道经营"


@pytest.mark.parametrize(
    "text",
    [
        "苇坑胡同9号大杂院里头，西厢房门口儿有人新搭了个小棚子，把过道儿都占了一半儿，请城管来看看",
        "电力局家属院2栋3楼那户在楼道儿里砌了个小隔断，把楼道儿占了一半儿当储藏间，请房管所来看看",
    ],
)
def test_a_passage_taken_by_what_was_built_is_the_build_alone(text: str) -> None:
    assert [r.category for r in parse(text)] == ["违法搭建"]


def test_a_lane_number_before_a_compound_is_the_courtyard() -> None:
    (report,) = parse("苇坑胡同9号大杂院里头，西厢房门口儿有人新搭了个小棚子，请城管来看看")
    assert (report.community, report.building) == ("苇坑胡同9号", None)


def test_volunteers_work_counted_is_no_report() -> None:
    assert parse("椿树西里社区志愿者今天上午清理楼道小广告200余处，清运楼道堆物8车，辛苦大家！") == []


def test_a_space_fenced_off_as_ones_own_yard_is_building_without_leave() -> None:
    reports = parse("和平里6号楼楼前空地，有人用铁丝网围了一圈儿当自家院子，请居委会和城管处理")
    assert "违法搭建" in [r.category for r in reports]


def test_a_time_said_last_with_a_tag_is_the_deadline() -> None:
    (report,) = parse("仪表厂宿舍门口儿修车的摊子又摆出来了，麻烦城管来管管，今儿下午呗。")
    assert report.deadline == at("2026-11-18 17:00")


def test_whom_to_call_if_all_else_fails_is_not_asked() -> None:
    (report,) = parse("柳树南里8号楼门口天天有狗屎没人收拾，麻烦居委会出面说说，实在不行找片儿警。")
    assert report.responsible == ("居委会",)


@pytest.mark.parametrize(
    "text",
    [
        "海珠坊市场入口嗰几档鱼档将啲鱼鳞内脏直接倒落渠口，污水流到路面，唔该城管睇下",
        "银湾新城3栋楼下有间奶茶店将音响摆出门口大声播歌，由朝播到晚，请城管睇下",
    ],
)
def test_a_stall_or_shop_that_is_only_the_source_of_another_problem_is_no_trading(text: str) -> None:
    assert "占道经营" not in [r.category for r in parse(text)]


def test_e_bikes_at_a_lobby_door_are_parked_not_kept_inside() -> None:
    (report,) = parse("丽景花园 巡查：\n-2号楼大堂门口电动车停放混乱\n物业")
    assert (report.category, report.building) == ("非机动车乱停放", "2")


@pytest.mark.parametrize(
    "text",
    [
        "东坑村有户出租屋房东将一层楼隔成8间，每间住两三个人，请居委会核查",
        "东坑村西边嗰排出租屋，晚晚都有人将电动车推入屋企充电，一栋楼起码十几架，请派出所检查",
    ],
)
def test_a_whole_floor_or_building_counted_is_no_number(text: str) -> None:
    (report,) = parse(text)
    assert (report.building, report.floor) == (None, None)


def test_a_status_list_of_marked_items_is_no_report() -> None:
    assert parse("上周遗留问题：丽景花园楼道堆物✅、云湖山庄摆卖✅、松湖山庄天台违建⏳、水口围宣传栏⏳") == []


def test_the_mouth_of_a_common_thing_said_with_er_is_no_estate() -> None:
    (report,) = parse("刚才路过杨树庄小区6号楼，楼门口儿那块儿地砖塌了一个坑，麻烦物业给垫垫")
    assert (report.community, report.building) == ("杨树庄小区", "6")


def test_someone_selling_barbecue_is_street_trading() -> None:
    (report,) = parse("锦华苑后门巷子晚晚有人卖烧烤，请城管处理")
    assert report.category == "占道经营"


def test_the_wall_of_a_numbered_courtyard_is_of_the_courtyard() -> None:
    (report,) = parse("西柳树三条18号院墙上有人用红油漆写了办证电话，请社区安排清理")
    assert report.community == "西柳树三条18号院"


def test_a_floor_after_a_numbered_door_is_a_floor_of_that_unit() -> None:
    (report,) = parse("双榆里3门二楼那家把杂物堆在楼道里，麻烦物业清一下")
    assert (report.building, report.floor) == (None, "2")


# Lessons of a set of Nantong, Yangzhou, Huzhou and Jiaxing terse notes (first sight 1.0 / 0.974 / 0.827 / 0.936),
# and the edges a cold review of the Guangdong and Beijing lessons found (each fails on the code before)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("云栖公馆12#-2 一楼电梯厅 电瓶车停放 3辆，物业下班前清出", ("12", "2", "1")),
        ("海韵湾 3#-1 5楼 楼道 一个鞋柜 一堆纸板 物业 12号前", ("3", "1", "5")),
    ],
)
def test_a_building_hash_and_its_unit_after_a_dash(text: str, place: tuple) -> None:
    (report,) = parse(text)
    assert (report.building, report.unit, report.floor) == place


def test_a_party_said_not_to_act_in_wu_is_not_asked() -> None:
    (report,) = parse("阿拉苕南水岸9幢后面空地上搭了只棚棚，物业伐管，请城管来拆")
    assert report.responsible == ("城管",)


def test_a_stairwell_closed_off_by_a_door_is_building_not_damage() -> None:
    (report,) = parse("@银桂庭物业 22幢东单元顶楼有人家装了个铁门把楼道封掉了，占用公共部位，请下礼拜一前拆除")
    assert report.category == "违法搭建"


def test_a_party_then_before_the_end_of_work_then_a_verb_is_an_order() -> None:
    (report,) = parse("观湖公馆12栋一楼电梯厅 电瓶车停放 3辆，物业下班前清出")
    assert (report.responsible, report.deadline) == (("物业",), at("2026-11-18 17:00"))


def test_shouldnt_a_party_act_asked_as_a_question_asks_nobody() -> None:
    assert parse("楼道堆物不该居委会出面吗？怎么一直没人管。") == []


def test_having_spoken_to_them_to_no_avail_is_no_fix() -> None:
    (report,) = parse("已去讲了两次还是堆在楼道，请物业今天下午强制清理，绿洲花园2栋。")
    assert (report.category, report.responsible) == ("楼道堆物", ("物业",))


def test_items_marked_pending_with_a_request_are_reports() -> None:
    reports = parse("今日巡查发现：金桂园3栋楼道堆物⏳ 金桂园6栋飞线充电⏳ 请物业今天处理完毕。")
    assert sorted(r.category for r in reports) == ["楼道堆物", "飞线充电"]


def test_an_item_ticked_done_is_no_report_beside_a_new_one() -> None:
    reports = parse("碧水苑楼道堆物✅、碧水苑违建✅、碧水苑6栋飞线充电（新发现，请物业今天处理）")
    assert [r.category for r in reports] == ["飞线充电"]


@pytest.mark.parametrize(
    "text", ["请物业将一层楼道的杂物清走，翠园小区3栋。", "天悦小区5栋一层住了十几个人，疑似群租，请居委核查。"]
)
def test_a_first_floor_said_before_what_is_there_is_a_floor(text: str) -> None:
    (report,) = parse(text)
    assert report.floor == "1"


def test_a_car_taking_half_the_motor_lane_is_parking() -> None:
    (report,) = parse("私家车停在非机动车道上还占了半条机动车道，请城管处理，宝安小区。")
    assert report.category == "机动车乱停放"


@pytest.mark.parametrize(
    "text",
    ["烧烤摊油污满地还占着人行道，请城管处理，东山小区。", "店家把货和喇叭都摆出店外叫卖，请城管劝导，新民小区西门。"],
)
def test_a_stall_that_takes_the_street_is_trading_whatever_else_it_does(text: str) -> None:
    assert "占道经营" in [r.category for r in parse(text)]


def test_the_yard_of_a_hutong_said_with_er_is_of_the_hutong() -> None:
    (report,) = parse("东四八条院儿里有人把三轮车停在消防通道上，请派出所处理。")
    assert report.community == "东四八条"


def test_e_bikes_pushed_into_the_yard_name_no_estate() -> None:
    (report,) = parse("住了一帮送外卖的，电动车全推院儿里充电，线从窗户扯出来。请社区核查。")
    assert report.community is None


# Lessons of a set of Urumqi, Yinchuan, Xining and Lanzhou groups (first sight 0.981 / 0.864 / 0.709 / 0.888)


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("兰化家属院二区东门口，早上有人在路边摆摊卖洋芋，城管中队看下", "兰化家属院"),
        ("窑湾矿区三区15栋楼前面的煤堆把消防通道占了一半，请物业明天上午前挪走", "窑湾矿区"),
        ("一二一团场南区12栋1单元门口有人把狗拴在单元门口，见人就咬，请社区联系狗主人", "一二一团场"),
        ("长庆石化矿区7区3栋1单元楼道里停放电动车充电，私拉电线，请物业处理", "长庆石化矿区"),
    ],
)
def test_a_numbered_or_directional_zone_after_an_estate_is_no_part_of_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_district_that_holds_an_estate_is_no_estate() -> None:
    (report,) = parse("新华路社区下辖的康乐小区2号楼楼道里的公益广告牌被人撕了，请社区3天内补上")
    assert report.community == "康乐小区"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("石油家属院东区14栋门口那个树林里有人把旧沙发、破床板都撇下了，社区协调物业明天拉走", "公共区域堆物"),
        ("东方红小区2号楼2单元有人在楼道里生蜂窝煤炉子，烟呛得满楼道都是，请社区和物业去看看", "其他"),
        ("和平新村5号楼后面的路上散了一地煤渣子和烂木头，请物业今天清理", "暴露垃圾"),
        ("青年小区8号楼楼顶上的太阳能热水器支架冻裂了，有一块板子都耷拉下来了，物业赶紧拆下来", "高空抛物"),
        ("昆仑路16号院2栋门口的人行道被挖开埋管子，挖完没回填，请物业回填", "设施损坏"),
        ("同心路31号院4号楼楼底下有人把两棵小松树锯了，请绿化队来看一下", "毁绿种菜"),
        ("建新小区4号楼3单元502的暖气片漏水，把楼下顶棚都泡塌了，请社区联系房主", "其他"),
        ("枫林苑2号楼楼下的快递驿站把一堆快递箱子码在人行道上分拣，请城管管一下", "占道经营"),
    ],
)
def test_northwestern_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_car_that_is_the_victim_is_no_parking() -> None:
    reports = parse("宁安家园22号楼楼上有人往下倒洗菜水、还扔烟头，楼下停的车都泼上冰了，请物业查清是哪一户")
    assert [r.category for r in reports] == ["高空抛物"]


def test_whom_it_goes_to_when_overdue_is_not_asked() -> None:
    reports = parse("督办单\n小区：天山花园\n问题：9号楼北侧消防通道停放货车一辆\n责任单位：物业\n备注：逾期报街道")
    assert [r.responsible for r in reports] == [("物业",)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("丰收新村10号楼底下的车库被房东隔成了四五个小间租出去了，社区和派出所摸一下底", ("居委会", "派出所")),
        ("幸福路12号院3号楼后面那段路又结冰了，保洁下午4点前再铲一次", ("保洁",)),
    ],
)
def test_finding_out_and_doing_it_once_more_are_work_asked(text: str, party: tuple) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == set(party)


def test_from_the_first_floor_to_the_top_is_no_floor() -> None:
    (report,) = parse("绿洲小区28号楼3单元楼道里贴满了小广告，一楼到顶楼全是，物业安排保洁铲一下")
    assert report.floor is None


# Edges a cold review of the terse-note and northwestern lessons found (each fails on the code before the mend)


@pytest.mark.parametrize(
    "text",
    [
        "爬到顶楼一看，楼道堆满纸箱，是瑞丰小区11号楼，请物业清理。",
        "金鹰花园3号楼走到顶楼发现楼道堆满杂物，请物业处理。",
    ],
)
def test_climbing_to_the_top_floor_is_no_range(text: str) -> None:
    (report,) = parse(text)
    assert report.floor == "顶"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("团结新村东门单元门的闭门器快掉下来了，请物业修一下。", "设施损坏"),
        ("滨河小区路灯杆歪了，电线都耷拉下来了，请物业维修。", "设施损坏"),
    ],
)
def test_something_about_to_fall_at_ground_level_is_no_fall_from_height(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "新港小区东门人行道上停的车都快把路占满了，请城管处理。",
        "金城花园绿化带上停的车也越来越多，草都压死了，请物业管理。",
    ],
)
def test_cars_parked_are_parking_whatever_follows(text: str) -> None:
    assert [r.category for r in parse(text)] == ["机动车乱停放"]


def test_an_item_under_way_beside_items_ticked_done_is_no_report() -> None:
    text = (
        "今日整改进度：1. 锦江花园3号楼楼道堆物✅ 2. 春晖苑东门占道经营⏳ "
        "3. 春晖苑5号楼飞线充电（新发现，请物业今天处理）"
    )
    assert [r.category for r in parse(text)] == ["飞线充电"]


def test_two_buildings_by_hash_are_no_building_and_unit() -> None:
    (report,) = parse("御景苑2#-3#楼之间绿化带被种了菜，请物业处理。")
    assert report.unit is None


def test_a_pile_taking_common_space_is_a_pile() -> None:
    (report,) = parse("住户在楼道堆放杂物占用公共部位，新桥小区9号楼，请物业清理。")
    assert report.category == "楼道堆物"


# Lessons of a set of Zhengzhou, Luoyang, Taiyuan and Shijiazhuang groups (first sight 0.981 / 0.931 / 0.824 / 0.989)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("滹沱佳苑5号楼北边那条主路上，停了辆拉货的箱货，三天没动了，请派出所协调一下车主挪车。", "机动车乱停放"),
        ("北格安置区6号楼西头那个下水井盖没了，黑乎乎一个洞，请物业明天上午补上井盖", "设施损坏"),
        ("拖拉机厂家属院25号楼拐弯那儿，地上扔了一堆死猫死老鼠，请保洁今天清理", "暴露垃圾"),
        ("轴承厂家属院9号楼前后的墙上全是“高价回收旧家电”的喷字，物业找人刷掉，周五前", "乱张贴涂写"),
        ("杨柳新城3号楼好多人又往楼上推车充电了，物业周日前让推下来", "飞线充电"),
    ],
)
def test_central_plains_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_speakers_word_before_a_road_address_is_no_part_of_it() -> None:
    (report,) = parse("咱纬五路12号院里头那棵大杨树上，有人把被子搭树杈上晒，居委会去说说中不中")
    assert report.community == "纬五路12号院"


def test_one_thing_on_the_first_floor_is_on_floor_one() -> None:
    reports = parse("御景花园6号楼楼道一层放一个旧冰柜，三层堆了好多纸箱子，请物业清理")
    assert sorted(r.floor for r in reports) == ["1", "3"]


def test_an_answer_and_the_work_by_one_time_sets_the_deadline() -> None:
    (report,) = parse("安居苑2号楼楼道里堆满纸板，请物业今天下班前给个说法并清理掉")
    assert report.deadline == at("2026-11-18 17:00")


def test_an_answer_today_and_the_work_done_tomorrow_is_a_report() -> None:
    (report,) = parse("天宁小区3号楼楼道堆物半个月了，物业今天必须给个说法，明天都弄好")
    assert (report.category, report.responsible) == ("楼道堆物", ("物业",))


def test_worn_markings_on_a_fire_lane_are_no_graffiti() -> None:
    assert "乱张贴涂写" not in [r.category for r in parse("金山小区消防通道地面喷的字都磨没了，请物业重新喷一下")]


# Lessons of a set of central Shanghai 居民区 groups (first sight 0.987 / 0.854 / 0.789 / 0.987) and one of
# Harbin, Changchun, Shenyang, Dalian and Baotou groups (first sight 0.954 / 0.908 / 0.822 / 0.988); both were written
# while the round's other lessons were being taught and scored the same at the round's start and after them


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "@安福路149弄 物业 弄堂口垃圾箱房8点半关门以后，外头地上又摆了五六袋湿垃圾，误时投放。请物业明朝上午前清脱",
            "垃圾分类不规范",
        ),
        ("康平新村33号门口个湿垃圾桶旁边地上摆了三袋垃圾，桶是空个。保洁请收一收", "垃圾分类不规范"),
        ("永嘉路571弄3号后门弄堂里，天天有人半夜两点钟在楼下搬物事、拖箱子，声音老大。请居委夜里来看看", "噪音扰民"),
        ("康定路758弄弄堂底自行车棚里，有人堆了旧橱柜、旧席梦思。物业请下礼拜三前清理", "公共区域堆物"),
        ("@物业 鸿福坊5号后门口，有人拿两根竹竿横架在弄堂里晒被头，搿条是消防通道，现在只剩半米宽", "消防通道占用"),
        ("铁锋小区 5号楼 二门洞 三楼缓台 有人把电动车推上来了 天冷怕冻电瓶 社区出面说说", "飞线充电"),
        ("宏图园主干道昨晚的雪一点没动，现在还堆着呢，车都打滑，物业上午必须清出来", "环境脏乱"),
        ("红旗小区7号楼2门洞楼道里那个自来水管冻裂了，水淌得哪都是，物业一小时内派人来", "设施损坏"),
    ],
)
def test_shanghai_and_northeastern_situations(text: str, category: str) -> None:
    assert [r.category for r in parse(text)] == [category]


def test_a_number_before_a_lane_is_a_house_not_a_date() -> None:
    (report,) = parse("嘉兴坊9号前弄堂里有人天天喂野猫，猫粮碗摆了一排。居委礼拜一来看看")
    assert (report.building, report.deadline) == ("9", at("2026-11-23 23:59"))


def test_a_garden_below_a_building_is_no_estate() -> None:
    reports = parse("宁海新村2号楼下小花园里又有人跳广场舞，音响开得震天响，居委能勿能跟伊拉商量商量")
    assert [r.community for r in reports] == ["宁海新村"]


def test_telling_them_in_shanghainese_asks_the_party() -> None:
    (report,) = parse("永康路149弄14号楼下，弄堂当中挂满了床单。居委讲讲伊拉")
    assert report.responsible == ("居委会",)


def test_still_not_done_and_a_rhetorical_demand_is_no_new_report() -> None:
    assert parse("长寿新村消防通道浪个两部车上礼拜三就报了，到现在也没动过。物业到底管勿管？") == []


@pytest.mark.parametrize(
    "text",
    [
        "包头昆区友谊街道的同志们注意：友谊小区 4栋 门前 有人摆摊卖羊杂碎 城管 明天上午前处理",
        "幸福小区那个事我下午去。另外幸福小区6号楼后身有人在树上拉绳晾腊肠腊肉，居委会一块儿说说",
    ],
)
def test_a_call_to_comrades_or_a_matter_first_leaves_the_report_standing(text: str) -> None:
    assert len(parse(text)) == 1


def test_reported_last_week_then_a_dated_request_is_a_report() -> None:
    text = "兰苑11号楼后面的飞线上礼拜就报了，线还挂在树上，物业到底管不管？请明天10点前拆掉"
    (report,) = parse(text)
    assert (report.category, report.responsible) == ("飞线充电", ("物业",))


# Edges a cold review of the Shanghai and north-eastern lessons found (each fails on the code before the mend)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("海棠苑3号楼楼道灯不亮，请物业15号前弄好", at("2026-12-15 23:59")),
        ("丁香小区东门路灯坏了两盏，请物业20号前路灯全部修好", at("2026-11-20 23:59")),
        ("桂花苑2号楼门口积水，请物业21号前路面疏通", at("2026-11-21 23:59")),
    ],
)
def test_a_day_before_a_verb_or_a_road_word_is_a_deadline(text: str, deadline) -> None:
    (report,) = parse(text)
    assert report.deadline == deadline


@pytest.mark.parametrize(
    "text",
    ["小区门口坡太陡，电动车推上来很费劲，居民想请物业把坡道改缓一点", "新康苑误时投放点设在南门，开放时间早7点到9点"],
)
def test_a_ramp_hard_to_push_up_and_a_late_drop_point_are_no_problems(text: str) -> None:
    assert [r.category for r in parse(text) if r.category in ("飞线充电", "垃圾分类不规范")] == []


def test_a_renovation_programmes_name_can_be_an_estates() -> None:
    (report,) = parse("美丽家园3号楼门口有人乱停车，堵了路，物业管一下")
    assert report.community == "美丽家园"


def test_where_the_speaker_just_was_is_no_estate() -> None:
    (report,) = parse("我是业委会的小郑，刚在15幢后面巡了一圈，发现有人在围墙边上搭了个铁皮棚，请物业三天内拆除")
    assert (report.community, report.building) == (None, "15")


# Lessons of a set written in the style of Shandong 创城 groups (new messages, not the set's)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("清河苑物业：收到，马上安排。另外我们巡查看到7号楼2单元楼道里有人往外扔烟头，请街道一块儿管管", ("街道",)),
        ("金鼎华庭物业: 收到，下午就弄。另外北门外两盏路灯不亮了，请城管协调修一下", ("城管",)),
    ],
)
def test_a_party_signing_its_receipt_is_not_asked_by_what_follows(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert report.responsible == parties


def test_a_signed_receipt_then_a_new_find_on_a_round_is_a_report() -> None:
    (report,) = parse("南湖苑物业：收到，今天清。另外巡查发现9号楼1单元楼道里有住户天天喂野猫，味道很大")
    assert (report.category, report.community, report.building, report.responsible) == ("其他", "南湖苑", "9", ())


@pytest.mark.parametrize(
    "text",
    [
        "梧桐苑物业：单元门门禁主板坏了，厂家明天来换，今天先安排保安值守",
        "桂林里物业：5号楼声控灯线路老化，电工下午过来修",
    ],
)
def test_a_party_telling_its_plan_for_a_broken_thing_is_work_under_way(text: str) -> None:
    assert parse(text) == []


def test_asking_the_maker_to_come_is_a_request_not_work_under_way() -> None:
    (report,) = parse("梧桐苑3号楼门禁坏了，请物业叫厂家明天来换")
    assert (report.category, report.responsible) == ("设施损坏", ("物业",))


@pytest.mark.parametrize("verb", ["拾掇拾掇", "拾掇一下", "规整规整"])
def test_a_northern_verb_of_tidying_asks_the_party(verb: str) -> None:
    (report,) = parse(f"翠湖苑5号楼楼道里贴满了开锁的小广告 物业{verb}")
    assert report.responsible == ("物业",)


@pytest.mark.parametrize(
    "text",
    [
        "青松苑8号楼2单元5楼楼梯平台上停着一辆电动车，电瓶拆下来拿屋里充，这个算飞线充电不？",
        "青松苑3号楼门口停了辆小轿车压着草坪 这算乱停吗",
        "青松苑6号楼楼道里堆了好多纸箱子 算不算楼道堆物啊",
    ],
)
def test_asking_what_the_problem_counts_as_leaves_the_report(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize("text", ["青松苑5号楼的违建 算是拆了吗？", "青松苑3号楼门口停了辆车 这个算谁管？"])
def test_asking_whether_it_is_done_or_whose_it_is_is_still_a_question(text: str) -> None:
    assert parse(text) == []


def test_things_pushed_back_again_are_back_not_dealt_with() -> None:
    (report,) = parse("东风里6号楼楼道那两辆自行车又推回去了，上礼拜刚清过，@物业 再清一遍")
    assert (report.category, report.building, report.responsible) == ("楼道堆物", "6", ("物业",))


def test_said_to_be_reported_for_repair_but_nobody_came_is_no_work_under_way() -> None:
    (report,) = parse("我们7号楼单元门门禁坏了半个月了 物业说报修了到现在也没人来 ——松山苑业主")
    assert (report.category, report.community, report.building) == ("设施损坏", "松山苑", "7")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("请松山苑物业今天之内把门禁修好，给业主个答复", "设施损坏"),
        ("松山苑2号楼路灯 请物业明天换一下", "设施损坏"),
    ],
)
def test_a_repair_asked_of_a_facility_says_it_is_broken(text: str, category: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community, report.responsible) == (category, "松山苑", ("物业",))


def test_goods_on_the_pavement_then_boxes_in_the_fire_lane_are_two_problems() -> None:
    text = "东城花园12号楼底商那家便利店 货都摆到门口 占了半拉人行道 后边消防通道上还堆着箱子 请城管今天处理"
    assert sorted(r.category for r in parse(text)) == ["占道经营", "消防通道占用"]


@pytest.mark.parametrize(
    "text",
    [
        "门口水果摊占了人行道，水果筐把消防通道都堵了，请城管处理",
        "东城花园楼道堆满杂物，杂物还把消防通道堵了，请物业清理",
        "东城花园门口车乱停 然后消防车都进不来了 城管处理",
    ],
)
def test_what_blocks_the_fire_lane_is_the_lanes_problem(text: str) -> None:
    assert [r.category for r in parse(text)] == ["消防通道占用"]


def test_a_shop_setting_out_again_at_night_trades_on_the_street() -> None:
    categories = {r.category for r in parse("东城花园那家烤肉店夜里又摆出来了 吵到半夜 城管去管管")}
    assert "占道经营" in categories


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("四季里12号楼有人从楼上往下扔酒瓶子，请居委会排查", "四季里"),
        ("万家里3号楼楼道堆了旧沙发，请物业清理", "万家里"),
        ("星河湾府还有 5号楼楼道贴满了小广告", "星河湾府"),
    ],
)
def test_names_of_a_number_word_or_two_endings(text: str, community: str) -> None:
    assert parse(text)[0].community == community


def test_a_count_before_li_is_no_name() -> None:
    assert parse("两个里3号楼楼道堆了旧沙发，请物业清理")[0].community is None


# Edges a cold review of the Shandong lessons found (each fails on the code before the mend, or guards it)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("物业：收到，另外发现东门口有人摆摊卖水果。", ("物业",)),
        ("居委：收到，请物业明天上午前把8号楼楼道纸箱清掉。", ("居委会", "物业")),
        ("丽都花园物业：收到通知，7号楼门口的消防通道被私家车堵住了，请立即挪车。", ("物业",)),
    ],
)
def test_only_a_named_office_signs_with_a_colon_and_news_received_is_no_receipt(text: str, parties: tuple) -> None:
    (report,) = parse(text)
    assert set(report.responsible) == set(parties)


@pytest.mark.parametrize(
    "text",
    ["3号楼楼道那些纸箱物业搬到车棚去了，这样算合格吗？", "9号楼门口路灯坏了一个礼拜了，这算物业管的吗？"],
)
def test_asking_whether_a_fix_passes_or_whose_work_it_is_is_no_question_of_kind(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "三天里12号楼楼道一直堆着纸箱，请物业处理",
        "这两周里5号楼门口老有人乱停车，请物业管管",
        "一年里3号楼投诉了十几次噪音，请居委协调",
    ],
)
def test_a_span_of_time_before_li_is_no_name(text: str) -> None:
    assert parse(text)[0].community is None


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("翠苑庭院里有人种了菜，请物业处理", "翠苑"),
        ("阳光花园庭前绿地有人种菜，请物业处理", "阳光花园"),
        ("碧水湾府邸5号楼门禁坏了", "碧水湾府邸"),
    ],
)
def test_a_courtyard_is_no_ending_and_a_mansion_is(text: str, community: str) -> None:
    assert parse(text)[0].community == community


def test_a_promise_with_the_problem_still_there_is_no_work_under_way() -> None:
    (report,) = parse("13号楼顶楼违建，街道说城管周三来拆，到现在还在。")
    assert (report.category, report.building) == ("违法搭建", "13")


def test_a_crew_coming_to_fill_a_hole_is_work_under_way() -> None:
    assert parse("东门口那个大坑，施工队明天来补，物业先拉了警戒线。") == []


def test_bicycles_lying_every_which_way_are_parked_in_disorder() -> None:
    (report,) = parse("桃园小区车棚里的自行车东倒西歪，请物业规整一下")
    assert (report.category, report.responsible) == ("非机动车乱停放", ("物业",))


def test_a_barrier_arm_to_repair_is_a_broken_facility() -> None:
    (report,) = parse("要求物业三天内把幸福小区北门的道闸修好")
    assert (report.category, report.community, report.responsible) == ("设施损坏", "幸福小区", ("物业",))


@pytest.mark.parametrize(
    "text",
    [
        "在吗在吗 梧桐湾 南门外的人行道上 电瓶车停了一排 推车都过不去",
        "@李经理 在吗？柳岸花园7栋楼道里堆满了纸箱",
        "有人在吗，桂苑3号楼门口的井盖坏了",
    ],
)
def test_a_call_for_attention_opening_a_message_asks_nothing(text: str) -> None:
    assert len(parse(text)) == 1


@pytest.mark.parametrize("text", ["柳岸花园7栋楼道里的纸箱还在吗", "在吗"])
def test_asking_whether_a_problem_is_still_there_is_a_question(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "category", "building"),
    [
        ("7号楼楼道的杂物前天清掉了，这两天又堆满了，请物业处理", "楼道堆物", "7"),
        ("12栋的电动车上午推出去了，下午又推回楼道里充电了", "飞线充电", "12"),
        ("9号楼楼道的鞋柜上周搬走了，没几天又摆回来了", "楼道堆物", "9"),
    ],
)
def test_a_fix_undone_in_the_next_clause_is_reported(text: str, category: str, building: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.building) == (category, building)


def test_a_fix_that_held_is_no_report() -> None:
    assert parse("7号楼楼道的杂物前天清掉了，这两天没再堆") == []


def test_a_stall_piece_then_its_place_then_a_fire_lane_with_things_of_its_own_are_two_problems() -> None:
    reports = parse("金桂园 煎饼摊 占了人行道 消防通道上停了两辆私家车")
    assert sorted(r.category for r in reports) == ["占道经营", "消防通道占用"]


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("柳荫里9号院门口共享单车堆了一地，请城管协调清运", "柳荫里9号院"),
        ("金桂小区里3号院门口有人乱停车", "金桂小区"),
        ("金桂小区3号院门口有人乱停车", "金桂小区"),
    ],
)
def test_a_numbered_courtyard_after_an_estate_is_one_place(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


def test_a_landmark_beside_an_estate_in_a_spaced_note_names_no_estate() -> None:
    (report,) = parse("百汇广场 旁边 那个 锦绣花园 5幢 一楼 有人 开了个 麻将馆 吵到半夜")
    assert (report.community, report.building) == ("锦绣花园", "5")


@pytest.mark.parametrize("text", ["请红星村、光明村两个村委会本周内清理村口暴露垃圾", "请各村委会整治村口乱停车"])
def test_the_work_to_do_at_a_villages_mouth_names_no_village(text: str) -> None:
    reports = parse(text)
    assert reports and all(r.community in (None, "红星村", "光明村") for r in reports)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("翠竹园8栋楼下堆了好多东西 物业清一下", "公共区域堆物"),
        ("翠竹园那个8栋楼下啥子都堆起 搞快点清一下嘛 物业", "公共区域堆物"),
        ("翠竹园8栋楼道里乱堆东西，请物业处理", "楼道堆物"),
    ],
)
def test_a_pile_said_only_as_stuff_is_a_pile(text: str, category: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.building) == (category, "8")


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("请物业于明天前清理松鹤苑8幢门口建筑垃圾", "松鹤苑"),
        ("请物业整治翠屏花园5栋飞线充电", "翠屏花园"),
        ("恢复新村5号楼楼道堆物，请物业清理", "恢复新村"),
    ],
)
def test_the_work_asked_for_is_no_part_of_the_estate_after_it(text: str, community: str) -> None:
    (report,) = parse(text)
    assert report.community == community


@pytest.mark.parametrize(
    "text", ["松涛苑南门口的垃圾桶盖子都没了", "松涛苑7栋的单元门也坏了", "松涛苑7栋楼道窗户玻璃全碎了"]
)
def test_an_adverb_glued_to_the_state_still_tells_the_damage(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community) == ("设施损坏", "松涛苑")


@pytest.mark.parametrize("text", ["华润橡树湾3号楼楼道里有人充电", "华润橡树湾3号楼楼梯间有人在充电，请物业查一下"])
def test_charging_in_a_stairwell_with_the_vehicle_unnamed_is_charging_indoors(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.building) == ("飞线充电", "3")


def test_a_stairwell_fitted_with_chargers_is_no_problem() -> None:
    assert parse("华润橡树湾3号楼楼道里安装了充电桩") == []


@pytest.mark.parametrize("text", ["玉兰苑篮球场的篮筐掉了", "玉兰苑活动室门口的乒乓球台裂了，请物业修一下"])
def test_sports_facilities_broken_are_broken_facilities(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.community) == ("设施损坏", "玉兰苑")


def test_grain_dried_on_the_road_is_drying_not_trade() -> None:
    (report,) = parse("红星村三组村民在路边晒稻谷占道，请村委会劝导")
    assert (report.category, report.community) == ("乱晾晒", "红星村")


@pytest.mark.parametrize("text", ["3号楼二楼转角那里堆了好多东西，走路都要侧身", "3号楼2楼拐角放了个旧柜子"])
def test_a_floors_corner_with_things_piled_is_the_stairwell(text: str) -> None:
    (report,) = parse(text)
    assert (report.category, report.building, report.floor) == ("楼道堆物", "3", "2")
