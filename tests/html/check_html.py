#!/usr/bin/env python3
"""Checks that HTML twins written by `polity html` are well-formed enough to trust.

Standard library only (html.parser). For each file given:
  - every element that is opened is closed, in order (void elements excepted);
  - no id is used twice, and every in-page link (#id) points at an id that exists;
  - external links are http(s) and carry rel="noopener noreferrer";
  - every <img> has an alt text; every <th> says its scope;
  - a whole document has <html lang>, a <title>, one <main> and one <h1>;
  - headings never skip a level on the way down (h2 then h4).
Prints one line per problem and exits 1 when there is any, 0 otherwise.

usage: check_html.py FILE.html...
"""

import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TwinChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.ids = set()
        self.links = []
        self.counts = {}
        self.html_lang = None
        self.last_heading = 1
        self.doctype = False

    def problem(self, message):
        line, col = self.getpos()
        self.problems.append(f"{line}:{col + 1}: {message}")

    def handle_decl(self, decl):
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.check_attributes(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problem(f"</{tag}> closes a void element")
        elif not self.stack:
            self.problem(f"</{tag}> closes nothing")
        elif self.stack[-1] != tag:
            self.problem(f"</{tag}> closes <{self.stack[-1]}>")
            if tag in self.stack:
                del self.stack[self.stack.index(tag):]
        else:
            self.stack.pop()

    def check_attributes(self, tag, attrs):
        if "id" in attrs:
            if attrs["id"] in self.ids:
                self.problem(f"duplicate id '{attrs['id']}'")
            self.ids.add(attrs["id"])
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "a" and "href" in attrs:
            self.check_link(attrs)
        if tag == "img" and not attrs.get("alt"):
            self.problem("<img> without alt text")
        if tag == "th" and attrs.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
            self.problem("<th> without scope")
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            level = int(tag[1])
            if level > self.last_heading + 1:
                self.problem(f"<{tag}> after <h{self.last_heading}> skips a level")
            self.last_heading = level

    def check_link(self, attrs):
        href = attrs["href"]
        if href.startswith("#"):
            self.links.append((href[1:], self.getpos()))
        elif not href.startswith(("https://", "http://")):
            self.problem(f"link to '{href}' is neither in-page nor http(s)")
        elif set((attrs.get("rel") or "").split()) != {"noopener", "noreferrer"}:
            self.problem(f"external link to '{href}' without rel=\"noopener noreferrer\"")

    def finish(self):
        for tag in self.stack:
            self.problem(f"<{tag}> is never closed")
        for target, (line, col) in self.links:
            if target not in self.ids:
                self.problems.append(f"{line}:{col + 1}: link to '#{target}', which no element has")
        if self.doctype:
            self.check_document()

    def check_document(self):
        if not self.html_lang:
            self.problems.append("<html> without lang")
        for tag in ("title", "main", "h1"):
            if self.counts.get(tag, 0) != 1:
                self.problems.append(f"{self.counts.get(tag, 0)} <{tag}> elements, expected one")


def check(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    checker = TwinChecker()
    checker.feed(text)
    checker.close()
    checker.finish()
    for p in checker.problems:
        print(f"{path}:{p}")
    elements = sum(checker.counts.values())
    print(f"{path}: {'ok' if not checker.problems else 'INVALID'} ({elements} elements, {len(checker.ids)} ids)")
    return not checker.problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    results = [check(path) for path in argv[1:]]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
