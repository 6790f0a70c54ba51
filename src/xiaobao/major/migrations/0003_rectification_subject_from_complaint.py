"""Every existing rectification task was opened on a complaint: that complaint becomes its subject. Reversible while
every subject is a complaint."""

from django.db import migrations


def complaint_to_subject(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("major", "RectificationTask")
    complaint_type, _created = ContentType.objects.get_or_create(app_label="complaints", model="complaint")
    for task in Task.objects.select_related("complaint").iterator():
        task.subject_type_id = complaint_type.pk
        task.subject_id = task.complaint_id
        task.subject_label = task.complaint.number
        task.subject_url = f"/complaints/{task.complaint_id}/"
        task.source = "major"
        task.save(update_fields=["subject_type", "subject_id", "subject_label", "subject_url", "source"])


def subject_to_complaint(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("major", "RectificationTask")
    complaint_type = ContentType.objects.filter(app_label="complaints", model="complaint").first()
    others = Task.objects.exclude(subject_type=complaint_type)
    if others.exists():
        raise RuntimeError("rectification tasks on subjects other than complaints cannot go back to the old table")
    for task in Task.objects.iterator():
        task.complaint_id = task.subject_id
        task.save(update_fields=["complaint"])


class Migration(migrations.Migration):

    dependencies = [
        ("major", "0002_rectification_generic_subject"),
    ]

    operations = [
        migrations.RunPython(complaint_to_subject, subject_to_complaint),
    ]
