"""Practice without Qt: the session clock, the guided plan, day/week counting and reminder slots."""
