"""Site-wide values that staff edit in Settings → Site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site

from home.caching import kept
from home.choices import SocialPlatform


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
            [FieldPanel("footer_links"), FieldPanel("social_links")],
            heading=_("Footer"),
        ),
        FieldPanel("not_found_text"),
    ]

    class Meta:
        verbose_name = _("site settings")

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
