package io.telesim.simulator.web.business;

/** A branch as the API and the pages show it: its path from the root and how many numbers sit directly in it. */
public record BranchView(String id, String parentId, String name, String path, long numbers) {
}
