package org.policyexplorer.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.policyexplorer.app.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line picocli could not parse, told in the user's language: a value an option does not take (with
 * the values it does), a missing option, an unknown argument — then where to read the usage. Exit 2.
 */
public final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final Messages messages;

    public UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(describe(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            command.getErr().println("  " + String.join(", ", unmatched.getSuggestions()) + "?");
        }
        if (command.getParent() != null && !command.getSubcommands().isEmpty()) {
            command.usage(command.getErr()); // a group such as bench: its usage is the list of what it holds
        } else {
            command.getErr().println(messages.get("cli.error.seeHelp", command.getCommandSpec().qualifiedName()));
        }
        command.getErr().flush();
        return 2;
    }

    String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return messages.get("cli.error.missing", missing.getMissing().stream().map(UsageErrors::nameOf)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            Class<?> type = arg.type();
            if (type.isEnum()) {
                List<String> names = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
                return messages.get("cli.error.badValue", nameOf(arg), e.getValue(), String.join("、", names));
            }
            if (Number.class.isAssignableFrom(boxed(type))) {
                return messages.get("cli.error.badNumber", nameOf(arg), e.getValue());
            }
        }
        return messages.get("cli.error.usage", e.getMessage());
    }

    private static String nameOf(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == double.class
                ? Double.class : type == float.class ? Float.class : type == short.class ? Short.class
                : type == byte.class ? Byte.class : type;
    }
}
