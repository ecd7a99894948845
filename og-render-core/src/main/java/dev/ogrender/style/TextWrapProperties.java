package dev.ogrender.style;

import dev.ogrender.style.Keywords.OverflowWrap;
import dev.ogrender.style.Keywords.TextOverflow;
import dev.ogrender.style.Keywords.TextWrap;
import dev.ogrender.style.Keywords.WordBreak;

/**
 * Where lines break and what happens to text that does not fit: word-break, overflow-wrap (and its
 * alias word-wrap), text-wrap, text-overflow, and the -webkit-box line clamp.
 */
final class TextWrapProperties {

    static final String WORD_BREAK = Values.allowed(WordBreak.values());
    static final String OVERFLOW_WRAP = Values.allowed(OverflowWrap.values());
    static final String TEXT_WRAP = Values.allowed(TextWrap.values());
    static final String TEXT_OVERFLOW = Values.allowed(TextOverflow.values());
    static final String LINE_CLAMP = "none | <integer>";
    static final String BOX_ORIENT = "horizontal | vertical | inline-axis | block-axis";

    private TextWrapProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("word-break", WORD_BREAK, Longhand.WORD_BREAK, (v, out) -> {
            WordBreak w = Values.keyword(Values.single(v), WordBreak.values());
            out.set(Longhand.WORD_BREAK, (s, p, rem) -> s.wordBreak = w);
        });
        for (String name : new String[] {"overflow-wrap", "word-wrap"}) {
            r.add(name, OVERFLOW_WRAP, Longhand.OVERFLOW_WRAP, (v, out) -> {
                OverflowWrap w = Values.keyword(Values.single(v), OverflowWrap.values());
                out.set(Longhand.OVERFLOW_WRAP, (s, p, rem) -> s.overflowWrap = w);
            });
        }
        r.add("text-wrap", TEXT_WRAP, Longhand.TEXT_WRAP, (v, out) -> {
            TextWrap w = Values.keyword(Values.single(v), TextWrap.values());
            if (w == TextWrap.PRETTY) {
                out.warn("Unsupported value \"pretty\" for text-wrap (treated as wrap)");
            }
            out.set(Longhand.TEXT_WRAP, (s, p, rem) -> s.textWrap = w);
        });
        r.add("text-overflow", TEXT_OVERFLOW, Longhand.TEXT_OVERFLOW, (v, out) -> {
            TextOverflow o = Values.keyword(Values.single(v), TextOverflow.values());
            out.set(Longhand.TEXT_OVERFLOW, (s, p, rem) -> s.textOverflow = o);
        });
        r.add("-webkit-line-clamp", LINE_CLAMP, Longhand.LINE_CLAMP, (v, out) -> {
            Token t = Values.single(v);
            int lines = t.isIdent("none") ? 0 : Values.integer(t);
            if (lines < 0 || !t.isIdent("none") && lines == 0) {
                throw InvalidValue.invalid();
            }
            out.set(Longhand.LINE_CLAMP, (s, p, rem) -> s.lineClamp = lines);
        });
        r.add("-webkit-box-orient", BOX_ORIENT, Longhand.BOX_ORIENT, (v, out) -> {
            Token t = Values.single(v);
            boolean vertical = t.isIdent("vertical") || t.isIdent("block-axis");
            if (!vertical && !t.isIdent("horizontal") && !t.isIdent("inline-axis")) {
                throw InvalidValue.invalid();
            }
            out.set(Longhand.BOX_ORIENT, (s, p, rem) -> s.boxOrientVertical = vertical);
        });
    }
}
