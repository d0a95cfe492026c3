"""What a message asks of the bot, beyond reporting a problem: fixes, verdicts, questions, admin commands."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from handlers.parsing.parser import normalise


class Kind(StrEnum):
    ADMIN = "admin"
    QUERY = "query"
    REVIEW = "review"
    RECTIFY = "rectify"
    REPORT = "report"
    QUESTION = "question"
    """Asking people about a status (「13号楼飞线充电那件处理了吗？」): not for the bot unless addressed."""
    OTHER = "other"


TICKET_NUMBER = re.compile(r"#\s*(\d+)")
REJECT = re.compile(r"不合格|不通过|退回|打回|未整改到位|没整改好|没有整改好|重新整改|不行|返工|还没整改")
APPROVE = re.compile(r"合格|通过|确认销号|同意销号|可以销号|验收通过|没问题|可以了|已复核|复核完毕|销号")
ADMIN = re.compile(r"^(绑定|角色|撤销|修改)")
ADMIN_NAMES = {"绑定": "bind", "角色": "role", "撤销": "cancel", "修改": "edit"}
QUERIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("help", re.compile(r"帮助|help|怎么用|用法|功能")),
    ("ledger", re.compile(r"台账|导出|明细表")),
    ("weekly", re.compile(r"周报|图表")),
    ("stats", re.compile(r"统计|汇总|考核|结案率")),
    ("overdue", re.compile(r"逾期|超期|超时")),
    ("open", re.compile(r"进度|未完成|没完成|未整改|没整改|还有几件|还剩|待整改|待复核|清单")),
)
FIX = re.compile(
    r"已整改|整改完|已处理|已清理|已修|已拆|已挪|已清|已完成|已劝|已恢复|已补|已更换|已落实|整改好|处理好|清理好|弄好了"
)
REVIEW_WORDS_MAX = 12


@dataclass
class Intent:
    kind: Kind
    numbers: list[int] = field(default_factory=list)
    verdict: str | None = None
    command: str | None = None
    argument: str = ""


def strip_address(text: str, bot_name: str) -> tuple[str, bool]:
    """Removes a leading '@绣花' or '绣花，' and says whether the bot was addressed."""
    stripped = text.strip()
    for prefix in (f"@{bot_name}", bot_name):
        if bot_name and stripped.startswith(prefix):
            return stripped[len(prefix) :].lstrip(" \u2005,，:：、"), True
    return text, False


def numbers_in(text: str) -> list[int]:
    return [int(n) for n in TICKET_NUMBER.findall(normalise(text))]


STATUS_QUESTION = re.compile(r"[?？]\s*$|吗|了没|没有\?|怎么样|什么时候|多久|哪个|几件|呢\s*$")


def classify(text: str, addressed: bool, quoted: bool, is_report: bool, looks_fixed: bool) -> Intent:
    """The intent of a message whose report-ness and fix-ness the parser has already judged."""
    clean = normalise(text).strip()
    numbers = numbers_in(clean)
    admin = ADMIN.match(clean)
    if admin:
        return Intent(Kind.ADMIN, numbers, command=ADMIN_NAMES[admin.group()], argument=clean[admin.end() :].strip())
    verdict = _verdict(clean, numbers, quoted)
    if verdict is not None:
        reason = TICKET_NUMBER.sub("", clean).strip(" ,，:：。")
        return Intent(Kind.REVIEW, numbers, verdict=verdict, argument=reason)
    if addressed and not is_report:
        for command, pattern in QUERIES:
            if pattern.search(clean):
                return Intent(Kind.QUERY, numbers, command=command, argument=clean)
        if numbers:
            return Intent(Kind.QUERY, numbers, command="ticket", argument=clean)
    if is_report:
        return Intent(Kind.REPORT, numbers)
    if STATUS_QUESTION.search(clean):
        return Intent(Kind.QUESTION, numbers, argument=clean)
    if looks_fixed or FIX.search(clean):
        return Intent(Kind.RECTIFY, numbers, argument=clean)
    return Intent(Kind.OTHER, numbers, argument=clean)


def _verdict(clean: str, numbers: list[int], quoted: bool) -> str | None:
    """A verdict needs a ticket number or a quote, unless the message is only the verdict (「合格」)."""
    body = TICKET_NUMBER.sub("", clean).strip(" ,，。!！")
    if not (numbers or quoted or len(body) <= 4):
        return None
    if REJECT.search(body):
        return "reject"
    if APPROVE.search(body[:REVIEW_WORDS_MAX]):
        return "approve"
    return None
