"""The network's starter content: home, about and the other standing pages.

Written in our own words from the facts the network has published about
itself (`shared/network-facts.md`). Nothing here is invented: where a fact is
missing (an address, a publisher), the text says it is an example that staff
replace in the admin.
"""

from home.models import FooterText, HomePage, SiteSettings, StandardPage, StrategicObjective
from home.starter import ensure_child_page, ensure_home_page

HOME = {
    "title": "Home",
    "seo_title": "Human Rights Cities Network (HRCN)",
    "search_description": (
        "A European network of cities working since 2019 to make human rights "
        "real at city level, for inclusive democracy and social justice."
    ),
    "hero_heading": "Making human rights real, city by city",
    "tagline": (
        "European cities putting human rights at the heart of local government, "
        "together since 2019."
    ),
    "hero_intro": (
        "The Human Rights Cities Network (HRCN) connects European cities that put "
        "human rights at the centre of local government. Since 2019 we have helped "
        "them learn from one another, so that rights hold where people actually "
        "live, and local democracy becomes more inclusive and more just."
    ),
    "mission": (
        "<p>We are building an information hub for human rights cities: one place "
        "where cities and their partners find each other, share what works, and "
        "help the human rights city idea reach more places.</p>"
    ),
    "vision": (
        "<p>Every resident of every city able to count on their human rights in "
        "daily life, and a participatory democracy and social justice that grow "
        "out of that.</p>"
    ),
    "objectives_heading": "Our five strategic objectives",
}

OBJECTIVES = [
    (
        "Connect institutions, research and cities",
        "Build working links between international institutions, universities and "
        "the people who run and shape cities.",
    ),
    (
        "Grow what is known about standards and practice",
        "Record how cities put human rights into practice, explain the standards of "
        "a human rights city, and report on new trends.",
    ),
    (
        "Make room for dialogue",
        "Host shared reflection that turns into methods, tools and guidelines cities can use.",
    ),
    (
        "Offer learning",
        "Provide specific expertise and services shaped to what each city needs.",
    ),
    (
        "Advocate from local to global",
        "Carry a human rights agenda from the town hall to European and global "
        "forums, and support the movement of human rights cities.",
    ),
]


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


ABOUT = {
    "title": "About the network",
    "slug": "about",
    "show_in_menus": True,
    "search_description": "Who the Human Rights Cities Network is, who its members are and how it works.",
    "introduction": (
        "The Human Rights Cities Network is a European network of cities that "
        "work to make human rights a lived reality at local level."
    ),
    "body": [
        heading("Who we are"),
        paragraph(
            "<p>The network was founded in 2019. Its member cities come from Austria, "
            "Belgium, Germany, the Netherlands, Sweden and other countries of the "
            "European Union. Beyond its members, it works with cities, civil society, "
            "universities and networks both inside and outside the EU.</p>"
        ),
        heading("Five years of work"),
        paragraph(
            "<p>From 2019 to 2024 the network pursued five strategic objectives: "
            "connecting international institutions, research and cities; widening "
            "knowledge of human rights city standards and practice; creating space for "
            "dialogue; offering learning; and advocating a human rights agenda from "
            "local to global level.</p>"
            "<p>Over those years it brought local, European and international actors "
            "together in round tables, workshops and webinars.</p>"
        ),
        heading("Working with the European Union"),
        paragraph(
            "<p>The network raises awareness of the Charter of Fundamental Rights of "
            "the European Union and works to improve how cities apply it. It belongs "
            "to the experts' group on human rights cities of the EU Agency for "
            "Fundamental Rights (FRA), and contributed to the agency's 2021 report "
            "<i>Human rights cities in the EU: a framework for reinforcing rights "
            "locally</i>.</p>"
            "<p>It also promotes the EU Youth Strategy and its three core areas, "
            "Engage, Connect and Empower, and works for an implementation that joins "
            "up the work of different sectors.</p>"
        ),
    ],
}

MISSION = {
    "title": "Mission and vision",
    "slug": "mission-and-vision",
    "show_in_menus": True,
    "search_description": "Why the Human Rights Cities Network exists and what it works towards.",
    "introduction": (
        "Our purpose is to make human rights real for everyone at city level, "
        "and through that to strengthen inclusive democracy and social justice."
    ),
    "body": [
        heading("Mission"),
        paragraph(
            "<p>We build an information hub for human rights cities, and help people "
            "connect so that more cities become human rights cities.</p>"
        ),
        heading("Vision"),
        paragraph(
            "<p>Human rights that are a reality for every resident in every city, "
            "bringing participatory democracy and social justice with them.</p>"
        ),
        heading("Strategic objectives"),
        paragraph(
            "<ol>"
            + "".join(f"<li><b>{title}.</b> {text}</li>" for title, text in OBJECTIVES)
            + "</ol>"
        ),
    ],
}

