"""The major-complaint models move here from the `complaints` app, keeping every row.

The tables already exist (complaints 0002 created them as `complaints_*`): the models are created in the
migration state only, on those tables, then the tables are renamed to `major_*`. Content types (and so any
permission granted on them) move with the models. complaints 0004 removes the models from its own state.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MOVED = ['accountabilityrecord', 'assessmentrecord', 'externalroute', 'gradingruleset', 'majorcase', 'mediationsession', 'notice', 'rectificationtask', 'responseclock', 'rootcause']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="major", model=model).exists():
            ContentType.objects.filter(app_label="complaints", model=model).update(app_label="major")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="complaints", model=model).exists():
            ContentType.objects.filter(app_label="major", model=model).update(app_label="complaints")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('complaints', '0003_search_indexes_and_transfer_origin'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('org', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
                migrations.CreateModel(
                    name='AccountabilityRecord',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('finding', models.TextField(verbose_name='finding')),
                        ('measure', models.CharField(choices=[('education', 'Criticism and education'), ('circular', 'Circulated criticism'), ('fine', 'Financial penalty'), ('reassignment', 'Reassignment'), ('warning', 'Disciplinary warning'), ('other', 'Other')], max_length=14, verbose_name='measure')),
                        ('amount', models.DecimalField(blank=True, decimal_places=2, max_digits=12, null=True, verbose_name='penalty amount')),
                        ('status', models.CharField(choices=[('proposed', 'Awaiting approval'), ('approved', 'Approved'), ('rejected', 'Rejected')], default='proposed', max_length=10, verbose_name='status')),
                        ('proposed_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('decided_at', models.DateTimeField(blank=True, null=True)),
                        ('decision_note', models.TextField(blank=True)),
                        ('complaint', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='accountability', to='complaints.complaint')),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('proposed_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('responsible_institution', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='org.institution', verbose_name='responsible institution')),
                        ('responsible_user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='responsible person')),
                    ],
                    options={
                        'db_table': 'complaints_accountabilityrecord',
                        'verbose_name': 'accountability record',
                        'verbose_name_plural': 'accountability records',
                        'ordering': ['proposed_at', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='AssessmentRecord',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('period', models.CharField(max_length=7, verbose_name='assessment period')),
                        ('measure', models.CharField(choices=[('education', 'Criticism and education'), ('circular', 'Circulated criticism'), ('fine', 'Financial penalty'), ('reassignment', 'Reassignment'), ('warning', 'Disciplinary warning'), ('other', 'Other')], max_length=14, verbose_name='measure')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('accountability', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='assessments', to='major.accountabilityrecord')),
                        ('complaint', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='complaints.complaint')),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='org.institution')),
                        ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_assessmentrecord',
                        'verbose_name': 'assessment record',
                        'verbose_name_plural': 'assessment records',
                    },
                ),
                migrations.CreateModel(
                    name='ExternalRoute',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('mediation', 'Mediation'), ('litigation', 'Litigation'), ('arbitration', 'Arbitration')], max_length=12, verbose_name='route')),
                        ('body', models.CharField(max_length=100, verbose_name='mediation centre / court / arbitration body')),
                        ('referred_on', models.DateField(verbose_name='referral date')),
                        ('mediator', models.CharField(blank=True, max_length=60, verbose_name='mediator / judge')),
                        ('reference', models.CharField(blank=True, max_length=64, verbose_name='case reference')),
                        ('outcome', models.CharField(choices=[('pending', 'Pending'), ('agreement', 'Agreement reached'), ('no_agreement', 'No agreement'), ('settled', 'Settled'), ('for_consumer', 'Decided for the consumer'), ('partial', 'Partly for the consumer'), ('for_insurer', 'Decided for the insurer'), ('withdrawn', 'Withdrawn')], default='pending', max_length=14, verbose_name='outcome')),
                        ('outcome_on', models.DateField(blank=True, null=True, verbose_name='outcome date')),
                        ('outcome_notes', models.TextField(blank=True, verbose_name='outcome notes')),
                        ('amount', models.DecimalField(blank=True, decimal_places=2, max_digits=14, null=True, verbose_name='agreed / awarded amount')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('agreement', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='complaints.attachment', verbose_name='agreement document')),
                        ('complaint', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='external_routes', to='complaints.complaint')),
                        ('created_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_externalroute',
                        'verbose_name': 'external route',
                        'verbose_name_plural': 'external routes',
                        'ordering': ['referred_on', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='GradingRuleSet',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(unique=True, verbose_name='version')),
                        ('content', models.TextField(verbose_name='rules (TOML)')),
                        ('note', models.CharField(max_length=200, verbose_name='reason for the change')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='saved at')),
                        ('created_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_gradingruleset',
                        'verbose_name': 'grading rule set',
                        'verbose_name_plural': 'grading rule sets',
                        'ordering': ['-version'],
                    },
                ),
                migrations.CreateModel(
                    name='MajorCase',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('media_exposure', models.BooleanField(default=False, verbose_name='media or online exposure')),
                        ('extreme_threat', models.BooleanField(default=False, verbose_name='threat of extreme behaviour or self-harm')),
                        ('signals_note', models.TextField(blank=True, verbose_name='signals note')),
                        ('suggested_level', models.CharField(blank=True, choices=[('general', 'General'), ('serious', 'Serious'), ('major', 'Major'), ('critical', 'Critical')], max_length=10, verbose_name='suggested level')),
                        ('suggested_reasons', models.JSONField(blank=True, default=list)),
                        ('suggested_at', models.DateTimeField(blank=True, null=True)),
                        ('level', models.CharField(blank=True, choices=[('general', 'General'), ('serious', 'Serious'), ('major', 'Major'), ('critical', 'Critical')], max_length=10, verbose_name='level')),
                        ('override_reason', models.TextField(blank=True, verbose_name='override reason')),
                        ('confirmed_at', models.DateTimeField(blank=True, null=True, verbose_name='confirmed at')),
                        ('rules_version', models.CharField(blank=True, max_length=40, verbose_name='rules version')),
                        ('must_record', models.JSONField(blank=True, default=list)),
                        ('complaint', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='major', to='complaints.complaint')),
                        ('confirmed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_majorcase',
                        'verbose_name': 'complaint grading',
                        'verbose_name_plural': 'complaint gradings',
                    },
                ),
                migrations.CreateModel(
                    name='MediationSession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('held_on', models.DateField(verbose_name='date')),
                        ('notes', models.TextField(verbose_name='notes')),
                        ('recorded_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('route', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sessions', to='major.externalroute')),
                    ],
                    options={
                        'db_table': 'complaints_mediationsession',
                        'ordering': ['held_on', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='Notice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('grading', 'Grading'), ('escalation', 'Escalation'), ('rectification', 'Rectification'), ('accountability', 'Accountability')], max_length=20, verbose_name='kind')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('body', models.TextField(blank=True, verbose_name='text')),
                        ('url', models.CharField(blank=True, max_length=200)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='time')),
                        ('read_at', models.DateTimeField(blank=True, null=True, verbose_name='read at')),
                        ('complaint', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='notices', to='complaints.complaint')),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='major_notices', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_notice',
                        'verbose_name': 'notice',
                        'verbose_name_plural': 'notices',
                        'ordering': ['-created_at', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='RectificationTask',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='task')),
                        ('description', models.TextField(blank=True, verbose_name='description')),
                        ('due_on', models.DateField(verbose_name='due date')),
                        ('status', models.CharField(choices=[('open', 'Being rectified'), ('submitted', 'Evidence submitted'), ('verified', 'Verified')], default='open', max_length=10, verbose_name='status')),
                        ('evidence_note', models.TextField(blank=True, verbose_name='evidence note')),
                        ('submitted_at', models.DateTimeField(blank=True, null=True)),
                        ('verified_at', models.DateTimeField(blank=True, null=True)),
                        ('verification_note', models.TextField(blank=True)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('complaint', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='rectifications', to='complaints.complaint')),
                        ('created_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('evidence', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='complaints.attachment', verbose_name='evidence')),
                        ('institution', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='org.institution', verbose_name='institution')),
                        ('owner', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='rectification_tasks', to=settings.AUTH_USER_MODEL, verbose_name='owner')),
                        ('verified_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_rectificationtask',
                        'verbose_name': 'rectification task',
                        'verbose_name_plural': 'rectification tasks',
                        'ordering': ['due_on', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='ResponseClock',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('first_response', 'First response'), ('report', 'Report upward')], max_length=20, verbose_name='clock')),
                        ('level', models.CharField(choices=[('general', 'General'), ('serious', 'Serious'), ('major', 'Major'), ('critical', 'Critical')], max_length=10, verbose_name='level')),
                        ('started_at', models.DateTimeField(verbose_name='started at')),
                        ('due_at', models.DateTimeField(verbose_name='due at')),
                        ('met_at', models.DateTimeField(blank=True, null=True, verbose_name='met at')),
                        ('met_note', models.JSONField(blank=True, default=dict)),
                        ('cancelled_at', models.DateTimeField(blank=True, null=True)),
                        ('escalations', models.PositiveSmallIntegerField(default=0, verbose_name='escalations')),
                        ('escalated_at', models.DateTimeField(blank=True, null=True, verbose_name='escalated at')),
                        ('escalated_to', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='org.institution')),
                        ('major', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='clocks', to='major.majorcase')),
                        ('met_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_responseclock',
                        'ordering': ['due_at', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='RootCause',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('category', models.CharField(max_length=40, verbose_name='root cause')),
                        ('sub_cause', models.CharField(blank=True, max_length=60, verbose_name='sub-cause')),
                        ('analysis', models.TextField(verbose_name='analysis')),
                        ('proposed_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('confirmed_at', models.DateTimeField(blank=True, null=True)),
                        ('complaint', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='root_cause', to='complaints.complaint')),
                        ('confirmed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('proposed_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'complaints_rootcause',
                        'verbose_name': 'root cause',
                        'verbose_name_plural': 'root causes',
                    },
                ),
                migrations.AddConstraint(
                    model_name='accountabilityrecord',
                    constraint=models.CheckConstraint(condition=models.Q(('responsible_user__isnull', False), ('responsible_institution__isnull', False), _connector='OR'), name='accountability_someone_responsible'),
                ),
                migrations.AddConstraint(
                    model_name='accountabilityrecord',
                    constraint=models.CheckConstraint(condition=models.Q(('measure__in', ['education', 'circular', 'fine', 'reassignment', 'warning', 'other'])), name='accountability_measure_valid'),
                ),
                migrations.AddConstraint(
                    model_name='accountabilityrecord',
                    constraint=models.CheckConstraint(condition=models.Q(('status__in', ['proposed', 'approved', 'rejected'])), name='accountability_status_valid'),
                ),
                migrations.AddConstraint(
                    model_name='accountabilityrecord',
                    constraint=models.CheckConstraint(condition=models.Q(('amount__isnull', True), ('amount__gte', 0), _connector='OR'), name='accountability_amount_gte0'),
                ),
                migrations.AddIndex(
                    model_name='assessmentrecord',
                    index=models.Index(fields=['institution', 'period'], name='assessment_inst_period_idx'),
                ),
                migrations.AddConstraint(
                    model_name='externalroute',
                    constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['mediation', 'litigation', 'arbitration'])), name='route_kind_valid'),
                ),
                migrations.AddConstraint(
                    model_name='externalroute',
                    constraint=models.CheckConstraint(condition=models.Q(('outcome__in', ['pending', 'agreement', 'no_agreement', 'settled', 'for_consumer', 'partial', 'for_insurer', 'withdrawn'])), name='route_outcome_valid'),
                ),
                migrations.AddConstraint(
                    model_name='externalroute',
                    constraint=models.CheckConstraint(condition=models.Q(('amount__isnull', True), ('amount__gte', 0), _connector='OR'), name='route_amount_gte0'),
                ),
                migrations.AddIndex(
                    model_name='majorcase',
                    index=models.Index(fields=['level'], name='majorcase_level_idx'),
                ),
                migrations.AddConstraint(
                    model_name='majorcase',
                    constraint=models.CheckConstraint(condition=models.Q(('level__in', ['general', 'serious', 'major', 'critical', ''])), name='majorcase_level_valid'),
                ),
                migrations.AddConstraint(
                    model_name='majorcase',
                    constraint=models.CheckConstraint(condition=models.Q(('suggested_level__in', ['general', 'serious', 'major', 'critical', ''])), name='majorcase_suggested_valid'),
                ),
                migrations.AddIndex(
                    model_name='notice',
                    index=models.Index(fields=['recipient', 'read_at'], name='notice_recipient_idx'),
                ),
                migrations.AddConstraint(
                    model_name='notice',
                    constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['grading', 'escalation', 'rectification', 'accountability'])), name='notice_kind_valid'),
                ),
                migrations.AddIndex(
                    model_name='rectificationtask',
                    index=models.Index(fields=['status', 'due_on'], name='rectification_status_due_idx'),
                ),
                migrations.AddConstraint(
                    model_name='rectificationtask',
                    constraint=models.CheckConstraint(condition=models.Q(('status__in', ['open', 'submitted', 'verified'])), name='rectification_status_valid'),
                ),
                migrations.AddIndex(
                    model_name='responseclock',
                    index=models.Index(condition=models.Q(('cancelled_at__isnull', True), ('met_at__isnull', True)), fields=['due_at'], name='responseclock_open_due_idx'),
                ),
                migrations.AddConstraint(
                    model_name='responseclock',
                    constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['first_response', 'report'])), name='responseclock_kind'),
                ),
                migrations.AddIndex(
                    model_name='rootcause',
                    index=models.Index(fields=['category'], name='rootcause_category_idx'),
                ),
        ]),
        migrations.AlterModelTable(name='accountabilityrecord', table=None),
        migrations.AlterModelTable(name='assessmentrecord', table=None),
        migrations.AlterModelTable(name='externalroute', table=None),
        migrations.AlterModelTable(name='gradingruleset', table=None),
        migrations.AlterModelTable(name='majorcase', table=None),
        migrations.AlterModelTable(name='mediationsession', table=None),
        migrations.AlterModelTable(name='notice', table=None),
        migrations.AlterModelTable(name='rectificationtask', table=None),
        migrations.AlterModelTable(name='responseclock', table=None),
        migrations.AlterModelTable(name='rootcause', table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
