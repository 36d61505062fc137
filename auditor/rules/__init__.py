"""Rules: the policy's clauses as data (`rules/*.toml` at the project root). `schema` defines a
rule, `loader` reads the pack and a school's overrides, `engine` matches items' evidence."""
