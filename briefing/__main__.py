"""`python -m briefing`."""

import sys

from briefing.cli.main import main

sys.exit(main())
