"""The command line: argparse commands; the reader is imported only when it opens."""
