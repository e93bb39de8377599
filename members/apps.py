from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Member cities"
    # Its starter_content module runs after those with a lower number
    # (manage.py load_network_content).
    starter_content_order = 20

    @property
    def dev_admin_groups(self):
        """The groups manage.py create_dev_admin puts the admin in: reviews and
        their e-mails go to "HRCN staff" only, not to every superuser
        (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS)."""
        from members.onboarding import STAFF_GROUP

        return [STAFF_GROUP]

    def ready(self):
        from wagtail.signals import page_published

        from members.file_review import approve_files_used_by

        page_published.connect(approve_files_used_by, dispatch_uid="members-approve-files")
