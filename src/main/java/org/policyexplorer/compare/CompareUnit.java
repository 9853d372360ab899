package org.policyexplorer.compare;

import org.policyexplorer.domain.Section;

/**
 * What is compared: a topic, or a chapter that has no topics, or a paragraph of a part that has neither.
 *
 * @param chapter the chapter it belongs to (itself for a chapter unit), or null
 * @param key     its identity for stored links: titles from the part down, which survive re-import
 */
public record CompareUnit(Section section, Section chapter, String title, String key, String text) {
}
