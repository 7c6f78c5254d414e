using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class TopologyRecordConfiguration : IEntityTypeConfiguration<TopologyRecord>
{
    public void Configure(EntityTypeBuilder<TopologyRecord> builder)
    {
        builder.ToTable("Topologies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.CreatedAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(t => t.UpdatedAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Name);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.OwnerId);
        builder.Property(t => t.LessonId).HasMaxLength(100);
    }
}
