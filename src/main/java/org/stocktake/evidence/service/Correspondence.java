package org.stocktake.evidence.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The correspondence register: the library's letters in and out, oldest first, each thread kept together (a reply
 * under the letter it answers), with the replies a letter out still waits for.
 */
public final class Correspondence {

    private static final Comparator<EvidenceItem> BY_DATE = Comparator.comparing(
                    EvidenceItem::dated, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EvidenceItem::id);

    private final EvidenceService evidence;
    private final Clock clock;

    public Correspondence(EvidenceService evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Every letter, threads in the order of their first letter, replies under what they answer. */
    public List<Letter> letters() {
        List<EvidenceItem> letters = evidence.items().stream()
                .filter(item -> item.kind().isLetter())
                .sorted(BY_DATE)
                .toList();
        Map<Long, EvidenceItem> byId = new LinkedHashMap<>();
        letters.forEach(item -> byId.put(item.id(), item));
        Map<Long, List<EvidenceItem>> replies = new HashMap<>();
        List<EvidenceItem> roots = new ArrayList<>();
        for (EvidenceItem item : letters) {
            Long answered = item.repliesToId();
            if (answered != null && byId.containsKey(answered) && !answered.equals(item.id())) {
                replies.computeIfAbsent(answered, k -> new ArrayList<>()).add(item);
            } else {
                roots.add(item);
            }
        }
        List<Letter> register = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (EvidenceItem root : roots) {
            add(register, root, 0, replies, today, new java.util.HashSet<>());
        }
        return register;
    }

    private static void add(
            List<Letter> register,
            EvidenceItem item,
            int depth,
            Map<Long, List<EvidenceItem>> replies,
            LocalDate today,
            java.util.Set<Long> seen) {
        if (!seen.add(item.id())) {
            return;
        }
        List<EvidenceItem> answers = replies.getOrDefault(item.id(), List.of());
        register.add(
                new Letter(item, depth, answers.stream().map(EvidenceItem::id).toList(), state(item, answers, today)));
        for (EvidenceItem answer : answers) {
            add(register, answer, depth + 1, replies, today, seen);
        }
    }

    private static Letter.ReplyState state(EvidenceItem item, List<EvidenceItem> answers, LocalDate today) {
        if (!answers.isEmpty()) {
            return Letter.ReplyState.ANSWERED;
        }
        if (item.replyBy() == null) {
            return Letter.ReplyState.NOT_ASKED;
        }
        return today.isAfter(item.replyBy()) ? Letter.ReplyState.OVERDUE : Letter.ReplyState.AWAITED;
    }

    /** The letters out whose reply is overdue, longest overdue first. */
    public List<Letter> overdue() {
        return letters().stream()
                .filter(letter -> letter.reply() == Letter.ReplyState.OVERDUE)
                .sorted(Comparator.comparing(letter -> letter.item().replyBy()))
                .toList();
    }
}
