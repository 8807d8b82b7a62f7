"""``python -m actorlens``: the same as the ``actorlens`` command."""

from .cli import main

raise SystemExit(main())
