"""`make mutation`: mutation testing of the rules, with mutmut (not in CI; see docs/RELIABILITY.md).

mutmut changes the code one small edit at a time (a `<` for a `<=`, a `+ 1`, an argument dropped)
and runs the SQLite tests that cover the changed function (pyproject.toml, [tool.mutmut]); a
mutant that no test notices has survived. Run in full: every mutant of the pure rules
(domain/rules.py, domain/figures.py) and of the task figures (services/dto/). The services that
keep the rules (audit, balance, compliance, destruction, lots) have some 4,500 mutants, hours of
work on this project's machine: a sample of them is run, drawn with a fixed seed so that a rerun
checks the same ones. mutmut keeps each result in mutants/; --sample-only runs the sample again
and reports on both parts, the full part's results as an earlier run left them.

    python tests/mutation.py [--sample 60] [--seed 2026] [--max-children 2] [--sample-only]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

MUTMUT = str(Path(sys.executable).with_name("mutmut"))
IN_FULL = ("stockpile_tracker.domain.*", "stockpile_tracker.services.dto.*")
SAMPLED = "stockpile_tracker.services."


def mutmut(*args: str) -> str:
    return subprocess.run([MUTMUT, *args], check=True, capture_output=True, text=True).stdout


def statuses() -> dict[str, str]:
    """Every mutant mutmut generated, with its status ('killed', 'survived', 'not checked'...)."""
    found = {}
    for line in mutmut("results", "--all", "true").splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            found[name] = status
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=60, help="mutants of the services to run")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-children", default="2")
    parser.add_argument("--sample-only", action="store_true", help="the full part was run before")
    options = parser.parse_args()
    started = time.monotonic()
    if not options.sample_only:
        # This run also generates every mutant, so that the sample can be drawn from them.
        subprocess.run([MUTMUT, "run", "--max-children", options.max_children, *IN_FULL], check=True)
    everything = statuses()
    pool = sorted(
        name
        for name in everything
        if name.startswith(SAMPLED) and not name.startswith("stockpile_tracker.services.dto.")
    )
    sample = sorted(random.Random(options.seed).sample(pool, min(options.sample, len(pool))))
    subprocess.run([MUTMUT, "run", "--max-children", options.max_children, *sample], check=True)
    everything = statuses()
    full = [name for name in everything if not name.startswith(SAMPLED) or ".services.dto." in name]
    minutes = (time.monotonic() - started) / 60
    print(f"\nmutation testing took {minutes:.0f} minutes{' (the sample)' if options.sample_only else ''}")
    for title, names in (
        (f"in full ({', '.join(IN_FULL)})", full),
        (f"sample of {len(sample)} of the services' {len(pool)} mutants (seed {options.seed})", sample),
    ):
        counted = Counter(everything[name] for name in names)
        caught = counted["killed"] + counted["timeout"]
        print(
            f"{title}: {len(names)} mutants, {caught} caught ({caught / max(len(names), 1):.0%}): "
            + ", ".join(f"{count} {status}" for status, count in sorted(counted.items()))
        )
        for name in names:
            if everything[name] not in ("killed", "timeout"):
                print(f"    {everything[name]}: {name}")
    print("See a mutant with: .venv/bin/mutmut show NAME")
    return 0


if __name__ == "__main__":
    sys.exit(main())
