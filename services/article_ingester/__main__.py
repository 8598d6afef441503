from services.article_ingester.service import main

main()
