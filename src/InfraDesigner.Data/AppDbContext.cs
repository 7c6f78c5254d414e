using InfraDesigner.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<TopologyRecord> Topologies => Set<TopologyRecord>();
    public DbSet<TopologyItemRecord> TopologyItems => Set<TopologyItemRecord>();
    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    /// <summary>The keys that protect cookies, antiforgery tokens and circuits, shared by every app instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
