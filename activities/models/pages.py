"""One page per activity: when and where, who takes part, and afterwards
its recording, documents and outcomes."""

from rest_framework import serializers

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from activities.blocks import ActivityStreamBlock
from activities.choices import (
    DEFAULT_TIME_ZONE,
    AttendanceMode,
    DatePrecision,
    OrganisationRole,
    ParticipantRole,
)
from activities.dates import (
    format_date,
    format_when,
    get_zone,
    machine_date,
    validate_time_zone,
)
from activities.forms import ActivityPageForm
from activities.models.querysets import ActivityPageManager
from activities.serializers import MemberCityLinkSerializer
from home.blocks import RICH_TEXT_FEATURES
from home.caching import kept_for_page
from home.choices import EULanguage
from home.models import BasePage
from home.privacy import public_in_every_language
from home.routing import ancestors_of
from people.serializers import OrganisationSerializer, PersonSerializer
from taxonomy.models import TaggingMixin


class ActivityPage(TaggingMixin, RoutablePageMixin, BasePage):
    """One panel, webinar, round table or workshop: when and where, who took
    part, and afterwards its recording, documents and outcomes."""

    # Read by every view of the page (home.routing loads it with the page).
    serve_select_related = ("activity_type",)

    activity_type = models.ForeignKey(
        "activities.ActivityType",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The format. Staff add formats under Snippets → Activity types."),
    )
    summary = models.TextField(
        max_length=600,
        help_text=_("Two or three sentences: what the activity is about. Used in calendars too."),
    )
    occasion = models.CharField(
        max_length=160,
        blank=True,
        help_text=_("What the activity marks, e.g. International Human Rights Day."),
    )

    start = models.DateTimeField(help_text=_("When it starts, in the activity's time zone."))
    end = models.DateTimeField(
        null=True, blank=True, help_text=_("When it ends, in the activity's time zone.")
    )
    time_zone = models.CharField(
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Start and end are entered and shown in this zone."),
    )
    date_precision = models.CharField(
        max_length=20,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY_AND_TIME,
        verbose_name=_("date known to"),
        help_text=_(
            "How well the date is known. With the day only, or the month only, enter the "
            "first possible moment: the site shows no more than you choose here, and "
            'says "to be confirmed" while the activity is upcoming.'
        ),
    )

    attendance_mode = models.CharField(
        max_length=20, choices=AttendanceMode.choices, default=AttendanceMode.ONLINE
    )
    online_url = models.URLField(
        blank=True,
        verbose_name=_("online URL"),
        help_text=_("Where to join online. Leave empty if it is sent after registration."),
    )
    venue_name = models.CharField(max_length=160, blank=True, help_text=_("e.g. City Hall."))
    venue_address = models.CharField(max_length=255, blank=True, help_text=_("Street and number."))
    venue_postal_code = models.CharField(
        max_length=20, blank=True, verbose_name=_("postal code"), help_text=_("e.g. 8010.")
    )
    venue_city = models.CharField(max_length=100, blank=True)
    venue_country = models.CharField(max_length=100, blank=True)
    languages = models.JSONField(
        default=list, blank=True, help_text=_("The languages the activity is held in.")
    )
    registration_url = models.URLField(
        blank=True,
        verbose_name=_("registration URL"),
        help_text=_("Where to register. Shown while the activity is upcoming."),
    )

    body = StreamField(ActivityStreamBlock(), blank=True)
    youth_areas = ParentalManyToManyField(
        "activities.YouthArea",
        blank=True,
        related_name="activities",
        verbose_name=_("EU Youth Strategy areas"),
    )

    recording_url = models.URLField(
        blank=True,
        verbose_name=_("recording URL"),
        help_text=_(
            "The recording's address, e.g. on YouTube or Vimeo. Visitors load the player "
            "only when they choose to."
        ),
    )
    recording_transcript = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Captions or a transcript of the recording, for people who cannot watch it."),
    )
    outcomes = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What came out of the activity: conclusions, commitments, next steps."),
    )

    objects = ActivityPageManager()
    base_form_class = ActivityPageForm

    content_panels = Page.content_panels + [
        FieldPanel("activity_type"),
        FieldPanel("summary"),
        FieldPanel("occasion"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldPanel("date_precision", widget=forms.RadioSelect),
            ],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode", widget=forms.RadioSelect),
                FieldPanel("online_url"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel(
                    [
                        FieldPanel("venue_postal_code"),
                        FieldPanel("venue_city"),
                        FieldPanel("venue_country"),
                    ]
                ),
                FieldPanel("languages"),
                FieldPanel("registration_url"),
            ],
            heading=_("Where and how to take part"),
        ),
        FieldPanel("body"),
        MultipleChooserPanel(
            "participants", chooser_field_name="person", heading=_("Speakers and moderators")
        ),
        MultipleChooserPanel(
            "organisations", chooser_field_name="organisation", heading=_("Organisers and partners")
        ),
        MultipleChooserPanel(
            "member_cities", chooser_field_name="city", heading=_("Member cities taking part")
        ),
        *TaggingMixin.tagging_panels,
        FieldPanel("youth_areas", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("recording_transcript")],
            heading=_("Recording"),
        ),
        MultipleChooserPanel("documents", chooser_field_name="document", heading=_("Documents")),
        FieldPanel("outcomes"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("occasion"),
        index.SearchField("body"),
        index.SearchField("outcomes"),
        index.FilterField("start"),
    ]

    api_fields = [
        *(
            APIField(name)
            for name in (
                "summary",
                "start",
                "end",
                "time_zone",
                "date_precision",
                "attendance_mode",
                "venue_name",
                "venue_address",
                "venue_postal_code",
                "venue_city",
                "venue_country",
                "languages",
                "registration_url",
                "recording_url",
            )
        ),
        APIField(
            "activity_type",
            serializer=serializers.SlugRelatedField(slug_field="name", read_only=True),
        ),
        *TaggingMixin.tagging_api_fields,
        APIField("speakers", serializer=PersonSerializer(many=True, read_only=True)),
        APIField("organisers", serializer=OrganisationSerializer(many=True, read_only=True)),
        APIField("member_cities", serializer=MemberCityLinkSerializer(many=True, read_only=True)),
    ]

    parent_page_types = ["activities.ActivityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must not be before the start.")
        if self.attendance_mode in (AttendanceMode.IN_PERSON, AttendanceMode.HYBRID):
            message = _("Needed for an activity held in person or hybrid.")
            for field in ("venue_name", "venue_address", "venue_city", "venue_country"):
                if not getattr(self, field).strip():
                    errors[field] = message
        known = set(EULanguage.values)
        if not isinstance(self.languages, list) or not set(self.languages) <= known:
            errors["languages"] = _("Choose languages from the list.")
        if errors:
            raise ValidationError(errors)

    # Time and status

    @property
    def zone(self):
        return get_zone(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone) if self.end else None

    @property
    def when(self):
        """e.g. "10 December 2023, 14:00–15:30 CET", in the activity's zone;
        "December 2023" for a past activity known only to the month."""
        return format_when(
            self.start,
            self.end,
            self.zone,
            precision=self.date_precision,
            to_be_confirmed=self.is_upcoming,
        )

    @property
    def date_label(self):
        """The date without times, as precise as it is known: "10 December
        2023" or "December 2023"."""
        return format_date(self.local_start, self.date_precision)

    @property
    def machine_date(self):
        """The start for `<time datetime>`, as precise as it is known:
        "2023-12", "2023-12-10" or a full ISO 8601 date and time."""
        return machine_date(self.local_start, self.date_precision)

    @property
    def card_meta(self):
        """The line under a listing card's summary: when, and how to take part."""
        return f"{self.when} · {self.get_attendance_mode_display()}"

    @property
    def time_is_confirmed(self):
        return self.date_precision == DatePrecision.DAY_AND_TIME

    @property
    def day_is_known(self):
        return self.date_precision != DatePrecision.MONTH

    @property
    def finishes_at(self):
        return self.end or self.start

    @property
    def is_upcoming(self):
        """Upcoming until it ends (by its start when it has no end); the same
        rule as `ActivityPageQuerySet.with_schedule`."""
        return self.finishes_at >= timezone.now()

    @property
    def is_running(self):
        return self.start <= timezone.now() <= self.finishes_at

    # Place

    @property
    def is_online(self):
        return self.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.HYBRID)

    @property
    def has_venue(self):
        return self.attendance_mode in (AttendanceMode.IN_PERSON, AttendanceMode.HYBRID)

    @property
    def venue_lines(self):
        city = " ".join(part for part in (self.venue_postal_code, self.venue_city) if part)
        parts = [self.venue_name, self.venue_address, city, self.venue_country]
        return [part for part in parts if part] if self.has_venue else []

    @property
    def location_text(self):
        """One line for calendars: the venue, else the online link."""
        if self.venue_lines:
            return ", ".join(self.venue_lines)
        return self.online_url

    @property
    def language_names(self):
        names = dict(EULanguage.choices)
        return [str(names[code]) for code in self.languages if code in names]

    # People, organisations, cities and documents, in the editors' order: for
    # a published page, kept with the content generation (home.caching).

    @cached_property
    def _links(self):
        return kept_for_page(
            self,
            "links",
            lambda: {
                "participants": list(self.participants.select_related("person__photo")),
                "organisations": list(self.organisations.select_related("organisation")),
                "cities": list(self.member_cities.select_related("city")),
                "documents": list(self.documents.select_related("document")),
            },
        )

    @property
    def _participants(self):
        return self._links["participants"]

    @property
    def speakers(self):
        return [p.person for p in self._participants if p.role == ParticipantRole.SPEAKER]

    @property
    def moderators(self):
        return [p.person for p in self._participants if p.role == ParticipantRole.MODERATOR]

    @property
    def _organisations(self):
        return self._links["organisations"]

    @property
    def organisers(self):
        return [o.organisation for o in self._organisations if o.role == OrganisationRole.ORGANISER]

    @property
    def partners(self):
        return [o.organisation for o in self._organisations if o.role == OrganisationRole.PARTNER]

    @property
    def city_links(self):
        return self._links["cities"]

    @property
    def document_links(self):
        return self._links["documents"]

    @property
    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_page"] = ancestors_of(self)[-1].specific
        context["related_resources"] = public_in_every_language(
            self.related_resources.live().filter(locale_id=self.locale_id).order_by("title")
        )
        return context

    def structured_data(self, request):
        from activities.structured_data import event_json_ld

        event = event_json_ld(self, request)
        return [*super().structured_data(request), *([event] if event else [])]

    @path("calendar/", name="calendar")
    def calendar_file(self, request):
        from activities.calendar import calendar_response

        return calendar_response(
            request, [self], name=self.title, filename=f"{self.slug}.ics", download=True
        )
