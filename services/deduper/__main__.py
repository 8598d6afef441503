from services.deduper.service import main

main()
