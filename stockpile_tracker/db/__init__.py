"""Persistence: typed models, the engine factory and migrate-on-open."""
