"""A deployment's corrections as labelled examples (the eval format of ../shared/eval/README.md) and
as words to teach the parser: a street's own mistakes become its test set and its vocabulary."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from handlers.parsing import ParseContext, Parser
from handlers.parsing.deadlines import find as deadline_phrases
from handlers.roles import parties_in
from storage.corrections import Example

KEYWORDS_PER_CATEGORY = 8


def labelled(example: Example, tz: ZoneInfo) -> dict[str, object]:
    """What the message should have read as: its tickets as they stand. A deadline or a party counts
    only if the text states one (a ticket also carries the category's defaults, which are policy)."""
    sent_at = example.sent_at.astimezone(tz)
    stated_deadline = bool(deadline_phrases(example.text, sent_at))
    named_parties = bool(parties_in(example.text))
    reports = [
        {
            "category": ticket.category,
            "community": ticket.community,
            "building": ticket.building,
            "unit": ticket.unit,
            "floor": ticket.floor,
            "spot": ticket.spot,
            "responsible": list(ticket.responsible) if named_parties else [],
            "deadline": ticket.deadline.astimezone(tz).isoformat() if stated_deadline and ticket.deadline else None,
        }
        for ticket in example.tickets
    ]
    return {"id": example.message_id, "sent_at": sent_at.isoformat(), "text": example.text, "reports": reports}


@dataclass
class Suggestions:
    communities: list[str] = field(default_factory=list)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    """Per category: words of the corrected messages the parser did not read as that category."""


def suggest(examples: list[Example], parser: Parser, tz: ZoneInfo) -> Suggestions:
    """Community names the parser did not find, and keywords (jieba's TF-IDF keyword extraction over
    the messages it read wrongly) for the categories it missed, for an admin to add to the taxonomy."""
    import jieba.analyse  # only this command needs jieba's IDF table

    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = parser.segmenter.plain()
    found = Suggestions()
    missed: dict[str, list[str]] = defaultdict(list)
    for example in examples:
        parsed = parser.analyse(example.text, example.sent_at.astimezone(tz), ParseContext())
        read = {report.category for report in parsed.reports}
        seen = set(parser.hints(parsed).communities)
        for ticket in example.tickets:
            if ticket.community and ticket.community not in seen and ticket.community not in found.communities:
                found.communities.append(ticket.community)
            if ticket.category not in read:
                missed[ticket.category].append(example.text)
    known = {word for category in parser.taxonomy.categories for word in category.words()}
    for category, texts in missed.items():
        words = extractor.extract_tags(" ".join(texts), topK=KEYWORDS_PER_CATEGORY * 3)
        fresh = [w for w in words if w not in known and not any(ch.isdigit() for ch in w)]
        fresh = [w for w in fresh if not any(w in name for name in found.communities)]
        if fresh:
            found.keywords[category] = fresh[:KEYWORDS_PER_CATEGORY]
    return found
