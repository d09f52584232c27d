"""Alpha trans_ functions, one module per instruction family."""
