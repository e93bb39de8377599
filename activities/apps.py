from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = "Activities"
    # Its starter_content module runs after those with a lower number
    # (manage.py load_network_content).
    starter_content_order = 30
