"""How the read API (`/api/v2/pages/`) shows an activity's people,
organisations and member cities: names and links, not database rows."""

from rest_framework import serializers


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()
    organisation = serializers.CharField()


class OrganisationSerializer(serializers.Serializer):
    name = serializers.CharField()
    website = serializers.URLField()


class MemberCityLinkSerializer(serializers.Serializer):
    """An `ActivityMemberCity` row as the city's page id and title."""

    id = serializers.IntegerField(source="city_id")
    title = serializers.CharField(source="city.title")
