"""The resource library's filters (the pattern: taxonomy/listing.py)."""

from django.utils.translation import gettext_lazy as _

from home.choices import EULanguage
from people.models import Organisation
from resources.models import ResourceFile, ResourceType
from taxonomy.listing import KnownChoiceFilter, ListingFilterSet
from taxonomy.models import charter_titles_in_order


class ResourceFilterSet(ListingFilterSet):
    type = KnownChoiceFilter(label=_("Type"), field_name="resource_type__slug")
    topic = KnownChoiceFilter(label=_("Topic"), field_name="topics__slug")
    charter = KnownChoiceFilter(label=_("Charter title"), field_name="charter_titles__code")
    city = KnownChoiceFilter(label=_("City"), field_name="related_cities__slug")
    author = KnownChoiceFilter(label=_("Author"), field_name="authors__pk")
    language = KnownChoiceFilter(label=_("Language"), field_name="files__language")
    year = KnownChoiceFilter(label=_("Year"), field_name="year")

    def choices(self):
        ids = self.queryset.values("pk")
        languages = (
            ResourceFile.objects.filter(page__in=ids)
            .values_list("language", flat=True)
            .distinct()
            .order_by("language")
        )
        years = set(self.queryset.exclude(year=None).values_list("year", flat=True))
        return {
            "type": [
                (kind.slug, kind.name)
                for kind in ResourceType.objects.filter(locale_id=self.page.locale_id)
            ],
            "topic": self.topics(),
            "charter": [
                (title.code, f"{title.number}. {title.name}") for title in charter_titles_in_order()
            ],
            "city": self.linked_pages("related_cities"),
            "author": [
                (str(organisation.pk), organisation.name)
                for organisation in Organisation.objects.filter(authored_resources__in=ids)
                .distinct()
                .order_by("name")
            ],
            "language": [(code, EULanguage(code).label) for code in languages],
            "year": [(str(year), year) for year in sorted(years, reverse=True)],
        }
