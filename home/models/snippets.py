"""Translatable snippets of the home app."""

from django.conf import settings
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from home.caching import kept


class FooterText(TranslatableMixin, models.Model):
    """The sentence or two about the network in the site footer, once per
    language. Also the fallback meta description and the Organization
    description in structured data. Staff translate it with wagtail-localize
    like any page."""

    text = models.TextField(help_text=_("A sentence or two about the network for the footer."))

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return Truncator(self.text).chars(60)

    @classmethod
    def for_request(cls, request):
        """The text in the visitor's language, else in the default language,
        else empty. Kept with the content generation."""
        languages = [get_language(), settings.LANGUAGE_CODE]

        def text():
            texts = {
                footer.locale.language_code: footer.text
                for footer in cls.objects.filter(
                    locale__language_code__in=languages
                ).select_related("locale")
            }
            return next((texts[code] for code in languages if code in texts), "")

        return kept(f"footer-text:{languages[0]}", text)
