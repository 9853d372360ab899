package org.policyexplorer.ui.print;

/**
 * One block of a printout: a heading, a paragraph, or (for the comparison) a row with the review's text on the
 * left and the plan's on the right.
 *
 * @param right null for a block across the whole width
 */
public record PrintBlock(String left, String right, boolean heading) {

    public static PrintBlock heading(String text) {
        return new PrintBlock(text, null, true);
    }

    public static PrintBlock paragraph(String text) {
        return new PrintBlock(text, null, false);
    }

    /** The names of the two columns, set in bold. */
    public static PrintBlock columnHeads(String left, String right) {
        return new PrintBlock(left, right, true);
    }

    public static PrintBlock row(String left, String right) {
        return new PrintBlock(left, right == null ? "" : right, false);
    }

    public boolean twoColumns() {
        return right != null;
    }
}
