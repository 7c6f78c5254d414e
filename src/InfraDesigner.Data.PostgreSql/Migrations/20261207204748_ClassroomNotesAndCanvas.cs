using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfraDesigner.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ClassroomNotesAndCanvas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ClassroomTrainees",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NoteAt",
                table: "ClassroomTrainees",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ShownTopologyId",
                table: "Classrooms",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Classrooms_ShownTopologyId",
                table: "Classrooms",
                column: "ShownTopologyId");

            migrationBuilder.AddForeignKey(
                name: "FK_Classrooms_Topologies_ShownTopologyId",
                table: "Classrooms",
                column: "ShownTopologyId",
                principalTable: "Topologies",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Classrooms_Topologies_ShownTopologyId",
                table: "Classrooms");

            migrationBuilder.DropIndex(
                name: "IX_Classrooms_ShownTopologyId",
                table: "Classrooms");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "ClassroomTrainees");

            migrationBuilder.DropColumn(
                name: "NoteAt",
                table: "ClassroomTrainees");

            migrationBuilder.DropColumn(
                name: "ShownTopologyId",
                table: "Classrooms");
        }
    }
}
