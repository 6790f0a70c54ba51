"""Production mode refuses unsafe settings; the `xiaobao` command runs engines and Django commands."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

XIAOBAO = str(Path(sys.executable).parent / "xiaobao")


def _import_settings(tmp_path, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "XIAOBAO_DATA_KEY")}
    environment.update(XIAOBAO_DATA_DIR=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-c", "import xiaobao.settings"], env=environment, capture_output=True,
                          text=True, check=False)


@pytest.mark.parametrize("env,message", [
    ({"XIAOBAO_PRODUCTION": "1", "DEBUG": "1"}, "DEBUG"),
    ({"XIAOBAO_PRODUCTION": "1", "DEBUG": "0"}, "SECRET_KEY"),
    ({"XIAOBAO_PRODUCTION": "1", "DEBUG": "0", "SECRET_KEY": "x" * 50}, "XIAOBAO_DATA_KEY"),
    ({"DEBUG": "maybe"}, "DEBUG must be a boolean"),
])
def test_unsafe_or_invalid_settings_refuse_to_start(tmp_path, env, message):
    result = _import_settings(tmp_path, **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_real_secrets(tmp_path):
    from cryptography.fernet import Fernet

    result = _import_settings(tmp_path, XIAOBAO_PRODUCTION="1", DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50),
                              XIAOBAO_DATA_KEY=Fernet.generate_key().decode())
    assert result.returncode == 0, result.stderr


def test_secrets_can_come_from_files(tmp_path, monkeypatch):
    from xiaobao.core.env import env_secret

    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("SOME_KEY_FILE", str(secret))
    assert env_secret("SOME_KEY") == "from-a-file"


def test_the_command_runs_an_engine_without_django():
    result = subprocess.run([XIAOBAO, "deadlines", "due", "--received", "2025-09-26T10:00"], capture_output=True,
                            text=True, check=True, env={**os.environ, "DJANGO_SETTINGS_MODULE": "does.not.exist"})
    assert json.loads(result.stdout)["due_date"] == "2025-10-11"


def test_the_command_runs_django_management_commands(tmp_path):
    result = subprocess.run([XIAOBAO, "check"], capture_output=True, text=True, check=False,
                            env={**os.environ, "XIAOBAO_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_demo_json_on_a_fresh_data_folder_is_pure_json(tmp_path):
    """The first run migrates, seeds and sends notices; stdout must still be just the JSON list."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "EMAIL_BACKEND")}
    env["XIAOBAO_DATA_DIR"] = str(tmp_path)
    result = subprocess.run([XIAOBAO, "demo", "--json"], capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stderr
    accounts = json.loads(result.stdout)
    assert {a["role"] for a in accounts} >= {"handler", "officer", "auditor", "admin"}
    assert any((tmp_path / "mail").iterdir())  # the major-complaint notices went to the mail folder
