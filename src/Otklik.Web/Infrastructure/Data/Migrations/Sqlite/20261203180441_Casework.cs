using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Otklik.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Casework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals");

            migrationBuilder.AddColumn<string>(
                name: "AccessibilityNeeds",
                table: "Clients",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Clients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Clients",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProfileFacts",
                table: "Clients",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Appeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "Appeals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExecutorId",
                table: "Appeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExtensionDays",
                table: "Appeals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsAbusive",
                table: "Appeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsUrgent",
                table: "Appeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHold",
                table: "Appeals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Appeals",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Appeals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "AppealEvent",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "registered");

            migrationBuilder.CreateTable(
                name: "AppealAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealAttachments_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppealCoExecutors",
                columns: table => new
                {
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealCoExecutors", x => new { x.AppealId, x.EmployeeId });
                    table.ForeignKey(
                        name: "FK_AppealCoExecutors_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppealNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealNotices_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "ReceivedItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffReminders_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackingChallenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackingChallenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackingChallenges_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Clients_NameKey",
                table: "Clients",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ClosedAt",
                table: "Appeals",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ExecutorId_Status",
                table: "Appeals",
                columns: new[] { "ExecutorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals",
                columns: new[] { "RegistrationYear", "RegistrationSequence" },
                unique: true,
                filter: "\"RegistrationSequence\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_AppealAttachments_AppealId",
                table: "AppealAttachments",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealAttachments_Sha256",
                table: "AppealAttachments",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_AppealCoExecutors_EmployeeId",
                table: "AppealCoExecutors",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealNotices_AppealId",
                table: "AppealNotices",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_AppealNotices_State_Id",
                table: "AppealNotices",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedItems_ReceivedOn",
                table: "ReceivedItems",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_StaffReminders_AppealId_EmployeeId_Kind_DueOn",
                table: "StaffReminders",
                columns: new[] { "AppealId", "EmployeeId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffReminders_EmployeeId_ReadAt",
                table: "StaffReminders",
                columns: new[] { "EmployeeId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackingChallenges_AppealId",
                table: "TrackingChallenges",
                column: "AppealId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppealAttachments");

            migrationBuilder.DropTable(
                name: "AppealCoExecutors");

            migrationBuilder.DropTable(
                name: "AppealNotices");

            migrationBuilder.DropTable(
                name: "PurgedAppealStats");

            migrationBuilder.DropTable(
                name: "ReceivedItems");

            migrationBuilder.DropTable(
                name: "StaffReminders");

            migrationBuilder.DropTable(
                name: "TrackingChallenges");

            migrationBuilder.DropIndex(
                name: "IX_Clients_NameKey",
                table: "Clients");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_ClosedAt",
                table: "Appeals");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_ExecutorId_Status",
                table: "Appeals");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "AccessibilityNeeds",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "ProfileFacts",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "ExecutorId",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "ExtensionDays",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "IsAbusive",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "IsUrgent",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "AppealEvent");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_RegistrationYear_RegistrationSequence",
                table: "Appeals",
                columns: new[] { "RegistrationYear", "RegistrationSequence" },
                unique: true);
        }
    }
}
