"""How the read API (`/api/v2/pages/`) shows an activity's member cities."""

from rest_framework import serializers


class MemberCityLinkSerializer(serializers.Serializer):
    """An `ActivityMemberCity` row as the city's page id and title."""

    id = serializers.IntegerField(source="city_id")
    title = serializers.CharField(source="city.title")
