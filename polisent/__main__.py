from polisent.cli import main
import sys

sys.exit(main())
