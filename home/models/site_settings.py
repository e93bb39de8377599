"""Site-wide values that staff edit in Settings → Site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from home.caching import kept
from home.choices import SocialPlatform
from home.privacy import public_in_every_language


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SocialPlatform.choices)
    url = blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "link"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        max_length=120,
        default="Human Rights Cities Network",
        help_text=_("Shown in the header, footer and structured data."),
    )
    short_name = models.CharField(max_length=20, default="HRCN", help_text=_("e.g. HRCN."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation's logo. Without one, the header shows the name."),
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without an image of its own is shared. Landscape, "
            "at least 1200×630 pixels."
        ),
    )
    contact_email = models.EmailField(blank=True, help_text=_("The public contact address."))
    postal_address = models.TextField(blank=True, help_text=_("One line per address line."))
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, help_text=_("Profiles on social networks.")
    )
    footer_links = StreamField(
        [("page", blocks.PageChooserBlock())],
        blank=True,
        help_text=_("Pages linked at the very bottom, e.g. Privacy and Imprint."),
    )
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("join page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where a city applies to join. The home page's first action."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The contact form. Linked from the home page, and named in security.txt "
            "when there is no contact address."
        ),
    )
    resources_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("resources page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The resource library, linked from the home page."),
    )
    not_found_text = models.TextField(
        blank=True,
        default=_("The page you asked for does not exist or has moved."),
        help_text=_("Shown on the 'page not found' page."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("short_name"),
                FieldPanel("logo"),
                FieldPanel("default_share_image"),
            ],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("postal_address")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [FieldPanel("join_page"), FieldPanel("contact_page"), FieldPanel("resources_page")],
            heading=_("Key pages"),
            help_text=_("Choose the English pages: visitors get them in their own language."),
        ),
        MultiFieldPanel(
            [FieldPanel("footer_links"), FieldPanel("social_links")],
            heading=_("Footer"),
        ),
        FieldPanel("not_found_text"),
    ]

    class Meta:
        verbose_name = _("site settings")

    KEY_PAGES = ("join", "contact", "resources")

    def key_pages(self, locale_id):
        """The live, public key pages in the language of `locale_id` (their
        translation there, or the alias the synchronised tree keeps), by
        key ("join", "contact", "resources"). Two queries."""
        chosen = {key: getattr(self, f"{key}_page_id") for key in self.KEY_PAGES}
        keys = dict(
            Page.objects.filter(pk__in=[pk for pk in chosen.values() if pk]).values_list(
                "pk", "translation_key"
            )
        )
        if not keys:
            return {}
        found = {
            page.translation_key: page
            for page in public_in_every_language(
                Page.objects.live().filter(locale_id=locale_id, translation_key__in=keys.values())
            )
        }
        return {
            key: found[keys[pk]] for key, pk in chosen.items() if pk in keys and keys[pk] in found
        }

    @classmethod
    def for_request(cls, request):
        """Wagtail's lookup, kept with the content generation: every page
        reads the settings, and saving them replaces the generation."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            found = kept(f"site-settings:{getattr(site, 'pk', None)}", lambda: cls.for_site(site))
            found._request = request
            setattr(request, attr_name, found)
        return getattr(request, attr_name)
