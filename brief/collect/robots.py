"""robots.txt for article pages, read once per site per run (urllib.robotparser).

As RFC 9309 says: a robots.txt that is missing or forbidden (4xx) allows everything;
one that cannot be fetched (5xx, timeout, refused) disallows the site for this run,
since we cannot know what it says. That is a failure that may pass, not a refusal: the
site's pages are tried again on a later run. Feeds themselves are fetched regardless:
listing a feed in the config is the user's explicit request, as a reader's app does.
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
        self.sites: dict[str, RobotFileParser | FetchError] = {}

    def check(self, url: str) -> None:
        """Raise a FetchError unless robots.txt allows fetching `url`: for good when it
        says no, transient when it could not be read this run."""
        parts = urlsplit(url)
        site = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if site not in self.sites:
            self.sites[site] = self._read(site)
        rules = self.sites[site]
        if isinstance(rules, FetchError):
            raise FetchError(f"robots.txt could not be read: {rules}", url, transient=True)
        if not rules.can_fetch(AGENT, url):
            raise FetchError("robots.txt disallows fetching it", url)

    def _read(self, site: str) -> RobotFileParser | FetchError:
        rules = RobotFileParser(f"{site}/robots.txt")
        try:
            response = self.fetcher.get(f"{site}/robots.txt")
            rules.parse(response.body.decode("utf-8", "replace").splitlines())
        except FetchError as exc:
            if exc.status is None or not 400 <= exc.status < 500:
                log.info("%s/robots.txt: %s; not fetching from this site this run", site, exc)
                return exc
            rules.parse([])  # nothing disallowed
        return rules
