"""LinkedIn "Get a copy of your data": CSV files, mostly at the root of the zip."""
