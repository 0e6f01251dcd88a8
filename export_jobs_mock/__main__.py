"""Serve the mock: ``export-jobs-mock --port 8080 [--seed-examples]``.

``python -m export_jobs_mock`` runs the same.

Bound to anything but loopback (``--host 0.0.0.0``, as in a CI service
container), its control API answers only requests that carry
``Authorization: Bearer <control token>`` (``--control-token`` or
``EXPORT_JOBS_MOCK_CONTROL_TOKEN``), and nobody without one.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os

import uvicorn

from export_jobs_mock.app import create_app
from export_jobs_mock.collector import CollectorPacer
from export_jobs_mock.config import READINGS, Lifecycle, MockConfig

CONTROL_TOKEN_VARIABLE = "EXPORT_JOBS_MOCK_CONTROL_TOKEN"  # noqa: S105 (a variable's name)


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` serves this machine only.

    >>> [is_loopback(host) for host in ("127.0.0.1", "::1", "localhost", "0.0.0.0")]
    [True, True, True, False]
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def _limit(text: str) -> int | None:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("a limit cannot be negative")
    return value or None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="export-jobs-mock",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to bind (default 8080)")
    parser.add_argument("--seed-examples", action="store_true", help="load the spec's example jobs")
    parser.add_argument("--new-seconds", type=float, default=2.0, help="time a job stays NEW")
    parser.add_argument(
        "--processing-seconds", type=float, default=5.0, help="time a job stays PROCESSING"
    )
    parser.add_argument("--token", action="append", help="accept only this token (repeatable)")
    parser.add_argument("--api-key", action="append", help="accept only this API key (repeatable)")
    parser.add_argument(
        "--client-id", help="the client id its IMS endpoint accepts (default: any, with any secret)"
    )
    parser.add_argument("--client-secret", help="the secret of --client-id")
    parser.add_argument(
        "--token-lifetime",
        type=int,
        default=86_399,
        help="seconds an issued token stays valid (default 86399, as IMS)",
    )
    parser.add_argument(
        "--newer-shapes",
        action="store_true",
        help="answer in the shapes later revisions of the guide show (cancel answers 204 …)",
    )
    parser.add_argument("--quiet", action="store_true", help="no line per request (for load)")
    helps = {
        "cancel_effect": "what a cancel does: gone (404 at once) or marked (stays, stopped)",
        "cancel_answer": "a cancel's answer: 200 (with the message) or 204-empty",
        "other_tenant": "what another sandbox's job answers: 404 or 403 (the service's problem)",
        "paging": "what link.next carries: cursor or number",
    }
    defaults = {"cancel_answer": "200, or 204-empty with --newer-shapes"}
    for name, allowed in READINGS.items():
        parser.add_argument(
            "--" + name.replace("_", "-"),
            choices=allowed,
            default=None,
            help=f"{helps[name]} (default: {defaults.get(name, allowed[0])})",
        )
    parser.add_argument(
        "--control-token",
        default=os.environ.get(CONTROL_TOKEN_VARIABLE) or None,
        help=f"the bearer token /_mock/* requires (default: ${CONTROL_TOKEN_VARIABLE}); "
        "needed to use the control API of a mock not bound to loopback",
    )
    parser.add_argument(
        "--max-jobs",
        type=_limit,
        default=20_000,
        help="jobs kept in all (default 20000; 0: no limit)",
    )
    parser.add_argument(
        "--max-jobs-per-tenant",
        type=_limit,
        default=10_000,
        help="jobs kept per organisation and sandbox (default 10000; 0: no limit)",
    )
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    if bool(args.client_id) != bool(args.client_secret):
        parser.error("--client-id and --client-secret go together")
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    config = MockConfig(
        lifecycle=Lifecycle(int(args.new_seconds * 1000), int(args.processing_seconds * 1000)),
        tokens=frozenset(args.token) if args.token else None,
        api_keys=frozenset(args.api_key) if args.api_key else None,
        ims_clients={args.client_id: args.client_secret} if args.client_id else None,
        token_lifetime_seconds=args.token_lifetime,
        newer_shapes=args.newer_shapes,
        max_jobs=args.max_jobs,
        max_jobs_per_tenant=args.max_jobs_per_tenant,
        seed_examples=args.seed_examples,
        control_token=args.control_token,
        control_locked=not is_loopback(args.host),
        cancel_effect=args.cancel_effect or READINGS["cancel_effect"][0],
        cancel_answer=args.cancel_answer,
        other_tenant=args.other_tenant or READINGS["other_tenant"][0],
        paging=args.paging or READINGS["paging"][0],
    )
    app = create_app(config)
    pacer = CollectorPacer()
    pacer.start()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=not args.quiet,
        log_level="info",
        server_header=False,
        date_header=False,
    )


if __name__ == "__main__":
    main()
