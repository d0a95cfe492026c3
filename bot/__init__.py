"""xiuhua (绣花): keeps the ledger of problems found in community work groups until each is fixed."""
