"""A hand-made mutation check: each mutant changes one behaviour of handlers/, storage/ or bot/, and
the tests named for it must then fail ("kill" it). Run before a release; it prints each mutant and
how many the suite kills.

usage: python bench/mutants.py [NAME ...]     (default: every mutant; SQLite only)

Each mutant runs in a copy of the tracked files (PYTHONPATH points the tests and the bot processes
they start at the copy), so the working tree is never touched. A mutant that survives either found
a gap in the tests or changes nothing anyone can observe (then replace it with one that does).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    before: str
    after: str
    tests: tuple[str, ...]


MUTANTS = (
    Mutant(
        "db upgrade opens the database without migrating",
        "bot/cli.py",
        "    upgrade(db.engine)\n    return db",
        "    return db",
        ("tests/test_cli.py::test_db_upgrade_creates_the_schema",),
    ),
    Mutant(
        "photos saved under a random name instead of their SHA-256",
        "storage/photos.py",
        'path = folder / f"{photo.sha256}.{photo.extension}"',
        'path = folder / f"{id(photo):x}.{photo.extension}"',
        ("tests/test_photo_files.py",),
    ),
    Mutant(
        "本月 covers seven days",
        "handlers/reports/periods.py",
        '"本月": (first, (first + timedelta(days=32)).replace(day=1)),',
        '"本月": (first, first + timedelta(days=7)),',
        ("tests/test_periods.py",),
    ),
    Mutant(
        "修改 #N 小区 changes nothing",
        "handlers/commands/edit.py",
        "    ticket.community = name\n",
        "    ticket.community = ticket.community\n",
        ("tests/test_cancel_and_edit.py",),
    ),
    Mutant(
        "角色 @某人 巡查员 grants a plain membership",
        "handlers/commands/role.py",
        "directory.set_role(ctx.session, ctx.group.id, person.id, named)",
        'directory.set_role(ctx.session, ctx.group.id, person.id, "member")',
        ("tests/test_review.py",),
    ),
    Mutant(
        "overdue means before the deadline",
        "storage/lifecycle.py",
        "ticket.deadline is not None and ticket.deadline < now",
        "ticket.deadline is not None and ticket.deadline > now",
        ("tests/test_reminders.py", "tests/test_conversation_queries.py"),
    ),
    Mutant(
        "a rejected fix is not counted as rework",
        "storage/lifecycle.py",
        "counts_rework=True",
        "counts_rework=False",
        ("tests/test_review.py",),
    ),
    Mutant(
        "anyone may review",
        "handlers/permissions.py",
        "if may_review or (ticket.reporter_id == member_id and settings.permissions.reporter_reviews):",
        "if True:",
        ("tests/test_review.py",),
    ),
    Mutant(
        "re-planning a ticket does not revive its cancelled notices",
        "storage/notices.py",
        'set_={"status": NoticeStatus.PENDING.value},',
        'set_={"status": _TABLE.c.status},',
        ("tests/test_reassign.py",),
    ),
    Mutant(
        "撤销 records the step but leaves the ticket open",
        "handlers/commands/cancel.py",
        "lifecycle.apply(ctx.session, ticket, EventKind.CANCEL,",
        "lifecycle.record(ctx.session, ticket, EventKind.CANCEL,",
        ("tests/test_cancel_and_edit.py",),
    ),
    Mutant(
        "working hours counted as calendar hours",
        "handlers/deadlines.py",
        "return calendar.add_working_hours(now, category.deadline_working_hours)",
        "return now + timedelta(hours=category.deadline_working_hours)",
        ("tests/test_working_days.py",),
    ),
    Mutant(
        "quiet hours across midnight never start",
        "bot/scheduler.py",
        "return local >= self.quiet_start or local < self.quiet_end",
        "return local >= self.quiet_start and local < self.quiet_end",
        ("tests/test_reminders.py",),
    ),
    Mutant(
        "a redelivered message is handled again",
        "storage/inbound.py",
        "return _INSERTS[checks_window].count(session, values) == 1",
        "return _INSERTS[checks_window].count(session, values) >= 0",
        ("tests/test_conversation_reports.py", "tests/test_inbound.py"),
    ),
    Mutant(
        "a failed send is never given up",
        "bot/delivery.py",
        "give_up = row.attempts + 1 >= self.config.reminders.max_attempts",
        "give_up = False",
        ("tests/test_delivery.py",),
    ),
    Mutant(
        "转派 keeps @-mentioning and reminding the old party's people",
        "handlers/assignment.py",
        "ticket.responsible_member_ids = responsible_members(ctx, parties)",
        "ticket.responsible_member_ids = list(ticket.responsible_member_ids)",
        ("tests/test_reassign.py",),
    ),
)


def tracked_copy(target: Path) -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in files.splitlines():
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def run(mutant: Mutant, copy: Path) -> tuple[bool, float]:
    """True when the named tests fail with the mutation in place."""
    path = copy / mutant.path
    original = path.read_text(encoding="utf-8")
    if original.count(mutant.before) != 1:
        raise SystemExit(f"{mutant.name}: {mutant.before!r} is not found once in {mutant.path}; update the mutant")
    path.write_text(original.replace(mutant.before, mutant.after), encoding="utf-8")
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "--db", "sqlite", "-p", "no:cacheprovider", *mutant.tests],
            cwd=copy,
            env={**os.environ, "PYTHONPATH": str(copy)},
            capture_output=True,
            text=True,
        )
    finally:
        path.write_text(original, encoding="utf-8")
    return result.returncode != 0, time.monotonic() - started


def main(names: list[str]) -> int:
    chosen = [m for m in MUTANTS if not names or any(n in m.name for n in names)]
    killed = 0
    with tempfile.TemporaryDirectory(prefix="xiuhua-mutants-") as folder:
        copy = Path(folder)
        tracked_copy(copy)
        for mutant in chosen:
            dead, seconds = run(mutant, copy)
            killed += dead
            print(f"{'killed  ' if dead else 'SURVIVED'} {seconds:5.1f}s  {mutant.name}  ({mutant.path})", flush=True)
    print(f"\n{killed} of {len(chosen)} mutants killed")
    return 0 if killed == len(chosen) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
