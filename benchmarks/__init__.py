"""Benchmarks: `make bench` runs `python -m benchmarks.ledger_bench` on a seeded synthetic national
stockpile built by `benchmarks.synthetic` and cached in bench-data/."""
