"""Two processes creating tickets at the same time on one database never share a number."""

import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import select

from storage.db import Database
from storage.models import ChatGroup, Ticket

WRITER = """
import sys
from datetime import datetime
from zoneinfo import ZoneInfo
from storage.db import Database
from storage.lifecycle import open_ticket

db = Database(sys.argv[1], retry_seconds=30)
at = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
print("ready", flush=True)
sys.stdin.readline()
for i in range(int(sys.argv[2])):
    db.run(lambda s: open_ticket(s, {"category": "楼道堆物", "group_id": int(sys.argv[3])}, at))
"""


def test_two_processes_get_distinct_numbers(db: Database) -> None:
    at = datetime(2026, 11, 18, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

    def add_group(session):
        group = ChatGroup(platform="test", platform_id="g", name="g", created_at=at)
        session.add(group)
        session.flush()
        return group.id

    group_id = db.run(add_group)
    per_process = 1000
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db.url, str(per_process), str(group_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        assert writer.wait(timeout=240) == 0

    numbers = db.run(lambda s: list(s.exec(select(Ticket.number))))
    assert len(numbers) == 2 * per_process
    assert len(set(numbers)) == 2 * per_process
    assert sorted(numbers) == list(range(1, 2 * per_process + 1))
