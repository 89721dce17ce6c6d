using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Tests.Infrastructure.Data;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void From_NothingConfigured_UsesSqliteFileInDataFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var options = DatabaseOptions.From(Config([]), root);

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal($"Data Source={Path.Combine(root, "data", "otklik.db")}", options.ConnectionString);
        Assert.True(Directory.Exists(Path.Combine(root, "data")));
    }

    [Fact]
    public void From_PostgresConnectionStringAlone_ChoosesPostgres()
    {
        var options = DatabaseOptions.From(
            Config(new() { ["ConnectionStrings:Otklik"] = "Host=db;Database=otklik" }), "/tmp");

        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
    }

    [Fact]
    public void From_PostgresWithoutConnectionString_Throws()
    {
        Assert.Throws<InvalidOperationException>(() =>
            DatabaseOptions.From(Config(new() { ["Database:Provider"] = "Postgres" }), "/tmp"));
    }

    [Fact]
    public void From_UnknownProvider_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DatabaseOptions.From(Config(new() { ["Database:Provider"] = "Oracle" }), "/tmp"));

        Assert.Contains("Oracle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_BothProviders_MatchTheModel()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "Add a SQLite migration for the model change.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "Add a PostgreSQL migration for the model change.");
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
