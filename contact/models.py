"""Form pages built with Wagtail's form builder: contact, and the application
to join the network. Submissions are stored, e-mailed to staff and deleted
after the retention period staff set (`purge_form_submissions`); a rate limit
per client turns away floods (`contact.ratelimit`)."""

from datetime import timedelta

from django.core.validators import MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from contact.forms import ProtectedFormBuilder
from contact.ratelimit import allow_submission, client_key
from home.models import BasePage

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class FormField(AbstractFormField):
    page = ParentalKey("contact.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class SubmissionOrigin(models.Model):
    """Which client sent a stored submission, as the keyed hash of its address
    (never the address): what the rate limit counts when the cache is down.
    Deleted with its submission.

    A table of its own rather than a custom submission model, so that the
    submissions stay where Wagtail keeps them and a release rolling out over
    several servers never writes them to two places."""

    submission = models.OneToOneField(
        FormSubmission, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    client_key = models.CharField(max_length=64, db_index=True)

    def __str__(self):
        return f"{self.client_key[:8]}… sent submission {self.submission_id}"

    @classmethod
    def count_since(cls, client_key, since):
        return cls.objects.filter(client_key=client_key, submission__submit_time__gte=since).count()


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
        # Wagtail's serve(), with the rate limit between a valid form and its
        # submission: only valid submissions count, and a client over the
        # limit gets the form back with what they typed.
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        key = client_key(request)
        form = self.get_form(
            request.POST, request.FILES, page=self, user=request.user, client_key=key
        )
        status = 200
        if form.is_valid():
            if allow_submission(key, SubmissionOrigin.count_since):
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(
                None,
                _("Too many messages have come from your connection. Please try again later."),
            )
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        # As Wagtail's, plus the sender's key, stored before the e-mail goes.
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        if form.client_key:
            SubmissionOrigin.objects.create(submission=submission, client_key=form.client_key)
        if self.to_address:
            self.send_mail(form)
        return submission

    def get_submissions_list_view_class(self):
        # Wagtail's admin views cannot be imported while models load (they
        # need the app registry); Wagtail imports its own default here too.
        from contact.views import SafeSubmissionsListView

        return SafeSubmissionsListView

    def expired_submissions(self, now=None):
        cutoff = (now or timezone.now()) - timedelta(days=self.retention_days)
        return self.get_submissions().filter(submit_time__lt=cutoff)
