"""Local stand-in servers that speak the real formats (news sites, the X API v2), on 127.0.0.1 port 0."""
