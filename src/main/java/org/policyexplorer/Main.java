package org.policyexplorer;

import java.io.PrintWriter;
import java.util.OptionalInt;
import org.policyexplorer.app.ClassDataLaunch;
import org.policyexplorer.app.Launcher;
import org.policyexplorer.ui.window.PolicyExplorerApp;

/**
 * The entry point of {@code policy-explorer.jar}: a plain class (not the JavaFX Application) so the jar starts
 * with JavaFX on the class path. The only class that knows both the command line and the window, so neither
 * of those packages depends on the other.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        long startNanos = ClassDataLaunch.launchNanos();
        OptionalInt relaunched = ClassDataLaunch.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        int exit = Launcher.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                options -> PolicyExplorerApp.launchWindow(options, startNanos));
        System.exit(exit);
    }
}
