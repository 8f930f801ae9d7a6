// Preview mode only (Site__Preview=true): listens to the server's content events and reloads the
// page when the content version moves on, at the same place, or shows why an edit was refused.
(() => {
  "use strict";

  const version = document.querySelector('meta[name="content-version"]');
  if (!version || !window.EventSource) {
    return;
  }

  // Where the reader was, kept across the reload: the address keeps the #section, this the scroll.
  const place = `preview-scroll:${location.pathname}`;
  const saved = sessionStorage.getItem(place);
  if (saved !== null) {
    sessionStorage.removeItem(place);
    window.scrollTo(0, Number(saved));
  }

  let banner = null;
  const showRefused = (lines) => {
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "preview-banner";
      banner.setAttribute("role", "alert");
      document.body.append(banner);
    }
    const title = document.createElement("p");
    title.className = "preview-banner-title";
    title.textContent = document.body.dataset.textEditRefused;
    const list = document.createElement("ul");
    for (const line of lines) {
      const item = document.createElement("li");
      item.textContent = line;
      list.append(item);
    }
    banner.replaceChildren(title, list);
  };

  const events = new EventSource("/preview/events");
  events.addEventListener("version", (event) => {
    if (event.data !== version.content) {
      sessionStorage.setItem(place, String(window.scrollY));
      location.reload();
    } else if (banner) {
      banner.remove();
      banner = null;
    }
  });
  events.addEventListener("refused", (event) => showRefused(event.data.split("\n")));
})();
