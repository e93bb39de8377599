"""StreamField blocks shared by every app.

Each block renders through one template named after it in
`templates/blocks/`. Apps import what they need from here and add their own
blocks in their own `blocks.py`.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from home.locales import localized
from home.validation import one_of

HEADING_LEVELS = [("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))]

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class LinkStructValue(blocks.StructValue):
    """Resolves a link that points either at a page or at a URL. A page link
    follows the visitor's language: it goes to the page's translation (or
    its alias in the synchronised tree) in the active locale."""

    @cached_property
    def target_page(self):
        page = self.get("page")
        return localized(page) if page else None

    @property
    def url(self):
        if self.target_page:
            return self.target_page.url
        return self.get("external_url") or ""

    @property
    def text(self):
        page = self.target_page
        return self.get("link_text") or (page.title if page else self.get("external_url"))


class LinkBlock(blocks.StructBlock):
    """A link to one page of the site or one external address, never both."""

    page = blocks.PageChooserBlock(required=False, help_text=_("A page of this site."))
    external_url = blocks.URLBlock(
        required=False, label=_("External URL"), help_text=_("Or an address on another site.")
    )
    link_text = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("Says where the link goes. Defaults to the page title."),
    )

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        errors = one_of(
            {"page": value.get("page"), "external_url": value.get("external_url")},
            both=_("Choose a page or enter a URL, not both."),
            neither=_("Choose a page or enter a URL."),
        )
        if errors:
            raise StructBlockValidationError(
                {name: ValidationError(message) for name, message in errors.items()}
            )
        if value.get("external_url") and not value.get("link_text"):
            raise StructBlockValidationError(
                {"link_text": ValidationError(_("Say where an external link goes."))}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=160, help_text=_("The heading text."))
    level = blocks.ChoiceBlock(
        choices=HEADING_LEVELS,
        default="h2",
        help_text=_("Keep the outline: a level 3 heading follows a level 2 heading."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A section heading")
        preview_value = {"text": "Our strategic objectives", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(help_text=_("Alt text is required unless the image is decorative."))
    caption = blocks.CharBlock(required=False, max_length=250)
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Photographer or source, if needed.")
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("An image with alt text and an optional caption")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with its source")
        preview_value = {
            "quote": "Human rights begin in the places closest to home.",
            "attribution": "Example attribution",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences."))
    link = LinkBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A short invitation with one link")
        preview_value = {
            "heading": "Join the network",
            "text": "Bring your city's experience to other human rights cities.",
            "link": {"external_url": "https://example.org/", "link_text": "How to join"},
        }


class MediaEmbedBlock(blocks.StructBlock):
    """A video or audio hosted elsewhere, shown as a link so that no
    third-party request leaves a visitor's browser until they choose to."""

    title = blocks.CharBlock(max_length=160, help_text=_("What the recording is."))
    url = EmbedBlock(help_text=_("Address of the video or audio, e.g. a YouTube or Vimeo link."))
    transcript = blocks.RichTextBlock(
        required=False, features=RICH_TEXT_FEATURES, help_text=_("A transcript or summary.")
    )

    class Meta:
        icon = "media"
        template = "blocks/media_embed_block.html"
        description = _("A recording hosted on another site")


class DocumentLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_links_block.html"
        description = _("A list of documents to download")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of a standard page."""

    heading = HeadingBlock(group=_("Text"))
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        group=_("Text"),
        template="blocks/paragraph_block.html",
        icon="pilcrow",
    )
    quote = QuoteBlock(group=_("Text"))
    image = CaptionedImageBlock(group=_("Media"))
    embed = MediaEmbedBlock(group=_("Media"))
    documents = DocumentLinksBlock(group=_("Media"))
    table = TableBlock(
        group=_("Data"),
        template="blocks/table_block.html",
        help_text=_("Give the table a caption and mark its header row or column."),
    )
    call_to_action = CallToActionBlock(group=_("Links"))
