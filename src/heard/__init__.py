"""Heard: a calm, phone-free conversation timer for two partners."""

__version__ = "0.1.0"
APP_NAME = "Heard"
APP_ID = "io.github.heard.Heard"
