"""``python -m khabar …``: the same command line as the ``khabar`` script."""

from khabar.cli import main

if __name__ == "__main__":
    main()
