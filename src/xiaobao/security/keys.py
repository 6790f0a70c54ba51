"""Start-up checks of the two secrets in production mode (imported by settings: no Django apps here).

A SECRET_KEY signs sessions, CSRF tokens and password-reset links; a guessable one (32 × "a", a word repeated)
lets anyone forge a session. XIAOBAO_DATA_KEY encrypts personal data at rest; a malformed one used to let the
server start and then fail every request that touches personal data. Both are refused at start, naming the
variable and how to make a good value.
"""

from __future__ import annotations

import base64
import math
import re
from collections import Counter

MIN_SECRET_LENGTH = 50  # Django's own deployment check (security.W009) asks for 50
MIN_SECRET_DISTINCT = 10
MIN_SECRET_BITS = 128  # length × the characters' empirical Shannon entropy
FERNET_KEY = re.compile(r"[A-Za-z0-9_-]{43}=")  # 32 bytes, url-safe base64, as Fernet.generate_key() writes it
MAKE_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(50))"'  # noqa: S105 - the command that makes a key, not a key
MAKE_DATA_KEY = 'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'


def entropy_bits(text: str) -> float:
    """len(text) × the Shannon entropy of its character frequencies: 0 for 'aaaa', about 5.7 × len for random."""
    if not text:
        return 0.0
    counts = Counter(text).values()
    return -sum(n * math.log2(n / len(text)) for n in counts)


def secret_key_problem(key: str, *, dev_key: str) -> str | None:
    """Why SECRET_KEY is unfit for production, or None."""
    if not key or key == dev_key or key.startswith("django-insecure"):
        return f"Production mode needs its own SECRET_KEY (or SECRET_KEY_FILE); make one with: {MAKE_SECRET}"
    if len(key) < MIN_SECRET_LENGTH:
        return (f"SECRET_KEY has {len(key)} characters; production mode needs at least {MIN_SECRET_LENGTH}. "
                f"Make one with: {MAKE_SECRET}")
    distinct, bits = len(set(key)), entropy_bits(key)
    repeated = key in (key + key)[1:-1]  # the same shorter string over and over ("0123456789" × 5)
    if distinct < MIN_SECRET_DISTINCT or bits < MIN_SECRET_BITS or repeated:
        return (f"SECRET_KEY is guessable ({distinct} distinct characters, about {max(bits, 0.0):.0f} bits of entropy; "
                f"production mode needs {MIN_SECRET_DISTINCT} and {MIN_SECRET_BITS}). Make one with: {MAKE_SECRET}")
    return None


def data_key_problem(key: str, *, name: str = "XIAOBAO_DATA_KEY", dev_key: str | None = None) -> str | None:
    """Why a data key is not a usable Fernet key (url-safe base64 of 32 bytes), or None."""
    if not key or key == dev_key:
        return f"Production mode needs its own {name} (or {name}_FILE); make one with: {MAKE_DATA_KEY}"
    raw = base64.urlsafe_b64decode(key) if FERNET_KEY.fullmatch(key) else b""
    if len(raw) != 32:
        return (f"{name} is malformed: it must be url-safe base64 of 32 bytes (44 characters ending in '='), "
                f"as made by: {MAKE_DATA_KEY}")
    return None
