"""The `xiuhua user` and `xiuhua token` verbs as arguments only: what they do (bot.accounts_cli) reaches the
database and the back office, and is imported only when one of them runs, so that every other command —
`xiuhua parse` above all — starts without loading them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module


def _later(name: str) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        return getattr(import_module("bot.accounts_cli"), name)(args)

    return handler


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def scoped(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--role", required=True, help="coordinator, inspector, admin, member, or a party (物业 …)")
        parser.add_argument("--community", action="append", default=[], help="a community it sees (repeat for more)")
        parser.add_argument("--member", help="the chat member who is the same person (platform id or name)")

    user = commands.add_parser("user", help="back-office logins (/admin/)")
    verbs = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = verbs.add_parser("add", parents=[common], help="add a login (asks for its password)")
    scoped(add)
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_later("user_add"))
    verbs.add_parser("list", parents=[common], help="list the logins").set_defaults(handler=_later("user_list"))
    passwd = verbs.add_parser("passwd", parents=[common], help="set a new password (signs the user out)")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    passwd.set_defaults(handler=_later("user_passwd"))
    disable = verbs.add_parser("disable", parents=[common], help="disable a login (signs the user out)")
    disable.add_argument("name")
    disable.set_defaults(handler=_later("user_disable"))

    token = commands.add_parser("token", help="API tokens (/api/v1/)")
    verbs = token.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    add = verbs.add_parser("add", parents=[common], help="add a token; prints it alone on the last line")
    scoped(add)
    add.set_defaults(handler=_later("token_add"))
    verbs.add_parser("list", parents=[common], help="list the tokens").set_defaults(handler=_later("token_list"))
    revoke = verbs.add_parser("revoke", parents=[common], help="revoke a token")
    revoke.add_argument("name")
    revoke.set_defaults(handler=_later("token_revoke"))
