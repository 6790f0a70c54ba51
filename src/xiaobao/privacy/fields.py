"""Model fields for personal data at rest.

- `EncryptedTextField`: a structured personal value (name, phone, ID number, address): encrypted, shown
  through `privacy.masking.mask`, searched through a blind index.
- `PrivateTextField` + `MaskedTextField` on a `PrivateTextModel`: free text that may hold personal data
  (投诉事项, 处理记录, 联系内容, 整改说明 …). The text is encrypted like an `EncryptedTextField`; its masked
  copy (the pii engine's `mask_text`, made once when the row is written) sits in a plain column beside it,
  for display and search. Screens, API responses, notices and e-mails show the masked copy; the text in
  clear is reached only through `privacy.services.unmask` (a reason, the access log).

    class ContactRecord(PrivateTextModel):
        content = PrivateTextField(_("content"))
        content_masked = MaskedTextField(source="content")

        def pii_hints(self) -> list[str]:          # optional: names known to be personal data here
            return [self.complaint.complainant_name]

Write through the model (`save()`, `objects.create()`, `bulk_create()`): the masked copy follows the text,
also with `save(update_fields=[...])`. `QuerySet.update()` does not mask; never use it on a private text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core import checks
from django.db import models

from xiaobao.privacy import crypto, masking

MEMO = "_masked_sources"  # instance attribute: {masked field attname: the text its stored value was made from}


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


class PrivateTextField(EncryptedTextField):
    """Free text that may hold personal data: encrypted at rest, displayed through its `MaskedTextField`."""

    def check(self, **kwargs: Any) -> list[checks.CheckMessage]:
        errors = super().check(**kwargs)
        model = getattr(self, "model", None)
        if model is None or model._meta.abstract:
            return errors
        if not issubclass(model, PrivateTextModel):
            errors.append(checks.Error(f"{model.__name__} has a PrivateTextField but is not a PrivateTextModel",
                                       obj=self, id="privacy.E001"))
        if not any(isinstance(f, MaskedTextField) and f.source == self.name for f in model._meta.concrete_fields):
            errors.append(checks.Error(f"{model.__name__}.{self.name} has no MaskedTextField(source="
                                       f"{self.name!r}) beside it", obj=self, id="privacy.E002"))
        return errors


class MaskedTextField(models.TextField):
    """The masked copy of a `PrivateTextField` of the same model, kept in step whenever the row is written."""

    def __init__(self, *args: Any, source: str, **kwargs: Any) -> None:
        self.source = source
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        for key, default in (("blank", True), ("default", ""), ("editable", False)):
            if kwargs.get(key) == default:
                kwargs.pop(key)
        return name, path, args, kwargs

    def pre_save(self, model_instance: models.Model, add: bool) -> str:
        if self.source in model_instance.get_deferred_fields():
            return getattr(model_instance, self.attname)  # the text was not loaded, so it did not change
        plain = getattr(model_instance, self.source) or ""
        memo = model_instance.__dict__.setdefault(MEMO, {})
        if memo.get(self.attname) == plain:
            return getattr(model_instance, self.attname)
        hints = model_instance.pii_hints() if hasattr(model_instance, "pii_hints") else ()
        masked = masking.mask_free_text(plain, hints=hints)
        setattr(model_instance, self.attname, masked)
        memo[self.attname] = plain
        return masked


def masked_pairs(model: type[models.Model]) -> list[tuple[str, str]]:
    """(private text field, its masked copy) of a model."""
    return [(f.source, f.name) for f in model._meta.concrete_fields if isinstance(f, MaskedTextField)]


class PrivateTextModel(models.Model):
    """Base of a model with private free text: keeps each masked copy in step with its text."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            names = set(update_fields)
            kwargs["update_fields"] = names | {masked for source, masked in masked_pairs(type(self))
                                               if source in names}
        super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db: Any, field_names: Any, values: Any) -> Any:
        instance = super().from_db(db, field_names, values)
        loaded = instance.__dict__
        instance.__dict__[MEMO] = {masked: loaded[source] or "" for source, masked in masked_pairs(cls)
                                   if source in loaded and masked in loaded}
        return instance

    def pii_hints(self) -> Sequence[str]:
        """Names known to be personal data in this row's free text (masked wherever they occur)."""
        return ()
