"""Command line: `xiuhua run | parse | replay | db upgrade | export | user | token` (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot import config as config_module
from bot.config import Config, ConfigError
from bot.logs import setup as setup_logging


class CommandError(Exception):
    """A failure the user can act on, already phrased as one line."""


def _load(args: argparse.Namespace) -> Config:
    return config_module.load(args.config)


def _writable(folder: Path) -> None:
    """The data folder must take files (the database, photos, the log); say so in one line if not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise CommandError(f"cannot write to the data folder {folder}: {exc.strerror or exc}") from None


def cmd_run(args: argparse.Namespace) -> int:
    from bot.app import serve
    from storage.db import StorageUnavailable

    config = _load(args)
    if args.no_demo:
        config.chat.demo = False
    _writable(config.bot.data_dir)
    setup_logging(config.bot.log_level, config.bot.data_dir, config.secrets())
    try:
        asyncio.run(serve(config))
    except StorageUnavailable as exc:
        raise CommandError(f"the database stayed unreachable for {config.database.retry_seconds:g} s: {exc}") from None
    return 0


def upgraded_database(config: Config):
    """The configured database, migrated to the latest schema (for the one-shot commands)."""
    from storage.db import Database
    from storage.migrate import upgrade

    setup_logging(config.bot.log_level, None, config.secrets())
    db = Database(config.database_url, retry_seconds=config.database.retry_seconds)
    upgrade(db.engine)
    return db


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    upgraded_database(_load(args)).dispose()
    logging.getLogger("xiuhua").info("database upgraded to the latest schema")
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    from bot import parse_command
    from handlers.parsing.build import parser_for

    config = _load(args)
    parser = parser_for(config)
    if args.file:
        try:
            with open(args.file, encoding="utf-8") as handle:
                parse_command.run(parser, handle, sys.stdout, why=args.why)
        except OSError as exc:
            print(f"xiuhua parse: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
    else:
        parse_command.run(parser, sys.stdin, sys.stdout, why=args.why)
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from bot import replay

    config = _load(args)
    setup_logging("WARNING", None)
    try:
        replay.run(Path(args.transcript), sys.stdout, args.db, config.cache_dir)
    except replay.TranscriptError as exc:
        print(f"xiuhua replay: {args.transcript}: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bot.clock import SystemClock
    from handlers.reports.ledger import write_ledger
    from handlers.reports.periods import BadPeriod, period_tickets
    from handlers.templates import say
    from storage import directory

    config = _load(args)
    db = upgraded_database(config)
    now = SystemClock(config.tz).now()
    out = Path(args.out)

    def work(session):
        groups = None
        if args.group:
            found = [g for g in directory.groups(session) if args.group in (g.platform_id, g.name)]
            if not found:
                raise SystemExit(f"xiuhua export: no group {args.group!r}")
            groups = [g.id for g in found]
        scope = args.group or say("query.all_groups")
        try:
            chosen = period_tickets(session, groups, scope, args.period, now, config.tz)
        except BadPeriod as exc:
            raise SystemExit(f"xiuhua export: --period {exc.written!r} is not a date range (start first)") from exc
        return write_ledger(session, chosen, now, config.tz, out.parent), len(chosen.tickets)

    written, count = db.run(work)
    written.replace(out)
    db.dispose()
    print(f"{out}: {count} tickets")
    return 0


def _corrected(args: argparse.Namespace):
    """The configuration and the corrected messages of its database."""
    from storage import corrections

    config = _load(args)
    db = upgraded_database(config)
    examples = db.run(corrections.examples)
    db.dispose()
    return config, examples


def cmd_corrections_export(args: argparse.Namespace) -> int:
    import json

    from handlers.corrections import labelled

    config, examples = _corrected(args)
    lines = [json.dumps(labelled(example, config.tz), ensure_ascii=False) for example in examples]
    text = "".join(f"{line}\n" for line in lines)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{args.out}: {len(lines)} corrected messages")
    else:
        sys.stdout.write(text)
    return 0


def cmd_corrections_suggest(args: argparse.Namespace) -> int:
    from handlers.corrections import suggest
    from handlers.parsing.build import parser_for

    config, examples = _corrected(args)
    found = suggest(examples, parser_for(config), config.tz)
    print(f"# xiuhua corrections suggest: from {len(examples)} corrected messages; review, then add to your config")
    print(f"communities = {json_list(found.communities)}")
    for category, words in found.keywords.items():
        print(f'\n[[taxonomy.categories]]\nname = "{category}"\nkeywords = {json_list(words)}')
    return 0


def json_list(values: list[str]) -> str:
    """A TOML array of strings (TOML's basic strings are JSON's)."""
    import json

    return json.dumps(values, ensure_ascii=False)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="PATH", help="config file (default: $XIUHUA_CONFIG, else built-in)")

    parser = argparse.ArgumentParser(prog="xiuhua", description="绣花: 创全群巡查问题台账机器人")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", parents=[common], help="start the bot (web chat on 127.0.0.1:8080 by default)")
    run.add_argument("--no-demo", action="store_true", help="do not seed the demo group and people")
    run.set_defaults(handler=cmd_run)

    parse = commands.add_parser("parse", parents=[common], help="parse JSONL messages into reports")
    parse.add_argument("file", nargs="?", help="JSONL input (default: stdin)")
    parse.add_argument(
        "--why", action="store_true", help="add the decision's reasons (why) and whether the chat would ask (ask)"
    )
    parse.set_defaults(handler=cmd_parse)

    replay = commands.add_parser("replay", parents=[common], help="run a transcript on a simulated clock")
    replay.add_argument("transcript", help="transcript JSONL file")
    replay.add_argument("--db", metavar="URL", help="database URL (default: a fresh temporary SQLite)")
    replay.set_defaults(handler=cmd_replay)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_upgrade = db_commands.add_parser("upgrade", parents=[common], help="migrate the database to the latest schema")
    db_upgrade.set_defaults(handler=cmd_db_upgrade)

    export = commands.add_parser("export", parents=[common], help="write the ticket ledger (台账) as .xlsx")
    export.add_argument("--out", default="台账.xlsx", help="output file (default: 台账.xlsx)")
    export.add_argument(
        "--period", default="本月", help="今天/昨天/本周/上周/本月/上月 or 11月1日-11月15日 (default: 本月)"
    )
    export.add_argument("--group", help="one group (platform id or name); default: all groups")
    export.set_defaults(handler=cmd_export)

    from bot.accounts_args import add_commands

    add_commands(commands, common)

    fixes = commands.add_parser("corrections", help="messages people corrected: labelled examples, words to learn")
    fix_commands = fixes.add_subparsers(dest="corrections_command", required=True, metavar="ACTION")
    fix_export = fix_commands.add_parser(
        "export", parents=[common], help="write the corrected messages as labelled JSONL (the eval format)"
    )
    fix_export.add_argument("--out", help="output file (default: stdout)")
    fix_export.set_defaults(handler=cmd_corrections_export)
    fix_suggest = fix_commands.add_parser(
        "suggest", parents=[common], help="propose community names and keywords learned from the corrections"
    )
    fix_suggest.set_defaults(handler=cmd_corrections_suggest)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except (ConfigError, CommandError) as exc:
        print(f"xiuhua: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
