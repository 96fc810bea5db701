"""Words and rules of the domain: no database, no Qt."""
