"""The catalogues, the provinces' plans, agencies and units, and assignment tables."""
