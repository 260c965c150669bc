using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContactDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "address_city",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_country_code",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_postal_code",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_region",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_street",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "emails",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "job_title",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lifecycle_stage",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Lead");

            migrationBuilder.AddColumn<string>(
                name: "phones",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tags",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE [contacts].[contacts] SET [emails] = (SELECT [email] AS [Address], CAST(1 AS bit) AS [IsPrimary], NULL AS [Label] FOR JSON PATH, INCLUDE_NULL_VALUES) WHERE [email] IS NOT NULL;
                """);

            migrationBuilder.DropIndex(
                name: "ix_contacts_email",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "email",
                schema: "contacts",
                table: "contacts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "address_city",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "address_country_code",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "address_postal_code",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "address_region",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "address_street",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "emails",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "job_title",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "lifecycle_stage",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "phones",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "tags",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.AddColumn<string>(
                name: "email",
                schema: "contacts",
                table: "contacts",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_email",
                schema: "contacts",
                table: "contacts",
                column: "email");
        }
    }
}
