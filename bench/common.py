"""What every part of the benchmark shares: its folders, the megabyte and the progress log."""
import os
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
MB = 1e6  # MB = 10^6 bytes, everywhere


def log(message):
    """Progress goes to standard error; the report alone goes to standard output."""
    print(message, file=sys.stderr, flush=True)
