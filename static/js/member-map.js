// Member directory map: reads the cities (GeoJSON) and the tile settings from
// the JSON block the page prints, then draws one marker per city with Leaflet.
// Markers are keyboard-focusable (Enter opens the profile); without JavaScript
// the list beside the map shows the same cities.

const EUROPE = [
    [34, -25],
    [71, 45],
];

async function drawMap(container) {
    const dataElement = document.getElementById(container.dataset.memberMap);
    if (!dataElement) return;
    const data = JSON.parse(dataElement.textContent);
    const L = await import(container.dataset.leaflet);

    container.replaceChildren();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", container.closest("section").querySelector("h2").textContent);

    const map = L.map(container, { scrollWheelZoom: false });
    if (data.tiles_url) {
        L.tileLayer(data.tiles_url, {
            attribution: data.tiles_attribution,
            maxZoom: 18,
        }).addTo(map);
    }

    // Leaflet guesses its marker images' address from its stylesheet, which
    // fails on hashed static file names: the page gives the addresses.
    const icon = L.icon({
        iconUrl: container.dataset.markerIcon,
        iconRetinaUrl: container.dataset.markerIcon2x,
        shadowUrl: container.dataset.markerShadow,
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        popupAnchor: [1, -34],
        tooltipAnchor: [16, -28],
        shadowSize: [41, 41],
    });
    const markers = L.geoJSON(data.cities, {
        pointToLayer(feature, latlng) {
            const name = feature.properties.name;
            return L.marker(latlng, { icon, title: name, alt: name, keyboard: true });
        },
        onEachFeature(feature, layer) {
            layer.bindTooltip(feature.properties.name);
            layer.on("click", () => {
                window.location.assign(feature.properties.url);
            });
        },
    }).addTo(map);

    const bounds = markers.getBounds();
    if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 8 });
    } else {
        map.fitBounds(EUROPE);
    }
}

for (const container of document.querySelectorAll("[data-member-map]")) {
    drawMap(container).catch(() => {
        // Leave the fallback text: the list still shows every city.
    });
}
