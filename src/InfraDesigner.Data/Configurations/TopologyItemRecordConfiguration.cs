using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class TopologyItemRecordConfiguration : IEntityTypeConfiguration<TopologyItemRecord>
{
    public void Configure(EntityTypeBuilder<TopologyItemRecord> builder)
    {
        builder.ToTable("TopologyItems");
        builder.HasKey(i => new { i.TopologyId, i.Collection, i.Key });
        builder.Property(i => i.Collection).HasMaxLength(32);
        builder.Property(i => i.Key).HasMaxLength(512);
        builder.Property(i => i.Json).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<TopologyRecord>().WithMany().HasForeignKey(i => i.TopologyId).OnDelete(DeleteBehavior.Cascade);
    }
}
