import sys

from xiaobao.cli import main

sys.exit(main())
