package org.safeguard.platform.modules;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.ShellUtil;
import org.safeguard.platform.api.security.CurrentUser;

/** What every module command shares: who is acting, and errors as one line instead of a stack trace. */
final class ModuleCommandSupport {

    private ModuleCommandSupport() {
    }

    static CurrentUser actor() {
        return ConsoleEnablement.consoleActor(ShellUtil.getCurrentUserName());
    }

    static Object run(Session session, Supplier<String> action) {
        PrintStream out = session.getConsole();
        try {
            out.println(action.get());
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println("Error: " + e.getMessage());
        }
        return null;
    }
}
