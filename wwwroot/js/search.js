// The search page of a static export: no server answered the query, so match its words against
// /search-index.json here. On the running site the results come from the server and this does nothing.
(() => {
  "use strict";

  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  const form = document.querySelector(".search-page .search-form");
  if (!query || !form || document.querySelector(".results, .no-results")) {
    return;
  }

  // The words, in the site's language, from the page (<body data-text-*>).
  const text = document.body.dataset;
  // Values are inserted by a function, so "$&" or "$'" in a query stays as written.
  const say = (template, ...values) => values.reduce((s, v, i) => s.replaceAll(`{${i}}`, () => v), template);
  const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  form.querySelector("input[name=q]").value = query;
  document.title = say(text.textSearchTitle, query);

  const snippet = (text) => {
    const folded = fold(text);
    const at = Math.max(0, Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0)) - 60);
    return (at > 0 ? "…" : "") + text.slice(at, at + 200) + (at + 200 < text.length ? "…" : "");
  };

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const show = (entries) => {
    const scored = entries
      .map((entry) => {
        const heading = fold(entry.heading), body = fold(`${entry.article} ${entry.text}`);
        const found = words.every((w) => heading.includes(w) || body.includes(w));
        return { entry, score: found ? words.reduce((s, w) => s + (heading.includes(w) ? 3 : 0) + (body.includes(w) ? 1 : 0), 0) : 0 };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score);

    const parts = [];
    if (scored.length > 0) {
      const template = scored.length === 1 ? text.textMatchesOne : scored.length > 20 ? text.textMatchesBest : text.textMatches;
      parts.push(element("p", "meta", say(template, scored.length.toLocaleString(document.documentElement.lang), query)));
      parts[0].setAttribute("role", "status");
      const list = element("ol", "results");
      for (const { entry } of scored.slice(0, 20)) {
        const item = element("li", "result");
        item.append(element("p", "result-article", entry.article));
        const heading = element("h2");
        const link = element("a", "", entry.heading);
        link.href = entry.url;
        heading.append(link);
        item.append(heading, element("p", "snippet", snippet(entry.text)));
        list.append(item);
      }
      parts.push(list);
    } else {
      const none = element("div", "no-results");
      none.setAttribute("role", "status");
      none.append(element("p", "lead", say(text.textNoMatch, query)), element("p", "", text.textFewerWords));
      parts.push(none);
    }

    form.parentElement.querySelector(":scope > p:not(.meta)")?.remove();
    form.after(...parts);
  };

  fetch("/search-index.json")
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((index) => show(index.sections))
    .catch(() => form.after(element("p", "no-results", text.textSearchFailed)));
})();
