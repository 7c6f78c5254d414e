using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<TopologyRecord> Topologies => Set<TopologyRecord>();
    public DbSet<TopologyItemRecord> TopologyItems => Set<TopologyItemRecord>();
    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
