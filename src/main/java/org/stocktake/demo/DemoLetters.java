package org.stocktake.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.letters.document.Addressee;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.DocumentKind;
import org.stocktake.letters.document.HeaderOrder;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Letterhead;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.document.Signatory;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterService;

/**
 * The panel's own letters as documents, their text as sent: the chair's assessment letter of 11 January 2016, the
 * joint letter of 8 March 2018 and the press release of March 2016. The scanned copies' OCR noise is corrected; the
 * letterhead, which the scans show only as a picture, is the panel's name. The demo workspace starts with the two
 * letters as drafts, made from their templates (addressed and signed from its register) with this text.
 */
public final class DemoLetters {
    public static final Letterhead LETTERHEAD = new Letterhead(
            List.of("Birmingham Independent Improvement Panel"), "Birmingham Independent Improvement Panel");

    private static int nextId;

    private DemoLetters() {}

    /** Adds the twelve-month assessment letter and the joint letter as drafts, each from its template. */
    static void draft(LetterService letters) {
        fromTemplate(
                letters, "Assessment letter to the Secretary of State", "Twelve-month assessment letter", assessment());
        fromTemplate(letters, "Joint letter with the council", "Joint letter with the Council", joint());
    }

    private static void fromTemplate(LetterService letters, String template, String title, LetterDocument text) {
        Letter started = letters.create(template, title, text.date());
        LetterDocument filled = new LetterDocument(
                started.document().kind(),
                started.document().letterhead(),
                text.reference(),
                text.date(),
                text.deliveryNote(),
                text.headerOrder(),
                started.document().addressee(),
                text.salutation(),
                text.subject(),
                text.body(),
                text.closing(),
                started.document().signatories(),
                text.citations(),
                text.annex(),
                text.contact(),
                text.notesToEditors());
        letters.save(started, title, filled);
    }

