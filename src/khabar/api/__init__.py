"""The HTTP API and web UI of khabar: ``create_app(db_path, api_key=...)``."""

from khabar.api.app import create_app

__all__ = ["create_app"]
