"""``python -m spaser_nlp`` is the ``spaser`` command."""

if __name__ == "__main__":
    from spaser_nlp.cli import main

    main()
