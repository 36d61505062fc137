"""One module per detector; every module here is imported by the registry."""
