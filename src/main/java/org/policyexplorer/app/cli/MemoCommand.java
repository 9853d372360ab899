package org.policyexplorer.app.cli;

import java.io.PrintWriter;
import org.policyexplorer.annotate.AnnotationException;
import org.policyexplorer.app.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code memo (--report ID | --tag NAME) [--set TEXT | --clear] [--json]}: a memo on a report or on a tag. */
@Command(name = "memo", description = "Show, set or clear the memo of a report or of a tag (code).")
final class MemoCommand extends ContextCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Owner owner;

    static final class Owner {
        @Option(names = "--report", paramLabel = "ID", description = "The report's memo.")
        Long report;

        @Option(names = "--tag", paramLabel = "NAME", description = "The tag's memo.")
        String tag;
    }

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @Option(names = "--set", paramLabel = "TEXT", description = "The new memo, as given.")
        String set;

        @Option(names = "--clear", description = "Remove the memo.")
        boolean clear;
    }

    /** What {@code memo --json} prints: whose memo (the other owner null) and its text ("" for none). */
    record MemoJson(Long report, String tag, String memo) {
    }

    @Override
    void run(AppContext context, PrintWriter out) {
        String memo;
        try {
            if (owner.report != null) {
                long id = ReportSelection.load(context, owner.report).report().id();
                if (change != null) {
                    context.memos().setReportMemo(id, change.clear ? "" : change.set);
                }
                memo = context.memos().reportMemo(id);
            } else {
                if (change != null) {
                    context.memos().setTagMemo(owner.tag, change.clear ? "" : change.set);
                }
                memo = context.memos().tagMemo(owner.tag);
            }
        } catch (AnnotationException e) {
            throw AnnotationJson.userError(context, e);
        }
        if (json) {
            Json.print(out, new MemoJson(owner.report, owner.tag, memo));
        } else if (!memo.isEmpty()) {
            out.println(memo);
        }
    }
}
