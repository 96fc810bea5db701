"""Reports: service data in, HTML and CSV out. No Qt here; qt/printing.py prints the HTML."""
