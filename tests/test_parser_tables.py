"""Pasted tables: divided by tabs or blanks as by bars, a title over them, parties named by their estate."""

import pytest

from handlers.parsing.tables import TableReader, column_cells, numbered_rows
from tests.parsing_fixtures import at, shared_parser

SENT = at("2026-11-18 09:00")  # a Wednesday

HEADING = ["序号", "点位", "问题描述", "责任单位", "整改时限"]
ROWS = [
    ["1", "锦屏苑3幢1单元", "楼道内堆放纸箱", "物业", "今日"],
    ["2", "锦屏苑西门", "人行道停放私家车4辆", "城管中队", "即知即改"],
    ["3", "枫丹新村9幢南侧", "绿化带内种菜", "城管", "11月21日"],
]
EXPECTED = [
    ("楼道堆物", "锦屏苑", "3", "1", ("物业",), "2026-11-18 23:59"),
    ("机动车乱停放", "锦屏苑", None, None, ("城管",), None),
    ("毁绿种菜", "枫丹新村", "9", None, ("城管",), "2026-11-21 23:59"),
]


def parse(text: str):
    return shared_parser().parse(text, SENT)


def summary(report) -> tuple:
    deadline = report.deadline.strftime("%Y-%m-%d %H:%M") if report.deadline else None
    parties = tuple(sorted(report.responsible))
    return (report.category, report.community, report.building, report.unit, parties, deadline)


def table(separator: str, title: str = "早间巡查问题清单") -> str:
    return "\n".join([title, *(separator.join(row) for row in [HEADING, *ROWS])])


@pytest.mark.parametrize("separator", ["|", "\t", "  ", " "], ids=["bars", "tabs", "blanks", "one-blank"])
def test_a_table_reads_the_same_whatever_divides_its_cells(separator: str) -> None:
    reports = parse(table(separator))
    assert sorted(map(summary, reports), key=str) == sorted(EXPECTED, key=str)


def test_bars_keep_every_position_and_leave_sentences_alone() -> None:
    reader = TableReader(HEADING[1:], HEADING[:1])
    text = table("  ") + "\n备注：请各单位 按时 整改"
    barred = reader.bars(text)
    assert len(barred) == len(text)
    assert barred.splitlines()[1] == "序号| 点位| 问题描述| 责任单位| 整改时限"
    assert barred.splitlines()[-1] == "备注：请各单位 按时 整改"
    terse = "3幢 楼道 纸箱 物业 今天\n5幢 门口 电动车 物业"
    assert reader.bars(terse) == terse


def test_a_row_with_a_blank_inside_a_cell_stays_as_written() -> None:
    reader = TableReader(HEADING[1:], HEADING[:1])
    text = "序号 点位 问题描述 责任单位 整改时限\n1 锦屏苑3幢 楼道 纸箱 很多 物业 今日"
    assert reader.bars(text).splitlines()[1] == "1 锦屏苑3幢 楼道 纸箱 很多 物业 今日"


def test_the_street_office_in_a_title_wrote_the_list_and_its_date_sets_no_deadline() -> None:
    reports = parse(table("\t", title="白鹭洲街道11月17日巡查问题清单"))
    assert sorted(map(summary, reports), key=str) == sorted(EXPECTED, key=str)


def test_a_title_that_asks_still_asks() -> None:
    text = "请白鹭洲街道督促以下问题整改\n1.锦屏苑3幢楼道堆放纸箱\n2.锦屏苑西门人行道停放私家车"
    assert all("街道" in report.responsible for report in parse(text))


@pytest.mark.parametrize(
    ("cell", "parties"),
    [
        ("锦屏苑物业", ("物业",)),
        ("枫丹社区居委会", ("居委会",)),
        ("城管中队、枫丹社区居委会", ("城管", "居委会")),
    ],
)
def test_a_party_named_by_its_estate_in_a_party_cell_is_asked_and_names_no_place(cell: str, parties: tuple) -> None:
    text = "\n".join(["序号 点位 问题描述 责任单位 整改时限", f"1 枫丹新村9幢南侧 绿化带内种菜 {cell} 11月21日"])
    (report,) = parse(text)
    assert (report.community, tuple(sorted(report.responsible))) == ("枫丹新村", parties)


