// The city form's map picker (members/widgets.py LocationPickerWidget): a
// click on the map fills in the latitude and longitude fields, and typing in
// either field moves the marker. Tiles come from the public map's setting;
// without them (offline) the map is blank and still answers clicks.

const EUROPE = [
    [34, -25],
    [71, 45],
];
const CITY_ZOOM = 7;

function readPosition(latitudeInput, longitudeInput) {
    const latitude = Number.parseFloat(latitudeInput.value);
    const longitude = Number.parseFloat(longitudeInput.value);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
    return [latitude, longitude];
}

function setField(input, value) {
    input.value = value.toFixed(5);
    // Wagtail's unsaved-changes check and any other listener see the edit.
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
}

async function drawPicker(container) {
    const latitudeInput = document.getElementById(container.dataset.latitudeInput);
    const longitudeInput = document.getElementById(container.dataset.longitudeInput);
    if (!latitudeInput || !longitudeInput) return;
    const L = await import(container.dataset.leaflet);

    container.replaceChildren();
    const map = L.map(container, { scrollWheelZoom: false });
    if (container.dataset.tilesUrl) {
        L.tileLayer(container.dataset.tilesUrl, {
            attribution: container.dataset.tilesAttribution,
            maxZoom: 18,
        }).addTo(map);
    } else {
        container.classList.add("location-picker--offline");
    }
    const icon = L.icon({
        iconUrl: container.dataset.markerIcon,
        iconRetinaUrl: container.dataset.markerIcon2x,
        shadowUrl: container.dataset.markerShadow,
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        shadowSize: [41, 41],
    });
    let marker = null;

    function place(position) {
        if (marker) {
            marker.setLatLng(position);
        } else {
            marker = L.marker(position, { icon, keyboard: false }).addTo(map);
        }
    }

    const start = readPosition(latitudeInput, longitudeInput);
    if (start) {
        place(start);
        map.setView(start, CITY_ZOOM);
    } else {
        map.fitBounds(EUROPE);
    }

    map.on("click", (event) => {
        const position = event.latlng.wrap();
        setField(latitudeInput, position.lat);
        setField(longitudeInput, position.lng);
        place(position);
    });

    function followFields() {
        const position = readPosition(latitudeInput, longitudeInput);
        if (!position) return;
        place(position);
        map.panTo(position);
    }
    latitudeInput.addEventListener("input", followFields);
    longitudeInput.addEventListener("input", followFields);

    // The form's tabs hide the map until its tab opens: Leaflet measures
    // its container, so it measures again whenever the size changes.
    new ResizeObserver(() => map.invalidateSize()).observe(container);
}

function start() {
    for (const container of document.querySelectorAll("[data-location-picker]")) {
        drawPicker(container).catch(() => {
            // The fallback text stays: the two number fields still work.
        });
    }
}

if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
} else {
    start();
}
