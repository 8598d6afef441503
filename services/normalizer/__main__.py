from services.normalizer.service import main

main()
