using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InfraDesigner.Data.Migrations;

[DbContext(typeof(AppDbContext))]
[Migration("20261122000002_ItemsAndRevisions")]
public sealed class M0002_ItemsAndRevisions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "Version", table: "Topologies", type: "INTEGER", nullable: false, defaultValue: 0L);

        migrationBuilder.CreateTable(
            name: "TopologyItems",
            columns: table => new
            {
                TopologyId = table.Column<Guid>(type: "TEXT", nullable: false),
                Collection = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                Json = table.Column<string>(type: "TEXT", nullable: false),
                Version = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TopologyItems", x => new { x.TopologyId, x.Collection, x.Key });
                table.ForeignKey("FK_TopologyItems_Topologies_TopologyId", x => x.TopologyId, "Topologies", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Revisions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                TopologyId = table.Column<Guid>(type: "TEXT", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Document = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Revisions", x => x.Id);
                table.ForeignKey("FK_Revisions_Topologies_TopologyId", x => x.TopologyId, "Topologies", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Revisions_TopologyId_Number", table: "Revisions", columns: ["TopologyId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Revisions");
        migrationBuilder.DropTable(name: "TopologyItems");
        migrationBuilder.DropColumn(name: "Version", table: "Topologies");
    }
}
