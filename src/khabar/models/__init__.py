"""Shipped trained models (see docs/models/)."""
