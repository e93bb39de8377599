from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from members.onboarding import OnboardingError, add_member_city


class Command(BaseCommand):
    help = (
        "Set up a member city: its draft profile page, a 'City editors: NAME' group that "
        "edits (but cannot publish) that page and its subpages, a collection for its "
        "images and documents, and optionally an editor who gets a set-your-password "
        "e-mail. Running it again for the same name reuses what exists; --resend sends "
        "the city's editor a fresh invitation, --lat/--lon put the city on the map."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The city's name, e.g. 'Graz'.")
        parser.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code, e.g. AT.")
        parser.add_argument("--editor-email", help="E-mail address of the city's editor.")
        parser.add_argument("--lat", help="Latitude, -90 to 90, e.g. 47.07087.")
        parser.add_argument("--lon", help="Longitude, -180 to 180, e.g. 15.43950.")
        parser.add_argument(
            "--resend",
            action="store_true",
            help="Send a fresh set-your-password e-mail to the editor (--editor-email) or, "
            "without it, to every editor of the city; for a link that has expired.",
        )

    @transaction.atomic
    def handle(
        self, *args, name, country, editor_email=None, lat=None, lon=None, resend=False, **options
    ):
        try:
            result = add_member_city(
                name,
                country,
                editor_email=editor_email,
                latitude=lat,
                longitude=lon,
                resend=resend,
            )
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        for label, value in (
            ("page", result.page.url_path),
            ("group", result.group.name),
            ("collection", result.collection.name),
            ("editor", result.user.get_username() if result.user else None),
        ):
            if value is not None:
                state = "created" if label in result.created else "kept   "
                self.stdout.write(f"{state}  {label} {value}")
        if "position" in result.created:
            self.stdout.write(
                f"saved    position {result.page.title}: in a draft, publish the page to show it"
            )
        for editor in result.invited:
            self.stdout.write(f"sent     set-your-password e-mail to {editor.email}")
