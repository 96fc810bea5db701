"""What the services hand out: frozen snapshots, never live ORM objects; one module per area."""
