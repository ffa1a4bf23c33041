package org.stocktake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One made-up letter between a council and its improvement panel: a heading, a date and a reference, a salutation,
 * paragraphs built from the words such letters use, and a signature. The random source decides everything, so a seed
 * always gives the same letter. Common words (budget, scrutiny) appear in most letters, names and places in some,
 * and each letter's reference and sums of money in that letter alone.
 */
final class EvidenceLetter {

    private static final String[] FIRST = {
        "Bob", "John", "Mark", "Sarah", "Helen", "Jacqui", "Frank", "Anne", "Richard", "Claire", "Peter", "Deborah",
        "Waheed", "Priya", "Michael", "Louise", "Ian", "Kate", "David", "Aisha"
    };
    private static final String[] LAST = {
        "Kerslake",
        "Crabtree",
        "Rogers",
        "Clancy",
        "Mallon",
        "Jordan",
        "Hughes",
        "Patel",
        "Nazir",
        "Whitby",
        "Stewart",
        "Bore",
        "Rowe",
        "Okafor",
        "Ellis",
        "Gibson",
        "Morgan",
        "Reeves",
        "Shah",
        "Tanner",
        "Holloway",
        "Fairbairn",
        "Quinlan",
        "Ashworth",
        "Pemberton"
    };
    private static final String[] OFFICES = {
        "Chair of the Independent Improvement Panel",
        "Chief Executive",
        "Leader of the Council",
        "Director of Finance",
        "Strategic Director, Place",
        "Cabinet Member for Children's Services",
        "Monitoring Officer",
        "Director of People"
    };
    private static final String[] TOPICS = {
        "the medium-term financial plan",
        "the budget consultation",
        "the district committees",
        "the housing revenue account",
        "the scrutiny function",
        "the safeguarding board",
        "the workforce strategy",
        "the capital programme",
        "procurement and contracts",
        "the corporate plan",
        "member development",
        "the waste collection service",
        "children's social care",
        "the regeneration programme",
        "the financial strategy",
        "the stocktake report"
    };
    private static final String[] SUBJECTS = {
        "The council",
        "The panel",
        "The cabinet",
        "The leadership team",
        "The audit committee",
        "Officers",
        "Members",
        "The partnership board",
        "The chief executive",
        "Residents",
        "The improvement plan"
    };
    private static final String[] VERBS = {
        "has reviewed", "will strengthen", "agreed to publish", "set out", "established", "simplified",
        "aligned", "reported on", "has not yet agreed", "welcomed", "questioned", "consulted widely on",
        "must prioritise", "is still considering"
    };
    private static final String[] QUALIFIERS = {
        "with its partners",
        "within six months",
        "before the next budget round",
        "in consultation with residents",
        "so that savings are delivered",
        "with clear lines of accountability",
        "and will report progress to the panel",
        "across the whole council",
        "with the voluntary sector",
        "so decisions are taken closer to communities",
        "despite the pressure on reserves",
        "as the Kerslake review recommended",
        "following the stocktake",
        "alongside the improvement board"
    };
    private static final String[] FOLLOWERS = {
        "The panel remains concerned about the pace of change.",
        "Progress has been made, but it is uneven across directorates.",
        "We would welcome a fuller account at the next meeting.",
        "This is a significant step and the panel recognises the effort behind it.",
        "Scrutiny members asked for the figures to be published in full.",
        "The risk register should record this as a strategic risk.",
        "Savings of this scale cannot be delivered without a clear workforce strategy.",
        "Ward councillors reported that residents had not been told.",
        "The evidence we have seen does not yet support that conclusion.",
        "Officers confirmed the timetable at the panel's last visit."
    };
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private final Random random;
    private final String sender;
    private final String recipient;
    private final String subject;
    private final String reference;
    private final int pagesWanted;

    EvidenceLetter(Random random) {
        this.random = random;
        this.sender = person();
        this.recipient = person();
        this.subject = capitalise(pick(TOPICS).replaceFirst("^the ", "")) + ": " + pick(TOPICS);
        this.reference = String.format(Locale.ROOT, "BCC/%d/%04d", 2014 + random.nextInt(5), random.nextInt(10_000));
        this.pagesWanted = 9 + random.nextInt(3);
    }

    String sender() {
        return sender;
    }

    String subject() {
        return subject;
    }

    int pagesWanted() {
        return pagesWanted;
    }

    List<String> opening() {
        List<String> lines = new ArrayList<>();
        lines.add("Birmingham City Council, Council House, Victoria Square, Birmingham B1 1BB");
        lines.add("Our ref: " + reference);
        lines.add(date());
        lines.add("Dear " + recipient + ",");
        lines.add("Re: " + subject);
        return lines;
    }

    String paragraph() {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence());
        }
        return text.toString();
    }

    List<String> closing() {
        return List.of("Yours sincerely,", sender, pick(OFFICES), "cc: " + person() + ", " + pick(OFFICES));
    }

    private String sentence() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(TOPICS) + " " + pick(QUALIFIERS) + ".";
            case 1 ->
                "At its meeting on " + date() + ", " + lower(pick(SUBJECTS)) + " " + pick(VERBS) + " " + pick(TOPICS)
                        + ".";
            case 2 ->
                String.format(
                        Locale.ROOT,
                        "The forecast overspend on %s is £%d.%d million against a budget of £%d million.",
                        pick(TOPICS),
                        1 + random.nextInt(40),
                        random.nextInt(10),
                        50 + random.nextInt(800));
            case 3 ->
                person() + ", " + pick(OFFICES) + ", said that " + lower(pick(SUBJECTS)) + " " + pick(VERBS) + " "
                        + pick(TOPICS) + ".";
            case 4 ->
                String.format(
                        Locale.ROOT,
                        "Recommendation %d of the review asks that %s %s %s.",
                        1 + random.nextInt(40),
                        lower(pick(SUBJECTS)),
                        pick(VERBS).replaceFirst("^(has|will|must|is still) ", ""),
                        pick(TOPICS));
            default -> pick(FOLLOWERS);
        };
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String date() {
        return (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + (2014 + random.nextInt(5));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String lower(String text) {
        return text.startsWith("The ") ? "the " + text.substring(4) : text;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
