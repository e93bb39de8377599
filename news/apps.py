from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"
    # Its starter_content module runs after those with a lower number
    # (manage.py load_network_content).
    starter_content_order = 50
