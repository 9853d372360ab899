package org.policyexplorer.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search as the user typed it, understood as Ctrl+F plus a little: words separated by spaces must all
 * occur; {@code "…"} keeps a phrase with spaces together; {@code -词} excludes; {@code OR} between words gives
 * alternatives. Anything else is literal text: FTS syntax (AND, NEAR, *, ^, :), SQL characters, quotes that
 * do not close, Chinese quotes and punctuation are searched as typed. Terms are folded (full/half width, case).
 *
 * @param alternatives each a list of terms that must all occur; a row matches if any alternative does
 * @param excluded     terms that must not occur
 */
public record SearchQuery(String text, List<List<String>> alternatives, List<String> excluded) {
    /** Longer queries are cut here: no paragraph is this long, and a huge phrase only costs time. */
    public static final int MAX_LENGTH = 1000;

    public SearchQuery {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /** Every term that can match, each once: what is counted and highlighted. */
    public List<String> positiveTerms() {
        Set<String> terms = new LinkedHashSet<>();
        alternatives.forEach(terms::addAll);
        return List.copyOf(terms);
    }

    /**
     * One term exactly as written — spaces, quotes, a leading {@code -} and {@code OR} included — for counting a
     * term (趋势, a concordance) where nothing is an operator. Cut at {@link #MAX_LENGTH} like any query.
     */
    public static SearchQuery literal(String term) {
        String text = term == null ? "" : term.length() > MAX_LENGTH ? term.substring(0, MAX_LENGTH) : term;
        String folded = SearchFolding.fold(text);
        return folded.isEmpty() ? new SearchQuery(text, List.of(), List.of())
                : new SearchQuery(text, List.of(List.of(folded)), List.of());
    }

    public static SearchQuery parse(String input) {
        String text = input == null ? "" : input;
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<Token> tokens = tokenize(SearchFolding.fold(text));
        String typed = text;
        List<List<String>> alternatives = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean orBetweenTerms = token.isOr(typed) && !current.isEmpty() && i + 1 < tokens.size();
            if (orBetweenTerms) {
                alternatives.add(current);
                current = new ArrayList<>();
            } else if (token.excluded()) {
                excluded.add(token.text());
            } else {
                current.add(token.text());
            }
        }
        if (!current.isEmpty()) {
            alternatives.add(current);
        }
        return new SearchQuery(input == null ? "" : input, alternatives, excluded);
    }

    /** A word or phrase of the query at {@code [start, end)} of the typed text; quoted ones are never operators. */
    private record Token(String text, int start, int end, boolean quoted, boolean excluded) {
        /** Only "OR" in capitals, as typed, is the operator; "or" is a word. */
        boolean isOr(String typed) {
            return !quoted && !excluded && typed.substring(start, end).equals("OR");
        }
    }

    private static List<Token> tokenize(String folded) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < n && !Character.isWhitespace(folded.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            if (start < n && folded.charAt(start) == '"') {
                int close = folded.indexOf('"', start + 1);
                int end = close < 0 ? n : close;   // an unclosed quote runs to the end
                String phrase = folded.substring(start + 1, end).strip();
                if (!phrase.isEmpty()) {
                    tokens.add(new Token(phrase, start, end, true, excluded));
                }
                i = close < 0 ? n : close + 1;
                continue;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(folded.charAt(end))) {
                end++;
            }
            tokens.add(new Token(folded.substring(start, end), start, end, false, excluded));
            i = end;
        }
        return tokens;
    }
}
