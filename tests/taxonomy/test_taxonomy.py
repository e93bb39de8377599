import pytest

from taxonomy.models import CharterTitle, Topic

pytestmark = pytest.mark.django_db


def test_the_six_charter_titles_with_their_articles():
    titles = sorted(CharterTitle.objects.all(), key=lambda title: title.sort_key)
    assert [str(title) for title in titles] == [
        "Dignity (Articles 1–5)",
        "Freedoms (Articles 6–19)",
        "Equality (Articles 20–26)",
        "Solidarity (Articles 27–38)",
        "Citizens' rights (Articles 39–46)",
        "Justice (Articles 47–50)",
    ]
    assert [title.number for title in titles] == ["I", "II", "III", "IV", "V", "VI"]


def test_starter_topics_are_english_and_unique_per_locale():
    topics = Topic.objects.filter(locale__language_code="en")
    assert topics.filter(slug="right-to-vote", name="The right to vote").exists()
    assert topics.count() == 6


def test_staff_manage_topics_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/taxonomy/topic/")
    assert response.status_code == 200
    assert "Participation and democracy" in response.content.decode()
