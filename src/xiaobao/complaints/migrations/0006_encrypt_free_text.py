"""Existing cases: encrypt the free text (summary, requested outcome, decision, feedback, timeline reasons,
contact records) and fill the masked copies. Batched and re-runnable (see privacy.migration_ops)."""

from django.db import migrations

from xiaobao.privacy.migration_ops import EncryptFreeText


def _mask_event_data(apps, schema_editor):
    """Timeline data carried two free texts in clear: a contact's outcome and, on 核查, the previous decision.
    The outcome lives on in the (encrypted) contact record; the previous decision keeps its masked copy."""
    from django.db import transaction

    from xiaobao.privacy.masking import mask_free_text

    event_model = apps.get_model("complaints", "ComplaintEvent")
    db = schema_editor.connection.alias
    after = 0
    while True:
        with transaction.atomic(using=db):
            rows = list(event_model._base_manager.using(db).filter(pk__gt=after, action__in=("contact", "reconsider"))
                        .order_by("pk").values_list("pk", "data")[:500])
            for pk, data in rows:
                data = dict(data or {})
                if "outcome" in data:
                    data.pop("outcome")
                elif isinstance(data.get("previous"), dict) and data["previous"].get("decision"):
                    previous = dict(data["previous"])
                    previous["decision"] = mask_free_text(previous["decision"])
                    if previous == data["previous"]:
                        continue
                    data["previous"] = previous
                else:
                    continue
                event_model._base_manager.using(db).filter(pk=pk).update(data=data)
        if len(rows) < 500:
            return
        after = rows[-1][0]


class Migration(migrations.Migration):
    atomic = False  # one transaction per batch: an interrupted run keeps its work and the next run carries on

    dependencies = [
        ("complaints", "0005_private_free_text"),
    ]

    operations = [
        EncryptFreeText("complaints.Complaint", {
            "summary": "summary_masked", "requested_outcome": "requested_outcome_masked",
            "decision": "decision_masked", "feedback": "feedback_masked",
        }, hint="complainant_name"),
        EncryptFreeText("complaints.ComplaintEvent", {"reason": "reason_masked"}, hint="complaint__complainant_name"),
        EncryptFreeText("complaints.ContactRecord", {"content": "content_masked", "outcome": "outcome_masked"},
                        hint="complaint__complainant_name"),
        migrations.RunPython(_mask_event_data, migrations.RunPython.noop),
    ]
