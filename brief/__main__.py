"""`python -m brief` and the `brief` console script.

A command is one short process. Its imports (Typer, the pipeline's modules) make tens of
thousands of objects that live until it exits, and with the cyclic garbage collector on,
each of its passes looks at all of the young ones again and finds nothing to free: about
0.02 s of a brief's start, before the extraction child is forked, so on the way of both
processes. So the collector is off while the command line's modules load, and what they
made is moved out of its sight (`gc.freeze`) before it is turned on again for the command
(`brief make` then turns it off for the brief itself, see brief.cli._no_collections).
"""

import gc


def main() -> None:
    gc.disable()
    from brief.cli import main as run_command

    gc.freeze()
    gc.enable()
    run_command()


if __name__ == "__main__":
    main()
