package io.telesim.engine.journal;

/** Placeholder until the journal lands. */
public enum FsyncPolicy { PER_BATCH, INTERVAL, NONE }
