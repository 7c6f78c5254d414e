using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class CacheEntryRecordConfiguration : IEntityTypeConfiguration<CacheEntryRecord>
{
    public const int KeyLength = 900;

    public void Configure(EntityTypeBuilder<CacheEntryRecord> builder)
    {
        builder.ToTable("CacheEntries");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(KeyLength);
        builder.Property(e => e.Value).IsRequired();
        builder.Property(e => e.ExpiresAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(e => e.AbsoluteExpiresAt).HasConversion(UtcTicks.Converter);
        builder.Property(e => e.SlidingExpiration).HasConversion(span => span!.Value.Ticks, ticks => TimeSpan.FromTicks(ticks));
        builder.HasIndex(e => e.ExpiresAt);
    }
}
