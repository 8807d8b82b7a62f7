"""``python -m actorlens``: the same as the ``actorlens`` command."""

from .driver.cli import main

raise SystemExit(main())
