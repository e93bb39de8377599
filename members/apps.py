from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Member cities"

    def ready(self):
        from wagtail.signals import page_published

        from members.file_review import approve_files_used_by

        page_published.connect(approve_files_used_by, dispatch_uid="members-approve-files")
