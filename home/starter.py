"""Helpers that make starter content idempotent: a page is created once, found
by its slug under its parent afterwards, and never overwritten."""

from django.conf import settings

from wagtail.models import Locale, Page, Site

from home.public_url import site_record_address


def ensure_locales():
    """Every language in settings has a Wagtail locale."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_home_page(model, **fields):
    """The English home page at the top of the tree, served by the default site.

    Replaces the placeholder page Wagtail's first migration creates, if it is
    still there untouched.
    """
    locale = Locale.get_default()
    existing = model.objects.filter(depth=2, locale=locale).first()
    if existing:
        return existing, False

    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    placeholder = (
        Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        )
        .filter(numchild=0)
        .first()
    )
    site = Site.objects.filter(is_default_site=True).first()
    if placeholder:
        placeholder.delete()

    home = model(slug="home", locale=locale, **fields)
    root.add_child(instance=home)
    home.save_revision().publish()

    if site is None:
        hostname, port = site_record_address()
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.site_name = "Human Rights Cities Network"
        site.save()
    return home, True


def ensure_child_page(parent, model, slug, **fields):
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def choose_key_page(site_settings, key, page):
    """Make `page` the site settings' `key` page ("join", "contact",
    "resources") unless staff have chosen one."""
    if getattr(site_settings, f"{key}_page_id") is None:
        setattr(site_settings, f"{key}_page", page)
        site_settings.save(update_fields=[f"{key}_page"])
