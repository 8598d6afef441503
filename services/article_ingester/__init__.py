"""article-ingester: RSS/Atom feeds and the article pages they link to, as Documents on feeds.documents."""
