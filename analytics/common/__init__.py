"""What every feature shares and that belongs to none: text normalising (more to come here as
the features move into their own packages, see the README's architecture section)."""
