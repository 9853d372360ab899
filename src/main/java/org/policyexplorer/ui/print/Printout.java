package org.policyexplorer.ui.print;

import java.util.List;

/** What is to be printed: a title repeated at the top of every page, and the blocks in reading order. */
public record Printout(String title, List<PrintBlock> blocks) {

    public Printout {
        blocks = List.copyOf(blocks);
    }
}
