package org.policyexplorer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tags of a store as a tree: each tag's parent, children, path and descendants. Exports walk it to nest codes,
 * the annotation list and the chart to roll counts up to parents. A tag whose parent is not among the tags (or
 * a loop, which the store refuses to make) is treated as a top-level tag.
 */
public final class Codebook {
    private final Map<String, Tag> byName = new LinkedHashMap<>();
    private final Map<String, List<Tag>> children = new LinkedHashMap<>();
    private final List<Tag> roots = new ArrayList<>();
    private final Set<String> rootNames = new java.util.HashSet<>();

    public Codebook(List<Tag> tags) {
        List<Tag> sorted = new ArrayList<>(tags);
        sorted.sort(Comparator.comparing(Tag::name));
        sorted.forEach(t -> byName.put(t.name(), t));
        for (Tag t : sorted) {
            if (t.parent() == null || !byName.containsKey(t.parent()) || loops(t)) {
                roots.add(t);
                rootNames.add(t.name());
            } else {
                children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    public static Codebook empty() {
        return new Codebook(List.of());
    }

    /**
     * This book with every one of these names in it: a name it lacks is added at the top, coloured from the
     * palette in turn. Exports use it so that every tag an annotation carries is a code, whatever book they got.
     */
    public Codebook including(java.util.Collection<String> names) {
        List<Tag> all = new ArrayList<>(byName.values());
        int next = 0;
        for (String name : new java.util.TreeSet<>(names)) {
            if (!byName.containsKey(name)) {
                all.add(new Tag(name, null, Tag.PALETTE.get(next++ % Tag.PALETTE.size()), "", 0));
            }
        }
        return all.size() == byName.size() ? this : new Codebook(all);
    }

    private boolean loops(Tag t) {
        Set<String> seen = new LinkedHashSet<>();
        for (String at = t.name(); at != null && byName.containsKey(at); at = byName.get(at).parent()) {
            if (!seen.add(at)) {
                return true;
            }
        }
        return false;
    }

    /** Every tag, parents before their children, siblings by name. */
    public List<Tag> tags() {
        List<Tag> out = new ArrayList<>();
        roots.forEach(r -> walk(r, out));
        return out;
    }

    private void walk(Tag t, List<Tag> out) {
        out.add(t);
        children(t.name()).forEach(c -> walk(c, out));
    }

    public List<Tag> roots() {
        return List.copyOf(roots);
    }

    public List<Tag> children(String name) {
        return List.copyOf(children.getOrDefault(name, List.of()));
    }

    public Optional<Tag> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The tag's parent as the tree has it: null at the top (or when its parent is not known). */
    public String parentOf(String name) {
        Tag t = byName.get(name);
        return t == null || rootNames.contains(name) ? null : t.parent();
    }

    /** The names from the top-level tag down to this one; a tag not in the book is its own path. */
    public List<String> path(String name) {
        List<String> path = new ArrayList<>();
        for (String at = name; at != null; at = parentOf(at)) {
            path.add(0, at);
        }
        return path;
    }

    /** The path as shown: 生态 › 河长制. */
    public String pathText(String name) {
        return String.join(Tag.PATH_SEPARATOR, path(name));
    }

    /** The top-level tag above this one (itself when it is at the top): what a chart rolls up to. */
    public String rootOf(String name) {
        return path(name).get(0);
    }

    /** This tag and every tag below it. */
    public Set<String> withDescendants(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        for (Tag c : children(name)) {
            out.addAll(withDescendants(c.name()));
        }
        return out;
    }

    /** The tag's colour, or null when the tag is not in the book. */
    public String colorOf(String name) {
        Tag t = byName.get(name);
        return t == null ? null : t.color();
    }
}
