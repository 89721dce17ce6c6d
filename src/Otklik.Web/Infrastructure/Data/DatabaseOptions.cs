namespace Otklik.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        var connectionString = configuration.GetConnectionString("Otklik") is { Length: > 0 } configured
            ? configured
            : null;
        var provider = ParseProvider(providerName, connectionString);

        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres, but ConnectionStrings:Otklik is empty.");
            }

            return new DatabaseOptions(provider, connectionString);
        }

        return new DatabaseOptions(provider, connectionString ?? DefaultSqlite(configuration, contentRoot));
    }

    private static DatabaseProvider ParseProvider(string? name, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            // A bare PostgreSQL connection string is enough to choose PostgreSQL.
            return connectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) == true
                ? DatabaseProvider.Postgres
                : DatabaseProvider.Sqlite;
        }

        return name.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{name}'. Use Sqlite or Postgres."),
        };
    }

    private static string DefaultSqlite(IConfiguration configuration, string contentRoot)
    {
        var folder = Path.GetFullPath(configuration["Otklik:DataFolder"] ?? "data", contentRoot);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "otklik.db")}";
    }
}