PRIVACY = {
    "title": "Privacy",
    "slug": "privacy",
    "search_description": "How this website handles personal data.",
    "introduction": (
        "Example text: staff replace this page with the network's own privacy "
        "notice, naming the data controller and how to reach them."
    ),
    "body": [
        heading("What this site does"),
        paragraph(
            "<p>Public pages set no tracking or advertising cookies and load nothing "
            "from other sites. Editors who sign in to the administration receive a "
            "session cookie that ends when they sign out.</p>"
        ),
        heading("What you send us"),
        paragraph(
            "<p>What you send through the contact and membership forms is stored so "
            "that staff can read and answer it, and deleted automatically after the "
            "period each form states (365 days unless staff set another). To stop "
            "abuse, a form counts submissions per sender using a keyed fingerprint "
            "of the sender's network address; the address itself is not stored, and "
            "the fingerprint is deleted with the submission.</p>"
        ),
    ],
}

IMPRINT = {
    "title": "Imprint",
    "slug": "imprint",
    "search_description": "Who publishes this website.",
    "introduction": (
        "Example text: staff replace this page with the publisher's legal name, "
        "address and representative."
    ),
    "body": [],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "slug": "accessibility",
    "search_description": (
        "How accessible this website is, how we test it, and how to tell us about a problem."
    ),
    "introduction": (
        "We want everyone to be able to use this website, whatever device, browser "
        "or assistive technology they use."
    ),
    "body": [
        heading("Our aim"),
        paragraph(
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
            "level AA. You should be able to reach every page and every control with a "
            "keyboard alone, zoom text to 400% without losing content, and use the site "
            "with a screen reader.</p>"
        ),
        heading("How we test"),
        paragraph(
            "<ul>"
            "<li>Every change to the site's code runs an automated check with axe-core "
            "in the Chromium browser, on every type of page, at phone and desktop "
            "widths. A change that introduces a WCAG A or AA failure the tool can "
            "detect is not published.</li>"
            "<li>The same tests walk the home page with the keyboard and check that the "
            "focus is always visible and that the menu opens and closes without a "
            "mouse.</li>"
            "<li>Editors see Wagtail's accessibility checker while they write, which "
            "flags missing headings, empty links and poor image descriptions.</li>"
            "</ul>"
            "<p>Automated tools find only part of the problems a person can meet. We "
            "have not yet had the site audited by an independent expert or tested by "
            "people who use assistive technology every day.</p>"
        ),
        heading("Known limitations"),
        paragraph(
            "<p>Documents that member cities publish, such as PDF reports, may not be "
            "accessible. Recordings of events may lack captions or transcripts; ask us "
            "and we will help.</p>"
        ),
        heading("Tell us about a problem"),
        paragraph(
            "<p>If something on this website is hard to use or you need information in "
            "another format, please write to us. Example contact details, for staff to "
            "replace: <b>accessibility@example.org</b>. We aim to reply within ten "
            "working days.</p>"
        ),
        heading("About this statement"),
        paragraph(
            "<p>Example text: staff replace this with the date the statement was last reviewed.</p>"
        ),
    ],
}

FOOTER_TEXT = "A European network of cities making human rights real at local level, since 2019."


def load(stdout):
    """Create what is missing; leave what exists, even if staff changed it."""
    home, created = ensure_home_page(
        HomePage,
        objectives=[
            StrategicObjective(title=title, description=text, sort_order=position)
            for position, (title, text) in enumerate(OBJECTIVES)
        ],
        **HOME,
    )
    report = [(home, created)]
    pages = {}
    for data in (ABOUT, MISSION, PRIVACY, IMPRINT, ACCESSIBILITY):
        page, created = ensure_child_page(home, StandardPage, **data)
        pages[data["slug"]] = page
        report.append((page, created))

    created_home = report[0][1]
    accessibility_created = report[-1][1]
    if created_home:
        home.call_to_action = [
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Get to know the network",
                    "text": "Who we are, where our members come from and how we work.",
                    "link": {"page": pages["about"].pk, "external_url": "", "link_text": ""},
                },
            }
        ]
        home.save_revision().publish()

    FooterText.objects.get_or_create(locale=home.locale, defaults={"text": FOOTER_TEXT})
    site_settings = SiteSettings.for_site(home.get_site())
    if not site_settings.footer_links:
        site_settings.footer_links = [
            {"type": "page", "value": pages["privacy"].pk},
            {"type": "page", "value": pages["imprint"].pk},
            {"type": "page", "value": pages["accessibility"].pk},
        ]
        site_settings.save()
    elif accessibility_created:
        # A site loaded before the statement existed: add its link, keep the rest.
        site_settings.footer_links.append(("page", pages["accessibility"]))
        site_settings.save()

    for page, created in report:
        stdout.write(f"{'created' if created else 'kept   '}  {page.url_path}  {page.title}")
    return home, created_home
