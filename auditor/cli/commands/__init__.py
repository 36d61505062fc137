"""One module per subcommand, each with a `COMMAND`."""
