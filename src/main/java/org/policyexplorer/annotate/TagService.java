package org.policyexplorer.annotate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.Tag;
import org.policyexplorer.store.TagRepository;

/**
 * The tags (codes) as a tree: renaming (onto an existing tag: merging, children included), removing (its
 * children move up), moving under another tag (never under itself or its own descendants), colours.
 */
public final class TagService {
    private final TagRepository tags;

    public TagService(TagRepository tags) {
        this.tags = tags;
    }

    public Codebook codebook() {
        return new Codebook(tags.list());
    }

    /** Every tag with how many live annotations carry it, most used first. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tags.list().stream().sorted((a, b) -> a.uses() != b.uses() ? Integer.compare(b.uses(), a.uses())
                : a.name().compareTo(b.name())).forEach(t -> counts.put(t.name(), t.uses()));
        return counts;
    }

    /** Renames a tag everywhere; onto a tag that exists, the two merge. Blank or unchanged names do nothing. */
    public void rename(String from, String to) throws AnnotationException {
        require(from);
        if (to == null || to.isBlank() || to.strip().equals(from)) {
            return;
        }
        tags.rename(from, to.strip());
    }

    /** Takes a tag off every annotation (the annotations stay); the tags under it move up to its parent. */
    public void delete(String name) throws AnnotationException {
        require(name);
        tags.delete(name);
    }

    /**
     * Puts a tag under {@code parent} (created when there is no tag of that name yet, as a heading for codes);
     * null or blank puts it at the top.
     */
    public void move(String name, String parent) throws AnnotationException {
        require(name);
        if (parent == null || parent.isBlank()) {
            tags.setParent(name, null);
            return;
        }
        String p = parent.strip();
        if (p.equals(name) || tags.isBelow(p, name)) {
            throw new AnnotationException(AnnotationException.Problem.TAG_LOOP, name, p);
        }
        tags.setParent(name, p);
    }

    public void color(String name, String color) throws AnnotationException {
        require(name);
        if (!Tag.isColor(color)) {
            throw new AnnotationException(AnnotationException.Problem.BAD_COLOR, color);
        }
        tags.setColor(name, color.toLowerCase(java.util.Locale.ROOT));
    }

    void require(String name) throws AnnotationException {
        if (name == null || tags.find(name).isEmpty()) {
            throw new AnnotationException(AnnotationException.Problem.NO_SUCH_TAG, name);
        }
    }
}
