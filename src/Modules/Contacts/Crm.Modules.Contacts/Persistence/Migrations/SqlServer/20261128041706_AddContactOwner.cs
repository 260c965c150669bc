using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Contacts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddContactOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "owner_id",
                schema: "contacts",
                table: "contacts",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "ix_contacts_owner_id",
                schema: "contacts",
                table: "contacts",
                column: "owner_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_owner_id",
                schema: "contacts",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "owner_id",
                schema: "contacts",
                table: "contacts");
        }
    }
}
