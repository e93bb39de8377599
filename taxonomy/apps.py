from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = "Topics and Charter titles"
    # Its starter_content module runs after those with a lower number
    # (manage.py load_network_content).
    starter_content_order = 10
