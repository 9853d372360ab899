package org.policyexplorer.annotate.refi;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policyexplorer.TestReports;
import org.policyexplorer.annotate.Qdpx;

/**
 * A .qdpx written by hand in the shape MAXQDA and QualCoder write: codes with colours (one as #rgb), a code
 * hierarchy under a category that is not codable, GUIDs in braces and capitals, the text under {@code Sources/},
 * positions in characters of a text with characters outside the BMP before them, a passage's Description, memos
 * as Notes with NoteRef from a code, a source, a passage and a coding, one memo kept in a file of its own.
 */
final class HandWrittenProject {
    static final String TEXT = TestReports.withOutsideBmp("report_hailar_2018.txt");
    static final String SOURCE = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}";
    static final String RIVER = "{A1B2C3D4-0000-4000-8000-000000000001}";
    static final String SAND = "{A1B2C3D4-0000-4000-8000-000000000002}";
    static final String SHANTY = "{A1B2C3D4-0000-4000-8000-000000000003}";

    private HandWrittenProject() {
    }

    /** Where a phrase starts, in characters (code points) of the text, as REFI-QDA counts them. */
    static int at(String phrase) {
        return TEXT.codePointCount(0, TEXT.indexOf(phrase));
    }

    static String selection(String guid, String name, String phrase, String inside) {
        int start = at(phrase);
        int end = start + phrase.codePointCount(0, phrase.length());
        return "<PlainTextSelection guid=\"" + guid + "\" name=\"" + name + "\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\" creatingUser=\"{0D6A1B44-0000-4000-8000-0000000000AA}\" "
                + "creationDateTime=\"2024-03-01T10:05:00Z\">" + inside + "</PlainTextSelection>";
    }

    static String project(String selections) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"海拉尔研究\" origin=\"MAXQDA 2022\" "
                + "creationDateTime=\"2024-03-01T10:00:00Z\">\n"
                + "<Users><User guid=\"{0D6A1B44-0000-4000-8000-0000000000AA}\" name=\"研究者\"/></Users>\n"
                + "<CodeBook><Codes>\n"
                + "<Code guid=\"{C0DE0000-0000-4000-8000-000000000001}\" name=\"生态\" isCodable=\"true\" color=\"#4CAF50\">"
                + "<Description>生态文明相关</Description>"
                + "<NoteRef targetGUID=\"{0E0E0000-0000-4000-8000-000000000001}\"/>"
                + "<Code guid=\"{C0DE0000-0000-4000-8000-000000000002}\" name=\"河长制\" isCodable=\"true\" color=\"#2196F3\"/>"
                + "</Code>\n"
                + "<Code guid=\"{C0DE0000-0000-4000-8000-000000000003}\" name=\"城建\" isCodable=\"false\" color=\"#F44\">"
                + "<Code guid=\"{C0DE0000-0000-4000-8000-000000000004}\" name=\"棚户区改造\" isCodable=\"true\" "
                + "color=\"#FF9800\"/></Code>\n"
                + "</Codes></CodeBook>\n"
                + "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"海拉尔区2018年政府工作报告\" "
                + "plainTextPath=\"internal://" + SOURCE + ".txt\">\n" + selections + "\n"
                + "<NoteRef targetGUID=\"{0E0E0000-0000-4000-8000-000000000004}\"/></TextSource></Sources>\n"
                + "<Notes>"
                + "<Note guid=\"{0E0E0000-0000-4000-8000-000000000001}\" name=\"生态的备忘\">"
                + "<PlainTextContent>编码说明：&#13;\n生态</PlainTextContent></Note>"
                + "<Note guid=\"{0E0E0000-0000-4000-8000-000000000002}\" name=\"段落\"><PlainTextContent>段落备忘"
                + "</PlainTextContent></Note>"
                + "<Note guid=\"{0E0E0000-0000-4000-8000-000000000003}\" name=\"编码\"><PlainTextContent>编码备忘"
                + "</PlainTextContent></Note>"
                + "<Note guid=\"{0E0E0000-0000-4000-8000-000000000004}\" name=\"报告\" "
                + "plainTextPath=\"internal://{0E0E0000-0000-4000-8000-000000000004}.txt\"/>"
                + "</Notes>\n</Project>\n";
    }

    static String selections() {
        return selection(RIVER, "河长制", "河长制", "<Description>全面推行</Description><Coding guid="
                + "\"{C0D10000-0000-4000-8000-000000000001}\"><CodeRef targetGUID=\"{C0DE0000-0000-4000-8000-000000000002}\"/>"
                + "</Coding>")
                + selection(SAND, "违规采砂", "违规采砂", "<Coding guid=\"{C0D10000-0000-4000-8000-000000000002}\">"
                + "<CodeRef targetGUID=\"{C0DE0000-0000-4000-8000-000000000001}\"/>"
                + "<NoteRef targetGUID=\"{0E0E0000-0000-4000-8000-000000000003}\"/></Coding>"
                + "<Coding guid=\"{C0D10000-0000-4000-8000-000000000003}\"><CodeRef targetGUID="
                + "\"{C0DE0000-0000-4000-8000-000000000002}\"/></Coding>"
                + "<NoteRef targetGUID=\"{0E0E0000-0000-4000-8000-000000000002}\"/>")
                + selection(SHANTY, "棚户区", "棚户区", "<Coding guid=\"{C0D10000-0000-4000-8000-000000000004}\">"
                + "<CodeRef targetGUID=\"{C0DE0000-0000-4000-8000-000000000004}\"/></Coding>");
    }

    /** The project with these selections and the text, in a .qdpx. */
    static Path write(Path target, String selections) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", project(selections));
        entries.put("Sources/" + SOURCE + ".txt", TEXT);
        entries.put("Sources/{0E0E0000-0000-4000-8000-000000000004}.txt", "报告的总体备忘");
        return Qdpx.write(target, entries);
    }
}
