using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class RevisionRecordConfiguration : IEntityTypeConfiguration<RevisionRecord>
{
    public void Configure(EntityTypeBuilder<RevisionRecord> builder)
    {
        builder.ToTable("Revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(200).IsRequired();
        builder.Property(r => r.CreatedAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(r => r.Document).IsRequired();
        builder.HasIndex(r => new { r.TopologyId, r.Number }).IsUnique();
        builder.HasOne<TopologyRecord>().WithMany().HasForeignKey(r => r.TopologyId).OnDelete(DeleteBehavior.Cascade);
    }
}
