"""``python -m jogg.cli``: the same as the ``jogg`` console script."""

from . import main

raise SystemExit(main())
