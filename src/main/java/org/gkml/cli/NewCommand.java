package org.gkml.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gkml.error.ExitCode;
import org.gkml.i18n.Messages;
import org.gkml.io.TreeLock;
import org.gkml.model.RegionCode;
import org.gkml.scaffold.CatalogScaffold;
import org.gkml.scaffold.OverlayScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gkml new overlay|catalog}: start a region's overlay or a domain's basic catalogue (the
 * work: {@link OverlayScaffold}, {@link CatalogScaffold}); alone it only explains them.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    subcommands = {NewCommand.Overlay.class, NewCommand.Catalog.class})
final class NewCommand implements Callable<Integer>, CommandGroup {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CliContext cli = CliContext.of(spec);
    cli.err().println("gkml: " + missingSubcommand(spec, cli.messages()));
    spec.commandLine().usage(cli.err());
    return ExitCode.USAGE.code();
  }

  @Override
  public String missingSubcommand(CommandSpec spec, Messages messages) {
    return messages.get("new.missingKind", spec.qualifiedName());
  }

  /** {@code gkml new overlay --region CODE --domain D}. */
  @Command(name = "overlay", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Overlay implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Option(
        names = "--region",
        required = true,
        paramLabel = "CODE",
        descriptionKey = "new.region",
        converter = RegionOptions.RegionConverter.class)
    RegionCode region;

    @Option(names = "--domain", required = true, paramLabel = "D", descriptionKey = "new.domain")
    String domain;

    @Override
    public Integer call() {
      CliContext cli = CliContext.of(spec);
      OverlayScaffold.Result r;
      try (TreeLock lock = TreeLock.hold(common.root)) {
        r = new OverlayScaffold(cli.messages()).create(common.root, region, domain);
      }
      if (!common.quiet) {
        cli.out()
            .println(
                cli.messages()
                    .get("new.overlayWritten", shown(r.file()), r.modifiable(), r.removable()));
      }
      return 0;
    }
  }

  /** {@code gkml new catalog --domain D}. */
  @Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Catalog implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Option(names = "--domain", required = true, paramLabel = "D", descriptionKey = "new.domain")
    String domain;

    @Override
    public Integer call() {
      CliContext cli = CliContext.of(spec);
      Path file;
      try (TreeLock lock = TreeLock.hold(common.root)) {
        file = new CatalogScaffold(cli.messages()).create(common.root, domain);
      }
      if (!common.quiet) {
        cli.out().println(cli.messages().get("new.catalogWritten", shown(file)));
      }
      return 0;
    }
  }

  /** A written file as the user named its folder: relative to the working folder when below it. */
  static Path shown(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(here) ? here.relativize(abs) : abs;
  }
}
