"""Rectification tasks: the subject is required and the complaint column goes (its value is the subject now)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("major", "0003_rectification_subject_from_complaint"),
    ]

    operations = [
        migrations.AlterField(
            model_name="rectificationtask",
            name="subject_type",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+",
                                    to="contenttypes.contenttype"),
        ),
        migrations.AlterField(
            model_name="rectificationtask",
            name="subject_id",
            field=models.PositiveBigIntegerField(),
        ),
        migrations.RemoveField(
            model_name="rectificationtask",
            name="complaint",
        ),
        migrations.AddIndex(
            model_name="rectificationtask",
            index=models.Index(fields=["subject_type", "subject_id"], name="rectification_subject_idx"),
        ),
    ]
