"""Two app servers behind nginx (behind Varnish) share everything a visitor or
an editor sees: sessions, uploaded images, published pages and the form rate
limit. Varnish itself: test_varnish.py."""

import io
import re
import secrets

import pytest
import requests
from PIL import Image

from tests.cluster.stack import ROOT, Visitor
from tests.html_forms import form_data, with_values

pytestmark = pytest.mark.cluster

MEDIA_ROOT = ROOT / "media"  # MEDIA_ROOT unset: BASE_DIR/media


def snapshot(folder):
    """Every file under a folder with its size and modification time."""
    if not folder.exists():
        return None
    return {
        str(path): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_every_server_is_live_and_ready(cluster):
    visitor = Visitor(cluster)
    for server in ["A", "B", cluster.nginx, cluster.lb]:
        assert visitor.get(server, "/healthz").json() == {"status": "ok"}
        ready = visitor.get(server, "/readyz")
        assert ready.status_code == 200
        assert ready.json()["checks"] == {"database": "ok", "cache": "ok", "storage": "ok"}
    # Probes answer whatever Host they are sent, as an orchestrator's would be.
    for url in cluster.servers.values():
        for path in ["/healthz", "/readyz"]:
            probe = requests.get(url + path, headers={"Host": "10.0.0.7:8001"}, timeout=5)
            assert probe.status_code == 200


def test_the_load_balancer_uses_both_app_servers(cluster):
    # Straight to nginx: through Varnish, a cached page names the server that
    # answered first.
    visitor = Visitor(cluster)
    upstreams = set()
    for _ in range(6):
        response = visitor.get(cluster.nginx, "/")
        assert response.status_code == 200
        assert "Human Rights Cities Network" in response.text
        upstreams.add(response.headers["X-Upstream"])
    assert upstreams == {"127.0.0.1:8001", "127.0.0.1:8002"}


def test_a_session_made_on_a_is_valid_on_b(cluster, editor_on_a):
    # Only the session cookie travels, as it would between two servers.
    on_b = Visitor(cluster, cookies={"sessionid": editor_on_a.session.cookies["sessionid"]})
    dashboard = on_b.get("B", "/admin/", allow_redirects=False)
    assert dashboard.status_code == 200
    assert "Dashboard" in dashboard.text
    assert Visitor(cluster).get("B", "/admin/", allow_redirects=False).status_code == 302


def test_an_image_uploaded_on_a_is_shown_by_b_from_the_bucket(cluster, editor_on_a, editor_on_b):
    media_before = snapshot(MEDIA_ROOT)
    token = secrets.token_hex(4)
    title, file_name = f"Cluster image {token}", f"cluster_{token}"
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(picture, "PNG")
    form = form_data(editor_on_a.get("A", "/admin/images/add/").text, containing="title")

    uploaded = editor_on_a.post(
        "A",
        "/admin/images/add/",
        with_values(form, {"title": title}),
        files={"file": (f"{file_name}.png", picture.getvalue(), "image/png")},
    )
    assert uploaded.status_code == 302, "the upload form was refused"

    listing = editor_on_b.get("B", "/admin/images/", params={"q": title}).text
    link = re.search(rf'title="{title}" href="/admin/images/(\d+)/', listing)
    assert link, "B's image listing does not show the new image"
    thumbnail = re.search(
        rf'src="({re.escape(cluster.site_url)}/media/images/{file_name}[^"]+)"', listing
    )
    assert thumbnail, "B's image listing shows no rendition of the new image"
    rendition = Visitor(cluster).get(cluster.lb, thumbnail.group(1).removeprefix(cluster.site_url))
    assert rendition.status_code == 200
    assert rendition.headers["Content-Type"] == "image/png"
    assert rendition.headers["X-Upstream"] == "127.0.0.1:9000"  # the bucket, not an app server
    assert Image.open(io.BytesIO(rendition.content)).size == (64, 48)

    details = Visitor(cluster).get(cluster.lb, f"/api/v2/images/{link.group(1)}/").json()
    original_url = details["meta"]["download_url"]
    assert original_url.startswith(f"{cluster.site_url}/media/original_images/")
    original = Visitor(cluster).get(cluster.lb, original_url.removeprefix(cluster.site_url))
    assert original.status_code == 200
    assert original.headers["Content-Type"] == "image/png"
    assert original.content == picture.getvalue()

    assert snapshot(MEDIA_ROOT) == media_before, "an app server wrote the upload to local disk"


def test_a_page_published_on_a_is_live_on_b(cluster, editor_on_a):
    homes = Visitor(cluster).get(cluster.lb, "/api/v2/pages/?type=home.HomePage&locale=en").json()
    home_id = homes["items"][0]["id"]
    add_path = f"/admin/pages/add/home/standardpage/{home_id}/"
    form = form_data(editor_on_a.get("A", add_path).text, containing="title")
    slug = f"cluster-{secrets.token_hex(4)}"
    title = f"Published through A ({slug})"

    published = editor_on_a.post(
        "A",
        add_path,
        with_values(form, {"title": title, "slug": slug, "action-publish": "action-publish"}),
    )
    assert published.status_code == 302, "the page form was refused"

    page = Visitor(cluster).get("B", f"/{slug}/")
    assert page.status_code == 200
    assert title in page.text


def test_the_form_rate_limit_holds_across_servers(cluster):
    limit = int(cluster.settings["HRCN_FORM_RATE_LIMIT"])
    visitor = Visitor(cluster)

    def send(server):
        form = form_data(visitor.get(server, "/contact/").text, containing="consent")
        answers = {
            name: "visitor@example.org" if "mail" in name else "A message from the cluster test"
            for name, value in form
            if not value and name != "hrcn_hp"
        }
        return visitor.post(server, "/contact/", with_values(form, {**answers, "consent": "on"}))

    servers = ["A", "B"]
    for number in range(limit):
        response = send(servers[number % 2])
        assert response.status_code == 200
        assert "Thank you for writing" in response.text
    for server in servers:
        refused = send(server)
        assert refused.status_code == 429, f"server {server} accepted post {limit + 1}"
        assert "Too many messages" in refused.text
