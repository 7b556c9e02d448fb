"""HTTP GET for feeds, article pages and robots.txt: the only network code in brief.

Built on urllib3 (connection pooling, separate connect and read timeouts, TLS with
host-name checks) but with every decision that matters for safety taken here:

- only http and https, and redirects followed by hand, so each hop is checked;
- the address actually connected to is checked before a byte is sent, on every hop,
  so a host name that resolves (or re-resolves: DNS rebinding) into a private,
  loopback or link-local range is refused unless `allow_private` is set;
- a size cap on the bytes received, and again on the bytes after decompression,
  which we do ourselves with a bounded zlib, so a compression bomb costs nothing;
- a politeness delay per host, Retry-After honoured on 429 and 503, and capped
  exponential backoff on timeouts and server errors.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import HTTPError

from brief import __version__
from brief.config import FetchConfig

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
_CONNECTION_REPR = re.compile(r"^(<[^>]*>|\w+\(host=[^)]*\)): ")  # urllib3's prefix
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_STATUSES = frozenset({301, 308})  # "moved permanently": the old address is done
ENCODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def acceptable(media: str, accept: tuple[str, ...]) -> bool:
    """Whether a response's media type is one asked for. A type with the +xml suffix is XML
    by its registration (RFC 6838 s. 4.2.8, RFC 7303), so it is wanted wherever
    application/xml is, as the unregistered but common application/x-rss+xml must be:
    Debian's mime.types, and so `python3 -m http.server`, serve .rss with it."""
    return media in accept or (media.endswith("+xml") and "application/xml" in accept)


class FetchError(Exception):
    """One request failed; `transient` when trying again later may work."""

    def __init__(
        self, reason: str, url: str, *, status: int | None = None, transient: bool = False
    ):
        super().__init__(reason)
        self.reason, self.url, self.status, self.transient = reason, url, status, transient

    def __str__(self) -> str:
        return self.reason


class _BlockedAddress(Exception):
    """Raised inside a connection: urllib3 must not wrap it as a retryable OSError."""


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for "not modified"
    headers: Mapping[str, str]  # lower-case names
    body: bytes  # decompressed, at most max_bytes
    # Where the address asked for has moved for good: the last hop of the permanent
    # redirects (301, 308) it opens with. A later temporary hop is where the moved
    # resource is for now, not its address.
    moved: str | None = None

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def user_agent(contact: str | None) -> str:
    return f"brief/{__version__} (news briefing; +{contact or 'no contact given'})"


def public_address(address: str) -> bool:
    """True for an address on the public Internet; False for private, loopback,
    link-local, multicast, reserved and unspecified ones (and IPv4 inside IPv6)."""
    ip = _ip(address)
    return ip is not None and ip.is_global and not ip.is_multicast


def reachable(address: str, allowed: tuple[str, ...]) -> bool:
    """Public, or inside one of the networks the config allows."""
    ip = _ip(address)
    if ip is None:
        return False
    return public_address(address) or any(ip in ipaddress.ip_network(n) for n in allowed)


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _pool_classes(allowed: tuple[str, ...]) -> dict[str, type[HTTPConnectionPool]]:
    """Connection pools whose connections check the address they reached (after DNS,
    on every hop) before a byte is sent: a name re-resolved to 10.0.0.1 is still refused."""

    def checked(conn: Any, sock: Any) -> Any:
        peer = sock.getpeername()[0]
        if not reachable(peer, allowed):
            sock.close()
            raise _BlockedAddress(f"refused: {conn.host} is at a private address ({peer})")
        return sock

    class Checked(HTTPConnection):
        def _new_conn(self) -> Any:
            return checked(self, super()._new_conn())

    class CheckedTLS(HTTPSConnection):
        def _new_conn(self) -> Any:
            return checked(self, super()._new_conn())

    class Pool(HTTPConnectionPool):
        ConnectionCls = Checked

    class TLSPool(HTTPSConnectionPool):
        ConnectionCls = CheckedTLS

    return {"http": Pool, "https": TLSPool}


