package dev.ogrender.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code og-render}: renders HTML/CSS templates into Open Graph images.
 *
 * <p>Every failure ends with a non-zero exit code and one line {@code og-render: error: ...} on stderr;
 * {@code --debug} adds the stack trace. Exit codes: 0 success, 1 bad input or failed render, 2 bad
 * command-line usage.
 */
@Command(name = "og-render", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Renders HTML/CSS templates into Open Graph images (PNG or JPEG), no browser needed.",
        footer = {"", "Faster start (AppCDS): run 'og-render cds --archive og-render.jsa' once, then",
            "  java -XX:SharedArchiveFile=og-render.jsa -XX:TieredStopAtLevel=1 \\",
            "    -jar og-render.jar render ...",
            "or use bin/og-render, which makes and uses the archive by itself."},
        subcommands = {RenderCommand.class, BatchCommand.class, CdsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input or a failed render. */
    static final int EXIT_FAILURE = 1;
    /** Exit code for bad command-line usage. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the command with og-render's error reporting; the caller may redirect its out and err */
    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler(Main::reportFailure);
        cmd.setParameterExceptionHandler(Main::reportUsageError);
        return cmd;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand; try 'og-render render --help'");
    }

    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("og-render: error: " + describe(e));
        if (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILURE;
    }

    private static int reportUsageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("og-render: error: " + oneLine(e.getMessage())
                + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return EXIT_USAGE;
    }

    /** One line saying what went wrong, for any exception, including ones we did not foresee. */
    static String describe(Throwable e) {
        if (e instanceof CliException || e instanceof dev.ogrender.api.RenderException
                || e instanceof IllegalArgumentException) {
            return oneLine(e.getMessage());
        }
        String message = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
        return e.getClass().getSimpleName() + message + " (run with --debug for details)";
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"og-render " + p.getProperty("version", "(development build)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
