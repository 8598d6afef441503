from services.post_ingester.service import main

main()
