package org.gkml.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.gkml.check.Validation;
import org.gkml.model.Catalog;
import org.gkml.model.CatalogTree;
import org.gkml.model.Overlay;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import org.gkml.report.FindingsFormat;
import org.gkml.report.FindingsReporter;
import org.gkml.report.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gkml build}: validates the whole tree and summarises it. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false)
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    CliContext cli = CliContext.of(spec);
    Validation v = Pipeline.of(cli.messages()).validate(common.root, null);
    if (!v.findings().isEmpty() || !common.quiet) {
      ReportInput input =
          new ReportInput(
              v.findings(), v.files(), false, GkmlCommand.Version.current(), cli.messages());
      FindingsReporter.write(FindingsFormat.TEXT, input, cli.err());
    }
    if (!common.quiet) {
      summary(v.loaded().tree(), cli);
    }
    return v.exitCode(false).code();
  }

  private static void summary(CatalogTree tree, CliContext cli) {
    Map<Tier, TreeSet<RegionCode>> regions = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      regions.put(t, new TreeSet<>());
    }
    tree.register().keySet().forEach(c -> regions.get(c.tier()).add(c));
    long custom = 0;
    for (Overlay o : tree.overlays()) {
      regions.get(o.tier()).add(o.region().code());
      custom += o.adds().size();
    }
    long basic = tree.basics().stream().mapToLong(c -> c.items().size()).sum();
    var m = cli.messages();
    cli.out()
        .println(
            m.get(
                "build.summary.domains",
                tree.basics().size(),
                String.join(", ", tree.basics().stream().map(Catalog::domain).toList())));
    cli.out()
        .println(
            m.get(
                "build.summary.regions",
                regions.get(Tier.COUNTY).size(),
                regions.get(Tier.TOWNSHIP).size(),
                regions.get(Tier.VILLAGE).size()));
    cli.out().println(m.get("build.summary.items", basic, custom, tree.overlays().size()));
    cli.out().flush();
  }
}
