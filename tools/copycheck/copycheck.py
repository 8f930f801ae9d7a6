#!/usr/bin/env python3
"""Copying check for the bundled articles: no run of 10 words from the seed documents, and no long
source title repeated in the prose (cite a source by a short name; the sources list has the title).

  python3 tools/copycheck/copycheck.py [--seeds DIR] [--content DIR] [--write-hashes FILE]

--seeds defaults to ../shared/seeds beside the repository (a maintainer's checkout only). With
--write-hashes it also writes the seeds' shingles as truncated SHA-256 hashes, one per line: the
file the test suite checks against (tests/MlEngineerSite.Tests/TestData/seed-shingles.txt), which
holds no text of the seeds, so the check runs in any clone. Exit 1 when anything is found.
"""
import argparse, hashlib, os, re, sys

WORDS = 10
LONG_TITLE_WORDS = 6

def words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))

def shingles(text):
    w = words(text)
    return {" ".join(w[i:i + WORDS]) for i in range(len(w) - WORDS + 1)}

def digest(shingle):
    return hashlib.sha256(shingle.encode()).hexdigest()[:16]

def split_article(text):
    """(front matter, body) of an article file."""
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    return (m.group(1), m.group(2)) if m else ("", text)

def prose(front, body):
    """What a reader reads as our words: title, description and the body without directives."""
    lines = [l.split(":", 1)[1] for l in front.splitlines() if re.match(r"(title|description):", l)]
    return "\n".join(lines) + "\n" + re.sub(r"\{\{[^}]*\}\}", " ", body)

def source_titles(front, figures_text):
    titles = re.findall(r"^\s*-?\s*title:\s*\"?(.+?)\"?\s*$", front, re.M)
    titles += re.findall(r"^\s*source:\s*\"?(.+?)\"?\s*$", figures_text, re.M)
    return {t for t in titles if len(words(t)) >= LONG_TITLE_WORDS}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default=os.path.join(os.path.dirname(root), "shared", "seeds"))
    parser.add_argument("--content", default=os.path.join(root, "content"))
    parser.add_argument("--write-hashes")
    args = parser.parse_args()

    seed = set()
    for name in sorted(os.listdir(args.seeds)):
        with open(os.path.join(args.seeds, name), encoding="utf-8") as f:
            seed |= shingles(f.read())
    if args.write_hashes:
        with open(args.write_hashes, "w") as f:
            f.write("\n".join(sorted({digest(s) for s in seed})) + "\n")

    figures_path = os.path.join(args.content, "data", "figures.yaml")
    figures_text = open(figures_path, encoding="utf-8").read() if os.path.exists(figures_path) else ""
    found = 0
    articles = os.path.join(args.content, "articles")
    for dirpath, _, files in os.walk(articles):
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(dirpath, name)
            front, body = split_article(open(path, encoding="utf-8").read())
            for s in sorted(shingles(prose(front, body)) & seed):
                print(f"{os.path.relpath(path, root)}: {WORDS} words as in a seed: \"{s}\"")
                found += 1
            flat = " ".join(words(re.sub(r"\{\{[^}]*\}\}", " ", body)))
            for title in sorted(source_titles(front, figures_text)):
                if " ".join(words(title)) in flat:
                    print(f"{os.path.relpath(path, root)}: a long source title in the prose: \"{title}\" (cite it by a short name)")
                    found += 1
    print(f"copycheck: {found} finding(s)")
    return 1 if found else 0

if __name__ == "__main__":
    sys.exit(main())
