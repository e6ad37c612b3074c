"""The README's table of choices, rendered from ``choices.CHOICES`` (the one place they are declared).

python -m servicenow_emulator.choices_readme            print the table
python -m servicenow_emulator.choices_readme --write    rewrite it in servicenow_emulator/README.md
"""

from typing import Final

from servicenow_emulator.choices import CHOICES


def readme_table() -> str:
    """The README's table of choices, rendered from CHOICES."""
    lines = ["| choice | the emulator | source (and what it leaves open) |", "|---|---|---|"]
    for choice in CHOICES:
        names = ", ".join(f"`{n}`" for n in choice.names)
        lines.append(
            f"| {choice.topic} | {choice.emulator} | {choice.source}{f' ({names})' if names else ''} |"
        )
    return "\n".join(lines) + "\n"


README_BEGIN: Final = "<!-- choices: rendered from choices.CHOICES; edit there -->\n"
README_END: Final = "<!-- choices: end -->\n"


def render_readme(text: str) -> str:
    """``text`` (the emulator's README) with its table of choices rendered anew."""
    start = text.index(README_BEGIN) + len(README_BEGIN)
    end = text.index(README_END)
    return text[:start] + readme_table() + text[end:]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    readme = Path(__file__).with_name("README.md")
    if sys.argv[1:] == ["--write"]:
        readme.write_text(render_readme(readme.read_text()))
    else:
        sys.stdout.write(readme_table())
