package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ogrender.internal.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomPropertiesTest {

    @Test
    void varIsSubstitutedAndInherited() {
        Styles s = Styles.of("<style>:root { --accent: #ff0000; --gap: 12px }"
            + " #t { color: var(--accent); padding: var(--gap) calc(var(--gap) * 2) }</style>"
            + "<div><div id=t></div></div>");
        assertEquals(0xFFFF0000, s.id("t").color);
        assertEquals(Length.px(12), s.id("t").padding[0]);
        assertEquals(Length.px(24), s.id("t").padding[1]);
        assertEquals(List.of(), s.messages());
    }

    @Test
    void fallbackIsUsedWhenTheNameIsUnknown() {
        ComputedStyle t = Styles.css("#t { width: var(--missing, 300px) }", "<div id=t></div>");
        assertEquals(Length.px(300), t.width);
    }

    @Test
    void customPropertiesReferToEachOther() {
        ComputedStyle t = Styles.css("#t { --a: 10px; --b: calc(var(--a) + 5px); margin-left: var(--b) }",
            "<div id=t></div>");
        assertEquals(Length.px(15), t.margin[3]);
    }

    @Test
    void childOverridesAndSeesItsOwnValue() {
        Styles s = Styles.of("<style>body { --c: blue } #t { --c: #00ff00; color: var(--c) }</style>"
            + "<div id=t></div>");
        assertEquals(0xFF00FF00, s.id("t").color);
    }

    @Test
    void unknownNameWithoutFallbackIsAnErrorThatNamesIt() {
        Styles s = Styles.of("<style>\n#t { color: red;\n  width: var(--nope) }</style><div id=t></div>");
        assertEquals(List.of("Invalid value \"var(--nope)\" for width: custom property --nope is not defined"
            + " and var() has no fallback (treated as unset)"), s.messages());
        assertEquals(3, s.diag.warnings().get(0).line());
        assertEquals(Length.AUTO, s.id("t").width);
    }

    @Test
    void cycleIsDetectedAndReported() {
        Styles s = Styles.of("<style>#t { --a: var(--b); --b: var(--a); width: var(--a, 40px) }</style>"
            + "<div id=t></div>");
        assertEquals(Length.px(40), s.id("t").width);
        assertEquals(2, s.messages().size());
        assertEquals("Invalid custom property --a: var() cycle through --a -> --b -> --a (it has no value)",
            s.messages().get(0).startsWith("Invalid custom property --a") ? s.messages().get(0) : s.messages().get(1));
    }

    @Test
    void substitutedValueIsValidatedLikeAnyOther() {
        Styles s = Styles.of("<style>#t { --k: sideways; text-overflow: var(--k) }</style><div id=t></div>");
        assertEquals(List.of("Invalid value \"sideways\" for text-overflow. Allowed: clip | ellipsis"
            + " (after var() substitution; treated as unset)"), s.messages());
    }

    @Test
    void strictModeMakesAnUnresolvableVarAnError() {
        assertThrows(ProblemException.class,
            () -> Styles.of("<style>#t { width: var(--nope) }</style><div id=t></div>", true));
    }

    @Test
    void exponentialReferencesStopAtALimit() {
        StringBuilder css = new StringBuilder("#t { --v0: 1px;");
        for (int i = 1; i <= 40; i++) {
            css.append(" --v").append(i).append(": var(--v").append(i - 1).append(") var(--v").append(i - 1)
                .append(");");
        }
        css.append(" width: var(--v40, 10px) }");
        Styles s = Styles.of("<style>" + css + "</style><div id=t></div>");
        assertEquals(Length.px(10), s.id("t").width);
        assertEquals(true, s.messages().stream().anyMatch(m -> m.contains("longer than 65536 characters")),
            s.messages().toString());
    }

    @Test
    void cssWideKeywordsWorkThroughVar() {
        Styles s = Styles.of("<style>body { --k: inherit; color: #0000ff } #t { color: red; color: var(--k) }</style>"
            + "<div id=t></div>");
        assertEquals(0xFF0000FF, s.id("t").color);
        assertEquals(List.of(), s.messages());
    }
}
