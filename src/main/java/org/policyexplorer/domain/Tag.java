package org.policyexplorer.domain;

import java.util.List;

/**
 * A tag — a code, in the words of QDA tools: its name (unique in a store), the name of the tag it sits under
 * (null at the top), its colour ({@code #rrggbb}), its memo, and how many live annotations carry it.
 */
public record Tag(String name, String parent, String color, String memo, int uses) {
    /**
     * The colours new tags are given, in turn, so that codes stay apart in a QDA tool (the first one not yet
     * taken; after all twelve, round again). Migration 008 gives tags stored before the same colours.
     */
    public static final List<String> PALETTE = List.of("#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8",
            "#4db6ac", "#f06292", "#a1887f", "#7986cb", "#dce775", "#90a4ae", "#ffd54f");

    /** Between the names of a tag's path, as sections' paths are shown: 生态 › 河长制. */
    public static final String PATH_SEPARATOR = " › ";

    public Tag {
        memo = memo == null ? "" : memo;
    }

    /** Whether a colour is one a tag can have: {@code #rrggbb}, as REFI-QDA and the colour picker write it. */
    public static boolean isColor(String color) {
        return color != null && color.matches("#[0-9a-fA-F]{6}");
    }
}
