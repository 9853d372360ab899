package org.policyexplorer.annotate.refi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What this program takes from a REFI-QDA project: codes, text sources with their selections, and notes. */
record QdeProject(List<Code> codes, List<TextSource> sources, List<String> otherSources, Map<String, Note> notes,
                  List<String> projectNoteRefs) {

    /** A code, with the codes nested in it. */
    record Code(String guid, String name, String color, String description, List<String> noteRefs,
                List<Code> children) {
    }

    /** A text source: its text (a file in the archive, or inline), memo parts and coded passages. */
    record TextSource(String guid, String name, String plainTextPath, String plainTextContent, String description,
                      List<String> noteRefs, List<Selection> selections, int wholeSourceCodings) {
    }

    /** A passage of a source by position (characters), with what codes and notes it has. */
    record Selection(String guid, String name, long start, long end, String description, List<String> noteRefs,
                     List<Coding> codings, Instant created) {
    }

    /** One code applied to a passage, with notes on that coding. */
    record Coding(String codeGuid, List<String> noteRefs) {
    }

    /** A note (a memo); its text is inline or a file in the archive, read by then. */
    record Note(String guid, String name, String text) {
    }
}
