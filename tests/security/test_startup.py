"""Production mode refuses guessable or malformed secrets at start, and `check --deploy` runs clean (issue 16, 13)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from xiaobao.security.keys import data_key_problem, entropy_bits, secret_key_problem

XIAOBAO = str(Path(sys.executable).parent / "xiaobao")
GOOD_SECRET = secrets.token_urlsafe(50)
GOOD_DATA_KEY = Fernet.generate_key().decode()


def run(args: list[str], tmp_path, **env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DEBUG", "SECRET_KEY", "XIAOBAO_DATA_KEY", "XIAOBAO_PRODUCTION", "HTTPS",
                                "DJANGO_ALLOW_ASYNC_UNSAFE")}  # the browser tests set it; a deployment must not
    environment.update(XIAOBAO_DATA_DIR=str(tmp_path), **env)
    return subprocess.run(args, env=environment, capture_output=True, text=True, check=False, timeout=120)


def production(tmp_path, code: str = "import xiaobao.settings", **env) -> subprocess.CompletedProcess:
    env = {"XIAOBAO_PRODUCTION": "1", "SECRET_KEY": GOOD_SECRET, "XIAOBAO_DATA_KEY": GOOD_DATA_KEY, **env}
    return run([sys.executable, "-c", code], tmp_path, **env)


@pytest.mark.parametrize("key,why", [
    ("a" * 32, "characters"),  # the key: too short and guessable
    ("a" * 64, "guessable"),
    ("ab" * 40, "guessable"),
    ("0123456789" * 5, "guessable"),
    ("django-insecure-" + secrets.token_urlsafe(50), "own SECRET_KEY"),
], ids=["short", "one-letter", "two-letters", "digits", "django-insecure"])  # ids: random keys differ per process
def test_a_guessable_secret_key_is_refused_at_start(tmp_path, key, why):
    result = production(tmp_path, SECRET_KEY=key)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr and why in result.stderr
    assert "secrets.token_urlsafe" in result.stderr  # says how to make a good one


@pytest.mark.parametrize("key", ["abc", "x" * 44, GOOD_DATA_KEY[:-4], GOOD_DATA_KEY + "AAAA", "密钥" * 22],
                         ids=["short", "not-base64-key", "truncated", "too-long", "not-ascii"])
def test_a_malformed_data_key_is_refused_at_start(tmp_path, key):
    result = production(tmp_path, XIAOBAO_DATA_KEY=key)
    assert result.returncode != 0
    assert "XIAOBAO_DATA_KEY is malformed" in result.stderr
    assert "Fernet.generate_key" in result.stderr


def test_a_malformed_old_data_key_is_refused_too(tmp_path):
    result = production(tmp_path, XIAOBAO_DATA_KEY_OLD=f"{Fernet.generate_key().decode()},oops")
    assert result.returncode != 0
    assert "XIAOBAO_DATA_KEY_OLD is malformed" in result.stderr


def test_real_secrets_start(tmp_path):
    result = production(tmp_path)
    assert result.returncode == 0, result.stderr
    assert secret_key_problem(GOOD_SECRET, dev_key="dev") is None
    assert secret_key_problem(secrets.token_hex(32), dev_key="dev") is None  # `openssl rand -hex 32`
    assert data_key_problem(GOOD_DATA_KEY) is None
    assert entropy_bits("a" * 64) == 0


def test_check_deploy_runs_clean_in_production_mode(tmp_path):
    result = run([XIAOBAO, "check", "--deploy", "--fail-level", "WARNING"], tmp_path, XIAOBAO_PRODUCTION="1",
                 SECRET_KEY=GOOD_SECRET, XIAOBAO_DATA_KEY=GOOD_DATA_KEY, ALLOWED_HOSTS="xiaobao.example.internal")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_turns_on_https_hsts_and_reads_the_documented_proxy_header(tmp_path):
    code = ("from django.conf import settings as s; import django; django.setup(); "
            "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
            "s.SESSION_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER)")
    out = production(tmp_path, code, DJANGO_SETTINGS_MODULE="xiaobao.settings",
                     XIAOBAO_PROXY_SSL_HEADER="X-Forwarded-Proto")
    assert out.stdout.split("\n")[0] == "True 31536000 True True ('HTTP_X_FORWARDED_PROTO', 'https')", out.stderr
    plain = production(tmp_path, code, DJANGO_SETTINGS_MODULE="xiaobao.settings", HTTPS="0")
    assert plain.stdout.startswith("False 0 False False None"), plain.stderr
