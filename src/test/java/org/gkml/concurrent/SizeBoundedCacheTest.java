package org.gkml.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeBoundedCacheTest {

  @Test
  void dropsTheLeastRecentlyUsedOncePastTheLimit() {
    SizeBoundedCache<String, String> cache = new SizeBoundedCache<>(10, String::length);
    cache.put("a", "aaaa");
    cache.put("b", "bbbb");
    assertThat(cache.get("a")).isEqualTo("aaaa"); // a is now the most recently used
    cache.put("c", "cccc"); // 12 > 10: b goes, not a
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).isEqualTo("aaaa");
    assertThat(cache.get("c")).isEqualTo("cccc");
    assertThat(cache.hits()).isEqualTo(3);
  }

  @Test
  void aReplacedValueCountsWithItsNewSize() {
    SizeBoundedCache<String, String> cache = new SizeBoundedCache<>(10, String::length);
    cache.put("a", "aaaaaaaa");
    cache.put("a", "a"); // 1, not 9
    cache.put("b", "bbbbbbbb"); // 9 in all: both stay
    assertThat(cache.get("a")).isEqualTo("a");
    assertThat(cache.get("b")).isEqualTo("bbbbbbbb");
  }

  @Test
  void aValueLargerThanTheLimitIsNotKept() {
    SizeBoundedCache<String, byte[]> cache = new SizeBoundedCache<>(4, b -> b.length);
    cache.put("big", new byte[5]);
    assertThat(cache.get("big")).isNull();
    assertThat(cache.hits()).isZero();
  }
}
