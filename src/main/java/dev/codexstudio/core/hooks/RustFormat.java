package dev.codexstudio.core.hooks;

/** Text formatting the way Rust prints it, for reproducing Codex's messages exactly. */
final class RustFormat {

    private RustFormat() {
    }

    /** Rust's {@code format!("{:?}", s)} for a {@code &str}: quoted, with Rust's escapes. */
    static String debug(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case 0 -> b.append("\\0");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                default -> {
                    if (isGraphemeExtend(cp) || !isPrintable(cp)) {
                        b.append("\\u{").append(Integer.toHexString(cp)).append('}');
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Approximates Rust's {@code char::is_printable} with Java's Unicode categories. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SPACE_SEPARATOR
                && type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.PRIVATE_USE;
    }

    /** Approximates Unicode's Grapheme_Extend property (non-spacing and enclosing marks, ZWNJ, halfwidth voicing). */
    static boolean isGraphemeExtend(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200C
                || cp == 0xFF9E || cp == 0xFF9F || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** Rust's {@code Display} of an f64 as serde prints it in messages (always with a decimal point). */
    static String float64(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** The shortest round-trip text of a finite f64 in the style of Rust's {@code ryu} crate. */
    static String ryu(double v) {
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exp10 = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exp10 >= -5 && exp10 < 16) {
            String plain = d.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + exp10;
    }
}
