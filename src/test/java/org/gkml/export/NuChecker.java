package org.gkml.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML checker (validator.w3.org/nu) run in-process: the errors it finds in a page. */
public final class NuChecker {
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final List<String> ERRORS = new ArrayList<>();
  private static SimpleDocumentValidator validator;

  private NuChecker() {}

  /** Every error (not warning) the checker reports, as {@code line:column: message}. */
  public static synchronized List<String> errors(String html) throws Exception {
    ERRORS.clear();
    if (validator == null) {
      // the checker logs through log4j 1; tests have nothing to log there
      org.apache.log4j.Logger.getRootLogger()
          .addAppender(new org.apache.log4j.varia.NullAppender());
      ErrorHandler handler =
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              ERRORS.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              error(e);
            }
          };
      SimpleDocumentValidator v =
          new SimpleDocumentValidator(
              /* initializeLog4j= */ false,
              /* logUrls= */ false,
              /* enableLanguageDetection= */ false);
      v.setUpMainSchema(SCHEMA, handler);
      v.setUpValidatorAndParsers(handler, /* noStream= */ false, /* loadEntities= */ false);
      validator = v;
    }
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return List.copyOf(ERRORS);
  }
}
