package org.gkml.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A page parsed the way browsers parse it (the Nu HTML parser), for tests to look into. */
public final class HtmlDom {
  private final Document doc;

  private HtmlDom(Document doc) {
    this.doc = doc;
  }

  public static HtmlDom parse(String html) {
    try {
      HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW);
      return new HtmlDom(builder.parse(new InputSource(new StringReader(html))));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  public Element root() {
    return doc.getDocumentElement();
  }

  public List<Element> all(String tag) {
    return all(doc.getDocumentElement(), tag);
  }

  public static List<Element> all(Element in, String tag) {
    NodeList nodes = in.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  public Element byId(String id) {
    for (Element e : all("*")) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    return null;
  }

  /** The elements with {@code attr} set, of any tag. */
  public List<Element> withAttribute(String attr) {
    return all("*").stream().filter(e -> e.hasAttribute(attr)).toList();
  }
}
