package org.stocktake.recommendations.ui;

import java.util.Comparator;

/** Orders recommendation numbers as people read them: 2 before 10, 3a after 3. */
final class NumberOrder implements Comparator<String> {

    static final NumberOrder INSTANCE = new NumberOrder();

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String numA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numA.length(), numB.length());
                int byValue = byLength != 0 ? byLength : numA.compareTo(numB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        // Equal as numbers ("3" and "03"): the shorter spelling first, so the order never depends on input order.
        return rest != 0 ? rest : Integer.compare(a.length(), b.length());
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
