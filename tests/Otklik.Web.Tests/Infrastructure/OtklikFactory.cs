using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Tests.Infrastructure;

// One fresh database per factory: a SQLite file, or a new database on the PostgreSQL server named by
// OTKLIK_TEST_POSTGRES (a connection string without a database), so the same suite runs on both.
public class OtklikFactory : WebApplicationFactory<Program>
{
    public const string BootstrapPassword = "Bootstrap-Pass-2026!";

    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), $"otklik-test-{Guid.NewGuid():N}.db");

    // Fixed per factory, so that a factory derived with WithWebHostBuilder shares the database.
    private readonly string _postgresDatabase = $"otklik_test_{Guid.NewGuid():N}";

    public string FilesFolder { get; } = Path.Combine(Path.GetTempPath(), $"otklik-test-files-{Guid.NewGuid():N}");

    public static string? PostgresServer => Environment.GetEnvironmentVariable("OTKLIK_TEST_POSTGRES");

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    protected virtual string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Otklik:Bootstrap:AdminPassword", BootstrapPassword);
        builder.UseSetting("Otklik:Appeals:ReminderIntervalMinutes", "0");
        builder.UseSetting("Otklik:Attachments:Path", FilesFolder);
        builder.UseSetting("Otklik:Mail:DispatchIntervalSeconds", "0");
        builder.UseSetting("Otklik:Knowledge:ReminderIntervalMinutes", "0");
        builder.UseSetting("Otklik:Knowledge:ImportIntervalSeconds", "0");
        builder.UseSetting("Otklik:Mail:PickupFolder", Path.Combine(FilesFolder, "outgoing-mail"));
        if (OnPostgres)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Otklik", $"{PostgresServer};Database={_postgresDatabase}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Otklik", $"Data Source={_sqliteFile}");
        }
    }

    public async Task<T> WithDbAsync<T>(Func<OtklikDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OtklikDbContext>());
    }

    public const string StaffPassword = "Staff-Pass-2026!";

    // A new employee with an account and the given roles; returns the login.
    public async Task<string> CreateStaffAsync(int? departmentId, IReadOnlyCollection<string> roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var organisation =
            scope.ServiceProvider.GetRequiredService<Otklik.Web.Features.Organisation.OrganisationService>();
        var accounts = scope.ServiceProvider.GetRequiredService<Otklik.Web.Features.Organisation.StaffAccountService>();
        var unique = Guid.NewGuid().ToString("N")[..8];

        var employee = await organisation.SaveEmployeeAsync(null, new Otklik.Web.Features.Organisation.EmployeeInput(
            "Тестов", "Тест", null, "Специалист", null, null, null, departmentId, [], true, null));
        var login = $"test-{unique}";
        var account = await accounts.CreateAccountAsync(employee.Value!.Id, login, roles, null, StaffPassword);
        Assert.True(account.IsSuccess, account.Error?.Message);
        return login;
    }

    public HttpClient CreateApiClient(string token, string? idempotencyKey = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            client.DefaultRequestHeaders.Add("Idempotency-Key", idempotencyKey);
        }

        return client;
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(FilesFolder))
        {
            Directory.Delete(FilesFolder, recursive: true);
        }

        if (disposing && File.Exists(_sqliteFile))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
            File.Delete(_sqliteFile + "-wal");
            File.Delete(_sqliteFile + "-shm");
        }
    }
}

// A production start: no demo data, only the bootstrap administrator.
public sealed class ProductionFactory : OtklikFactory
{
    protected override string EnvironmentName => "Production";
}
