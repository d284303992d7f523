from graph.browser import main

main()
