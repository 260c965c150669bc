using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                schema: "contacts",
                table: "contacts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "merges",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    target_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    target_before = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    merged_by = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    merged_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    undone_at_utc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    source_ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    moved = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_merges_target_id",
                schema: "contacts",
                table: "merges",
                column: "target_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merges",
                schema: "contacts");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                schema: "contacts",
                table: "contacts");
        }
    }
}
