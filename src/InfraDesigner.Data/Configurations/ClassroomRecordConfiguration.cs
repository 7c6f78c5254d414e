using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class ClassroomRecordConfiguration : IEntityTypeConfiguration<ClassroomRecord>
{
    public void Configure(EntityTypeBuilder<ClassroomRecord> builder)
    {
        builder.ToTable("Classrooms");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(16).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.LessonId).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Language).HasMaxLength(8).IsRequired();
        builder.Property(c => c.OpenedAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(c => c.EndedAt).HasConversion(UtcTicks.Converter);
        builder.HasIndex(c => c.TrainerId);
        builder.HasIndex(c => c.ShownTopologyId);
        builder.HasOne<TopologyRecord>().WithMany().HasForeignKey(c => c.ShownTopologyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.SetNull);
    }
}
