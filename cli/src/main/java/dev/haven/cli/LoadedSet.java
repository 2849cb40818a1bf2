package dev.haven.cli;

import dev.haven.core.model.ClauseSet;

/** A valid clause set with the file it came from, as the user named it. */
record LoadedSet(String file, ClauseSet set) {}
