using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InfraDesigner.Data.Migrations;

/// <summary>Hand-written: EF Core's design-time package is not served in this build environment.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000001_Topologies")]
public sealed class M0001_Topologies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Topologies",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Topologies", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_Topologies_Name", table: "Topologies", column: "Name");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "Topologies");
}
