"""The result: income statement, balanskrav and the result reports every page shares."""
