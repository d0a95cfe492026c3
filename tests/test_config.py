import subprocess
import sys
from pathlib import Path

import pytest

from bot import config as cfg
from bot.config import ConfigError


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_need_no_file_and_no_environment() -> None:
    config = cfg.load(None, environ={})
    assert config.bot.timezone == "Asia/Shanghai"
    assert config.chat.transport == "webchat"
    assert config.http.host == "127.0.0.1" and config.http.port == 8080
    assert config.database_url == "sqlite:///xiuhua-data/xiuhua.db"


def test_file_then_environment(tmp_path: Path) -> None:
    path = _write(tmp_path, '[http]\nport = 9000\n[wechaty]\ntoken = "from-file"\n')
    config = cfg.load(path, environ={"XIUHUA_WECHATY_TOKEN": "from-env", "XIUHUA_DATABASE_URL": "postgresql://x/y"})
    assert config.http.port == 9000
    assert config.wechaty.token == "from-env"
    assert config.database_url == "postgresql://x/y"


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = _write(tmp_path, '[bot]\nname = "小绣"\n')
    assert cfg.load(None, environ={"XIUHUA_CONFIG": str(path)}).bot.name == "小绣"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[http]\nprot = 1\n", "http.prot: unknown key"),
        ('[http]\nport = "abc"\n', "http.port: "),
        ("[http]\nport = 70000\n", "http.port: "),
        ('[bot]\ntimezone = "Mars/Olympus"\n', "bot.timezone: "),
        ('[chat]\ntransport = "qq"\n', "chat.transport: "),
        ('[[members]]\nname = "x"\n', "members.0.role: required key is missing"),
        ("[bot\nname=1", "is not valid TOML"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, body: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        cfg.load(_write(tmp_path, body), environ={})
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        cfg.load(tmp_path / "missing.toml", environ={})


def test_bad_time_zone_message_says_what_is_expected(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="expected an IANA name"):
        cfg.load(_write(tmp_path, '[bot]\ntimezone = "Beijing"\n'), environ={})


def test_cli_prints_one_line_without_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, "[database]\nurll = 1\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade", "--config", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"xiuhua: {path}: database.urll: unknown key"]


def test_example_config_is_valid_and_documents_every_key() -> None:
    example = Path(__file__).resolve().parents[1] / "config.example.toml"
    config = cfg.load(example, environ={})
    text = example.read_text(encoding="utf-8")
    for section_name, section in cfg.Config.model_fields.items():
        annotation = section.annotation
        if isinstance(annotation, type) and issubclass(annotation, cfg.Section):
            assert f"[{section_name}]" in text
            for key in annotation.model_fields:
                assert f"{key} =" in text, f"{section_name}.{key} is not documented"
    assert config.bot.timezone == "Asia/Shanghai"


def test_secrets_are_listed_for_redaction() -> None:
    config = cfg.build({"wechaty": {"token": "puppet_tok"}, "database": {"url": "postgresql://bot:pw@h/db"}})
    assert set(config.secrets()) == {"puppet_tok", "pw"}


def test_every_documented_environment_variable_is_read(tmp_path: Path) -> None:
    environ = {
        "XIUHUA_DATABASE_URL": "postgresql://u:pw@db/x",
        "XIUHUA_DATA_DIR": str(tmp_path / "d"),
        "XIUHUA_CACHE_DIR": str(tmp_path / "c"),
        "XIUHUA_LOG_LEVEL": "WARNING",
        "XIUHUA_HTTP_PORT": "8123",
        "XIUHUA_HTTP_PASSWORD": "pass-from-env",
        "XIUHUA_WECHATY_ENDPOINT": "127.0.0.1:8788",
        "XIUHUA_WECHATY_TOKEN": "token-from-env",
    }
    config = cfg.load(None, environ=environ)
    assert config.database_url == "postgresql://u:pw@db/x"
    assert config.bot.data_dir == tmp_path / "d" and config.cache_dir == tmp_path / "c"
    assert config.bot.log_level == "WARNING"
    assert (config.http.port, config.http.password) == (8123, "pass-from-env")
    assert (config.wechaty.endpoint, config.wechaty.token) == ("127.0.0.1:8788", "token-from-env")
    assert set(config.secrets()) == {"pw", "pass-from-env", "token-from-env"}
    assert set(environ) <= set(cfg.ENV_OVERRIDES)


def test_a_bad_environment_value_names_its_key() -> None:
    with pytest.raises(ConfigError, match=r"bot\.log_level: "):
        cfg.load(None, environ={"XIUHUA_LOG_LEVEL": "LOUD"})


def test_the_cache_lives_in_the_data_folder_by_default(tmp_path: Path) -> None:
    assert cfg.load(None, environ={"XIUHUA_DATA_DIR": str(tmp_path)}).cache_dir == tmp_path / "cache"