    /** The chair's assessment letter: addressee first, one signatory, headed sections and a quotation. */
    public static LetterDocument assessment() {
        return new LetterDocument(
                DocumentKind.LETTER,
                LETTERHEAD,
                "",
                LocalDate.of(2016, 1, 11),
                "Sent by email",
                HeaderOrder.ADDRESSEE_FIRST,
                new Addressee(
                        "The Rt Hon Greg Clark MP",
                        "Secretary of State for Communities and Local Government",
                        List.of("2 Marsham Street", "London", "SW1P 4DF"),
                        null),
                "Dear Secretary of State,",
                "The Panel's assessment of Birmingham City Council's Progress Towards Improvement",
                List.of(
                        paragraph(
                                "On 5 November I wrote to you with the Panel's interim assessment of the Council's progress. I reported that progress had been made on a number of fronts but that the Panel remained concerned about the pace of progress, particularly in relation to developments of city-wide partnership working and a long term financial strategy."),
                        paragraph(
                                "We noted that the imminent change of political leadership of the City Council offered an opportunity for a fresh start and for all councillors, including opposition councillors, to commit fully to new approaches to partnership, engaging with residents and operating in a fully transparent and accountable way."),
                        heading("Political leadership of the Council"),
                        paragraph(
                                "On 1 December Cllr John Clancy was elected as the new leader of the City Council. He has made a series of very clear public statements and has committed himself fully to the implementation of the Kerslake recommendations. He has acknowledged that the pace of improvement needs to increase. Cllr Clancy has also promised to take a new approach to city-wide partnership working that is fully co-operative and collaborative."),
                        paragraph(
                                "The Panel is encouraged that the new leader has also committed to making another essential change referred to in the Kerslake report:"),
                        quotation(
                                "'The clear boundaries that should exist between the roles of members, who should set the strategic direction of the authority and hold officers to account for delivery, and the operational role of officers have become blurred. For the council to improve this must change.'"),
                        paragraph(
                                "Cllr Clancy has made it clear that in future Birmingham's politicians will be spending much more of their time looking outward and will determine the Council's strategic priorities and policies, giving the Chief Executive and senior managers the space and responsibility to manage delivery of the Council's agreed plans and day to day business."),
                        paragraph(
                                "Finally in relation to the new leadership Cllr Clancy has undertaken to promote strongly a more open and transparent approach to the Council's operations, citing that amongst other changes, he intends to achieve a dramatic reduction in the number of matters that are considered by the Cabinet and other committees in private."),
                        paragraph(
                                "During the next three months, ahead of the Panel's March assessment, we will be looking to see how these fresh commitments and the existing organisational culture change programmes are put into practice and embedded. For example, we hope to be able to evidence a much more open, transparent and stream-lined approach to how the Council conducts business so freeing up a great deal of senior officer capacity that is currently engaged in unnecessary bureaucratic processes."),
                        paragraph(
                                "As the relationship between members and senior managers is re-set we hope to see leading members and backbenchers of all political parties much more engaged outside the Council House than they are inside. The successful development of the Council's new approaches to community engagement working through District Committees, neighbourhood forums and new forms of governance such as the proposed Sutton Coldfield parish council, depend on members focusing much more time on community level activity, both listening and responding to the views and expectations of residents."),
                        paragraph(
                                "In my last letter I emphasised the importance of all Councillors engaging constructively with the member development programme. We are encouraged by the support that has been given to this by the political group leaders who have undertaken to set an example to the members of their respective groups. However in March we will wish to be able to report that all members are not only 'signed up' to involvement but are positively engaging with the programme, to achieve real development of their own skills and reflecting what members should themselves expect of the Council's senior managers and staff."),
                        heading("The Council's December progress report"),
                        paragraph(
                                "In December 2014 the Kerslake review recognised that it would take some years for the City Council to address all its problems. It therefore determined that the Council should publish a report setting out how it has implemented the review's recommendations in December 2015. The Council published its progress report in response to this requirement on 7 December and the Panel is encouraged that it was endorsed by all three party leaders."),
                        paragraph(
                                Run.plain("The report refers to the Council's "),
                                Run.italic("Forward Together 2020 Vision"),
                                Run.plain(
                                        ", which was published last month and debated by the Council, and is a helpful contribution to the wider conversation with partners about what the future Council will look like. The activities and positive progress reflected in the report are laying the foundations for a major organisational shift in how the Council operates.")),
                        paragraph(
                                "The report acknowledges that there is a great deal more to be done to meet the scale of the challenges facing the City Council and embed new approaches, but also commits to long term and sustained change over the years ahead. It will be important for the Council to provide a comprehensive 'gap analysis' of what it needs to do to catch up with anything so far delayed or not yet effectively addressed. One key element needed to secure the improvements over the longer term is the implementation of the Council-wide performance management framework as this is not yet in place."),
                        heading("Long-term financial strategy"),
                        paragraph(
                                "Of the many challenges facing the City Council one of the most pressing is that relating to the development of the Council's long-term financial strategy. We previously reported that the Council has been taking a strategic approach to this task, addressing the key drivers of demand for its services, considering a wide range of policy choices and involving partners in developing options for change and delivery. The Council has recently published a consultation document about the Council business plan and budget for 2016 and beyond, which identifies proposals to achieve savings of around £216m over the next four years out of the approximately £250m total savings required over the period (the balance of savings measures having already been consulted upon)."),
                        paragraph(
                                "It is difficult to overstate the extent of the challenge facing the Council in achieving reductions of this scale to the timescales required. To give just one example, achieving the major part of the £34m budget reductions proposed in relation to the Council's workforce will require very significant changes in staff contractual terms and conditions to be in place by 1 April 2017. This is an extremely demanding timetable given the nature of the proposed changes. Other major budget reduction proposals, especially in relation to adult social care, will require really effective partnership arrangements with a range of key partners to be in place. There is still much to be done to translate the current budget proposals into clear statements and narratives about what the changes in approach will mean for the public, partners, all elected members and staff."),
                        paragraph(
                                "During the next month the Panel will be examining the proposals for achieving the long-term financial strategy to establish the extent to which they are both realistic and deliverable. We will want to be sure that both the political will and the management capability across the whole organisation is in place to deliver such major reforms."),
                        paragraph(
                                "In relation to the implementation of the long-term financial strategy the Panel was pleased to note that following his election the new leader of the Council has confirmed the existing Cabinet members in post. In the context of the major task of implementing the budget reduction proposals across all services, and also taking account of the continuing and important relationships between existing Cabinet members and the government appointed Education Commissioner, continued stability in the Cabinet's membership for at least the rest of the municipal year will be very important."),
                        heading("Next steps"),
                        paragraph(
                                "During the next three months the Panel will be working closely with the Council's leadership and senior management team to offer whatever advice and support we can at this crucial point in the Council's history, while also preparing a further assessment of the Council's progress, which I plan to send to you in March.")),
                "Yours sincerely",
                List.of(new Signatory("J R A Crabtree", List.of("Chair"), null, null)),
                List.of(),
                false,
                "",
                List.of());
    }