def test_rows_numbered_with_a_blank_are_a_lists_items_each_with_its_party() -> None:
    text = (
        "杏花巷片区 点位问题清单\n1 杏花巷45号 门前私自加装铁棚 城管\n2 杏花巷 巷口电线杆上贴满小广告 居委会\n"
        "3 杏花巷12号 楼道内堆放煤炉杂物 物业\n以上问题请于11月20日前整改到位"
    )
    reports = parse(text)
    assert sorted(map(summary, reports), key=str) == sorted(
        [
            ("违法搭建", "杏花巷", "45", None, ("城管",), "2026-11-20 23:59"),
            ("乱张贴涂写", "杏花巷", None, None, ("居委会",), "2026-11-20 23:59"),
            ("楼道堆物", "杏花巷", "12", None, ("物业",), "2026-11-20 23:59"),
        ],
        key=str,
    )


def test_numbers_out_of_order_open_no_list() -> None:
    assert numbered_rows("1 杏花巷\n3 桃园里") == "1 杏花巷\n3 桃园里"
    assert numbered_rows("1 杏花巷\n2 桃园里") == "1.杏花巷\n2.桃园里"


def test_a_column_of_community_offices_names_no_party_and_yields_to_the_estate() -> None:
    text = (
        "东湖县 青石镇 点位整改清单\n序号 所属社区 点位名称 问题描述 责任单位 完成时限 备注\n"
        "1 青石社区 青石小区 垃圾分类亭周边散落垃圾 保洁公司 11月20日 当天复查\n"
        "2 青石社区 青石小区16号楼 阳台外挂花盆无防护 社区 11月22日 \n"
        "3 青石社区 青石小区 南门口共享单车乱停 城管、物业 11月21日 "
    )
    reports = parse(text)
    assert sorted(map(summary, reports), key=str) == sorted(
        [
            ("暴露垃圾", "青石小区", None, None, ("保洁",), "2026-11-20 23:59"),
            ("高空抛物", "青石小区", "16", None, ("居委会",), "2026-11-22 23:59"),
            ("非机动车乱停放", "青石小区", None, None, ("城管", "物业"), "2026-11-21 23:59"),
        ],
        key=str,
    )


def test_only_a_tables_first_row_heads_its_columns() -> None:
    text = "|序号|点位|问题|责任单位|\n|1|青石小区|楼道堆物|社区|\n|2|青石小区5幢|违章搭建|城管|"
    assert column_cells(text, frozenset({"社区"})) == []
    assert [text[s:e] for s, e in column_cells(text, frozenset({"责任单位"}))] == ["社区", "城管"]


def test_rows_labelled_with_their_number_keep_each_items_own_fields() -> None:
    text = (
        "11月17日督查问题清单：\n序号1 点位：海棠新村28号楼 问题：屋顶平台堆放大量杂物 责任单位：物业 时限：11月20日\n"
        "序号2 点位：海棠新村北门 问题：路面破损坑洼多处 责任单位：房管办 时限：11月25日"
    )
    assert numbered_rows(text).splitlines()[1].startswith(" 1. 点位：")
    reports = parse(text)
    assert sorted(map(summary, reports), key=str) == sorted(
        [
            ("公共区域堆物", "海棠新村", "28", None, ("物业",), "2026-11-20 23:59"),
            ("设施损坏", "海棠新村", None, None, ("房办",), "2026-11-25 23:59"),
        ],
        key=str,
    )


