using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "contacts",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "contacts",
                table: "contacts",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                schema: "contacts",
                table: "companies",
                type: "character varying(210)",
                maxLength: 210,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                schema: "contacts",
                table: "companies",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts",
                column: "search_name")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_text",
                schema: "contacts",
                table: "contacts",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies",
                column: "search_name")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_search_text",
                schema: "contacts",
                table: "companies",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_contacts_search_text",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropIndex(
                name: "ix_companies_search_text",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "search_name",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_name",
                schema: "contacts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "search_text",
                schema: "contacts",
                table: "companies");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
