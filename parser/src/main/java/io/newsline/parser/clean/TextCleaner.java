package io.newsline.parser.clean;

import io.newsline.parser.profile.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cleans the text blocks of a body, whichever extractor found them: normalizes white space (no-break and
 * zero-width spaces included), drops blocks matching the profile's {@code dropText}, copyright lines
 * ({@code ⓒ 뉴데일리 무단전재 및 재배포 금지}, {@code Copyright ... All rights reserved}), interface text left by
 * widgets ({@code 댓글 쓰기}, {@code 권한이 없습니다.}), the notices, prompts and information lines of Chinese portals
 * ({@link PortalNoticeLine}), and a copyright tail glued to the last sentence. Thread-safe.
 */
public final class TextCleaner {
    private static final int SHORT_LINE = 150;
    private static final int NOTICE_LINE = 60;
    private static final int INTERFACE_TEXT = 40;
    private static final Pattern COPYRIGHT_LINE = Pattern.compile(
            "^(?:ⓒ|©|\\(c\\)|copyright\\b|<?저작권자\\s*(?:ⓒ|©|\\(c\\)))", Pattern.CASE_INSENSITIVE);
    private static final Pattern RIGHTS_WORDS = Pattern.compile(
            "무단\\s*전재|재배포\\s*금지|무단\\s*복제|all\\s+rights\\s+reserved|AI\\s*학습\\s*(?:및\\s*)?활용\\s*금지", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_TAIL = Pattern.compile(
            "(?:^|(?<=[.。!?\"'”’)]))\\s*(?:<저작권자|ⓒ|©|copyright\\b)[^.。!?]{0,80}(?:무단\\s*전재|재배포\\s*금지|all\\s+rights\\s+reserved)[^.。]{0,40}[.。]?\\s*>?$",
            Pattern.CASE_INSENSITIVE);
    /** Interface lines of Korean login boxes and comment widgets, when one escaped chrome removal. */
    private static final Pattern INTERFACE_LINE = Pattern.compile(
            "^(?:회원가입(?:\\s*하기)?|로그인|로그아웃|아이디|비밀번호|ID/PW\\s*찾기|아이디\\s*/?\\s*비밀번호\\s*찾기|아직 회원이 아니신가요\\?.*"
                    + "|댓글\\s*\\d*|댓글\\s*쓰기|댓글\\s*\\d+\\s*댓글\\s*쓰기.*|권한이 없습니다\\.?|댓글을 입력하세요\\.?|공유하기|기사\\s*공유|"
                    + "좋아요\\s*\\d*|싫어요\\s*\\d*|이 기사를 추천합니다|구독하기|스크랩|인쇄|글자\\s*크기.*|목록|TOP|Share|Tweet|Print|Email)$",
            Pattern.CASE_INSENSITIVE);

    /** The cleaned blocks, in order; empty blocks and dropped lines are left out. */
    public List<String> clean(List<String> blocks, List<TextPattern> dropText) {
        Objects.requireNonNull(blocks, "blocks");
        List<String> out = new ArrayList<>(blocks.size());
        for (String block : blocks) {
            String text = normalize(block);
            if (mayHoldCopyright(text)) {
                text = COPYRIGHT_TAIL.matcher(text).replaceFirst("").strip();
            }
            if (text.isEmpty() || dropped(text, dropText)) {
                continue;
            }
            out.add(text);
        }
        return out;
    }

    /** White space collapsed to single spaces, invisible characters removed, trimmed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (isNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Spaces.isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether {@link #normalize} would return {@code text} unchanged: single inner spaces, nothing invisible. */
    private static boolean isNormal(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if (c < ' ' || c > '~' && (Spaces.isInvisible(c) || Spaces.isSpace(c))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** A cheap test before the copyright expressions: ⓒ, ©, 저작권 or "copyright" somewhere in the text. */
    private static boolean mayHoldCopyright(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 'ⓒ' || c == '©' || c == '저' && text.startsWith("저작권", i)
                    || (c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvisible(char c) {
        return Spaces.isInvisible(c);
    }

    private static boolean dropped(String text, List<TextPattern> dropText) {
        for (TextPattern p : dropText) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        if (PortalNoticeLine.test(text) || PostInfoLine.test(text)) {
            return true;
        }
        if (text.length() > SHORT_LINE) {
            return false;
        }
        return mayHoldCopyright(text) && COPYRIGHT_LINE.matcher(text).find()
                || text.length() <= NOTICE_LINE && RIGHTS_WORDS.matcher(text).find()
                || text.length() <= INTERFACE_TEXT && INTERFACE_LINE.matcher(text).matches();
    }
}
