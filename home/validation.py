"""Checks that several models and blocks share."""


def one_of(values, both, neither=None):
    """The errors, by field name, of fields of which one is to be given:
    `both` on each given field when more than one is, `neither` on the first
    field when none is (if a message is given; else none may be left empty).
    `values` maps each field name to its value; an empty dict means valid."""
    given = [name for name, value in values.items() if value]
    if len(given) > 1:
        return dict.fromkeys(given, both)
    if not given and neither is not None:
        return {next(iter(values)): neither}
    return {}
