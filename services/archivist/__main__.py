from services.archivist.service import main

main()