class Fetcher:
    """One per run: it remembers when each host was last asked, for the politeness delay."""

    def __init__(self, settings: FetchConfig) -> None:
        self.settings = settings
        self.agent = user_agent(settings.contact)
        self.pool = urllib3.PoolManager(num_pools=20, maxsize=1, block=False)
        self.pool.pool_classes_by_scheme = _pool_classes(settings.allow_private)
        self.last_request: dict[str, float] = {}

    def close(self) -> None:
        self.pool.clear()

    def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = (),
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET with redirects, retries and caps. `accept` lists the media types wanted
        (empty: any). Raises FetchError; never returns a partial body."""
        settings = self.settings
        seen: list[str] = []
        moved: str | None = None
        permanent = True  # every redirect so far was permanent
        while True:
            _check_url(url)
            if url in seen:
                raise FetchError("redirect loop", url)
            seen.append(url)
            if len(seen) > settings.max_redirects + 1:
                raise FetchError(f"more than {settings.max_redirects} redirects", url)
            wanted_types = {"Accept": ", ".join(accept) + ", */*;q=0.1"} if accept else {}
            response = self._with_retries(url, {**wanted_types, **(headers or {})})
            consumed = False
            try:
                location = response.headers.get("location")
                if response.status in REDIRECT_STATUSES and location:
                    url = _joined(url, location.strip())
                    permanent = permanent and response.status in PERMANENT_STATUSES
                    moved = url if permanent else moved
                    continue
                if response.status == 304:
                    return Response(url, 304, _headers(response), b"", moved)
                if response.status != 200:
                    raise FetchError(
                        f"HTTP {response.status}",
                        url,
                        status=response.status,
                        transient=response.status in RETRY_STATUSES,
                    )
                wanted = _headers(response)
                media = wanted.get("content-type", "").split(";")[0].strip().lower()
                if accept and not acceptable(media, accept):
                    raise FetchError(f"unexpected content type {media or 'none'!r}", url)
                body = self._read(response, url)
                consumed = True
                return Response(url, 200, wanted, body, moved)
            finally:
                _release(response, consumed)

    def _with_retries(self, url: str, headers: Mapping[str, str]) -> Any:
        settings = self.settings
        request_headers = {
            "User-Agent": self.agent,
            "Accept-Encoding": ", ".join(e for e in ENCODINGS if e != "x-gzip"),
            **headers,
        }
        timeout = urllib3.Timeout(connect=settings.timeout, read=settings.timeout)
        for attempt in range(settings.retries + 1):
            self._wait_for_host(url)
            last = attempt == settings.retries
            try:
                response = self.pool.request(
                    "GET",
                    url,
                    headers=request_headers,
                    redirect=False,
                    retries=False,
                    timeout=timeout,
                    preload_content=False,
                    decode_content=False,
                )
            except _BlockedAddress as exc:
                raise FetchError(str(exc), url) from None
            except HTTPError as exc:
                reason = _network_reason(exc)
                if last:
                    raise FetchError(reason, url, transient=True) from None
                log.info("%s: %s; retrying", url, reason)
                time.sleep(self._backoff(attempt))
                continue
            if response.status not in RETRY_STATUSES or last:
                return response
            wait = self._backoff(attempt)
            if response.status in (429, 503) and "retry-after" in response.headers:
                asked = _retry_after(response.headers["retry-after"])
                if asked is not None and asked > settings.max_backoff:
                    _release(response, False)
                    raise FetchError(
                        f"HTTP {response.status}, asked to retry after {asked:.0f} s",
                        url,
                        status=response.status,
                        transient=True,
                    )
                wait = max(asked or 0.0, 0.0)
            _release(response, False)
            log.info("%s: HTTP %d; retrying in %.1f s", url, response.status, wait)
            time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        return min(self.settings.backoff * 2**attempt, self.settings.max_backoff)

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self.last_request.get(host)
        if last is not None:
            pause = self.settings.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self.last_request[host] = time.monotonic()

    def _read(self, response: Any, url: str) -> bytes:
        """The body, decompressed; too big before or after decompression is an error,
        and so is a whole download slower than a few timeouts."""
        cap = self.settings.max_bytes
        length = response.headers.get("content-length", "")
        # (decimal digits: "²" is a digit int() refuses, s72 fuzz)
        if length.strip().isdecimal() and int(length) > cap:
            raise FetchError(f"larger than the {cap:,}-byte limit ({int(length):,} bytes)", url)
        coding = response.headers.get("content-encoding", "identity").strip().lower()
        if coding not in ("", "identity") and coding not in ENCODINGS:
            raise FetchError(f"unsupported content encoding {coding!r}", url)
        inflater = zlib.decompressobj(ENCODINGS[coding]) if coding in ENCODINGS else None
        deadline = time.monotonic() + 3 * self.settings.timeout
        received = 0
        out: list[bytes] = []
        size = 0
        try:
            while chunk := response.read(CHUNK):
                received += len(chunk)
                if received > cap:
                    raise FetchError(f"larger than the {cap:,}-byte limit", url)
                if time.monotonic() > deadline:
                    raise FetchError("too slow: the download took too long", url, transient=True)
                while chunk:
                    piece = inflater.decompress(chunk, cap + 1 - size) if inflater else chunk
                    chunk = inflater.unconsumed_tail if inflater else b""
                    size += len(piece)
                    if size > cap:
                        raise FetchError(
                            f"larger than the {cap:,}-byte limit after decompression", url
                        )
                    out.append(piece)
        except zlib.error:
            raise FetchError(f"bad {coding} data", url) from None
        except HTTPError as exc:
            raise FetchError(_network_reason(exc), url, transient=True) from None
        return b"".join(out)


def _joined(url: str, location: str) -> str:
    """A redirect's Location read against the address that sent it, or a FetchError where
    urllib cannot read it ("http://[::1": its ValueError had ended the run, s72 fuzz)."""
    try:
        return urljoin(url, location)
    except ValueError:
        raise FetchError(f"redirected to no web address: {location[:100]!r}", url) from None


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises for a port out of range or not a number)
    except ValueError:
        raise FetchError("refused: not a web address", url) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"refused: only http and https, not {parts.scheme or 'none'!r}", url)
    if not parts.hostname:
        raise FetchError("refused: no host in the URL", url)


def _release(response: Any, consumed: bool) -> None:
    """A connection goes back to the pool only after its body was read to the end;
    otherwise the unread rest would be taken for the next response."""
    if not consumed:
        response.close()
    response.release_conn()


def _headers(response: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in response.headers.items()}


def _retry_after(value: str) -> float | None:
    value = value.strip()
    if value.isdecimal():  # ("²" is a digit float() refuses)
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _network_reason(exc: Exception) -> str:
    text = type(exc).__name__
    if "Timeout" in text:
        return "timed out"
    reason = _CONNECTION_REPR.sub("", str(getattr(exc, "reason", None) or exc))
    return f"network error: {' '.join(reason.split())[:160]}"