    /** The joint letter: date first, "SENT VIA E-MAIL" in capitals, two signatories. */
    public static LetterDocument joint() {
        return new LetterDocument(
                DocumentKind.LETTER,
                LETTERHEAD,
                "",
                LocalDate.of(2018, 3, 8),
                "SENT VIA E-MAIL",
                HeaderOrder.DATE_FIRST,
                new Addressee(
                        "The Rt Hon Sajid Javid MP",
                        "Secretary of State for Housing, Communities and Local Government",
                        List.of("2 Marsham Street", "London", "SW1P 4DF"),
                        null),
                "Dear Secretary of State,",
                "Birmingham City Council and Birmingham Independent Improvement Panel",
                List.of(
                        paragraph(
                                "Significant changes are continuing to take place in Birmingham. These are set to bring fresh opportunities and some new challenges in the years ahead."),
                        paragraph(
                                "As you will know, a new Council Leader and Deputy Leader were elected in the autumn of last year. Dawn Baxendale (currently Chief Executive at Southampton City Council) has been appointed as the Council's new permanent Chief Executive and will join the Council in April. A new Assistant Chief Executive and a new Corporate Director of Finance and Governance have joined the Corporate Leadership Team. During the summer, permanent leadership appointments will be filled as existing fixed term positions near their end."),
                        paragraph(
                                "These significant leadership changes are taking place in the context of the Children's Trust being established in April following three months of running as a shadow Trust; the Council experiencing its first all-out elections in May 2018; and the number of city councillors reducing to 101, 19 fewer than at present. In addition it has been announced that Birmingham will be the host city for the Commonwealth Games 2022."),
                        paragraph(
                                "In the light of these changes and context, the Council and the Panel have reviewed our position and propose moving to a more collaborative approach. This joint letter from the Panel and the Council reflects this change."),
                        paragraph(
                                "We have started to explore how we might re-shape and strengthen our relationship. Panel members and the Panel's adviser have met with all of the Council's Cabinet members and a range of senior officers. We are working to develop a new and more productive relationship between the Cabinet, Corporate Leadership Team and the Panel."),
                        paragraph(
                                "The Council actively welcomes the challenge and constructive support provided by the Panel and intends to engage with it regularly and in an open and honest way. This will enable us to explore jointly reporting in future to you and the City about the Council's progress, planning and learning."),
                        paragraph(
                                "Our aim now will be to develop a shared understanding about the improvement priorities that the Council will focus on in the months and years ahead and to reassess and reset the baseline position. The Council has recognised that there exist significant aspects of its organisational culture that are inhibiting progress and these will be explicitly addressed to ensure that the Council is well placed to deliver its improvement priorities as effectively as possible. We intend to work together to prepare a progress report for publication in June. This will be an account of the Council's achievements and successes since the Kerslake review. But it will also be an honest account of the position in relation to significant areas where the improvements are yet to be achieved and where the Council acknowledges that more needs to be done if it is to serve its residents well on all fronts."),
                        paragraph(
                                "With support and advice from the Panel, the Council intends to publish a suite of improvement plans. Progress on delivering all of the plans and the impact of the changes they bring about will be rigorously tracked and evaluated."),
                        paragraph(
                                "The Council also recognises that it has not yet brought its day to day expenditure into line with its revenue. Balancing its revenue budget has therefore required, and continues to require, substantial draw down of the Council's reserves. This position is not sustainable and high quality strategic financial management and difficult decisions will be required to achieve financial sustainability."),
                        paragraph(
                                "We understand that if more collaborative working as proposed is to be successful, this will require all elected members and officers of the Council and the Panel to demonstrate high levels of transparency and self-awareness in evaluation and reporting."),
                        paragraph(
                                "Meanwhile, progress is continuing to be made on key priorities including the development of a new community cohesion strategy which will be consulted on soon. Local partners have also responded positively at a recent city partnership summit, contributing to a debate about a vision for the city. Partners from all quarters expressed a strong commitment to build more confident and integrated partnership working in the future. The shared goal of wishing to optimise the benefits of the Commonwealth Games 2022 is helping to bring fresh optimism and pace to local partnership working."),
                        paragraph(
                                "We will welcome any observations you may wish to provide and would like to meet with you to discuss the Council's plans for the future.")),
                "Yours sincerely",
                List.of(
                        new Signatory("Cllr Ian Ward", List.of("Leader of Birmingham City Council"), null, null),
                        new Signatory(
                                "John Crabtree",
                                List.of("Chair, Birmingham Independent Improvement Panel"),
                                null,
                                null)),
                List.of(),
                false,
                "",
                List.of());
    }

