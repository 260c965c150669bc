using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCompanies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "companies",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    size = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    siren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    vat_number = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    parent_company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    domains = table.Column<List<string>>(type: "text[]", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    address_postal_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contact_companies",
                schema: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_companies", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_companies_companies_company_id",
                        column: x => x.company_id,
                        principalSchema: "contacts",
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_companies_contacts_contact_id",
                        column: x => x.contact_id,
                        principalSchema: "contacts",
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_companies_owner_id",
                schema: "contacts",
                table: "companies",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_companies_parent_company_id",
                schema: "contacts",
                table: "companies",
                column: "parent_company_id");

            migrationBuilder.CreateIndex(
                name: "ix_companies_siren",
                schema: "contacts",
                table: "companies",
                column: "siren");

            migrationBuilder.CreateIndex(
                name: "ix_contact_companies_company_id",
                schema: "contacts",
                table: "contact_companies",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_companies_contact_id",
                schema: "contacts",
                table: "contact_companies",
                column: "contact_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_companies",
                schema: "contacts");

            migrationBuilder.DropTable(
                name: "companies",
                schema: "contacts");
        }
    }
}
