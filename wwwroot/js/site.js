// Progressive enhancement only: every page is complete without this file.
// Adds a "Copy link" button to each section heading that copies the section's share URL
// (/articles/{slug}/{section-id}, whose link preview shows that section) and announces it.
(() => {
  "use strict";

  const article = document.querySelector("article[data-share-base]");
  // The words, in the site's language, from the page (<body data-text-*>).
  const text = document.body.dataset;
  const announcer = document.querySelector(".announcer");
  if (!article || !navigator.clipboard) {
    return;
  }

  // The canonical link carries the site's configured public address, which may differ from the one in the address bar.
  const canonical = document.querySelector("link[rel=canonical]");
  const origin = canonical ? new URL(canonical.href).origin : location.origin;

  const announce = (message) => {
    if (!announcer) return;
    announcer.textContent = "";
    window.setTimeout(() => { announcer.textContent = message; }, 50);
  };

  for (const link of article.querySelectorAll(".heading-link")) {
    const heading = link.parentElement;
    const title = heading.textContent.replace(/#\s*$/, "").trim();
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = text.textCopyLink;
    button.setAttribute("aria-label", text.textCopyLinkTo.replace("{0}", () => title)); // A function: "$&" in a title stays as written.
    button.dataset.shareUrl = `${origin}${article.dataset.shareBase}/${encodeURIComponent(heading.id)}`;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.shareUrl);
        button.textContent = text.textCopied;
        announce(text.textLinkCopied);
        window.setTimeout(() => { button.textContent = text.textCopyLink; }, 2000);
      } catch {
        announce(text.textCopyFailed);
      }
    });
    link.after(button);
  }
})();
