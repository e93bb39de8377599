from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator

YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]
LATITUDE_VALIDATORS = [MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))]
LONGITUDE_VALIDATORS = [MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))]
