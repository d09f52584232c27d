"""trans_* functions of the Arm front end, one module per instruction group."""