def test_items_with_a_point_name_field_on_one_line_keep_their_own_fields() -> None:
    text = (
        "督查问题清单\n1. 点位名称：松岭小区20号楼 问题：屋顶平台私搭鸽棚 责任单位：社区、城管 时限：11月25日\n"
        "2. 点位名称：松岭小区 问题：大门口门禁道闸损坏 责任单位：物业 时限：11月20日"
    )
    assert sorted(map(summary, parse(text)), key=str) == sorted(
        [
            ("违法搭建", "松岭小区", "20", None, ("城管", "居委会"), "2026-11-25 23:59"),
            ("设施损坏", "松岭小区", None, None, ("物业",), "2026-11-20 23:59"),
        ],
        key=str,
    )


def test_items_under_estate_headings_each_with_its_bracketed_assignment() -> None:
    text = (
        "东湖街道督办单（11月18日）\n一、桂香苑\n  1. 3幢1单元2层楼道堆放杂物（责任：物业）\n"
        "  2. 小区西南角卫生死角积存垃圾（责任：保洁）\n二、东湖新村\n"
        "  3. 9幢南面空地有人私搭简易房（责任：城管中队、居委会）\n  4. 11幢楼道灯损坏（责任：物业）\n"
        "整改时限：11月19日上午前。"
    )
    got = sorted((r.category, r.community, r.building, tuple(sorted(r.responsible))) for r in parse(text))
    assert got == [
        ("暴露垃圾", "桂香苑", None, ("保洁",)),
        ("楼道堆物", "桂香苑", "3", ("物业",)),
        ("设施损坏", "东湖新村", "11", ("物业",)),
        ("违法搭建", "东湖新村", "9", ("城管", "居委会")),
    ]


def test_parties_assigned_items_by_number_ranges_after_a_comma() -> None:
    text = (
        "整改通知\n小区：桂香苑\n问题清单：\n（1）5幢2单元3层楼道堆放鞋柜；\n（2）小区北门道路破损，有坑洼；\n"
        "（3）8幢东侧私拉电线给电瓶车充电。\n责任单位：桂香苑物业（1-3项），桂香苑居委会（1、3项）\n整改时限：11月20日前"
    )
    got = sorted((r.category, tuple(sorted(r.responsible))) for r in parse(text))
    assert got == [("楼道堆物", ("居委会", "物业")), ("设施损坏", ("物业",)), ("飞线充电", ("居委会", "物业"))]


def test_a_notice_from_a_street_office_to_an_estates_property_office() -> None:
    text = (
        "整改通知单\n发出单位：新桥街道城市管理办\n接收单位：桂香苑物业服务中心\n问题地点：桂香苑 15幢 1单元 6楼\n"
        "问题描述：住户在楼道内放置腌菜缸\n整改要求：5日内清理完毕\n签收人：________"
    )
    (report,) = parse(text)
    assert (report.building, report.unit, report.floor, report.responsible) == ("15", "1", "6", ("物业",))
    assert report.deadline is not None and report.deadline.strftime("%m-%d %H:%M") == "11-23 23:59"


def test_the_day_of_the_round_after_the_addressee_and_the_inspecting_team_are_no_deadline_nor_party() -> None:
    text = (
        "东海街道办事处\n创城问题整改通知\n桂香苑物业服务中心：\n11月18日上午，街道联合检查组对桂香苑进行检查，发现以下问题：\n"
        "1. 8号楼楼道内电动车充电；\n2. 小区北门外人行道停放机动车6辆。\n"
        "请你单位于11月20日下午5点前整改完毕，并将整改情况书面报送街道城建办。"
    )
    reports = parse(text)
    assert {(r.responsible, r.deadline.strftime("%d %H:%M")) for r in reports} == {(("物业",), "20 17:00")}


