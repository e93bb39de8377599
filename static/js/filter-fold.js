// Listings fold their filter form into <details class="filter-fold"> so that
// on a phone the first results come before the form. The server opens it when
// a filter is applied; on wide screens, where there is room, it opens here.
const wide = window.matchMedia("(min-width: 48em)");

if (wide.matches) {
    for (const fold of document.querySelectorAll("details.filter-fold")) {
        fold.open = true;
    }
}
