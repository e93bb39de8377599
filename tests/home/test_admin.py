import pytest

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from activities.models import ActivityIndexPage
from contact.models import FormPage
from home.models import HomePage, StandardPage
from members.models import MemberIndexPage
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from taxonomy.models import TopicIndexPage


@pytest.mark.django_db
class TestEditorsCanBuildPages(WagtailPageTestCase):
    def setUp(self):
        # force_login: the login throttle (django-axes) wants a request to count.
        self.client.force_login(self.create_test_user())
        self.home = HomePage.objects.get(depth=2, locale__language_code="en")

    def test_page_tree_rules(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                MemberIndexPage,
                ActivityIndexPage,
                ResourceIndexPage,
                NewsIndexPage,
                TopicIndexPage,
                FormPage,
            },
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_editor_creates_a_standard_page_with_blocks(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Our partners",
                    "slug": "partners",
                    "introduction": "Who we work with.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Universities", "level": "h2"}),
                            ("paragraph", rich_text("<p>Research partners.</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="partners", locale__language_code="en")
        # The synchronised trees give the new page an alias in each other language.
        aliases = StandardPage.objects.filter(alias_of=page)
        self.assertEqual(
            sorted(aliases.values_list("locale__language_code", flat=True)),
            ["de", "fr", "nl", "sv"],
        )
        self.assertEqual(page.body[0].value["text"], "Universities")

    def test_every_page_renders(self):
        for page in [self.home, *StandardPage.objects.all()]:
            self.assertPageIsRenderable(page)


@pytest.mark.django_db
def test_site_settings_are_editable_in_the_admin(admin_client):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(f"/admin/settings/home/sitesettings/{site.pk}/")
    assert response.status_code == 200
    assert "Footer" in response.content.decode()
