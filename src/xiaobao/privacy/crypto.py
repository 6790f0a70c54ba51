"""Encryption of personal data at rest and keyed blind indexes for exact search (个人信息加密存储).

Ciphertexts are Fernet tokens (AES-128-CBC + HMAC-SHA256) under `XIAOBAO_DATA_KEY`; previous keys listed
in `XIAOBAO_DATA_KEY_OLD` still decrypt, so a key can be rotated without downtime (`xiaobao privacy
rotate-key`). Blind indexes are HMAC-SHA256 over the normalised value with a key derived from the data key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "enc1:"  # marks a stored ciphertext


def _fernet(key: str) -> Fernet:
    try:
        return Fernet(key.encode() if isinstance(key, str) else key)
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured("XIAOBAO_DATA_KEY must be a Fernet key (url-safe base64 of 32 bytes)") from exc


@lru_cache(maxsize=4)
def _keyring(current: str, old: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([_fernet(current), *(_fernet(k) for k in old)])


def keyring() -> MultiFernet:
    return _keyring(settings.DATA_ENCRYPTION_KEY, tuple(getattr(settings, "DATA_ENCRYPTION_OLD_KEYS", ())))


def encrypt(value: str) -> str:
    return PREFIX + keyring().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    if not token.startswith(PREFIX):
        raise InvalidToken("not an xiaobao ciphertext")
    return keyring().decrypt(token[len(PREFIX):].encode("ascii")).decode("utf-8")


def is_current(token: str) -> bool:
    """Whether `token` is encrypted under the current key (rotation skips those)."""
    if not token.startswith(PREFIX):
        return False
    try:
        _fernet(settings.DATA_ENCRYPTION_KEY).decrypt(token[len(PREFIX):].encode("ascii"))
    except InvalidToken:
        return False
    return True


def reencrypt(token: str) -> str:
    return PREFIX + keyring().rotate(token[len(PREFIX):].encode("ascii")).decode("ascii")


@lru_cache(maxsize=4)
def _index_key(current: str) -> bytes:
    raw = base64.urlsafe_b64decode(current.encode())
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"xiaobao-blind-index", info=b"v1").derive(raw)


_SEPARATORS = re.compile(r"[\s\-()（）]+")


def normalise(value: str, kind: str) -> str:
    """Normalise before indexing: the same phone written as +86 138-0013-8000 or 13800138000 matches."""
    text = _SEPARATORS.sub("", value).upper()
    if kind == "phone" and text.startswith("+86"):
        text = text[3:]
    elif kind == "phone" and text.startswith("86") and len(text) == 13:
        text = text[2:]
    return text


def blind_index(value: str, kind: str) -> str:
    """A keyed hash for exact-match search (盲索引); equal inputs of the same kind give equal indexes."""
    key = _index_key(settings.DATA_ENCRYPTION_KEY)
    return hmac.new(key, f"{kind}:{normalise(value, kind)}".encode(), hashlib.sha256).hexdigest()
