package org.gkml.oversight;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a 备案 bundle ({@code gkml export filing}) holds and how to check it: every file with its size
 * and SHA-256, and what it is. Written twice: as {@value #JSON_NAME} (with the region, the date and
 * the revision compared against) for programs, and as {@value #SUMS_NAME} in the format of {@code
 * sha256sum -c} (covering {@value #JSON_NAME} too) for people checking by hand.
 *
 * <p>Nothing in it depends on the machine or the moment beyond {@code date}, which comes from the
 * build clock, so the same tree and {@code SOURCE_DATE_EPOCH} give the same bytes.
 */
public final class FilingManifest {
  public static final String JSON_NAME = "manifest.json";
  public static final String SUMS_NAME = "SHA256SUMS";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** One file of the bundle: its name, what it is (a short text), its size and SHA-256 (hex). */
  public record Entry(String name, String description, long bytes, String sha256) {
    public Entry {
      Objects.requireNonNull(name);
      Objects.requireNonNull(sha256);
    }
  }

  /** Facts about the bundle as a whole: who files, when, and since which revision (or null). */
  public record Header(
      String generator,
      String regionCode,
      String regionName,
      String tier,
      String date,
      String since) {}

  private final Header header;
  private final List<Entry> entries = new ArrayList<>();

  public FilingManifest(Header header) {
    this.header = Objects.requireNonNull(header);
  }

  /** Adds a file, hashing its bytes. */
  public Entry add(String name, String description, byte[] content) {
    Entry e = new Entry(name, description, content.length, sha256(content));
    entries.add(e);
    return e;
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * {@value #JSON_NAME}: the header's facts and {@code files: [{name, description, bytes,
   * sha256}]}.
   */
  public byte[] json() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", header.generator());
    ObjectNode region = root.putObject("region");
    region.put("code", header.regionCode());
    region.put("name", header.regionName());
    root.put("tier", header.tier());
    root.put("date", header.date());
    root.put("since", header.since());
    ArrayNode files = root.putArray("files");
    for (Entry e : entries) {
      ObjectNode f = files.addObject();
      f.put("name", e.name());
      f.put("description", e.description());
      f.put("bytes", e.bytes());
      f.put("sha256", e.sha256());
    }
    byte[] text = JSON.writeValueAsBytes(root);
    byte[] out = new byte[text.length + 1];
    System.arraycopy(text, 0, out, 0, text.length);
    out[text.length] = '\n';
    return out;
  }

  /**
   * {@value #SUMS_NAME}: one line per file, {@code <hex> <name>}, as {@code sha256sum} writes it;
   * {@code extra} (the JSON manifest's own entry) last.
   */
  public byte[] sums(Entry extra) {
    StringBuilder s = new StringBuilder();
    List<Entry> all = new ArrayList<>(entries);
    if (extra != null) {
      all.add(extra);
    }
    for (Entry e : all) {
      s.append(e.sha256()).append("  ").append(e.name()).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The SHA-256 of {@code content}, lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