    /** The press release on the panel's progress report of March 2016. */
    public static LetterDocument pressRelease() {
        return new LetterDocument(
                DocumentKind.PRESS_RELEASE,
                LETTERHEAD,
                "",
                LocalDate.of(2016, 3, 17), // the scan gives only the month
                "",
                HeaderOrder.DATE_FIRST,
                Addressee.NONE,
                "",
                "Birmingham Independent Improvement Panel recommends stepping back",
                List.of(
                        paragraph(
                                "The Birmingham Independent Improvement Panel today published a letter to the Secretary of State for Communities and Local Government, reporting on the progress the Council has made in implementing the recommendations of the Kerslake Report in the fifteen months since the report’s publication."),
                        paragraph(
                                "The Panel’s progress report says that whilst some good foundations for improvement have been laid and the pace of progress has picked up, the changes have not yet had the required impact, or become embedded."),
                        paragraph("Commenting on the Panel’s report to the Secretary of State John Crabtree said,"),
                        paragraph(
                                "“Since the change in the Council’s leadership in December 2015 the new leader, Cllr Clancy, has acted on his early commitment to engage constructively with a wide range of partners across the city and to give the Chief Executive and the corporate leadership team the space to manage and see through the Council’s transformation agenda."),
                        paragraph(
                                "“But with the newly strengthened senior management team only in place since January 2016 there are still many crucial improvements that have not yet been achieved. The Panel cannot yet be confident about the sustainability of the Council’s progress."),
                        paragraph(
                                "“However, we believe that the political and managerial leadership of the Council should now be given the chance to work together and demonstrate the Council’s ability to deliver the change and improvement needed, without the current level of intervention. This is why the Panel is recommending to the Secretary of State that the Panel should stand back for a period, and return in the autumn to undertake a further review of progress.”"),
                        paragraph(
                                "The Panel also draws attention to the risks faced by the Council in relation to its long term financial strategy, as part of which the Council has identified budget reductions of around £250m per annum to be achieved over four years. It draws particular attention to the difficulty the Council will face in 2017/18, where the savings proposed depend heavily on the success of integrating health and social care and on major changes to the pay and conditions of the workforce, which are likely to be controversial."),
                        paragraph(
                                "Note. Documents published today by Birmingham City Council which provide background to the Panel’s report can be accessed here; /biip-documents/")),
                "",
                List.of(),
                List.of(),
                false,
                "For further information please contact Lucie Perrins PA to John Crabtree Mobile 07787 522003",
                List.of(
                        paragraph(
                                Run.plain("In December 2014 Lord Kerslake published "),
                                Run.italic(
                                        "The way forward: an independent review of the governance and organisational capabilities of Birmingham City Council"),
                                Run.plain(
                                        ". Sir Albert Bore, the then Leader of Birmingham City Council and the Secretary of State for Communities and Local Government had asked Lord Kerslake to conduct the independent review.")),
                        paragraph(
                                "Alongside the recommendations in the Kerslake report relating to action Birmingham City Council should take, Lord Kerslake recommended that the Secretary of State appoint an independent improvement Panel to work with the Council to provide robust challenge and support."),
                        paragraph(
                                "The Improvement Panel was set up in January 2015. Its members are John Crabtree OBE (chair), Frances Done CBE (vice chair), Cllr Keith Wakefield (former leader of Leeds City Council), and Steve Robinson (chief executive of Cheshire West and Chester Council). Sir Mike Tomlinson, as a children’s services commissioner for Birmingham, is an ex-officio member."),
                        paragraph(
                                "Andrew Christie, recently appointed by the DfE as children’s services commissioner for Birmingham, has also joined the Panel as an ex officio member.")));
    }

    public static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(id(), List.of(Run.plain(text)), null);
    }

    public static Block.Paragraph paragraph(Run... runs) {
        return new Block.Paragraph(id(), List.of(runs), null);
    }

    public static Block.Heading heading(String text) {
        return new Block.Heading(id(), text, null);
    }

    public static Block.Quotation quotation(String text) {
        return new Block.Quotation(id(), List.of(Run.plain(text)), null);
    }

    /** A letter with the assessment letter's front matter and signatory around the given body. */
    public static LetterDocument withBody(List<Block> body) {
        return assessment().withBody(new ArrayList<>(body));
    }

    private static synchronized String id() {
        nextId++;
        return "b" + nextId;
    }
}
