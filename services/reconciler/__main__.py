from services.reconciler.service import main

main()
