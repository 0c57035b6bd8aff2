"""The library: where briefings are found, and the index over them."""
