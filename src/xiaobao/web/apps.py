from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "xiaobao.web"
    label = "web"
