using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Otklik.Web.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PurgedAppealStats",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisteredYear = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    FinalStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WasUrgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    WasAbusive = table.Column<bool>(type: "INTEGER", nullable: false)
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
