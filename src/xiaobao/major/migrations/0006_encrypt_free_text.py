"""Existing major-complaint records: encrypt the free text (signals note, override reason, route outcome notes,
session notes, root-cause analysis, rectification description and notes, accountability finding and note) and
fill the masked copies; notices and clock notes keep only masked text. Batched and re-runnable."""

from django.db import migrations, transaction

from xiaobao.privacy.migration_ops import EncryptFreeText

CASE = "complaint__complainant_name"


def _mask_messages(apps, schema_editor):
    """Notices (and the e-mails made from them) and the clock notes, also in the timeline's data, carried free
    text in clear: mask it."""
    from xiaobao.audit.masking import mask_value

    db = schema_editor.connection.alias
    for label, fields in (("major.Notice", ("title", "body")), ("major.ResponseClock", ("met_note",)),
                          ("complaints.ComplaintEvent", ("data",))):  # a met clock's note and report in the timeline
        model = apps.get_model(label)
        after = 0
        while True:
            with transaction.atomic(using=db):
                rows = list(model._base_manager.using(db).filter(pk__gt=after).order_by("pk")
                            .values_list("pk", *fields)[:500])
                for pk, *values in rows:
                    masked = [mask_value(v) for v in values]
                    if masked != values:
                        model._base_manager.using(db).filter(pk=pk).update(**dict(zip(fields, masked, strict=True)))
            if len(rows) < 500:
                break
            after = rows[-1][0]


class Migration(migrations.Migration):
    atomic = False  # one transaction per batch: an interrupted run keeps its work and the next run carries on

    dependencies = [
        ("major", "0005_private_free_text"),
        ("complaints", "0006_encrypt_free_text"),
    ]

    operations = [
        EncryptFreeText("major.MajorCase", {"signals_note": "signals_note_masked",
                                            "override_reason": "override_reason_masked"}, hint=CASE),
        EncryptFreeText("major.ExternalRoute", {"outcome_notes": "outcome_notes_masked"}, hint=CASE),
        EncryptFreeText("major.MediationSession", {"notes": "notes_masked"}, hint="route__" + CASE),
        EncryptFreeText("major.RootCause", {"analysis": "analysis_masked"}, hint=CASE),
        EncryptFreeText("major.RectificationTask", {"title": "title_masked", "description": "description_masked",
                                                    "evidence_note": "evidence_note_masked",
                                                    "verification_note": "verification_note_masked"}),  # any subject
        EncryptFreeText("major.AccountabilityRecord", {"finding": "finding_masked",
                                                       "decision_note": "decision_note_masked"}, hint=CASE),
        migrations.RunPython(_mask_messages, migrations.RunPython.noop),
    ]
