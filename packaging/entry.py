"""The bundle's entry script: PyInstaller freezes this, and it runs `desktop_app.app.main`
(the same function the `rolling-journal` gui-script of a pip install calls)."""

from __future__ import annotations

import sys

from desktop_app.app import main

if __name__ == "__main__":
    sys.exit(main())
