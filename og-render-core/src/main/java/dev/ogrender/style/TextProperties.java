package dev.ogrender.style;

import dev.ogrender.style.Keywords.TextAlign;
import dev.ogrender.style.Keywords.TextTransform;
import dev.ogrender.style.Keywords.WhiteSpace;

/** Text: letter-spacing, word-spacing, text-transform, text-align, text-indent, white-space. */
final class TextProperties {

    static final String LETTER_SPACING = "normal | <length>";
    static final String TEXT_TRANSFORM = Values.allowed(TextTransform.values());
    static final String TEXT_ALIGN = Values.allowed(TextAlign.values()) + " | start | end";
    static final String WHITE_SPACE = Values.allowed(WhiteSpace.values());
    static final String WORD_SPACING = "normal | <length>";
    static final String TEXT_INDENT = "<length> | <percentage>";

    private TextProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("letter-spacing", LETTER_SPACING, Longhand.LETTER_SPACING, (v, out) -> {
            Token t = Values.single(v);
            Len len = t.isIdent("normal") ? Len.ZERO : Values.length(t, false, true);
            // em resolves against the element's own font size and is inherited as px, as in CSS.
            out.set(Longhand.LETTER_SPACING, (s, p, rem) -> s.letterSpacing = len.px(s, rem, 0));
        });
        r.add("word-spacing", WORD_SPACING, Longhand.WORD_SPACING, (v, out) -> {
            Token t = Values.single(v);
            Len len = t.isIdent("normal") ? Len.ZERO : Values.length(t, false, true);
            out.set(Longhand.WORD_SPACING, (s, p, rem) -> s.wordSpacing = len.px(s, rem, 0));
        });
        r.add("text-indent", TEXT_INDENT, Longhand.TEXT_INDENT, (v, out) -> {
            if (v.size() > 1) {
                throw InvalidValue.unsupported("the hanging and each-line keywords are not supported yet");
            }
            Len len = Values.length(Values.single(v), true, true);
            out.set(Longhand.TEXT_INDENT, Values.store(len, (s, l) -> s.textIndent = l));
        });
        r.add("text-transform", TEXT_TRANSFORM, Longhand.TEXT_TRANSFORM, (v, out) -> {
            TextTransform t = Values.keyword(Values.single(v), TextTransform.values());
            out.set(Longhand.TEXT_TRANSFORM, (s, p, rem) -> s.textTransform = t);
        });
        r.add("text-align", TEXT_ALIGN, Longhand.TEXT_ALIGN, (v, out) -> {
            Token t = Values.single(v);
            // No right-to-left text yet: start is left and end is right.
            TextAlign a = t.isIdent("start") ? TextAlign.LEFT
                : t.isIdent("end") ? TextAlign.RIGHT : Values.keyword(t, TextAlign.values());
            out.set(Longhand.TEXT_ALIGN, (s, p, rem) -> s.textAlign = a);
        });
        r.add("white-space", WHITE_SPACE, Longhand.WHITE_SPACE, (v, out) -> {
            Token t = Values.single(v);
            WhiteSpace w;
            if (t.isIdent("break-spaces")) {
                out.warn("Unsupported value \"break-spaces\" for white-space (treated as pre-wrap)");
                w = WhiteSpace.PRE_WRAP;
            } else {
                w = Values.keyword(t, WhiteSpace.values());
            }
            out.set(Longhand.WHITE_SPACE, (s, p, rem) -> s.whiteSpace = w);
        });
    }
}
