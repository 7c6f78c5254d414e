using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class GroupRecordConfiguration : IEntityTypeConfiguration<GroupRecord>
{
    public void Configure(EntityTypeBuilder<GroupRecord> builder)
    {
        builder.ToTable("Groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(g => g.Name).IsUnique();
        builder.Property(g => g.CreatedAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class GroupMemberRecordConfiguration : IEntityTypeConfiguration<GroupMemberRecord>
{
    public void Configure(EntityTypeBuilder<GroupMemberRecord> builder)
    {
        builder.ToTable("GroupMembers");
        builder.HasKey(m => new { m.GroupId, m.UserId });
        builder.HasOne<GroupRecord>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class TopologyGroupShareRecordConfiguration : IEntityTypeConfiguration<TopologyGroupShareRecord>
{
    public void Configure(EntityTypeBuilder<TopologyGroupShareRecord> builder)
    {
        builder.ToTable("TopologyGroupShares");
        builder.HasKey(s => new { s.TopologyId, s.GroupId });
        builder.Property(s => s.Access).HasConversion<int>();
        builder.HasOne<TopologyRecord>().WithMany().HasForeignKey(s => s.TopologyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GroupRecord>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.GroupId);
    }
}
