from django.db import models
from django.utils.translation import gettext_lazy as _


class CharterTitleCode(models.TextChoices):
    """The six titles of the Charter of Fundamental Rights of the European Union."""

    DIGNITY = "dignity", _("Dignity")
    FREEDOMS = "freedoms", _("Freedoms")
    EQUALITY = "equality", _("Equality")
    SOLIDARITY = "solidarity", _("Solidarity")
    CITIZENS_RIGHTS = "citizens-rights", _("Citizens' rights")
    JUSTICE = "justice", _("Justice")


# Title number and the articles each title covers.
CHARTER_TITLES = {
    CharterTitleCode.DIGNITY: ("I", 1, 5),
    CharterTitleCode.FREEDOMS: ("II", 6, 19),
    CharterTitleCode.EQUALITY: ("III", 20, 26),
    CharterTitleCode.SOLIDARITY: ("IV", 27, 38),
    CharterTitleCode.CITIZENS_RIGHTS: ("V", 39, 46),
    CharterTitleCode.JUSTICE: ("VI", 47, 50),
}
