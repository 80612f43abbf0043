package io.newsline.parser.body.generic;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture rather than article text, in the scripts we read: "Advertisement",
 * "Share this article" and their French, German, Spanish, Portuguese, Italian, Czech, Dutch and Finnish
 * counterparts ("Publicité", "Anzeige", "Lire aussi", "Lesen Sie auch", "Partager"), "관련기사", copyright and reprint notices ("무단전재 및 재배포 금지", "版权所有", "ⓒ"),
 * photo captions marked with a leading ▲, Chinese credit and source lines ("责任编辑：张三", "来源：新华网", "（完）"),
 * and lines that are only a date or time stamp. Only short lines are tested; see {@link #MAX_CHARS}.
 */
final class BoilerplateLine {

    /** Weighted length from which a line is article text whatever it says. */
    static final int MAX_CHARS = 120;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(advertisement|advertisment|sponsored|share( this)?( article| story)?|read more|continue reading"
                    + "|related( articles| stories)?|sign up.*|subscribe.*|follow us.*|click here.*|loading\\.*"
                    + "|publicité|anzeige|werbung|publicidad|publicidade|pubblicità|reklama|advertentie|mainos"
                    + "|(à |a )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|le[ae] también|ver también|leia também"
                    + "|veja também|leggi anche|partager|teilen|compartir|compartilhar|condividi|sdílet"
                    + "|광고|기사\\s*공유|관련\\s*기사|많이\\s*본\\s*뉴스|댓글.*|广告|相关(新闻|文章)|分享|広告|関連記事"
                    + "|この記事をシェア)[\\s.:!…]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A Chinese credit or source line at the end (or head) of a story: {@code 责任编辑：张三}, {@code 【编辑：李四】},
     * {@code 来源：新华网}, {@code 原标题：...}, {@code 校对：王五}; and the end mark {@code （完）}.
     */
    private static final Pattern CJK_CREDIT = Pattern.compile(
            "^[\\[【(（]?\\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|编审|編審|来源|來源|稿源"
                    + "|文章来源|文章來源|本文来源|本文來源|原标题|原標題|原题|原題|出品|策划|策劃|制图|製圖|记者|記者|作者|摄影|攝影"
                    + "|通讯员|通訊員|实习生|實習生)\\s*[：:]\\s*[^。！？]{0,40}?[\\]】)）]?$"
                    + "|^[\\[【(（\\-—]?\\s*完\\s*[\\]】)）\\-—]?$");
    private static final String[] COPYRIGHT = {
        "©", "ⓒ", "(c) 1", "(c) 2", "copyright", "all rights reserved", "무단전재", "무단 전재", "재배포 금지", "재배포금지", "저작권자",
        "版权所有", "禁止转载", "無断転載", "無断複製"};

    private static final Pattern DATE_WORDS = Pattern.compile(
            "[\\p{N}\\p{P}\\p{Z}\\s年月日時时分秒点]|午前|午後|오전|오후|새벽|上午|下午|中午|晚上|凌晨|早上|傍晚|입력|수정|승인|发布|更新"
                    + "|am|pm|utc|gmt|kst|jst"
                    + "|published|updated|posted|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
                    + "|\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\bon\\b|\\bat\\b"
                    // French, Spanish, Portuguese, Italian and German: labels, months, "à 13h36", "um 10.30 Uhr"
                    + "|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert"
                    + "|\\b(le|à|el|a las|de|del|em|às|il|alle|ore|am|um|uhr)\\b|(?<=\\d)h(?=\\d)"
                    + "|\\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero"
                    + "|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio"
                    + "|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
                    + "|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private BoilerplateLine() {
    }

    /** True when {@code text}, of weighted length {@code chars}, is a boilerplate line. */
    static boolean test(String text, int chars) {
        return chars < MAX_CHARS && (isCopyright(text) || isMarkedCaption(text) || mayBeFurniture(text) && BOILERPLATE.matcher(text).matches()
                || isDateLine(text) || mayBeCjkCredit(text) && CJK_CREDIT.matcher(text).find());
    }

    /** A cheap test before {@link #BOILERPLATE}: does the line start as one of its phrases can? */
    private static boolean mayBeFurniture(String text) {
        switch (Character.toLowerCase(text.charAt(0))) {
            case 'a', 's', 'r', 'c', 'l', 'f', 'p', 'w', 'm', 'à', 'v', 't', '광', '기', '관', '많', '댓', '广', '相', '分', '広', '関', 'こ':
                return true;
            default:
                return false;
        }
    }

    /** A cheap test before {@link #CJK_CREDIT}: a short line with a colon, or the end mark 完. */
    private static boolean mayBeCjkCredit(String text) {
        return text.length() <= 60 && (text.indexOf('：') >= 0 || text.indexOf(':') >= 0 || text.indexOf('完') >= 0);
    }

    /** Korean papers mark photo captions with a leading triangle: "▲ 김황식 총리ⓒ연합뉴스". */
    private static boolean isMarkedCaption(String text) {
        char first = text.charAt(0);
        return first == '\u25B2' || first == '\u25B3';
    }

    private static boolean isCopyright(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : COPYRIGHT) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A line that is only a date or time stamp ("2026.11.20 09:31", "2026年11月20日", "입력 2026-11-20"). */
    static boolean isDateLine(String text) {
        if (text.length() > 60) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits >= 6 && DATE_WORDS.matcher(text).replaceAll("").length() <= 2;
    }
}
