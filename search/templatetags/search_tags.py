from django import template

from search.highlight import highlight as highlight_text

register = template.Library()


@register.filter
def highlight(text, query):
    return highlight_text(text, query)
