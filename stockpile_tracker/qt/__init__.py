"""The desktop program. It calls the services and never imports SQLAlchemy."""
