from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def city_edit_form(page, commitments=(), **changes):
    """POST data for the admin's edit form of a member city page."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "country": page.country,
        "latitude": page.latitude or "",
        "longitude": page.longitude or "",
        "commitments": inline_formset(list(commitments)),
        "body": streamfield([]),
    }
    data.update(changes)
    return nested_form_data(data)


def practice_form(title, slug, summary):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": streamfield([]),
            "documents": streamfield([]),
        }
    )
