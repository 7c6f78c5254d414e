using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<TopologyRecord> Topologies => Set<TopologyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
