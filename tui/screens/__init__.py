"""One screen per step of the audit, each with its styles in a `.tcss` file beside it."""
