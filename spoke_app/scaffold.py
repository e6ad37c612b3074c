"""`spoke new DIR`: a new app folder with the spoke embedded beside a resource of the user's own.

The files come from ``spoke_app/template`` (shipped in the wheel): ``main.py``, ``spoke.toml``,
``README.md``, ``.gitignore``, and ``package.json`` + ``package-lock.json``, the same files that pin the
cdktf CLI of this repository, and ``toolchains/cdktn/package.json`` + ``package-lock.json``, which pin
CDK Terrain's CLI and Node 22 (installed by `spoke setup` only with SPOKE_TOOLCHAIN=cdktn). The app's
code is the same for both toolchains. ``cdktf.json`` is written here.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from .project import SpokeAppError

TEMPLATE = Path(__file__).resolve().parent / "template"
#: template file -> file in the new app
FILES = {
    "main.py": "main.py",
    "spoke.toml": "spoke.toml",
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "package.json": "package.json",
    "package-lock.json": "package-lock.json",
    "toolchains/cdktn/package.json": "toolchains/cdktn/package.json",
    "toolchains/cdktn/package-lock.json": "toolchains/cdktn/package-lock.json",
}
_NPM_NAME = re.compile(r"[^a-z0-9._-]+")


def cdktf_json(name: str) -> dict[str, object]:
    """The app's cdktf.json: the bindings ship with the library, so there is nothing to `cdktf get`."""
    return {
        "language": "python",
        "app": "python main.py",
        "projectId": str(uuid.uuid4()),
        "sendCrashReports": "false",
        "terraformProviders": [],
        "terraformModules": [],
        "codeMakerOutput": "imports",
        "context": {},
    }


def _npm_name(name: str) -> str:
    return _NPM_NAME.sub("-", name.lower()).strip("-._") or "spoke-app"


def new(folder: Path) -> list[Path]:
    """Write a new app into ``folder`` (created; it must be empty if it exists). Return the files."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise SpokeAppError(f"{folder} exists and is not a folder. Fix: give a new folder name")
    if folder.is_dir() and any(folder.iterdir()):
        raise SpokeAppError(
            f"{folder} is not empty: `spoke new` writes a new app and overwrites nothing. "
            "Fix: give a new or empty folder"
        )
    name = folder.resolve().name
    contents: dict[str, str] = {}
    for source, target in FILES.items():
        text = (TEMPLATE / source).read_text(encoding="utf-8")
        if source == "README.md":
            text = text.replace("{name}", name)
        if source.endswith(("package.json", "package-lock.json")):
            cdktn = source.startswith("toolchains/cdktn/")
            npm_name = _npm_name(name) + ("-cdktn" if cdktn else "")
            data = json.loads(text)
            data["name"] = npm_name
            data.get("packages", {}).get("", {})["name"] = npm_name
            if source.endswith("package.json"):
                data["description"] = (
                    "CDK Terrain's CLI and Node 22, pinned (`SPOKE_TOOLCHAIN=cdktn spoke setup`)."
                    if cdktn
                    else "The cdktf CLI of this app, pinned (installed by `spoke setup`)."
                )
            text = json.dumps(data, indent=2) + "\n"
        contents[target] = text
    contents["cdktf.json"] = json.dumps(cdktf_json(name), indent=2) + "\n"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for target, text in contents.items():
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
