from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Resources"
    # Its starter_content module runs after those with a lower number
    # (manage.py load_network_content).
    starter_content_order = 40
