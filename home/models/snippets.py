"""Translatable snippets of the home app."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.caching import kept


class NameAndSlugSnippet(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term with a name and a slug, such as a topic or an
    activity type: staff add and rename them as snippets, each language has
    its own name for the same term, and listings filter on the slug.

    A subclass declares `name` again with its own examples as help text, adds
    its own fields (and their panels) and, in a `Meta` that extends this
    one, its `verbose_name` and a unique constraint on locale and slug."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80, allow_unicode=True, help_text=_("Used in addresses and filters.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        # The admin's list and chooser search within one language.
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        # The admin form has no locale field, so Django leaves the unique
        # constraint on locale and slug to the database: checked here instead,
        # so a taken slug is a message on the form, not an error page.
        super().clean()
        taken = (
            type(self)
            ._default_manager.filter(locale_id=self.locale_id, slug=self.slug)
            .exclude(pk=self.pk)
        )
        if self.locale_id and self.slug and taken.exists():
            raise ValidationError({"slug": _("This slug is already used in this language.")})


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
