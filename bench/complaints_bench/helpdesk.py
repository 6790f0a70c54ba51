"""django-helpdesk side by side: its own venv and a minimal project under bench/.work/helpdesk/.

Ticket creation is measured the way helpdesk does it itself: `TicketForm(...).save(user)` (ticket, follow-up,
notification e-mails to the locmem backend) in-process, and `POST /api/tickets/` (DRF, token auth) served by
waitress over HTTP, both on SQLite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

WORK = Path(__file__).resolve().parents[1] / ".work" / "helpdesk"
VENV = WORK / "venv"
PROJECT = WORK / "project"
PYTHON = VENV / "bin" / "python"
PACKAGES = ["django-helpdesk", "waitress"]

SETTINGS = '''
from pathlib import Path
import os
BASE = Path(os.environ.get("HD_DATA", Path(__file__).resolve().parent))
SECRET_KEY = "bench-only-not-secret-0123456789abcdef0123456789"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles", "django.contrib.sites", "django.contrib.humanize",
    "rest_framework", "rest_framework.authtoken", "helpdesk",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware", "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware", "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "hdbench.urls"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True,
              "OPTIONS": {"context_processors": ["django.template.context_processors.request",
                                                  "django.contrib.auth.context_processors.auth",
                                                  "django.contrib.messages.context_processors.messages"]}}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE / "helpdesk.sqlite3",
                         "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20,
                                     "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Asia/Shanghai"
STATIC_URL = "/static/"
SITE_ID = 1
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
HELPDESK_TEAMS_MODE_ENABLED = False
HELPDESK_API_ENABLED = True
REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"]}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
'''

URLS = '''
from django.urls import include, path
urlpatterns = [path("", include("helpdesk.urls"))]
'''

WORKER = '''
"""helpdesk bench worker: setup | intake N | serve PORT (prints JSON on the last line)."""
import json, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hdbench.settings")
import django
django.setup()
from django.core.management import call_command


def setup():
    from django.contrib.auth import get_user_model
    from helpdesk.models import Queue
    from rest_framework.authtoken.models import Token
    call_command("migrate", interactive=False, verbosity=0)
    User = get_user_model()
    user = User.objects.filter(username="bench").first() or User.objects.create_superuser("bench", "b@example.com", "bench-pass-123")
    queue = Queue.objects.get_or_create(slug="complaints", defaults={"title": "Complaints", "allow_public_submission": True})[0]
    token = Token.objects.get_or_create(user=user)[0]
    return user, queue, token.key


def body(i):
    return {"title": f"投诉 {i}: 理赔金额与定损不一致", "description": "车险理赔金额与定损不一致，要求重新核定。" * 2,
            "submitter_email": f"c{i}@example.com", "priority": 3}


def intake(n):
    from helpdesk.forms import TicketForm
    user, queue, _key = setup()
    latencies = []
    started = time.perf_counter()
    for i in range(n):
        data = {**body(i), "body": body(i)["description"], "queue": queue.id, "due_date": None, "assigned_to": ""}
        t = time.perf_counter()
        form = TicketForm(data=data, files={}, queue_choices=[(queue.id, queue.title)])
        if not form.is_valid():
            raise SystemExit(f"helpdesk form invalid: {form.errors}")
        form.save(user=user)
        latencies.append(time.perf_counter() - t)
    seconds = time.perf_counter() - started
    latencies.sort()
    pick = lambda p: round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000, 1)
    return {"n": n, "seconds": seconds, "per_second": n / seconds, "p50": pick(50), "p95": pick(95), "p99": pick(99)}


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        _u, queue, key = setup()
        print(json.dumps({"token": key, "queue": queue.id}))
    elif sys.argv[1] == "intake":
        print(json.dumps(intake(int(sys.argv[2]))))
    elif sys.argv[1] == "serve":
        from waitress import serve
        from django.core.wsgi import get_wsgi_application
        serve(get_wsgi_application(), host="127.0.0.1", port=int(sys.argv[2]), threads=int(sys.argv[3]), ident="hd")
'''


def install(log: Path) -> str | None:
    """Create the venv and install helpdesk (once); None when ready, else why not."""
    WORK.mkdir(parents=True, exist_ok=True)
    try:
        if not PYTHON.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, capture_output=True, timeout=300)
        probe = subprocess.run([str(PYTHON), "-c", "import helpdesk, waitress, rest_framework"], capture_output=True)
        if probe.returncode != 0:
            with log.open("w") as fh:
                subprocess.run([str(PYTHON), "-m", "pip", "install", "-q", *PACKAGES], check=True, stdout=fh,
                               stderr=subprocess.STDOUT, timeout=900)
    except (subprocess.SubprocessError, OSError) as exc:
        tail = log.read_text(errors="replace")[-600:] if log.exists() else ""
        return f"{exc}\n{tail}"
    (PROJECT / "hdbench").mkdir(parents=True, exist_ok=True)
    (PROJECT / "hdbench" / "__init__.py").write_text("")
    (PROJECT / "hdbench" / "settings.py").write_text(SETTINGS)
    (PROJECT / "hdbench" / "urls.py").write_text(URLS)
    (PROJECT / "hd_worker.py").write_text(WORKER)
    return None


def version() -> str:
    out = subprocess.run([str(PYTHON), "-c", "import importlib.metadata as m; print(m.version('django-helpdesk'), "
                          "m.version('Django'))"], capture_output=True, text=True)
    return out.stdout.strip()


def run(args: list[str], data_dir: Path, timeout: float = 900) -> dict:
    out = subprocess.run([str(PYTHON), str(PROJECT / "hd_worker.py"), *args], capture_output=True, text=True,
                         env=env(data_dir), timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"helpdesk worker {args[0]} failed: {out.stderr[-1500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def env(data_dir: Path) -> dict[str, str]:
    import os

    return {**{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "XIAOBAO_"))},
            "HD_DATA": str(data_dir), "PYTHONPATH": str(PROJECT)}


def serve(port: int, threads: int, data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen([str(PYTHON), str(PROJECT / "hd_worker.py"), "serve", str(port), str(threads)],
                            env=env(data_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
