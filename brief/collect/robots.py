"""robots.txt for article pages, read once per site per run (urllib.robotparser).

As RFC 9309 says: a robots.txt that is missing or forbidden (4xx) allows everything;
one that cannot be fetched (5xx, timeout, refused) disallows the site for this run,
since we cannot know what it says. Feeds themselves are fetched regardless: listing a
feed in the config is the user's explicit request, as a reader's app does.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from brief.collect.fetcher import Fetcher, FetchError

log = logging.getLogger(__name__)

AGENT = "brief"  # the product token robots.txt rules name


class Robots:
    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self.sites: dict[str, RobotFileParser] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if site not in self.sites:
            self.sites[site] = self._read(site)
        return self.sites[site].can_fetch(AGENT, url)

    def _read(self, site: str) -> RobotFileParser:
        rules = RobotFileParser(f"{site}/robots.txt")
        try:
            response = self.fetcher.get(f"{site}/robots.txt")
            rules.parse(response.body.decode("utf-8", "replace").splitlines())
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                rules.parse([])  # nothing disallowed
            else:
                log.info("%s/robots.txt: %s; not fetching from this site this run", site, exc)
                rules.parse(["User-agent: *", "Disallow: /"])
        return rules
