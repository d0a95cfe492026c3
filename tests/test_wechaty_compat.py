"""The python-wechaty shims: each test fails when a shim stops being needed or stops working."""

import subprocess
import sys
from pathlib import Path


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_plain_import_still_fails_on_this_python(tmp_path: Path) -> None:
    result = _python("import wechaty", tmp_path)
    assert result.returncode != 0
    assert "mutable default" in result.stderr and "PuppetOptions" in result.stderr


def test_import_without_cache_dir_still_litters_the_working_directory(tmp_path: Path) -> None:
    code = (
        "from wechaty_puppet.schemas.puppet import PuppetOptions\n"
        "PuppetOptions.__hash__ = object.__hash__\nimport wechaty"
    )
    assert _python(code, tmp_path).returncode == 0
    assert (tmp_path / ".wechaty").exists()


def test_shimmed_import_works_and_keeps_the_cache_in_the_data_folder(tmp_path: Path) -> None:
    code = (
        "from pathlib import Path\nfrom bot.transports import wechaty_compat\n"
        f"w = wechaty_compat.load(Path({str(tmp_path / 'data')!r}))\n"
        "options = w.WechatyOptions(port=1)\nprint(type(options).__name__)"
    )
    env_code = f"import sys; sys.path.insert(0, {str(Path(__file__).parents[1])!r})\n" + code
    result = _python(env_code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "WechatyOptions"
    assert not (tmp_path / ".wechaty").exists()
    assert (tmp_path / "data").is_dir()


def test_reset_pools_forgets_contacts_rooms_and_seen_message_ids(tmp_path: Path) -> None:
    from bot.transports import wechaty_compat

    wechaty_compat.load(tmp_path)
    from wechaty.user.contact import Contact
    from wechaty.user.room import Room
    from wechaty.utils.async_helper import SingleIdContainer

    Contact._pool["x"] = object()
    Room._pool["r"] = object()
    assert SingleIdContainer.instance().exist("m1") is False
    assert SingleIdContainer.instance().exist("m1") is True
    wechaty_compat.reset_pools()
    assert Contact._pool == {} and Room._pool == {}
    assert SingleIdContainer.instance().exist("m1") is False


def test_library_loggers_still_bypass_xiuhuas_handlers_and_are_routed_through_them(tmp_path: Path) -> None:
    """PuppetService logs the token at start: only xiuhua's handlers mask it."""
    show = (
        "import logging\nfor n in ('Wechaty', 'PuppetService'):\n"
        "    l = logging.getLogger(n); print(l.propagate, len(l.handlers), l.level)\n"
    )
    plain = (
        "from wechaty_puppet.schemas.puppet import PuppetOptions\nPuppetOptions.__hash__ = object.__hash__\n"
        f"import os; os.environ['CACHE_DIR'] = {str(tmp_path / 'c')!r}\nimport wechaty, wechaty_puppet_service\n"
    )
    result = _python(plain + show, tmp_path)
    assert result.stdout.split() == ["False", "1", "20"] * 2, result.stderr
    shimmed = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parents[1])!r})\nfrom pathlib import Path\n"
        "from bot.transports import wechaty_compat\n"
        f"wechaty_compat.load(Path({str(tmp_path / 'data')!r}))\n"
    )
    result = _python(shimmed + show, tmp_path)
    assert result.stdout.split() == ["True", "0", "30"] * 2, result.stderr
