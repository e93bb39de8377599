"""How the read API (`/api/v2/pages/`) shows people and organisations that
pages point to: their names and links, not database rows."""

from rest_framework import serializers


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()
    organisation = serializers.CharField()


class OrganisationSerializer(serializers.Serializer):
    name = serializers.CharField()
    website = serializers.URLField()
