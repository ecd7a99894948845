package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ogrender.internal.Problem;
import dev.ogrender.internal.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    private static final String PAGE = """
        <!DOCTYPE html>
        <html><head><style>
        .a {
          justify-content: spread;
          colr: red;
          clip-path: circle(4px);
        }
        @media (max-width: 600px) { .a { color: red } }
        p::before { content: "x" }
        </style></head>
        <body><div class=a style="width: env(safe-area-x); overflow: scroll">x</div></body></html>
        """;

    private static Problem problem(String message, int line, int column) {
        return new Problem(Problem.Kind.STYLE, message, line, column);
    }

    @Test
    void warningsSayWhatWhereAndWhatIsAllowed() {
        List<Problem> warnings = Styles.of(PAGE).diag.warnings();
        assertEquals(List.of(
            problem("Invalid value \"spread\" for justify-content. Allowed: flex-start | flex-end | center"
                + " | space-between | space-around | space-evenly | start | end | left | right | normal", 4, 3),
            problem("Unknown property \"colr\"", 5, 3),
            problem("Unsupported property \"clip-path\"", 6, 3),
            problem("Unsupported at-rule \"@media\" (its rules are ignored)", 8, 1),
            problem("Unsupported selector \"p::before\": pseudo-elements are not supported yet", 9, 1),
            problem("Unsupported value \"env(safe-area-x)\" for width: env() is not supported yet", 11, 27),
            problem("Unsupported value \"scroll\" for overflow (treated as hidden)", 11, 52)),
            warnings);
    }

    @Test
    void strictModeThrowsTheFirstProblem() {
        ProblemException e = assertThrows(ProblemException.class, () -> Styles.of(PAGE, true));
        assertEquals(4, e.problem().line());
        assertEquals(3, e.problem().column());
        assertEquals(Problem.Kind.STYLE, e.problem().kind());
    }

    @Test
    void strictModeAcceptsTheReferenceCard() {
        Styles.of(ReferenceCardTest.card(), true);
    }

    @Test
    void syntaxErrorSkipsOnlyTheBrokenDeclaration() {
        Styles s = Styles.of("<style>\n#t { color: red; junk junk; width: 10px }\n</style><div id=t></div>");
        assertEquals(0xFFFF0000, s.id("t").color);
        assertEquals(Length.px(10), s.id("t").width);
        assertEquals(List.of(problem("CSS syntax error near \"junk\": skipped up to the next \";\" or \"}\"", 2, 23)),
            s.diag.warnings());
    }

    @Test
    void ignoredPropertiesAreSilent() {
        Styles s = Styles.of("<div style='-webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility;"
            + " cursor: pointer; user-select: none'></div>");
        assertEquals(List.of(), s.messages());
    }

    @Test
    void pictureChangingPropertiesWarn() {
        Styles s = Styles.of("<div style='clip-path: circle(1px); mix-blend-mode: multiply; backdrop-filter: blur(1px)'>"
            + "</div>");
        assertEquals(List.of("Unsupported property \"clip-path\"", "Unsupported property \"mix-blend-mode\"",
            "Unsupported property \"backdrop-filter\""), s.messages());
    }

    @Test
    void unsupportedValuesWithFallbacks() {
        Styles s = Styles.of("<div id=t style='display: grid; border: 1px groove red;"
            + " background: conic-gradient(red, blue), white; position: fixed'></div>");
        assertEquals(List.of(
            "Unsupported value \"grid\" for display (treated as block)",
            "Unsupported value \"groove\" for border style (drawn as solid)",
            "Unsupported value \"conic-gradient(red,blue)\" for background: conic-gradient() is not supported yet"
                + " (layer skipped)",
            "Unsupported value \"fixed\" for position (treated as absolute)"), s.messages());
        assertEquals(0xFFFFFFFF, s.id("t").backgroundColor);
    }

    @Test
    void invalidValuesNameTheAllowedOnes() {
        assertEquals(List.of("Invalid value \"-3px\" for padding-top. Allowed: <length> | <percentage>",
            "Invalid value \"sideways\" for flex-direction. Allowed: row | row-reverse | column | column-reverse",
            "Invalid value \"fat\" for font-weight. Allowed: normal | bold | bolder | lighter | <number 1-1000>",
            "Invalid value \"10\" for width. Allowed: <length> | <percentage> | auto"),
            Styles.of("<div style='padding-top:-3px; flex-direction: sideways; font-weight: fat; width: 10'></div>")
                .messages());
    }
}
