"""Django settings for xiaobao: one module, everything from the environment (see README)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from xiaobao.core.env import env_bool, env_int, env_list, env_secret, env_str
from xiaobao.security import keys

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent.parent
DATA_DIR = Path(env_str("XIAOBAO_DATA_DIR", str(Path.cwd() / "data"))).resolve()
(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)

DEV_SECRET_KEY = "dev-insecure-xiaobao-secret-key-change-me"  # noqa: S105 - the development key; production mode refuses it (security/keys.py)
DEV_DATA_KEY = "ZGV2LWluc2VjdXJlLXhpYW9iYW8tZGF0YS1rZXkhISE="

PRODUCTION = env_bool("XIAOBAO_PRODUCTION", False)
# Off unless asked for (DEBUG=1, development only): Django's debug pages list every URL and setting, in English.
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_secret("SECRET_KEY", DEV_SECRET_KEY)
# Key for encrypting personal data at rest (Fernet, url-safe base64 of 32 bytes); also from a key file.
DATA_ENCRYPTION_KEY = env_secret("XIAOBAO_DATA_KEY", DEV_DATA_KEY)
# Previous data keys, still accepted for decryption until `xiaobao privacy rotate-key` has run.
DATA_ENCRYPTION_OLD_KEYS = env_list("XIAOBAO_DATA_KEY_OLD", [])

if PRODUCTION:
    if DEBUG:
        raise ImproperlyConfigured("Production mode refuses to start with DEBUG on.")
    _problems = [
        keys.secret_key_problem(SECRET_KEY, dev_key=DEV_SECRET_KEY),
        keys.data_key_problem(DATA_ENCRYPTION_KEY, dev_key=DEV_DATA_KEY),
        *(keys.data_key_problem(old, name="XIAOBAO_DATA_KEY_OLD") for old in DATA_ENCRYPTION_OLD_KEYS),
    ]
    if any(_problems):
        raise ImproperlyConfigured("\n".join(p for p in _problems if p))

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "template_partials",
    "django_htmx",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "xiaobao.core",
    "xiaobao.org",
    "xiaobao.audit",
    "xiaobao.privacy",
    "xiaobao.security",
    "xiaobao.complaints",
    "xiaobao.reviews",
    "xiaobao.partners",
    "xiaobao.training",
    "xiaobao.traceability",
    "xiaobao.reports",
    "xiaobao.assessment",
    "xiaobao.major",
    "xiaobao.inspection",
    "xiaobao.outreach",
    "xiaobao.assistance",
    "xiaobao.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "xiaobao.security.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "xiaobao.core.middleware.ChineseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "xiaobao.audit.middleware.ClientIPMiddleware",
    "xiaobao.core.middleware.DomainErrorMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked login into the lockout page (xiaobao.security)
]

ROOT_URLCONF = "xiaobao.urls"
CSRF_FAILURE_VIEW = "xiaobao.web.errors.csrf_failure"
WSGI_APPLICATION = "xiaobao.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "xiaobao.web.context.navigation",
            ],
        },
    },
]

_default_db = f"sqlite:///{DATA_DIR / 'xiaobao.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(env_str("DATABASE_URL", _default_db), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["ENGINE"] = "xiaobao.core.sqlite"  # Django's, with one process's writers queued
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Tests: Django's in-memory database, said outright so that pytest-xdist (which does not know this engine's
    # name) leaves it in memory in each process instead of naming a file after the production path.
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
    DATABASES["default"]["OPTIONS"] = {
        # Writers queue instead of failing on upgrade; WAL lets readers run beside a writer.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "org.User"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"
# Login throttling (django-axes, configured in xiaobao/security/throttling.py): after XIAOBAO_LOGIN_FAILURE_LIMIT
# failures in a row an account, or after XIAOBAO_LOGIN_ADDRESS_FAILURE_LIMIT failures a client address, is locked
# for XIAOBAO_LOGIN_LOCK_MINUTES; wrong API tokens lock the address. Officers release locks at /security/locks/.
AUTHENTICATION_BACKENDS = [
    "xiaobao.security.throttling.ThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("XIAOBAO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("XIAOBAO_LOGIN_LOCK_MINUTES", 15))
ADDRESS_FAILURE_LIMIT = env_int("XIAOBAO_LOGIN_ADDRESS_FAILURE_LIMIT", 20)
AXES_HANDLER = "xiaobao.security.throttling.ThrottleHandler"
AXES_LOCKOUT_PARAMETERS = "xiaobao.security.throttling.lockout_parameters"
AXES_CLIENT_IP_CALLABLE = "xiaobao.security.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "xiaobao.security.throttling.lockout_response"
AXES_RESET_ON_SUCCESS = True  # the account's failures only (ThrottleHandler.reset_user_attempts)
AXES_ENABLE_ADMIN = False  # the officer's page replaces axes' admin pages
AXES_VERBOSE = False
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_COOKIE_HTTPONLY = True

# HTTPS in production (HTTPS=0 only for a plain-HTTP intranet: then `check --deploy` warns, rightly). Behind a
# reverse proxy that terminates TLS, set XIAOBAO_PROXY_SSL_HEADER=X-Forwarded-Proto and make the proxy overwrite
# that header: without it every request looks like plain HTTP and is redirected forever.
HTTPS = PRODUCTION and env_bool("HTTPS", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = env_int("XIAOBAO_HSTS_SECONDS", 365 * 86400) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("XIAOBAO_HSTS_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = HTTPS and env_bool("XIAOBAO_HSTS_PRELOAD", False)
if _proxy_header := env_str("XIAOBAO_PROXY_SSL_HEADER", "").strip():
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https")
# An intranet host name cannot be on the browsers' HSTS preload list; XIAOBAO_HSTS_PRELOAD=1 where it can.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

# Content-Security-Policy (django-csp): scripts, styles, images and fonts only from the site's own static files
# (htmx, ECharts, app.css), no inline script, style or handler (tests/security/test_headers.py scans the templates).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # + the one inline <style> of Django's admin change list (its hash; the test checks it still matches)
        "style-src": [SELF, "'sha256-blvLUW3UscWqsXGByNOqdBboM+ShWAuugp2mC/wbafU='"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# No browser feature a consumer-protection desk needs (xiaobao.security.middleware sends it).
PERMISSIONS_POLICY = ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
                      "payment=(), usb=(), interest-cohort=()")

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True  # stored in UTC
TIME_ZONE = env_str("TIME_ZONE", "Asia/Shanghai")  # shown and computed in Beijing time

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [
    PACKAGE_DIR / "static",
    ("vendor/htmx", PROJECT_DIR / "node_modules" / "htmx.org" / "dist"),
    ("vendor/echarts", PROJECT_DIR / "node_modules" / "echarts" / "dist"),
]
# Files served at the site root (/favicon.ico), by WhiteNoise like the static files, with DEBUG on or off.
WHITENOISE_ROOT = PACKAGE_DIR / "web" / "root"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Uploaded files live outside the web root and are only served through permission-checked views.
MEDIA_ROOT = DATA_DIR / "files"

# Request bodies other than uploaded files: room for a full batch intake (100 complaints at their longest texts,
# about 2.5 MB of UTF-8 JSON); larger bodies get 413 (JSON in the API).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Background work (Django's Tasks API, backport), worked by `xiaobao worker` (`make run` starts one):
# "database" (default): the queue is a table in the database (django_tasks_db), nothing else to run;
# "redis": RQ on the Redis at XIAOBAO_REDIS_URL, for several machines; or a backend's dotted path.
TASKS_QUEUE = env_str("XIAOBAO_TASKS_BACKEND", "database")
REDIS_URL = env_str("XIAOBAO_REDIS_URL", "redis://127.0.0.1:6379/0")
_TASK_BACKENDS = {"database": "django_tasks_db.DatabaseBackend", "redis": "django_tasks_rq.RQBackend"}
TASKS = {"default": {"BACKEND": _TASK_BACKENDS.get(TASKS_QUEUE, TASKS_QUEUE), "QUEUES": []}}
if TASKS["default"]["BACKEND"] == "django_tasks_rq.RQBackend":
    INSTALLED_APPS.append("django_rq")
    TASKS["default"]["QUEUES"] = ["default"]
RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600, "QUEUE_CLASS": "xiaobao.core.rq.Queue"}}
RQ = {"JOB_CLASS": "django_tasks_rq.backend.Job"}  # RQ's workers run Django tasks
# A task whose worker on another machine has not beaten for this long is queued again (same machine: at once
# when the worker's process is gone).
TASKS_LEASE_SECONDS = env_int("XIAOBAO_TASKS_LEASE_SECONDS", 120)
# Live progress of long jobs (xiaobao.core.progress), read by the page that started them from another process.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "progress": ({"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
                 if TASKS_QUEUE == "redis" else
                 {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                  "LOCATION": str(DATA_DIR / "cache" / "progress")}),
}

# Complaint attachments (资料上传)
ATTACHMENT_MAX_BYTES = env_int("XIAOBAO_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)
# Sales evidence (可回溯资料): the largest file of each kind, and of a bulk-intake zip (manifest + files).
TRACEABILITY_MAX_BYTES = {
    "recording": env_int("XIAOBAO_TRACE_RECORDING_MAX_BYTES", 200 * 1024 * 1024),
    "video": env_int("XIAOBAO_TRACE_VIDEO_MAX_BYTES", 2 * 1024 * 1024 * 1024),
    "page_trail": env_int("XIAOBAO_TRACE_PAGE_TRAIL_MAX_BYTES", 200 * 1024 * 1024),
    "transcript": env_int("XIAOBAO_TRACE_TRANSCRIPT_MAX_BYTES", 5 * 1024 * 1024),
}
TRACEABILITY_IMPORT_MAX_BYTES = env_int("XIAOBAO_TRACE_IMPORT_MAX_BYTES", 4 * 1024 * 1024 * 1024)

# Consumer-protection review (消保审查): working days to a conclusion per request type, who must countersign,
# and the rectification period of a marketing violation found in monitoring or a sweep.
REVIEW_DUE_WORKING_DAYS = {"default": env_int("XIAOBAO_REVIEW_DUE_WORKING_DAYS", 5), "new_product": 10}
# Special-group services (特殊群体服务): the age from which a customer counts as elderly (60, or 65 where the
# institution's policy says so), on complaint intake and in the services ledger; and how often each outlet's
# facilities (无障碍设施) are checked, in days (an outlet past it is on the officers' work queue).
ELDERLY_AGE = env_int("XIAOBAO_ELDERLY_AGE", 60)
ASSISTANCE_CHECK_INTERVAL_DAYS = env_int("XIAOBAO_ASSISTANCE_CHECK_INTERVAL_DAYS", 90)
REVIEW_COUNTERSIGN = {"reject": env_bool("XIAOBAO_REVIEW_COUNTERSIGN_REJECT", True),
                      "product": env_bool("XIAOBAO_REVIEW_COUNTERSIGN_PRODUCT", True)}
REVIEW_RECTIFICATION_DAYS = env_int("XIAOBAO_REVIEW_RECTIFICATION_DAYS", 15)

# Embedded default: e-mails are written as files under the data folder (set EMAIL_BACKEND/EMAIL_HOST for SMTP).
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "xiaobao@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A refused request (4xx) is logged as one line, without the traceback of the exception that refused it.
    "filters": {"refusals_without_traceback": {"()": "xiaobao.core.logs.RefusalsWithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["refusals_without_traceback"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    # django-axes warns on every failed login; the audit chain records them already (auth.login_failed).
    "loggers": {"axes": {"level": "ERROR"}},
}

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
