package org.gkml.cli;

import java.util.Locale;
import org.gkml.error.GkmlException;
import org.gkml.model.RegionCode;
import org.gkml.model.Tier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --region CODE} and {@code --tier T}, read the same way by every command that takes them
 * (merge, explain, diff, export xlsx|docx|html). Their help differs by command: the bundle holds
 * {@code region} and {@code tier} under each command's qualified name ({@code gkml.merge.region}),
 * which picocli looks up first.
 */
final class RegionOptions {
  @Option(
      names = "--region",
      paramLabel = "CODE",
      descriptionKey = "region",
      converter = RegionConverter.class)
  RegionCode region;

  @Option(
      names = "--tier",
      paramLabel = "T",
      descriptionKey = "tier",
      converter = TierConverter.class,
      completionCandidates = Choices.Tiers.class)
  Tier tier;

  /** The region, for a command that cannot do without one. */
  RegionCode required() {
    if (region == null) {
      throw GkmlException.usage("merge.noRegion");
    }
    return region;
  }

  /** A division code of 6, 9 or 12 digits (surrounding blanks ignored). */
  static final class RegionConverter implements ITypeConverter<RegionCode> {
    @Override
    public RegionCode convert(String value) {
      return RegionCode.parse(value.strip())
          .orElseThrow(() -> BadValue.because("option.badRegion").namingRegion());
    }
  }

  /** A tier in Chinese or English, in any case: 县级, 乡级, 村级, county, township, village. */
  static final class TierConverter implements ITypeConverter<Tier> {

    @Override
    public Tier convert(String value) {
      return Tier.parse(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  BadValue.because("option.badTier")
                      .suggesting(new Choices.Tiers().words())
                      // a tier by another name (镇级, 縣級): suggested before the nearest spelling
                      .meaning(Tier.meant(value).map(Tier::word).orElse(null)));
    }
  }
}
