package org.gkml.diff.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A quick look at a file's top-level {@code domain:} line, so downstream impact parses only the
 * files of the domains it needs. It answers only when the line is plain (a block mapping key at
 * column 0, a one-line plain or simply quoted value, no continuation); anything else — flow style,
 * escapes, block scalars, no such line — answers empty, and the caller parses the file.
 */
final class DomainLine {
  private static final byte[] KEY = "domain:".getBytes(StandardCharsets.UTF_8);

  private DomainLine() {}

  static Optional<String> of(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) {
      start = 3;
    }
    for (int at = start; at < bytes.length; at = next(bytes, at)) {
      if (startsWith(bytes, at, KEY)) {
        int end = lineEnd(bytes, at);
        String value =
            new String(bytes, at + KEY.length, end - at - KEY.length, StandardCharsets.UTF_8);
        int following = next(bytes, at);
        if (continues(bytes, following)) {
          return Optional.empty();
        }
        return plain(value);
      }
    }
    return Optional.empty();
  }

  /** The value of a one-line scalar, or empty when it is anything but plain or simply quoted. */
  private static Optional<String> plain(String raw) {
    String v = raw;
    int comment = v.indexOf(" #");
    if (comment >= 0) {
      v = v.substring(0, comment);
    }
    v = v.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    char first = v.charAt(0);
    if (first == '"' || first == '\'') {
      if (v.length() < 2 || v.charAt(v.length() - 1) != first) {
        return Optional.empty();
      }
      String inner = v.substring(1, v.length() - 1);
      boolean escapes = first == '"' ? inner.indexOf('\\') >= 0 : inner.indexOf('\'') >= 0;
      return escapes || inner.indexOf(first) >= 0 ? Optional.empty() : Optional.of(inner);
    }
    if ("|>&*!%@`{[".indexOf(first) >= 0 || v.contains(": ")) {
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** Whether the line at {@code at} continues the value above (indented, not a comment). */
  private static boolean continues(byte[] b, int at) {
    while (at < b.length) {
      int i = at;
      while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      boolean blank = i >= b.length || b[i] == '\n' || b[i] == '\r';
      if (!blank) {
        return i > at && b[i] != '#';
      }
      at = next(b, at);
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(byte[] b, int at) {
    int i = at;
    while (i < b.length && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  private static int next(byte[] b, int at) {
    int i = lineEnd(b, at);
    if (i < b.length && b[i] == '\r') {
      i++;
    }
    if (i < b.length && b[i] == '\n') {
      i++;
    }
    return i;
  }
}
