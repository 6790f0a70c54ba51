from django.contrib import admin

from xiaobao.reports.models import Basis, SpikeRule


@admin.register(Basis)
class BasisAdmin(admin.ModelAdmin):
    list_display = ("code", "kind", "label")


@admin.register(SpikeRule)
class SpikeRuleAdmin(admin.ModelAdmin):
    list_display = ("name", "baseline_weeks", "p_threshold", "min_cases", "min_baseline", "is_active")
