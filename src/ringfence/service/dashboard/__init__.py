"""The moderators' review dashboard: a static page (HTML + vanilla JS) that calls the JSON API with a pasted key."""
