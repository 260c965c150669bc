using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_country_code",
                schema: "contacts",
                table: "contacts",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_postal_code",
                schema: "contacts",
                table: "contacts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_region",
                schema: "contacts",
                table: "contacts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_street",
                schema: "contacts",
                table: "contacts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "emails",
                schema: "contacts",
                table: "contacts",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "job_title",
                schema: "contacts",
                table: "contacts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lifecycle_stage",
                schema: "contacts",
                table: "contacts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Lead");

            migrationBuilder.AddColumn<string>(
                name: "phones",
                schema: "contacts",
                table: "contacts",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "contacts",
                table: "contacts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "tags",
                schema: "contacts",
                table: "contacts",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.Sql("""
                UPDATE contacts.contacts SET emails = jsonb_build_array(jsonb_build_object('Address', email, 'IsPrimary', true, 'Label', NULL)) WHERE email IS NOT NULL;
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
                type: "character varying(254)",
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
