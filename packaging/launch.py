"""The frozen app's entry point (PyInstaller needs a script): the same as `python -m heard`."""

import sys

from heard.cli import main

if __name__ == "__main__":
    sys.exit(main())
