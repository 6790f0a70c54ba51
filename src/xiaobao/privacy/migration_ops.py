"""Data migrations for private free text: encrypt existing clear text and fill its masked copy.

Used from an app's data migration after the schema migration that turned a `TextField` into a
`PrivateTextField` and added its `MaskedTextField`:

    from xiaobao.privacy.migration_ops import EncryptFreeText

    class Migration(migrations.Migration):
        atomic = False  # one transaction per batch: an interrupted run keeps what it did
        dependencies = [("contacts", "0007_private_notes")]
        operations = [EncryptFreeText("contacts.Note", {"body": "body_masked"}, hint="person__name")]

Batched (`batch_size` rows per transaction, in primary-key order) and re-runnable: a value that is
already a ciphertext with a masked copy is left alone, so a second run after an interruption carries on
where the first stopped. The reverse operation writes the clear text back (for a rollback only).
"""

from __future__ import annotations

from typing import Any

from django.db import migrations, models, transaction
from django.db.models.functions import Cast

from xiaobao.privacy import crypto
from xiaobao.privacy.masking import mask_free_text

BATCH_SIZE = 500


def _rows(model: Any, fields: dict[str, str], hint: str | None, *, after: Any, limit: int, db: str) -> list[Any]:
    raw = {f"raw__{name}": Cast(name, output_field=models.TextField()) for name in fields}
    qs = model._base_manager.using(db).order_by("pk")
    if after is not None:
        qs = qs.filter(pk__gt=after)
    columns = ["pk", *raw, *fields.values(), *([hint] if hint else [])]
    return list(qs.annotate(**raw).values_list(*columns)[:limit])


def convert(model: Any, fields: dict[str, str], *, hint: str | None = None, batch_size: int = BATCH_SIZE,
            db: str = "default") -> int:
    """Encrypt clear values of `fields` (private text → masked copy) and fill missing masked copies.
    `hint`: a lookup giving a name to mask wherever it occurs (e.g. "complaint__complainant_name").
    Returns the number of rows changed."""
    changed = 0
    after = None
    n = len(fields)
    while True:
        with transaction.atomic(using=db):
            rows = _rows(model, fields, hint, after=after, limit=batch_size, db=db)
            for row in rows:
                pk, raws, maskeds = row[0], row[1:1 + n], row[1 + n:1 + 2 * n]
                hints = [row[-1]] if hint and row[-1] else []
                update: dict[str, str] = {}
                for (name, masked_name), raw, masked in zip(fields.items(), raws, maskeds, strict=True):
                    if not raw or (raw.startswith(crypto.PREFIX) and masked):
                        continue
                    plain = crypto.decrypt(raw) if raw.startswith(crypto.PREFIX) else raw
                    if not raw.startswith(crypto.PREFIX):
                        update[name] = plain  # the field encrypts it
                    update[masked_name] = mask_free_text(plain, hints=hints)
                if update:
                    model._base_manager.using(db).filter(pk=pk).update(**update)
                    changed += 1
        if len(rows) < batch_size:
            return changed
        after = rows[-1][0]


def restore(model: Any, fields: dict[str, str], *, batch_size: int = BATCH_SIZE, db: str = "default") -> None:
    """The reverse: clear text back into the columns (only to roll the schema back)."""
    after = None
    while True:
        with transaction.atomic(using=db):
            rows = _rows(model, fields, None, after=after, limit=batch_size, db=db)
            for pk, *raws in rows:
                update = {f"{name}": crypto.decrypt(raw) for name, raw in zip(fields, raws[:len(fields)], strict=True)
                          if raw and raw.startswith(crypto.PREFIX)}
                if update:  # written raw: through a plain TextField expression, not the encrypting field
                    model._base_manager.using(db).filter(pk=pk).update(
                        **{k: models.Value(v, output_field=models.TextField()) for k, v in update.items()})
        if len(rows) < batch_size:
            return
        after = rows[-1][0]


class EncryptFreeText(migrations.RunPython):
    """RunPython that runs `convert` (forwards) and `restore` (backwards) on one model's private texts."""

    def __init__(self, model: str, fields: dict[str, str], *, hint: str | None = None,
                 batch_size: int = BATCH_SIZE) -> None:
        self.model_label, self.text_fields, self.hint, self.batch_size = model, dict(fields), hint, batch_size

        def forwards(apps: Any, schema_editor: Any) -> None:
            convert(apps.get_model(model), self.text_fields, hint=hint, batch_size=batch_size,
                    db=schema_editor.connection.alias)

        def backwards(apps: Any, schema_editor: Any) -> None:
            restore(apps.get_model(model), self.text_fields, batch_size=batch_size,
                    db=schema_editor.connection.alias)

        super().__init__(forwards, backwards, elidable=False)

    def describe(self) -> str:
        return f"Encrypt the free text of {self.model_label} and fill its masked copy"
