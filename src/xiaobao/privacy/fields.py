"""A model field whose value is encrypted in the database and plain text in Python."""

from __future__ import annotations

from typing import Any

from django.db import models

from xiaobao.privacy import crypto


class EncryptedTextField(models.TextField):
    """Stores `enc1:<fernet token>`; reads back the plain text. Not searchable: pair it with a blind index."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None or value == "":
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return crypto.encrypt(str(value))
