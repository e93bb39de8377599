"""The one shared taxonomy: topics that staff edit, and the six fixed titles of
the EU Charter of Fundamental Rights. Members, practices, activities,
resources and news all tag themselves with these; there is no other tag
system."""

from rest_framework import serializers

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.caching import kept
from home.locales import locale_for_language
from home.models import BasePage, NameAndSlugSnippet
from home.privacy import public_in_every_language
from taxonomy.choices import CHARTER_TITLES, CharterTitleCode
from taxonomy.kinds import CONTENT_KINDS, tagged_with


class Topic(NameAndSlugSnippet):
    """A theme such as housing or participation. Translatable, so each
    language has its own name for the same topic."""

    name = models.CharField(
        max_length=80, help_text=_("e.g. Housing, Participation and democracy.")
    )
    description = models.TextField(blank=True, help_text=_("One or two sentences on the topic."))

    panels = [*NameAndSlugSnippet.panels, FieldPanel("description")]

    class Meta(NameAndSlugSnippet.Meta):
        verbose_name = _("topic")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    @classmethod
    def in_language(cls, locale):
        """The topics a language's pages show: its own, plus each topic of the
        default language not yet translated into it (so an untranslated topic
        still has a page under every language's topics index)."""
        own = cls.objects.filter(locale=locale)
        untranslated = cls.objects.filter(locale=default_locale()).exclude(
            translation_key__in=own.values("translation_key")
        )
        return own | untranslated

    @classmethod
    def localized_for(cls, topics, locale):
        """Each of `topics` in `locale` where it is translated, else as it is."""
        topics = list(topics)
        if not topics:
            return []
        translations = {
            topic.translation_key: topic
            for topic in cls.objects.filter(
                locale=locale, translation_key__in=[topic.translation_key for topic in topics]
            )
        }
        return [translations.get(topic.translation_key, topic) for topic in topics]

    @property
    def tag_filter(self):
        """How a tagged page matches the topic: in any language, as pages keep
        the topic they were tagged with until it is translated and the tag is
        changed."""
        return {"topics__translation_key": self.translation_key}


def default_locale():
    return locale_for_language(settings.LANGUAGE_CODE)


class CharterTitle(models.Model):
    """One of the six Charter titles. Fixed data, created by a migration; the
    name and article range come from code so they are translated."""

    code = models.CharField(max_length=20, choices=CharterTitleCode.choices, unique=True)

    class Meta:
        verbose_name = _("Charter title")

    def __str__(self):
        return f"{self.name} ({self.articles})"

    @property
    def name(self):
        return CharterTitleCode(self.code).label

    @property
    def number(self):
        return CHARTER_TITLES[self.code][0]

    @property
    def articles(self):
        _number, first, last = CHARTER_TITLES[self.code]
        return _("Articles %(first)s–%(last)s") % {"first": first, "last": last}

    @property
    def sort_key(self):
        return CHARTER_TITLES[self.code][1]

    @property
    def tag_filter(self):
        """How a tagged page matches the Charter title."""
        return {"charter_titles": self}


class TaggingMixin(models.Model):
    """Topics and Charter titles for a page type, with the panel that edits
    them. Topic and Charter pages find tagged pages through these fields."""

    topics = ParentalManyToManyField(
        "taxonomy.Topic", blank=True, related_name="+", help_text=_("What the page is about.")
    )
    charter_titles = ParentalManyToManyField(
        "taxonomy.CharterTitle",
        blank=True,
        related_name="+",
        help_text=_("Titles of the EU Charter of Fundamental Rights it concerns."),
    )

    tagging_panels = [
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("charter_titles", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Topics and Charter"),
        )
    ]
    tagging_api_fields = [
        APIField(
            "topics",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField(
            "charter_titles",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="code"),
        ),
    ]

    class Meta:
        abstract = True


class RelatedCitiesMixin(models.Model):
    """Links a page to the member cities it is about, with its panel and API
    field, as `TaggingMixin` tags it with topics. The cities are named by
    string, so neither taxonomy nor the apps using the mixin import members.
    The reverse name follows the app: `city.related_news`,
    `city.related_resources`."""

    related_cities = ParentalManyToManyField(
        "members.MemberCityPage",
        blank=True,
        related_name="related_%(app_label)s",
        help_text=_("Member cities it is about or comes from."),
    )

    related_cities_panels = [FieldPanel("related_cities")]
    related_cities_api_fields = [
        APIField(
            "related_cities",
            serializer=serializers.PrimaryKeyRelatedField(many=True, read_only=True),
        )
    ]

    class Meta:
        abstract = True

    def live_related_cities(self):
        return public_in_every_language(self.related_cities.live())


def charter_titles_in_order():
    return sorted(CharterTitle.objects.all(), key=lambda title: title.sort_key)


class TopicIndexPage(RoutablePageMixin, BasePage):
    """Lists the topics and the six Charter titles, and serves a page for each
    (`<slug>/` and `charter/<code>/`) gathering everything tagged with it."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the list of topics."))

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topics and Charter index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = [
            (topic, self.topic_url(topic)) for topic in Topic.in_language(self.locale)
        ]
        context["charter_titles"] = [
            (title, self.charter_url(title)) for title in charter_titles_in_order()
        ]
        return context

    def render_tagged(self, request, tag, **extra):
        # The same for every visitor: kept with the content generation.
        kinds = {kind.key: kind for kind in CONTENT_KINDS}
        found = kept(
            f"tagged:{tag._meta.label_lower}:{tag.pk}:{self.locale_id}",
            lambda: [(kind.key, pages) for kind, pages in tagged_with(tag.tag_filter, self.locale)],
        )
        groups = [(kinds[key], pages) for key, pages in found]
        return self.render(
            request,
            context_overrides={
                "tag": tag,
                "groups": groups,
                "has_items": any(pages for _kind, pages in groups),
                **extra,
            },
            template="taxonomy/tagged_page.html",
        )

    @path("")
    def index(self, request):
        return self.render(request)

    @path("charter/<str:code>/")
    def charter_title(self, request, code):
        tag = CharterTitle.objects.filter(code=code).first()
        if tag is None:
            raise Http404
        return self.render_tagged(request, tag, heading=tag.name, lead=tag.articles)

    @path("<str:slug>/")
    def topic(self, request, slug):
        # Its own language's topic first, else an untranslated one.
        tag = min(
            Topic.in_language(self.locale).filter(slug=slug),
            key=lambda topic: topic.locale_id != self.locale_id,
            default=None,
        )
        if tag is None:
            raise Http404
        return self.render_tagged(request, tag, heading=tag.name, lead=tag.description)

    def topic_url(self, topic):
        return self.url + self.reverse_subpage("topic", args=[topic.slug])

    def charter_url(self, title):
        return self.url + self.reverse_subpage("charter_title", args=[title.code])
