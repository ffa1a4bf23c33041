package org.stocktake.evidence.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an email's HTML body, for mail sent without a plain-text part: blocks become lines, scripts, styles
 * and comments go, and the common character references are decoded. Not a browser: enough to read and search.
 */
final class HtmlText {

    private static final Pattern HIDDEN =
            Pattern.compile("(?is)<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern LINE_BREAKING =
            Pattern.compile("(?i)<(br|/p|/div|/h[1-6]|/li|/tr|/table|/blockquote|/pre|hr|p|div|li|tr|h[1-6])\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("pound", "£"),
            Map.entry("euro", "€"),
            Map.entry("copy", "©"),
            Map.entry("ndash", "–"),
            Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"),
            Map.entry("bull", "•"));

    private HtmlText() {}

    static String of(String html) {
        String text = HIDDEN.matcher(html).replaceAll(" ");
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\n', ' ');
        text = LINE_BREAKING.matcher(text).replaceAll("\n");
        text = CELL.matcher(text).replaceAll("\t");
        text = TAG.matcher(text).replaceAll("");
        text = decodeReferences(text);
        text = SPACES.matcher(text).replaceAll(" ");
        StringBuilder lines = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    private static String decodeReferences(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(
                    decoded, Matcher.quoteReplacement(decode(reference.group(1), reference.group())));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }

    private static String decode(String body, String whole) {
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
        }
        return NAMED.getOrDefault(body.toLowerCase(Locale.ROOT), whole);
    }
}
