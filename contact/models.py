"""Form pages built with Wagtail's form builder: contact, and the application
to join the network. Submissions are stored, e-mailed to staff and deleted
after the retention period staff set (`purge_form_submissions`)."""

from datetime import timedelta

from django.core.validators import MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from contact.forms import ProtectedFormBuilder
from contact.ratelimit import allow_submission
from home.models import BasePage

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class FormField(AbstractFormField):
    page = ParentalKey("contact.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractEmailForm, BasePage):
    """A form staff build in the admin, e.g. Contact or Join the network."""

    http_methods = ("GET", "HEAD", "POST")

    introduction = RichTextField(
        features=TEXT_FEATURES, blank=True, help_text=_("What the form is for.")
    )
    thank_you_text = RichTextField(
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after sending: what happens next, and when."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The privacy page the consent checkbox links to."),
    )
    retention_days = models.PositiveIntegerField(
        default=365,
        validators=[MinValueValidator(1)],
        help_text=_("Submissions older than this many days are deleted."),
    )

    form_builder = ProtectedFormBuilder

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("retention_days")],
            heading=_("Privacy"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to staff"),
        ),
    ]
    promote_panels = BasePage.promote_panels
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    def serve(self, request, *args, **kwargs):
        # The form builder's own serve() does the rest; this only turns away
        # a client over the rate limit, keeping what they typed.
        if request.method == "POST" and not allow_submission(request):
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            form.is_valid()
            form.add_error(
                None,
                _("Too many messages have come from your connection. Please try again later."),
            )
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def expired_submissions(self, now=None):
        cutoff = (now or timezone.now()) - timedelta(days=self.retention_days)
        return self.get_submissions().filter(submit_time__lt=cutoff)
