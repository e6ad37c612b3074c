"""Command line: `install --dir DIR [--quiet] [--catalog FILE ...]`, `generate ... --out FILE`, `schema`,
`docs`, `serve`."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m terraform_provider_servicenow",
        description="The ServiceNow Terraform provider (servicenow-spoke/servicenow).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    inst = sub.add_parser("install", help="write the filesystem mirror and DIR/terraformrc")
    inst.add_argument("--dir", required=True, help="mirror directory, e.g. .build/terraform")
    inst.add_argument("--quiet", action="store_true", help="print nothing unless something fails")
    gen = sub.add_parser(
        "generate",
        help="write catalog data for tables, read from an instance's dictionary",
        description=(
            "Reads the dictionary of each table, its parents (and with --with-children the tables extending "
            "it) through the Table API and writes a catalog file. Auth: the provider's SERVICENOW_* "
            "environment variables (SERVICENOW_USERNAME and SERVICENOW_PASSWORD, or SERVICENOW_CLIENT_ID "
            "and SERVICENOW_CLIENT_SECRET)."
        ),
    )
    gen.add_argument(
        "--instance-url",
        help="the instance's base URL (default: SERVICENOW_INSTANCE_URL), e.g. https://example.service-now.com",
    )
    gen.add_argument("--table", action="append", required=True, metavar="NAME", help="a table (repeatable)")
    gen.add_argument("--with-children", action="store_true", help="also every table extending them")
    gen.add_argument(
        "--out", required=True, metavar="FILE", help="the catalog file to write (replaced whole)"
    )
    gen.add_argument("--quiet", action="store_true", help="print nothing unless something fails")
    catalog_help = "a catalog file written by `generate`: serve its tables too (repeatable)"
    inst.add_argument("--catalog", action="append", default=[], metavar="FILE", help=catalog_help)
    schema = sub.add_parser(
        "schema", help="print the provider schema as `terraform providers schema -json` does"
    )
    schema.add_argument("--catalog", action="append", default=[], metavar="FILE", help=catalog_help)
    docs = sub.add_parser("docs", help="print (or --write) the README generated from the catalog")
    docs.add_argument("--write", action="store_true", help="write terraform_provider_servicenow/README.md")
    docs.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="FILE",
        help="print the docs of this catalog file's generated tables instead (repeatable)",
    )
    sub.add_parser("serve", help="run the provider (terraform starts it through the launcher)")
    args = parser.parse_args(argv)

    if args.command == "install":
        from terraform_provider_servicenow.catalog_file import CatalogFileError
        from terraform_provider_servicenow.install import install

        try:
            result = install(args.dir, catalogs=args.catalog)
        except CatalogFileError as err:
            print(f"error: {err} (nothing was installed)", file=sys.stderr)
            return 2
        if not args.quiet:
            for type_name, why in result.skipped:
                print(f"note: servicenow_{type_name} left out: {why}", file=sys.stderr)
            state = f"{len(result.written)} file(s) written" if result.changed else "already up to date"
            print(f"servicenow-spoke/servicenow installed in {result.provider_dir} ({state})")
            if args.catalog:
                served = ", ".join(f"servicenow_{name}" for name in result.generated) or "none"
                print(f"generated tables served: {served}")
            print(f"CLI config: export TF_CLI_CONFIG_FILE={result.terraformrc}")
        return 0
    if args.command == "generate":
        from terraform_provider_servicenow.generate_cli import run

        return run(args.instance_url, args.table, args.with_children, args.out, quiet=args.quiet)
    if args.command in ("schema", "docs") and args.catalog:
        from terraform_provider_servicenow.catalog_file import CatalogFileError
        from terraform_provider_servicenow.served import use_catalog_files

        if args.command == "docs" and args.write:
            parser.error("--write writes the provider's own README; print a catalog's docs and redirect them")
        try:
            use_catalog_files(args.catalog)
        except CatalogFileError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
    if args.command == "schema":
        import json

        from terraform_provider_servicenow.schema_json import provider_schema_json

        json.dump(provider_schema_json(), sys.stdout, indent=2, sort_keys=True)
        print()
        return 0
    if args.command == "docs":
        from terraform_provider_servicenow.docs import README_PATH, render_generated, render_readme

        text = render_generated() if args.catalog else render_readme()
        if args.write:
            README_PATH.write_text(text)
        else:
            sys.stdout.write(text)
        return 0
    from terraform_provider_servicenow.provider import serve

    serve([sys.argv[0]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
