"""Take a new vendor spec: vendor it, regenerate the client, report what changed.

    python scripts/update_spec.py SPEC_SOURCE

SPEC_SOURCE is a file path or an http(s) URL. Writes openapi/jogg-v2.yaml and
generated/jogg_api, then prints the spec_diff report of the old project spec against the
new one, so a maintainer sees at once what the facade must follow. Nothing is written
when vendoring fails (for example, a new operation without an operationId).
"""

from __future__ import annotations

import sys

import yaml
from generate import DEFAULT_OUTPUT, GenerationError, generate
from spec_diff import compare, format_text
from speclib import PROJECT_SPEC, OneLineParser, dump_yaml, load_openapi, run_main
from vendor_spec import HEADER, load_operation_ids, vendor


def main() -> int:
    parser = OneLineParser(description="Vendor a new spec, regenerate, report the changes.")
    parser.add_argument("source", help="the vendor's new spec: a file path or an http(s) URL")
    args = parser.parse_args()

    new_text = dump_yaml(vendor(load_openapi(args.source), load_operation_ids()), HEADER)
    old_text = PROJECT_SPEC.read_text(encoding="utf-8") if PROJECT_SPEC.exists() else None
    PROJECT_SPEC.write_text(new_text, encoding="utf-8")
    print(f"update-spec: wrote {PROJECT_SPEC.name} from {args.source}")
    try:
        generate(PROJECT_SPEC, DEFAULT_OUTPUT)
    except GenerationError as exc:
        print(f"update-spec: generation failed: {exc}", file=sys.stderr)
        return 1
    print(f"update-spec: regenerated {DEFAULT_OUTPUT.parent.name}/{DEFAULT_OUTPUT.name}")

    if old_text is None:
        print("update-spec: there was no previous spec to compare with.")
        return 0
    report = compare(yaml.safe_load(old_text), yaml.safe_load(new_text), ("old", "new"))
    print("update-spec: changes from the previous spec (the facade may need to follow):")
    print(format_text(report), end="")
    return 0


if __name__ == "__main__":
    run_main(main, "update_spec.py")
