import pytest

from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import CallToActionBlock, LinkBlock

pytestmark = pytest.mark.django_db


def test_link_needs_a_page_or_a_url():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": None, "external_url": "", "link_text": ""}))
    assert "Choose a page or enter a URL" in str(error.value.block_errors["page"])


def test_link_takes_a_page_or_a_url_not_both(home_page):
    block = LinkBlock()
    value = block.to_python(
        {"page": home_page.pk, "external_url": "https://example.org/", "link_text": "x"}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "not both" in str(error.value.block_errors["external_url"])


def test_external_link_needs_its_text():
    block = LinkBlock()
    value = block.to_python({"page": None, "external_url": "https://example.org/", "link_text": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "link_text" in error.value.block_errors


def test_call_to_action_renders_the_page_link(home_page):
    block = CallToActionBlock()
    value = block.to_python(
        {
            "heading": "Join us",
            "text": "",
            "link": {"page": home_page.pk, "external_url": "", "link_text": ""},
        }
    )
    html = block.render(value)
    assert '<h2 class="call-to-action__heading">Join us</h2>' in html
    assert 'href="/"' in html and ">Home</a>" in html


def test_a_recording_in_a_body_is_the_click_to_load_player(client, home_page):
    about = home_page.get_children().get(slug="about").specific
    about.body = [
        {
            "type": "embed",
            "value": {
                "title": "Opening panel",
                "url": "https://www.youtube.com/watch?v=abcDEF12345",
                "transcript": "<p>Welcome to the network.</p>",
            },
        }
    ]
    about.save_revision().publish()
    html = client.get("/about/").content.decode()
    assert 'data-recording-embed="https://www.youtube-nocookie.com/embed/abcDEF12345' in html
    assert "Play here (loads the YouTube player)" in html
    assert 'href="https://www.youtube.com/watch?v=abcDEF12345"' in html
    assert "<iframe" not in html  # nothing from the host until the visitor asks
    assert 'src="/static/js/recording-embed.js"' in html
    assert "Welcome to the network." in html
