using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class TopologyShareRecordConfiguration : IEntityTypeConfiguration<TopologyShareRecord>
{
    public void Configure(EntityTypeBuilder<TopologyShareRecord> builder)
    {
        builder.ToTable("TopologyShares");
        builder.HasKey(s => new { s.TopologyId, s.UserId });
        builder.Property(s => s.Access).HasConversion<int>();
        builder.HasOne<TopologyRecord>().WithMany().HasForeignKey(s => s.TopologyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}
