using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomFieldsContainmentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_contacts_custom_fields",
                schema: "contacts",
                table: "contacts",
                column: "custom_fields",
                filter: "custom_fields <> '{}'::jsonb")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "jsonb_path_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_companies_custom_fields",
                schema: "contacts",
                table: "companies",
                column: "custom_fields",
                filter: "custom_fields <> '{}'::jsonb")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "jsonb_path_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_custom_fields",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_companies_custom_fields",
                schema: "contacts",
                table: "companies");
        }
    }
}
