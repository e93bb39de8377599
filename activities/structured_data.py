"""schema.org `Event` data for an activity page, as a dict that
`ActivityPage.structured_data` adds to the page's JSON-LD."""

from django.templatetags.static import static

from home.models import SiteSettings
from home.public_url import absolute_url, page_url
from home.schema_org import share_image

SCHEMA = "https://schema.org"
ATTENDANCE_MODES = {
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "in_person": f"{SCHEMA}/OfflineEventAttendanceMode",
    "hybrid": f"{SCHEMA}/MixedEventAttendanceMode",
}


def schema_date(activity, moment):
    """A schema.org DateTime with its offset, or a Date when the time is not
    known. Only called for activities known at least to the day."""
    if activity.time_is_confirmed:
        return moment.isoformat()
    return moment.date().isoformat()


def organisation_data(organisation):
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def person_data(person):
    data = {"@type": "Person", "name": person.name}
    if person.role:
        data["jobTitle"] = person.role
    if person.organisation:
        data["affiliation"] = {"@type": "Organization", "name": person.organisation}
    return data


def location_data(activity):
    places = []
    if activity.has_venue:
        address = {
            "@type": "PostalAddress",
            "streetAddress": activity.venue_address,
            "addressLocality": activity.venue_city,
            "addressCountry": activity.venue_country,
        }
        if activity.venue_postal_code:
            address["postalCode"] = activity.venue_postal_code
        places.append({"@type": "Place", "name": activity.venue_name, "address": address})
    if activity.is_online:
        # Only the real join link: the event page is not where one attends.
        virtual = {"@type": "VirtualLocation"}
        if activity.online_url:
            virtual["url"] = activity.online_url
        places.append(virtual)
    return places[0] if len(places) == 1 else places


def end_date(activity):
    if activity.end:
        return schema_date(activity, activity.local_end)
    if not activity.time_is_confirmed:
        # Known to the day: it ends that day.
        return schema_date(activity, activity.local_start)
    return None


def image_url(activity, site_settings):
    rendition = share_image(activity, site_settings)
    return absolute_url(rendition.url if rendition else static("img/share-default.png"))


def event_json_ld(activity, request):
    """None for an activity known only to the month: schema.org has no valid
    value for its startDate ("2023-12" is not a Date), and an Event without
    one is invalid, so the page describes none."""
    if not activity.day_is_known:
        return None
    # An alias (an untranslated copy) is described on its source's one URL.
    url = page_url(activity.canonical_page, request)
    site_settings = SiteSettings.for_request(request)
    # Without a named organiser the network organised it; partners co-organise.
    organisers = [organisation_data(o) for o in activity.organisers]
    if not organisers:
        organisers = [
            {
                "@type": "Organization",
                "name": site_settings.organisation_name,
                "url": absolute_url(activity.get_site().root_page.get_url(request)),
            }
        ]
    organisers += [organisation_data(o) for o in activity.partners]
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": activity.title,
        "description": activity.summary,
        "url": url,
        "image": [image_url(activity, site_settings)],
        "startDate": schema_date(activity, activity.local_start),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[activity.attendance_mode],
        "location": location_data(activity),
        "organizer": organisers if len(organisers) > 1 else organisers[0],
    }
    if end_date(activity):
        data["endDate"] = end_date(activity)
    if activity.speakers:
        data["performer"] = [person_data(person) for person in activity.speakers]
    if activity.languages:
        data["inLanguage"] = activity.languages
    if activity.activity_type:
        data["keywords"] = activity.activity_type.name
    return data
