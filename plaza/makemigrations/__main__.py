"""``python -m plaza.makemigrations``: see ``plaza.makemigrations.cli``."""

import sys

from plaza.makemigrations.cli import main

sys.exit(main())
