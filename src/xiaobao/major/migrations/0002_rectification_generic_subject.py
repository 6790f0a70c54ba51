"""Rectification tasks get a generic subject (content type + id, with a stored label and page URL) and the module
that opened them — step 1: the new columns, empty (each step is its own transaction on PostgreSQL)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("major", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="rectificationtask",
            name="subject_type",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+",
                                    to="contenttypes.contenttype"),
        ),
        migrations.AddField(
            model_name="rectificationtask",
            name="subject_id",
            field=models.PositiveBigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name="rectificationtask",
            name="subject_label",
            field=models.CharField(default="", max_length=200, verbose_name="subject"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="rectificationtask",
            name="subject_url",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AddField(
            model_name="rectificationtask",
            name="source",
            field=models.CharField(default="major", max_length=40, verbose_name="source"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="rectificationtask",
            name="complaint",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="rectifications", to="complaints.complaint"),
        ),
    ]
