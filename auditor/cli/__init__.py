"""The scriptable command line. `auditor` alone opens the TUI."""
