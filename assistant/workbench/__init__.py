"""What the app needs around the answer engine: service, presentation, exports, Kamervraag drafts, feedback."""
