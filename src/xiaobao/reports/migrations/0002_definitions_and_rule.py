"""The denominator definitions (口径) a figure can follow, and the default spike rule. Both are data: more
definitions and other thresholds are added in the admin."""

from django.db import migrations

BASES = [
    ("premium", "original-premium", "原保险保费收入", "期内原保险保费收入（元），按财务口径，不含分入保费。"),
    ("premium", "gross-written-premium", "规模保费", "期内签单保费（元），含未生效部分。"),
    ("policies", "policies-issued", "期内签发保单件数", "期内新签发（含续保）保单件数，批单不计。"),
    ("policies", "policies-in-force", "期末有效保单件数", "期末仍在保险期间内的保单件数。"),
]


def forwards(apps, schema_editor):
    basis = apps.get_model("reports", "Basis")
    for kind, code, label, description in BASES:
        basis.objects.get_or_create(code=code, defaults={"kind": kind, "label": label, "description": description})
    rule = apps.get_model("reports", "SpikeRule")
    rule.objects.get_or_create(name="poisson-weekly", defaults={
        "baseline_weeks": 8, "p_threshold": "0.001", "min_cases": 5, "min_baseline": "0.5"})


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_volumes_snapshots_spikes")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
