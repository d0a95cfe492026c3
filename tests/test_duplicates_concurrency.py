"""Two bot processes on one database receive the same reports at the same moment (two people post
them): each problem gets one ticket, the other report joins it."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot.declarations import apply
from handlers.settings import GroupConfig, MemberConfig
from storage.db import Database
from storage.models import Ticket, TicketEvent
from tests.procs import ROOT

AT = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

REPORTER = """
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.config import build
from bot.dispatcher import Dispatcher
from handlers.messages import Incoming
from handlers.parsing.build import parser_for
from storage.db import Database

url, sender, data, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
at = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
config = build({"bot": {"data_dir": data}, "database": {"url": url}})
db = Database(url, retry_seconds=60)
dispatcher = Dispatcher(config, db, parser_for(config))
print("ready", flush=True)
sys.stdin.readline()
for n in range(1, count + 1):
    text = f"{n}号楼楼道堆物，请物业明天下班前清理"
    message = Incoming(platform="test", group_id="g1", group_name="天一创全群", sender_id=sender,
                       sender_name=sender, message_id=f"{sender}-{n}", at=at + timedelta(seconds=n), text=text)
    dispatcher.handle_batch([message])
db.dispose()
"""


def test_the_same_problem_posted_to_two_processes_is_one_ticket(db: Database, tmp_path: Path) -> None:
    count = 40
    group = GroupConfig(id="g1", topic="天一创全群", community="天一小区")
    members = [MemberConfig(id=sender, name=sender, role="inspector") for sender in ("u1", "u2")]
    db.run(lambda s: apply(s, "test", [group], members, [], AT))
    reporters = [
        subprocess.Popen(
            [sys.executable, "-c", REPORTER, db.url, sender, str(tmp_path / sender), str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for sender in ("u1", "u2")
    ]
    for reporter in reporters:
        assert reporter.stdout.readline().strip() == "ready"
    for reporter in reporters:
        reporter.stdin.write("go\n")
        reporter.stdin.flush()
    for reporter in reporters:
        assert reporter.wait(timeout=300) == 0
    buildings = db.run(lambda s: sorted(int(b) for b in s.exec(select(Ticket.building))))
    assert buildings == list(range(1, count + 1))
    joined = db.run(lambda s: len(list(s.exec(select(TicketEvent).where(TicketEvent.kind == "duplicate")))))
    assert joined == count
