package org.gkml.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text in NFKC read in simplified script: traditional characters folded by ICU's transliteration,
 * simplified text left as the very string it is (ICU is not consulted for it).
 */
class SimplifiedScriptTest {
  @Test
  void traditionalCharactersReadAsSimplified() {
    assertThat(TextFold.simplifiedScript("信息形成或變更之日起20個工作日內")).isEqualTo("信息形成或变更之日起20个工作日内");
    assertThat(TextFold.simplifiedScript("及時公開")).isEqualTo("及时公开");
  }

  @Test
  void simplifiedTextIsLeftAsItIs() {
    String simplified = "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。";
    assertThat(TextFold.simplifiedScript(simplified)).isSameAs(simplified);
    String ascii = "20 days";
    assertThat(TextFold.simplifiedScript(ascii)).isSameAs(ascii);
  }

  @Test
  void aSimplifiedCharacterOutsideTheCommonSetIsKept() {
    // 啰 is simplified but not in GB 2312: the text is folded, which keeps it
    assertThat(TextFold.simplifiedScript("啰嗦20个工作日")).isEqualTo("啰嗦20个工作日");
  }
}
