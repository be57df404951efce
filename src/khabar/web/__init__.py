"""The server-rendered web UI: templates, static files, highlight and chart helpers."""
