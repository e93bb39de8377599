// Click-to-load recordings: the page shows a plain link to the video host, and
// this module adds a "Play here" button. Only when the visitor presses it does
// the browser contact the host (youtube-nocookie.com for YouTube).
for (const section of document.querySelectorAll("[data-recording-embed]")) {
    const button = section.querySelector("[data-recording-load]");
    const player = section.querySelector("[data-recording-player]");
    if (!button || !player) {
        continue;
    }
    button.hidden = false;
    button.addEventListener("click", () => {
        const frame = document.createElement("iframe");
        frame.src = section.dataset.recordingEmbed;
        frame.title = section.dataset.recordingTitle;
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        frame.allowFullscreen = true;
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.className = "recording__frame";
        frame.tabIndex = 0;
        player.replaceChildren(frame);
        player.hidden = false;
        button.hidden = true;
        frame.focus();
    });
}
