package io.newsline.parser.body.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Advertisement", "Share this article", "관련기사", "<저작권자 © 한빛일보 무단전재 및 재배포 금지>",
        "Copyright © 2026 新闻中心 版权所有", "2026.11.20 09:31", "입력 2026-11-20 09:31", "2026年11月20日", "2026年11月20日 晚上8点30分",
        "Published Thursday 27 July 2017", "▲ 교통카드를 찍고 버스에 타는 시민들.ⓒ한빛일보 DB", "Publicité", "ANZEIGE",
        "Werbung", "Publicidad", "Pubblicità", "À lire aussi :", "Lesen Sie auch:", "Leia também", "Teilen", "Partager",
        "Publié le 24 janvier 2025 à 10h30", "Mis à jour le 24/01/2025 à 11h05", "Actualizado el 24 de enero de 2025, 10:30",
        "Veröffentlicht am 24.01.2025 um 10:30 Uhr", "Pubblicato il 24 gennaio 2025 alle 10:30", "Atualizado em 24/01/2025 às 10h30",
        "责任编辑：张三", "【编辑：李四】", "[责任编辑：alonliu]", "来源：新华网", "原标题：春运客流创新高", "（完）", "校对：王五", "責任編輯：陳大文"})
    void recognisesFurnitureLines(String line) {
        assertThat(BoilerplateLine.test(line, TextMeasure.length(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1947", "The ferry returned on Monday.", "서울시는 시범 운행 결과를 분석해 하반기에 노선을 추가로 조정할 방침이다.",
        "Share prices fell by 3% on Monday after the report.", "Publicité mensongère : la marque condamnée",
        "Teilen sich die Parteien die Macht?", "Lire aussi les conclusions du rapport, publiées mardi.",
        "记者：春运期间，铁路部门加开了多少趟列车？", "Le 24 janvier 2025, le maire a signé le décret.", "完成全年目标任务", "来源：新华网。专家认为，这一趋势还将持续。"})
    void keepsArticleLines(String line) {
        assertThat(BoilerplateLine.test(line, TextMeasure.length(line))).isFalse();
    }
}
