using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Otklik.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EdmsNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals",
                columns: new[] { "RegistrationYear", "RegistrationSequence" },
                unique: true,
                filter: "\"RegistrationSequence\" > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals",
                columns: new[] { "RegistrationYear", "RegistrationSequence" },
                unique: true);
        }
    }
}
