// The main menu on narrow screens: a disclosure button that shows and hides
// the navigation. Without this module the button stays hidden and the menu is
// always visible; on wide screens CSS hides the button and shows the menu.

const NARROW = window.matchMedia("(max-width: 47.99em)");

function setUpMenu(button) {
    const menu = document.getElementById(button.getAttribute("aria-controls"));
    if (!menu) {
        return;
    }

    const setOpen = (open) => {
        button.setAttribute("aria-expanded", String(open));
        menu.dataset.open = String(open);
    };

    button.hidden = false;
    setOpen(false);

    button.addEventListener("click", () => {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });

    // Escape closes the open menu and returns focus to its button.
    document.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && NARROW.matches && menu.dataset.open === "true") {
            setOpen(false);
            button.focus();
        }
    });

    // Leaving the narrow layout resets the menu, so it is closed on return.
    NARROW.addEventListener("change", () => setOpen(false));
}

document.querySelectorAll(".menu-toggle[aria-controls]").forEach(setUpMenu);
