using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Otklik.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalHold",
                table: "Appeals",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PurgedAppealStats",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegisteredYear = table.Column<int>(type: "integer", nullable: false),
                    RegisteredMonth = table.Column<int>(type: "integer", nullable: false),
                    ClosedYear = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    FinalStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WasUrgent = table.Column<bool>(type: "boolean", nullable: false),
                    WasAbusive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgedAppealStats", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ClosedAt",
                table: "Appeals",
                column: "ClosedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PurgedAppealStats");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_ClosedAt",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Appeals");
        }
    }
}
