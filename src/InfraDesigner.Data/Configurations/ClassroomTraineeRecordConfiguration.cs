using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfraDesigner.Data.Configurations;

internal sealed class ClassroomTraineeRecordConfiguration : IEntityTypeConfiguration<ClassroomTraineeRecord>
{
    public void Configure(EntityTypeBuilder<ClassroomTraineeRecord> builder)
    {
        builder.ToTable("ClassroomTrainees");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).IsRequired();
        builder.Property(t => t.DisplayName).HasMaxLength(60).IsRequired();
        builder.Property(t => t.JoinedAt).HasConversion(UtcTicks.Converter).IsRequired();
        builder.Property(t => t.Note).HasMaxLength(ClassroomTraineeRecord.MaxNoteLength);
        builder.Property(t => t.NoteAt).HasConversion(UtcTicks.Converter);
        // One seat per account and classroom: joining again returns to the same copy.
        builder.HasIndex(t => new { t.ClassroomId, t.UserId }).IsUnique();
        builder.HasOne<ClassroomRecord>().WithMany().HasForeignKey(t => t.ClassroomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TopologyRecord>().WithMany().HasForeignKey(t => t.TopologyId).OnDelete(DeleteBehavior.Cascade);
    }
}
