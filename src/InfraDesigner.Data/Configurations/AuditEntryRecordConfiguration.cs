using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.At).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(e => e.TopologyName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(e => e.Item).HasMaxLength(400);
        builder.HasIndex(e => new { e.TopologyId, e.Id });
        builder.HasIndex(e => new { e.UserId, e.Id });
    }
}
