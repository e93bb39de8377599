"""Fixed choices of the members app: countries, the FRA framework's
foundations, structures and tools, and the status of each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CountryCode(models.TextChoices):
    """ISO 3166-1 alpha-2 codes of the countries member cities can come from:
    the 27 EU member states, then other European states."""

    AT = "AT", _("Austria")
    BE = "BE", _("Belgium")
    BG = "BG", _("Bulgaria")
    HR = "HR", _("Croatia")
    CY = "CY", _("Cyprus")
    CZ = "CZ", _("Czechia")
    DK = "DK", _("Denmark")
    EE = "EE", _("Estonia")
    FI = "FI", _("Finland")
    FR = "FR", _("France")
    DE = "DE", _("Germany")
    GR = "GR", _("Greece")
    HU = "HU", _("Hungary")
    IE = "IE", _("Ireland")
    IT = "IT", _("Italy")
    LV = "LV", _("Latvia")
    LT = "LT", _("Lithuania")
    LU = "LU", _("Luxembourg")
    MT = "MT", _("Malta")
    NL = "NL", _("Netherlands")
    PL = "PL", _("Poland")
    PT = "PT", _("Portugal")
    RO = "RO", _("Romania")
    SK = "SK", _("Slovakia")
    SI = "SI", _("Slovenia")
    ES = "ES", _("Spain")
    SE = "SE", _("Sweden")
    AL = "AL", _("Albania")
    AD = "AD", _("Andorra")
    AM = "AM", _("Armenia")
    AZ = "AZ", _("Azerbaijan")
    BA = "BA", _("Bosnia and Herzegovina")
    GE = "GE", _("Georgia")
    IS = "IS", _("Iceland")
    LI = "LI", _("Liechtenstein")
    MD = "MD", _("Moldova")
    MC = "MC", _("Monaco")
    ME = "ME", _("Montenegro")
    MK = "MK", _("North Macedonia")
    NO = "NO", _("Norway")
    SM = "SM", _("San Marino")
    RS = "RS", _("Serbia")
    CH = "CH", _("Switzerland")
    TR = "TR", _("Türkiye")
    UA = "UA", _("Ukraine")
    GB = "GB", _("United Kingdom")
    VA = "VA", _("Vatican City")


EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


class RecognitionType(models.TextChoices):
    """How the city became a human rights city."""

    FORMAL = "formal", _("Formal declaration")
    INFORMAL = "informal", _("Informal process")


class CommitmentGroup(models.TextChoices):
    """The three groups of the FRA framework "Human rights cities in the EU: a
    framework for reinforcing rights locally" (2021)."""

    FOUNDATIONS = "foundations", _("Foundations")
    STRUCTURES = "structures", _("Structures")
    TOOLS = "tools", _("Tools")


class CommitmentKind(models.TextChoices):
    """One item of the FRA framework. The order here is the order of the
    profile sections and of the comparison table's columns."""

    EU_CHARTER = "eu-charter", _("Commitment to the EU Charter of Fundamental Rights")
    INTERNATIONAL_STANDARDS = (
        "international-standards",
        _("Commitment to international human rights standards"),
    )
    SDGS = "sdgs", _("Commitment to the Sustainable Development Goals")
    INTERNATIONAL_MONITORING = (
        "international-monitoring",
        _("Contribution to international monitoring"),
    )
    DECLARATION = "declaration", _("Human rights city declaration")
    ELECTED_REPRESENTATIVE = "elected-representative", _("Elected representative for human rights")
    HUMAN_RIGHTS_OFFICE = "human-rights-office", _("Human rights office")
    PARTICIPATORY_COUNCIL = "participatory-council", _("Participatory council")
    OMBUDSPERSON = "ombudsperson", _("Anti-discrimination office or ombudsperson")
    PARTNERS = "partners", _("Partners")
    BASELINE_STUDY = "baseline-study", _("Baseline study")
    ACTION_PLAN = "action-plan", _("Action plan")
    INDICATORS = "indicators", _("Indicators and monitoring")
    BUDGETING_PROCUREMENT = (
        "budgeting-procurement",
        _("Human rights in budgeting and procurement"),
    )
    STAFF_TRAINING = "staff-training", _("Staff training")
    EU_FUNDING = "eu-funding", _("EU funding used")


COMMITMENT_GROUPS = {
    CommitmentGroup.FOUNDATIONS: [
        CommitmentKind.EU_CHARTER,
        CommitmentKind.INTERNATIONAL_STANDARDS,
        CommitmentKind.SDGS,
        CommitmentKind.INTERNATIONAL_MONITORING,
    ],
    CommitmentGroup.STRUCTURES: [
        CommitmentKind.DECLARATION,
        CommitmentKind.ELECTED_REPRESENTATIVE,
        CommitmentKind.HUMAN_RIGHTS_OFFICE,
        CommitmentKind.PARTICIPATORY_COUNCIL,
        CommitmentKind.OMBUDSPERSON,
        CommitmentKind.PARTNERS,
    ],
    CommitmentGroup.TOOLS: [
        CommitmentKind.BASELINE_STUDY,
        CommitmentKind.ACTION_PLAN,
        CommitmentKind.INDICATORS,
        CommitmentKind.BUDGETING_PROCUREMENT,
        CommitmentKind.STAFF_TRAINING,
        CommitmentKind.EU_FUNDING,
    ],
}

# The kinds grouped under their group's name, for select boxes (<optgroup>).
GROUPED_COMMITMENT_CHOICES = [
    (group.label, [(kind.value, kind.label) for kind in kinds])
    for group, kinds in COMMITMENT_GROUPS.items()
]


class CommitmentStatus(models.TextChoices):
    IN_PLACE = "in-place", _("In place")
    PLANNED = "planned", _("Planned")
    NO = "no", _("No")


# Group of each kind, e.g. KIND_GROUP["action-plan"] == CommitmentGroup.TOOLS.
KIND_GROUP = {kind: group for group, kinds in COMMITMENT_GROUPS.items() for kind in kinds}

# Position of each kind in the framework, for sorting.
FRAMEWORK_ORDER = {kind: position for position, kind in enumerate(KIND_GROUP)}
