package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gkml.model.Finding;
import org.gkml.model.Severity;
import org.gkml.text.TerminalText;

/**
 * JUnit XML, one test case per checked file: a file fails when it has an error (or, with {@code
 * --strict}, a warning). CI systems show the failures per file.
 */
final class JunitReport {
  private JunitReport() {}

  static void write(ReportInput input, Writer out) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    input.files().forEach(f -> byFile.put(f, new ArrayList<>()));
    for (Finding f : input.findings()) {
      byFile.computeIfAbsent(f.loc().file().display(), k -> new ArrayList<>()).add(f);
    }
    long failures = byFile.values().stream().filter(l -> failing(l, input.strict())).count();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "gkml validate");
      xml.writeAttribute("tests", Integer.toString(byFile.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "gkml validate");
      xml.writeAttribute("tests", Integer.toString(byFile.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "gkml.validate");
        // quoted: XML 1.0 cannot hold most control characters, even as references
        xml.writeAttribute("name", TerminalText.quote(e.getKey()));
        xml.writeAttribute("file", TerminalText.quote(e.getKey()));
        List<Finding> findings = e.getValue();
        if (failing(findings, input.strict())) {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", summary(findings, input.strict()));
          xml.writeAttribute("type", firstRule(findings, input.strict()));
          xml.writeCharacters(lines(findings));
          xml.writeEndElement();
        } else if (!findings.isEmpty()) {
          xml.writeStartElement("system-out");
          xml.writeCharacters(lines(findings));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static boolean counts(Finding f, boolean strict) {
    return f.isError() || (strict && f.severity() == Severity.WARNING);
  }

  private static boolean failing(List<Finding> findings, boolean strict) {
    return findings.stream().anyMatch(f -> counts(f, strict));
  }

  private static String summary(List<Finding> findings, boolean strict) {
    Finding first = findings.stream().filter(f -> counts(f, strict)).findFirst().orElseThrow();
    return TextReport.line(first);
  }

  private static String firstRule(List<Finding> findings, boolean strict) {
    return findings.stream().filter(f -> counts(f, strict)).findFirst().orElseThrow().rule().id();
  }

  private static String lines(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("\n");
    for (Finding f : findings) {
      sb.append(TextReport.line(f)).append('\n');
    }
    return sb.toString();
  }
}
