import logging
from pathlib import Path

from bot.logs import setup


def test_secrets_never_reach_the_log_file(tmp_path: Path) -> None:
    setup("INFO", tmp_path, secrets=["s3cr3t-token"])
    logging.getLogger("xiuhua.test").info("connecting with token %s to %s", "s3cr3t-token", "puppet")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = (tmp_path / "xiuhua.log").read_text(encoding="utf-8")
    assert "connecting with token *** to puppet" in written
    assert "s3cr3t-token" not in written
    assert len(written.strip().splitlines()) == 1
    setup("WARNING", None)
