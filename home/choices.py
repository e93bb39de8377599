from django.db import models
from django.utils.translation import gettext_lazy as _


class SocialPlatform(models.TextChoices):
    BLUESKY = "bluesky", "Bluesky"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    LINKEDIN = "linkedin", "LinkedIn"
    MASTODON = "mastodon", "Mastodon"
    YOUTUBE = "youtube", "YouTube"
    OTHER = "other", _("Other")


class EULanguage(models.TextChoices):
    """The 24 official languages of the EU: those an activity is held in, and
    those a resource's file is written in."""

    BG = "bg", _("Bulgarian")
    CS = "cs", _("Czech")
    DA = "da", _("Danish")
    DE = "de", _("German")
    EL = "el", _("Greek")
    EN = "en", _("English")
    ES = "es", _("Spanish")
    ET = "et", _("Estonian")
    FI = "fi", _("Finnish")
    FR = "fr", _("French")
    GA = "ga", _("Irish")
    HR = "hr", _("Croatian")
    HU = "hu", _("Hungarian")
    IT = "it", _("Italian")
    LT = "lt", _("Lithuanian")
    LV = "lv", _("Latvian")
    MT = "mt", _("Maltese")
    NL = "nl", _("Dutch")
    PL = "pl", _("Polish")
    PT = "pt", _("Portuguese")
    RO = "ro", _("Romanian")
    SK = "sk", _("Slovak")
    SL = "sl", _("Slovenian")
    SV = "sv", _("Swedish")
