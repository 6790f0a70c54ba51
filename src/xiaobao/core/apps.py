from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "xiaobao.core"
    label = "core"
