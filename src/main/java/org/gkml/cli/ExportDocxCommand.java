package org.gkml.cli;

import java.util.Map;
import org.gkml.model.ChannelVocabulary;
import picocli.CommandLine.Command;

/**
 * {@code gkml export docx [--region CODE] [--tier T] [-o FILE]}: the official table as a Word
 * document, the form a notice's attachment takes; the same catalogues, checks and options as {@code
 * export xlsx}.
 */
@Command(name = "docx", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportDocxCommand extends ExportXlsxCommand {

  @Override
  String extension() {
    return "docx";
  }

  @Override
  Writer writer(ChannelVocabulary vocabulary, Map<String, String> sources) {
    return docx(channels, vocabulary);
  }
}
