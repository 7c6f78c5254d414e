using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data;

/// <summary>The topologies, their revisions and shares (with accounts and with groups), the groups, the imported lessons, the accounts (ASP.NET Core Identity's tables), their API tokens, the change log, the shared cache, and the shared keys.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<TopologyRecord> Topologies => Set<TopologyRecord>();
    public DbSet<TopologyItemRecord> TopologyItems => Set<TopologyItemRecord>();
    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();
    public DbSet<TopologyShareRecord> TopologyShares => Set<TopologyShareRecord>();
    public DbSet<GroupRecord> Groups => Set<GroupRecord>();
    public DbSet<GroupMemberRecord> GroupMembers => Set<GroupMemberRecord>();
    public DbSet<TopologyGroupShareRecord> TopologyGroupShares => Set<TopologyGroupShareRecord>();
    public DbSet<LessonRecord> Lessons => Set<LessonRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();
    public DbSet<ClassroomRecord> Classrooms => Set<ClassroomRecord>();
    public DbSet<ClassroomTraineeRecord> ClassroomTrainees => Set<ClassroomTraineeRecord>();

    /// <summary>Who changed what in which topology, and when.</summary>
    public DbSet<AuditEntryRecord> AuditLog => Set<AuditEntryRecord>();

    /// <summary>The distributed cache every instance shares (paused Blazor circuits).</summary>
    public DbSet<CacheEntryRecord> CacheEntries => Set<CacheEntryRecord>();

    /// <summary>The keys that protect cookies, antiforgery tokens and circuits, shared by every app instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
