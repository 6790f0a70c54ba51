"""The major-complaint models moved to the `major` app (its 0001 took over and renamed their tables): remove
them from this app's migration state only. No table is dropped, no row is lost."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('complaints', '0003_search_indexes_and_transfer_origin'),
        ('major', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.DeleteModel(name='MediationSession'),
            migrations.DeleteModel(name='ResponseClock'),
            migrations.DeleteModel(name='AssessmentRecord'),
            migrations.DeleteModel(name='ExternalRoute'),
            migrations.DeleteModel(name='MajorCase'),
            migrations.DeleteModel(name='AccountabilityRecord'),
            migrations.DeleteModel(name='GradingRuleSet'),
            migrations.DeleteModel(name='Notice'),
            migrations.DeleteModel(name='RectificationTask'),
            migrations.DeleteModel(name='RootCause'),
        ]),
    ]
