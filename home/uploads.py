"""Uploaded documents and images are checked by what they contain, not only by
the extension in their names.

Refused, with a message in the admin form:
- programs (Windows, Linux and macOS executables, scripts);
- web page code: HTML, XML, or an SVG with scripts, which a browser could run
  on our domain;
- a document whose content is not what its extension says (a ZIP or a PNG
  named .pdf). Office files (.docx, .odt, .pptx, .xlsx) are ZIP containers,
  and any ZIP container passes for one of them. (Wagtail itself refuses an
  image whose format does not match its extension.)
- a .txt or .csv file that is not text in UTF-8 or Latin-1.

Magic numbers are read with the `filetype` package. Wagtail uses these forms
through WAGTAILDOCS_DOCUMENT_FORM_BASE and WAGTAILIMAGES_IMAGE_FORM_BASE, for
every upload: the add and edit forms, the multiple uploader and the choosers.
"""

import os
import re

import filetype

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# filetype reads no further than this.
HEAD_BYTES = 8192

ZIP_CONTAINERS = frozenset({"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"})

# What filetype may find in a document with each extension. A document type
# missing here is still checked for programs and web page code.
DOCUMENT_TYPES = {
    "pdf": {"pdf"},
    "rtf": {"rtf"},
    "zip": ZIP_CONTAINERS,
    "docx": ZIP_CONTAINERS,
    "odt": ZIP_CONTAINERS,
    "pptx": ZIP_CONTAINERS,
    "xlsx": ZIP_CONTAINERS,
}
TEXT_EXTENSIONS = {"csv", "txt"}

EXECUTABLE_TYPES = {"exe", "wasm"}
# Also a header too short for filetype to name: ELF, Mach-O (32 and 64 bit,
# either byte order, universal), and scripts ("#!").
EXECUTABLE_PREFIXES = (
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"#!",
)

# What makes a browser treat a file as a web page, after white space: the
# leading tags of the WHATWG MIME sniffing standard, plus <svg and <?xml.
LEADING_MARKUP = re.compile(
    rb"\s*(?:<!--|<\?xml|<(?:!doctype\s+html|html|head|body|script|iframe|svg|style|title"
    rb"|table|div|font|h1|br|p|a|b)[\s>/])",
    re.IGNORECASE,
)
# Web page code anywhere in a text file or a bitmap image.
ACTIVE_MARKUP = re.compile(rb"<\s*(?:script|html|svg|iframe|object|embed)\b", re.IGNORECASE)
# What makes an SVG more than a picture.
SVG_SCRIPT = re.compile(
    rb"<\s*(?:script|foreignobject|iframe|object|embed)\b|\son[a-z]+\s*=|javascript:",
    re.IGNORECASE,
)
# Control characters no text file contains (tab, line breaks, vertical tab and
# form feed are fine).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

UTF8_BOM = b"\xef\xbb\xbf"

MESSAGES = {
    "executable": _("This file is a program. Programs can't be uploaded."),
    "markup": _(
        "This file contains web page code (HTML, SVG or script), which can't be uploaded here."
    ),
    "mismatch": _("This is not a real .%(extension)s file: its content is %(found)s."),
    "unrecognised": _(
        "This is not a real .%(extension)s file: its content is not recognisable as one."
    ),
    "not_text": _(
        "This .%(extension)s file is not plain text. Save it as text (UTF-8) and upload it again."
    ),
}


def refuse(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def extension_of(file):
    return os.path.splitext(file.name)[1].lower().lstrip(".")


def read(file, size=-1):
    """The first `size` bytes of an upload (all with -1), leaving it ready to
    be read again from the start by whoever stores it."""
    file.seek(0)
    data = file.read(size)
    file.seek(0)
    return data


def is_executable(head):
    kind = filetype.guess(head)
    return (kind is not None and kind.extension in EXECUTABLE_TYPES) or head.startswith(
        EXECUTABLE_PREFIXES
    )


def looks_like_web_page(head):
    return LEADING_MARKUP.match(head.removeprefix(UTF8_BOM)) is not None


def as_text(data):
    """`data` decoded as UTF-8, or else as Latin-1; None if it is not text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return None if CONTROL_CHARACTERS.search(text) else text


def check_type(head, extension, expected):
    kind = filetype.guess(head)
    if kind is None:
        raise refuse("unrecognised", extension=extension)
    if kind.extension not in expected:
        raise refuse("mismatch", extension=extension, found=kind.extension.upper())


def check_document(file):
    """Raise ValidationError unless the upload `file` is the document its
    extension says it is, and harmless to download."""
    extension = extension_of(file)
    if extension in TEXT_EXTENSIONS:
        data = read(file)
        # Text first: a CSV may well start with "MZ" (Mozambique), and no
        # binary program passes for text (its header has control bytes).
        if as_text(data) is None:
            raise refuse(
                "executable" if is_executable(data[:HEAD_BYTES]) else "not_text",
                extension=extension,
            )
        if data.startswith(b"#!"):
            raise refuse("executable")
        if looks_like_web_page(data[:HEAD_BYTES]) or ACTIVE_MARKUP.search(data):
            raise refuse("markup")
        return

    head = read(file, HEAD_BYTES)
    if is_executable(head):
        raise refuse("executable")
    if looks_like_web_page(head):
        raise refuse("markup")
    if extension in DOCUMENT_TYPES:
        check_type(head, extension, DOCUMENT_TYPES[extension])


def check_image(file):
    """Raise ValidationError if the upload `file`, which Wagtail has already
    opened as an image of the format its extension names, carries web page
    code: a polyglot, or an SVG that scripts."""
    pattern = SVG_SCRIPT if extension_of(file) == "svg" else ACTIVE_MARKUP
    if pattern.search(read(file)):
        raise refuse("markup")


class ContentCheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose content is not what its
    name says (`check_document`)."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # A new upload; an edit that keeps the stored file has nothing to check.
        if isinstance(file, UploadedFile):
            check_document(file)
        return file

    def _post_clean(self):
        refused = len(self.errors.get("file", ()))
        super()._post_clean()
        if refused:
            # Document.clean() then checks the extension of the file the
            # document holds, which is none, and adds 'File extension "" is
            # not allowed': keep only why the upload was refused.
            del self._errors["file"][refused:]


class ContentCheckedImageForm(BaseImageForm):
    """Wagtail's image form, refusing an image with something else in it
    (`check_image`). Wagtail's "description" is the image's default alt
    text, so it is called that, with help on writing one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].label = _("Alt text")
            self.fields["description"].help_text = _(
                "What the image shows, for people who cannot see it, in a short "
                "sentence: the people, place or action that matter here, and any "
                'text in the image. Do not start with "Image of" or use the file '
                "name. Leave it empty only if the image is decoration."
            )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_image(file)
        return file