@pytest.mark.parametrize(("written", "day"), [("12.1前", "12-01"), ("11.25", "11-25")])
def test_a_limit_written_as_month_dot_day(written: str, day: str) -> None:
    text = f"小区：桂香苑\n问题：3号楼楼道堆放纸箱\n责任单位：物业\n整改时限：{written}"
    (report,) = parse(text)
    assert report.deadline is not None and report.deadline.strftime("%m-%d %H:%M") == f"{day} 23:59"


def test_a_decimal_is_no_date() -> None:
    (report,) = parse("桂香苑3号楼楼道堆放纸箱，请物业2.5小时内清理")
    assert report.deadline is not None and report.deadline.strftime("%d %H:%M") == "18 11:30"


@pytest.mark.parametrize("title", ["钢苑新村 11.18", "八一路街道 11.18 巡查"])
def test_a_round_dated_month_dot_day_in_its_title_sets_no_deadline(title: str) -> None:
    text = f"{title}\n①桂香苑6号楼1单元楼道张贴小广告\n②桂香苑北门消防通道被三轮车占了\n请物业明日下班前整改"
    assert {r.deadline.strftime("%d %H:%M") for r in parse(text)} == {"19 17:00"}


def test_labels_with_a_forms_word_before_them_are_read_as_the_known_label() -> None:
    text = "检查点位：桂香苑3号楼\n存在问题：楼道堆放纸箱\n整改责任方：桂香苑居委会\n完成时间：3天"
    (report,) = parse(text)
    assert (report.category, report.community, report.building, report.responsible) == (
        "楼道堆物",
        "桂香苑",
        "3",
        ("居委会",),
    )
    assert report.deadline is not None and report.deadline.strftime("%m-%d %H:%M") == "11-21 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "检查点位|存在问题|整改责任方|完成时间\n桂香苑3号楼|楼道堆放纸箱|桂香苑居委会|3天\n桂香苑东门|流动摊贩|城管|11月21日前",
        (
            "检查点位 | 存在问题 | 整改责任方 | 完成时间\n桂香苑3号楼 | 楼道堆放纸箱 | 桂香苑居委会 | 3天\n"
            "桂香苑东门 | 流动摊贩 | 城管 | 11月21日前"
        ),
    ],
    ids=["bars", "blanks around the bars"],
)
def test_a_table_heading_of_such_labels_heads_its_columns_however_its_bars_are_typed(text: str) -> None:
    got = sorted((r.category, r.responsible, r.deadline.strftime("%d")) for r in parse(text))
    assert got == [("占道经营", ("城管",), "21"), ("楼道堆物", ("居委会",), "21")]


def test_each_points_place_holds_for_its_own_problem() -> None:
    text = (
        "五凤街道督办单\n点位一：桂香苑14号楼2单元\n  问题：楼道堆放煤炉、木柴\n  整改单位：物业\n"
        "点位二：桂香苑南门\n  问题：路灯损坏，晚上一片黑\n  整改单位：物业、业委会"
    )
    assert sorted((r.category, r.building, r.unit) for r in parse(text)) == [
        ("楼道堆物", "14", "2"),
        ("设施损坏", None, None),
    ]


def test_a_place_field_labelled_with_a_forms_word_before_it() -> None:
    text = "【问题交办单】\n问题位置：桂香苑5栋架空层\n问题详情：架空层私拉电线插排充电\n处置单位：物业"
    (report,) = parse(text)
    assert (report.community, report.building) == ("桂香苑", "5")


def test_a_time_limit_closing_a_list_whose_rows_name_their_own_parties_holds_for_every_row() -> None:
    text = (
        "【11月18日街道联合巡查问题清单】\n序号1 桂香苑 11号楼 单元门口 暴露垃圾 责任：保洁\n"
        "序号2 桂香苑 20号楼 地下室 堆放杂物 责任：物业\n整改时限：11月20日前"
    )
    got = sorted((r.building, r.responsible, r.deadline.strftime("%d %H:%M")) for r in parse(text))
    assert got == [("11", ("保洁",), "20 23:59"), ("20", ("物业",), "20 23:59")]
