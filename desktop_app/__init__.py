"""Rolling Journal: watch, practise and log the middle-back rolling exercise."""

__version__ = "0.1.0"
