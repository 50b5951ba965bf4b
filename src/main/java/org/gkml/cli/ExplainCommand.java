package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.app.Outcome;
import org.gkml.app.RegionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml explain --region CODE ITEM_ID}: where an item was defined and every change on the
 * region's chain, or why the region does not see it. Exit 0 when the tree defines the item, 2 for
 * an unknown region or item; when a file the answer depends on did not load, its cause is printed
 * instead, exit 1 (2 when it could not be read at all). The work is {@link RegionService#explain}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false)
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RegionOptions regions;

  @Parameters(index = "0", paramLabel = "ITEM_ID", descriptionKey = "explain.itemId")
  String itemId;

  @Override
  public Integer call() throws Exception {
    CliContext cli = CliContext.of(spec);
    var region = regions.required();
    Outcome<RegionService.Explained> explained =
        new RegionService(cli.session()).explain(common.root, region, regions.tier, itemId);
    if (explained.stopped()) {
      return explained.exitCode().code();
    }
    explained.value().write(cli.messages(), cli.out());
    return 0;
  }
}
