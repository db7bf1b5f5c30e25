"""The facilitators' guide: its small Markdown read from resources/guide, for the window and the PDF."""
