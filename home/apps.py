from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared content"

    def ready(self):
        from home import caching, signals

        post_migrate.connect(signals.sync_site_after_migrate, sender=self)
        caching.connect_invalidation()
        # The release's name (a digest of ~300 files when HRCN_RELEASE is
        # not set) is worked out at start-up, not on a visitor's request.
        caching.code_release()
