package org.gkml.export;

import com.samskivert.mustache.Mustache;

/**
 * The template engine's HTML escaping in one pass: the characters of jmustache's own HTML escaper
 * ({@code & ' " < > ` =}) become character references, everything else is kept. Text without any of
 * them is returned as it is, which is most text.
 */
final class HtmlEscaper implements Mustache.Escaper {

  @Override
  public String escape(String raw) {
    int n = raw.length();
    int i = 0;
    while (i < n && replacement(raw.charAt(i)) == null) {
      i++;
    }
    if (i == n) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(n + 16);
    sb.append(raw, 0, i);
    for (; i < n; i++) {
      char c = raw.charAt(i);
      String r = replacement(c);
      if (r == null) {
        sb.append(c);
      } else {
        sb.append(r);
      }
    }
    return sb.toString();
  }

  private static String replacement(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '\'':
        return "&#39;";
      case '"':
        return "&quot;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '`':
        return "&#x60;";
      case '=':
        return "&#x3D;";
      default:
        return null;
    }
  }
}
