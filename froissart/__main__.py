from froissart.cli import main

main()
