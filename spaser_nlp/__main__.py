from spaser_nlp.cli import main

main()
