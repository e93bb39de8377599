"""Blocks for an activity's body: every shared body block, plus an agenda."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import BodyStreamBlock


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(
        required=False, max_length=40, help_text=_("e.g. 14:00 or 14:00–14:20, local time.")
    )
    title = blocks.CharBlock(max_length=160, help_text=_("What happens, e.g. Opening words."))
    description = blocks.TextBlock(required=False, help_text=_("Who speaks, or a sentence more."))

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaBlock(blocks.StructBlock):
    """The programme of an activity, item by item."""

    heading = blocks.CharBlock(max_length=120, default=_("Programme"))
    items = blocks.ListBlock(AgendaItemBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/agenda_block.html"
        description = _("The programme of the activity, item by item")
        preview_value = {
            "heading": "Programme",
            "items": [
                {"time": "14:00", "title": "Welcome", "description": ""},
                {"time": "14:10", "title": "Panel discussion", "description": "With the speakers."},
                {"time": "15:15", "title": "Questions from the audience", "description": ""},
            ],
        }


class ActivityStreamBlock(BodyStreamBlock):
    """The body of an activity page: the shared blocks and an agenda."""

    agenda = AgendaBlock(group=_("Events"))
