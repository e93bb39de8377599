from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = "Contact and membership forms"
    # Its starter_content module runs after those with a lower number
    # (manage.py load_network_content).
    starter_content_order = 60
