"""Qt widgets: they call the layers below through small named APIs."""
