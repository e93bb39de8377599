"""Starter forms: contact, and the application to join the network.

Submissions go to the contact address in the site settings; while that is
empty they are stored only, and the loader says so.
"""

from contact.models import FormField, FormPage
from home.models import SiteSettings
from home.starter import choose_key_page, ensure_child_page

CONTACT = {
    "title": "Contact",
    "show_in_menus": True,
    "search_description": "Write to the Human Rights Cities Network.",
    "introduction": (
        "<p>Questions about the network, a human rights city, an event or a "
        "publication? Write to us with this form.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you for writing. Your message has reached the network's team, who "
        "will answer you by e-mail.</p>"
    ),
    "subject": "Message from the website",
}
CONTACT_FIELDS = [
    ("Your name", "singleline", True, ""),
    ("Your e-mail address", "email", True, "We use it only to answer you."),
    ("Organisation or city", "singleline", False, ""),
    ("Your message", "multiline", True, ""),
]

JOIN = {
    "title": "Join the network",
    "search_description": "Apply for your city to join the Human Rights Cities Network.",
    "introduction": (
        "<p>The network brings together European cities that want to make human "
        "rights real for everyone who lives in them. Tell us about your city and "
        "why it wants to join.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you for your application. The network's team will read it and "
        "contact you by e-mail about the next steps.</p>"
    ),
    "subject": "Application to join the network",
}
JOIN_FIELDS = [
    ("City", "singleline", True, ""),
    ("Country", "singleline", True, ""),
    ("Contact person", "singleline", True, "Name and role in the city administration."),
    ("E-mail address", "email", True, ""),
    ("Why does your city want to join?", "multiline", True, ""),
    ("Human rights work your city already does", "multiline", False, ""),
]


def form_fields(rows):
    return [
        FormField(
            label=label, field_type=kind, required=required, help_text=help_text, sort_order=i
        )
        for i, (label, kind, required, help_text) in enumerate(rows)
    ]


def load(home, stdout):
    site_settings = SiteSettings.for_site(home.get_site())
    privacy = home.get_children().filter(slug="privacy").first()
    for slug, data, rows in [("contact", CONTACT, CONTACT_FIELDS), ("join", JOIN, JOIN_FIELDS)]:
        page, created = ensure_child_page(
            home,
            FormPage,
            slug,
            form_fields=form_fields(rows),
            privacy_page=privacy,
            to_address=site_settings.contact_email,
            **data,
        )
        stdout.write(f"{'created' if created else 'kept   '}  form /{slug}/")
        choose_key_page(site_settings, slug, page)
        if created and not page.to_address:
            stdout.write(
                f"         /{slug}/ stores submissions; add a staff address to e-mail them."
            )
