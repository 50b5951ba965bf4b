package org.gkml.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.check.Checker;
import org.gkml.check.Validation;
import org.gkml.load.FileLoader;
import org.gkml.load.Scope;
import org.gkml.load.TreeLoader;
import org.gkml.model.GkmlException;
import org.gkml.model.Messages;

/** Wires the stages together for the commands: load a scope, check it. */
final class Pipeline {
  private final Messages messages;
  private final TreeLoader loader;

  private Pipeline(Messages messages) {
    this.messages = messages;
    this.loader = new TreeLoader(new FileLoader(messages), messages);
  }

  static Pipeline of(Messages messages) {
    return new Pipeline(messages);
  }

  TreeLoader loader() {
    return loader;
  }

  /** Loads and checks the named paths (none: the whole root). */
  Validation validate(Path root, List<Path> paths) {
    if (paths != null) {
      for (Path p : paths) {
        if (!Files.exists(p)) {
          throw GkmlException.usage("cli.noSuchPath", p);
        }
      }
    }
    if ((paths == null || paths.isEmpty()) && !Files.isDirectory(root)) {
      throw GkmlException.usage("cli.noRoot", root);
    }
    Scope scope = Scope.of(root, paths);
    return new Checker(messages).validate(loader.load(scope), scope);
  }
}
