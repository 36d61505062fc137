"""One module per platform format. Every module here is imported by the registry."""
