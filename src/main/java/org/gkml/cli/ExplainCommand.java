package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.error.GkmlException;
import org.gkml.model.RegionCode;
import org.gkml.resolve.Explanation;
import org.gkml.resolve.ExplanationText;
import org.gkml.resolve.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml explain --region CODE ITEM_ID}: where an item was defined and every change on the
 * region's chain, or why the region does not see it. Exit 0 when the tree defines the item, 2 for
 * an unknown region or item.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false)
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--region", paramLabel = "CODE", descriptionKey = "merge.region")
  String region;

  @Option(names = "--tier", paramLabel = "T", descriptionKey = "merge.tier")
  String tier;

  @Parameters(index = "0", paramLabel = "ITEM_ID", descriptionKey = "explain.itemId")
  String itemId;

  @Override
  public Integer call() throws Exception {
    CliContext cli = CliContext.of(spec);
    if (region == null) {
      throw GkmlException.usage("merge.noRegion");
    }
    RegionCode code = MergeCommand.regionCode(region);
    var t = MergeCommand.tier(tier);
    Resolver resolver = new Resolver(Pipeline.of(cli.messages()).load(common.root).tree());
    Explanation e = resolver.explain(code, t, itemId.strip());
    new ExplanationText(cli.messages(), resolver).write(e, cli.out());
    return 0;
  }
}
